"""components/web/inputs.py and guard.py without a server: what each bad input is told,
and that a good one passes unchanged (tests/test_bad_inputs.py sends them to real
servers)."""

from __future__ import annotations

import json

import pytest

from bot.errors import CommandError, InvalidInput
from bot.limits import MAX_TURN_CHARS, first_unreadable, kept_turn
from components.web import guard, inputs


def body(data) -> bytes:
    return json.dumps(data).encode()


@pytest.mark.parametrize("text", [
    "Hoe gaat het met je klas?", "", "   ", "/start", "/start{}", '/start{"scenario":"babette"}',
    '/start{"scenario":"rooster","mode":"quiet","share_turns":true,"practice_id":"p-1234567890abcdef"}',
    '/start{"scenario":null}', " /hint ", "/stop", "/restart", "/hint{}",
    '/correct{"turn":2,"acts":["open_question"]}', '/correct{"turn":"x"}', '/correct{"turn":1,',
    "Een zin met een / erin", "½ uur",
])
def test_turns_and_commands_that_pass(text):
    assert inputs.check_command(text) is None


@pytest.mark.parametrize("text, says", [
    ("/start{not json", "JSON tussen accolades"),
    ('/start{"scenario":"babette"} en nog wat', "JSON tussen accolades"),
    ("/start@0.3", "JSON tussen accolades"),
    ("/start[1]", "/start[1] ken ik niet"),
    ('/start{"scenario":5}', '"scenario" tekst tussen aanhalingstekens'),
    ('/start{"share_turns":[true]}', '"share_turns" true of false'),
    ('/start{"kleur":"rood"}', 'hoort "kleur" niet'),
    ('/start{"nickname":"An\\u0000ne"}', "niet kan lezen"),
    ('/hint{"x":1}', "/hint neemt niets mee"),
    ("/stop nu", "Stuur gewoon /stop"),
    ("/correct beurt 2", "/correct{"),
    ("/strat", "Het commando /strat ken ik niet"),
    ("/", "Na de / staat geen commando"),
    ("/closed_question", "/closed_question ken ik niet"),
    ("/" + "x" * 500, "x" * 40 + "…"),
])
def test_command_that_cannot_be_read_says_what_to_send(text, says):
    with pytest.raises(CommandError) as raised:
        inputs.check_command(text)
    assert says in raised.value.message
    assert raised.value.detail.startswith(("/", "unknown", "\""))


def test_rest_message_passes_a_good_body_and_cuts_a_long_turn():
    message = inputs.rest_message(body({"sender": "anne", "message": "Hoe gaat het?", "metadata": {"a": 1}}))
    assert (message.sender, message.text) == ("anne", "Hoe gaat het?")
    assert message.body == {"sender": "anne", "message": "Hoe gaat het?", "metadata": {"a": 1}}
    long = inputs.rest_message(body({"sender": "anne", "message": "a" * (MAX_TURN_CHARS + 5)}))
    assert long.text == "a" * MAX_TURN_CHARS and long.body["message"] == long.text


@pytest.mark.parametrize("raw, says", [
    (b"", "empty"), (b"\xff", "not UTF-8"), (b"{bad", "not JSON"), (b"[1]", "a list"), (b"null", "null"),
    (b"[" * 20_000 + b"]" * 20_000, "not JSON"),
    (body({"message": "hoi"}), '"sender" is missing'), (body({"sender": None, "message": "hoi"}), "missing"),
    (body({"sender": 7, "message": "hoi"}), "a number"), (body({"sender": " ", "message": "hoi"}), "empty"),
    (body({"sender": "s" * 129, "message": "hoi"}), "129 characters"),
    (b'{"sender": "\\ud800", "message": "hoi"}', "U+D800"),
    (body({"sender": "a"}), '"message" is missing'), (body({"sender": "a", "message": 5}), "a number"),
    (body({"sender": "a", "message": {"x": 1}}), "an object"), (body({"sender": "a", "message": "a\x00"}), "U+0000"),
    (body({"sender": "a", "message": "hoi", "metadata": "m"}), '"metadata"'),
    (body({"sender": "a", "message": "hoi", "input_channel": 3}), '"input_channel"'),
])
def test_rest_body_that_cannot_be_used_says_why(raw, says):
    with pytest.raises(InvalidInput) as raised:
        inputs.rest_message(raw)
    assert not isinstance(raised.value, CommandError)
    assert says in raised.value.detail and raised.value.message


@pytest.mark.parametrize("data, says", [
    ("hallo", "not a string"), ([1], "not a list"), (None, "not null"), (b"\x00", "binary data"),
    ({"message": "hoi"}, '"session_id"'), ({"session_id": "kort", "message": "hoi"}, '"session_id"'),
    ({"session_id": "a" * 32, "message": 5}, "not a number"), ({"session_id": "a" * 32}, "missing"),
    ({"session_id": "a" * 32, "message": "hoi", "metadata": [1]}, '"metadata"'),
])
def test_socket_payload_that_cannot_be_used_says_why(data, says):
    with pytest.raises(InvalidInput) as raised:
        inputs.socket_message(data, "metadata")
    assert says in raised.value.detail


def test_socket_payload_passes_with_its_metadata():
    message = inputs.socket_message({"session_id": "a" * 32, "message": "Hoe?", "metadata": {"m": 1}}, "metadata")
    assert (message.session_id, message.text, message.metadata) == ("a" * 32, "Hoe?", {"m": 1})


def test_unreadable_characters_and_the_kept_part_of_a_turn():
    assert first_unreadable("Hoe gaat het?\n\tGoed! 😀 <b>") is None
    assert first_unreadable("ab\x00") == 2 and first_unreadable("\ud83d") == 0 and first_unreadable("\x7f") == 0
    assert kept_turn("a" * (MAX_TURN_CHARS + 1)) == "a" * MAX_TURN_CHARS and kept_turn("kort") == "kort"


def test_coach_error_has_the_shape_of_a_coach_message():
    message = inputs.coach_error(CommandError("Dutch", "English"))
    assert message == {"role": "coach", "acts": [], "kind": "command_error", "text": "Dutch", "detail": "English"}
    assert inputs.coach_error(InvalidInput("a", "b"))["kind"] == "error"


def test_every_error_status_gets_json_with_what_to_do():
    from sanic.exceptions import MethodNotSupported, NotFound, PayloadTooLarge

    class Request:
        method, path = "PUT", "/coach/api/scenarios"

    allowed = guard.json_error_page(Request(), MethodNotSupported("no", "PUT", ["GET"]))
    assert allowed.status == 405 and allowed.headers["Allow"] == "GET"
    assert json.loads(allowed.body) == {"error": "Dit adres werkt niet met PUT: gebruik GET.",
                                        "detail": "PUT is not allowed on /coach/api/scenarios; allowed: GET"}
    assert guard.json_error_page(Request(), NotFound("no")).status == 404
    assert "10.000" in json.loads(guard.json_error_page(Request(), PayloadTooLarge("big")).body)["error"]
    crashed = guard.json_error_page(Request(), KeyError("internal secret"))
    assert crashed.status == 500 and "secret" not in crashed.body.decode()
