"""Limits on what users send, in one place (the page and widget get them from the server)."""

import re
from typing import Optional

#: A leader turn is analysed and stored up to this length. The CLI refuses longer
#: lines; the bot answers them, reading and keeping only the beginning, so one huge
#: paste cannot keep a server busy or bloat every later turn. The REST and socket.io
#: channels cut a turn to this length before Rasa reads it (kept_turn): Rasa's NLU
#: reads the whole text, and DIET's attention grows with its square (measured: 32,000
#: characters take 6 s and 0.8 GB more; 100,000 take 37 s and 11 GB).
MAX_TURN_CHARS = 10_000

#: The largest request body the server reads, on every route (Sanic's default is
#: 100 MB). A turn at its limit is at most 120 kB of JSON (10,000 astral characters as
#: \uXXXX escapes, 12 bytes each); a longer paste up to about 250,000 plain characters
#: still gets the bot's answer to a long turn. Socket.io payloads have the same limit.
MAX_REQUEST_BYTES = 256 * 1024

#: A REST sender id: Rasa's SQL tracker store keeps it in a 255-character column
#: (PostgreSQL refuses longer ones); ids are short, so 128 leaves room.
MAX_SENDER_CHARS = 128

#: Characters no one types: C0 controls but tab, newline and carriage return, DEL,
#: and lone UTF-16 surrogates (valid in JSON's \u escapes, not in UTF-8). A NUL is
#: refused by PostgreSQL, and a surrogate in a sender id ends Rasa's server (its SQL
#: tracker store cannot encode it and exits). Misses: other invisible characters
#: (zero-width spaces, bidi controls) are let through; they harm nothing here.
UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

#: A practice id: made by the page, random; holding it is the access to its progress.
PRACTICE_ID = re.compile(r"[A-Za-z0-9_-]{16,80}")  # use fullmatch

#: Conversation ids the page and widget make: 32 random hex characters or more.
#: Shorter ids (REST users pick their own, like "anne") are never restored by the page.
CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{32,80}")  # use fullmatch

#: A workshop code as the dashboard link carries it, once normalised (upper case,
#: letters and digits: bot.storage.workshops.normalise_code). Codes are six characters
#: today; 4 to 12 keeps old links working if that length ever changes.
WORKSHOP_CODE = re.compile(r"[A-Z0-9]{4,12}")  # use fullmatch

#: Workshop nicknames and display names are cut to this length.
NICKNAME_MAX = 40
DISPLAY_NAME_MAX = 80


def valid_practice_id(practice_id: object) -> Optional[str]:
    """The practice id when it is one, else None."""
    return practice_id if isinstance(practice_id, str) and PRACTICE_ID.fullmatch(practice_id) else None


def first_unreadable(text: str) -> Optional[int]:
    """The position of the first character no one types (UNREADABLE), else None."""
    found = UNREADABLE.search(text)
    return found.start() if found else None


def kept_turn(text: str) -> str:
    """The part of a turn the bot reads and keeps: its first MAX_TURN_CHARS characters."""
    return text[:MAX_TURN_CHARS]
