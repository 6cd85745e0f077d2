"""The facilitator's workshop API:

    POST   /coach/api/workshops                  create from {"name": ...}; answers the
                                                 code, the facilitator token (once) and
                                                 the dashboard link (201; 400 without a
                                                 name or with a body that is no such object)
    GET    /coach/api/workshops/<code>           the dashboard's overview
    DELETE /coach/api/workshops/<code>           the workshop with all its sessions
    POST   /coach/api/workshops/<code>/close     no new participants
    GET    /coach/api/workshops/<code>/export.csv

Everything but create passes ``facilitator_only``: ``Authorization: Bearer <token>``,
401 without a token, 403 with a wrong one (or an unknown code: codes cannot be
probed). The domain raises MissingToken and WrongToken; the status is decided here.
"""

from __future__ import annotations

import functools
from typing import Any, Awaitable, Callable, Optional

from sanic import response
from sanic.request import Request

from bot import runtime
from bot.errors import AccessDenied, InvalidInput, MissingToken, WorkshopError, WrongToken
from bot.storage import export, statistics, workshops
from bot.storage.models import Workshop
from bot.workshop import dashboard_url
from components.web import inputs
from components.web.common import CoachRoutes, json_error, problem, with_database

ACCESS_STATUS = {MissingToken: 401, WrongToken: 403}

Guarded = Callable[[Request, Workshop], Awaitable[Any]]


def bearer_token(request: Request) -> Optional[str]:
    header = request.headers.get("authorization", "")
    return header[7:].strip() if header.lower().startswith("bearer ") else None


def facilitator_only(handler: Guarded) -> Callable[[Request, str], Awaitable[Any]]:
    """Runs ``handler(request, workshop)`` for the workshop's facilitator only:
    401 without a bearer token, 403 with a wrong one."""

    @functools.wraps(handler)
    async def guarded(request: Request, code: str):
        try:
            found = await with_database(workshops.authorise, code, bearer_token(request))
        except AccessDenied as error:
            return json_error(str(error), ACCESS_STATUS.get(type(error), 403))
        return await handler(request, found)

    return guarded


def public_base(request: Request) -> str:
    """Where users reach the bot: COACH_PUBLIC_URL, else the address of this request."""
    return runtime.settings().public_url or f"{request.scheme}://{request.host}"


CREATE_EXAMPLE = '{"name": "Schoolleiders november"}'


def workshop_name(body: bytes) -> str:
    """The name a create request sends: a JSON object with ``name`` as text."""
    data = inputs.json_object(body, CREATE_EXAMPLE)
    name = data.get("name")
    if name is None:
        return ""  # create_workshop says to give a name
    if not isinstance(name, str):
        raise InvalidInput("Geef de workshop een naam (tekst).",
                           f'"name" must be a string, not {inputs.json_type(name)}; send {CREATE_EXAMPLE}')
    return inputs.readable_text(name, '"name"', "De naam bevat een teken dat ik niet kan lezen. Typ hem opnieuw.")


async def create(request: Request):
    try:
        name = workshop_name(request.body)
    except InvalidInput as error:
        return problem(error)
    try:
        created = await with_database(workshops.create_workshop, name)
    except WorkshopError as error:
        return json_error(str(error), 400)
    created["dashboard_url"] = dashboard_url(created["code"], created["facilitator_token"], public_base(request))
    return response.json(created, status=201)


@facilitator_only
async def workshop(request: Request, found: Workshop):
    if request.method == "DELETE":
        deleted = await with_database(workshops.delete_workshop, found)
        return response.json({"deleted": True, "sessions_deleted": deleted})
    return response.json(await with_database(statistics.workshop_overview, found))


@facilitator_only
async def close(request: Request, found: Workshop):
    await with_database(workshops.close_workshop, found)
    return response.json({"closed": True})


@facilitator_only
async def export_csv(request: Request, found: Workshop):
    return response.text(
        await with_database(export.workshop_csv, found),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="workshop-{found.code}.csv"'},
    )


class WorkshopApi(CoachRoutes):
    """The workshop API at /coach/api/workshops."""

    NAME = BLUEPRINT = "coach_workshops"
    ROUTES = (
        (create, "/api/workshops", ("POST",)),
        (workshop, "/api/workshops/<code>", ("GET", "DELETE")),
        (close, "/api/workshops/<code>/close", ("POST",)),
        (export_csv, "/api/workshops/<code>/export.csv", ("GET",)),
    )
