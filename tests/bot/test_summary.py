"""bot/summary.py: a session's figures (turns, acts, open share, first question about
pupils, closing turns), the one computation behind the debrief, progress and the CSV."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.summary import Summary, summarise

TURNS = [
    (1, [A.OPEN_QUESTION]),
    (2, [A.CLOSED_QUESTION, A.RULE_FIRST]),
    (3, [A.OPEN_QUESTION, A.STUDENT_FOCUS]),
    (4, [A.CLOSED_QUESTION]),
    (5, [A.CRITICISM]),
    (6, [A.COMPLIMENT, A.STUDENT_FOCUS]),
    (7, []),
]


def test_counts_turns_and_each_act_once_per_turn():
    summary = summarise(TURNS)
    assert summary.turns == 7
    assert summary.acts == {
        A.OPEN_QUESTION: 2, A.CLOSED_QUESTION: 2, A.RULE_FIRST: 1, A.OPINION: 0, A.CRITICISM: 1,
        A.COMPLIMENT: 1, A.OFFER_HELP: 0, A.STUDENT_FOCUS: 2, A.PRESCRIBE: 0, A.REFLECTION: 0,
    }
    assert list(summary.acts) == list(A.ACTS)  # canonical order, every act present


def test_an_act_listed_twice_in_one_turn_counts_once():
    assert summarise([(1, [A.OPEN_QUESTION, A.OPEN_QUESTION])]).acts[A.OPEN_QUESTION] == 1


def test_open_and_closed_questions_and_their_share():
    summary = summarise(TURNS)
    assert summary.open_questions == 2 and summary.closed_questions == 2
    assert summary.open_share == 0.5
    assert summarise([(1, [A.OPEN_QUESTION]), (2, [A.OPEN_QUESTION]), (3, [A.CLOSED_QUESTION])]).open_share == (
        pytest.approx(2 / 3))


def test_open_share_is_none_when_the_leader_asked_no_question():
    summary = summarise([(1, [A.COMPLIMENT]), (2, [])])
    assert summary.open_share is None


def test_first_student_focus_turn_is_the_turn_number_not_the_position():
    assert summarise(TURNS).first_student_focus_turn == 3
    # Turn numbers are taken as given (a caller that left out turns keeps their numbers).
    assert summarise([(4, [A.OPEN_QUESTION]), (9, [A.STUDENT_FOCUS])]).first_student_focus_turn == 9


def test_first_student_focus_turn_is_none_when_never_asked():
    assert summarise([(1, [A.OPEN_QUESTION])]).first_student_focus_turn is None


def test_negative_turns_count_turns_with_a_closing_act_once():
    # Turn 2 (rules first) and turn 5 (criticism); a bare closed question (turn 4) is not negative.
    assert summarise(TURNS).negative_turns == 2
    assert summarise([(1, [A.CRITICISM, A.PRESCRIBE, A.OPINION])]).negative_turns == 1


@pytest.mark.parametrize("act", A.CLOSING_ACTS)
def test_each_closing_act_makes_a_turn_negative(act):
    assert summarise([(1, [act])]).negative_turns == 1


def test_no_turns_gives_zeros():
    assert summarise([]) == Summary(turns=0, acts=dict.fromkeys(A.ACTS, 0), first_student_focus_turn=None,
                                    negative_turns=0)


def test_accepts_any_iterable_of_turns():
    assert summarise(iter(TURNS)) == summarise(TURNS)
