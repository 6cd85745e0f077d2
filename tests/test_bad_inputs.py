"""Bad input to every route of the server, against the real servers of conftest.py.

Each request gets a 4xx with ``{"error": Dutch, "detail": English}`` (a few older API
answers carry ``error`` alone) or an answer in the conversation; never a 5xx, never a
dead server; and the conversation started before the first bad input goes on
afterwards on the same server, turn numbers and all. The routes are not guessed: the
first test builds Rasa's app from credentials.yml, as `rasa run` does, and fails when a
route has no case here. Socket.io is tested with python-socketio's client (no Origin
header: welcome, and every bad event answered in the conversation) and with a browser
page on an origin that is not allowed (Chromium via Playwright, as tests/test_browser.py),
which gets no connection and no reply."""

from __future__ import annotations

import http.server
import json
import re
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Dict, List, Optional

import pytest
import requests

from tests.conftest import ROOT, free_port

pytestmark = [pytest.mark.model, pytest.mark.slow]

WEBHOOK = "/webhooks/rest/webhook"
EVIL = "http://evil.example"
NOTHING = object()
#: A conversation id as the page makes them (the restore API answers for these only).
CONVERSATION = uuid.uuid4().hex


def customs(replies: List[Dict], role: str = "coach") -> List[Dict]:
    return [r["custom"] for r in replies if isinstance(r, dict) and r.get("custom", {}).get("role") == role]


def texts(replies: List[Dict]) -> List[str]:
    return [r["text"] for r in replies if isinstance(r, dict) and isinstance(r.get("text"), str)]


# ------------------------------------------------------------ the conversation that must go on


@pytest.fixture(scope="module")
def ongoing(servers):
    """A conversation with one turn, started before any bad input is sent."""
    servers.say(CONVERSATION, '/start{"scenario":"babette"}')
    replies = servers.say(CONVERSATION, "Hoe gaat het met de computers in je klas?")
    assert texts(replies), replies
    return CONVERSATION


@pytest.fixture(scope="module")
def workshop(servers, ongoing):
    created = requests.post(f"{servers.url}/coach/api/workshops", json={"name": "Slechte invoer"}, timeout=30)
    assert created.status_code == 201, created.text
    return created.json()


# ------------------------------------------------------------------------ the routes


@dataclass
class Case:
    """One bad request: what is sent and what must come back."""

    id: str
    method: str
    path: str
    json: Any = NOTHING
    data: Any = None
    headers: Dict[str, str] = field(default_factory=dict)
    status: int = 400
    says: Optional[str] = None      # in the error or the detail: what is wrong or what to do
    detail: bool = True             # False for the older answers that carry "error" alone


def big_message(characters: int) -> bytes:
    return json.dumps({"sender": "groot", "message": "Hoe gaat het? " * (characters // 14 + 1)}).encode()


def chunks(total: int):
    body = big_message(total)
    for start in range(0, len(body), 64 * 1024):
        yield body[start:start + 64 * 1024]


CODE = "{code}"        # replaced by the workshop fixture's code
TOKEN = "{token}"      # and its facilitator token

REST_CASES = [
    Case("malformed JSON", "POST", WEBHOOK, data=b'{"sender": "x", "message": "hoi"', says="not JSON"),
    Case("malformed JSON as application/json", "POST", WEBHOOK, data=b"{sender: x}",
         headers={"Content-Type": "application/json"}, says="not JSON"),
    Case("empty body", "POST", WEBHOOK, data=b"", says="empty"),
    Case("body is a list", "POST", WEBHOOK, json=[{"sender": "x", "message": "hoi"}], says="a list"),
    Case("body is a string", "POST", WEBHOOK, json="hoi", says="a string"),
    Case("body is a number", "POST", WEBHOOK, json=42, says="a number"),
    Case("body is null", "POST", WEBHOOK, data=b"null", says="null"),
    Case("message is a number", "POST", WEBHOOK, json={"sender": "x", "message": 5}, says='"message" must be a string'),
    Case("message is an object", "POST", WEBHOOK, json={"sender": "x", "message": {"text": "hoi"}},
         says="an object"),
    Case("message is a list", "POST", WEBHOOK, json={"sender": "x", "message": ["hoi"]}, says="a list"),
    Case("message is null", "POST", WEBHOOK, json={"sender": "x", "message": None}, says="null"),
    Case("message is missing", "POST", WEBHOOK, json={"sender": "x"}, says='"message" is missing'),
    Case("sender is missing", "POST", WEBHOOK, json={"message": "hoi"}, says='"sender" is missing'),
    Case("sender is null", "POST", WEBHOOK, json={"sender": None, "message": "hoi"}, says='"sender" is missing'),
    Case("sender is a number", "POST", WEBHOOK, json={"sender": 7, "message": "hoi"}, says="a number"),
    Case("sender is an object", "POST", WEBHOOK, json={"sender": {"id": "x"}, "message": "hoi"}, says="an object"),
    Case("sender is empty", "POST", WEBHOOK, json={"sender": "", "message": "hoi"}, says="empty"),
    Case("sender is blank", "POST", WEBHOOK, json={"sender": "   ", "message": "hoi"}, says="empty"),
    Case("sender of 300 characters", "POST", WEBHOOK, json={"sender": "s" * 300, "message": "hoi"}, says="300"),
    Case("sender with a NUL", "POST", WEBHOOK, json={"sender": "an\x00ne", "message": "hoi"}, says="U+0000"),
    # Before the guard, this one request ended the Rasa server (its SQL tracker store exits).
    Case("sender with a lone surrogate", "POST", WEBHOOK, data=b'{"sender": "\\ud800", "message": "hoi"}',
         says="U+D800"),
    Case("message with a lone surrogate", "POST", WEBHOOK, data=b'{"sender": "x", "message": "hoi \\udfff"}',
         says="U+DFFF"),
    Case("message with a NUL", "POST", WEBHOOK, json={"sender": "x", "message": "hoi\x00daar"}, says="U+0000"),
    Case("message with a bell", "POST", WEBHOOK, json={"sender": "x", "message": "hoi\x07"}, says="U+0007"),
    Case("metadata is a string", "POST", WEBHOOK, json={"sender": "x", "message": "hoi", "metadata": "m"},
         says='"metadata" must be an object'),
    Case("metadata is a list", "POST", WEBHOOK, json={"sender": "x", "message": "hoi", "metadata": [1]},
         says='"metadata" must be an object'),
    Case("input_channel is an object", "POST", WEBHOOK,
         json={"sender": "x", "message": "hoi", "input_channel": {"a": 1}}, says='"input_channel"'),
    Case("bytes that are not UTF-8", "POST", WEBHOOK, data=b'{"sender": "x", "message": "hoi \xff\xfe"}',
         says="UTF-8"),
    Case("JSON nested 50,000 deep", "POST", WEBHOOK, data=b"[" * 50_000 + b"]" * 50_000, says="not JSON"),
    Case("a list body with ?stream=true", "POST", WEBHOOK + "?stream=true", json=[1], says="a list"),
    Case("1 MB body", "POST", WEBHOOK, data=big_message(1_000_000), status=413, says="limit"),
    Case("1 MB body in chunks", "POST", WEBHOOK, data=NOTHING, status=413, says="limit"),
    Case("GET on the webhook", "GET", WEBHOOK, status=405, says="POST"),
    Case("PUT on the webhook", "PUT", WEBHOOK, json={"sender": "x", "message": "hoi"}, status=405, says="POST"),
    Case("DELETE on the webhook", "DELETE", WEBHOOK, status=405, says="POST"),
    Case("PATCH on the webhook", "PATCH", WEBHOOK, status=405, says="POST"),
    Case("POST on the REST health", "POST", "/webhooks/rest/", status=405, says="GET"),
    Case("POST on socket.io's health", "POST", "/webhooks/socketio/", status=405, says="GET"),
    Case("POST on Rasa's hello", "POST", "/", status=405, says="GET"),
    Case("unknown webhook", "POST", "/webhooks/nope/webhook", json={"sender": "x", "message": "hoi"}, status=404,
         says="/coach/"),
]

COACH_CASES = [
    Case("unknown route under /coach/", "GET", "/coach/nope", status=404, says="/coach/"),
    Case("unknown API route", "GET", "/coach/api/nope", status=404, says="/coach/api/"),
    Case("unknown workshop sub-route", "GET", f"/coach/api/workshops/{CODE}/nope", status=404, says="/coach/"),
    Case("unknown route elsewhere", "GET", "/nope", status=404, says="/coach/"),
    Case("POST on the page", "POST", "/coach/", status=405, says="GET"),
    Case("DELETE on the widget", "DELETE", "/coach/widget.js", status=405, says="GET"),
    Case("PUT on a static file", "PUT", "/coach/static/chat.js", data=b"x", status=405, says="GET"),
    Case("POST on the dashboard page", "POST", f"/coach/workshop/{CODE}", status=405, says="GET"),
    Case("POST on the scenarios", "POST", "/coach/api/scenarios", json={}, status=405, says="GET"),
    Case("DELETE on the vocabulary", "DELETE", "/coach/api/vocabulary", status=405, says="GET"),
    Case("POST on a conversation", "POST", f"/coach/api/conversation/{CONVERSATION}", status=405, says="GET"),
    Case("PUT on a progress", "PUT", "/coach/api/progress/" + "p" * 20, status=405, says="GET"),
    Case("GET on workshop creation", "GET", "/coach/api/workshops", status=405, says="POST"),
    Case("PUT on a workshop", "PUT", f"/coach/api/workshops/{CODE}", status=405, says="GET"),
    Case("GET on closing a workshop", "GET", f"/coach/api/workshops/{CODE}/close", status=405, says="POST"),
    Case("POST on the CSV export", "POST", f"/coach/api/workshops/{CODE}/export.csv", status=405, says="GET"),
    Case("static file that does not exist", "GET", "/coach/static/nope.js", status=404, says="nope.js"),
    Case("static name too long for the file system", "GET", "/coach/static/" + "a" * 300, status=404),
    Case("static path too long for the file system", "GET", "/coach/static/" + "a/" * 3000 + "x", status=404),
    Case("static name with a NUL", "GET", "/coach/static/chat.js%00", status=404),
    Case("static path out of the folder", "GET", "/coach/static/%2e%2e/%2e%2e/bot/settings.py", status=404),
    Case("dashboard with a code of 5,000 characters", "GET", "/coach/workshop/" + "A" * 5000, status=404,
         says="K7MX4Q"),
    Case("dashboard with a code that is no code", "GET", "/coach/workshop/~_~", status=404, says="K7MX4Q"),
    Case("conversation id too short", "GET", "/coach/api/conversation/kort", says="32-80"),
    Case("conversation id with a NUL", "GET", "/coach/api/conversation/%00", says="32-80"),
    Case("conversation id in other letters", "GET", "/coach/api/conversation/" + "%C3%A9" * 40, says="32-80"),
    Case("progress id that is no id", "GET", "/coach/api/progress/x'--", says="oefen-id", detail=False),
    Case("progress id with a NUL", "GET", "/coach/api/progress/%00", says="oefen-id", detail=False),
    Case("workshop: malformed JSON", "POST", "/coach/api/workshops", data=b'{"name": "Team', says="not JSON"),
    Case("workshop: body is a list", "POST", "/coach/api/workshops", json=["Team"], says="a list"),
    Case("workshop: name is a number", "POST", "/coach/api/workshops", json={"name": 5}, says="a number"),
    Case("workshop: name is an object", "POST", "/coach/api/workshops", json={"name": {"nl": "Team"}},
         says="an object"),
    Case("workshop: name is a list", "POST", "/coach/api/workshops", json={"name": ["Team"]}, says="a list"),
    Case("workshop: name is null", "POST", "/coach/api/workshops", json={"name": None}, says="naam", detail=False),
    Case("workshop: no name", "POST", "/coach/api/workshops", json={}, says="naam", detail=False),
    Case("workshop: empty body", "POST", "/coach/api/workshops", data=b"", says="empty"),
    Case("workshop: name with a NUL", "POST", "/coach/api/workshops", json={"name": "Team\x00"}, says="U+0000"),
    Case("workshop: name with a lone surrogate", "POST", "/coach/api/workshops",
         data=b'{"name": "Team \\ud83d"}', says="U+D83D"),
    Case("workshop: bytes that are not UTF-8", "POST", "/coach/api/workshops", data=b'{"name": "\xff"}',
         says="UTF-8"),
    Case("workshop: 1 MB body", "POST", "/coach/api/workshops", data=b'{"name": "' + b"a" * 1_000_000 + b'"}',
         status=413, says="limit"),
    Case("facilitator: no token", "GET", f"/coach/api/workshops/{CODE}", status=401, says="Bearer", detail=False),
    Case("facilitator: empty bearer", "GET", f"/coach/api/workshops/{CODE}", headers={"Authorization": "Bearer "},
         status=401, says="Bearer", detail=False),
    Case("facilitator: basic auth", "GET", f"/coach/api/workshops/{CODE}", headers={"Authorization": "Basic eDp5"},
         status=401, says="Bearer", detail=False),
    Case("facilitator: wrong token", "GET", f"/coach/api/workshops/{CODE}",
         headers={"Authorization": "Bearer fout"}, status=403, says="token", detail=False),
    Case("facilitator: delete with a wrong token", "DELETE", f"/coach/api/workshops/{CODE}",
         headers={"Authorization": "Bearer fout"}, status=403, says="token", detail=False),
    Case("facilitator: close with a wrong token", "POST", f"/coach/api/workshops/{CODE}/close",
         headers={"Authorization": "Bearer fout"}, status=403, says="token", detail=False),
    Case("facilitator: export with a wrong token", "GET", f"/coach/api/workshops/{CODE}/export.csv",
         headers={"Authorization": "Bearer fout"}, status=403, says="token", detail=False),
    Case("facilitator: the token of another code", "GET", "/coach/api/workshops/%ff" + "Z" * 300,
         headers={"Authorization": f"Bearer {TOKEN}"}, status=403, says="token", detail=False),
]


def send(servers, case: Case, workshop: Dict) -> requests.Response:
    path = case.path.replace(CODE, workshop["code"])
    headers = {k: v.replace(TOKEN, workshop["facilitator_token"]) for k, v in case.headers.items()}
    kwargs: Dict[str, Any] = {"headers": headers, "timeout": 60}
    if case.json is not NOTHING:
        kwargs["json"] = case.json
    elif case.data is NOTHING:
        kwargs["data"] = chunks(1_000_000)
    elif case.data is not None:
        kwargs["data"] = case.data
    return requests.request(case.method, servers.url + path, **kwargs)


def assert_helpful(answer: requests.Response, case: Case) -> None:
    assert answer.status_code == case.status, (answer.status_code, answer.text[:400])
    assert answer.headers.get("Content-Type", "").startswith("application/json"), answer.text[:200]
    body = answer.json()
    assert isinstance(body.get("error"), str) and len(body["error"]) > 10, body
    if case.detail:
        assert isinstance(body.get("detail"), str) and body["detail"], body
    if case.says:
        assert case.says in body["error"] + " " + body.get("detail", ""), body
    if case.status == 405:
        assert answer.headers.get("Allow"), answer.headers


@pytest.mark.parametrize("case", REST_CASES + COACH_CASES, ids=lambda case: case.id)
def test_bad_request_gets_a_helpful_4xx(servers, ongoing, workshop, case):
    assert_helpful(send(servers, case, workshop), case)
    assert servers.rasa.poll() is None, "the Rasa server ended"


#: What python-engineio answers at /socket.io itself: 400 with its own reason as a JSON
#: string (text/plain); the socket.io protocol, not ours to reshape.
ENGINEIO_CASES = [
    ("no protocol version", "GET", "/socket.io/", {}),
    ("an old protocol version", "GET", "/socket.io/?EIO=3&transport=polling", {}),
    ("an unknown transport", "GET", "/socket.io/?EIO=4&transport=pigeon", {}),
    ("garbage for an unknown session", "POST", "/socket.io/?EIO=4&transport=polling&sid=nope", {}),
    ("a browser origin that is not allowed", "GET", "/socket.io/?EIO=4&transport=polling", {"Origin": EVIL}),
    ("the Origin string null", "GET", "/socket.io/?EIO=4&transport=polling", {"Origin": "null"}),
]


@pytest.mark.parametrize("name, method, path, headers", ENGINEIO_CASES, ids=[c[0] for c in ENGINEIO_CASES])
def test_bad_socketio_handshake_gets_a_4xx_with_a_reason(servers, name, method, path, headers):
    answer = requests.request(method, servers.url + path, headers=headers, data=b"garbage", timeout=30)
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text)
    assert len(answer.text) > 5
    assert servers.rasa.poll() is None


# ------------------------------------------------------ commands answered in the conversation

IN_BAND = [
    ("/start{not json", "command_error", "JSON"),
    ('/start{"scenario":"babette"} en nog wat', "command_error", "JSON"),
    ("/start@0.3", "command_error", "JSON"),
    ('/start{"scenario":5}', "command_error", '"scenario"'),
    ('/start{"scenario":{"id":"babette"}}', "command_error", '"scenario"'),
    ('/start{"scenario":"babette","kleur":"rood"}', "command_error", '"kleur"'),
    ('/start{"nickname":"An\\u0000ne"}', "command_error", '"nickname"'),
    ("/correct nu", "command_error", "/correct{"),
    ('/hint{"x":1}', "command_error", "/hint"),
    ("/stop nu meteen", "command_error", "/stop"),
    ("/strat", "command_error", "/strat"),
    ("/", "command_error", "/start"),
    ("/session_start", "command_error", "/session_start"),
    ("/closed_question", "command_error", "/closed_question"),
    # Commands the bot itself answers: an unknown scenario lists the known ones, and
    # bot/corrections.py reads /correct's arguments (tests/test_corrections.py has
    # its answers within a conversation; here there is none yet).
    ('/start{"scenario":"bestaat-niet"}', "unknown_scenario", "babette"),
    ('/correct{"turn":"x"}', "correct_error", "/start"),
    ('/correct{"turn":1,"acts":[{"act":"open_question"}]}', "correct_error", "/start"),
    ('/correct{"turn":1,', "correct_error", "/start"),
]


@pytest.mark.parametrize("message, kind, says", IN_BAND, ids=[m for m, _, _ in IN_BAND])
def test_command_that_cannot_be_read_is_answered_in_the_conversation(servers, ongoing, message, kind, says):
    answer = requests.post(servers.url + WEBHOOK, json={"sender": f"cmd-{uuid.uuid4().hex[:8]}", "message": message},
                           timeout=60)
    assert answer.status_code == 200, answer.text
    coach = customs(answer.json())
    assert [c.get("kind") for c in coach] == [kind], answer.json()
    assert says in coach[0]["text"] + " " + coach[0].get("detail", ""), coach


@pytest.mark.parametrize("message", [
    "Hoe gaat het? 😀🎉👩🏽‍🏫",
    "<script>alert(1)</script><b>Hoe</b> gaat het met je &amp; de klas?",
    ("Hoe gaat het met de klas? " * 400)[:10_000],             # at the limit
    "a" * 10_001,                                               # over it: the bot reads the start
    "Hoe gaat het met de klas? " * 9_000,                       # 234,000 characters, 234 kB
    "   ",
    "",
], ids=["emoji", "HTML", "10,000 characters", "10,001 characters", "234,000 characters", "blanks", "empty"])
def test_odd_but_valid_turn_gets_the_teachers_answer(servers, ongoing, message):
    sender = f"odd-{uuid.uuid4().hex[:8]}"
    servers.say(sender, '/start{"scenario":"babette"}')
    replies = servers.say(sender, message)
    assert texts(replies) and customs(replies), replies
    assert customs(servers.say(sender, "/stop"), "report")[0]["report"]["turns"] == 1


# ------------------------------------------------------------------ the routes, enumerated

ROUTE_LISTING = """
import json, os, sys
os.environ["RASA_TELEMETRY_ENABLED"] = "false"
from rasa.core.channels import channel
from rasa.core.run import _create_app_without_api, create_http_input_channels
app = _create_app_without_api(["http://example.org"])  # as `rasa run` without --enable-api
channel.register(create_http_input_channels(None, "credentials.yml"), app, route="/webhooks/")
app.router.finalize()
json.dump(sorted({("/" + r.path, m) for r in app.router.routes for m in r.methods if m != "OPTIONS"}), sys.stdout)
"""


#: A case's path -> the route the router matches it with (parameters as <name:type>).
ROUTE_TEMPLATES = [
    (r"/coach/static/.*", "/coach/static/<name:path>"),
    (r"/coach/workshop/[^/]+", "/coach/workshop/<code:str>"),
    (r"/coach/api/conversation/[^/]+", "/coach/api/conversation/<conversation_id:str>"),
    (r"/coach/api/progress/[^/]+", "/coach/api/progress/<practice_id:str>"),
    (r"/coach/api/workshops/[^/]+", "/coach/api/workshops/<code:str>"),
    (r"/coach/api/workshops/[^/]+/close", "/coach/api/workshops/<code:str>/close"),
    (r"/coach/api/workshops/[^/]+/export\.csv", "/coach/api/workshops/<code:str>/export.csv"),
]


def route_of(path: str) -> str:
    path = path.split("?")[0].rstrip("/") or "/"
    for pattern, template in ROUTE_TEMPLATES:
        if re.fullmatch(pattern, path):
            return template
    return path


def test_every_route_of_the_server_has_bad_input_cases(servers):
    listed = subprocess.run([sys.executable, "-c", ROUTE_LISTING], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, env={**servers.env, "PYTHONWARNINGS": "ignore"})
    assert listed.returncode == 0, listed.stderr[-2000:]
    routes = {(path.rstrip("/") or "/", method) for path, method in json.loads(listed.stdout)}
    cases = REST_CASES + COACH_CASES
    covered = {(route_of(case.path), case.method) for case in cases}
    # Every route gets at least one bad request, and every path a wrong method or an odd id.
    paths = {path for path, _ in routes}
    assert paths <= {path for path, _ in covered} | {"/socket.io"}, sorted(paths - {p for p, _ in covered})
    wrong_methods = {(path, method) for path, method in covered if (path, method) not in routes}
    assert {path for path, _ in wrong_methods} >= paths - {"/socket.io"}, sorted(paths)
    assert ("/socket.io", "GET") in routes and ENGINEIO_CASES


def test_command_table_matches_the_domain():
    import yaml

    from bot.acts import ACTS
    from components.web.inputs import COMMANDS

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    intents = {next(iter(i)) if isinstance(i, dict) else i for i in domain["intents"]}
    commands = {i for i in intents if i != "no_act" and not all(part in ACTS for part in i.split("+"))}
    assert set(COMMANDS) == commands | {"restart"}
    assert {name for command in COMMANDS.values() for name in command.arguments} == set(domain["entities"])


# ------------------------------------------------------------------------ socket.io


class SocketClient:
    """python-socketio's client, recording what arrives. ``origin=None`` sends no Origin
    header at all (websocket-client would send the server's own: suppressed), like a
    native app or a server-side bridge; a string sends that browser origin."""

    def __init__(self, url: str, origin: Optional[str] = None, transports=("websocket",)) -> None:
        import socketio

        self.replies: List[Dict] = []
        self.confirmed: List[str] = []
        # The Origin, if any, goes in the headers, which both transports send.
        self.client = socketio.Client(reconnection=False, websocket_extra_options={"suppress_origin": True})
        self.client.on("bot_uttered", self.replies.append)
        self.client.on("session_confirm", self.confirmed.append)
        self.client.connect(url, transports=list(transports), socketio_path="/socket.io", wait_timeout=20,
                            headers={} if origin is None else {"Origin": origin})

    def emit(self, event: str, data: Any = NOTHING) -> None:
        if data is NOTHING:
            self.client.emit(event)
        else:
            self.client.emit(event, data)

    def wait(self, count: int = 1, seconds: float = 30, turn_done: bool = False) -> List[Dict]:
        """What arrived once ``count`` messages are in (or, with ``turn_done``, the
        teacher's state, the last message of every answer), or after ``seconds``."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            if turn_done and customs(self.replies, "teacher") or not turn_done and len(self.replies) >= count:
                break
            time.sleep(0.05)
        time.sleep(0.2)  # anything sent right behind it
        got, self.replies[:] = list(self.replies), []
        return got

    def join(self, session_id: str) -> None:
        self.confirmed.clear()
        self.emit("session_request", {"session_id": session_id})
        deadline = time.time() + 20
        while not self.confirmed and time.time() < deadline:
            time.sleep(0.05)
        assert self.confirmed == [session_id]

    def say(self, session_id: str, text: str) -> List[Dict]:
        self.emit("user_uttered", {"session_id": session_id, "message": text})
        return self.wait(turn_done=True)

    def close(self) -> None:
        self.client.disconnect()


BAD_EVENTS = [
    ("user_uttered before session_request", "user_uttered", "SESSION", "error", "session_request"),
    ("user_uttered with a string", "user_uttered", "hallo", "error", "not a string"),
    ("user_uttered with a list", "user_uttered", [1, 2], "error", "not a list"),
    ("user_uttered with a number", "user_uttered", 5, "error", "not a number"),
    ("user_uttered with null", "user_uttered", None, "error", "not null"),
    ("user_uttered with nothing", "user_uttered", NOTHING, "error", "not null"),
    ("user_uttered with bytes", "user_uttered", b"\xff\xfe", "error", "binary"),
    ("user_uttered without session_id", "user_uttered", {"message": "hoi"}, "error", '"session_id"'),
    ("user_uttered with an odd session_id", "user_uttered", {"session_id": {"id": 1}, "message": "hoi"}, "error",
     '"session_id"'),
    ("an unknown event", "bestaat_niet", {"x": 1}, "error", "bestaat_niet"),
    ("an unknown event without data", "ping_pong", NOTHING, "error", "ping_pong"),
]

BAD_MESSAGES = [
    ("message is a number", 5, "error", "not a number"),
    ("message is null", None, "error", "not null"),
    ("message is an object", {"text": "hoi"}, "error", "an object"),
    ("message is missing", NOTHING, "error", "missing"),
    ("message with a NUL", "hoi\x00", "error", "U+0000"),
    ("/start that cannot be read", "/start{not json", "command_error", "JSON"),
    ("/correct with a word as turn", '/correct{"turn":"x"}', "correct_error", "Zeg welke beurt"),
    ("/correct with words after it", "/correct beurt 1", "command_error", "/correct{"),
    ("unknown command", "/strat", "command_error", "/strat"),
]


def test_socketio_without_origin_answers_every_bad_event_and_the_conversation_goes_on(servers):
    session_id = uuid.uuid4().hex
    client = SocketClient(servers.url)
    try:
        for name, event, data, kind, says in BAD_EVENTS:
            client.emit(event, {"session_id": session_id, "message": "hoi"} if data == "SESSION" else data)
            got = client.wait()
            assert [r.get("custom", {}).get("kind") for r in got] == [kind], (name, got)
            assert says in got[0]["custom"]["detail"] and got[0]["custom"]["text"], (name, got)

        client.emit("session_request", "rommel")           # garbage: a new session id
        client.emit("session_request", {"session_id": 12})
        client.emit("session_request")
        deadline = time.time() + 20
        while len(client.confirmed) < 3 and time.time() < deadline:
            time.sleep(0.05)
        assert len(client.confirmed) == 3 and all(len(c) == 32 for c in client.confirmed), client.confirmed

        client.join(session_id)
        replies = client.say(session_id, '/start{"scenario":"babette"}')
        assert texts(replies), replies
        replies = client.say(session_id, "Hoe gaat het met de computers in je klas?")
        assert texts(replies) and [c["turn"] for c in customs(replies) if "turn" in c] == [1], replies

        for name, message, kind, says in BAD_MESSAGES:
            payload = {"session_id": session_id}
            if message is not NOTHING:
                payload["message"] = message
            client.emit("user_uttered", payload)
            got = client.wait()
            assert [r.get("custom", {}).get("kind") for r in got] == [kind], (name, got)
            assert says in got[0]["custom"]["text"] + got[0]["custom"].get("detail", ""), (name, got)

        # Nothing was lost: the next turn is turn 2, and the teacher answers it.
        replies = client.say(session_id, "Wat betekent dit voor de leerlingen?")
        assert texts(replies) and [c["turn"] for c in customs(replies) if "turn" in c] == [2], replies
    finally:
        client.close()
    assert servers.rasa.poll() is None


@pytest.mark.parametrize("transports", [["polling"], ["websocket"], ["polling", "websocket"]])
def test_socketio_client_without_origin_gets_the_teachers_reply(servers, transports):
    session_id = uuid.uuid4().hex
    client = SocketClient(servers.url, origin=None, transports=transports)
    try:
        client.join(session_id)
        replies = client.say(session_id, '/start{"scenario":"babette"}')
        assert texts(replies) and customs(replies, "teacher"), replies
    finally:
        client.close()


def test_socketio_payload_over_the_limit_ends_that_connection_only(servers):
    session_id = uuid.uuid4().hex
    client = SocketClient(servers.url)
    client.join(session_id)
    assert texts(client.say(session_id, '/start{"scenario":"rooster"}'))
    client.emit("user_uttered", {"session_id": session_id, "message": "a" * 2_000_000})
    deadline = time.time() + 20
    while client.client.connected and time.time() < deadline:
        time.sleep(0.1)
    assert not client.client.connected
    assert texts(client.wait(seconds=1)) == []

    again = SocketClient(servers.url)
    try:
        again.join(session_id)
        replies = again.say(session_id, "Hoe kwam je op het idee van de rekenateliers?")
        assert texts(replies) and [c["turn"] for c in customs(replies) if "turn" in c] == [1], replies
    finally:
        again.close()


def test_socketio_handshake_from_a_disallowed_origin_is_refused_with_a_4xx(servers):
    import socketio
    import websocket

    url = servers.url.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket"
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(url, origin=EVIL, timeout=10)
    assert 400 <= refused.value.status_code < 500

    for transports in (["websocket"], ["polling"]):
        with pytest.raises(socketio.exceptions.ConnectionError):
            SocketClient(servers.url, origin=EVIL, transports=transports)

    allowed = SocketClient(servers.url, origin=f"http://127.0.0.1:{servers.widget_origin_port}")
    try:
        session_id = uuid.uuid4().hex
        allowed.join(session_id)
        assert texts(allowed.say(session_id, '/start{"scenario":"overleg"}'))
    finally:
        allowed.close()


# ------------------------------------------------------------ a browser on another origin


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def disallowed_page(servers, tmp_path_factory):
    """A page on an origin the server does not allow, embedding the widget and also
    opening socket.io itself, recording what happens in ``window.probe``."""
    folder = tmp_path_factory.mktemp("elders")
    (folder / "index.html").write_text(
        "<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Elders</title>"
        f"<script src='{servers.url}/coach/static/socket.io.min.js'></script></head>"
        "<body><h1>Een site die de bot niet kent</h1><script>"
        "window.probe = {events: [], replies: []};"
        f"var s = io('{servers.url}', {{path: '/socket.io', transports: ['websocket'], reconnection: false}});"
        "s.on('connect', function () { probe.events.push('connect');"
        "  s.emit('session_request', {session_id: '" + uuid.uuid4().hex + "'}); });"
        "s.on('connect_error', function () { probe.events.push('connect_error'); });"
        "s.on('bot_uttered', function (m) { probe.replies.push(m); });"
        "</script>"
        f"<script src='{servers.url}/coach/widget.js' data-server='{servers.url}' data-scenario='babette'></script>"
        "</body></html>",
        encoding="utf-8",
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), partial(_Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_browser_on_a_disallowed_origin_gets_no_connection_and_no_reply(browser, servers, disallowed_page):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(disallowed_page)
        page.wait_for_function("window.probe.events.length > 0", timeout=20_000)
        page.wait_for_selector(".gc-toggle")
        page.wait_for_function("document.querySelector('.gc-widget').getAttribute('data-transport')",
                               timeout=20_000)
        assert page.get_attribute(".gc-widget", "data-transport") == "rest"   # socket.io refused it
        page.click(".gc-toggle")
        page.fill("#gc-input", "Hoe gaat het met de computers in je klas?")
        page.keyboard.press("Enter")
        # The widget tries again a few times (1, 2, 4, 8 s), then says in its status line
        # that the server cannot be reached, and keeps the text in the box.
        page.locator("#gc-notice", has_text="niet bereikbaar").wait_for(timeout=60_000)
        assert page.input_value("#gc-input") == "Hoe gaat het met de computers in je klas?"
        page.wait_for_timeout(1000)
        assert page.evaluate("window.probe.events") == ["connect_error"]
        assert page.evaluate("window.probe.replies") == []
        assert page.locator(".gc-log .msg.teacher").count() == 0
        conversation_id = page.evaluate("localStorage.getItem('gesprekscoach.widget.babette')")
    finally:
        context.close()
    # Nothing the page sent reached the bot: there is no session for its conversation.
    answer = requests.get(f"{servers.url}/coach/api/conversation/{conversation_id}", timeout=30)
    assert answer.status_code == 200 and answer.json() == {"session": None}


# ------------------------------------------------------------------- nothing was lost


def test_the_conversation_begun_before_the_bad_inputs_goes_on(servers, ongoing):
    assert servers.rasa.poll() is None and servers.actions.poll() is None
    replies = servers.say(ongoing, "Wat betekent dit voor de leerlingen?")
    assert texts(replies), replies
    assert [c["turn"] for c in customs(replies) if "turn" in c] == [2], replies
    restored = requests.get(f"{servers.url}/coach/api/conversation/{ongoing}", timeout=30).json()["session"]
    assert [turn["n"] for turn in restored["turns"]] == [1, 2]
    report = customs(servers.say(ongoing, "/stop"), "report")
    assert report and report[0]["report"]["turns"] == 2
