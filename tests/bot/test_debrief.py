"""bot/debrief.py: the report at the end of a session and its Dutch text (on the ``moestuin``
test scenario; the last test runs every shipped scenario)."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.debrief import build_report, debrief_text
from bot.persona.dynamics import TeacherState
from bot.state import SessionState, TurnRecord


def make_turn(n, acts, text=None, delta=(0.0, 0.0), better=None, **extra):
    return TurnRecord(n=n, text=text or f"beurt {n}", acts=list(acts), at="", openness=0.5, motivation=0.6,
                      delta=tuple(delta), better=better, **extra)


def make_session(turns, insights=(), start=(0.45, 0.7), end=(0.5, 0.7)):
    return SessionState(id="s", scenario="moestuin", teacher_name="Sanne", mode="live", started_at="",
                        start=TeacherState(*start), teacher=TeacherState(*end),
                        turns=list(turns), insights=list(insights))


MIXED_TURNS = [
    make_turn(1, [A.OPEN_QUESTION]),
    make_turn(2, [A.CLOSED_QUESTION, A.RULE_FIRST], text="Heb je wel toestemming gevraagd?",
              delta=(-0.18, -0.12), better="Welke regels zitten je in de weg?"),
    make_turn(3, [A.OPEN_QUESTION, A.STUDENT_FOCUS]),
    make_turn(4, [A.CRITICISM], text="Dat had je beter moeten plannen.", delta=(-0.14, -0.14),
              better="Hoe kijk je daar zelf op terug?"),
    make_turn(5, [A.COMPLIMENT, A.STUDENT_FOCUS]),
]


def test_report_counts_turns_and_acts(garden):
    report = build_report(garden, make_session(MIXED_TURNS, insights=["eerste_oogst"]))
    assert report["turns"] == 5
    assert report["acts"][A.OPEN_QUESTION] == 2
    assert report["acts"][A.STUDENT_FOCUS] == 2
    assert report["acts"][A.CLOSED_QUESTION] == 1
    assert report["acts"][A.PRESCRIBE] == 0
    assert set(report["acts"]) == set(A.ACTS)
    assert report["open_questions"] == 2 and report["closed_questions"] == 1
    assert report["insights_surfaced"] == 1
    assert report["insights_total"] == len(garden.insights)
    surfaced = [i["id"] for i in report["insights"] if i["surfaced"]]
    assert surfaced == ["eerste_oogst"]


def test_report_ignores_turns_after_stop(garden):
    turns = MIXED_TURNS + [make_turn(6, [A.CRITICISM], after_stop=True)]
    report = build_report(garden, make_session(turns))
    assert report["turns"] == 5
    assert report["acts"][A.CRITICISM] == 1
    assert [t["turn"] for t in report["timeline"]] == [1, 2, 3, 4, 5]


def test_first_student_focus_turn(garden):
    assert build_report(garden, make_session(MIXED_TURNS))["first_student_focus_turn"] == 3


def test_first_student_focus_turn_is_none_when_never_asked(garden):
    report = build_report(garden, make_session([make_turn(1, [A.OPEN_QUESTION])]))
    assert report["first_student_focus_turn"] is None


def test_asking_about_pupils_earlier_scores_higher(garden):
    early = [make_turn(1, [A.STUDENT_FOCUS])] + [make_turn(n, [A.OPEN_QUESTION]) for n in range(2, 9)]
    late = [make_turn(n, [A.OPEN_QUESTION]) for n in range(1, 8)] + [make_turn(8, [A.STUDENT_FOCUS])]
    never = [make_turn(n, [A.OPEN_QUESTION]) for n in range(1, 9)]
    score = lambda turns: build_report(garden, make_session(turns))["score"]  # noqa: E731
    assert score(early) > score(late) > score(never)


def test_teacher_stimulated_needs_motivation_at_least_point_six_and_not_falling(garden):
    turns = [make_turn(1, [A.OPEN_QUESTION])]
    assert build_report(garden, make_session(turns, start=(0.4, 0.7), end=(0.5, 0.8)))["teacher_stimulated"] is True
    assert build_report(garden, make_session(turns, start=(0.4, 0.5), end=(0.5, 0.55)))["teacher_stimulated"] is False
    assert build_report(garden, make_session(turns, start=(0.4, 0.9), end=(0.5, 0.7)))["teacher_stimulated"] is False


def test_score_is_an_int_between_0_and_100(garden):
    best = build_report(garden, make_session(
        [make_turn(1, [A.OPEN_QUESTION, A.STUDENT_FOCUS])],
        insights=[i.id for i in garden.insights], end=(1.0, 1.0)))
    worst = build_report(garden, make_session(
        [make_turn(1, [A.CLOSED_QUESTION, A.CRITICISM])], end=(0.0, 0.0)))
    assert best["score"] == 100
    assert worst["score"] == 0
    assert isinstance(best["score"], int) and isinstance(worst["score"], int)


def test_redo_moments_quote_the_leader_with_a_better_move(garden):
    report = build_report(garden, make_session(MIXED_TURNS))
    assert [m["turn"] for m in report["redo"]] == [2, 4]  # the costliest first
    text = debrief_text(garden, report)
    assert "Momenten om over te doen" in text
    assert "'Heb je wel toestemming gevraagd?'" in text
    assert "Beter: 'Welke regels zitten je in de weg?'" in text
    assert "'Dat had je beter moeten plannen.'" in text


def test_at_most_three_redo_moments(garden):
    turns = [make_turn(n, [A.CLOSED_QUESTION], text=f"Vraag {n}?", delta=(-0.02 * n, 0.0),
                       better=f"Hoe {n}?") for n in range(1, 7)]
    report = build_report(garden, make_session(turns))
    assert len(report["redo"]) == 3
    assert [m["turn"] for m in report["redo"]] == [6, 5, 4]
    assert all(m["better"] == f"Hoe {m['turn']}?" for m in report["redo"])


def test_good_moves_are_no_redo_moments(garden):
    turns = [make_turn(1, [A.OPEN_QUESTION], better="iets"), make_turn(2, [A.COMPLIMENT])]
    report = build_report(garden, make_session(turns))
    assert report["redo"] == []
    assert "Momenten om over te doen" not in debrief_text(garden, report)


def test_long_leader_text_is_shortened_in_the_quote(garden):
    long_text = "Heb je " + "heel " * 60 + "goed nagedacht?"
    turns = [make_turn(1, [A.CLOSED_QUESTION], text=long_text, better="Hoe heb je nagedacht?")]
    text = debrief_text(garden, build_report(garden, make_session(turns)))
    assert long_text not in text
    assert "Heb je heel heel" in text and "…" in text


def test_text_mentions_the_two_conditions_and_the_pupils(garden):
    report = build_report(garden, make_session(MIXED_TURNS, insights=["eerste_oogst"], end=(0.6, 0.8)))
    text = debrief_text(garden, report)
    assert "twee voorwaarden" in text
    assert "1. Sanne gaat gestimuleerd weg" in text
    assert "2. Bruikbare ideeën: 1 van de 4" in text
    assert "leerlingen" in text
    assert "Bij beurt 3 vroeg je voor het eerst wat het betekent voor leerlingen." in text
    assert f"Score: {report['score']} van 100." in text


def test_text_for_an_unstimulated_teacher_says_motivation_dropped(garden):
    report = build_report(garden, make_session(MIXED_TURNS, start=(0.45, 0.7), end=(0.2, 0.3)))
    text = debrief_text(garden, report)
    assert "gaat niet gestimuleerd weg" in text
    assert "70%" in text and "30%" in text


def test_text_when_never_asked_about_pupils_says_so(garden):
    turns = [make_turn(1, [A.OPEN_QUESTION]), make_turn(2, [A.COMPLIMENT])]
    text = debrief_text(garden, build_report(garden, make_session(turns)))
    assert "Je hebt niet gevraagd wat dit betekent voor leerlingen" in text
    assert "kernvraag" in text


def test_text_uses_singular_and_plural(garden):
    turns = [make_turn(1, [A.OPEN_QUESTION]), make_turn(2, [A.OPEN_QUESTION, A.CLOSED_QUESTION])]
    text = debrief_text(garden, build_report(garden, make_session(turns)))
    assert "2 open vragen en 1 gesloten vraag in 2 beurten" in text


def test_text_without_turns_says_there_is_nothing_to_discuss(garden):
    report = build_report(garden, make_session([]))
    assert report["turns"] == 0 and report["score"] == 0
    text = debrief_text(garden, report)
    assert "Sanne" in text and "gestopt voordat je iets gezegd had" in text


@pytest.mark.parametrize("scenario_id", ["babette", "overleg", "rooster"])
def test_report_matches_each_scenario(library, scenario_id):
    scenario = library.get(scenario_id)
    report = build_report(scenario, make_session(MIXED_TURNS))
    assert report["scenario"] == scenario_id
    assert report["insights_total"] == len(scenario.insights)
    assert scenario.teacher_name in debrief_text(scenario, report)
