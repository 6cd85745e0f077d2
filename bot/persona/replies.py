"""Which line the teacher says next.

The reply follows the act and the topic of the leader's turn (DESIGN.md, "The
teacher"):
1. an empty, overlong or English turn gets its own in-character line;
2. criticism, a prescription, rules first or an opinion (in that order of weight)
   get a defensive or withdrawn line: the story stays inside;
3. open, student-focused questions, reflections, compliments and offers of help
   bring out the next piece of the story (an insight) when the teacher is open
   enough and the turn touches its topic or is the kind of move that unlocks it;
   otherwise a warm line that invites the leader on;
4. a closed question gets a short answer: a fact when it asks one the scenario
   knows, else a short yes/no-ish line;
5. a turn without acts gets small talk, or an off-topic line when it is about
   something else altogether.
No line is said twice in a session: lines are picked in a per-session random order
from those not used yet.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from bot import acts as A
from bot.analysis.language import is_english
from bot.analysis.text import normalise_words
from bot.persona.dynamics import TeacherState
from bot.persona.scenario import Insight, Scenario

NEGATIVE_ORDER = (A.CRITICISM, A.PRESCRIBE, A.RULE_FIRST, A.OPINION)
POSITIVE_ORDER = (A.STUDENT_FOCUS, A.OPEN_QUESTION, A.REFLECTION, A.COMPLIMENT, A.OFFER_HELP)
#: A turn longer than this is "too long" for the teacher to take in at once.
LONG_TURN_CHARS = 1200
#: Words that keep a turn without acts on the subject of school (not off-topic).
SCHOOL_WORDS = ("school", "klas", "groep", "les", "leerling", "kind", "netwerk", "collega",
                "leer", "onderwijs", "project", "idee", "plan", "gesprek", "werk")
GREETINGS = ("hallo", "hoi", "hey", "goedemorgen", "goedemiddag", "goedenavond", "dag", "ha", "hé")
THANKS = ("bedankt", "dank", "dankjewel", "dankje", "thanks", "merci")


def _small_talk(pool: Sequence[str], words: Sequence[str]) -> Sequence[str]:
    """The no-act lines that fit the turn: a greeting answers a greeting, "graag
    gedaan" answers thanks, and anything else gets a neutral line (no "Hallo!" in the
    middle of a conversation). Falls back to the whole pool."""
    def opens_with(line, starts):
        first = normalise_words(line)[:1]
        return bool(first) and first[0] in starts

    greeting = [line for line in pool if opens_with(line, GREETINGS)]
    thanks = [line for line in pool if "graag gedaan" in line.lower() or "dank" in line.lower()]
    if words and words[0] in GREETINGS:
        chosen = greeting
    elif any(word.startswith(THANKS) for word in words):
        chosen = thanks
    else:
        chosen = [line for line in pool if line not in greeting and line not in thanks]
    return chosen or pool


FILLERS = ("Hm.", "Tja.", "Nou,", "Even denken…", "Goh.", "Ja…", "Eh,", "Kijk,")


def line_id(line: str) -> str:
    """A short stable id of a line, kept in the session to avoid repeats."""
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class Reply:
    text: str
    kind: str  # the line pool it came from: an act, "insight", "fact", "empty", ...
    insight: Optional[str] = None


def touches(words: Sequence[str], keywords: Iterable[str]) -> bool:
    """Whether a turn's words touch one of the keywords (a word prefix or a phrase)."""
    joined = " " + " ".join(words) + " "
    for keyword in keywords:
        if " " in keyword:
            if f" {keyword}" in joined:
                return True
        elif any(word.startswith(keyword) for word in words):
            return True
    return False


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


def next_insight(
    scenario: Scenario, surfaced: Iterable[str], openness: float, acts: Iterable[str], words: Sequence[str]
) -> Optional[Insight]:
    """The next piece of the story this turn brings out, if any: open enough, not told
    yet, and touched by the turn's topic (preferred) or unlocked by one of its acts."""
    surfaced = set(surfaced)
    acts = set(acts)
    ready = [i for i in scenario.insights if i.id not in surfaced and openness >= i.min_openness]
    by_topic = [i for i in ready if touches(words, i.topics)]
    if by_topic:
        return by_topic[0]
    by_act = [i for i in ready if acts & set(i.acts)]
    return by_act[0] if by_act else None


def choose_reply(
    scenario: Scenario,
    state: TeacherState,
    text: str,
    acts: Sequence[str],
    surfaced: Iterable[str],
    picker: LinePicker,
) -> Reply:
    level = state.level()
    words = normalise_words(text)
    lines = scenario.lines_for

    if not text.strip() or not words:
        return Reply(picker.pick_or_vary(lines("empty")), "empty")
    if len(text) > LONG_TURN_CHARS:
        return Reply(picker.pick_or_vary(lines("too_long")), "too_long")
    if is_english(text):
        return Reply(picker.pick_or_vary(lines("english")), "english")

    acts = set(acts)
    for act in NEGATIVE_ORDER:
        if act in acts:
            return Reply(picker.pick_or_vary(lines(act, level), lines(act, "mid")), act)

    positive = [act for act in POSITIVE_ORDER if act in acts]
    if positive:
        insight = next_insight(scenario, surfaced, state.openness, acts, words)
        if insight:
            line = picker.pick(insight.lines)
            if line:
                return Reply(line, "insight", insight.id)
        kind = positive[0]
        return Reply(picker.pick_or_vary(lines(kind, level), lines("open_question", level)), kind)

    if A.CLOSED_QUESTION in acts:
        for fact in scenario.facts:
            if all(touches(words, [topic]) for topic in fact.topics):
                line = picker.pick([fact.answer])
                if line:
                    return Reply(line, "fact")
        return Reply(picker.pick_or_vary(lines(A.CLOSED_QUESTION, level)), A.CLOSED_QUESTION)

    on_subject = touches(words, SCHOOL_WORDS) or any(
        touches(words, insight.topics) for insight in scenario.insights
    )
    if len(words) >= 5 and not on_subject:
        return Reply(picker.pick_or_vary(lines("off_topic"), lines("no_act", level)), "off_topic")
    return Reply(picker.pick_or_vary(_small_talk(lines("no_act", level), words), lines("no_act", level)), "no_act")

