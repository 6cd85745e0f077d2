"""bot/limits.py: the limits on what users send, in one place."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.limits import CONVERSATION_ID, DISPLAY_NAME_MAX, MAX_TURN_CHARS, NICKNAME_MAX, valid_practice_id


def test_turn_limit_is_ten_thousand_characters_and_reaches_the_browser():
    assert MAX_TURN_CHARS == 10_000
    assert A.vocabulary()["max_turn_chars"] == MAX_TURN_CHARS


def test_name_limits():
    assert (NICKNAME_MAX, DISPLAY_NAME_MAX) == (40, 80)


@pytest.mark.parametrize("practice_id", ["a" * 16, "A-b_9" * 16, "x" * 80, "Zq3-_kP0aa8B7c6D"])
def test_valid_practice_id_is_returned_unchanged(practice_id):
    assert valid_practice_id(practice_id) == practice_id


@pytest.mark.parametrize("practice_id", [
    "a" * 15,                 # too short
    "x" * 81,                 # too long
    "a" * 15 + "!",           # a character outside letters, digits, - and _
    "a" * 16 + " ",
    "éééééééééééééééé",       # letters outside ASCII
    "",
    None,
    12345678901234567890,     # not a string
    ["a" * 16],
])
def test_anything_else_is_no_practice_id(practice_id):
    assert valid_practice_id(practice_id) is None


@pytest.mark.parametrize("conversation_id, ok", [
    ("0123456789abcdef" * 2, True),      # 32 hex, as the page makes them
    ("A" * 80, True),
    ("0123456789abcdef" * 2 + "-x", True),
    ("anne", False),                     # REST users' own short ids are never restored by the page
    ("a" * 31, False),
    ("a" * 81, False),
    ("a" * 31 + "/", False),
])
def test_conversation_id_needs_32_to_80_safe_characters(conversation_id, ok):
    assert bool(CONVERSATION_ID.fullmatch(conversation_id)) is ok


def test_ids_with_a_trailing_newline_are_refused():
    assert valid_practice_id("a" * 16 + "\n") is None
    assert CONVERSATION_ID.fullmatch("a" * 32 + "\n") is None
