"""bot/persona/lines.py: never a line twice, greetings in kind and by the clock."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.persona.lines import LinePicker, by_clock, greeting_reply, line_id, small_talk


def test_line_picker_never_picks_a_used_line():
    picker = LinePicker("seed", [line_id("a")])
    assert picker.pick(["a", "b"]) == "b" and picker.pick(["a", "b"]) is None


def test_line_picker_varies_a_spent_pool_with_a_filler():
    picker = LinePicker("seed", [line_id("a")])
    line = picker.pick_or_vary(["a"])
    assert line != "a" and line.endswith(" a")


def test_line_picker_order_is_reproducible_per_seed():
    pool = [str(n) for n in range(20)]
    assert [LinePicker("x", []).pick(pool) for _ in range(3)] == [LinePicker("x", []).pick(pool) for _ in range(3)]


@pytest.mark.parametrize("hour, greeting", [(7, "Goedemorgen"), (11, "Goedemorgen"), (13, "Goedemiddag"),
                                            (19, "Goedenavond")])
def test_the_clock_is_the_dutch_one(hour, greeting):
    # Amsterdam is UTC+1 in November.
    assert by_clock(datetime(2026, 11, 25, hour - 1, 0, tzinfo=timezone.utc)) == greeting


def test_greeting_in_kind():
    morning = datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)
    assert greeting_reply(("goedemiddag",), morning) == "Goedemiddag!"  # the leader's word wins
    assert greeting_reply(("hoi", "sanne"), morning) == "Hoi!"
    assert greeting_reply(("dag",), morning) == "Goedemorgen!"


def test_small_talk_answers_thanks_and_never_greets():
    pool = ["Goedemiddag! Drukke dag.", "Hallo.", "Graag gedaan.", "Ja hoor, prima."]
    assert small_talk(pool, ("bedankt",)) == ["Graag gedaan."]
    assert small_talk(pool, ("oké",)) == ["Ja hoor, prima."]
