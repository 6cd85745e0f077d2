"""The socket.io channel with clients that are not browsers: python-socketio's client
sends no Origin header (like a native app or a server-side bridge) and must get the
teacher's reply; a connection with a disallowed Origin is refused, never a 500."""

from __future__ import annotations

import threading
import uuid

import pytest

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_a_client_without_origin_gets_the_teachers_reply(servers):
    import socketio

    replies, confirmed, done = [], threading.Event(), threading.Event()
    # python-socketio's websocket transport sends the server's own origin unless told not
    # to: suppress it, so that the connection really has no Origin header.
    client = socketio.Client(reconnection=False, websocket_extra_options={"suppress_origin": True})
    session_id = uuid.uuid4().hex

    @client.on("session_confirm")
    def on_confirm(_):
        confirmed.set()

    @client.on("bot_uttered")
    def on_reply(data):
        replies.append(data)
        if "text" in data:
            done.set()

    client.connect(servers.url, transports=["websocket"], socketio_path="/socket.io", wait_timeout=20)
    try:
        client.emit("session_request", {"session_id": session_id})
        assert confirmed.wait(20)
        client.emit("user_uttered", {"session_id": session_id, "message": '/start{"scenario":"babette"}'})
        assert done.wait(30), replies
        assert any("text" in r for r in replies)
    finally:
        client.disconnect()


def test_a_browser_origin_that_is_not_allowed_is_refused_without_a_500(servers):
    import requests

    answer = requests.get(f"{servers.url}/socket.io/?EIO=4&transport=polling",
                          headers={"Origin": "http://evil.example"}, timeout=10)
    assert 400 <= answer.status_code < 500
    allowed = requests.get(f"{servers.url}/socket.io/?EIO=4&transport=polling", timeout=10)
    assert allowed.status_code == 200  # no Origin at all: not a browser, welcome
