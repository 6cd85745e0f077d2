"""What the whole server answers when a request cannot be served: JSON that says what to
do, never Sanic's HTML error pages, never a 500 for a client's mistake.

``install(app)`` runs once per server, before it starts (every channel of
components/web/ registers ``before_server_start``, so the guard is there whichever of
them credentials.yml lists). It sets:

- the request body limit, ``bot.limits.MAX_REQUEST_BYTES`` (Sanic's own is 100 MB);
- a check in front of Rasa's REST webhook (POST /webhooks/rest/webhook), which reads
  the body unchecked: a list as body is a 500, a number as message an empty answer, a
  lone surrogate in the sender ends the server, a 100,000-character turn takes 11 GB
  in DIET. ``inputs.rest_message`` answers the bad ones with 400 and ``{"error",
  "detail"}`` and cuts a long turn to its limit; a command that cannot be read
  (``/start{not json``) is answered in the conversation, as a coach message in the list
  the webhook returns, the way the bot answers an unknown scenario;
- JSON errors for every status Sanic raises on any route: 400 (a body that is no
  JSON), 404 (no such route, also under /coach/), 405 (wrong method, with ``Allow``),
  413 (over the body limit), and a last 500 that logs the error and tells the user to
  try again. The body is ``{"error": Dutch, "detail": English}`` like the APIs'.

The socket.io channel checks its own events (socketio_channel.py); its HTTP handshake
answers are python-engineio's (400 with a plain-text reason, e.g. a refused origin).
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.errors import CommandError, InvalidInput
from bot.limits import MAX_REQUEST_BYTES, MAX_TURN_CHARS
from components.web import inputs
from components.web.common import problem

logger = logging.getLogger(__name__)

#: Rasa's REST channel: ``rest`` in credentials.yml, mounted by Rasa under /webhooks/.
REST_WEBHOOK = "/webhooks/rest/webhook"
WHERE_TO_GO = ("the practice page is GET /coach/; conversations go to POST /webhooks/rest/webhook "
               "or socket.io at /socket.io; the JSON APIs are under /coach/api/")

#: The user's half of each error, by status (Dutch); the developer's half is built below.
MESSAGES = {
    400: "Dit verzoek kon ik niet lezen. Kijk in 'detail' wat er mis is, en stuur het opnieuw.",
    404: "Dit adres bestaat niet. De oefenpagina staat op /coach/.",
    405: "Dit adres werkt niet met {method}: gebruik {allowed}.",
    408: "Het verzoek duurde te lang. Probeer het nog eens.",
    413: f"Dit verzoek is te groot. Een beurt heeft hoogstens {inputs.dutch_number(MAX_TURN_CHARS)} tekens: "
         "maak je bericht korter en stuur het opnieuw.",
    500: "Er ging bij ons iets mis. Probeer het zo nog eens; blijft het misgaan, meld het dan bij de beheerder.",
    503: "De server is nog niet klaar. Probeer het zo nog eens.",
}
OTHER_CLIENT_ERROR = "Dit verzoek kan ik niet verwerken. Kijk in 'detail' wat er mis is."


def install(app: Sanic) -> None:
    """The guard on ``app``; a second call does nothing."""
    if getattr(app.ctx, "coach_guard", False):
        return
    app.ctx.coach_guard = True
    app.config.REQUEST_MAX_SIZE = min(int(app.config.REQUEST_MAX_SIZE), MAX_REQUEST_BYTES)
    app.register_middleware(check_rest_webhook, "request")
    # Exception covers Sanic's own errors (NotFound, MethodNotSupported, InvalidUsage,
    # PayloadTooLarge, ...) and anything a handler did not catch. Handlers registered
    # for a narrower class (Rasa's HTTP API, when enabled) still come first.
    app.error_handler.add(Exception, json_error_page)


async def install_before_start(app: Sanic, _loop: Any = None) -> None:
    """A ``before_server_start`` listener: the channels register this one."""
    install(app)


async def check_rest_webhook(request: Request) -> Optional[HTTPResponse]:
    """Rasa's REST webhook gets only a body it can read; None lets it through."""
    if request.method != "POST" or request.path.rstrip("/") != REST_WEBHOOK:
        return None
    if getattr(request.stream, "request_body", None):
        # The body did not arrive whole (over the size limit, broken chunked encoding).
        # Sanic runs request middleware once more while it answers that error; its
        # error (413 or 400, json_error_page) is the answer, not "the body is empty".
        return None
    try:
        message = inputs.rest_message(request.body)
    except InvalidInput as error:
        return problem(error)
    try:
        inputs.check_command(message.text)
    except CommandError as error:
        return response.json([{"recipient_id": message.sender, "custom": inputs.coach_error(error)}])
    # Rasa reads request.json: the body as checked, its turn cut to the limit.
    request.parsed_json = message.body
    return None


def json_error_page(request: Optional[Request], exception: Exception) -> HTTPResponse:
    """Sanic's error handler for every route: ``{"error", "detail"}`` with the status.

    Synchronous on purpose: sanic-cors (Rasa's --cors) adds its headers only to the
    answers of synchronous handlers, and a widget on an allowed origin must be able
    to read the error."""
    status = getattr(exception, "status_code", 500) if isinstance(exception, SanicException) else 500
    method = getattr(request, "method", "?")
    path = getattr(request, "path", "?")
    headers = getattr(exception, "headers", None) or None
    if status >= 500:
        logger.error("%s %s failed", method, path, exc_info=exception)
        detail = "an error on the server, logged there" if status == 500 else str(exception)
    elif status == 404:
        detail = f"no route for {method} {path}; {WHERE_TO_GO}"
    elif status == 405:
        allowed = (headers or {}).get("Allow", "")
        detail = f"{method} is not allowed on {path}; allowed: {allowed or 'none'}"
    elif status == 413:
        detail = (f"the body is over the limit of {MAX_REQUEST_BYTES} bytes; "
                  f"a turn has at most {MAX_TURN_CHARS} characters")
    else:
        detail = str(exception) or f"HTTP {status}"
    message = MESSAGES.get(status, OTHER_CLIENT_ERROR if status < 500 else MESSAGES[500])
    if status == 405:
        message = message.format(method=method, allowed=" of ".join((headers or {}).get("Allow", "GET").split(", ")))
    return response.json({"error": message, "detail": detail}, status=status, headers=headers)
