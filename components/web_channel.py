"""The practice page, the widget and their small JSON API, served by the Rasa server.

Rasa mounts an input channel's blueprint at ``/webhooks/<url_prefix>``; a prefix that
starts with "/" replaces that path, so this channel lives at ``/coach/`` on Rasa's own
port: no second process to deploy. Conversations themselves go through Rasa's
socket.io and REST channels; this channel only serves:

    GET /coach/                      the practice page (Jinja2, with a CSP header)
    GET /coach/widget.js             the one-script-tag intranet widget
    GET /coach/static/<file>         CSS, JS and the vendored socket.io client
    GET /coach/api/scenarios         the scenarios (id, title, summary)
    GET /coach/api/conversation/<id> the session of one conversation id (to restore a
                                     conversation after a page reload)

``SocketIOChannel`` is Rasa's socket.io channel with one change: socket.io answers
cross-origin requests only from the allowed origins (``COACH_ALLOWED_ORIGINS``), like
the REST routes do through Rasa's ``--cors``.
"""

from __future__ import annotations

import functools
import json
import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

import uuid

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from bot.settings import PROJECT_ROOT
from bot.storage import repository

WEB = PROJECT_ROOT / "web"
STATIC = WEB / "static"
VENDOR = PROJECT_ROOT / "var" / "web" / "vendor"
#: Conversation ids the page and widget make: 32 random hex characters. Shorter ids
#: (REST users pick their own, like "anne") are never restored or joined by socket.io.
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{32,80}$")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
    "form-action 'self'"
)


def allowed_origins() -> List[str]:
    """Origins allowed to embed the widget (comma-separated ``COACH_ALLOWED_ORIGINS``)."""
    raw = os.environ.get("COACH_ALLOWED_ORIGINS", "")
    return [origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip()]


@functools.lru_cache(maxsize=1)
def _templates():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(WEB / "templates")),
        autoescape=jinja2.select_autoescape(["html"]),
    )


def _scenarios():
    from actions.runtime import scenarios

    return scenarios()


class CoachWebChannel(InputChannel):
    """Serves the practice page and the widget at /coach/."""

    @classmethod
    def name(cls) -> Text:
        return "coach"

    def url_prefix(self) -> Text:
        return "/coach"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("coach_web", __name__)

        @bp.route("/", methods=["GET"])
        async def page(request: Request):
            html = _templates().get_template("page.html").render(
                scenarios=[s.describe() for s in _scenarios().all()],
            )
            return response.html(html, headers={
                "Content-Security-Policy": CSP,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "same-origin",
            })

        @bp.route("/widget.js", methods=["GET"])
        async def widget(request: Request):
            return await response.file(str(STATIC / "widget.js"), headers={
                "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})

        @bp.route("/static/<name:path>", methods=["GET"])
        async def static(request: Request, name: str):
            for folder in (STATIC, VENDOR):
                path = (folder / name).resolve()
                if folder.resolve() in path.parents and path.is_file():
                    return await response.file(str(path), headers={
                        "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})
            return response.json({"error": "niet gevonden"}, status=404)

        @bp.route("/api/scenarios", methods=["GET"])
        async def scenario_list(request: Request):
            return response.json([s.describe() for s in _scenarios().all()])

        @bp.route("/api/conversation/<conversation_id>", methods=["GET"])
        async def conversation(request: Request, conversation_id: str):
            # Conversation ids are random (128 bits) and known only to their browser.
            if not SESSION_ID.match(conversation_id):
                return response.json({"error": "ongeldig gesprek-id"}, status=400)
            store = request.app.ctx.agent.tracker_store
            tracker = await store.retrieve(conversation_id) if store else None
            session = tracker.get_slot("session") if tracker else None
            if isinstance(session, str):
                try:
                    session = json.loads(session)
                except ValueError:
                    session = None
            if not session:
                return response.json({"session": None})
            return response.json({"session": public_session(session)})

        @bp.route("/api/progress/<practice_id>", methods=["GET"])
        async def progress(request: Request, practice_id: str):
            # A practice id is random and lives in one browser: holding it is the access.
            if not repository.valid_practice_id(practice_id):
                return response.json({"error": "ongeldig oefen-id"}, status=400)
            return response.json({"sessions": repository.progress(_database(), practice_id)})

        @bp.route("/api/workshops", methods=["POST"])
        async def create_workshop(request: Request):
            body = request.json if isinstance(request.json, dict) else {}
            try:
                created = repository.create_workshop(_database(), str(body.get("name") or ""))
            except repository.WorkshopError as error:
                return response.json({"error": str(error)}, status=400)
            created["dashboard_url"] = dashboard_url(created["code"], created["facilitator_token"],
                                                     _public_base(request))
            return response.json(created, status=201)

        def facilitator_only(handler):
            """Runs ``handler(request, workshop)`` for the workshop's facilitator only:
            401 without a bearer token, 403 with a wrong one."""

            @functools.wraps(handler)
            async def guarded(request: Request, code: str):
                header = request.headers.get("authorization", "")
                token = header[7:].strip() if header.lower().startswith("bearer ") else None
                try:
                    found = repository.authorise(_database(), code, token)
                except repository.AccessDenied as error:
                    return response.json({"error": str(error)}, status=error.status)
                return await handler(request, found)

            return guarded

        @bp.route("/api/workshops/<code>", methods=["GET", "DELETE"])
        @facilitator_only
        async def workshop(request: Request, found):
            if request.method == "DELETE":
                deleted = repository.delete_workshop(_database(), found)
                return response.json({"deleted": True, "sessions_deleted": deleted})
            return response.json(repository.workshop_overview(_database(), found))

        @bp.route("/api/workshops/<code>/close", methods=["POST"])
        @facilitator_only
        async def close(request: Request, found):
            repository.close_workshop(_database(), found)
            return response.json({"closed": True})

        @bp.route("/api/workshops/<code>/export.csv", methods=["GET"])
        @facilitator_only
        async def export(request: Request, found):
            return response.text(repository.workshop_csv(_database(), found), content_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": f'attachment; filename="workshop-{found.code}.csv"'})

        @bp.route("/workshop/<code>", methods=["GET"])
        async def dashboard(request: Request, code: str):
            html = _templates().get_template("dashboard.html").render(code=repository.normalise_code(code))
            return response.html(html, headers={"Content-Security-Policy": CSP,
                                                "X-Content-Type-Options": "nosniff",
                                                "Referrer-Policy": "no-referrer",
                                                "Cache-Control": "no-store"})

        return bp


def _public_base(request: Request) -> str:
    return os.environ.get("COACH_PUBLIC_URL") or f"{request.scheme}://{request.host}"


def dashboard_url(code: str, token: str, base: str) -> str:
    """The facilitator's link; the token travels in the fragment, which browsers
    never send to a server (so it stays out of logs)."""
    return f"{base.rstrip('/')}/coach/workshop/{code}#token={token}"


@functools.lru_cache(maxsize=1)
def _database():
    from actions.runtime import database

    return database()


def public_session(session: Dict) -> Dict:
    """What the page needs to redraw a conversation: no internal bookkeeping."""
    keep = ("scenario", "teacher_name", "mode", "status", "teacher", "start", "turns", "report",
            "opening")
    return {key: session.get(key) for key in keep if key in session}


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
        import inspect

        origins = set(allowed_origins())

        def accepted(origin, environ=None) -> bool:
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
            if not isinstance(session_id, str) or not SESSION_ID.match(session_id):
                session_id = uuid.uuid4().hex
            joined = sio.enter_room(sid, session_id)
            if inspect.isawaitable(joined):
                await joined
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Dict) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("session_id"), str) \
                    or not SESSION_ID.match(data["session_id"]):
                await sio.emit(self.bot_message_evt, {"custom": {
                    "role": "coach", "acts": [], "kind": "error",
                    "text": "De verbinding is niet goed opgezet. Herlaad de pagina."}}, room=sid)
                return
            text = data.get("message")
            message = UserMessage(
                text if isinstance(text, str) else "",
                CoachSocketIOOutput(sio, self.bot_message_evt),
                data["session_id"],
                input_channel=self.name(),
                metadata=data.get(self.metadata_key) if isinstance(data.get(self.metadata_key), dict) else None,
            )
            await on_new_message(message)

        return bp
