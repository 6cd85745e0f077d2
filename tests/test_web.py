"""components/web/: the handlers called directly (no server, no model): database work
runs off the event loop, the facilitator check maps the domain's errors to statuses,
the vocabulary and the restored session have the shape the browser reads."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest

from bot import runtime
from bot.errors import MissingToken, WrongToken
from bot.storage import statistics, workshops
from components.web import common, conversation_api, workshop_api

DATABASE = object()  # stands in for bot.runtime.database(): these tests touch no database


class FakeRequest:
    def __init__(self, method="GET", token=None):
        self.method = method
        self.headers = {"authorization": f"Bearer {token}"} if token else {}


def body(answer) -> dict:
    return json.loads(answer.body)


@pytest.fixture()
def loop_threads(monkeypatch):
    """Records the thread of every (stubbed) database call."""
    monkeypatch.setattr(runtime, "database", lambda: DATABASE)
    return []


def test_database_calls_run_off_the_event_loop(loop_threads):
    def query(db, value):
        assert db is DATABASE
        return value, threading.get_ident()

    async def call():
        return threading.get_ident(), await common.with_database(query, 42)

    loop_thread, (value, worker_thread) = asyncio.run(call())
    assert value == 42 and worker_thread != loop_thread


def test_dashboard_poll_reads_the_database_off_the_event_loop(monkeypatch, loop_threads):
    def authorise(db, code, token):
        loop_threads.append(("authorise", threading.get_ident()))
        assert (db, code, token) == (DATABASE, "K7MX4Q", "secret")
        return "the workshop"

    def overview(db, found):
        loop_threads.append(("overview", threading.get_ident()))
        return {"code": "K7MX4Q", "workshop": found}

    monkeypatch.setattr(workshops, "authorise", authorise)
    monkeypatch.setattr(statistics, "workshop_overview", overview)

    async def poll():
        return threading.get_ident(), await workshop_api.workshop(FakeRequest(token="secret"), "K7MX4Q")

    loop_thread, answer = asyncio.run(poll())
    assert answer.status == 200 and body(answer) == {"code": "K7MX4Q", "workshop": "the workshop"}
    assert [name for name, _ in loop_threads] == ["authorise", "overview"]
    assert all(thread != loop_thread for _, thread in loop_threads)


@pytest.mark.parametrize("error, status", [(MissingToken("geen token"), 401), (WrongToken("fout token"), 403)])
def test_facilitator_check_maps_missing_token_to_401_and_wrong_token_to_403(monkeypatch, loop_threads,
                                                                             error, status):
    def authorise(db, code, token):
        raise error

    monkeypatch.setattr(workshops, "authorise", authorise)
    answer = asyncio.run(workshop_api.close(FakeRequest("POST", token="x"), "K7MX4Q"))
    assert answer.status == status and body(answer) == {"error": str(error)}


def test_facilitator_check_without_a_token_never_reaches_the_handler(monkeypatch, loop_threads):
    monkeypatch.setattr(workshops, "close_workshop", lambda *args: pytest.fail("closed without a token"))
    answer = asyncio.run(workshop_api.close(FakeRequest("POST"), "K7MX4Q"))
    assert answer.status == 401


def test_vocabulary_lists_the_ten_acts_with_dutch_labels():
    vocabulary = body(asyncio.run(conversation_api.vocabulary(FakeRequest())))
    assert len(vocabulary["acts"]) == 10
    assert set(vocabulary["labels"]) == set(vocabulary["acts"])
    assert vocabulary["labels"]["open_question"] == "open vraag"
    assert set(vocabulary["good"]) < set(vocabulary["acts"]) and "open_question" in vocabulary["good"]
    assert vocabulary["max_turn_chars"] == 10_000


def test_progress_refuses_an_id_that_is_not_a_practice_id():
    answer = asyncio.run(conversation_api.progress(FakeRequest(), "x'--"))
    assert answer.status == 400 and body(answer) == {"error": "ongeldig oefen-id"}


def test_restored_session_has_the_page_keys_and_nothing_internal():
    from bot import session as practice

    state = practice.start(runtime.scenarios(), "babette", "quiet", practice_id="p" * 20).session
    public = conversation_api.public_session(state.dumps())
    assert set(public) == set(conversation_api.PUBLIC_KEYS) - {"report"}  # no report before the debrief
    assert public["mode"] == "quiet" and public["opening"] == state.opening and public["turns"] == []
    assert "practice_id" not in public and "used_lines" not in public
    assert conversation_api.public_session(state.to_json()) == public


@pytest.mark.parametrize("slot", [None, "", "{not json", '{"version": 1}', "[]"])
def test_unreadable_session_restores_nothing(slot):
    assert conversation_api.public_session(slot) is None
