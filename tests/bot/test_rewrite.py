"""bot/coach/rewrite.py: a closed question rewritten as an open one."""

from __future__ import annotations

import pytest

from bot.analysis.combine import analyse_turn
from bot.analysis.question_form import read_form
from bot.analysis.text import split_sentences
from bot.coach.rewrite import FACT_REWRITE, GENERAL, rewrite_closed


def rewrite(text):
    [sentence] = split_sentences(text)
    return rewrite_closed(sentence, read_form(sentence))


def test_verb_first_question_gets_a_wh_word_in_front():
    result = rewrite("Heb je de ouders ingelicht?")
    assert result.startswith("Hoe")
    assert result == "Hoe heb je de ouders ingelicht?"


def test_evaluative_question_asks_for_the_experience():
    assert rewrite("Vinden de kinderen het leuk?") == "Wat vinden de kinderen ervan?"


def test_going_question_drops_the_verdict():
    assert rewrite("Ging het goed?") == "Hoe ging het?"


def test_participle_question_asks_how_it_stands():
    assert rewrite("Is de software al geïnstalleerd?") == "Hoe staat het met de software?"


@pytest.mark.parametrize("text", ["Wanneer begin je?", "Hoe lang duurt het?"])
def test_fact_question_without_a_subject_gets_the_fact_rewrite(text):
    assert rewrite(text) == FACT_REWRITE


@pytest.mark.parametrize("text, rewritten", [
    ("Hoeveel groepen doen mee?", "Wat kun je me vertellen over het aantal groepen?"),
    ("Wat kost dat?", "Wat merk je van de kosten?"),
    ("Weten de ouders ervan?", "Wat weten de ouders ervan?"),
    ("Gebruiken de kinderen de klok?", "Hoe gebruiken de kinderen de klok?"),
])
def test_a_rewrite_keeps_the_subject_of_the_question(text, rewritten):
    assert rewrite(text) == rewritten


def test_tag_question_loses_its_tag():
    result = rewrite("Het werkt goed, toch?")
    assert "toch" not in result
    assert "het werkt goed" in result


def test_question_mark_statement_gets_the_general_rewrite():
    assert rewrite("Dus het lukte?") == GENERAL


@pytest.mark.parametrize("text", ["Hoe ging het?", "Het rooster laat dat niet toe.", "Wat goed!"])
def test_no_rewrite_for_what_is_not_a_closed_question(text):
    assert rewrite(text) is None


CLOSED_QUESTIONS = [
    "Heb je de ouders ingelicht?",
    "Vinden de kinderen het leuk?",
    "Hoeveel groepen doen mee?",
    "Werkt het al?",
    "Is de software al geïnstalleerd?",
    "Is het lastig?",
    "Kun je dat volgend jaar weer doen?",
    "Het werkt goed, toch?",
    "Denk je niet dat het te veel is?",
    "Heb je al met je collega's gesproken?",
    "Zijn de computers kapot?",
    "Vond je het leuk?",
    "Wanneer begin je?",
    "Dus het lukte?",
    "Werkt de app goed?",
]


@pytest.mark.parametrize("text", CLOSED_QUESTIONS)
def test_every_rewrite_is_analysed_as_an_open_question(text):
    assert "closed_question" in analyse_turn(text).acts
    result = rewrite(text)
    assert result
    acts = analyse_turn(result).acts
    assert "open_question" in acts
    assert "closed_question" not in acts


def test_modal_question_without_infinitive_gets_a_whole_sentence():
    result = rewrite("Moet dat echt?")
    assert result != "Hoe zou je dat echt?"
    assert "open_question" in analyse_turn(result).acts
