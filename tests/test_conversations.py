"""Whole conversations against the real Rasa server and action server (started by the
tests, as `make run` starts them), over the REST channel."""

from __future__ import annotations

import uuid
from itertools import pairwise

import pytest

from bot import acts as A
from bot.coach.feedback import did
from bot.coach.hints import hint
from bot.persona.dynamics import TeacherState
from bot.persona.scenario import ScenarioLibrary
from bot.session import SPECIAL_COACH

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOOD = [
    "Fijn dat je er bent. Vertel eens, hoe gaat het met je initiatief?",
    "Wat goed dat je dit hebt opgepakt! Hoe ben je begonnen?",
    "Hoe reageerden de kinderen daarop?",
    "Dus de kinderen regelden het eigenlijk zelf.",
    "Wat betekent dit voor de leerlingen?",
    "Wat heb je daarvan geleerd?",
    "Hoe kan ik je helpen om verder te gaan?",
    "Wat zou je in het netwerk willen bespreken?",
    "Wat merken de leerlingen ervan als het niet lukt zoals gepland?",
    "Knap hoe je dat hebt aangepakt. Wat wil je dat leerlingen straks kunnen?",
]
POOR = [
    "Heb je wel toestemming gevraagd voor dat project?",
    "Het rooster laat dat eigenlijk niet toe.",
    "Hoeveel tijd kost het je per week?",
    "Ik vind dat je het beter bij één groep had kunnen houden.",
    "Dat was geen handige keuze.",
    "Is het al klaar?",
    "Ik wil dat jullie volgende maand een plan inleveren.",
    "Werkt het nu?",
    "Je moet eerst zorgen dat de computers gerepareerd zijn.",
    "Hoe lang duurt dat nog?",
]


def customs(replies, role):
    return [r["custom"] for r in replies if r.get("custom", {}).get("role") == role]


def texts(replies):
    return [r["text"] for r in replies if "text" in r]


def play(servers, scenario, turns):
    """Play a conversation; returns the report message and the teacher's openness
    before the first turn and after each turn."""
    sender = f"test-{uuid.uuid4().hex}"
    start = servers.say(sender, f'/start{{"scenario":"{scenario}"}}')
    assert len(texts(start)) == 1, start  # the teacher's opening line
    start_state = ScenarioLibrary.load().get(scenario)
    [teacher] = customs(start, "teacher")
    assert teacher["openness"] == start_state.start_openness
    openness = [teacher["openness"]]
    for turn in turns:
        replies = servers.say(sender, turn)
        assert len(texts(replies)) == 1, (turn, replies)
        [coach] = customs(replies, "coach")
        assert coach["acts"] == A.canonical(coach["acts"]), coach  # known acts, canonical order
        if coach["acts"]:
            # The coach first names what the leader did: "Je stelde een open vraag …"
            assert coach["text"].startswith(did(coach["acts"])), (turn, coach)
        else:
            assert coach["text"].startswith("Geen vraag of reactie op het initiatief."), (turn, coach)
        [teacher] = customs(replies, "teacher")
        assert 0.0 <= teacher["openness"] <= 1.0
        openness.append(teacher["openness"])
    end = servers.say(sender, "/stop")
    return customs(end, "report")[0], openness


@pytest.mark.parametrize("scenario", ["babette", "rooster", "overleg"])
def test_good_leader_ends_better_than_poor_leader(servers, scenario):
    good, good_openness = play(servers, scenario, GOOD)
    poor, poor_openness = play(servers, scenario, POOR)
    # Every good move opens the teacher up (or keeps her fully open); every poor one closes her.
    assert all(after >= before for before, after in pairwise(good_openness)), good_openness
    assert all(after <= before for before, after in pairwise(poor_openness)), poor_openness
    assert good_openness[-1] > good_openness[0] and poor_openness[-1] < poor_openness[0]
    g, p = good["report"], poor["report"]
    assert g["openness"] == {"start": good_openness[0], "end": good_openness[-1]}
    assert g["turns"] == len(GOOD) and p["turns"] == len(POOR)
    assert g["score"] > p["score"] + 20
    assert g["teacher_stimulated"] is True and p["teacher_stimulated"] is False
    assert g["insights_surfaced"] > p["insights_surfaced"]
    assert g["acts"]["open_question"] > p["acts"]["open_question"]
    assert p["acts"]["closed_question"] >= 4 and p["acts"]["rule_first"] >= 1
    assert "leerlingen" in good["text"]


def test_coach_names_a_closed_question_and_rewrites_it(servers):
    sender = f"test-{uuid.uuid4().hex}"
    servers.say(sender, '/start{"scenario":"babette"}')
    replies = servers.say(sender, "Heb je de ouders ingelicht?")
    coach = customs(replies, "coach")[0]
    assert coach["acts"] == ["closed_question"]
    assert "gesloten vraag" in coach["text"] and "Hoe heb je de ouders ingelicht?" in coach["text"]


@pytest.mark.parametrize("message, special", [
    ("", "empty"), ("   ", "empty"), ("🙂🙂🙂", "symbols"),
    ("<img src=x onerror=alert(1)>", "off_topic"), ("<script>alert('x')</script>", None),
    ("How are the students doing with the computers?", "english"), ("x" * 10_000, "too_long"),
    ("Hoe gaat het? " * 700, "too_long"), ("Wat merken de leerlingen ervan? " * 1000, "too_long"),
], ids=["empty", "spaces", "emoji", "img", "script", "english", "one-long-word", "long", "over-the-limit"])
def test_every_odd_input_gets_an_answer_and_is_recorded(servers, message, special):
    sender = f"test-{uuid.uuid4().hex}"
    servers.say(sender, '/start{"scenario":"babette"}')
    replies = servers.say(sender, message)
    [answer] = texts(replies)  # the teacher answers in character, never echoing the input
    assert "<" not in answer and "x" * 50 not in answer
    [coach] = customs(replies, "coach")
    if special:
        assert coach["text"].startswith(SPECIAL_COACH[special]), coach
    else:
        assert not any(coach["text"].startswith(note) for note in SPECIAL_COACH.values()), coach
    report = customs(servers.say(sender, "/stop"), "report")[0]["report"]
    assert report["turns"] == 1


def test_unknown_scenario_gets_the_list_in_dutch(servers):
    replies = servers.say(f"test-{uuid.uuid4().hex}", '/start{"scenario":"onbekend"}')
    coach = customs(replies, "coach")[0]
    assert "ken ik niet" in coach["text"]
    for scenario in ("babette", "rooster", "overleg"):
        assert scenario in coach["text"]


def test_stop_before_any_turn_and_turns_after_stop(servers):
    sender = f"test-{uuid.uuid4().hex}"
    servers.say(sender, '/start{"scenario":"overleg"}')
    report = customs(servers.say(sender, "/stop"), "report")[0]
    assert report["report"]["turns"] == 0 and "/start" in report["text"]
    after = servers.say(sender, "Hoe gaat het met het overleg?")
    assert "afgerond" in customs(after, "coach")[0]["text"]
    again = customs(servers.say(sender, "/stop"), "report")[0]
    assert again["report"]["turns"] == 0


def test_hint_and_restart(servers):
    sender = f"test-{uuid.uuid4().hex}"
    servers.say(sender, '/start{"scenario":"babette"}')
    [tip] = customs(servers.say(sender, "/hint"), "coach")
    babette = ScenarioLibrary.load().get("babette")
    start = TeacherState(babette.start_openness, babette.start_motivation)
    # Before any turn, the tip is to open with an open question.
    assert tip == {"role": "coach", "acts": [], "kind": "hint", "text": hint(babette, start, [], [])}
    assert tip["text"].startswith("Begin met een open vraag")
    servers.say(sender, "Hoe gaat het met de computers?")
    servers.say(sender, "/restart")
    # After a restart the conversation is gone: a new turn starts a fresh session.
    replies = servers.say(sender, "Vertel eens over je project.")
    assert customs(replies, "coach")[0]["kind"] == "auto_start"
    opening, answer = texts(replies)  # a new session: the opening line, then the answer
    assert opening in ScenarioLibrary.load().get("babette").opening
    report = customs(servers.say(sender, "/stop"), "report")[0]["report"]
    assert report["turns"] == 1
