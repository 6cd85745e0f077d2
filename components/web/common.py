"""What the /coach/ blueprints share: their channel base class, the page headers, the
JSON error shape, and database calls that run off the event loop. Every blueprint also
installs the server-wide guard (guard.py) before the server starts."""

from __future__ import annotations

import asyncio
import functools
from typing import Any, Awaitable, Callable, Dict, Optional, Sequence, Text, Tuple, TypeVar

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.response import HTTPResponse

from bot import runtime
from bot.errors import InvalidInput

T = TypeVar("T")

#: Rasa mounts a channel's blueprint at ``/webhooks/<url_prefix>``; a prefix that
#: starts with "/" replaces that path, so the page and its APIs live at /coach/ on
#: Rasa's own port: no second process to deploy.
PREFIX = "/coach"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
    "form-action 'self'"
)


class CoachRoutes(InputChannel):
    """A group of routes under /coach/, listed in credentials.yml like any channel.

    These channels receive no messages (conversations go through the socket.io and
    REST channels); Rasa's channel list is simply how routes get onto its server. A
    subclass names itself (``NAME``, ``BLUEPRINT``) and lists its ``ROUTES``."""

    NAME: Text = "coach"
    BLUEPRINT: Text = "coach"
    #: (handler, path under /coach, HTTP methods)
    ROUTES: Sequence[Tuple[Callable, Text, Sequence[Text]]] = ()

    @classmethod
    def name(cls) -> Text:
        return cls.NAME

    def url_prefix(self) -> Text:
        return PREFIX

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        from components.web import guard  # guard imports this module; this runs at server set-up

        bp = Blueprint(self.BLUEPRINT, __name__)
        for handler, path, methods in self.ROUTES:
            bp.add_route(handler, path, methods=list(methods))
        bp.listener("before_server_start")(guard.install_before_start)
        return bp


def json_error(message: str, status: int, detail: Optional[str] = None,
               headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
    """The API's error answer: ``{"error": message}`` (Dutch, for the user), with
    ``detail`` (English, for the client's developer) when there is one to give."""
    body = {"error": message} if detail is None else {"error": message, "detail": detail}
    return response.json(body, status=status, headers=headers)


def problem(error: InvalidInput) -> HTTPResponse:
    """What a client sent cannot be used: 400, with what is wrong and what to do."""
    return json_error(error.message, 400, error.detail)


async def with_database(function: Callable[..., T], *args: Any) -> T:
    """``function(database, *args)`` in a worker thread (the loop's default executor).

    The project's database calls are blocking SQLAlchemy; run on the event loop, a
    slow query (a dashboard poll of a big workshop) would stall every conversation on
    this server. The database itself is built on first use (``bot.runtime``)."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(_call, function, args))


def _call(function: Callable[..., T], args: tuple) -> T:
    return function(runtime.database(), *args)
