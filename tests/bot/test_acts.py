"""bot/acts.py: the ten act names, their canonical order and the NLU intent names."""

from __future__ import annotations

import itertools

import pytest

from bot import acts as A


def test_there_are_exactly_ten_acts_in_the_contract_order():
    assert A.ACTS == (
        "open_question", "closed_question", "rule_first", "opinion", "criticism",
        "compliment", "offer_help", "student_focus", "prescribe", "reflection",
    )


def test_positive_and_nudged_acts_partition_the_acts():
    assert set(A.ACTS) == A.POSITIVE_ACTS | A.NUDGED_ACTS
    assert not A.POSITIVE_ACTS & A.NUDGED_ACTS


def test_canonical_sorts_into_contract_order_and_drops_duplicates():
    assert A.canonical(["reflection", "open_question", "reflection", "rule_first"]) == [
        "open_question", "rule_first", "reflection",
    ]


def test_canonical_of_nothing_is_empty():
    assert A.canonical([]) == []


def test_canonical_rejects_unknown_act():
    with pytest.raises(ValueError, match="praise"):
        A.canonical(["open_question", "praise"])


def test_acts_to_intent_joins_in_canonical_order():
    assert A.acts_to_intent(["rule_first", "closed_question"]) == "closed_question+rule_first"


def test_acts_to_intent_of_no_acts_is_no_act():
    assert A.acts_to_intent([]) == A.NO_ACT_INTENT == "no_act"


def test_acts_to_intent_rejects_unknown_act():
    with pytest.raises(ValueError):
        A.acts_to_intent(["compliment", "greeting"])


@pytest.mark.parametrize("size", [1, 2, 3])
def test_intent_round_trip_for_every_combination(size):
    for combo in itertools.combinations(A.ACTS, size):
        intent = A.acts_to_intent(reversed(combo))
        assert A.intent_to_acts(intent) == list(combo)


def test_no_act_intent_gives_no_acts():
    assert A.intent_to_acts("no_act") == []
    assert A.intent_to_acts("") == []


def test_intent_with_a_non_act_part_gives_no_acts():
    assert A.intent_to_acts("greet") == []
    assert A.intent_to_acts("open_question+greet") == []


def test_intent_to_acts_puts_parts_in_canonical_order():
    assert A.intent_to_acts("reflection+open_question") == ["open_question", "reflection"]
