"""bot/analysis/small_talk.py: looking after the meeting (drinks, seats, doors, rooms,
the weather, a night's sleep, regards, when to meet) is small talk and carries no act;
a question about the initiative in the same words is not."""

from __future__ import annotations

import pytest

from bot.analysis.combine import analyse_sentences
from bot.analysis.small_talk import is_small_talk


def small_talk(text):
    return [is_small_talk(part.sentence) for part in analyse_sentences(text)]


@pytest.mark.parametrize("text", [
    "Zal ik de deur even dichtdoen?", "Neemt u plaats.", "zijt ge daar al?", "Ik haal even water, wil jij ook?",
    "Zijt ge nat geworden?", "zullen we volgende week dinsdag weer ff afspreken", "zit je goed zo?",
    "wil je wat drinken", "Doe de groeten aan Anke als je haar ziet.", "Goed geslapen na die oudercontacten?",
])
def test_looking_after_the_meeting_is_small_talk(text):
    assert all(small_talk(text))


@pytest.mark.parametrize("text", [
    "Wil je wat vertellen over de kinderen?", "Zit je goed in je vel met dit project?",
    "Zullen we afspreken wanneer je het plan klaar hebt?", "Is de deur van het lokaal tijdens het atelier open?",
])
def test_questions_about_the_initiative_are_not(text):
    assert not all(small_talk(text))
