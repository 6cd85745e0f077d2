"""Limits on what users send, in one place (the page and widget get them from the server)."""

import re
from typing import Optional

#: A leader turn is analysed and stored up to this length. The CLI refuses longer
#: lines; the bot answers them, reading and keeping only the beginning, so one huge
#: paste cannot keep a server busy or bloat every later turn.
MAX_TURN_CHARS = 10_000

#: A practice id: made by the page, random; holding it is the access to its progress.
PRACTICE_ID = re.compile(r"[A-Za-z0-9_-]{16,80}")  # use fullmatch

#: Conversation ids the page and widget make: 32 random hex characters or more.
#: Shorter ids (REST users pick their own, like "anne") are never restored by the page.
CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{32,80}")  # use fullmatch

#: Workshop nicknames and display names are cut to this length.
NICKNAME_MAX = 40
DISPLAY_NAME_MAX = 80


def valid_practice_id(practice_id: object) -> Optional[str]:
    """The practice id when it is one, else None."""
    return practice_id if isinstance(practice_id, str) and PRACTICE_ID.fullmatch(practice_id) else None
