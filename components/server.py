"""Start the bot's servers, warm, the way `make run` and the tests do.

    python -m components.server run …            the Rasa server (the arguments of `rasa run`)
    python -m components.server run actions …    the action server (those of `rasa run actions`)

Both do everything a leader's first turn would otherwise do on that leader's time
*before* the server listens, so ``/`` (Rasa) and ``/health`` (actions) answer only
when a first turn is as fast as any other; both log "warm-up done in … s".

- The Rasa server installs the speed-ups of ``rasa_speedups.py``, loads the model as
  Rasa does, then parses real turns (spaCy, the featurizers, DIET's first TensorFlow
  call, which traces its graph, and ``bot.analysis`` with its own spaCy pipeline),
  predicts the next action for such a turn (the rule policy), reads the tracker store
  (its database connection) and builds what the web channels share (settings,
  scenarios, database). The socket.io channel hands its messages to the same agent.
- The action server runs ``rasa_sdk`` without importing Rasa (which would bring
  TensorFlow) or spaCy, and before listening loads the actions, the scenarios and the
  database (connected, its tables mapped) and plays a practice session in memory, never
  stored, with the readings the Rasa server would send (``warm_up_readings.json``): the
  teacher, the coach and the debrief, with every module and table they load.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import List, Optional

logger = logging.getLogger(__name__)

#: Leader turns for the warm-up (a question, a closed question with a compliment, a
#: reflection), with the acts the model gives them; their replies are never shown or stored.
WARM_UP_TURNS = (
    ("Hoe gaat het met de computers in je klas?", ["open_question"]),
    ("Wat goed dat je dit oppakt! Heb je al met de ouders gesproken?", ["closed_question", "compliment"]),
    ("Dus de kinderen regelen de beurten nu zelf.", ["reflection", "student_focus"]),
)
#: The conversation id the Rasa server's warm-up reads (never written).
WARM_UP_CONVERSATION = "gesprekscoach-warm-up"


def main(argv: Optional[List[str]] = None) -> None:
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:2] == ["run", "actions"]:
        run_action_server(args[2:])
    else:
        run_rasa(args)


# ---------------------------------------------------------------- the Rasa server

def run_rasa(args: List[str]) -> None:
    from components import rasa_speedups, resilience

    rasa_speedups.install()
    resilience.install()
    install_rasa_warm_up()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *args]
    rasa_main()


def install_rasa_warm_up() -> None:
    """Rasa loads its model in a ``before_server_start`` listener (``load_agent_on_start``);
    the warm-up runs right after it, in the same listener, so the server binds its port
    only when both are done."""
    import rasa.core.run

    load_agent_on_start = rasa.core.run.load_agent_on_start
    if getattr(load_agent_on_start, "warms_up", False):
        return

    async def load_and_warm(model_path, endpoints, remote_storage, app, loop):
        agent = await load_agent_on_start(model_path, endpoints, remote_storage, app, loop)
        await warm_rasa_server(agent)
        return agent

    load_and_warm.warms_up = True
    rasa.core.run.load_agent_on_start = load_and_warm


async def warm_rasa_server(agent) -> None:
    """A first turn's work on the Rasa side, done once without a leader."""
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot import runtime
    from components import rasa_speedups

    started = time.perf_counter()
    if not agent.is_ready():
        logger.warning("no model loaded: nothing to warm up")
        return
    for text, _ in WARM_UP_TURNS:
        parse = await agent.parse_message(text)
        tracker = DialogueStateTracker.from_events(
            WARM_UP_CONVERSATION,
            [ActionExecuted(ACTION_LISTEN_NAME), UserUttered(text, parse.get("intent"), parse.get("entities"), parse)],
            agent.domain.slots,
        )
        agent.predict_next_with_tracker(tracker)
        tracker.current_state()
    await agent.tracker_store.retrieve(WARM_UP_CONVERSATION)
    rasa_speedups.response_validator()
    runtime.settings()
    runtime.scenarios()
    runtime.database().check()
    logger.info("Rasa server: warm-up done in %.1f s", time.perf_counter() - started)


# ---------------------------------------------------------------- the action server

def run_action_server(args: List[str]) -> None:
    # The action server runs no model and no spaCy pipeline: the turn's sentence readings
    # come with the parse (bot/readings.py) and the word tables are read without spaCy
    # (bot/nlp.py). TensorFlow is marked absent all the same, so that a stray import
    # (thinc imports it merely because it is installed) cannot cost 2 s and 400 MB.
    sys.modules.setdefault("tensorflow", None)
    import pluggy
    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser
    from rasa_sdk.plugin import plugin_manager

    hookimpl = pluggy.HookimplMarker("rasa_sdk")

    class WarmUp:
        """rasa_sdk's plugin hook: a listener that warms the server before it listens."""

        @hookimpl
        def attach_sanic_app_extensions(self, app) -> None:
            app.register_listener(lambda *_: warm_action_server(), "before_server_start")

    manager = plugin_manager()
    if not any(isinstance(plugin, WarmUp) for plugin in manager.get_plugins()):
        manager.register(WarmUp())
    main_from_args(create_argument_parser().parse_args(args))


def warm_action_server() -> None:
    """A first turn's work on the action side, done once without a leader: the
    scenarios, the database and a practice session in memory (nothing is stored)."""
    from bot import runtime
    from bot import session as practice
    from bot.analysis.combine import TurnAnalysis
    from bot.state import SessionState

    started = time.perf_counter()
    library = runtime.scenarios()
    database = runtime.database()
    database.check()
    warm_storage(database)
    outcome = practice.start(library, practice.default_scenario(library))
    session = outcome.session
    readings = warm_up_readings()
    for text, acts in WARM_UP_TURNS:
        analysis = TurnAnalysis(text=text, acts=list(acts), sentences=readings[text])
        session = practice.turn(library, session, text, analysis).session
    session = practice.hint(library, session).session or session
    stopped = practice.stop(library, session).session or session
    SessionState.from_json(stopped.dumps())
    logger.info("action server: warm-up done in %.1f s", time.perf_counter() - started)


#: The warm-up turns' sentence readings, as the Rasa server sends them with the parse:
#: the action server never analyses a turn itself (no spaCy there). A test keeps them
#: equal to what the analysis makes of the turns today.
WARM_UP_READINGS = Path(__file__).with_name("warm_up_readings.json")


def warm_up_readings() -> dict:
    import json

    from bot import readings

    data = json.loads(WARM_UP_READINGS.read_text(encoding="utf-8"))
    return {text: readings.load(data[text]) for text, _ in WARM_UP_TURNS}


def warm_storage(database) -> None:
    """Map the project's tables and compile the reads of a turn's write path
    (``bot.storage.sessions.sync_session``) without writing anything."""
    from sqlalchemy import select

    from bot.storage.models import Correction, Debrief, PracticeSession, Turn

    with database.session() as s:
        s.get(PracticeSession, WARM_UP_CONVERSATION)
        s.get(Debrief, WARM_UP_CONVERSATION)
        s.execute(select(Turn.number).where(Turn.session_id == WARM_UP_CONVERSATION)).all()
        s.execute(select(Correction).where(Correction.session_id == WARM_UP_CONVERSATION)).all()


if __name__ == "__main__":
    main()
