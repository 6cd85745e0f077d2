"""The coach on the network's goal in the role-play (bot/goals/goal_talk.py)."""

from __future__ import annotations

from bot import acts as A
from bot import runtime
from bot import session as S
from bot.analysis.combine import TurnAnalysis
from bot.goals.goal_talk import HELP, SET, goal_move


def test_help_and_set_are_told_apart():
    assert goal_move("Hoe zou je het doel formuleren als je begint met 'leerlingen'?", [A.OPEN_QUESTION], True) == HELP
    assert goal_move("Wat moeten de kinderen straks kunnen dankzij het overleg?",
                     [A.OPEN_QUESTION, A.STUDENT_FOCUS], True) == HELP
    assert goal_move("Het doel moet zijn dat de leerlingen beter plannen.", [A.PRESCRIBE], True) == SET
    assert goal_move("Jullie doel is dat kinderen zelfstandig werken.", [A.OPINION], True) == SET
    assert goal_move("Hoe gaat het met het overleg?", [A.OPEN_QUESTION], True) is None
    assert goal_move("Het doel moet zijn dat de leerlingen beter plannen.", [A.PRESCRIBE], False) is None


def _turn(session, text, acts):
    return S.turn(runtime.scenarios(), session, text, TurnAnalysis(text=text, acts=acts))


def test_the_role_play_records_the_move_and_the_debrief_says_which_happened():
    session = S.start(runtime.scenarios(), "overleg").session
    outcome = _turn(session, "Wat moeten de leerlingen straks kunnen? Dat is toch het doel.",
                    [A.OPEN_QUESTION, A.STUDENT_FOCUS])
    note = next(m["custom"]["text"] for m in outcome.messages if m.get("custom", {}).get("role") == "coach")
    assert "vanuit de leerlingen" in note
    outcome = _turn(outcome.session, "Het doel moet zijn dat de leerlingen zelf hun werk plannen.", [A.PRESCRIBE])
    assert [t.goal_move for t in outcome.session.turns] == [HELP, SET]
    report = S.stop(runtime.scenarios(), outcome.session)
    custom = report.messages[-1]["custom"]
    assert custom["report"]["goal"] == {"helped": [1], "set": [2]}
    assert "Bij beurt 1 hielp je haar het doel vanuit de leerlingen te formuleren" in custom["text"]
    assert "Bij beurt 2 bepaalde je zelf het doel" in custom["text"]
