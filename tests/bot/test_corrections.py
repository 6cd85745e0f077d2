"""bot/corrections.py: the leader's correction of the coach's reading of a turn, the
debrief that counts it, the consent flag and the NLU YAML export (on the ``moestuin``
test scenario, with the analysis given per turn so the acts are known)."""

from __future__ import annotations

import yaml

from bot import acts as A
from bot import corrections as C
from bot import session as S
from bot.analysis.combine import TurnAnalysis

CLOSED_TEXT = "Is de moestuin al klaar?"
OPEN_TEXT = "Hoe gaat het met de moestuin?"


def analysis(text, acts):
    return TurnAnalysis(text=text, acts=list(acts), sentences=[])


def played(scenarios, turns=((CLOSED_TEXT, [A.CLOSED_QUESTION]), (OPEN_TEXT, [A.OPEN_QUESTION])), stop=False):
    session = S.start(scenarios, "moestuin").session
    for text, acts in turns:
        session = S.turn(scenarios, session, text, analysis(text, acts)).session
    return S.stop(scenarios, session).session if stop else session


def only_coach(outcome):
    (message,) = outcome.messages
    assert message["custom"]["role"] == "coach"
    return message["custom"]


# --- the rules ----------------------------------------------------------------------

def test_a_correction_keeps_the_original_acts_and_records_the_leaders_reading(scenarios):
    session = played(scenarios)
    outcome = C.correct(session, 1, [A.OPEN_QUESTION])
    record = outcome.session.turns[0]
    assert record.acts == [A.CLOSED_QUESTION]
    assert record.corrected_acts == [A.OPEN_QUESTION] and record.corrected_at
    assert record.reading == [A.OPEN_QUESTION]
    # The state it was given is left alone.
    assert session.turns[0].corrected_acts is None


def test_the_reply_thanks_and_says_the_debrief_uses_the_correction(scenarios):
    coach = only_coach(C.correct(played(scenarios), "1", [A.OPEN_QUESTION, A.COMPLIMENT]))
    assert coach["kind"] == "corrected"
    assert coach["turn"] == 1
    assert coach["acts"] == [A.OPEN_QUESTION, A.COMPLIMENT]
    assert coach["original"] == [A.CLOSED_QUESTION]
    assert coach["text"].startswith("Dank je!")
    assert "open vraag en compliment" in coach["text"]
    assert "nabespreking gebruikt jouw lezing" in coach["text"]


def test_the_teachers_state_is_not_rerun(scenarios):
    session = played(scenarios)
    corrected = C.correct(session, 1, [A.OPEN_QUESTION]).session
    assert corrected.teacher == session.teacher
    assert corrected.insights == session.insights
    assert [(t.openness, t.motivation, t.delta, t.reply) for t in corrected.turns] == \
        [(t.openness, t.motivation, t.delta, t.reply) for t in session.turns]


def test_an_empty_list_means_no_act(scenarios):
    outcome = C.correct(played(scenarios), 2, [])
    assert outcome.session.turns[1].corrected_acts == []
    assert outcome.session.turns[1].reading == []
    assert "geen van de soorten beurten" in only_coach(outcome)["text"]


def test_acts_are_stored_once_in_canonical_order(scenarios):
    outcome = C.correct(played(scenarios), 1, [A.STUDENT_FOCUS, A.OPEN_QUESTION, A.STUDENT_FOCUS])
    assert outcome.session.turns[0].corrected_acts == [A.OPEN_QUESTION, A.STUDENT_FOCUS]


def test_correcting_again_replaces_and_the_original_reading_withdraws(scenarios):
    session = C.correct(played(scenarios), 1, [A.OPEN_QUESTION]).session
    session = C.correct(session, 1, [A.REFLECTION]).session
    assert session.turns[0].corrected_acts == [A.REFLECTION]
    outcome = C.correct(session, 1, [A.CLOSED_QUESTION])
    assert not outcome.session.turns[0].corrected
    assert "telt weer zoals ik hem las" in only_coach(outcome)["text"]


def test_agreeing_with_the_coach_changes_nothing(scenarios):
    outcome = C.correct(played(scenarios), 2, [A.OPEN_QUESTION])
    assert not outcome.session.turns[1].corrected
    assert "Er verandert niets" in only_coach(outcome)["text"]


def assert_error(outcome, session, *phrases):
    coach = only_coach(outcome)
    assert coach["kind"] == "correct_error"
    assert outcome.session is session  # unchanged: nothing to store
    for phrase in phrases:
        assert phrase in coach["text"]


def test_a_turn_that_is_not_in_the_session_gets_a_dutch_error(scenarios):
    session = played(scenarios)
    assert_error(C.correct(session, 7, [A.OPEN_QUESTION]), session, "Beurt 7 is geen beurt van dit gesprek",
                 "beurt 1 tot en met 2")
    assert_error(C.correct(session, 0, []), session, "Beurt 0")


def test_a_turn_number_that_is_not_a_number_gets_a_dutch_error(scenarios):
    session = played(scenarios)
    for value in (None, "twee", True, 1.5, [1]):
        assert_error(C.correct(session, value, []), session, "Zeg welke beurt je bedoelt", C.EXAMPLE)


def test_an_unknown_act_gets_a_dutch_error_listing_the_acts(scenarios):
    session = played(scenarios)
    outcome = C.correct(session, 1, [A.OPEN_QUESTION, "vraag", 3])
    assert_error(outcome, session, "'vraag'", "'3'", "niet als soort beurt", "open vraag (open_question)",
                 '"acts":[]')


def test_no_turn_yet_and_no_session_get_their_own_message(scenarios):
    fresh = S.start(scenarios, "moestuin").session
    assert_error(C.correct(fresh, 1, []), fresh, "nog geen beurt genomen")
    assert_error(C.correct(None, 1, []), None, "Er loopt geen gesprek")


def test_a_stopped_session_is_not_corrected_any_more(scenarios):
    stopped = played(scenarios, stop=True)
    assert_error(C.correct(stopped, 1, [A.OPEN_QUESTION]), stopped, "al nabesproken")


# --- the debrief ----------------------------------------------------------------------

def test_the_debrief_counts_the_corrected_acts_and_says_so(scenarios):
    session = C.correct(played(scenarios), 1, [A.OPEN_QUESTION, A.STUDENT_FOCUS]).session
    message = S.stop(scenarios, session).messages[-1]["custom"]
    report = message["report"]
    assert report["open_questions"] == 2 and report["closed_questions"] == 0
    assert report["acts"][A.STUDENT_FOCUS] == 1
    assert report["first_student_focus_turn"] == 1
    assert report["timeline"][0]["acts"] == [A.OPEN_QUESTION, A.STUDENT_FOCUS]
    assert report["corrections"] == [{"turn": 1, "acts": [A.OPEN_QUESTION, A.STUDENT_FOCUS],
                                      "original": [A.CLOSED_QUESTION]}]
    assert "Bij beurt 1 gaf je aan dat je dit bedoelde: open vraag en leerlingen centraal " \
           "(de coach las: gesloten vraag)." in message["text"]
    assert "telt jouw lezing" in message["text"]


def test_a_debrief_without_corrections_says_nothing_about_them(scenarios):
    message = S.stop(scenarios, played(scenarios)).messages[-1]["custom"]
    assert message["report"]["corrections"] == []
    assert "gaf je aan" not in message["text"]


def test_a_turn_corrected_away_from_a_nudged_act_is_no_moment_to_redo(scenarios):
    session = played(scenarios)
    before = S.stop(scenarios, session).session.report
    assert [m["turn"] for m in before["redo"]] == [1]
    after = S.stop(scenarios, C.correct(session, 1, [A.OPEN_QUESTION]).session).session.report
    assert after["redo"] == []


# --- consent --------------------------------------------------------------------------

def test_consent_is_true_only_for_a_clear_yes():
    assert all(C.consent(value) for value in (True, "true", "True", "ja", "1"))
    assert not any(C.consent(value) for value in (None, False, "false", "nee", "", 1, "0"))


def test_share_turns_returns_a_new_session_only_when_it_changes(scenarios):
    session = played(scenarios)
    assert C.share_turns(session, False) is session
    shared = C.share_turns(session, True)
    assert shared is not session and shared.share_turns and not session.share_turns
    assert C.share_turns(None, True) is None


# --- the export -------------------------------------------------------------------------

def exported(corrections):
    text = C.nlu_yaml(corrections)
    data = yaml.safe_load(text)
    intents = {block["intent"]: [line[2:] for line in block["examples"].splitlines()] for block in data["nlu"]}
    return text, data, intents


def test_the_export_is_rasa_nlu_yaml_with_the_projects_intent_names():
    text, data, intents = exported([
        ("Is de moestuin al klaar?", [A.OPEN_QUESTION], [A.CLOSED_QUESTION]),
        ("Wat betekent dit voor de kinderen?", [A.STUDENT_FOCUS, A.OPEN_QUESTION], [A.OPEN_QUESTION]),
        ("Mooi.", [], [A.COMPLIMENT]),
    ])
    assert data["version"] == "3.1"
    assert intents == {
        "open_question": ["Is de moestuin al klaar?"],
        "open_question+student_focus": ["Wat betekent dit voor de kinderen?"],
        "no_act": ["Mooi."],
    }
    assert all(A.intent_to_acts(name) or name == A.NO_ACT_INTENT for name in intents)


def test_the_export_says_a_person_must_review_it_and_how_the_coach_read_it():
    text, _, _ = exported([("Is het klaar?", [A.OPEN_QUESTION], [A.CLOSED_QUESTION])])
    header = text.split('version: "3.1"')[0]
    assert all(line.startswith("#") or not line for line in header.splitlines())
    assert "REVIEW EVERY EXAMPLE BY HAND" in header
    assert "Nothing here is trained automatically" in header
    assert "# the coach read these as: closed_question (1)" in text


def test_the_export_keeps_each_text_on_one_line_and_leaves_out_empty_ones():
    _, _, intents = exported([
        ("Eerste regel\ntweede\tregel\x00 #geen: commentaar", [A.OPEN_QUESTION], []),
        ("Eerste regel\ntweede\tregel\x00 #geen: commentaar", [A.OPEN_QUESTION], []),
        ("   ", [A.OPEN_QUESTION], []),
        ("- [leerlingen](entity) 'quotes' \"en\" {haken}", [A.STUDENT_FOCUS], []),
    ])
    assert intents["open_question"] == ["Eerste regel tweede regel #geen: commentaar"]
    assert intents["student_focus"] == ["- [leerlingen](entity) 'quotes' \"en\" {haken}"]


def test_an_export_without_corrections_is_still_valid_yaml():
    _, data, intents = exported([])
    assert data == {"version": "3.1", "nlu": []} and intents == {}
