"""The four actions of a practice session. Each reads the tracker, calls
``bot.session`` and sends its messages; the session lives in the ``session`` slot."""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import database, scenarios
from bot import session as practice
from bot.storage import repository
from bot.acts import ACTS
from bot.analysis.combine import TurnAnalysis, analyse_sentences

logger = logging.getLogger(__name__)
SLOT = "session"
MAX_STORED_CHARS = 10_000


def _session(tracker: Tracker) -> Optional[Dict]:
    """The session from the slot. It is kept as one JSON string: Rasa checks and copies
    a string far faster than a nested object, on every turn of every conversation."""
    value = tracker.get_slot(SLOT)
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            logger.error("unreadable session slot in conversation %s; starting afresh", tracker.sender_id)
            return None
    return value if isinstance(value, dict) else None


def _send(dispatcher: CollectingDispatcher, messages: List[Dict]) -> None:
    for message in messages:
        if "custom" in message:
            dispatcher.utter_message(json_message=message["custom"])
        else:
            dispatcher.utter_message(text=message["text"])


def _result(dispatcher: CollectingDispatcher, outcome: practice.Outcome,
            before: Optional[Dict], tracker: Tracker) -> List[Dict[Text, Any]]:
    _send(dispatcher, outcome.messages)
    if outcome.session is not before and outcome.session is not None:
        _store(outcome.session, tracker.sender_id)
        return [SlotSet(SLOT, json.dumps(outcome.session, ensure_ascii=False, separators=(",", ":")))]
    return []


def _store(session: Dict, conversation_id: str) -> None:
    """Write the session to the database. The tracker keeps the session too, so a
    database hiccup loses nothing: the next turn's sync stores what is missing."""
    try:
        repository.safe_sync(database(), session, conversation_id)
    except Exception:  # noqa: BLE001 - never break the conversation for storage
        logger.exception("could not store session %s; it will be synced on the next turn", session.get("id"))


def _entity(tracker: Tracker, name: str) -> Optional[str]:
    value = next(tracker.get_latest_entity_values(name), None)
    return None if value is None else str(value)


class ActionStartSession(Action):
    def name(self) -> Text:
        return "action_start_session"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = _session(tracker)
        extra = {"practice_id": repository.valid_practice_id(_entity(tracker, "practice_id")),
                 "display_name": (_entity(tracker, "nickname") or "")[:80] or None}
        code = _entity(tracker, "workshop")
        scenario = (_entity(tracker, "scenario") or practice.DEFAULT_SCENARIO).strip().lower()
        if code and scenario in scenarios():  # an unknown scenario gets the list, no registration
            try:
                joined = repository.join_workshop(database(), code, _entity(tracker, "nickname"),
                                                  extra["practice_id"])
            except repository.WorkshopError as error:
                dispatcher.utter_message(json_message={"role": "coach", "acts": [], "kind": "workshop_error",
                                                       "text": str(error)})
                return []
            except Exception:  # noqa: BLE001 - the database is down: say so, in Dutch
                logger.exception("workshop lookup failed")
                dispatcher.utter_message(json_message={"role": "coach", "acts": [], "kind": "error",
                                                       "text": "De workshop kon nu niet worden gevonden: de database "
                                                               "is niet bereikbaar. Probeer het zo opnieuw."})
                return []
            extra.update(joined)
        outcome = practice.start(scenarios(), _entity(tracker, "scenario"), _entity(tracker, "mode"),
                                 {k: v for k, v in extra.items() if v is not None})
        if code and outcome.session and "participant_id" in extra:
            outcome.messages.insert(0, {"custom": {
                "role": "coach", "acts": [], "kind": "workshop",
                "text": f"Je doet mee aan de workshop '{joined['workshop_name']}' als {joined['nickname']}.",
                "workshop": joined["workshop"], "nickname": joined["nickname"]}})
        return _result(dispatcher, outcome, before, tracker)


class ActionLeaderTurn(Action):
    def name(self) -> Text:
        return "action_leader_turn"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = _session(tracker)
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        if len(text) > MAX_STORED_CHARS:
            # Kept whole up to 10,000 characters; beyond that the session keeps the start
            # and says how much was cut, so one huge paste cannot bloat every later turn.
            text = text[:MAX_STORED_CHARS] + f" […{len(text) - MAX_STORED_CHARS} tekens ingekort]"
        # The acts come from the NLU pipeline (components.leader_acts), the same path
        # as `coach analyze`; the sentence readings are recomputed for the coach's rewrites.
        acts = [act for act in message.get("acts") or [] if act in ACTS]
        analysis = TurnAnalysis(text=text, acts=acts, sentences=analyse_sentences(text[:MAX_STORED_CHARS]))
        outcome = practice.turn(scenarios(), before, text, analysis)
        return _result(dispatcher, outcome, before, tracker)


class ActionHint(Action):
    def name(self) -> Text:
        return "action_hint"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = _session(tracker)
        return _result(dispatcher, practice.hint(scenarios(), before), before, tracker)


class ActionStopSession(Action):
    def name(self) -> Text:
        return "action_stop_session"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = _session(tracker)
        return _result(dispatcher, practice.stop(scenarios(), before), before, tracker)
