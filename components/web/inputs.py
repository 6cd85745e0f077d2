"""What clients send to the conversation channels, checked before Rasa reads it.

Rasa's REST channel and socket.io hand a message to Rasa as it comes, and Rasa then
fails deep inside: a list as body is a 500, a number as message an empty answer, a
lone surrogate in a sender id ends the whole server (its SQL tracker store cannot
encode it and exits), a 100,000-character turn takes DIET 11 GB, and a command it
cannot read is half-read in silence ("/start{not json" starts Babette afresh, ending
the conversation that was going on). Here each of those is an InvalidInput
(bot/errors.py) that says what is wrong and what to do, in Dutch for the user and in
English for the client's developer, and a long turn is cut to the part the bot reads:

    json_object(body)        a request body that must be a JSON object
    rest_message(body)       the REST webhook's body -> RestMessage(sender, text, body)
    socket_message(data)     a socket.io ``user_uttered`` payload -> SocketMessage
    turn_text(value)         a message's text, on both channels, cut to its limit
    check_command(text)      /start, /hint, /stop, /restart, /correct: CommandError for
                             an unknown command or arguments that cannot be read

The channels decide how to answer: REST with 400 and ``{"error", "detail"}``
(common.problem), a CommandError in the conversation as a coach message
(``coach_error``), socket.io always in the conversation. A body over
``bot.limits.MAX_REQUEST_BYTES`` never gets here (413, guard.py). The limits live in
bot/limits.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Optional

from bot.errors import CommandError, InvalidInput
from bot.limits import CONVERSATION_ID, MAX_SENDER_CHARS, first_unreadable, kept_turn

REST_EXAMPLE = '{"sender": "anne", "message": "Hoe gaat het met je klas?"}'

#: Said to the user when a socket.io client sends something no page would send.
BROKEN_CONNECTION = "De verbinding is niet goed opgezet. Herlaad de pagina."
UNREADABLE_BODY = f"Dit verzoek kon ik niet lezen. Stuur een JSON-object, bijvoorbeeld {REST_EXAMPLE}."


def dutch_number(n: int) -> str:
    """10000 -> "10.000"."""
    return f"{n:,}".replace(",", ".")


def json_type(value: Any) -> str:
    """What a decoded JSON value is, in the words of a developer reading the detail."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (bytes, bytearray)):
        return "binary data"
    return type(value).__name__


# --------------------------------------------------------------------- bodies


def json_object(body: bytes, example: str = REST_EXAMPLE) -> Dict[str, Any]:
    """The request body as a JSON object; InvalidInput when it is none."""
    unreadable = f"Dit verzoek kon ik niet lezen. Stuur een JSON-object, bijvoorbeeld {example}."
    if not body:
        raise InvalidInput(unreadable, f"the body is empty; send a JSON object such as {example}")
    try:
        text = bytes(body).decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(unreadable, f"the body is not UTF-8 (byte {error.start}); "
                                       f"send JSON in UTF-8 such as {example}") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise InvalidInput(unreadable, f"the body is not JSON ({error}); "
                                       f"send a JSON object such as {example}") from None
    if not isinstance(data, dict):
        raise InvalidInput(unreadable, f"the body is {json_type(data)}; send a JSON object such as {example}")
    return data


UNREADABLE_TURN = "Je bericht bevat een teken dat ik niet kan lezen. Typ het opnieuw, of plak het als gewone tekst."


def readable_text(value: str, what: str, message: str = UNREADABLE_TURN) -> str:
    """``value`` when it holds no character no one types (bot.limits.UNREADABLE)."""
    position = first_unreadable(value)
    if position is not None:
        raise InvalidInput(
            message,
            f"{what} contains U+{ord(value[position]):04X} at position {position}: control characters "
            f"(but tab and newline) and lone surrogates are refused",
        )
    return value


def turn_text(value: Any, present: bool = True) -> str:
    """A leader turn as the channels pass it on: text without characters no one types,
    cut to MAX_TURN_CHARS."""
    if not present:
        raise InvalidInput("Je bericht kwam niet aan: er zat geen tekst in. Typ het opnieuw.",
                           f'"message" is missing; send it as a string, as in {REST_EXAMPLE}')
    if not isinstance(value, str):
        raise InvalidInput("Je bericht kwam niet goed aan: ik kreeg geen tekst. Typ het opnieuw.",
                           f'"message" must be a string, not {json_type(value)}')
    # A longer turn is answered, not refused: the bot reads its beginning
    # (bot.limits.kept_turn), and only that reaches Rasa's NLU and the tracker.
    return kept_turn(readable_text(value, '"message"'))


@dataclass(frozen=True)
class RestMessage:
    sender: str
    text: str
    #: The body as Rasa's REST channel will read it (with the text cut to its limit).
    body: Dict[str, Any]


def rest_sender(value: Any, present: bool) -> str:
    """The REST webhook's ``sender``: the conversation id the client picks.

    Rasa files a message without one under "default", one conversation shared by
    every such client, so a sender is required here."""
    nobody = "Ik weet niet bij welk gesprek dit bericht hoort: geef een afzender mee (sender)."
    rule = f"1 to {MAX_SENDER_CHARS} characters that identify the conversation, as in {REST_EXAMPLE}"
    if not present or value is None:
        raise InvalidInput(nobody, f'"sender" is missing; send a string of {rule}')
    if not isinstance(value, str):
        raise InvalidInput(nobody, f'"sender" must be a string, not {json_type(value)}: {rule}')
    if not value.strip():
        raise InvalidInput(nobody, f'"sender" is empty; send {rule}')
    if len(value) > MAX_SENDER_CHARS:
        raise InvalidInput(nobody, f'"sender" has {len(value)} characters; send {rule}')
    readable_text(value, '"sender"', "De afzender (sender) bevat een teken dat ik niet kan lezen. "
                                      "Gebruik bijvoorbeeld letters, cijfers, - en _.")
    return value


def rest_message(body: bytes) -> RestMessage:
    """The REST webhook's body, ``{"sender", "message"}`` with optional ``metadata``
    (an object) and ``input_channel`` (a string), checked as Rasa will read it."""
    data = json_object(body)
    sender = rest_sender(data.get("sender"), "sender" in data)
    text = turn_text(data.get("message"), "message" in data)
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise InvalidInput(UNREADABLE_BODY, f'"metadata" must be an object, not {json_type(metadata)}')
    channel = data.get("input_channel")
    if channel is not None and not isinstance(channel, str):
        raise InvalidInput(UNREADABLE_BODY, f'"input_channel" must be a string, not {json_type(channel)}')
    return RestMessage(sender, text, {**data, "message": text})


@dataclass(frozen=True)
class SocketMessage:
    session_id: str
    text: str
    metadata: Optional[Dict[str, Any]]


def socket_message(data: Any, metadata_key: str) -> SocketMessage:
    """A ``user_uttered`` payload: ``{"session_id", "message"}`` and optional metadata."""
    example = '{"session_id": "<the id of session_request>", "message": "Hoe gaat het?"}'
    if not isinstance(data, dict):
        raise InvalidInput(BROKEN_CONNECTION, f"user_uttered needs an object such as {example}, not {json_type(data)}")
    session_id = data.get("session_id")
    if not isinstance(session_id, str) or not CONVERSATION_ID.fullmatch(session_id):
        raise InvalidInput(BROKEN_CONNECTION, '"session_id" must be the id confirmed by session_confirm '
                                              '(32-80 letters, digits, - or _)')
    text = turn_text(data.get("message"), "message" in data)
    metadata = data.get(metadata_key)
    if metadata is not None and not isinstance(metadata, dict):
        raise InvalidInput(BROKEN_CONNECTION, f'"{metadata_key}" must be an object, not {json_type(metadata)}')
    return SocketMessage(session_id, text, metadata)


# ------------------------------------------------------------------ commands


@dataclass(frozen=True)
class Argument:
    """One argument of a command: its check, and what it must be (Dutch; English)."""

    accepts: Callable[[Any], bool]
    dutch: str
    english: str


def _text(value: Any) -> bool:
    return isinstance(value, str)


TEXT = Argument(_text, "tekst tussen aanhalingstekens", "a string")
YES_NO = Argument(lambda value: isinstance(value, (bool, str)), "true of false", "true or false")
#: An argument the bot reads itself, answering in the conversation what it cannot use.
BOT_CHECKS = Argument(lambda value: True, "", "")


@dataclass(frozen=True)
class Command:
    example: str
    arguments: Dict[str, Argument] = field(default_factory=dict)
    #: False: after the command comes nothing or "{...}", and the bot reads the rest
    #: and says what it cannot use (bot/corrections.py: "Zeg welke beurt je bedoelt,
    #: …", kind correct_error, also for JSON it cannot read).
    checked_here: bool = True


#: The commands a conversation knows (README: "Commands inside a conversation"): the
#: intents of domain.yml that are not leader acts, and Rasa's own /restart. Their
#: arguments are entities of domain.yml; what each must be is decided here (for
#: /correct by the bot, see ``checked_here``). A null value counts as not given.
#: tests/test_bad_inputs.py keeps this table and the domain in step.
COMMANDS: Dict[str, Command] = {
    "start": Command('/start{"scenario":"babette"}', {
        "scenario": TEXT, "mode": TEXT, "workshop": TEXT, "nickname": TEXT, "practice_id": TEXT,
        "share_turns": YES_NO, "exercise": TEXT,
    }),
    "hint": Command("/hint"),
    "stop": Command("/stop"),
    "restart": Command("/restart"),
    "correct": Command('/correct{"turn":2,"acts":["open_question"]}', {"turn": BOT_CHECKS, "acts": BOT_CHECKS},
                       checked_here=False),
    "redo": Command('/redo{"turn":3}', {"turn": BOT_CHECKS}, checked_here=False),
}

#: "/name" and what follows: Rasa's own pattern for "/intent@confidence{entities}"
#: reads the name up to "{" or "@"; a space or a second "/" ends it here too.
COMMAND = re.compile(r"/(?P<name>[^\s{@/]*)(?P<rest>.*)", re.S)


def _command_list() -> str:
    names = [f"/{name}" for name in COMMANDS]
    return ", ".join(names[:-1]) + " en " + names[-1]


def check_command(text: str) -> None:
    """CommandError when ``text`` is a command (it starts with "/") that is unknown or
    whose arguments cannot be read; nothing for any other text.

    Rasa itself would run an unknown "/name" as a leader turn, ignore what it cannot
    read after a known one, and take "/start@0.3" as a test's confidence: none of that
    is what a leader who typed it meant."""
    stripped = text.strip()
    if not stripped.startswith("/"):
        return
    match = COMMAND.match(stripped)
    name, rest = match.group("name"), match.group("rest").strip()
    command = COMMANDS.get(name)
    if command is None:
        shown = "/" + (name if len(name) <= 40 else name[:40] + "…")
        raise CommandError(
            (f"Het commando {shown} ken ik niet." if name else "Na de / staat geen commando.")
            + f" Je kunt {_command_list()} gebruiken, of gewoon je vraag typen (zonder / ervoor).",
            f"unknown command {stripped[:40]!r}; the commands are {', '.join('/' + n for n in COMMANDS)}",
        )
    if not rest:
        return
    unreadable = CommandError(
        f"Wat na /{name} staat, kon ik niet lezen. "
        + (f"Schrijf het als JSON tussen accolades, bijvoorbeeld {command.example}."
           if command.arguments else f"Stuur gewoon {command.example}, zonder iets erachter."),
        f"/{name} must be followed by nothing or by one JSON object, as in {command.example}",
    )
    if not rest.startswith("{"):
        raise unreadable
    if not command.checked_here:
        return
    try:
        arguments = json.loads(rest)
    except (ValueError, RecursionError) as error:
        raise CommandError(unreadable.message, f"{unreadable.detail}: {error}") from None
    if not isinstance(arguments, dict):
        raise unreadable
    _check_arguments(name, command, arguments)


def _check_arguments(name: str, command: Command, arguments: Dict[str, Any]) -> None:
    for key, value in arguments.items():
        argument = command.arguments.get(key)
        if argument is None:
            allowed = ", ".join(f'"{k}"' for k in command.arguments)
            raise CommandError(
                (f'Bij /{name} hoort "{key}" niet. Je kunt meegeven: {allowed}; bijvoorbeeld {command.example}.'
                 if allowed else f"/{name} neemt niets mee: stuur gewoon {command.example}."),
                f'/{name} takes no argument "{key}"' + (f"; its arguments are {allowed}" if allowed else ""),
            )
        if value is None:
            continue
        if not argument.accepts(value):
            sent = json_type(value)
            if isinstance(value, list):
                sent += " holding " + ", ".join(sorted({json_type(item) for item in value}))
            raise CommandError(
                f'Bij /{name} moet "{key}" {argument.dutch} zijn, bijvoorbeeld {command.example}.',
                f'"{key}" of /{name} must be {argument.english}, not {sent}',
            )
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and first_unreadable(text) is not None:
                raise CommandError(
                    f'In "{key}" van /{name} staat een teken dat ik niet kan lezen. Typ het opnieuw.',
                    f'"{key}" of /{name} contains a control character or a lone surrogate',
                )


def coach_error(error: InvalidInput) -> Dict[str, Any]:
    """An InvalidInput as the coach says it in the conversation: the shape of every
    coach message (DESIGN.md), with ``kind`` to tell it apart and ``detail`` for the
    client's developer."""
    kind = "command_error" if isinstance(error, CommandError) else "error"
    return {"role": "coach", "acts": [], "kind": kind, "text": error.message, "detail": error.detail}
