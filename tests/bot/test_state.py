"""bot/state.py: a session's state, its JSON form, and the upgrade of older versions."""

from __future__ import annotations

import json

import pytest

from bot.errors import GesprekscoachError
from bot.persona.dynamics import TeacherState
from bot.state import (
    ACTIVE,
    STOPPED,
    VERSION,
    SessionFormatError,
    SessionState,
    TurnRecord,
    WorkshopMembership,
    upgrade,
)


def turn(n=1, **extra):
    values = {"n": n, "text": f"Beurt {n}?", "acts": ["open_question"], "at": "2026-11-25T08:00:00+00:00",
              "openness": 0.51, "motivation": 0.72, "delta": (0.06, 0.02), "reply": "Ja.",
              "reply_kind": "closed_question"}
    values.update(extra)
    return TurnRecord(**values)


def full_session() -> SessionState:
    """A session with every field set to something other than its default."""
    return SessionState(
        id="abc123", scenario="moestuin", teacher_name="Sanne", mode="quiet",
        started_at="2026-11-25T08:00:00+00:00",
        start=TeacherState(0.45, 0.7), teacher=TeacherState(0.51, 0.72), status=STOPPED,
        opening="Hoi!", used_lines=["a1b2c3d4e5"], insights=["eerste_oogst"],
        turns=[turn(1, insight="eerste_oogst", coach="Je stelde een open vraag.", better="Hoe?",
                    corrected_acts=[], corrected_at="2026-11-25T08:05:00+00:00"),
               turn(2, acts=[], after_stop=True, openness=None, motivation=None)],
        hints=2, stopped_at="2026-11-25T08:10:00+00:00", report={"score": 61, "turns": 1},
        practice_id="p" * 20, display_name="Anne", workshop=WorkshopMembership(7, "K7MX4Q", "Anne"),
        share_turns=True,
    )


def minimal_dict(**extra) -> dict:
    data = {"version": VERSION, "id": "s1", "scenario": "moestuin", "teacher_name": "Sanne", "mode": "live",
            "start": {"openness": 0.45, "motivation": 0.7}, "teacher": {"openness": 0.45, "motivation": 0.7}}
    data.update(extra)
    return data


# --- round trip ---------------------------------------------------------------------

def test_every_field_survives_a_round_trip_through_json():
    session = full_session()
    assert SessionState.from_json(session.to_json()) == session


def test_every_field_survives_a_round_trip_through_the_slot_string():
    session = full_session()
    text = session.dumps()
    assert isinstance(text, str)
    assert SessionState.from_json(text) == session


def test_slot_string_is_compact_json_keeping_dutch_characters():
    session = full_session()
    session.opening = "Hé, fijn dat je er bent…"
    text = session.dumps()
    # No whitespace between tokens: the string is its own compact re-serialisation.
    assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    assert '"opening":"Hé, fijn dat je er bent…"' in text  # no \u00e9 escapes


def test_json_carries_the_current_version_and_the_keys_the_page_reads():
    data = full_session().to_json()
    assert data["version"] == VERSION == 2
    for key in ("scenario", "teacher_name", "mode", "status", "teacher", "start", "turns", "report", "opening"):
        assert key in data
    assert data["teacher"] == {"openness": 0.51, "motivation": 0.72}
    assert data["workshop"] == {"participant_id": 7, "code": "K7MX4Q", "nickname": "Anne"}


def test_unset_optional_fields_are_left_out_of_the_json():
    data = SessionState.from_json(minimal_dict()).to_json()
    for key in ("stopped_at", "report", "practice_id", "display_name", "workshop"):
        assert key not in data


# --- corrections and consent (added without a new version) ------------------------------

def test_a_session_stored_before_corrections_existed_reads_without_them():
    old_turn = {"n": 1, "text": "Is het klaar?", "acts": ["closed_question"], "at": "", "delta": [0.0, 0.0]}
    session = SessionState.from_json(json.dumps(minimal_dict(turns=[old_turn])))
    assert session.share_turns is False
    (record,) = session.turns
    assert record.corrected_acts is None and record.corrected_at is None and not record.corrected
    assert record.reading == ["closed_question"]
    # And written back it is the JSON it was: no new keys while nothing was corrected.
    assert "share_turns" not in session.to_json()
    assert set(record.to_json()) == set(turn().to_json())


def test_a_correction_to_no_act_is_kept_apart_from_no_correction():
    corrected = turn(corrected_acts=[], corrected_at="2026-11-25T08:05:00+00:00")
    data = corrected.to_json()
    assert data["corrected_acts"] == [] and data["acts"] == ["open_question"]
    again = TurnRecord.from_json(data)
    assert again.corrected and again.reading == [] and again.acts == ["open_question"]
    assert "corrected_acts" not in turn().to_json()


def test_share_turns_is_only_true_when_the_json_says_true():
    assert SessionState.from_json(minimal_dict(share_turns=True)).share_turns is True
    assert SessionState.from_json(minimal_dict(share_turns="ja")).share_turns is False
    assert SessionState.from_json(minimal_dict(share_turns=True)).to_json()["share_turns"] is True


def test_turn_delta_is_a_list_in_json_and_a_tuple_again_after_reading():
    data = turn().to_json()
    assert data["delta"] == [0.06, 0.02]
    assert TurnRecord.from_json(data).delta == (0.06, 0.02)


def test_after_stop_is_written_only_when_true():
    assert "after_stop" not in turn().to_json()
    assert turn(after_stop=True).to_json()["after_stop"] is True


def test_turn_record_ignores_unknown_keys_and_fills_missing_defaults():
    record = TurnRecord.from_json({"n": 3, "text": "Hoi", "acts": None, "at": "", "future_field": 1})
    assert record == TurnRecord(n=3, text="Hoi", acts=[], at="", delta=(0.0, 0.0))


def test_copy_is_deep():
    session = full_session()
    duplicate = session.copy()
    duplicate.turns[0].acts.append("compliment")
    duplicate.insights.append("slakken")
    assert session.turns[0].acts == ["open_question"]
    assert session.insights == ["eerste_oogst"]


def test_answered_turns_leave_out_turns_after_the_stop():
    assert [t.n for t in full_session().answered_turns()] == [1]


def test_active_follows_the_status():
    session = SessionState.from_json(minimal_dict())
    assert session.status == ACTIVE and session.active is True
    session.status = STOPPED
    assert session.active is False


# --- older versions -------------------------------------------------------------------

def test_version_1_participant_id_becomes_a_workshop_membership():
    old = minimal_dict(participant_id=12)
    del old["version"]  # version 1 had no version key
    session = SessionState.from_json(old)
    assert session.workshop == WorkshopMembership(participant_id=12, code=None, nickname=None)
    assert session.version == VERSION
    data = session.to_json()
    assert "participant_id" not in data
    assert data["workshop"] == {"participant_id": 12, "code": None, "nickname": None}


def test_explicit_version_1_is_upgraded_too():
    session = SessionState.from_json(json.dumps(minimal_dict(version=1, participant_id=5)))
    assert session.workshop.participant_id == 5


def test_version_1_without_a_participant_has_no_workshop():
    old = minimal_dict(version=1)
    assert SessionState.from_json(old).workshop is None
    assert upgrade(dict(old)) == {**old, "version": 2}


def test_reading_does_not_change_the_dict_it_was_given():
    old = minimal_dict(version=1, participant_id=12)
    SessionState.from_json(old)
    assert old["participant_id"] == 12 and old["version"] == 1


# --- what is refused --------------------------------------------------------------------

@pytest.mark.parametrize("version", [VERSION + 1, 99])
def test_a_newer_version_is_refused(version):
    with pytest.raises(SessionFormatError, match=f"version {version}; this server reads up to {VERSION}"):
        SessionState.from_json(minimal_dict(version=version))


@pytest.mark.parametrize("version", ["2", 2.0, None])
def test_a_version_that_is_not_a_whole_number_is_refused(version):
    with pytest.raises(SessionFormatError, match="has version"):
        SessionState.from_json(minimal_dict(version=version))


@pytest.mark.parametrize("garbage", ["{not json", "", "null", "[1, 2]", "42", '"a string"'])
def test_text_that_is_not_a_json_object_is_refused(garbage):
    with pytest.raises(SessionFormatError):
        SessionState.from_json(garbage)


@pytest.mark.parametrize("garbage", [None, [], 3.5])
def test_a_value_that_is_not_a_dict_is_refused(garbage):
    with pytest.raises(SessionFormatError, match="not a JSON object"):
        SessionState.from_json(garbage)


@pytest.mark.parametrize("missing", ["id", "scenario", "teacher_name", "mode", "start", "teacher"])
def test_a_session_without_a_required_field_is_refused(missing):
    data = minimal_dict()
    del data[missing]
    with pytest.raises(SessionFormatError, match=missing):
        SessionState.from_json(data)


@pytest.mark.parametrize("field, value", [
    ("teacher", {"openness": 0.5}),                      # motivation missing
    ("teacher", {"openness": 0.5, "motivation": 0.5, "mood": "blij"}),
    ("start", "open"),
    ("hints", "veel"),
    ("turns", [{"text": "geen nummer"}]),
    ("workshop", {"code": "K7MX4Q"}),                      # no participant
])
def test_a_garbled_field_is_refused(field, value):
    with pytest.raises(SessionFormatError, match="lacks or garbles a field"):
        SessionState.from_json(minimal_dict(**{field: value}))


def test_session_format_error_is_a_project_error():
    assert issubclass(SessionFormatError, GesprekscoachError)


@pytest.mark.parametrize("field, value", [
    ("turns", ["x"]),                                        # a turn that is not an object
    ("teacher", {"openness": "0.5", "motivation": 0.5}),     # a number as text
])
def test_turns_and_numbers_of_the_wrong_type_are_refused(field, value):
    data = minimal_dict()
    data[field] = value
    with pytest.raises(SessionFormatError):
        SessionState.from_json(data)


def test_a_version_1_workshop_session_keeps_its_code_and_nickname():
    data = minimal_dict(version=1, participant_id=3, workshop="K7MX4Q", nickname="Anne", workshop_name="Dag")
    state = SessionState.from_json(data)
    assert (state.workshop.participant_id, state.workshop.code, state.workshop.nickname) == (3, "K7MX4Q", "Anne")
