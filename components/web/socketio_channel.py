"""The socket.io channel the page and the widget talk over (websocket transport),
at /socket.io on Rasa's port; the REST channel is the fallback.

``SocketIOChannel`` is Rasa's socket.io channel with one change of policy: socket.io
answers cross-origin requests only from the allowed origins
(``COACH_ALLOWED_ORIGINS``, read by bot/settings.py), like the REST routes do
through Rasa's ``--cors``.
"""

from __future__ import annotations

import inspect
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from bot import runtime
from bot.limits import CONVERSATION_ID

BROKEN_CONNECTION = "De verbinding is niet goed opgezet. Herlaad de pagina."


class CoachSocketIOOutput(SocketIOOutput):
    """Rasa's socket.io output, but custom messages arrive as ``{"custom": {...}}``
    like on the REST channel (Rasa's own output passes them to ``emit`` as keyword
    arguments, which fails for any payload but ``{"data": ...}``)."""

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class SocketIOChannel(SocketIOInput):
    """Rasa's socket.io channel (rasa/core/channels/socketio.py, 3.6) with three
    changes: origins are checked against ``COACH_ALLOWED_ORIGINS`` (Rasa's accepts
    any), custom messages keep their shape (``CoachSocketIOOutput``), and joining a
    session's room works whether python-socketio's ``enter_room`` is a coroutine
    (5.10 and newer, where Rasa's call is never awaited: Rasa issue #13027) or not."""

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
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=accepted)
        bp = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio

        @bp.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not CONVERSATION_ID.fullmatch(session_id):
                session_id = uuid.uuid4().hex
            joined = sio.enter_room(sid, session_id)
            if inspect.isawaitable(joined):
                await joined
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Dict) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("session_id"), str) \
                    or not CONVERSATION_ID.fullmatch(data["session_id"]):
                await sio.emit(self.bot_message_evt, {"custom": {
                    "role": "coach", "acts": [], "kind": "error", "text": BROKEN_CONNECTION}}, room=sid)
                return
            text = data.get("message")
            metadata = data.get(self.metadata_key)
            message = UserMessage(
                text if isinstance(text, str) else "",
                CoachSocketIOOutput(sio, self.bot_message_evt),
                data["session_id"],
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else None,
            )
            await on_new_message(message)

        return bp
