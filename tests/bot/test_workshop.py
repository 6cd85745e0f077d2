"""bot/workshop.py: starting a session inside a workshop (join, then start).

``db`` (tests/conftest.py) is a fresh, migrated database: a SQLite file and a database
on the local PostgreSQL. The scenarios are the test ones (``moestuin``, ``leesclub``)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot import session as practice
from bot import workshop
from bot.state import WorkshopMembership
from bot.storage import Database
from bot.storage import workshops as stored
from bot.storage.models import Participant

BROWSER = "browser-of-anne-0001"   # a valid practice id (16-80 letters, digits, - or _)
OTHER_BROWSER = "browser-of-bram-0002"


def participants(db) -> list:
    with db.session() as s:
        return list(s.execute(select(Participant.nickname).order_by(Participant.id)).scalars())


def coach(message) -> dict:
    return message["custom"]


@pytest.fixture()
def created(db) -> dict:
    """A workshop "Netwerkdag": its code and facilitator token."""
    return stored.create_workshop(db, "Netwerkdag")


@pytest.fixture()
def code(created) -> str:
    return created["code"]


def test_without_a_code_a_plain_session_starts_and_nobody_joins(db, scenarios):
    outcome = workshop.start(scenarios, db, "moestuin", "live", practice_id=BROWSER, nickname="Anne")
    assert outcome.session.scenario == "moestuin"
    assert outcome.session.workshop is None
    assert outcome.session.practice_id == BROWSER
    assert outcome.session.display_name == "Anne"
    assert coach(outcome.messages[0])["kind"] == "intro"
    assert participants(db) == []


def test_with_a_code_the_participant_joins_then_the_session_starts(db, scenarios, code):
    outcome = workshop.start(scenarios, db, "moestuin", "quiet", code=code, nickname="Anne", practice_id=BROWSER)
    session = outcome.session
    assert session.scenario == "moestuin" and session.mode == "quiet"
    with db.session() as s:
        participant = s.execute(select(Participant)).scalar_one()
    assert session.workshop == WorkshopMembership(participant.id, code, "Anne")
    assert participant.nickname == "Anne" and participant.practice_id == BROWSER
    joined, intro = coach(outcome.messages[0]), coach(outcome.messages[1])
    assert joined == {"role": "coach", "acts": [], "kind": "workshop",
                      "text": "Je doet mee aan de workshop 'Netwerkdag' als Anne.",
                      "workshop": code, "nickname": "Anne"}
    assert intro["kind"] == "intro"
    assert outcome.messages[2]["text"] in scenarios.get("moestuin").opening


def test_the_code_is_read_without_regard_to_case_or_spaces(db, scenarios, code):
    outcome = workshop.start(scenarios, db, "moestuin", None, code=f"  {code.lower()} ", nickname="Anne")
    assert outcome.session.workshop.code == code


def test_the_same_browser_joining_again_stays_the_same_participant(db, scenarios, code):
    first = workshop.start(scenarios, db, "moestuin", None, code=code, nickname="Anne", practice_id=BROWSER)
    again = workshop.start(scenarios, db, "leesclub", None, code=code, nickname="Anna", practice_id=BROWSER)
    assert again.session.workshop.participant_id == first.session.workshop.participant_id
    assert again.session.workshop.nickname == "Anne"  # the name it joined with first
    assert participants(db) == ["Anne"]


def test_another_browser_with_the_same_nickname_gets_a_number(db, scenarios, code):
    workshop.start(scenarios, db, "moestuin", None, code=code, nickname="Anne", practice_id=BROWSER)
    other = workshop.start(scenarios, db, "moestuin", None, code=code, nickname="Anne", practice_id=OTHER_BROWSER)
    assert other.session.workshop.nickname == "Anne (2)"
    assert coach(other.messages[0])["text"] == "Je doet mee aan de workshop 'Netwerkdag' als Anne (2)."
    assert participants(db) == ["Anne", "Anne (2)"]


def test_an_unknown_scenario_registers_nobody_and_lists_the_scenarios(db, scenarios, code):
    outcome = workshop.start(scenarios, db, "onbekend", None, code=code, nickname="Anne", practice_id=BROWSER)
    assert outcome.session is None
    [message] = outcome.messages
    assert coach(message)["kind"] == "unknown_scenario"
    assert [s["id"] for s in coach(message)["scenarios"]] == ["leesclub", "moestuin"]
    assert participants(db) == []


def test_the_scenario_id_is_read_without_regard_to_case_or_spaces(db, scenarios, code):
    outcome = workshop.start(scenarios, db, " MoesTuin ", None, code=code, nickname="Anne")
    assert outcome.session.scenario == "moestuin"
    assert participants(db) == ["Anne"]


def test_an_unknown_code_gets_a_dutch_answer_and_no_session(db, scenarios, code):
    outcome = workshop.start(scenarios, db, "moestuin", None, code="ZZZZZZ", nickname="Anne")
    assert outcome.session is None
    [message] = outcome.messages
    assert coach(message)["kind"] == "workshop_error"
    assert coach(message)["text"] == "De workshopcode 'ZZZZZZ' ken ik niet. Controleer de code bij de begeleider."
    assert participants(db) == []


def test_a_closed_workshop_takes_no_one_new(db, scenarios, created, code):
    stored.close_workshop(db, stored.authorise(db, code, created["facilitator_token"]))
    outcome = workshop.start(scenarios, db, "moestuin", None, code=code, nickname="Anne")
    assert outcome.session is None
    assert coach(outcome.messages[0])["kind"] == "workshop_error"
    assert coach(outcome.messages[0])["text"] == "De workshop 'Netwerkdag' is gesloten; meedoen kan niet meer."
    assert participants(db) == []


def test_a_database_that_cannot_be_used_gets_a_dutch_answer_and_is_logged(tmp_path, scenarios, caplog):
    unmigrated = Database(f"sqlite:///{tmp_path / 'leeg.db'}")  # no tables: every query fails
    try:
        with caplog.at_level(logging.ERROR, logger="bot.workshop"):
            outcome = workshop.start(scenarios, unmigrated, "moestuin", None, code="K7MX4Q", nickname="Anne")
    finally:
        unmigrated.dispose()
    assert outcome.session is None
    assert outcome.messages == [{"custom": {"role": "coach", "acts": [], "kind": "error",
                                            "text": workshop.DATABASE_DOWN}}]
    assert "workshop lookup failed" in caplog.text


def test_an_invalid_practice_id_is_dropped_not_stored(db, scenarios, code):
    outcome = workshop.start(scenarios, db, "moestuin", None, code=code, nickname="Anne", practice_id="kort")
    assert outcome.session.practice_id is None
    with db.session() as s:
        assert s.execute(select(Participant.practice_id)).scalar_one() is None


def test_long_names_are_cut_for_the_session_and_the_workshop(db, scenarios, code):
    name = "Anne " + "van " * 30 + "Dijk"
    outcome = workshop.start(scenarios, db, "moestuin", None, code=code, nickname=name)
    assert outcome.session.display_name == name[:80]
    assert outcome.session.workshop.nickname == " ".join(name.split())[:40]
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(Participant)).scalar_one() == 1


def test_without_a_nickname_the_participant_is_called_deelnemer(db, scenarios, code):
    outcome = workshop.start(scenarios, db, "moestuin", None, code=code)
    assert outcome.session.display_name is None
    assert outcome.session.workshop.nickname == "Deelnemer"


def test_the_session_is_the_same_as_a_plain_start_apart_from_the_workshop(db, scenarios, code):
    joined = workshop.start(scenarios, db, "moestuin", "quiet", code=code, nickname="Anne").session
    plain = practice.start(scenarios, "moestuin", "quiet", display_name="Anne").session
    assert (joined.scenario, joined.mode, joined.teacher, joined.display_name) == (
        plain.scenario, plain.mode, plain.teacher, plain.display_name)


@pytest.mark.parametrize("base", ["https://coach.school.nl", "https://coach.school.nl/"])
def test_dashboard_url_carries_the_token_in_the_fragment(base):
    url = workshop.dashboard_url("K7MX4Q", "geheim-token", base)
    assert url == "https://coach.school.nl/coach/workshop/K7MX4Q#token=geheim-token"
