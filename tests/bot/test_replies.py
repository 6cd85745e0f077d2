"""bot/persona/replies.py: the teacher's reply is an answer (by topic) plus a reaction
(by act and openness), on the test scenario "moestuin" (Sanne and the school garden)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot import acts as A
from bot.persona.dynamics import TeacherState
from bot.persona.lines import LinePicker
from bot.persona.replies import LONG_TURN_CHARS, REFER_BACK, Memory, choose_reply

OPEN = TeacherState(0.9, 0.8)
GUARDED = TeacherState(0.2, 0.6)
MORNING = datetime(2026, 11, 25, 8, 30, tzinfo=timezone.utc)


def reply(garden, text, acts, state=OPEN, memory=None, picker=None, now=None):
    return choose_reply(garden, state, text, acts, memory or Memory(), picker or LinePicker("t", []), now)


# ------------------------------------------------------------ content by topic

def test_open_question_on_a_topic_tells_that_piece_of_the_story(garden):
    answer = reply(garden, "Hoe gaat het met de slakken?", [A.OPEN_QUESTION])
    assert answer.kind == "insight" and answer.insight == "slakken"
    assert answer.text in garden.insight("slakken").lines


def test_not_open_enough_gives_a_guarded_answer_on_the_same_topic(garden):
    answer = reply(garden, "Wat merken de kinderen ervan?", [A.OPEN_QUESTION, A.STUDENT_FOCUS], GUARDED)
    assert answer.kind == "guarded" and answer.insight is None and answer.about == "kinderen_meten"
    assert answer.text in garden.insight("kinderen_meten").guarded


def test_a_piece_far_ahead_in_her_story_is_only_hinted_at(garden):
    answer = reply(garden, "Hoe gaat het straks in de winter?", [A.OPEN_QUESTION], TeacherState(0.75, 0.7))
    assert answer.kind == "guarded" and answer.about == "samen_zoeken"
    # Far more open than the piece needs, she tells it anyway.
    assert reply(garden, "Hoe gaat het straks in de winter?", [A.OPEN_QUESTION], OPEN).insight == "samen_zoeken"


def test_a_guarded_teacher_never_tells_another_piece_instead(garden):
    for text in ("Wat betekent het voor de kinderen?", "Hoe ging het met de slakken?"):
        answer = reply(garden, text, [A.OPEN_QUESTION], TeacherState(0.35, 0.6))
        assert answer.insight is None and answer.kind == "guarded"


def test_a_piece_already_told_is_deepened_not_told_again(garden):
    memory = Memory(told=("slakken",))
    answer = reply(garden, "Hoe ging het met de slakken?", [A.OPEN_QUESTION], memory=memory)
    assert answer.kind == "follow_up" and answer.about == "slakken"
    assert answer.text in garden.insight("slakken").follow_up


def test_when_the_follow_ups_are_spent_she_refers_back(garden):
    insight = garden.insight("slakken")
    picker = LinePicker("t", [])
    for line in insight.follow_up:
        picker.pick([line])
    answer = reply(garden, "En die slakken?", [A.OPEN_QUESTION], memory=Memory(told=("slakken",)), picker=picker)
    assert answer.text.startswith(REFER_BACK) and answer.text[len(REFER_BACK):] in insight.short


def test_a_turn_about_nothing_in_particular_brings_out_the_next_piece(garden):
    answer = reply(garden, "Vertel eens.", [A.OPEN_QUESTION], memory=Memory(told=("eerste_oogst",)))
    assert answer.insight == "slakken"


def test_an_offer_of_help_is_thanked_and_gets_the_piece_about_what_she_needs(garden):
    memory = Memory(told=("eerste_oogst", "slakken", "kinderen_meten"))
    answer = reply(garden, "Hoe kan ik je helpen?", [A.OPEN_QUESTION, A.OFFER_HELP], memory=memory)
    assert answer.insight == "samen_zoeken"
    assert any(answer.text.startswith(line) for line in garden.lines_for(A.OFFER_HELP, "high"))


# -------------------------------------------------------------- closed questions

@pytest.mark.parametrize("text, answer", [
    ("Hoeveel bakken heb je?", "Zes bakken, achter het gymlokaal."),
    ("Hoeveel kinderen doen er mee?", "Vierentwintig kinderen, de hele groep."),
    ("Wie geeft er water in de vakantie?", "In de vakantie geeft de conciërge water."),
])
def test_closed_question_on_a_known_topic_gets_the_fact(garden, text, answer):
    assert reply(garden, text, [A.CLOSED_QUESTION], GUARDED).text == answer


def test_closed_question_on_a_piece_of_the_story_gets_its_short_line(garden):
    answer = reply(garden, "Zijn de slakken nog gekomen?", [A.CLOSED_QUESTION], GUARDED)
    assert answer.kind == "short" and answer.text in garden.insight("slakken").short


def test_closed_question_about_what_the_scenario_does_not_know_is_answered_honestly(garden):
    answer = reply(garden, "Heb je een hond?", [A.CLOSED_QUESTION])
    assert answer.kind == "unknown" and answer.text in garden.unknown


def test_a_fact_asked_twice_is_referred_back_to(garden):
    picker = LinePicker("t", [])
    first = reply(garden, "Hoeveel bakken heb je?", [A.CLOSED_QUESTION], picker=picker)
    second = reply(garden, "Hoeveel bakken zijn het?", [A.CLOSED_QUESTION], picker=picker)
    assert second.text == REFER_BACK + first.text


# ------------------------------------------------------------ tone of the answer

def test_rules_first_with_a_question_gets_the_answer_then_the_defence(garden):
    answer = reply(garden, "Hoeveel kinderen, en mag dat wel van de directie?", [A.CLOSED_QUESTION, A.RULE_FIRST],
                   GUARDED)
    assert answer.text.startswith("Vierentwintig kinderen, de hele groep. ")
    assert any(answer.text.endswith(line) for line in garden.lines_for(A.RULE_FIRST, "low"))


def test_rules_first_without_a_question_gets_only_the_reaction(garden):
    answer = reply(garden, "Het rooster laat dat niet toe.", [A.RULE_FIRST], GUARDED)
    assert answer.kind == A.RULE_FIRST and answer.text in garden.lines_for(A.RULE_FIRST, "low")


@pytest.mark.parametrize("act", [A.CRITICISM, A.PRESCRIBE])
def test_a_reproach_about_her_story_is_answered_defensively(garden, act):
    answer = reply(garden, "Waarom heb je niet gewoon de bakken afgedekt?", [A.OPEN_QUESTION, act])
    assert answer.about is not None and any(answer.text.endswith(line) for line in garden.lines_for(act, "high"))
    assert answer.text not in garden.lines_for(act, "high")


@pytest.mark.parametrize("act", [A.CRITICISM, A.PRESCRIBE])
def test_a_reproach_about_nothing_of_her_story_gets_only_the_reaction(garden, act):
    answer = reply(garden, "Waarom heb je dat niet eerst gevraagd?", [A.OPEN_QUESTION, act])
    assert answer.kind == act and answer.text in garden.lines_for(act, "high")


def test_a_reflection_is_confirmed_and_extended_with_what_follows(garden):
    memory = Memory(told=("eerste_oogst",), last_about="eerste_oogst")
    answer = reply(garden, "Dus je deed in het begin alles zelf.", [A.REFLECTION], memory=memory)
    confirm = [line for line in garden.lines_for(A.REFLECTION, "high") if answer.text.startswith(line)]
    assert confirm, answer.text
    assert answer.insight == "slakken"  # the next piece, never the reflected one again


# ---------------------------------------------------- memory, ellipsis, greetings

def test_an_elliptic_follow_up_takes_the_topic_of_the_turn_before(garden):
    memory = Memory(told=("slakken",), last_topics=("slakken",), last_about="slakken")
    answer = reply(garden, "en toen?", [A.CLOSED_QUESTION], memory=memory)
    assert answer.about == "kinderen_meten"  # the story goes on


def test_a_short_follow_up_with_its_own_topic_is_an_open_question(garden):
    answer = reply(garden, "en de winter?", [], memory=Memory(last_topics=("tuin",)))
    assert answer.about == "samen_zoeken"


@pytest.mark.parametrize("text, greeting", [("Goedemorgen!", "Goedemorgen!"), ("Goedemiddag", "Goedemiddag!"),
                                            ("Hoi Sanne", "Hoi!"), ("Dag!", "Goedemorgen!")])
def test_a_greeting_is_answered_in_kind_and_by_the_clock(garden, text, greeting):
    assert reply(garden, text, [], now=MORNING).text == greeting


def test_a_greeting_with_a_question_is_greeted_back_then_answered(garden):
    answer = reply(garden, "Goedemorgen! Hoe gaat het met de slakken?", [A.OPEN_QUESTION], now=MORNING)
    assert answer.text.startswith("Goedemorgen! ") and answer.insight == "slakken"


def test_small_talk_never_greets_in_the_middle_of_a_conversation(garden):
    for n in range(20):
        answer = reply(garden, "oké", [], picker=LinePicker(f"s{n}", []))
        assert not answer.text.lower().startswith(("hallo", "hoi", "goedemiddag"))


# ------------------------------------------------------------- special turns

@pytest.mark.parametrize("text", ["", "   ", "👍"])
def test_empty_turn_gets_an_empty_line(garden, text):
    answer = reply(garden, text, [])
    assert answer.kind == "empty" and answer.text in garden.lines_for("empty")


def test_english_turn_gets_an_english_line(garden):
    assert reply(garden, "How is it going with the project?", [A.OPEN_QUESTION]).kind == "english"


def test_long_turn_gets_a_too_long_line(garden):
    assert reply(garden, "Hoe ging het? " * (LONG_TURN_CHARS // 10), [A.OPEN_QUESTION]).kind == "too_long"


def test_long_turn_without_acts_about_something_else_is_off_topic(garden):
    answer = reply(garden, "Ik heb gisteren een mooie film gezien over de bergen", [])
    assert answer.kind == "off_topic" and answer.text in garden.lines_for("off_topic")


def test_no_line_repeats_over_many_replies(garden):
    picker = LinePicker("many", [])
    texts = [reply(garden, "Hoe ging het met de slakken?", [A.OPEN_QUESTION], picker=picker).text
             for _ in range(60)]
    assert len(set(texts)) == len(texts)
