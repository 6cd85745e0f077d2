"""Persistence with real server processes on the real PostgreSQL (and SQLite):
restarts in the middle of a conversation, the workshop flow with three participants,
the access rules, concurrent participants, and the dashboard in a real browser."""

from __future__ import annotations

import concurrent.futures
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from tests.conftest import ROOT, Servers, customs

pytestmark = [pytest.mark.model, pytest.mark.slow]


def stored_turns(database_url, session_id):
    from bot.storage import Database
    from bot.storage.models import Turn

    db = Database(database_url)
    with db.session() as s:
        rows = s.execute(select(Turn.number).where(Turn.session_id == session_id)).scalars().all()
    db.dispose()
    return sorted(rows)


def session_id_of(servers, sender):
    from bot.storage import Database
    from bot.storage.models import PracticeSession

    db = Database(servers.database_url)
    with db.session() as s:
        row = s.execute(select(PracticeSession).where(PracticeSession.conversation_id == sender)).scalar_one()
    db.dispose()
    return row.id


def test_conversation_survives_restarts_of_both_servers(live):
    sender = f"restart-{uuid.uuid4().hex}"
    live.say(sender, '/start{"scenario":"babette"}')
    live.say(sender, "Hoe gaat het met de computers in je klas?")
    live.say(sender, "Wat goed dat je dit oppakt!")
    before = customs(live.say(sender, "Hoe reageerden de kinderen?"), "teacher")[0]["openness"]

    live.stop_rasa()
    live.start_rasa()
    after_rasa = live.say(sender, "Wat betekent dit voor de leerlingen?")
    assert after_rasa and customs(after_rasa, "coach")[0]["turn"] == 4
    assert customs(after_rasa, "teacher")[0]["openness"] >= before  # the teacher's state went on

    live.stop_actions()
    live.start_actions()
    replies = live.say(sender, "Hoe kan ik je helpen?")
    assert customs(replies, "coach")[0]["turn"] == 5

    live.stop()
    live.start()
    report = customs(live.say(sender, "/stop"), "report")[0]["report"]
    assert report["turns"] == 5
    assert stored_turns(live.database_url, session_id_of(live, sender)) == [1, 2, 3, 4, 5]


def test_workshop_with_three_participants_and_access_rules(live):
    created = subprocess.run([str(Path(sys.executable).parent / "coach"), "workshop", "create",
                              "--name", "Schoolleiders november", "--base-url", live.url],
                             capture_output=True, text=True, env=live.env, cwd=ROOT, timeout=120)
    assert created.returncode == 0, created.stderr
    workshop = json.loads(created.stdout)
    code, token = workshop["code"], workshop["facilitator_token"]
    assert workshop["dashboard_url"].startswith(f"{live.url}/coach/workshop/{code}")

    scripts = {
        "Anne": ["Vertel eens, hoe gaat het met je initiatief?", "Wat betekent dit voor leerlingen?",
                 "Wat goed dat je dit doet!"],
        "Bram": ["Heb je wel toestemming gevraagd?", "Het rooster laat dat niet toe.", "Dat was niet handig."],
        "Chris": ["Hoe kan ik je helpen?", "Hoe reageerden de kinderen?"],
    }
    for nickname, turns in scripts.items():
        sender = f"ws-{nickname}-{uuid.uuid4().hex}"
        start = live.say(sender, json.dumps({"scenario": "babette", "workshop": code.lower(), "nickname": nickname},
                                            separators=(",", ":")).join(["/start", ""]))
        assert any(nickname in c["text"] for c in customs(start, "coach"))
        for turn in turns:
            live.say(sender, turn)
        if nickname != "Chris":
            live.say(sender, "/stop")

    api = f"{live.url}/coach/api/workshops/{code}"
    assert requests.get(api, timeout=10).status_code == 401
    assert requests.get(api, headers={"Authorization": "Bearer nope"}, timeout=10).status_code == 403
    assert requests.get(f"{live.url}/coach/api/workshops/ZZZZZZ", headers={"Authorization": f"Bearer {token}"},
                        timeout=10).status_code == 403
    overview = requests.get(api, headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    people = {p["nickname"]: p for p in overview["participants"]}
    assert set(people) == {"Anne", "Bram", "Chris"}
    assert people["Anne"]["turns"] == 3 and people["Anne"]["score"] > people["Bram"]["score"]
    assert people["Chris"]["score"] is None and people["Chris"]["status"] == "active"
    assert overview["acts"]["open_question"] >= 3 and overview["acts"]["rule_first"] >= 1
    assert overview["examples"]["good"] and overview["examples"]["poor"]
    assert not any("Anne" in e["text"] for e in overview["examples"]["good"])

    csv_text = requests.get(f"{api}/export.csv", headers={"Authorization": f"Bearer {token}"}, timeout=10).text
    assert csv_text.splitlines()[0].startswith("deelnemer,scenario")
    assert len(csv_text.strip().splitlines()) == 4

    assert requests.post(f"{api}/close", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()["closed"]
    late = live.say(f"late-{uuid.uuid4().hex}", f'/start{{"scenario":"babette","workshop":"{code}","nickname":"Dirk"}}')
    assert "gesloten" in customs(late, "coach")[0]["text"]

    gone = requests.delete(api, headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
    assert gone["deleted"] and gone["sessions_deleted"] == 3
    assert requests.get(api, headers={"Authorization": f"Bearer {token}"}, timeout=10).status_code == 403


def test_participants_typing_at_the_same_moment_see_only_their_own_turns(live):
    senders = [f"par-{i}-{uuid.uuid4().hex}" for i in range(6)]
    for sender in senders:
        live.say(sender, '/start{"scenario":"overleg"}')

    def talk(sender):
        replies = []
        for n in range(3):
            replies.append((n + 1, live.say(sender, f"Hoe gaat het met de leerlingen van {sender}? ({n})")))
        return sender, replies

    with concurrent.futures.ThreadPoolExecutor(len(senders)) as pool:
        results = list(pool.map(talk, senders))
    for sender, replies in results:
        for number, reply in replies:
            assert customs(reply, "coach")[0]["turn"] == number
        export = requests.get(f"{live.url}/coach/api/conversation/{sender}", timeout=10).json()["session"]
        assert [t["text"] for t in export["turns"]] == [
            f"Hoe gaat het met de leerlingen van {sender}? ({n})" for n in range(3)]


def test_progress_over_sessions_for_a_practice_id_only(live):
    practice = uuid.uuid4().hex
    for turns in (["Heb je toestemming?", "Is het klaar?"], ["Hoe gaat het?", "Wat betekent dit voor leerlingen?"]):
        sender = f"prog-{uuid.uuid4().hex}"
        live.say(sender, f'/start{{"scenario":"babette","practice_id":"{practice}"}}')
        for turn in turns:
            live.say(sender, turn)
        live.say(sender, "/stop")
    sessions = requests.get(f"{live.url}/coach/api/progress/{practice}", timeout=10).json()["sessions"]
    assert len(sessions) == 2
    assert sessions[0]["score"] < sessions[1]["score"]
    assert sessions[1]["first_student_focus_turn"] == 2
    assert requests.get(f"{live.url}/coach/api/progress/{uuid.uuid4().hex}", timeout=10).json()["sessions"] == []
    assert requests.get(f"{live.url}/coach/api/progress/x'--", timeout=10).status_code in (400, 404)

    coach = str(Path(sys.executable).parent / "coach")
    exported = subprocess.run([coach, "export", "--practice-id", practice], capture_output=True, text=True,
                              env=live.env, cwd=ROOT, timeout=120)
    assert len(json.loads(exported.stdout)["sessions"]) == 2
    deleted = subprocess.run([coach, "delete", "--practice-id", practice], capture_output=True, text=True,
                             env=live.env, cwd=ROOT, timeout=120)
    assert json.loads(deleted.stdout)["sessions_deleted"] == 2
    assert requests.get(f"{live.url}/coach/api/progress/{practice}", timeout=10).json()["sessions"] == []


def test_unreachable_database_at_start_up_names_the_host_not_the_password(tmp_path):
    env = dict(Servers(tmp_path).env, DATABASE_URL="postgresql://coach:geheim123@127.0.0.1:9/coach")
    done = subprocess.run([sys.executable, "-m", "bot.storage.migrate"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "127.0.0.1" in done.stderr and "geheim123" not in done.stderr + done.stdout
