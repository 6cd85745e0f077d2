"""The four actions of a practice session. Each reads the tracker, calls
``bot.session`` and sends its messages; the session lives in the ``session`` slot."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import scenarios
from bot import session as practice
from bot.acts import ACTS
from bot.analysis.combine import TurnAnalysis, analyse_sentences

logger = logging.getLogger(__name__)
SLOT = "session"


def _send(dispatcher: CollectingDispatcher, messages: List[Dict]) -> None:
    for message in messages:
        if "custom" in message:
            dispatcher.utter_message(json_message=message["custom"])
        else:
            dispatcher.utter_message(text=message["text"])


def _result(dispatcher: CollectingDispatcher, outcome: practice.Outcome,
            before: Optional[Dict]) -> List[Dict[Text, Any]]:
    _send(dispatcher, outcome.messages)
    if outcome.session is not before and outcome.session is not None:
        return [SlotSet(SLOT, outcome.session)]
    return []


def _entity(tracker: Tracker, name: str) -> Optional[str]:
    value = next(tracker.get_latest_entity_values(name), None)
    return None if value is None else str(value)


class ActionStartSession(Action):
    def name(self) -> Text:
        return "action_start_session"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = tracker.get_slot(SLOT)
        extra = {key: _entity(tracker, key) for key in ("workshop", "nickname", "practice_id")}
        outcome = practice.start(scenarios(), _entity(tracker, "scenario"), _entity(tracker, "mode"),
                                 {k: v for k, v in extra.items() if v})
        return _result(dispatcher, outcome, before)


class ActionLeaderTurn(Action):
    def name(self) -> Text:
        return "action_leader_turn"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = tracker.get_slot(SLOT)
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        # The acts come from the NLU pipeline (components.leader_acts), the same path
        # as `coach analyze`; the sentence readings are recomputed for the coach's rewrites.
        acts = [act for act in message.get("acts") or [] if act in ACTS]
        analysis = TurnAnalysis(text=text, acts=acts, sentences=analyse_sentences(text))
        outcome = practice.turn(scenarios(), before, text, analysis)
        return _result(dispatcher, outcome, before)


class ActionHint(Action):
    def name(self) -> Text:
        return "action_hint"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = tracker.get_slot(SLOT)
        return _result(dispatcher, practice.hint(scenarios(), before), before)


class ActionStopSession(Action):
    def name(self) -> Text:
        return "action_stop_session"

    def run(self, dispatcher, tracker: Tracker, domain) -> List[Dict[Text, Any]]:
        before = tracker.get_slot(SLOT)
        return _result(dispatcher, practice.stop(scenarios(), before), before)
