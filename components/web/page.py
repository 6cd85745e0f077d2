"""The practice page, the widget script, their static files and the facilitator's
dashboard page, all at /coach/:

    GET /coach/                  the practice page (Jinja2, with a CSP header)
    GET /coach/widget.js         the one-script-tag intranet widget
    GET /coach/static/<file>     CSS, JS and the vendored socket.io client
    GET /coach/workshop/<code>   the facilitator's dashboard (its data comes from
                                 workshop_api.py, with the token from the link)

Pages never carry data the browser could fetch: the act labels come from
GET /coach/api/vocabulary, the dashboard's figures from the workshop API.
"""

from __future__ import annotations

import functools

from sanic import response
from sanic.request import Request

from bot import runtime
from bot.limits import MAX_TURN_CHARS, WORKSHOP_CODE
from bot.settings import PROJECT_ROOT
from bot.storage.workshops import normalise_code
from components.web.common import CSP, CoachRoutes, json_error

WEB = PROJECT_ROOT / "web"
STATIC = WEB / "static"
VENDOR = PROJECT_ROOT / "var" / "web" / "vendor"
#: Static files are never cached stale: a new version of chat.js shows at once.
FILE_HEADERS = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}


@functools.lru_cache(maxsize=1)
def templates():
    """The Jinja2 environment (autoescaping HTML), built on first use."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(WEB / "templates")),
        autoescape=jinja2.select_autoescape(["html"]),
    )


async def practice_page(request: Request):
    html = templates().get_template("page.html").render(
        scenarios=[s.describe() for s in runtime.scenarios().all()],
        max_turn_chars=MAX_TURN_CHARS,
    )
    return response.html(html, headers={
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    })


async def widget(request: Request):
    return await response.file(str(STATIC / "widget.js"), headers=FILE_HEADERS)


async def static_file(request: Request, name: str):
    """A file of web/static/ or of the built vendor folder; nothing outside them."""
    for folder in (STATIC, VENDOR):
        try:
            path = (folder / name).resolve()
            found = folder.resolve() in path.parents and path.is_file()
        except (OSError, ValueError):  # a name too long for the file system, a NUL byte
            found = False
        if found:
            return await response.file(str(path), headers=FILE_HEADERS)
    return json_error("Dit bestand bestaat niet.", 404,
                      f"no file {name[:80]!r} in /coach/static/; the page loads its own files")


async def dashboard(request: Request, code: str):
    code = normalise_code(code)
    if not WORKSHOP_CODE.fullmatch(code):
        return json_error("Deze workshopcode bestaat niet. Gebruik de link die je kreeg toen je de workshop maakte.",
                          404, "a workshop code is 4-12 letters and digits, as in /coach/workshop/K7MX4Q")
    html = templates().get_template("dashboard.html").render(code=code)
    # No referrer and no caching: the page's link carried the facilitator token.
    return response.html(html, headers={
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    })


class CoachPage(CoachRoutes):
    """The practice page and the widget at /coach/."""

    NAME, BLUEPRINT = "coach", "coach_page"
    ROUTES = (
        (practice_page, "/", ("GET",)),
        (widget, "/widget.js", ("GET",)),
        (static_file, "/static/<name:path>", ("GET",)),
        (dashboard, "/workshop/<code>", ("GET",)),
    )
