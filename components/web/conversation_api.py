"""What the page and the widget read besides the conversation itself:

    GET /coach/api/scenarios               the scenarios (id, title, summary)
    GET /coach/api/vocabulary              the acts: order, Dutch labels, good moves,
                                           the turn-length limit (bot/acts.py)
    GET /coach/api/conversation/<id>       the session of one conversation id (to
                                           restore a conversation after a page reload)
    GET /coach/api/progress/<practice_id>  a leader's earlier sessions (the trend chart) and
                                           goals exercises

No login: a conversation id (128 random bits) and a practice id are random and known
only to their browser; holding one is the access. Cross-origin requests (the widget)
are answered for the allowed origins by Rasa's ``--cors``, like every route.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from sanic import response
from sanic.request import Request

from bot import acts, runtime
from bot.limits import CONVERSATION_ID, valid_practice_id
from bot.state import SessionFormatError, SessionState
from bot.storage import statistics
from components.web.common import CoachRoutes, json_error, with_database

#: What the page needs to redraw a conversation: no internal bookkeeping.
PUBLIC_KEYS = ("scenario", "teacher_name", "mode", "status", "teacher", "start", "turns", "report", "opening")


def public_session(slot: Any) -> Optional[Dict]:
    """The public part of the tracker's ``session`` slot; None when there is no
    session or it cannot be read."""
    if not slot:
        return None
    try:
        data = SessionState.from_json(slot).to_json()
    except SessionFormatError:
        return None
    return {key: data[key] for key in PUBLIC_KEYS if key in data}


async def scenario_list(request: Request):
    return response.json([s.describe() for s in runtime.scenarios().all()])


async def vocabulary(request: Request):
    return response.json(acts.vocabulary())


async def conversation(request: Request, conversation_id: str):
    if not CONVERSATION_ID.fullmatch(conversation_id):
        return json_error("ongeldig gesprek-id", 400,
                          "a conversation id is 32-80 letters, digits, - or _, as the page makes them")
    # Rasa's tracker store is Rasa's async API, awaited here as Rasa awaits it for
    # every message; the project's own database calls run off the loop (progress).
    store = request.app.ctx.agent.tracker_store
    tracker = await store.retrieve(conversation_id) if store else None
    session = public_session(tracker.get_slot("session") if tracker else None)
    return response.json({"session": session})


async def progress(request: Request, practice_id: str):
    if not valid_practice_id(practice_id):
        return json_error("ongeldig oefen-id", 400)
    from bot.storage import exercises

    return response.json({"sessions": await with_database(statistics.progress, practice_id),
                          "exercises": await with_database(exercises.for_practice_id, practice_id)})


class ConversationApi(CoachRoutes):
    """The page's and the widget's JSON API at /coach/api/."""

    NAME = BLUEPRINT = "coach_conversation"
    ROUTES = (
        (scenario_list, "/api/scenarios", ("GET",)),
        (vocabulary, "/api/vocabulary", ("GET",)),
        (conversation, "/api/conversation/<conversation_id>", ("GET",)),
        (progress, "/api/progress/<practice_id>", ("GET",)),
    )
