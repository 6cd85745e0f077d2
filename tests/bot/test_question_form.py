"""bot/analysis/question_form.py: open question, closed question or statement."""

from __future__ import annotations

import pytest

from bot.analysis.question_form import Form, read_form
from bot.analysis.text import split_sentences


def reading_of(text: str):
    sentences = split_sentences(text)
    assert len(sentences) == 1, f"expected one sentence in {text!r}, got {sentences}"
    return read_form(sentences[0])


@pytest.mark.parametrize("text", ["Heb je de ouders ingelicht?", "werkt t al", "Is de software al geïnstalleerd?"])
def test_verb_first_yes_no_question_is_closed(text):
    reading = reading_of(text)
    assert reading.form is Form.CLOSED
    assert reading.reason.startswith("verb first")
    assert reading.leading is False


@pytest.mark.parametrize("text", ["Hoe ging het?", "hoe gaat t", "waarom koos je hiervoor",
                                  "Hoe verliep de eerste week?"])
def test_wh_question_is_open(text):
    reading = reading_of(text)
    assert reading.form is Form.OPEN
    assert reading.reason.startswith("wh-question")


def test_chat_spelling_t_is_read_as_het():
    sentence = split_sentences("hoe gaat t")[0]
    assert sentence.words == ("hoe", "gaat", "het")
    assert sentence.asks is False


@pytest.mark.parametrize(
    "text, opener",
    [
        ("Hoeveel groepen doen mee?", "hoeveel"),
        ("Wanneer begin je?", "wanneer"),
        ("Hoe lang duurt het?", "hoe lang"),
        ("Wie doet er mee?", "wie"),
    ],
)
def test_fact_opener_is_closed(text, opener):
    reading = reading_of(text)
    assert reading.form is Form.CLOSED
    assert reading.reason == f"asks for a fact ({opener})"


@pytest.mark.parametrize(
    "text",
    [
        "Kun je vertellen hoe het ging?",
        "Zou je willen uitleggen wat je deed?",
        "Vertel eens over de reacties",
        "Ik ben benieuwd hoe de kinderen reageerden",
    ],
)
def test_invitation_to_tell_is_open(text):
    reading = reading_of(text)
    assert reading.form is Form.OPEN
    assert reading.reason == "invitation to tell"


@pytest.mark.parametrize("text", ["Het werkt goed, toch?", "Het werkt goed, of niet?"])
def test_tag_question_is_closed(text):
    reading = reading_of(text)
    assert reading.form is Form.CLOSED
    assert reading.reason == "tag question"


def test_leading_question_is_closed_and_leading():
    reading = reading_of("Denk je niet dat het te veel is?")
    assert reading.form is Form.CLOSED
    assert reading.leading is True


def test_plain_verb_first_question_is_not_leading():
    assert reading_of("Denk je dat het werkt?").leading is False


def test_exclamation_of_praise_is_a_statement():
    reading = reading_of("Wat goed!")
    assert reading.form is Form.STATEMENT
    assert reading.reason == "exclamation"


def test_statement_without_question_form_is_a_statement():
    reading = reading_of("Het rooster laat dat niet toe.")
    assert reading.form is Form.STATEMENT
    assert reading.reason == "no question form"


def test_main_clause_after_leading_subordinate_clause_decides_the_form():
    reading = reading_of("Stel dat je alles mocht, wat zou je doen?")
    assert reading.form is Form.OPEN


def test_vocative_before_comma_is_skipped():
    reading = reading_of("Babette, hoe ging het?")
    assert reading.form is Form.OPEN


def test_statement_with_question_mark_is_an_uncertain_closed_question():
    reading = reading_of("Dus het lukte?")
    assert reading.form is Form.CLOSED
    assert reading.certain is False


def test_either_or_question_is_closed():
    assert reading_of("Wil je koffie of thee?").form is Form.CLOSED
