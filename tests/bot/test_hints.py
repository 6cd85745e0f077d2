"""bot/coach/hints.py: the coach's tip on request (``/hint``), on the ``moestuin`` test
scenario (insights in story order: eerste_oogst 0.3, slakken 0.45, kinderen_meten 0.55,
samen_zoeken 0.7)."""

from __future__ import annotations

import re

import pytest

from bot import acts as A
from bot.analysis.combine import analyse_turn
from bot.coach.hints import hint
from bot.persona.dynamics import TeacherState

OPEN = TeacherState(openness=0.6, motivation=0.7)
WITHDRAWN = TeacherState(openness=0.2, motivation=0.4)
#: A conversation that has had every move the hints ask for.
ALL_MOVES = [[A.OPEN_QUESTION], [A.STUDENT_FOCUS], [A.COMPLIMENT], [A.OFFER_HELP]]


def quoted(text: str) -> str:
    """The example sentence a hint quotes ('…')."""
    [example] = re.findall(r"'([^']+)'", text)
    return example


def test_before_the_first_turn_the_hint_is_to_open_with_an_open_question(garden):
    text = hint(garden, OPEN, [], [])
    assert text.startswith("Begin met een open vraag over het initiatief")
    assert analyse_turn(quoted(text)).acts == [A.OPEN_QUESTION]


def test_before_the_first_turn_the_opening_hint_comes_even_for_a_withdrawn_teacher(garden):
    assert hint(garden, WITHDRAWN, [], []).startswith("Begin met een open vraag")


def test_withdrawn_teacher_gets_the_repair_hint_with_her_name(garden):
    text = hint(garden, WITHDRAWN, [[A.CRITICISM]], [])
    assert text.startswith("Sanne houdt zich in. Laat regels en meningen even rusten")
    assert "'Als ik je goed begrijp…'" in text
    assert analyse_turn(quoted(text)).acts == [A.REFLECTION]


def test_repair_comes_before_any_missing_move(garden):
    # Every move was made, yet the teacher withdrew: repair first.
    assert hint(garden, TeacherState(0.34, 0.5), ALL_MOVES, []).startswith("Sanne houdt zich in.")


def test_openness_of_exactly_the_low_band_edge_is_not_withdrawn(garden):
    assert not hint(garden, TeacherState(0.35, 0.5), [[A.CLOSED_QUESTION]], []).startswith("Sanne houdt zich in.")


def test_without_an_open_question_yet_the_hint_asks_for_one(garden):
    text = hint(garden, OPEN, [[A.CLOSED_QUESTION], [A.COMPLIMENT]], [])
    assert text.startswith("Je hebt nog geen open vraag gesteld.")
    assert analyse_turn(quoted(text)).acts == [A.OPEN_QUESTION]


def test_after_open_questions_the_hint_is_the_key_question_about_pupils(garden):
    text = hint(garden, OPEN, [[A.OPEN_QUESTION], [A.OPEN_QUESTION, A.COMPLIMENT]], [])
    assert text == "Stel de kernvraag: 'Wat betekent dit voor leerlingen?'"
    assert analyse_turn(quoted(text)).acts == [A.OPEN_QUESTION, A.STUDENT_FOCUS]


def test_after_the_key_question_the_hint_is_a_compliment_naming_the_teacher(garden):
    text = hint(garden, OPEN, [[A.OPEN_QUESTION, A.STUDENT_FOCUS]], [])
    assert text.startswith("Een klein compliment werkt groot. Laat Sanne weten wat je waardeert")
    assert analyse_turn(quoted(text)).acts == [A.COMPLIMENT]


def test_after_a_compliment_the_hint_is_to_offer_help(garden):
    text = hint(garden, OPEN, ALL_MOVES[:3], [])
    assert text == "Vraag hoe je kunt helpen: 'Wat heb je van mij nodig?'"
    assert analyse_turn(quoted(text)).acts == [A.OPEN_QUESTION, A.OFFER_HELP]


def test_moves_count_over_all_earlier_turns(garden):
    # The four moves spread over four turns count as made: no move is asked for again.
    text = hint(garden, OPEN, ALL_MOVES, [])
    assert text.startswith("Er zit nog meer achter het verhaal.")


def test_with_every_move_made_the_hint_points_at_the_next_insight_topic(garden):
    # Nothing surfaced yet: the first insight of the story, by its first topic.
    text = hint(garden, OPEN, ALL_MOVES, [])
    assert text == "Er zit nog meer achter het verhaal. Vraag eens open door over 'tuin'."


def test_next_insight_is_the_first_untold_one_in_story_order(garden):
    assert quoted(hint(garden, OPEN, ALL_MOVES, ["eerste_oogst"])) == "slakken"
    # A later insight told early does not skip the first one.
    assert quoted(hint(garden, OPEN, ALL_MOVES, ["kinderen_meten"])) == "tuin"


@pytest.mark.parametrize("openness, safe_enough", [(0.69, False), (0.7, True)])
def test_next_insight_needing_more_openness_gets_the_feel_safer_hint(garden, openness, safe_enough):
    told = ["eerste_oogst", "slakken", "kinderen_meten"]  # samen_zoeken needs 0.7
    text = hint(garden, TeacherState(openness, 0.7), ALL_MOVES, told)
    if safe_enough:
        assert text == "Er zit nog meer achter het verhaal. Vraag eens open door over 'netwerk'."
    else:
        assert text.startswith("Er zit nog meer achter het verhaal, maar Sanne moet zich daarvoor veiliger voelen.")


def test_when_the_whole_story_is_told_the_hint_is_to_help_formulate_the_goal(garden):
    told = [insight.id for insight in garden.insights]
    text = hint(garden, OPEN, ALL_MOVES, told)
    assert text.startswith("Het hele verhaal is op tafel. Help het doel te formuleren vanuit de leerlingen")
    assert "Leerlingen kunnen…" in text

