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
from bot.persona.hearing import Memory, Turn, hear, sentences_of
from bot.persona.lines import THANKS_REPLIES, LinePicker, greeting_reply, is_greeting, says_thanks, small_talk
from bot.persona.scenario import Scenario
from bot.persona.teacher import REFER_BACK, Reply, Teacher
from bot.persona.topics import BROAD_TOPICS, GENERAL_TOPICS

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


#: Moves that colour her answer (shorter, defensive): the first one the turn carries.
NEGATIVE = (A.CRITICISM, A.PRESCRIBE, A.RULE_FIRST, A.OPINION)
#: Her answer to a proposal to meet again or to come and look, by how open she is.
AGREE = {"low": ("Goed.", "Als het moet, ja.", "Prima."),
         "mid": ("Goed, dat doen we.", "Prima, dat is goed.", "Ja, dat kan."),
         "high": ("Ja, graag! Dan kan ik laten zien hoe het verder gaat.", "Ja, dat lijkt me fijn.",
                  "Goed idee, dat doen we.")}


def _unknown(teacher: Teacher, turn: Turn) -> Reply:
    return Reply(teacher.picker.pick_or_vary(teacher.scenario.unknown), "unknown", None, turn.topics, "unknown")


def _content(teacher: Teacher, turn: Turn, closed: bool) -> Optional[Reply]:
    """What a question asks for: a fact of the kind its question words ask for, more on
    what she just said, or (for a closed question) a short answer or an honest "I don't
    know"."""
    if not turn.question:
        return None
    content = teacher.asked_fact(turn)
    if content is None and turn.refers_back and not turn.continues:
        content = teacher.deeper(turn)
    if content is None and closed:
        content = teacher.short_answer(turn) if teacher.knows(turn) else _unknown(teacher, turn)
    return teacher.fits(turn, content) if closed else content


#: Her goodbye when the leader leaves (the scenario's closing lines are for the end of
#: the practice, when the leader stops).
GOODBYE = {"low": ("Oké. Tot ziens.", "Goed. Tot later.", "Oké, dag."),
           "mid": ("Goed, dank je. Tot later!", "Prima, tot ziens!", "Dank je, tot snel."),
           "high": ("Dank je wel voor je tijd! Tot snel.", "Fijn dat we even konden praten. Tot ziens!",
                    "Dank je, dit heeft me echt geholpen. Tot later!")}


def _closing(teacher: Teacher, turn: Turn) -> Reply:
    """A goodbye, or a proposal to meet again: in kind, as glad as she now is; a task
    given on the way out is acknowledged."""
    task = "Doe ik." if A.PRESCRIBE in turn.acts else None
    if turn.closing == "proposal":
        return Reply(teacher.picker.pick_or_vary(AGREE[teacher.level], AGREE["mid"]), "closing", None, turn.topics)
    return Reply(_compose(task, teacher.picker.pick_or_vary(GOODBYE[teacher.level], GOODBYE["mid"])), "closing", None,
                 turn.topics)


def answer(teacher: Teacher, turn: Turn) -> Reply:
    """The reply to a turn with acts (see the module docstring)."""
    acts = turn.acts
    if turn.closing and not turn.types and not acts & {A.OPEN_QUESTION, A.OFFER_HELP}:
        return _closing(teacher, turn)
    negative = next((act for act in NEGATIVE if act in acts), None)
    if turn.checks and not turn.types or (A.REFLECTION in acts and not turn.question and not negative):
        follow = teacher.after_reflection(turn)
        confirm = teacher.reaction(A.REFLECTION)
        return _reply(follow, _compose(confirm, follow.text), turn) if follow else Reply(confirm, A.REFLECTION)
    closed = A.CLOSED_QUESTION in acts and A.OPEN_QUESTION not in acts
    if negative:
        # The question is answered, shorter; the move colours it (defensive, a
        # counter-question). Without a question, only the reaction.
        # A prescription's or a reproach's own question ("Lukt dat voor de 15e?") is part
        # of the move: answered only when it asks about something of her story.
        asks_about = (turn.types or set(turn.topics) - BROAD_TOPICS or turn.refers_back
                      or negative in (A.RULE_FIRST, A.OPINION))
        content = _content(teacher, turn, closed=True) if asks_about else None
        if content and content.kind == "unknown":
            return content
        if content and negative == A.PRESCRIBE and turn.types:
            return _reply(content, content.text, turn)  # a plain question for a fact, and a task
        if content:
            return _reply(content, _compose(content.text, teacher.reaction(negative)), turn)
        return Reply(teacher.reaction(negative), negative, None, turn.topics)
    if closed:
        if A.OFFER_HELP in acts:
            # "Zal ik het even met de IB'er bespreken?": answer the offer; "Heb je
            # materialen nodig?": thank for it and answer about the materials.
            thanks = teacher.reaction(A.OFFER_HELP)
            content = teacher.asked_fact(turn) or (teacher._fact(turn) if set(turn.topics) - BROAD_TOPICS - {"hulp"}
                                                   else None)
            return _reply(content, _compose(thanks, content.text), turn) if content else \
                Reply(thanks, A.OFFER_HELP, None, turn.topics)
        lead = teacher.reaction(A.COMPLIMENT) if A.COMPLIMENT in acts else None
        content = _content(teacher, turn, closed=True)
        if content is None and lead:
            return Reply(lead, A.COMPLIMENT, None, turn.topics)
        content = content or _unknown(teacher, turn)
        return _reply(content, _compose(lead, content.text), turn)
    return _open(teacher, turn, _content(teacher, turn, closed=False))


def _open(teacher: Teacher, turn: Turn, content: Optional[Reply] = None) -> Reply:
    """Open questions, student focus, compliments and offers of help."""
    acts = turn.acts
    if content is None and turn.continues:
        content = teacher.continuation(None)
        if content:
            return _reply(content, content.text, turn)
    lead = None
    for act in (A.COMPLIMENT, A.OFFER_HELP):
        if act in acts:  # thank for the compliment or the offer first
            lead = teacher.reaction(act)
            break
    if content is None and turn.question and not lead and teacher.asks_beyond(turn):
        content = _unknown(teacher, turn)
    if content is None:
        content = teacher.open_answer(turn) if turn.topics else None
    specific = set(turn.topics) - GENERAL_TOPICS
    if content is None and specific and turn.question and not lead and not teacher.knows_words(turn):
        content = _unknown(teacher, turn)
    if content is None:
        content = teacher.unlocked(acts)
    if content is None:
        kind = next((a for a in (A.STUDENT_FOCUS, A.OPEN_QUESTION, A.OFFER_HELP, A.COMPLIMENT) if a in acts),
                    A.OPEN_QUESTION)
        return Reply(lead or teacher.reaction(kind), kind, None, turn.topics)
    return _reply(content, _compose(lead, content.text), turn)


def _small_talk_turn(parts: Sequence) -> bool:
    from bot.analysis.small_talk import is_small_talk

    return any(is_small_talk(part.sentence) for part in parts)


def choose_reply(scenario: Scenario, state: TeacherState, text: str, acts: Sequence[str], memory: Memory,
                 picker: LinePicker, now: Optional[datetime] = None, sentences: Sequence = ()) -> Reply:
    """The teacher's reply to one leader turn (``sentences``: the analysis's readings of
    it, when it has them)."""
    teacher = Teacher(scenario, state, memory, picker)
    if not text.strip() or not normalise_words(text):
        return Reply(picker.pick_or_vary(scenario.lines_for("empty")), "empty")
    if len(text) > LONG_TURN_CHARS:
        return Reply(picker.pick_or_vary(scenario.lines_for("too_long")), "too_long")
    if is_english(text):
        return Reply(picker.pick_or_vary(scenario.lines_for("english")), "english")
    turn = hear(scenario, text, acts, memory, sentences)
    greeting = greeting_reply(turn.words, now) if is_greeting(turn.words) else None
    if turn.closing and not turn.types and not greeting:
        return _closing(teacher, turn)
    if turn.acts:
        reply = answer(teacher, turn)
        return Reply(_compose(greeting, reply.text), reply.kind, reply.insight, reply.topics, reply.about)
    if greeting and len(turn.words) <= 2:
        return Reply(greeting, "greeting")  # "Goedemorgen!" is answered in kind, and that is all
    if greeting:  # "Goedemorgen, alles goed?": in kind, and a word of small talk
        pool = scenario.lines_for("no_act", teacher.level)
        return Reply(_compose(greeting, picker.pick(small_talk(pool, turn.words, greeting=True))), "greeting")
    on_subject = any(word.startswith(SCHOOL_WORDS) for word in turn.words) or bool(turn.topics)
    if len(turn.words) >= 5 and not on_subject and not _small_talk_turn(sentences_of(text, sentences)):
        return Reply(picker.pick_or_vary(scenario.lines_for("off_topic"), scenario.lines_for("no_act", "mid")),
                     "off_topic")
    pool = scenario.lines_for("no_act", teacher.level)
    if says_thanks(turn.words):
        return Reply(picker.pick_or_vary(small_talk(pool, turn.words), THANKS_REPLIES), "no_act", None, turn.topics)
    return Reply(picker.pick_or_vary(small_talk(pool, turn.words), pool), "no_act", None, turn.topics)

