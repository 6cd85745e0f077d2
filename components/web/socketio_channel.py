"""The socket.io channel the page and the widget talk over (websocket transport),
at /socket.io on Rasa's port; the REST channel is the fallback.

``SocketIOChannel`` is Rasa's socket.io channel with changes of policy:

- origins: a browser's ``Origin`` must be the server's own or one of
  ``COACH_ALLOWED_ORIGINS`` (bot/settings.py), as for the REST routes through Rasa's
  ``--cors``; a connection without an ``Origin`` is no browser (a native app, a
  server-side bridge, Python's socket.io client) and is welcome;
- every event gets an answer: ``session_request`` with anything confirms a session
  (a new id when the one sent is no conversation id); ``user_uttered`` is checked by
  inputs.socket_message and inputs.check_command, and what cannot be used is answered
  in the conversation as a coach message (``kind: "error"`` or ``"command_error"``,
  Dutch ``text``, English ``detail``), as is a message for a session this connection
  has not joined (its replies would reach no one) and a message the bot failed on
  (with ``retry: true`` and the turn's ``message_id``: send it again);
  an unknown event gets such an answer too;
- one session per connection: a new ``session_request`` leaves the earlier room, so
  a client cannot pile up rooms;
- payloads over ``bot.limits.MAX_REQUEST_BYTES`` end the connection (engine.io's
  limit; its default is 1 MB).
"""

from __future__ import annotations

import inspect
import logging
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from bot import runtime
from bot.errors import InvalidInput
from bot.limits import CONVERSATION_ID, MAX_REQUEST_BYTES
from components.resilience import client_message_id
from components.web import guard, inputs
from components.web.inputs import BROKEN_CONNECTION

logger = logging.getLogger(__name__)

SOMETHING_WENT_WRONG = "Er ging bij ons iets mis met je bericht. Stuur het zo nog eens."
UNKNOWN_EVENT = "Dit bericht ken ik niet. Herlaad de pagina; blijft het misgaan, meld het dan bij de beheerder."


class CoachSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output, but custom messages arrive as ``{"custom": {...}}``
    like on the REST channel (Rasa's own output passes them to ``emit`` as keyword
    arguments, which fails for any payload but ``{"data": ...}``)."""

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class SocketIOChannel(SocketIOInput):
    """Rasa's socket.io channel (rasa/core/channels/socketio.py, 3.6) with the changes
    of the module's docstring, and two repairs: custom messages keep their shape
    (``CoachSocketIOOutput``), and joining a session's room works whether
    python-socketio's ``enter_room`` is a coroutine (5.10 and newer, where Rasa's call
    is never awaited: Rasa issue #13027) or not."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def get_output_channel(self) -> Optional[OutputChannel]:
        return CoachSocketIOOutput(self.sio, self.bot_message_evt) if self.sio else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        origins = set(runtime.settings().allowed_origins)

        def accepted(origin, environ=None) -> bool:
            # No Origin header: not a browser (a native app, a server-side bridge, Python's
            # socket.io client), so no cross-site page can be behind it: welcome.
            if not origin:
                return True
            environ = environ or {}
            own = f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST', '')}"
            return origin == own or origin.rstrip("/") in origins

        # Clients use the websocket transport, which needs no CORS headers; the
        # Origin of every connection is still checked.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=accepted, max_http_buffer_size=MAX_REQUEST_BYTES)
        bp = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        bp.listener("before_server_start")(guard.install_before_start)
        self.sio = sio
        namespace = self.namespace

        @bp.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        async def tell(sid: Text, error: InvalidInput) -> None:
            """An answer in the conversation, to this connection alone."""
            await sio.emit(self.bot_message_evt, {"custom": inputs.coach_error(error)}, room=sid, namespace=namespace)

        async def finish(result: Any) -> None:
            # python-socketio 5.10 made enter_room and leave_room coroutines (Rasa
            # issue #13027: Rasa's own call is never awaited); 5.9 returns None.
            if inspect.isawaitable(result):
                await result

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Any = None, *_: Any) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not CONVERSATION_ID.fullmatch(session_id):
                session_id = uuid.uuid4().hex
            for room in list(sio.rooms(sid, namespace=namespace)):
                if room not in (sid, session_id):
                    await finish(sio.leave_room(sid, room, namespace=namespace))
            await finish(sio.enter_room(sid, session_id, namespace=namespace))
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any = None, *_: Any) -> None:
            try:
                message = inputs.socket_message(data, self.metadata_key)
                inputs.check_command(message.text)
            except InvalidInput as error:
                await tell(sid, error)
                return
            if message.session_id not in sio.rooms(sid, namespace=namespace):
                await tell(sid, InvalidInput(BROKEN_CONNECTION, (
                    "this connection has not joined that session: emit session_request with the "
                    "session_id first (replies go to the session's room)")))
                return
            try:
                await on_new_message(UserMessage(
                    message.text, CoachSocketIOOutput(sio, self.bot_message_evt), message.session_id,
                    input_channel=self.name(), metadata=message.metadata,
                ))
            except Exception:  # noqa: BLE001 - the user must hear that the message was lost
                logger.exception("socket.io message of session %s failed", message.session_id)
                # The page and the widget send the turn again (the same message_id: it
                # runs once, components/resilience.py); "retry" says it may be sent again.
                answer = inputs.coach_error(InvalidInput(SOMETHING_WENT_WRONG, (
                    "the bot failed on this message (logged on the server); send it again with the same "
                    "metadata.message_id and it is handled once")))
                answer["retry"] = True
                answer["message_id"] = client_message_id(message.metadata)
                await sio.emit(self.bot_message_evt, {"custom": answer}, room=sid, namespace=namespace)

        @sio.on("*", namespace=namespace)
        async def unknown_event(event: Any, sid: Text, *_: Any) -> None:
            shown = str(event)[:40]
            await tell(sid, InvalidInput(UNKNOWN_EVENT, (
                f"unknown event {shown!r}: emit session_request, then user_uttered "
                f"with {{\"session_id\", \"message\"}}")))

        return bp
