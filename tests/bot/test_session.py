"""bot/session.py: a practice session (a SessionState) from start to debrief.

Most tests play the ``moestuin`` test scenario (``scenarios`` fixture); the default
scenario and the good-versus-poor leader run on the shipped scenarios (``library``)."""

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

def test_start_returns_session_and_messages(scenarios, garden):
    outcome = S.start(scenarios, "moestuin")
    session = outcome.session
    assert session.scenario == "moestuin"
    assert session.teacher_name == "Sanne"
    assert session.status == "active"
    assert session.mode == "live"
    assert session.turns == [] and session.insights == []
    assert session.teacher == session.start == TeacherState(0.45, 0.7)

    intro, opening, state = outcome.messages
    assert intro["custom"]["role"] == "coach"
    assert intro["custom"]["kind"] == "intro"
    assert intro["custom"]["text"].startswith(
        "Je oefent met Sanne (leerkracht groep 6, basisschool De Kastanje). "
        "Sanne geeft twee keer per week rekenles in de moestuin achter de school. Netwerk: Buiten Leren. "
        "Ik geef na elke beurt kort feedback.")
    assert "/hint" in intro["custom"]["text"] and "/stop" in intro["custom"]["text"]
    assert intro["custom"]["scenario"] == garden.describe()
    assert opening["text"] in garden.opening
    assert session.opening == opening["text"]
    assert state["custom"] == {"role": "teacher", "openness": 0.45, "motivation": 0.7, "name": "Sanne"}
    assert_json(outcome)


def test_quiet_mode_says_so_in_the_intro(scenarios):
    intro = S.start(scenarios, "moestuin", "quiet").messages[0]["custom"]
    assert intro["mode"] == "quiet"
    assert "Ik zeg niets tot de nabespreking (modus 'quiet')." in intro["text"]
    assert "Ik geef na elke beurt kort feedback." not in intro["text"]


def test_start_without_id_starts_babette(library):
    assert S.DEFAULT_SCENARIO == "babette"
    assert S.start(library, None).session.scenario == "babette"


def test_start_is_case_and_space_insensitive(scenarios):
    assert S.start(scenarios, "  Moestuin ").session.scenario == "moestuin"


def test_two_sessions_get_different_ids(scenarios):
    assert S.start(scenarios, "moestuin").session.id != S.start(scenarios, "moestuin").session.id


def test_unknown_scenario_gives_no_session_and_a_dutch_list(scenarios):
    outcome = S.start(scenarios, "onbekend")
    assert outcome.session is None
    [message] = outcome.messages
    coach = message["custom"]
    assert coach["role"] == "coach"
    assert coach["kind"] == "unknown_scenario"
    assert coach["text"].startswith("Het scenario 'onbekend' ken ik niet. Je kunt oefenen met deze scenario's:")
    for scenario in scenarios.all():
        assert f"- {scenario.id}: {scenario.summary}" in coach["text"]
    assert 'Start er een met /start{"scenario":"leesclub"}.' in coach["text"]
    assert coach["scenarios"] == [s.describe() for s in scenarios.all()]
    assert_json(outcome)


def test_unknown_mode_falls_back_to_live_with_a_note(scenarios):
    outcome = S.start(scenarios, "moestuin", "luid")
    assert outcome.session.mode == "live"
    assert "'luid' bestaat niet" in outcome.messages[0]["custom"]["text"]


# --- turns -------------------------------------------------------------------------

def test_turn_records_the_turn_and_answers(scenarios, garden):
    session = S.start(scenarios, "moestuin").session
    text = "Hoe ging het in het begin?"
    outcome = S.turn(scenarios, session, text, analyse_turn(text))
    new = outcome.session
    [record] = new.turns
    assert record.n == 1 and record.text == text
    assert record.acts == ["open_question"]
    assert record.openness == 0.51 and record.motivation == 0.72  # 0.45 + 0.06, 0.7 + 0.02
    assert record.delta == (0.06, 0.02)
    assert new.teacher == TeacherState(0.51, 0.72)
    # "begin" touches the first insight, and Sanne is open enough (0.3) to tell it.
    assert record.reply_kind == "insight" and record.insight == "eerste_oogst"
    assert record.reply in garden.insight("eerste_oogst").lines
    assert new.insights == ["eerste_oogst"]

    [teacher_text] = teacher_texts(outcome.messages)
    assert teacher_text == record.reply
    [coach] = coach_messages(outcome.messages)
    assert coach["role"] == "coach"
    assert coach["acts"] == ["open_question"]
    assert coach["turn"] == 1
    assert coach["text"].startswith("Je stelde een open vraag")
    assert coach["text"] == record.coach
    [state] = teacher_states(outcome.messages)
    assert state["openness"] == new.teacher.openness
    assert_json(outcome)


def test_turn_does_not_change_the_session_it_was_given(scenarios):
    session = S.start(scenarios, "moestuin").session
    before = copy.deepcopy(session)
    S.turn(scenarios, session, "Hoe ging het?", analyse_turn("Hoe ging het?"))
    assert session == before


def test_closed_question_turn_keeps_a_better_move(scenarios):
    session = S.start(scenarios, "moestuin").session
    text = "Heb je de ouders ingelicht?"
    record = S.turn(scenarios, session, text, analyse_turn(text)).session.turns[0]
    assert record.acts == ["closed_question"]
    assert record.better == "Hoe heb je de ouders ingelicht?"


def test_closed_question_about_a_known_fact_gets_the_fact(scenarios):
    session = S.start(scenarios, "moestuin").session
    text = "Hoeveel bakken heb je?"
    outcome = S.turn(scenarios, session, text, analyse_turn(text))
    assert teacher_texts(outcome.messages) == ["Zes bakken, achter het gymlokaal."]
    assert outcome.session.turns[0].reply_kind == "fact"


def test_quiet_mode_sends_no_coach_message_on_turns(scenarios):
    session = S.start(scenarios, "moestuin", "quiet").session
    assert session.mode == "quiet"
    for text in ("Hoe ging het?", "Dat had je beter moeten plannen."):
        outcome = S.turn(scenarios, session, text, analyse_turn(text))
        session = outcome.session
        assert coach_messages(outcome.messages) == []
        assert len(teacher_texts(outcome.messages)) == 1
        assert len(teacher_states(outcome.messages)) == 1
    # the note is still kept for the debrief
    assert session.turns[0].coach.startswith("Je stelde een open vraag.")
    assert session.turns[1].coach.startswith("Je gaf kritiek.")
    assert session.turns[1].better is not None and f"'{session.turns[1].better}'" in session.turns[1].coach


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


@pytest.mark.parametrize("text, kind", [
    ("", "empty"),
    ("How is it going with the project?", "english"),
    ("Hoe ging het? " * 100, "too_long"),
])
def test_special_turns_are_recorded_too(scenarios, garden, text, kind):
    session = S.start(scenarios, "moestuin").session
    outcome = S.turn(scenarios, session, text, analyse_turn(text))
    [record] = outcome.session.turns
    assert record.text == text
    assert record.reply_kind == kind
    assert record.reply in garden.lines_for(kind)
    [coach] = coach_messages(outcome.messages)
    assert coach["text"].startswith(S.SPECIAL_COACH[kind])
    assert_json(outcome)


def test_empty_turn_gets_the_empty_coach_note(scenarios):
    session = S.start(scenarios, "moestuin").session
    outcome = S.turn(scenarios, session, "", analyse_turn(""))
    [coach] = coach_messages(outcome.messages)
    assert coach["text"] == S.SPECIAL_COACH["empty"]
    assert outcome.session.turns[0].reply_kind == "empty"


def test_turn_of_only_emoji_gets_the_symbols_coach_note(scenarios):
    session = S.start(scenarios, "moestuin").session
    outcome = S.turn(scenarios, session, "👍👍", analyse_turn("👍👍"))
    [coach] = coach_messages(outcome.messages)
    assert coach["text"] == S.SPECIAL_COACH["symbols"]
    assert outcome.session.turns[0].reply_kind == "empty"


def test_turns_after_stop_are_recorded_with_after_stop(scenarios):
    session = play(scenarios, "moestuin", ["Hoe ging het?"])
    session = S.stop(scenarios, session).session
    text = "En hoe gaat het nu?"
    outcome = S.turn(scenarios, session, text, analyse_turn(text))
    record = outcome.session.turns[-1]
    assert record.after_stop is True and record.text == text
    assert record.reply is None and record.openness is None
    assert len(outcome.session.turns) == 2
    [coach] = coach_messages(outcome.messages)
    assert coach["kind"] == "after_stop"
    assert "afgerond" in coach["text"]
    assert teacher_texts(outcome.messages) == []  # the teacher is gone
    assert_json(outcome)


def test_report_does_not_count_turns_after_stop(scenarios):
    session = play(scenarios, "moestuin", ["Hoe ging het?"])
    session = S.stop(scenarios, session).session
    session = S.turn(scenarios, session, "Hoe gaat het nu?", analyse_turn("Hoe gaat het nu?")).session
    assert S.stop(scenarios, session).session.report["turns"] == 1


def test_no_teacher_line_repeats_in_a_session(scenarios):
    session = play(scenarios, "moestuin", GOOD_LEADER + POOR_LEADER + GOOD_LEADER)
    replies = [t.reply for t in session.turns]
    assert len(replies) == 24
    assert len(set(replies)) == len(replies)


# --- stop and the report -----------------------------------------------------------

def test_stop_before_any_turn_gives_report_with_zero_turns(scenarios):
    session = S.start(scenarios, "moestuin").session
    outcome = S.stop(scenarios, session)
    report = outcome.session.report
    assert report["turns"] == 0
    assert report["score"] == 0
    assert outcome.session.status == "stopped"
    assert outcome.session.stopped_at is not None and outcome.session.stopped_at >= outcome.session.started_at
    assert teacher_texts(outcome.messages) == []  # no closing line without a conversation
    assert "gestopt" in report_of(outcome.messages)["text"]
    assert_json(outcome)


def test_report_has_the_contract_keys(scenarios, garden):
    session = play(scenarios, "moestuin", ["Hoe ging het?", "Heb je de ouders ingelicht?"])
    outcome = S.stop(scenarios, session)
    report = report_of(outcome.messages)["report"]
    assert set(report) >= REPORT_KEYS
    assert isinstance(report["score"], int) and 0 <= report["score"] <= 100
    assert report["turns"] == 2
    assert set(report["acts"]) == set(A.ACTS)
    assert report["acts"]["open_question"] == 1 and report["acts"]["closed_question"] == 1
    # Motivation 0.7 -> 0.72: up, but not by the 0.03 that counts as encouraged.
    assert report["teacher_stimulated"] is False
    assert report["insights_total"] == len(garden.insights) == 4
    assert report["insights_surfaced"] == 1  # "Hoe ging het?" touches the first insight
    assert outcome.session.report == report
    assert_json(outcome)


def test_stop_with_turns_gives_a_closing_line(scenarios, garden):
    session = play(scenarios, "moestuin", ["Hoe ging het?"])
    outcome = S.stop(scenarios, session)
    [closing] = teacher_texts(outcome.messages)
    # One open question leaves Sanne not (yet) encouraged: the discouraged pool.
    assert closing in garden.closing["discouraged"]


def test_stop_after_a_good_conversation_gives_an_encouraged_closing_line(scenarios, garden):
    session = play(scenarios, "moestuin", GOOD_LEADER)
    outcome = S.stop(scenarios, session)
    assert outcome.session.report["teacher_stimulated"] is True
    [closing] = teacher_texts(outcome.messages)
    assert closing in garden.closing["encouraged"]


def test_stop_twice_keeps_the_report(scenarios):
    session = play(scenarios, "moestuin", ["Hoe ging het?"])
    first = S.stop(scenarios, session).session
    second = S.stop(scenarios, first)
    assert second.session.report == first.report
    assert second.session.stopped_at == first.stopped_at
    assert teacher_texts(second.messages) == []


def test_stop_without_session_explains(scenarios):
    outcome = S.stop(scenarios, None)
    assert outcome.session is None
    [coach] = coach_messages(outcome.messages)
    assert coach["kind"] == "no_session"
    assert coach["text"].startswith("Er loopt geen gesprek om te stoppen.")


# --- hints -------------------------------------------------------------------------

def test_hint_returns_a_coach_message(scenarios):
    session = S.start(scenarios, "moestuin").session
    outcome = S.hint(scenarios, session)
    [coach] = coach_messages(outcome.messages)
    assert coach["kind"] == "hint"
    assert coach["text"].startswith("Begin met een open vraag over het initiatief")
    assert outcome.session.hints == 1
    assert session.hints == 0
    assert_json(outcome)


def test_hint_after_open_questions_asks_the_key_question(scenarios):
    session = play(scenarios, "moestuin", ["Hoe ging het?"])
    [coach] = coach_messages(S.hint(scenarios, session).messages)
    assert coach["text"] == "Stel de kernvraag: 'Wat betekent dit voor leerlingen?'"


def test_hint_without_session_lists_scenarios(scenarios):
    outcome = S.hint(scenarios, None)
    assert outcome.session is None
    text = coach_messages(outcome.messages)[0]["text"]
    assert text.startswith("Er loopt nog geen gesprek. Je kunt oefenen met deze scenario's:")
    assert "- moestuin: " in text and "- leesclub: " in text


def test_hint_after_stop_says_the_session_is_over(scenarios):
    session = S.stop(scenarios, S.start(scenarios, "moestuin").session).session
    outcome = S.hint(scenarios, session)
    assert "afgerond" in coach_messages(outcome.messages)[0]["text"]
    assert outcome.session.hints == 0


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
    assert good["first_student_focus_turn"] == 3  # "Wat betekent dit voor leerlingen?"
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
        assert set(moment["acts"]) & A.NUDGED_ACTS
        # The better move is itself a good move: an open question, nothing nudged.
        better = analyse_turn(moment["better"]).acts
        assert A.OPEN_QUESTION in better and not set(better) & A.NUDGED_ACTS


def test_a_library_without_babette_starts_its_first_scenario(scenarios):
    outcome = S.turn(scenarios, None, "Hoe gaat het?", analyse_turn("Hoe gaat het?"))
    assert outcome.session.scenario == scenarios.ids()[0]
