"""bot/cli.py: the ``coach`` command without the trained model (a stand-in model
counts the calls); ``tests/test_cli.py`` runs the installed command end to end."""

from __future__ import annotations

import io
import json

import pytest

from bot import cli
from bot.limits import MAX_TURN_CHARS


class FakeModel:
    """Answers ``open_question`` for every turn and remembers each batch."""

    def __init__(self):
        self.batches = []

    def parse(self, texts):
        self.batches.append(list(texts))
        return [{"text": text, "acts": ["open_question"], "act_confidence": {"open_question": 0.95}} for text in texts]


def run(data: bytes):
    model, out = FakeModel(), io.StringIO()
    count = cli.analyze(io.BytesIO(data), out, model)
    return count, [json.loads(line) for line in out.getvalue().splitlines()], model


def test_each_line_gives_one_json_line_in_order():
    count, records, _ = run("Hoe ging het?\nWat goed!\n".encode())
    assert count == 2
    assert records == [{"text": "Hoe ging het?", "acts": ["open_question"]},
                       {"text": "Wat goed!", "acts": ["open_question"]}]


def test_empty_lines_get_no_acts_without_asking_the_model():
    _, records, model = run(b"\n   \nHoe?\n")
    assert [r["acts"] for r in records] == [[], [], ["open_question"]]
    assert model.batches == [["Hoe?"]]


def test_windows_line_ends_and_a_missing_last_newline_are_handled():
    _, records, _ = run(b"Hoe ging het?\r\nEn nu?")
    assert [r["text"] for r in records] == ["Hoe ging het?", "En nu?"]


def test_a_line_that_is_not_utf8_gets_an_error_and_the_rest_goes_on():
    _, records, model = run(b"Hoe\xff?\nWat goed!\n")
    assert records[0]["acts"] == []
    assert records[0]["error"] == "not valid UTF-8 (byte 3): save the input as UTF-8"
    assert records[0]["text"] == "Hoe\ufffd?"
    assert records[1] == {"text": "Wat goed!", "acts": ["open_question"]}
    assert model.batches == [["Wat goed!"]]


def test_a_line_over_the_limit_gets_an_error_and_only_its_beginning():
    long_line = "a" * (MAX_TURN_CHARS + 1)
    _, records, model = run(f"{long_line}\n{'b' * MAX_TURN_CHARS}\n".encode())
    assert records[0]["error"] == f"too long: {MAX_TURN_CHARS + 1} characters, at most {MAX_TURN_CHARS} per turn"
    assert records[0]["text"] == "a" * 200 and records[0]["acts"] == []
    assert "error" not in records[1]  # exactly the limit is fine
    assert model.batches == [["b" * MAX_TURN_CHARS]]


def test_lines_go_to_the_model_in_batches():
    lines = [f"Vraag {n}?" for n in range(cli.BATCH + 1)]
    count, records, model = run(("\n".join(lines) + "\n").encode())
    assert count == len(records) == cli.BATCH + 1
    assert [len(batch) for batch in model.batches] == [cli.BATCH, 1]
    assert [r["text"] for r in records] == lines


def test_workshop_create_prints_code_token_and_dashboard_link(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    assert cli.main(["workshop", "create", "--name", "Netwerkdag", "--base-url", "https://coach.school.nl/"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert created["name"] == "Netwerkdag"
    assert created["dashboard_url"] == (
        f"https://coach.school.nl/coach/workshop/{created['code']}#token={created['facilitator_token']}")


def test_purge_with_fewer_than_one_day_is_refused(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    assert cli.main(["purge", "--days", "0"]) == 2
    assert capsys.readouterr().err == "coach: --days must be at least 1\n"


def test_a_command_is_required():
    with pytest.raises(SystemExit) as info:
        cli.main([])
    assert info.value.code == 2


def test_explain_adds_sentences_confidence_feedback_and_rewrite():
    model, out = FakeModel(), io.StringIO()
    cli.analyze(io.BytesIO("Hoe gaat het met je project?\n".encode()), out, model, explain=True)
    record = json.loads(out.getvalue())
    assert record["sentences"] == [
        {"text": "Hoe gaat het met je project?", "form": "open", "reason": "wh-question (hoe)"}]
    assert record["confidence"] == {"open_question": 0.95}
    assert record["feedback"].startswith("Je stelde een open vraag")
    assert record["rewrite"] is None


def test_without_explain_the_output_is_exactly_text_and_acts():
    _, records, _ = run("Hoe gaat het?\n".encode())
    assert set(records[0]) == {"text", "acts"}
