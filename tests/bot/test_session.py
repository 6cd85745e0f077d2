"""bot/session.py: a practice session (a SessionState) from start to debrief."""

from __future__ import annotations

import copy
import json

import pytest

from bot import acts as A
from bot import session as S
from bot.analysis.combine import analyse_turn
from bot.persona.dynamics import TeacherState

SHIPPED = ("babette", "overleg", "rooster")

GOOD_LEADER = [
    "Hoi! Vertel eens, hoe gaat het met je initiatief?",
    "Wat goed dat je dit oppakt! Hoe ging het in het begin?",
    "Wat betekent dit voor leerlingen?",
    "Als ik je goed begrijp, vond je het best lastig.",
    "Wat heb je van mij nodig?",
    "Wat merken de kinderen ervan?",
    "Knap opgelost. Hoe zou je verder willen?",
    "Ik sta achter je. Waar gaat het je uiteindelijk om?",
]

POOR_LEADER = [
    "Heb je wel toestemming gevraagd?",
    "Het rooster laat dat niet toe.",
    "Ik vind dat je het bij één groep moet houden.",
    "Dat had je beter moeten plannen.",
    "Ik wil dat jullie volgende maand een plan inleveren.",
    "Is het al klaar?",
    "Heb je de ouders ingelicht?",
    "Je moet eerst met de directie overleggen.",
]

REPORT_KEYS = {"score", "turns", "acts", "teacher_stimulated", "insights_surfaced", "insights_total"}


def coach_messages(messages):
    return [m["custom"] for m in messages if m.get("custom", {}).get("role") == "coach"]


def teacher_texts(messages):
    return [m["text"] for m in messages if "text" in m]


def teacher_states(messages):
    return [m["custom"] for m in messages if m.get("custom", {}).get("role") == "teacher"]


def report_of(messages):
    reports = [m["custom"] for m in messages if m.get("custom", {}).get("role") == "report"]
    assert len(reports) == 1
    return reports[0]


def assert_json(outcome):
    if outcome.session is not None:
        json.dumps(outcome.session.to_json())
    json.dumps(outcome.messages)


def play(library, scenario_id, turns, mode=None):
    outcome = S.start(library, scenario_id, mode)
    assert_json(outcome)
    session = outcome.session
    for text in turns:
        outcome = S.turn(library, session, text, analyse_turn(text))
        assert_json(outcome)
        session = outcome.session
    return session


# --- start -------------------------------------------------------------------------

def test_start_babette_returns_session_and_messages(library):
    outcome = S.start(library, "babette")
    session = outcome.session
    assert session.scenario == "babette"
    assert session.status == "active"
    assert session.mode == "live"
    assert session.turns == [] and session.insights == []
    scenario = library.get("babette")
    assert session.teacher == TeacherState(scenario.start_openness, scenario.start_motivation)

    intro, opening, state = outcome.messages
    assert intro["custom"]["role"] == "coach"
    assert intro["custom"]["kind"] == "intro"
    assert "Babette" in intro["custom"]["text"] and "/hint" in intro["custom"]["text"]
    assert opening["text"] in library.get("babette").opening
    assert state["custom"]["role"] == "teacher"
    assert state["custom"]["openness"] == scenario.start_openness
    assert state["custom"]["name"] == "Babette"
    assert_json(outcome)


def test_start_without_id_starts_babette(library):
    assert S.start(library, None).session.scenario == "babette"


def test_start_is_case_and_space_insensitive(library):
    assert S.start(library, "  Rooster ").session.scenario == "rooster"


def test_two_sessions_get_different_ids(library):
    assert S.start(library, "babette").session.id != S.start(library, "babette").session.id


def test_unknown_scenario_gives_no_session_and_a_dutch_list(library):
    outcome = S.start(library, "onbekend")
    assert outcome.session is None
    [message] = outcome.messages
    coach = message["custom"]
    assert coach["role"] == "coach"
    assert coach["kind"] == "unknown_scenario"
    assert "ken ik niet" in coach["text"]
    for scenario_id in SHIPPED:
        assert scenario_id in coach["text"]
    assert [s["id"] for s in coach["scenarios"]] == list(SHIPPED)
    assert_json(outcome)


def test_unknown_mode_falls_back_to_live_with_a_note(library):
    outcome = S.start(library, "babette", "luid")
    assert outcome.session.mode == "live"
    assert "'luid' bestaat niet" in outcome.messages[0]["custom"]["text"]


# --- turns -------------------------------------------------------------------------

def test_turn_records_the_turn_and_answers(library):
    session = S.start(library, "babette").session
    text = "Hoe ging het in het begin?"
    outcome = S.turn(library, session, text, analyse_turn(text))
    new = outcome.session
    [record] = new.turns
    assert record.n == 1 and record.text == text
    assert record.acts == ["open_question"]
    assert record.openness > session.teacher.openness
    assert new.teacher.openness == record.openness

    [teacher_text] = teacher_texts(outcome.messages)
    assert teacher_text == record.reply
    [coach] = coach_messages(outcome.messages)
    assert coach["role"] == "coach"
    assert coach["acts"] == ["open_question"]
    assert coach["text"].startswith("Je stelde een open vraag")
    [state] = teacher_states(outcome.messages)
    assert state["openness"] == new.teacher.openness
    assert_json(outcome)


def test_turn_does_not_change_the_session_it_was_given(library):
    session = S.start(library, "babette").session
    before = copy.deepcopy(session)
    S.turn(library, session, "Hoe ging het?", analyse_turn("Hoe ging het?"))
    assert session == before


def test_closed_question_turn_keeps_a_better_move(library):
    session = S.start(library, "babette").session
    text = "Heb je de ouders ingelicht?"
    record = S.turn(library, session, text, analyse_turn(text)).session.turns[0]
    assert record.acts == ["closed_question"]
    assert record.better == "Hoe heb je de ouders ingelicht?"


def test_quiet_mode_sends_no_coach_message_on_turns(library):
    session = S.start(library, "babette", "quiet").session
    assert session.mode == "quiet"
    for text in ("Hoe ging het?", "Dat had je beter moeten plannen."):
        outcome = S.turn(library, session, text, analyse_turn(text))
        session = outcome.session
        assert coach_messages(outcome.messages) == []
        assert len(teacher_texts(outcome.messages)) == 1
        assert len(teacher_states(outcome.messages)) == 1
    # the note is still kept for the debrief
    assert all(t.coach for t in session.turns)


def test_turn_without_session_auto_starts_babette(library):
    text = "Hoe ging het?"
    outcome = S.turn(library, None, text, analyse_turn(text))
    assert outcome.session.scenario == "babette"
    assert len(outcome.session.turns) == 1
    coaches = coach_messages(outcome.messages)
    assert coaches[0]["kind"] == "auto_start"
    assert "Babette" in coaches[0]["text"]
    texts = teacher_texts(outcome.messages)
    assert texts[0] in library.get("babette").opening  # the opening line, then the reply
    assert len(texts) == 2
    assert_json(outcome)


@pytest.mark.parametrize("text", ["", "How is it going with the project?", "Hoe ging het? " * 100])
def test_special_turns_are_recorded_too(library, text):
    session = S.start(library, "babette").session
    outcome = S.turn(library, session, text, analyse_turn(text))
    assert len(outcome.session.turns) == 1
    assert outcome.session.turns[0].text == text
    assert coach_messages(outcome.messages)
    assert_json(outcome)


def test_empty_turn_gets_the_empty_coach_note(library):
    session = S.start(library, "babette").session
    outcome = S.turn(library, session, "", analyse_turn(""))
    [coach] = coach_messages(outcome.messages)
    assert coach["text"] == S.SPECIAL_COACH["empty"]
    assert outcome.session.turns[0].reply_kind == "empty"


def test_turns_after_stop_are_recorded_with_after_stop(library):
    session = play(library, "babette", ["Hoe ging het?"])
    session = S.stop(library, session).session
    text = "En hoe gaat het nu?"
    outcome = S.turn(library, session, text, analyse_turn(text))
    record = outcome.session.turns[-1]
    assert record.after_stop is True and record.text == text
    assert len(outcome.session.turns) == 2
    [coach] = coach_messages(outcome.messages)
    assert coach["kind"] == "after_stop"
    assert "afgerond" in coach["text"]
    assert teacher_texts(outcome.messages) == []  # the teacher is gone
    assert_json(outcome)


def test_report_does_not_count_turns_after_stop(library):
    session = play(library, "babette", ["Hoe ging het?"])
    session = S.stop(library, session).session
    session = S.turn(library, session, "Hoe gaat het nu?", analyse_turn("Hoe gaat het nu?")).session
    assert S.stop(library, session).session.report["turns"] == 1


def test_no_teacher_line_repeats_in_a_session(library):
    session = play(library, "babette", GOOD_LEADER + POOR_LEADER + GOOD_LEADER)
    replies = [t.reply for t in session.turns]
    assert len(set(replies)) == len(replies)


# --- stop and the report -----------------------------------------------------------

def test_stop_before_any_turn_gives_report_with_zero_turns(library):
    session = S.start(library, "babette").session
    outcome = S.stop(library, session)
    report = outcome.session.report
    assert report["turns"] == 0
    assert report["score"] == 0
    assert outcome.session.status == "stopped"
    assert teacher_texts(outcome.messages) == []  # no closing line without a conversation
    assert "gestopt" in report_of(outcome.messages)["text"]
    assert_json(outcome)


def test_report_has_the_contract_keys(library):
    session = play(library, "babette", ["Hoe ging het?", "Heb je de ouders ingelicht?"])
    outcome = S.stop(library, session)
    report = report_of(outcome.messages)["report"]
    assert set(report) >= REPORT_KEYS
    assert isinstance(report["score"], int) and 0 <= report["score"] <= 100
    assert report["turns"] == 2
    assert set(report["acts"]) == set(A.ACTS)
    assert report["acts"]["open_question"] == 1 and report["acts"]["closed_question"] == 1
    assert isinstance(report["teacher_stimulated"], bool)
    assert report["insights_total"] == len(library.get("babette").insights)
    assert 0 <= report["insights_surfaced"] <= report["insights_total"]
    assert outcome.session.report == report
    assert_json(outcome)


def test_stop_with_turns_gives_a_closing_line(library):
    session = play(library, "babette", ["Hoe ging het?"])
    outcome = S.stop(library, session)
    [closing] = teacher_texts(outcome.messages)
    scenario = library.get("babette")
    assert closing in scenario.closing["encouraged"] + scenario.closing["discouraged"]


def test_stop_twice_keeps_the_report(library):
    session = play(library, "babette", ["Hoe ging het?"])
    first = S.stop(library, session).session
    second = S.stop(library, first)
    assert second.session.report["turns"] == first.report["turns"]
    assert teacher_texts(second.messages) == []


def test_stop_without_session_explains(library):
    outcome = S.stop(library, None)
    assert outcome.session is None
    assert coach_messages(outcome.messages)[0]["kind"] == "no_session"


# --- hints -------------------------------------------------------------------------

def test_hint_returns_a_coach_message(library):
    session = S.start(library, "babette").session
    outcome = S.hint(library, session)
    [coach] = coach_messages(outcome.messages)
    assert coach["kind"] == "hint"
    assert "open vraag" in coach["text"]
    assert outcome.session.hints == 1
    assert session.hints == 0
    assert_json(outcome)


def test_hint_after_open_questions_asks_the_key_question(library):
    session = play(library, "babette", ["Hoe ging het?"])
    [coach] = coach_messages(S.hint(library, session).messages)
    assert "Wat betekent dit voor leerlingen?" in coach["text"]


def test_hint_without_session_lists_scenarios(library):
    outcome = S.hint(library, None)
    assert outcome.session is None
    assert "babette" in coach_messages(outcome.messages)[0]["text"]


def test_hint_after_stop_says_the_session_is_over(library):
    session = S.stop(library, S.start(library, "babette").session).session
    outcome = S.hint(library, session)
    assert "afgerond" in coach_messages(outcome.messages)[0]["text"]


# --- a good leader and a poor leader ------------------------------------------------

@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_good_leader_beats_poor_leader(library, scenario_id):
    good = S.stop(library, play(library, scenario_id, GOOD_LEADER)).session.report
    poor = S.stop(library, play(library, scenario_id, POOR_LEADER)).session.report

    assert good["turns"] == poor["turns"] == len(GOOD_LEADER)
    assert good["score"] > poor["score"]
    assert good["teacher_stimulated"] is True
    assert poor["teacher_stimulated"] is False
    assert good["insights_surfaced"] > poor["insights_surfaced"]
    assert good["first_student_focus_turn"] is not None
    assert poor["first_student_focus_turn"] is None
    assert good["motivation"]["end"] > poor["motivation"]["end"]


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_poor_leader_gets_redo_moments_and_good_leader_none(library, scenario_id):
    good = S.stop(library, play(library, scenario_id, GOOD_LEADER)).session.report
    poor = S.stop(library, play(library, scenario_id, POOR_LEADER)).session.report
    assert good["redo"] == []
    assert 1 <= len(poor["redo"]) <= 3
    for moment in poor["redo"]:
        assert moment["text"] in POOR_LEADER
        assert moment["better"]
