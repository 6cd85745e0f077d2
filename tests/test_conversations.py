"""Whole conversations against the real Rasa server and action server (started by the
tests, as `make run` starts them), over the REST channel."""

from __future__ import annotations

import uuid

import pytest

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
    sender = f"test-{uuid.uuid4().hex}"
    start = servers.say(sender, f'/start{{"scenario":"{scenario}"}}')
    assert texts(start), start
    for turn in turns:
        replies = servers.say(sender, turn)
        assert texts(replies), (turn, replies)
        coach = customs(replies, "coach")
        assert coach and coach[0]["text"] and isinstance(coach[0]["acts"], list)
        assert customs(replies, "teacher")[0]["openness"] >= 0
    end = servers.say(sender, "/stop")
    return customs(end, "report")[0]


@pytest.mark.parametrize("scenario", ["babette", "rooster", "overleg"])
def test_good_leader_ends_better_than_poor_leader(servers, scenario):
    good = play(servers, scenario, GOOD)
    poor = play(servers, scenario, POOR)
    g, p = good["report"], poor["report"]
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


@pytest.mark.parametrize("message", [
    "", "   ", "🙂🙂🙂", "<img src=x onerror=alert(1)>", "<script>alert('x')</script>",
    "How are the students doing with the computers?", "x" * 10_000,
    "Hoe gaat het? " * 700, "Wat merken de leerlingen ervan? " * 1000,
])
def test_every_odd_input_gets_an_answer_and_is_recorded(servers, message):
    sender = f"test-{uuid.uuid4().hex}"
    servers.say(sender, '/start{"scenario":"babette"}')
    replies = servers.say(sender, message)
    assert texts(replies), replies  # the teacher answers in character
    assert customs(replies, "coach")
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
    hint = customs(servers.say(sender, "/hint"), "coach")[0]
    assert hint["text"]
    servers.say(sender, "Hoe gaat het met de computers?")
    servers.say(sender, "/restart")
    # After a restart the conversation is gone: a new turn starts a fresh session.
    replies = servers.say(sender, "Vertel eens over je project.")
    assert texts(replies)
    report = customs(servers.say(sender, "/stop"), "report")[0]["report"]
    assert report["turns"] == 1
