"""bot/persona/replies.py: which line the teacher says next (the ``moestuin`` test scenario,
tests/bot/fixtures/scenarios/moestuin.yml)."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.analysis.combine import analyse_turn
from bot.persona.dynamics import TeacherState
from bot.persona.replies import LONG_TURN_CHARS, LinePicker, choose_reply, line_id, next_insight, touches

MID = TeacherState(openness=0.5, motivation=0.6)
HIGH = TeacherState(openness=0.9, motivation=0.9)
LOW = TeacherState(openness=0.2, motivation=0.4)


def reply_to(scenario, text, state=MID, surfaced=(), picker=None, acts=None):
    acts = analyse_turn(text).acts if acts is None else acts
    return choose_reply(scenario, state, text, acts, list(surfaced), picker or LinePicker("test", []))


def test_closed_question_gets_a_closed_question_line(garden):
    reply = reply_to(garden, "Heb je de ouders ingelicht?")
    assert reply.kind == A.CLOSED_QUESTION
    assert reply.text in garden.lines_for(A.CLOSED_QUESTION, MID.level())
    assert reply.insight is None


@pytest.mark.parametrize(
    "text, answer_start",
    [
        ("Hoeveel bakken heb je?", "Zes bakken"),
        ("Hoe vaak ga je naar de tuin?", "Twee keer per week"),
        ("Hoeveel kinderen werken er in de tuin?", "Vierentwintig kinderen"),
        ("Krijgen de planten water in de vakantie?", "In de vakantie geeft de conciërge water."),
        ("Wie geeft er water in de vakantie?", "In de vakantie geeft de conciërge water."),
    ],
)
def test_closed_question_touching_a_fact_gets_the_fact(garden, text, answer_start):
    reply = reply_to(garden, text)
    assert reply.kind == "fact"
    assert reply.text.startswith(answer_start)
    assert reply.text in [fact.answer for fact in garden.facts]


def test_fact_is_not_told_twice(garden):
    picker = LinePicker("fact", [])
    first = reply_to(garden, "Hoeveel bakken heb je?", picker=picker)
    second = reply_to(garden, "Hoeveel bakken staan er?", picker=picker)
    assert first.kind == "fact"
    assert second.kind == A.CLOSED_QUESTION
    assert second.text != first.text


def test_criticism_gets_a_criticism_line(garden):
    reply = reply_to(garden, "Dat had je beter moeten plannen.")
    assert reply.kind == A.CRITICISM
    assert reply.text in garden.lines_for(A.CRITICISM, MID.level())


def test_criticism_outweighs_an_open_question(garden):
    reply = reply_to(garden, "Hoe ging het? Dat had je beter moeten plannen.", state=HIGH)
    assert reply.kind == A.CRITICISM
    assert reply.insight is None


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Het rooster laat dat niet toe.", A.RULE_FIRST),
        ("Ik zou het bij één groep houden.", A.OPINION),
        ("Jullie leveren volgende maand een plan in.", A.PRESCRIBE),
    ],
)
def test_negative_moves_get_their_own_lines(garden, text, kind):
    reply = reply_to(garden, text, state=HIGH)
    assert reply.kind == kind
    assert reply.text in garden.lines_for(kind, HIGH.level())


def test_open_question_with_enough_openness_brings_out_an_insight(garden):
    reply = reply_to(garden, "Hoe ging het?", state=HIGH)
    assert reply.kind == "insight"
    assert reply.insight == "eerste_oogst"
    assert reply.text in garden.insight("eerste_oogst").lines


def test_first_insights_come_in_story_order(garden):
    picker = LinePicker("story", [])
    surfaced = []
    # An open question that touches no topic: the act unlocks the next insight.
    for _ in range(3):
        reply = reply_to(garden, "Wat wil je daar nog meer over zeggen?", state=HIGH,
                         surfaced=surfaced, picker=picker)
        assert reply.kind == "insight"
        surfaced.append(reply.insight)
    assert surfaced == [i.id for i in garden.insights[:3]]


def test_topic_touched_by_the_turn_is_preferred_over_story_order(garden):
    # "slakken" touches the second insight's topic; story order would give the first.
    reply = reply_to(garden, "Wat hebben de slakken gedaan?", state=HIGH)
    assert reply.insight == "slakken"
    assert reply.text in garden.insight("slakken").lines


def test_low_openness_gives_no_insight(garden):
    reply = reply_to(garden, "Hoe ging het?", state=LOW)
    assert reply.kind == A.OPEN_QUESTION
    assert reply.insight is None
    assert reply.text in garden.lines_for(A.OPEN_QUESTION, "low")


def test_insight_needs_its_own_minimum_openness(garden):
    needed = garden.insight("slakken").min_openness
    below = next_insight(garden, ["eerste_oogst"], needed - 0.01, [A.OPEN_QUESTION], ("slakken",))
    assert below is None
    assert next_insight(garden, ["eerste_oogst"], needed, [A.OPEN_QUESTION], ("slakken",)).id == "slakken"


def test_surfaced_insight_is_not_told_again(garden):
    everything = [i.id for i in garden.insights]
    assert next_insight(garden, everything, 1.0, [A.OPEN_QUESTION], ("hoe", "ging", "het")) is None


@pytest.mark.parametrize("text", ["", "   ", "👍"])
def test_empty_turn_gets_an_empty_line(garden, text):
    reply = reply_to(garden, text, acts=[])
    assert reply.kind == "empty"
    assert reply.text in garden.lines_for("empty")


@pytest.mark.parametrize("text", ["How is it going with the project?", "How did the students react to this?"])
def test_english_turn_gets_an_english_line(garden, text):
    reply = reply_to(garden, text)
    assert reply.kind == "english"
    assert reply.text in garden.lines_for("english")


def test_long_turn_gets_a_too_long_line(garden):
    text = "Hoe ging het met de klassencomputers en de kinderen? " * 30
    assert len(text) > LONG_TURN_CHARS
    reply = reply_to(garden, text, state=HIGH)
    assert reply.kind == "too_long"
    assert reply.text in garden.lines_for("too_long")


def test_turn_without_acts_gets_small_talk(garden):
    reply = reply_to(garden, "Goedemiddag!")
    assert reply.kind == "no_act"
    assert reply.text in garden.lines_for("no_act", MID.level())


def test_long_turn_without_acts_about_something_else_is_off_topic(garden):
    reply = reply_to(garden, "Gisteren stond er een enorme file op de snelweg naar Utrecht.", acts=[])
    assert reply.kind == "off_topic"
    assert reply.text in garden.lines_for("off_topic")


MIXED_TURNS = [
    "Heb je de ouders ingelicht?", "Dat had je beter moeten plannen.", "Hoe ging het?", "",
    "How is it going with the project?", "Goedemiddag!", "Hoeveel bakken heb je?",
    "Het rooster laat dat niet toe.", "Ik zou het bij één groep houden.",
    "Jullie leveren volgende maand een plan in.", "Wat goed!", "Dus het ging beter.",
    "Wat heb je van mij nodig?", "Wat merken de kinderen ervan?",
]


def test_no_line_repeats_over_200_mixed_replies(garden):
    picker = LinePicker("two-hundred", [])
    surfaced, texts = [], []
    analyses = {text: analyse_turn(text).acts for text in MIXED_TURNS}
    for n in range(200):
        text = MIXED_TURNS[n % len(MIXED_TURNS)]
        state = (LOW, MID, HIGH)[n % 3]
        reply = choose_reply(garden, state, text, analyses[text], surfaced, picker)
        if reply.insight:
            surfaced.append(reply.insight)
        texts.append(reply.text)
    assert len(texts) == 200
    assert len(set(texts)) == len(texts)


def test_no_line_repeats_over_200_replies_of_one_kind(garden):
    picker = LinePicker("two-hundred-empty", [])
    texts = [choose_reply(garden, MID, "", [], [], picker).text for _ in range(200)]
    assert len(set(texts)) == len(texts)


def test_line_picker_never_picks_a_used_line():
    picker = LinePicker("seed", [line_id("a"), line_id("b")])
    assert picker.pick(["a", "b", "c"]) == "c"
    assert picker.pick(["a", "b", "c"]) is None


def test_line_picker_varies_a_spent_pool_with_a_filler():
    picker = LinePicker("seed", [line_id("Ja.")])
    line = picker.pick_or_vary(["Ja."])
    assert line != "Ja." and line.endswith("Ja.")
    assert line_id(line) in picker.used


def test_line_picker_order_is_reproducible_per_seed():
    pool = [f"regel {i}" for i in range(20)]
    first = [LinePicker("s", []).pick(pool) for _ in range(3)]
    assert len(set(first)) == 1
    a, b = LinePicker("s", []), LinePicker("s", [])
    assert [a.pick(pool) for _ in range(10)] == [b.pick(pool) for _ in range(10)]


def test_touches_matches_word_prefixes():
    assert touches(("de", "computers", "zijn", "stuk"), ["comput"])
    assert touches(("organiseren",), ["organis"])


def test_touches_does_not_match_inside_a_word():
    assert not touches(("de", "laptopcomputer"), ["comput"])


def test_touches_matches_phrases_as_words():
    assert touches(("en", "hoe", "ging", "het"), ["hoe ging"])
    assert not touches(("hoe", "het", "ging"), ["hoe ging"])
    assert not touches(("zhoe", "ging"), ["hoe ging"])


def test_touches_without_keywords_is_false():
    assert not touches(("hoe", "ging", "het"), [])
    assert not touches((), ["comput"])
