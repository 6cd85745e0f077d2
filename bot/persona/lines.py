"""Picking the teacher's lines: never the same line twice, greetings in kind and in the
right part of the day, small talk that fits."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timezone
from typing import Iterable, Optional, Sequence

from bot.analysis.lexicon import DAY_PART_ALONE, GREETINGS
from bot.analysis.text import normalise_words

FILLERS = ("Hm.", "Tja.", "Nou,", "Even denken…", "Goh.", "Ja…", "Eh,", "Kijk,")
DAY_PARTS = {"goedemorgen": "Goedemorgen", "goeiemorgen": "Goeiemorgen", "morgen": "Morgen",
             "goedemiddag": "Goedemiddag", "goeiemiddag": "Goeiemiddag", "middag": "Middag",
             "goedenavond": "Goedenavond", "avond": "Avond"}
INFORMAL = {"hoi": "Hoi", "hey": "Hoi", "hee": "Hoi", "hai": "Hoi", "ha": "Ha", "hé": "Hé", "hallo": "Hallo"}
THANKS = ("bedankt", "dank", "dankjewel", "dankje", "thanks", "merci")
#: Her answer to thanks when the scenario's own thank-you lines are spent.
THANKS_REPLIES = ("Graag gedaan!", "Jij ook bedankt.", "Graag gedaan, hoor.", "Fijn dat je even tijd had.")
#: The clock the teacher greets by: the Dutch one.
TIMEZONE = "Europe/Amsterdam"


def line_id(line: str) -> str:
    """A short stable id of a line, kept in the session to avoid repeats."""
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:10]


class LinePicker:
    """Picks unused lines in a reproducible per-session order."""

    def __init__(self, seed: str, used: Iterable[str]) -> None:
        self._random = random.Random(seed)
        self.used = list(used)

    def pick(self, candidates: Sequence[str]) -> Optional[str]:
        fresh = [line for line in candidates if line_id(line) not in self.used]
        if not fresh:
            return None
        line = self._random.choice(fresh)
        self.used.append(line_id(line))
        return line

    def pick_or_vary(self, *pools: Sequence[str]) -> str:
        """The first pool with an unused line; when all are spent, a spent line with a
        filler in front that makes it new (the teacher never repeats herself word
        for word)."""
        for pool in pools:
            line = self.pick(pool)
            if line:
                return line
        base = [line for pool in pools for line in pool] or ["Hm."]
        for _ in range(200):
            line = f"{self._random.choice(FILLERS)} {self._random.choice(base)}"
            if line_id(line) not in self.used:
                self.used.append(line_id(line))
                return line
        line = f"{self._random.choice(FILLERS)} ({len(self.used)})"
        self.used.append(line_id(line))
        return line


def _local_hour(now: Optional[datetime]) -> int:
    now = now or datetime.now(timezone.utc)
    try:
        from zoneinfo import ZoneInfo

        return now.astimezone(ZoneInfo(TIMEZONE)).hour
    except Exception:  # noqa: BLE001 - no time zone data: Dutch winter time is close enough
        return (now.astimezone(timezone.utc).hour + 1) % 24


def by_clock(now: Optional[datetime] = None) -> str:
    hour = _local_hour(now)
    return "Goedemorgen" if 5 <= hour < 12 else "Goedemiddag" if 12 <= hour < 18 else "Goedenavond"


def is_greeting(words: Sequence[str]) -> bool:
    """A turn that opens with a greeting ("morgen" only on its own: "Morgen kom ik kijken"
    is no greeting), and is not a goodbye ("Dag, tot vrijdag")."""
    if not words or words[0] not in GREETINGS or "tot" in words[1:3]:
        return False
    return words[0] not in DAY_PART_ALONE or len(words) == 1


def greeting_reply(words: Sequence[str], now: Optional[datetime] = None) -> str:
    """A greeting in kind: the leader's part of the day, an informal "hoi" for "hoi",
    and the clock's part of the day for a plain "dag"."""
    first = words[0] if words else ""
    if first in DAY_PARTS:
        return DAY_PARTS[first] + "!"
    if first in INFORMAL:
        return INFORMAL[first] + "!"
    return by_clock(now) + "!"


def _greets(line: str) -> bool:
    words = normalise_words(line)
    return bool(words) and (words[0] in GREETINGS or any(word in DAY_PARTS for word in words))


def says_thanks(words: Sequence[str]) -> bool:
    return any(word.startswith(THANKS) for word in words)


def small_talk(pool: Sequence[str], words: Sequence[str], greeting: bool = False) -> Sequence[str]:
    """The no-act lines that fit the turn: "graag gedaan" answers thanks, anything else
    gets a neutral line. Lines that greet are never used here (the greeting is made
    by ``greeting_reply``, so a morning is never answered with "Goedemiddag!")."""
    usable = [line for line in pool if not _greets(line)]
    thanks = [line for line in usable if "graag gedaan" in line.lower() or "dank" in line.lower()]
    if not greeting and says_thanks(words):
        return thanks or usable
    return [line for line in usable if line not in thanks] or usable
