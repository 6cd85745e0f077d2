"""bot/storage/workshops.py: create, join, the facilitator check, close, delete."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.errors import GesprekscoachError, MissingToken, WorkshopError, WrongToken
from bot.storage import sessions as stored
from bot.storage import statistics, workshops
from bot.storage.models import Debrief, Participant, PracticeSession, Turn, Workshop
from tests.bot.storage.helpers import (
    CLOSED,
    OPEN,
    OPEN_STUDENT,
    PRACTICE,
    count,
    play,
)

# ----------------------------------------------------------------- workshops

def test_create_workshop_returns_code_and_token_stored_hashed(db):
    created = workshops.create_workshop(db, "  Netwerkdag   voorjaar ")
    code, token = created["code"], created["facilitator_token"]
    assert created["name"] == "Netwerkdag voorjaar"
    assert len(code) == workshops.CODE_LENGTH == 6
    assert set(code) <= set(workshops.CODE_ALPHABET)
    assert isinstance(token, str) and len(token) >= 24
    with db.session() as s:
        row = s.execute(select(Workshop).where(Workshop.code == code)).scalar_one()
    assert row.name == "Netwerkdag voorjaar"
    assert row.token_hash != token
    assert token not in row.token_hash
    assert row.token_hash == workshops.hash_token(token)
    assert len(row.token_hash) == 64
    assert row.closed_at is None


def test_workshops_get_different_codes_and_tokens(db):
    created = [workshops.create_workshop(db, f"Workshop {n}") for n in range(5)]
    assert len({c["code"] for c in created}) == 5
    assert len({c["facilitator_token"] for c in created}) == 5
    assert count(db, Workshop) == 5


@pytest.mark.parametrize("name", ["", "   ", None])
def test_create_workshop_without_a_name_is_refused(db, name):
    with pytest.raises(WorkshopError) as caught:
        workshops.create_workshop(db, name)
    assert "naam" in str(caught.value)
    assert isinstance(caught.value, GesprekscoachError)
    assert count(db, Workshop) == 0


def test_join_workshop_with_the_code_in_any_form(db):
    code = workshops.create_workshop(db, "Netwerkdag")["code"]
    spaced = f" {code[:3].lower()} {code[3:]} "
    joined = [workshops.join_workshop(db, code, "Anne", PRACTICE),
              workshops.join_workshop(db, code.lower(), "Bram", None),
              workshops.join_workshop(db, spaced, "Carla", "short")]
    assert [j["nickname"] for j in joined] == ["Anne", "Bram", "Carla"]
    assert all(j["workshop"] == code and j["workshop_name"] == "Netwerkdag" for j in joined)
    assert len({j["participant_id"] for j in joined}) == 3
    with db.session() as s:
        rows = s.execute(select(Participant).order_by(Participant.id)).scalars().all()
        workshop_id = s.execute(select(Workshop.id).where(Workshop.code == code)).scalar_one()
    assert [r.nickname for r in rows] == ["Anne", "Bram", "Carla"]
    assert [r.practice_id for r in rows] == [PRACTICE, None, None]
    assert {r.workshop_id for r in rows} == {workshop_id}


def test_join_workshop_makes_nicknames_unique(db):
    code = workshops.create_workshop(db, "Netwerkdag")["code"]
    other = workshops.create_workshop(db, "Andere dag")["code"]
    names = [workshops.join_workshop(db, code, nickname, None)["nickname"]
             for nickname in ("Anne", "Anne", "  Anne ", "Bram", "", None)]
    assert names == ["Anne", "Anne (2)", "Anne (3)", "Bram", "Deelnemer", "Deelnemer (2)"]
    # Unique within a workshop only.
    assert workshops.join_workshop(db, other, "Anne", None)["nickname"] == "Anne"
    assert count(db, Participant) == 7


@pytest.mark.parametrize("code", ["ZZZZZZ", "", "nope"])
def test_join_an_unknown_workshop_is_refused_in_dutch(db, code):
    workshops.create_workshop(db, "Netwerkdag")
    with pytest.raises(WorkshopError) as caught:
        workshops.join_workshop(db, code, "Anne", None)
    assert "ken ik niet" in str(caught.value)
    assert "begeleider" in str(caught.value)
    assert count(db, Participant) == 0


def test_join_a_closed_workshop_is_refused_in_dutch(db):
    created = workshops.create_workshop(db, "Netwerkdag")
    code = created["code"]
    workshops.join_workshop(db, code, "Anne", None)
    workshops.close_workshop(db, workshops.authorise(db, code, created["facilitator_token"]))
    with db.session() as s:
        assert s.execute(select(Workshop.closed_at).where(Workshop.code == code)).scalar_one() is not None
    with pytest.raises(WorkshopError) as caught:
        workshops.join_workshop(db, code, "Bram", None)
    message = str(caught.value)
    assert "gesloten" in message and "Netwerkdag" in message
    assert count(db, Participant) == 1


def test_authorise(db):
    created = workshops.create_workshop(db, "Netwerkdag")
    other = workshops.create_workshop(db, "Andere dag")
    code, token = created["code"], created["facilitator_token"]

    for missing in (None, ""):
        with pytest.raises(MissingToken):  # the web layer answers 401
            workshops.authorise(db, code, missing)

    for wrong_code, wrong_token in ((code, "wrong-token"), (code, other["facilitator_token"]),
                                    ("ZZZZZZ", token), (other["code"], token), (code, token + "x")):
        with pytest.raises(WrongToken):  # the web layer answers 403
            workshops.authorise(db, wrong_code, wrong_token)

    workshop = workshops.authorise(db, code, token)
    assert isinstance(workshop, Workshop)
    assert workshop.code == code and workshop.name == "Netwerkdag"
    assert workshops.authorise(db, code.lower(), token).id == workshop.id


def test_delete_workshop_removes_only_that_workshop(db, library, workshop_with_three):
    workshop, sessions = workshop_with_three
    other = workshops.create_workshop(db, "Andere dag")
    joined = workshops.join_workshop(db, other["code"], "Anne", None)
    kept = play(library, [OPEN, CLOSED], extra={"participant_id": joined["participant_id"]})
    stored.sync_session(db, kept, "conv-other")
    private = play(library, [OPEN_STUDENT], extra={"practice_id": PRACTICE})
    stored.sync_session(db, private, "conv-private")
    doomed = [s.id for s in sessions.values()]
    assert count(db, Turn, Turn.session_id.in_(doomed)) == 6

    assert workshops.delete_workshop(db, workshop) == 3

    assert count(db, Workshop, Workshop.id == workshop.id) == 0
    assert count(db, Participant, Participant.workshop_id == workshop.id) == 0
    assert count(db, PracticeSession, PracticeSession.id.in_(doomed)) == 0
    assert count(db, Turn, Turn.session_id.in_(doomed)) == 0
    assert count(db, Debrief, Debrief.session_id.in_(doomed)) == 0
    # The other workshop and the private practice session are untouched.
    other_workshop = workshops.authorise(db, other["code"], other["facilitator_token"])
    overview = statistics.workshop_overview(db, other_workshop)
    assert [p["nickname"] for p in overview["participants"]] == ["Anne"]
    assert overview["participants"][0]["turns"] == 2
    assert count(db, Workshop) == 1
    assert count(db, Participant) == 1
    assert count(db, PracticeSession) == 2
    assert count(db, Turn) == 3
    assert [r["session"] for r in statistics.progress(db, PRACTICE)] == [private.id]
    with pytest.raises(WrongToken):
        workshops.authorise(db, workshop.code, "anything")


def test_the_same_browser_joining_again_stays_one_participant(db):
    code = workshops.create_workshop(db, "Terugkomdag")["code"]
    first = workshops.join_workshop(db, code, "Anne", "b" * 32)
    again = workshops.join_workshop(db, code, "Anne", "b" * 32)
    other = workshops.join_workshop(db, code, "Anne", "c" * 32)
    assert again["participant_id"] == first["participant_id"] and again["nickname"] == "Anne"
    assert other["participant_id"] != first["participant_id"] and other["nickname"] == "Anne (2)"
