"""The goal/means judgement and its coaching (bot/goals), on the seed's own examples and
on statements written for these tests (not the dev or held-out sets)."""

from __future__ import annotations

import io
import json

import pytest

from bot.goals import judge
from bot.goals.coaching import ASK_GAIN, school_values
from bot.goals.evaluation import suggestion_keeps_its_promise


@pytest.mark.parametrize("text", [
    "Zwakke lezers lezen vloeiender.",                       # a goal without the word leerlingen
    "Leerlingen kunnen zelfstandig oefenen met stof waar ze moeite mee hebben.",
    "De kleuters durven in de kring te vertellen wat ze hebben meegemaakt.",
    "lln kunnen zelf hun weektaak plannen",                    # chat spelling
    "Groep 7 kent de tafels tot en met tien.",
    "Meer leerlingen halen een voldoende voor begrijpend lezen.",
    "Het vergroten van het zelfvertrouwen van de leerlingen.",
    "Door de buitenlessen leren de kinderen de bomen in hun buurt herkennen.",
    "We voeren een leesclub in zodat leerlingen meer plezier in lezen krijgen.",
])
def test_goals(text):
    assert judge(text).kind == "goal"


@pytest.mark.parametrize("text", [
    "Leerlingen werken elke dag op de computer.",              # begins with leerlingen, still a means
    "Het project is geslaagd als leraren de kans krijgen te overleggen met andere scholen.",
    "Het project is geslaagd als de computers in het computerlokaal meer gebruikt worden.",
    "De klassencomputers effectief gebruiken in de dagelijkse lessen.",
    "Twee keer per week rekenateliers voor groep 5 en 6 in plaats van het vaste rekenuur.",
    "Elke klas krijgt een set tablets.",
    "Beter onderwijs voor alle kinderen.",
    "Het invoeren van een nieuwe spellingmethode.",
    "De leraren leren van elkaar in het netwerk.",
    "Kinderen zelfstandig laten verdiepen en remediëren met behulp van digitale methode.",
])
def test_means(text):
    assert judge(text).kind == "means"


def test_the_seeds_reformulation_puts_the_computer_last():
    judged = judge("Kinderen zelfstandig laten verdiepen en remediëren met behulp van digitale methode.")
    assert "'Leerlingen kunnen zelfstandig verdiepen en remediëren, met behulp van digitale methode.'" in \
        judged.suggestion
    assert suggestion_keeps_its_promise(judged.suggestion)


def test_a_means_that_says_nothing_of_pupils_gets_a_question_not_an_invented_goal():
    judged = judge("Het project is geslaagd als leraren overleggen met andere scholen.")
    assert judged.suggestion.startswith(ASK_GAIN)
    assert "leraren" in judged.reason
    judged = judge("Leerlingen werken elke dag op de computer.")
    assert judged.suggestion.startswith(ASK_GAIN) and "met behulp van de computer" in judged.suggestion
    assert "begint met leerlingen" in judged.reason


def test_a_goal_names_the_values_it_serves_and_asks_how_to_make_it_visible():
    judged = judge("Leerlingen kunnen zelfstandig hun weektaak plannen.")
    assert "zelfstandigheid" in judged.suggestion and "zichtbaar" in judged.suggestion
    assert "aanschouwelijk" in judge("Zwakke lezers lezen vloeiender.").suggestion


def test_a_school_can_set_its_own_values(tmp_path, monkeypatch):
    from bot.errors import GesprekscoachError

    values = tmp_path / "waarden.yml"
    values.write_text("samen leren: [samen, elkaar]\n", encoding="utf-8")
    school_values.cache_clear()
    monkeypatch.setenv("COACH_VALUES_FILE", str(values))
    try:
        assert "samen leren" in judge("Leerlingen leren elkaar uitleggen hoe ze rekenen.").suggestion
        values.write_text("- geen mapping\n", encoding="utf-8")
        school_values.cache_clear()
        with pytest.raises(GesprekscoachError, match="COACH_VALUES_FILE"):
            judge("Leerlingen lezen vloeiender.")
    finally:
        school_values.cache_clear()


def test_every_output_has_the_four_keys_and_odd_input_does_not_break_it():
    for text in ("", "🙂🙂", "<b>Leerlingen</b> lezen beter", "Pupils read more fluently.", "x" * 5000):
        judged = judge(text)
        assert set(judged.as_dict()) == {"text", "kind", "reason", "suggestion"}
        assert judged.kind in ("goal", "means")


def test_coach_goal_reads_lines_and_reports_bad_ones():
    from bot.cli import goals

    out = io.StringIO()
    goals(io.BytesIO("Zwakke lezers lezen vloeiender.\n\n\xff\n".encode("utf-8") + b"\xff\xfe\n"), out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["kind"] == "goal"
    assert lines[1] == {"text": "", "kind": None, "reason": None, "suggestion": None}
    assert "error" in lines[3] and "UTF-8" in lines[3]["error"]


def test_accuracy_floors_on_the_dev_and_held_out_statements():
    """Regression floors just under the figures of `make eval` (data/eval/goals.yml is
    held out: written by other writers than the dev set, never tuned on)."""
    from pathlib import Path

    from bot.goals.evaluation import figures, load

    root = Path(__file__).resolve().parents[2]
    for name in ("goals.yml", "goals2.yml"):
        held_out = figures(load(root / "data" / "eval" / name))
        assert held_out["accuracy"] >= 0.89, name
        assert held_out["suggestions_kept"] == held_out["means_judged"]
    assert figures(load(root / "data" / "dev" / "goals.yml"))["accuracy"] >= 0.95
    assert figures(load(root / "data" / "dev" / "goals2.yml"))["accuracy"] >= 0.94
