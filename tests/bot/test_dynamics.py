"""bot/persona/dynamics.py: how the leader's acts move openness and motivation."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.persona.dynamics import CLOSED_STREAK, TeacherState, update

MID = TeacherState(openness=0.5, motivation=0.5)


def change(acts, open_before=True, streak=0, state=MID):
    new, d_open, d_motivation = update(state, acts, open_before, streak)
    return new, d_open, d_motivation


def test_open_question_raises_openness():
    new, d_open, _ = change([A.OPEN_QUESTION])
    assert d_open > 0
    assert new.openness > MID.openness


@pytest.mark.parametrize("act", [A.OPEN_QUESTION, A.COMPLIMENT, A.OFFER_HELP, A.STUDENT_FOCUS, A.REFLECTION])
def test_good_moves_raise_openness_and_motivation(act):
    _, d_open, d_motivation = change([act])
    assert d_open > 0 and d_motivation > 0


@pytest.mark.parametrize("act", [A.RULE_FIRST, A.OPINION, A.CRITICISM, A.PRESCRIBE])
def test_nudged_moves_lower_openness_and_motivation(act):
    _, d_open, d_motivation = change([act])
    assert d_open < 0 and d_motivation < 0


def test_criticism_costs_more_than_a_closed_question():
    _, open_crit, motivation_crit = change([A.CRITICISM])
    _, open_closed, motivation_closed = change([A.CLOSED_QUESTION])
    assert open_crit < 0 and motivation_crit < 0
    assert open_crit < open_closed
    assert motivation_crit < motivation_closed


@pytest.mark.parametrize("act", [A.RULE_FIRST, A.OPINION])
def test_rule_or_opinion_before_any_open_question_costs_more(act):
    _, early_open, early_motivation = change([act], open_before=False)
    _, late_open, late_motivation = change([act], open_before=True)
    assert early_open < late_open < 0
    assert early_motivation < late_motivation < 0


def test_good_moves_are_not_changed_by_timing():
    assert change([A.COMPLIMENT], open_before=False) == change([A.COMPLIMENT], open_before=True)


def test_effects_of_several_acts_add_up():
    _, d_both, _ = change([A.OPEN_QUESTION, A.COMPLIMENT])
    _, d_open_q, _ = change([A.OPEN_QUESTION])
    _, d_compliment, _ = change([A.COMPLIMENT])
    assert d_both == pytest.approx(d_open_q + d_compliment)


def test_values_never_exceed_one():
    state = TeacherState(0.95, 0.97)
    for _ in range(5):
        state, _, _ = update(state, [A.OPEN_QUESTION, A.COMPLIMENT, A.OFFER_HELP, A.STUDENT_FOCUS], True, 0)
    assert state == TeacherState(1.0, 1.0)


def test_values_never_drop_below_zero():
    state = TeacherState(0.05, 0.1)
    for _ in range(5):
        state, _, _ = update(state, [A.CRITICISM, A.PRESCRIBE, A.RULE_FIRST, A.OPINION], False, 0)
    assert state == TeacherState(0.0, 0.0)


def test_reported_change_is_the_clamped_change():
    new, d_open, d_motivation = update(TeacherState(0.98, 0.99), [A.COMPLIMENT], True, 0)
    assert new.openness == 1.0
    assert d_open == pytest.approx(0.02)
    assert d_motivation == pytest.approx(0.01)


def test_third_closed_question_in_a_row_costs_extra():
    _, first_open, first_motivation = change([A.CLOSED_QUESTION], streak=0)
    _, third_open, third_motivation = change([A.CLOSED_QUESTION], streak=CLOSED_STREAK - 1)
    assert third_open < first_open
    assert third_motivation < first_motivation


def test_second_closed_question_in_a_row_costs_no_extra():
    assert change([A.CLOSED_QUESTION], streak=0) == change([A.CLOSED_QUESTION], streak=CLOSED_STREAK - 2)


def test_streak_cost_only_for_turns_of_only_closed_questions():
    assert change([A.CLOSED_QUESTION, A.COMPLIMENT], streak=5) == change([A.CLOSED_QUESTION, A.COMPLIMENT], streak=0)


def test_no_acts_change_nothing():
    assert change([]) == (MID, 0.0, 0.0)


@pytest.mark.parametrize(
    "openness, level",
    [(0.0, "low"), (0.34, "low"), (0.35, "mid"), (0.5, "mid"), (0.64, "mid"), (0.65, "high"), (1.0, "high")],
)
def test_level_bands(openness, level):
    assert TeacherState(openness, 0.5).level() == level
