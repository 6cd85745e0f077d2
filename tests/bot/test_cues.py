"""bot/analysis/cues.py: the word signals of the acts, read with the sentence's form."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.analysis.cues import FORM_SIGNALS, SIGNAL_NAMES, Cues, cue_vector, find_cues, student_words
from bot.analysis.question_form import read_form
from bot.analysis.text import Sentence, split_sentences


def one_sentence(text: str) -> Sentence:
    [sentence] = split_sentences(text)
    return sentence


def cues_of(text: str) -> set:
    sentence = one_sentence(text)
    return set(find_cues(sentence, read_form(sentence)).present)


@pytest.mark.parametrize(
    "text, act",
    [
        ("Wat goed dat je dit doet!", A.COMPLIMENT),
        ("Knap opgelost.", A.COMPLIMENT),
        ("Hoe kan ik helpen?", A.OFFER_HELP),
        ("Ik sta achter je.", A.OFFER_HELP),
        ("Ik vind dat je het anders moet aanpakken.", A.OPINION),
        ("Dat had je beter moeten plannen.", A.CRITICISM),
        ("Ik wil dat jullie een plan maken.", A.PRESCRIBE),
        ("Heb je toestemming gevraagd?", A.RULE_FIRST),
        ("Het mag niet.", A.RULE_FIRST),
        ("Wat kost dat?", A.RULE_FIRST),
        ("Dus het ging goed.", A.REFLECTION),
        ("Wat betekent dit voor leerlingen?", A.STUDENT_FOCUS),
    ],
)
def test_a_sentence_with_the_signal_of_an_act_gets_that_cue_alone(text, act):
    assert cues_of(text) == {act}


def test_sentence_without_any_signal_gets_no_cues():
    assert cues_of("Goedemiddag!") == set()
    assert cues_of("Hoe ging het?") == set()


def test_cues_support_membership_of_an_act():
    cues = Cues(frozenset({A.COMPLIMENT}))
    assert A.COMPLIMENT in cues
    assert A.CRITICISM not in cues
    assert A.COMPLIMENT not in Cues()


# --- prescribe: an imperative opener only in a statement -------------------------------

@pytest.mark.parametrize("text", ["Zorg dat het af is.", "Maak eerst een plan.", "Stuur het voor vrijdag."])
def test_statement_opening_with_an_imperative_prescribes(text):
    assert A.PRESCRIBE in cues_of(text)


def test_the_same_verb_opening_a_question_does_not_prescribe():
    assert A.PRESCRIBE not in cues_of("Zorg je dat het af is?")


# --- rule_first: a rule that opens room, an offer of means --------------------------------

@pytest.mark.parametrize("text", ["Welke regels zitten je in de weg?", "Wat zou je doen als er geen regels waren?",
                                  "Stel dat het rooster vrij was, wat dan?"])
def test_a_rule_mentioned_to_open_room_is_no_rule_first_cue(text):
    assert A.RULE_FIRST not in cues_of(text)


@pytest.mark.parametrize("text", ["Ik kan budget vrijmaken.", "Ik kan met de roostermaker praten over de uren."])
def test_offering_means_is_help_not_rules_first(text):
    cues = cues_of(text)
    assert A.OFFER_HELP in cues
    assert A.RULE_FIRST not in cues


# --- opinion: a leading question carries it ---------------------------------------------

def test_leading_question_carries_an_opinion_cue_without_opinion_words():
    assert cues_of("Denk je niet dat het te veel is?") == {A.OPINION}


# --- reflection: only a statement mirrors --------------------------------------------------

def test_mirroring_opener_with_a_question_mark_is_no_reflection_cue():
    assert A.REFLECTION not in cues_of("Dus het ging goed?")


def test_reflection_opener_must_open_the_sentence():
    assert A.REFLECTION not in cues_of("Het ging dus goed.")


# --- student focus --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Hoeveel leerlingen doen mee?", "Hoeveel kinderen zitten er in je groep?"])
def test_a_fact_question_about_pupils_is_no_student_focus_cue(text):
    assert A.STUDENT_FOCUS not in cues_of(text)


def test_a_statement_where_pupils_do_or_learn_something_is_student_focus():
    assert A.STUDENT_FOCUS in cues_of("De leerlingen oefenen nu zelfstandig.")


def test_a_statement_that_only_mentions_pupils_is_no_student_focus():
    cues = cues_of("Je bent een paar leerlingen vergeten.")
    assert A.STUDENT_FOCUS not in cues
    assert A.CRITICISM in cues


def test_a_question_mentioning_pupils_is_student_focus_without_a_meaning_word():
    assert A.STUDENT_FOCUS in cues_of("Hoe zit het met de kinderen?")


@pytest.mark.parametrize("text, expected", [
    ("Wat vinden de leerlingen ervan?", True),
    ("Wat merken de kids ervan?", True),   # chat spelling: "kids" -> "kinderen"
    ("Wat leert groep 5 ervan?", True),    # "groep" with a verb of learning
    ("Hoe groot is groep 5?", False),      # "groep" alone is a class, not its pupils
    ("Hoe gaat het met je collega's?", False),
])
def test_student_words(text, expected):
    assert student_words(one_sentence(text)) is expected


# --- cue_vector: the model's features ---------------------------------------------------------

def test_signal_names_are_sorted_and_cover_every_act_and_form_signal():
    assert list(SIGNAL_NAMES) == sorted(SIGNAL_NAMES)
    assert set(SIGNAL_NAMES) == {f"cue_{act}" for act in A.ACTS} | set(FORM_SIGNALS)
    assert len(SIGNAL_NAMES) == len(A.ACTS) + len(FORM_SIGNALS)


def test_cue_vector_names_exactly_the_signal_names():
    sentence = one_sentence("Hoe ging het?")
    assert set(cue_vector(sentence, read_form(sentence))) == set(SIGNAL_NAMES)


def test_cue_vector_of_a_closed_rule_question():
    sentence = one_sentence("Heb je wel toestemming gevraagd?")
    vector = cue_vector(sentence, read_form(sentence))
    assert {name for name, on in vector.items() if on} == {
        "cue_rule_first", "form_closed", "form_certain", "question_mark",
    }


def test_cue_vector_of_a_fact_question_and_a_leading_question():
    fact = one_sentence("Hoeveel groepen doen mee?")
    assert cue_vector(fact, read_form(fact))["fact_question"] is True
    leading = one_sentence("Denk je niet dat het te veel is?")
    vector = cue_vector(leading, read_form(leading))
    assert vector["leading_question"] is True and vector["cue_opinion"] is True


def test_cue_vector_of_a_statement_without_question_mark():
    sentence = one_sentence("Dus het ging beter dan je dacht.")
    vector = cue_vector(sentence, read_form(sentence))
    assert {name for name, on in vector.items() if on} == {"cue_reflection", "form_statement", "form_certain"}
