"""No turn lost, none counted twice (components/resilience.py, components/web/rest_channel.py):
a turn sent again with the same ``metadata.message_id`` runs once and gets its stored
reply; a turn the action server could not answer is not saved, is answered with 503,
and succeeds when sent again."""

from __future__ import annotations

import uuid

import pytest
import requests

from components.resilience import client_message_id, stored_reply
from tests.conftest import Servers


def test_client_message_ids_are_checked():
    assert client_message_id({"message_id": "a" * 32}) == "a" * 32
    assert client_message_id({"message_id": str(uuid.uuid4())}) is not None
    for bad in (None, {}, {"message_id": 5}, {"message_id": "kort"}, {"message_id": "x" * 65},
                {"message_id": "<script>alert(1)</script>"}, "message_id"):
        assert client_message_id(bad) is None


def test_the_stored_reply_is_what_followed_that_user_message():
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

    events = [
        UserUttered("Hoi", message_id="first-turn-1"), ActionExecuted("action_leader_turn"),
        BotUttered("Hallo!"), BotUttered(None, data={"custom": {"role": "coach", "turn": 1}}),
        SlotSet("session", "{}"), ActionExecuted("action_listen"),
        UserUttered("Hoe gaat het?", message_id="second-turn"), BotUttered("Goed."),
    ]
    assert stored_reply(events, "first-turn-1") == [{"text": "Hallo!"}, {"custom": {"role": "coach", "turn": 1}}]
    assert stored_reply(events, "second-turn") == [{"text": "Goed."}]
    assert stored_reply(events, "never-sent") is None


def _say(url: str, sender: str, message: str, message_id: str | None = None) -> requests.Response:
    body = {"sender": sender, "message": message}
    if message_id:
        body["metadata"] = {"message_id": message_id}
    return requests.post(f"{url}/webhooks/rest/webhook", json=body, timeout=60)


def _report(url: str, sender: str) -> dict:
    replies = _say(url, sender, "/stop").json()
    return next(r["custom"]["report"] for r in replies if r.get("custom", {}).get("role") == "report")


@pytest.mark.model
@pytest.mark.slow
def test_a_turn_sent_twice_runs_once_and_gets_the_same_reply(servers):
    sender = f"retry-{uuid.uuid4().hex}"
    assert _say(servers.url, sender, '/start{"scenario":"babette"}', uuid.uuid4().hex).ok
    turn_id = uuid.uuid4().hex
    first = _say(servers.url, sender, "Hoe gaat het met de klok in je klas?", turn_id)
    again = _say(servers.url, sender, "Hoe gaat het met de klok in je klas?", turn_id)
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json() and first.json()
    second = _say(servers.url, sender, "Wat merken de leerlingen ervan?", uuid.uuid4().hex).json()
    assert any(r.get("custom", {}).get("turn") == 2 for r in second)
    assert _report(servers.url, sender)["turns"] == 2
    session = requests.get(f"{servers.url}/coach/api/conversation/{sender}", timeout=10).json()["session"]
    assert [t["n"] for t in session["turns"]] == [1, 2]


@pytest.mark.model
@pytest.mark.slow
def test_a_turn_the_action_server_missed_is_refused_then_runs_once(trained_model, tmp_path):
    running = Servers(tmp_path).start()
    try:
        sender = f"down-{uuid.uuid4().hex}"
        assert _say(running.url, sender, '/start{"scenario":"rooster"}', uuid.uuid4().hex).ok
        running.stop_actions()
        turn_id = uuid.uuid4().hex
        refused = _say(running.url, sender, "Hoe gaat het met je plan?", turn_id)
        assert refused.status_code == 503
        assert set(refused.json()) == {"error", "detail"} and "message_id" in refused.json()["detail"]
        running.start_actions()
        answered = _say(running.url, sender, "Hoe gaat het met je plan?", turn_id)
        assert answered.status_code == 200
        assert any(r.get("custom", {}).get("turn") == 1 for r in answered.json())
        assert _report(running.url, sender)["turns"] == 1
        # The database agrees with the tracker: one stored turn.
        from bot.storage import Database
        from bot.storage.models import Turn

        database = Database(running.database_url)
        with database.session() as s:
            assert s.query(Turn).count() == 1
        database.dispose()
    finally:
        running.stop()
