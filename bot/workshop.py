"""Starting a practice session inside a workshop: join, then start.

A participant joins with the workshop code and a nickname; the same browser (practice
id) joining again stays the same participant. An unknown scenario registers nobody:
the leader gets the scenario list first. A code that is unknown or closed, or a
database that cannot be reached, gets a Dutch answer and no session.
"""

from __future__ import annotations

import logging
from typing import Optional

from bot import session as practice
from bot.errors import WorkshopError
from bot.limits import DISPLAY_NAME_MAX, valid_practice_id
from bot.persona.scenario import ScenarioLibrary
from bot.state import WorkshopMembership
from bot.storage.database import Database
from bot.storage.workshops import join_workshop

logger = logging.getLogger(__name__)

DATABASE_DOWN = ("De workshop kon nu niet worden gevonden: de database is niet bereikbaar. "
                 "Probeer het zo opnieuw.")


def _coach(text: str, kind: str, **extra) -> dict:
    return {"custom": {"role": "coach", "acts": [], "kind": kind, "text": text, **extra}}


def _join(database: Database, code: str, nickname: Optional[str], practice_id: Optional[str]):
    """(the workshop registration, its greeting) or (None, the Dutch answer why not)."""
    try:
        joined = join_workshop(database, code, nickname, practice_id)
    except WorkshopError as error:
        return None, _coach(str(error), "workshop_error")
    except Exception:  # noqa: BLE001 - the database is down: say so, in Dutch
        logger.exception("workshop lookup failed")
        return None, _coach(DATABASE_DOWN, "error")
    greeting = _coach(f"Je doet mee aan de workshop '{joined['workshop_name']}' als {joined['nickname']}.",
                      "workshop", workshop=joined["workshop"], nickname=joined["nickname"])
    return joined, greeting


def start(library: ScenarioLibrary, database: Database, scenario_id: Optional[str], mode: Optional[str],
          code: Optional[str] = None, nickname: Optional[str] = None,
          practice_id: Optional[str] = None) -> practice.Outcome:
    """A new session; with a workshop ``code``, the participant joins that workshop first."""
    practice_id = valid_practice_id(practice_id)
    display_name = (nickname or "")[:DISPLAY_NAME_MAX] or None
    known_scenario = (scenario_id or practice.default_scenario(library)).strip().lower() in library
    if not code or not known_scenario:
        return practice.start(library, scenario_id, mode, practice_id=practice_id, display_name=display_name)
    joined, said = _join(database, code, nickname, practice_id)
    if joined is None:
        return practice.Outcome(None, [said])
    membership = WorkshopMembership(joined["participant_id"], joined["workshop"], joined["nickname"])
    outcome = practice.start(library, scenario_id, mode, practice_id=practice_id, display_name=display_name,
                             workshop=membership)
    outcome.messages.insert(0, said)
    return outcome


def dashboard_url(code: str, token: str, base: str) -> str:
    """The facilitator's link; the token travels in the fragment, which browsers
    never send to a server (so it stays out of logs)."""
    return f"{base.rstrip('/')}/coach/workshop/{code}#token={token}"


UNKNOWN_EXERCISE = ("Deze oefening ken ik niet. De oefening doelen en middelen start je met "
                    "/start{\"exercise\":\"doelen\"}.")


def start_exercise(library: ScenarioLibrary, database: Database, name: str, code: Optional[str] = None,
                   nickname: Optional[str] = None, practice_id: Optional[str] = None):
    """The goals exercise (bot/goals/exercise.py); with a workshop ``code`` the
    participant joins first, so that the dashboard shows the result."""
    from bot.goals import exercise

    if (name or "").strip().lower() != exercise.EXERCISE:
        return exercise.Outcome(None, [_coach(UNKNOWN_EXERCISE, "command_error")])
    practice_id = valid_practice_id(practice_id)
    display_name = (nickname or "")[:DISPLAY_NAME_MAX] or None
    participant, greeting = None, []
    if code:
        joined, said = _join(database, code, nickname, practice_id)
        if joined is None:
            return exercise.Outcome(None, [said])
        participant, greeting = joined["participant_id"], [said]
    outcome = exercise.start(library, practice_id=practice_id, display_name=display_name,
                             participant_id=participant)
    outcome.messages[:0] = greeting
    return outcome
