"""What the teacher says next: an answer plus a reaction.

The *answer* comes from what the leader asked about (the turn's topics,
``topics.py``); the *reaction* from how it was asked (the acts) and how open the
teacher is now (docs/scenarios.md has the whole table):

- a topic of a piece of the story (an insight) she has not told: the full telling when
  she is open enough, else a guarded answer on that same topic; told already: a
  follow-up, or she refers back;
- a closed question: a short answer (a fact, or the insight's short line), or an
  honest "I don't know" when the scenario does not cover it;
- rules first or an early opinion with a question: the short answer, then the
  defensive reaction; criticism and a prescription: only the reaction;
- a reflection: confirmed, and extended with what follows from it;
- a turn about nothing in particular: the next piece its act unlocks, or a reaction;
- a greeting: in kind, in the right part of the day.
No line is said twice in a session: lines are picked in a per-session random order
from those not used yet (``LinePicker``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional, Sequence

from bot import acts as A
from bot.analysis.language import is_english
from bot.analysis.text import normalise_words
from bot.persona.dynamics import TeacherState
from bot.persona.hearing import Memory, Turn, hear
from bot.persona.lines import LinePicker, greeting_reply, is_greeting, small_talk
from bot.persona.scenario import Scenario
from bot.persona.teacher import REFER_BACK, Reply, Teacher
from bot.persona.topics import GENERAL_TOPICS

__all__ = ["LONG_TURN_CHARS", "REFER_BACK", "Memory", "Reply", "choose_reply"]

#: A turn longer than this is "too long" for the teacher to take in at once.
LONG_TURN_CHARS = 1200
#: Words that keep a turn without acts on the subject of school (not off-topic).
SCHOOL_WORDS = ("school", "klas", "groep", "les", "leerling", "kind", "netwerk", "collega",
                "leer", "onderwijs", "project", "idee", "plan", "gesprek", "werk")


def _compose(*parts: Optional[str]) -> str:
    return " ".join(part for part in parts if part)


def _reply(first: Reply, text: str, turn: Turn) -> Reply:
    return Reply(text, first.kind, first.insight, turn.topics, first.about)


def answer(teacher: Teacher, turn: Turn) -> Reply:
    """The reply to a turn with acts (see the module docstring)."""
    acts = turn.acts
    for act in (A.CRITICISM, A.PRESCRIBE):
        if act in acts:
            return Reply(teacher.reaction(act), act, None, turn.topics)
    for act in (A.RULE_FIRST, A.OPINION):
        if act in acts:
            content = teacher.short_answer(turn) if turn.question else None
            if content:
                return _reply(content, _compose(content.text, teacher.reaction(act)), turn)
            return Reply(teacher.reaction(act), act, None, turn.topics)
    if A.REFLECTION in acts and not turn.question:
        follow = teacher.after_reflection(turn)
        confirm = teacher.reaction(A.REFLECTION)
        return _reply(follow, _compose(confirm, follow.text), turn) if follow else Reply(confirm, A.REFLECTION)
    if A.CLOSED_QUESTION in acts and A.OPEN_QUESTION not in acts:
        for act in (A.OFFER_HELP, A.COMPLIMENT):
            if act in acts:  # "Zal ik het even met de IB'er bespreken?": answer the offer
                return Reply(teacher.reaction(act), act, None, turn.topics)
        content = teacher.short_answer(turn)
        if content:
            return _reply(content, content.text, turn)
        return Reply(teacher.picker.pick_or_vary(teacher.scenario.unknown), "unknown", None, turn.topics, "unknown")
    return _open(teacher, turn)


def _open(teacher: Teacher, turn: Turn) -> Reply:
    """Open questions, student focus, compliments and offers of help."""
    acts = turn.acts
    if turn.continues:
        content = teacher.continuation(None)
        if content:
            return _reply(content, content.text, turn)
    lead = None
    for act in (A.COMPLIMENT, A.OFFER_HELP):
        if act in acts:  # thank for the compliment or the offer first
            lead = teacher.reaction(act)
            break
    content = teacher.open_answer(turn) if turn.topics else None
    specific = set(turn.topics) - GENERAL_TOPICS
    if content is None and specific and turn.question and not lead:
        content = Reply(teacher.picker.pick_or_vary(teacher.scenario.unknown), "unknown", about="unknown")
    if content is None:
        content = teacher.unlocked(acts)
    if content is None:
        kind = next((a for a in (A.STUDENT_FOCUS, A.OPEN_QUESTION, A.OFFER_HELP, A.COMPLIMENT) if a in acts),
                    A.OPEN_QUESTION)
        return Reply(lead or teacher.reaction(kind), kind, None, turn.topics)
    return _reply(content, _compose(lead, content.text), turn)


def _small_talk_turn(text: str) -> bool:
    from bot.analysis.combine import analyse_sentences
    from bot.analysis.small_talk import is_small_talk

    return any(is_small_talk(part.sentence) for part in analyse_sentences(text))


def choose_reply(scenario: Scenario, state: TeacherState, text: str, acts: Sequence[str], memory: Memory,
                 picker: LinePicker, now: Optional[datetime] = None) -> Reply:
    """The teacher's reply to one leader turn."""
    teacher = Teacher(scenario, state, memory, picker)
    if not text.strip() or not normalise_words(text):
        return Reply(picker.pick_or_vary(scenario.lines_for("empty")), "empty")
    if len(text) > LONG_TURN_CHARS:
        return Reply(picker.pick_or_vary(scenario.lines_for("too_long")), "too_long")
    if is_english(text):
        return Reply(picker.pick_or_vary(scenario.lines_for("english")), "english")
    turn = hear(scenario, text, acts, memory)
    greeting = greeting_reply(turn.words, now) if is_greeting(turn.words) else None
    if turn.acts:
        reply = answer(teacher, turn)
        return Reply(_compose(greeting, reply.text), reply.kind, reply.insight, reply.topics, reply.about)
    if greeting and len(turn.words) <= 2:
        return Reply(greeting, "greeting")  # "Goedemorgen!" is answered in kind, and that is all
    if greeting:  # "Goedemorgen, alles goed?": in kind, and a word of small talk
        pool = scenario.lines_for("no_act", teacher.level)
        return Reply(_compose(greeting, picker.pick(small_talk(pool, turn.words, greeting=True))), "greeting")
    on_subject = any(word.startswith(SCHOOL_WORDS) for word in turn.words) or bool(turn.topics)
    if len(turn.words) >= 5 and not on_subject and not _small_talk_turn(text):
        return Reply(picker.pick_or_vary(scenario.lines_for("off_topic"), scenario.lines_for("no_act", "mid")),
                     "off_topic")
    pool = scenario.lines_for("no_act", teacher.level)
    return Reply(picker.pick_or_vary(small_talk(pool, turn.words), pool), "no_act", None, turn.topics)

