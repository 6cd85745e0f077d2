"""The goals exercise end to end over REST (issue 13): /start{"exercise":"doelen"}, the
answers, the summary, the leader's progress and a workshop's dashboard."""

from __future__ import annotations

import uuid

import pytest
import requests

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _say(servers, sender, text):
    response = requests.post(f"{servers.url}/webhooks/rest/webhook", json={
        "sender": sender, "message": text, "metadata": {"message_id": uuid.uuid4().hex}}, timeout=60)
    assert response.status_code == 200, response.text
    return [r["custom"] for r in response.json() if "custom" in r]


def test_the_goals_exercise_over_rest_with_progress_and_dashboard(servers):
    created = requests.post(f"{servers.url}/coach/api/workshops", json={"name": "Doelen oefenen"}, timeout=30).json()
    code, token = created["code"], created["facilitator_token"]
    sender, practice_id = f"goals-{uuid.uuid4().hex}", uuid.uuid4().hex
    opened = _say(servers, sender, '/start{"exercise":"doelen","workshop":"%s","nickname":"Ria","practice_id":"%s"}'
                  % (code, practice_id))
    kinds = [m.get("kind") for m in opened]
    assert kinds == ["workshop", "intro", "statement"]
    first = opened[-1]
    assert first["n"] == 1 and first["of"] >= 6 and first["statement"]

    step = _say(servers, sender, "middel")
    assert [m["kind"] for m in step] == ["feedback", "ask"] and step[0]["right"] is True
    step = _say(servers, sender, "Leerlingen kunnen zelfstandig oefenen met stof waar ze moeite mee hebben, "
                                 "met behulp van de computer.")
    assert [m["kind"] for m in step] == ["feedback", "statement"] and step[0]["right"] is True
    # /hint during the exercise gives the rule of thumb, not a role-play tip.
    hint = _say(servers, sender, "/hint")
    assert hint[0]["role"] == "exercise" and "leerlingen" in hint[0]["text"]
    stopped = _say(servers, sender, "/stop")
    summary = stopped[-1]
    assert summary["kind"] == "summary" and summary["summary"]["judged"] == 1 and summary["summary"]["right"] == 1

    progress = requests.get(f"{servers.url}/coach/api/progress/{practice_id}", timeout=10).json()
    assert progress["exercises"][0]["right"] == 1 and progress["sessions"] == []
    overview = requests.get(f"{servers.url}/coach/api/workshops/{code}",
                            headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    ria = next(p for p in overview["participants"] if p["nickname"] == "Ria")
    assert ria["exercise"]["right"] == 1 and ria["exercise"]["status"] == "stopped"
    assert overview["exercises"]["participants"] == 1

    # A role-play started afterwards in the same conversation ends the exercise's hold on turns.
    started = _say(servers, sender, '/start{"scenario":"babette"}')
    assert any(m.get("role") == "teacher" for m in started)
    turn = _say(servers, sender, "Hoe gaat het met de klok in je klas?")
    assert any(m.get("role") == "coach" and m.get("turn") == 1 for m in turn)


def test_an_unknown_exercise_is_answered_and_nothing_starts(servers):
    sender = f"goals-{uuid.uuid4().hex}"
    answer = _say(servers, sender, '/start{"exercise":"breuken"}')
    assert answer[0]["kind"] == "command_error" and "doelen" in answer[0]["text"]
    bad = requests.post(f"{servers.url}/webhooks/rest/webhook",
                        json={"sender": sender, "message": '/start{"exercise":5}'}, timeout=30).json()
    assert bad[0]["custom"]["kind"] == "command_error"
