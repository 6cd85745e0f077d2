"""bot/acts.py: the ten act names, their canonical order and the NLU intent names."""

from __future__ import annotations

import itertools
import json

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


# --- the Dutch words for the acts, and what the browser gets -------------------------

@pytest.mark.parametrize("table", ["LABELS", "COUNT_NAMES", "DID"])
def test_every_act_has_exactly_one_distinct_dutch_wording(table):
    words = getattr(A, table)
    assert list(words) == list(A.ACTS)  # every act, in canonical order, nothing else
    assert len(set(words.values())) == len(A.ACTS)  # no two acts read alike


def test_labels_name_the_acts_as_the_page_shows_them():
    assert A.LABELS[A.OPEN_QUESTION] == "open vraag"
    assert A.LABELS[A.CLOSED_QUESTION] == "gesloten vraag"
    assert A.LABELS[A.STUDENT_FOCUS] == "leerlingen centraal"


def test_count_names_are_the_plural_nouns_of_the_debrief():
    assert A.COUNT_NAMES[A.OPEN_QUESTION] == "open vragen"
    assert A.COUNT_NAMES[A.COMPLIMENT] == "complimenten"
    assert A.COUNT_NAMES[A.REFLECTION] == "samenvattingen"


def test_did_completes_the_coach_sentence_je_did():
    assert f"Je {A.DID[A.OPEN_QUESTION]}." == "Je stelde een open vraag."
    assert f"Je {A.DID[A.CRITICISM]}." == "Je gaf kritiek."
    # Each phrase is the past tense the coach's "Je …" needs: lower case, no full stop.
    for phrase in A.DID.values():
        assert phrase == phrase.lower().rstrip(".")


def test_closing_acts_are_nudged_acts_heaviest_first():
    assert A.CLOSING_ACTS == (A.CRITICISM, A.PRESCRIBE, A.RULE_FIRST, A.OPINION)
    assert set(A.CLOSING_ACTS) == A.NUDGED_ACTS - {A.CLOSED_QUESTION}


def test_vocabulary_gives_the_browser_acts_labels_good_moves_and_the_turn_limit():
    vocabulary = A.vocabulary()
    assert vocabulary == {
        "acts": list(A.ACTS),
        "labels": A.LABELS,
        "good": ["open_question", "compliment", "offer_help", "student_focus", "reflection"],
        "max_turn_chars": 10_000,
    }
    assert json.loads(json.dumps(vocabulary)) == vocabulary  # plain JSON for the browser


def test_vocabulary_is_a_copy_the_caller_cannot_change_the_contract_through():
    vocabulary = A.vocabulary()
    vocabulary["labels"][A.OPEN_QUESTION] = "iets anders"
    vocabulary["acts"].append("praise")
    assert A.LABELS[A.OPEN_QUESTION] == "open vraag"
    assert A.vocabulary()["acts"] == list(A.ACTS)
