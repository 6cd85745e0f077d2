"""A freshly started bot is ready only when a first turn is as fast as any other
(components/server.py); the turn is analysed once, in the Rasa server, and the action
server runs without TensorFlow (issue 11). How fast it gets ready (under 30 s on a quiet
machine) is measured by `make bench`, not here: a test's timing says more about what
else the machine is doing than about the bot."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import Servers

pytestmark = [pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def fresh(trained_model, tmp_path_factory):
    servers = Servers(tmp_path_factory.mktemp("warm"))
    servers.migrate()
    began = time.perf_counter()
    servers.launch_actions()
    servers.launch_rasa()
    try:
        servers.wait_for_actions()
        servers.wait_for_rasa()
        servers.ready_after = time.perf_counter() - began
        # What the logs said at the moment both servers first answered.
        servers.logs_when_ready = {name: (servers.log_dir / f"{name}.log").read_text(errors="replace")
                                   for name in ("rasa", "actions")}
        yield servers
    finally:
        servers.stop()


def test_a_cold_start_gets_ready(fresh):
    # A generous bound that catches a server that hangs in its warm-up.
    assert fresh.ready_after < 180, f"ready after {fresh.ready_after:.1f} s"


def test_both_servers_answer_only_after_their_warm_up(fresh):
    assert "Rasa server: warm-up done" in fresh.logs_when_ready["rasa"]
    assert "action server: warm-up done" in fresh.logs_when_ready["actions"]


def test_the_action_server_runs_without_tensorflow(fresh):
    mapped = Path(f"/proc/{fresh.actions.pid}/maps").read_text()
    assert "tensorflow" not in mapped
    assert "tensorflow" in Path(f"/proc/{fresh.rasa.pid}/maps").read_text()  # the check can see it


def test_the_action_server_runs_without_spacy(fresh):
    sender = f"warm-{uuid.uuid4().hex}"
    fresh.say(sender, '/start{"scenario":"rooster"}')
    replies = fresh.say(sender, "Hoeveel kinderen doen er mee? En wat vinden de ouders ervan?")
    assert any("text" in r and "custom" not in r for r in replies)  # the teacher answered
    mapped = Path(f"/proc/{fresh.actions.pid}/maps").read_text()
    assert "/spacy/" not in mapped
    assert "/spacy/" in Path(f"/proc/{fresh.rasa.pid}/maps").read_text()  # the check can see it


def test_the_warm_up_readings_are_what_the_analysis_makes_of_the_turns():
    from bot import readings
    from bot.analysis.combine import analyse_sentences
    from components.server import WARM_UP_TURNS, warm_up_readings

    stored = warm_up_readings()
    for text, _ in WARM_UP_TURNS:
        assert readings.dump(stored[text]) == readings.dump(analyse_sentences(text)), text


def test_the_coach_quotes_the_closed_question_from_the_rasa_servers_readings(fresh):
    sender = f"warm-{uuid.uuid4().hex}"
    fresh.say(sender, '/start{"scenario":"babette"}')
    question = "Heb je al met de ouders gesproken?"
    replies = fresh.say(sender, question)
    [coach] = [r["custom"] for r in replies if r.get("custom", {}).get("role") == "coach"]
    assert coach["acts"] == ["closed_question"]
    # The coach quotes and rewrites the leader's own question only with the sentence
    # readings, which now come with the parse instead of a second analysis.
    assert question in coach["text"]
    assert any("text" in r and "custom" not in r for r in replies)  # the teacher answered
