"""What lets a Rasa server of several lose a part, or a reply, without losing or doubling a
leader's turn. Installed when the Rasa server starts (``server.py``), next to the
speed-ups of ``rasa_speedups.py``.

- ``idempotent_turns``: every leader turn may carry a client-made id (``message_id`` in
  the message's ``metadata``; the page and the widget always send one, REST clients
  may). Rasa stores it as the user event's ``message_id``. A turn whose id is already in
  the conversation's tracker (a retry: the server answered, but the answer never
  reached the client, or the client gave up waiting) is not run again: the server
  sends the bot messages that followed that user event, as they were sent the first
  time. The check runs under the conversation's lock (the Redis lock store with several
  servers), so a retry that arrives while the first attempt is still running waits for
  it and then gets its reply. A turn without an id is handled as Rasa always does.
- ``failed_action_fails_the_turn``: when the action server cannot be reached (or fails),
  Rasa logs the error, drops the action's events and *saves the turn* without a reply:
  the leader's turn is in the tracker, unanswered, and the session never saw it. Now
  such a turn fails as a whole (``ActionServerFailed``): nothing of it is saved, the
  REST channel answers 503 and the socket.io channel says so, and the client sends
  it again. (A rejected action, Rasa's ``ActionExecutionRejection``, is no failure and
  is handled as Rasa does.)
- ``no_tracker_store_fallback``: when the tracker store's database cannot be reached
  (PostgreSQL restarting), Rasa's ``FailSafeTrackerStore`` reads the conversation as
  *new* (``None``) and saves the turn into an in-memory store of that one process: the
  turn is answered as if the conversation had just begun, and then lost from the
  database. Now the error fails the turn (nothing saved, 503, sent again by the
  client), like any other failure of a part.
- ``reconnecting_tracker_store``: with PostgreSQL, Rasa's ``SQLTrackerStore`` keeps its
  pooled connections across a database restart and fails the next turn on each of
  them. The pool now tests a connection before lending it (SQLAlchemy's
  ``pool_pre_ping``, as the project's own database does), so the first turn after a
  restart gets a fresh connection.

Why a turn is never run twice, whatever dies: Rasa saves the tracker once, at the end of
a turn (``MessageProcessor.handle_message``). A server that dies before that saves
nothing of the turn, and the retry runs it once; a server that dies after it leaves the
turn with its id in the tracker, and the retry gets the stored reply. The action server
keeps nothing between calls (the session lives in the tracker), and the project's
database is synced from the session with a unique (session, turn number) key
(``bot/storage/sessions.py``), so an action call retried on the other action server
stores nothing twice.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional

logger = logging.getLogger(__name__)

#: A client-made turn id: what the page makes (32 hex digits) and what a REST client
#: may send (a UUID, with or without dashes).
MESSAGE_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
#: The metadata key that carries it.
METADATA_KEY = "message_id"


def install() -> None:
    idempotent_turns()
    failed_action_fails_the_turn()
    no_tracker_store_fallback()
    reconnecting_tracker_store()


class ActionServerFailed(Exception):
    """An action of this turn could not be run; the turn is not saved."""


def _once(function):
    done = []

    def install_once() -> None:
        if not done:
            function()
            done.append(True)

    install_once.__name__ = function.__name__
    install_once.__doc__ = function.__doc__
    return install_once


def client_message_id(metadata: Any) -> Optional[str]:
    """The turn's client-made id from its metadata; None when there is none or it is
    not an id (then the turn is handled without the retry check)."""
    value = metadata.get(METADATA_KEY) if isinstance(metadata, dict) else None
    return value if isinstance(value, str) and MESSAGE_ID.fullmatch(value) else None


def stored_reply(events: List[Any], message_id: str) -> Optional[List[Dict[str, Any]]]:
    """The bot messages sent after the user event with ``message_id``, as message
    dictionaries for an output channel; None when no user event has that id."""
    from rasa.shared.core.events import BotUttered, UserUttered

    for position in range(len(events) - 1, -1, -1):
        event = events[position]
        if isinstance(event, UserUttered) and event.message_id == message_id:
            messages = []
            for later in events[position + 1:]:
                if isinstance(later, UserUttered):
                    break
                if isinstance(later, BotUttered):
                    message = {key: value for key, value in (later.data or {}).items() if value is not None}
                    if later.text is not None:
                        message["text"] = later.text
                    messages.append(message)
            return messages
    return None


@_once
def idempotent_turns() -> None:
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.processor import MessageProcessor

    rasa_handle_message = MessageProcessor.handle_message

    async def handle_message(self, message):
        message_id = client_message_id(message.metadata)
        if message_id is None:
            return await rasa_handle_message(self, message)
        message.message_id = message_id  # Rasa stores it in the user event
        tracker = await self.tracker_store.retrieve(message.sender_id)
        reply = stored_reply(list(tracker.events), message_id) if tracker is not None else None
        if reply is None:
            return await rasa_handle_message(self, message)
        logger.info("conversation %s: turn %s was handled before; its stored reply is sent again",
                    message.sender_id, message_id)
        channel = message.output_channel
        if channel is not None:
            for sent in reply:
                await channel.send_response(message.sender_id, sent)
        if isinstance(channel, CollectingOutputChannel):
            return channel.messages
        return None

    MessageProcessor.handle_message = handle_message


@_once
def failed_action_fails_the_turn() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.processor import MessageProcessor

    rasa_run_action = MessageProcessor._run_action

    async def _run_action(self, action, tracker, output_channel, nlg, prediction):
        if not isinstance(action, RemoteAction):
            return await rasa_run_action(self, action, tracker, output_channel, nlg, prediction)
        failures: List[BaseException] = []
        remote_run = action.run

        async def run(*args, **kwargs):
            try:
                return await remote_run(*args, **kwargs)
            except ActionExecutionRejection:
                raise
            except Exception as error:  # noqa: BLE001 - recorded, then Rasa sees it as before
                failures.append(error)
                raise

        action.run = run  # this instance only: Rasa makes a new one for every action it runs
        try:
            keep_going = await rasa_run_action(self, action, tracker, output_channel, nlg, prediction)
        finally:
            del action.run
        if failures:
            raise ActionServerFailed(f"action {action.name()} failed: {failures[0]}") from failures[0]
        return keep_going

    MessageProcessor._run_action = _run_action


@_once
def no_tracker_store_fallback() -> None:
    from rasa.core.tracker_store import FailSafeTrackerStore

    async def retrieve(self, sender_id):
        return await self._tracker_store.retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id):
        return await self._tracker_store.retrieve_full_tracker(sender_id)

    async def save(self, tracker) -> None:
        await self._tracker_store.save(tracker)

    FailSafeTrackerStore.retrieve = retrieve
    FailSafeTrackerStore.retrieve_full_tracker = retrieve_full_tracker
    FailSafeTrackerStore.save = save


@_once
def reconnecting_tracker_store() -> None:
    from rasa.core import tracker_store

    rasa_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url) -> Dict[str, Any]:
        kwargs = rasa_kwargs(url)
        if tracker_store.is_postgresql_url(url):
            kwargs["pool_pre_ping"] = True
        return kwargs

    tracker_store.create_engine_kwargs = create_engine_kwargs
