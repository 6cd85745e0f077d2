"""The REST channel (POST /webhooks/rest/webhook): Rasa's own, except that a turn the bot
failed on is answered with 503 and ``{"error", "detail"}`` instead of Rasa's ``200 []``.

An empty list with 200 looks like a turn that was heard and had no answer; a client
(the page, the widget, a REST client, nginx in front of several servers) cannot tell
it from success and would not try again, so the turn would be lost. A 503 says: try
again, with the same ``metadata.message_id``; the server then runs the turn once, or,
when the failed attempt did finish after all, sends its stored reply
(``components/resilience.py``).

Rasa's ``?stream=true`` mode is not offered: the practice page, the widget and the
documented REST use (DESIGN.md) all read the whole answer.
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from components.web import guard
from components.web.common import json_error

logger = logging.getLogger(__name__)

TRY_AGAIN = "Je beurt kwam niet goed aan. Stuur hem nog eens; er gaat niets dubbel."
TRY_AGAIN_DETAIL = ("the bot failed on this turn (logged on the server); send it again with the same "
                    "metadata.message_id and it is handled once")


class CoachRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("custom_webhook_CoachRestInput", __name__)
        bp.listener("before_server_start")(guard.install_before_start)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            # The body was checked by the guard (inputs.rest_message) before it got here.
            sender_id = await self._extract_sender(request)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(
                    self._extract_message(request), collector, sender_id,
                    input_channel=self._extract_input_channel(request), metadata=self.get_metadata(request),
                ))
            except CancelledError:
                raise
            except Exception:  # noqa: BLE001 - answered as a turn to send again, and logged
                logger.exception("REST turn of conversation %s failed", sender_id)
                return json_error(TRY_AGAIN, 503, TRY_AGAIN_DETAIL)
            return response.json(collector.messages)

        return bp
