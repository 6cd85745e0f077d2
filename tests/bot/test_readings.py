"""bot/readings.py: a turn's sentence readings survive the trip from the Rasa server's
parse to the action server as JSON, exactly; anything else is refused."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from bot import readings
from bot.analysis.combine import analyse_sentences
from bot.settings import PROJECT_ROOT

TURNS = [
    "Wat goed! Heb je wel toestemming gevraagd?",
    "Babette, hoe ging het?",
    "Super idee, hoeveel lln doen mee",
    "Denk je niet dat het beter kan?",
    "Dus de kleuters ruimen nu zelf op.",
    "heb je t gezien? en hoe ging het",
    "Vertel eens, wat betekent dit voor leerlingen?",
    "🙂",
    "",
]


def _dev_turns():
    path = PROJECT_ROOT / "data" / "dev" / "turns.yml"
    if not path.is_file():
        return []
    return [turn["text"] for turn in yaml.safe_load(path.read_text(encoding="utf-8"))["turns"]]


def _through_json(value):
    return json.loads(json.dumps(value))


@pytest.mark.parametrize("text", TURNS)
def test_readings_come_back_equal_after_json(text):
    parts = analyse_sentences(text)
    assert readings.load(_through_json(readings.dump(parts))) == parts


def test_every_dev_turn_round_trips():
    turns = _dev_turns() or TURNS
    for text in turns:
        parts = analyse_sentences(text)
        assert readings.load(_through_json(readings.dump(parts))) == parts, text


def test_a_parse_without_readings_has_no_sentences():
    assert readings.sentences_of({"text": "Hoi", "acts": []}) == ()


def test_a_parse_with_readings_gives_them_back():
    parts = analyse_sentences("Heb je de ouders ingelicht?")
    parse = {"text": "Heb je de ouders ingelicht?", readings.KEY: _through_json(readings.dump(parts))}
    assert readings.sentences_of(parse) == parts


@pytest.mark.parametrize("broken", [
    None,
    "readings",
    {"version": readings.VERSION + 1, "sentences": []},
    {"version": readings.VERSION},
    {"version": readings.VERSION, "sentences": [{"sentence": {"text": "Hoi"}}]},
    {"version": readings.VERSION, "sentences": [
        {"sentence": {"text": "Hoi?", "words": ["hoi"], "asks": True},
         "reading": {"form": "perhaps", "kind": "wh-question"}, "cues": []}]},
    {"version": readings.VERSION, "sentences": [
        {"sentence": {"text": "Hoi?", "words": "hoi", "asks": True},
         "reading": {"form": "open", "kind": "wh-question"}, "cues": []}]},
    {"version": readings.VERSION, "sentences": [
        {"sentence": {"text": "Hoi?", "words": ["hoi"], "asks": "yes"},
         "reading": {"form": "open", "kind": "wh-question"}, "cues": []}]},
    {"version": readings.VERSION, "sentences": [
        {"sentence": {"text": "Hoi?", "words": ["hoi"], "asks": True},
         "reading": {"form": "open", "kind": "wh-question"}, "cues": "compliment"}]},
])
def test_unreadable_readings_are_refused(broken):
    with pytest.raises(readings.ReadingsFormatError):
        readings.load(broken)


def test_reading_them_back_needs_neither_spacy_nor_rasa():
    parts = analyse_sentences("Wat goed! Heb je wel toestemming gevraagd?")
    data = json.dumps(readings.dump(parts))
    code = (
        "import json, sys\n"
        "from bot import readings\n"
        f"parts = readings.load(json.loads({data!r}))\n"
        "assert parts[1].reading.form.value == 'closed'\n"
        "heavy = sorted(name for name in ('spacy', 'rasa', 'tensorflow') if name in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
