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

from dataclasses import dataclass
from datetime import datetime
from typing import Optional, Sequence, Tuple

from bot import acts as A
from bot.analysis.language import is_english
from bot.analysis.text import normalise_words
from bot.persona.dynamics import TeacherState
from bot.persona.lines import GREETINGS, LinePicker, greeting_reply, line_id, small_talk
from bot.persona.scenario import Insight, Scenario
from bot.persona.topics import GENERAL_TOPICS, find_topics

#: A turn longer than this is "too long" for the teacher to take in at once.
LONG_TURN_CHARS = 1200
#: Words that keep a turn without acts on the subject of school (not off-topic).
SCHOOL_WORDS = ("school", "klas", "groep", "les", "leerling", "kind", "netwerk", "collega",
                "leer", "onderwijs", "project", "idee", "plan", "gesprek", "werk")
#: A short follow-up that opens with one of these words ("en het netwerk?", "maar
#: de ouders?") is elliptic: without a topic of its own it takes the turn before's.
ELLIPSIS_WORDS = 5
ELLIPSIS_OPENERS = frozenset({"en", "maar", "dus", "of", "enne", "ook"})
#: Words of a follow-up that asks for the rest of the story ("en toen?", "en verder?").
CONTINUE_WORDS = frozenset({"en", "toen", "daarna", "verder", "vervolgens", "dan", "nu", "enne", "wat", "hoe"})
#: Phrases that ask for the rest of the story in a longer turn.
CONTINUE_PHRASES = ("ging het verder", "ging het daarna", "gebeurde er toen", "gebeurde er daarna", "en toen",
                    "en daarna", "hoe verder")
REFER_BACK = "Zoals ik al zei: "
#: How far ahead of the next untold piece of her story a question may bring one out,
#: unless she is this much more open than the piece needs (then she tells it anyway).
STORY_REACH = 1
WIDE_OPEN = 0.2


@dataclass(frozen=True)
class Reply:
    text: str
    kind: str  # what answered: "insight", "guarded", "follow_up", "short", "fact", "unknown", an act, …
    insight: Optional[str] = None  # the insight this reply told in full
    topics: Tuple[str, ...] = ()  # what the turn was about, for the next elliptic turn
    about: Optional[str] = None  # what the answer was about: an insight id, "fact:<topics>" or None


@dataclass(frozen=True)
class Memory:
    """What the teacher remembers of the conversation so far."""

    told: Tuple[str, ...] = ()  # insights told in full, in order
    last_topics: Tuple[str, ...] = ()  # what the previous turn was about
    last_about: Optional[str] = None  # the insight the previous reply was about (told or hinted at)


@dataclass(frozen=True)
class Turn:
    """The leader's turn as the teacher hears it."""

    text: str
    words: Tuple[str, ...]
    acts: frozenset
    topics: Tuple[str, ...]
    asks: bool  # a question: by its acts, or a question mark
    continues: bool = False  # "en toen?": asks for what comes next in the story

    @property
    def question(self) -> bool:
        return self.asks or bool(self.acts & {A.OPEN_QUESTION, A.CLOSED_QUESTION})


#: Words by which a question points back at the sentence before it ("Hoe zit dat?").
ANAPHORS = frozenset({"dat", "dit", "daar", "daarmee", "daarover", "daarvan", "ervan", "erover", "ermee", "het", "er",
                      "die", "daarop", "erop", "daarna", "toen"})


def _asked_topics(scenario: Scenario, text: str) -> Tuple[str, ...]:
    """What the turn asks about. In a turn with a statement and a question, the
    question's topics: "Ik hoor van collega's dat het goed gaat. Hoe ziet zo'n dag eruit?"
    asks about her day, not about the colleagues, and is as open as "Vertel eens"; but
    "De computers zijn stuk. Hoe zit dat?" points back, and is about the computers.
    A turn without a question is about all it names."""
    from bot.analysis.combine import analyse_sentences
    from bot.analysis.question_form import Form

    parts = analyse_sentences(text)
    questions = [p.sentence for p in parts if p.reading.form is not Form.STATEMENT]
    if not questions or len(questions) == len(parts):
        return find_topics(text, scenario.topics)
    asked = find_topics(" ".join(q.text for q in questions), scenario.topics)
    if asked or any(set(q.words) & ANAPHORS for q in questions):
        return asked or find_topics(text, scenario.topics)
    return ()


def hear(scenario: Scenario, text: str, acts: Sequence[str], memory: Memory) -> Turn:
    """The turn with its topics; a short follow-up without a topic ("en toen?") takes
    the topics of the turn before."""
    words = normalise_words(text)
    topics = _asked_topics(scenario, text)
    asks = text.rstrip().endswith("?")
    bare = bool(words) and set(words) <= CONTINUE_WORDS  # "toen?", "en daarna?"
    elliptic = len(words) <= ELLIPSIS_WORDS and bool(words) and (words[0] in ELLIPSIS_OPENERS or bare)
    if not topics and elliptic:
        topics = memory.last_topics
    acts = frozenset(acts)
    joined = " " + " ".join(words) + " "
    continues = (elliptic and bare) or any(f" {phrase} " in joined for phrase in CONTINUE_PHRASES)
    if elliptic and (continues or topics) and (not acts or acts == {A.CLOSED_QUESTION}):
        # "en het netwerk?", "en toen?": an elliptic open question, whatever its form
        acts = frozenset({A.OPEN_QUESTION})
    return Turn(text, words, acts, tuple(topics), asks, continues)


class Teacher:
    """The teacher's answer to one turn, given her state and memory."""

    def __init__(self, scenario: Scenario, state: TeacherState, memory: Memory, picker: LinePicker) -> None:
        self.scenario = scenario
        self.state = state
        self.memory = memory
        self.picker = picker
        self.level = state.level()

    # -------------------------------------------------------------- lines

    def reaction(self, kind: str) -> str:
        return self.picker.pick_or_vary(self.scenario.lines_for(kind, self.level), self.scenario.lines_for(kind, "mid"))

    def _pick(self, *pools: Sequence[str]) -> Optional[str]:
        for pool in pools:
            line = self.picker.pick(pool)
            if line:
                return line
        return None

    # ------------------------------------------------------------ content

    def _matching(self, turn: Turn) -> Tuple[Insight, ...]:
        """The insights the turn asks about, best first. A topic counts for less the more
        insights share it ("voortgang" fits many, "klokje" one); among equals an untold
        piece comes first, in story order, then the piece told last."""
        insights = self.scenario.insights
        sharing = {topic: sum(topic in i.topics for i in insights) for topic in turn.topics}
        scored = [(sum(1 / sharing[t] for t in turn.topics if t in i.topics), n, i) for n, i in enumerate(insights)]
        scored = [entry for entry in scored if entry[0] > 0]
        if not scored:
            return ()
        best = max(score for score, _, _ in scored)
        top = [i for score, _, i in scored if score >= best - 1e-9]
        untold = [i for i in top if i.id not in self.memory.told]
        told = sorted((i for i in top if i.id in self.memory.told), key=lambda i: -self.memory.told.index(i.id))
        return tuple(untold + told)

    def _fact(self, turn: Turn) -> Optional[Reply]:
        """The most specific fact whose topics the turn all touches; said before: referred back to."""
        fitting = [f for f in self.scenario.facts if set(f.topics) <= set(turn.topics)]
        if not fitting:
            return None
        best = max(len(f.topics) for f in fitting)
        answers = [f for f in fitting if len(f.topics) == best]
        line = self._pick([f.answer for f in answers])
        chosen = next((f for f in answers if f.answer == line), answers[0])
        return Reply(line or REFER_BACK + chosen.answer, "fact", about="fact:" + "+".join(chosen.topics))

    def _exact_fact(self, turn: Turn) -> bool:
        """Whether a fact not said yet covers every specific topic of the turn."""
        asked = set(turn.topics)
        specific = asked - GENERAL_TOPICS
        return any(specific and specific <= set(f.topics) <= asked and line_id(f.answer) not in self.picker.used
                   for f in self.scenario.facts)

    def _about_told(self, insight: Insight) -> Reply:
        line = self._pick(insight.follow_up)
        if line:
            return Reply(line, "follow_up", about=insight.id)
        return Reply(REFER_BACK + self.picker.pick_or_vary(insight.short), "short", about=insight.id)

    def _in_reach(self, insight: Insight) -> bool:
        """Her story comes out in order: the next untold piece, or the one after it. Asked
        about a piece further ahead, she hints at it (she is not there yet)."""
        insights = list(self.scenario.insights)
        untold = [n for n, i in enumerate(insights) if i.id not in self.memory.told]
        wide_open = self.state.openness >= insight.min_openness + WIDE_OPEN
        return not untold or wide_open or insights.index(insight) <= untold[0] + STORY_REACH

    def _tell(self, insight: Insight) -> Reply:
        """The full telling when she is open enough and the story has come that far,
        else a guarded answer on its topic."""
        if self.state.openness >= insight.min_openness and self._in_reach(insight):
            line = self._pick(insight.lines)
            if line:
                return Reply(line, "insight", insight.id, about=insight.id)
        return Reply(self.picker.pick_or_vary(insight.guarded, insight.short), "guarded", about=insight.id)

    def open_answer(self, turn: Turn) -> Optional[Reply]:
        """The answer to an open question (or a move) on the turn's topics; None when
        the turn asks about nothing the scenario holds."""
        matching = self._matching(turn)
        if matching and matching[0].id not in self.memory.told:
            return self._tell(matching[0])
        # About a piece she told already, a fact that answers the question exactly comes
        # before a follow-up ("Hebben andere scholen het geprobeerd?").
        if matching and self._exact_fact(turn):
            return self._fact(turn)
        if matching:
            return self._about_told(matching[0])
        # "Hoe gaat het?" asks for her story, not for the one-line fact about how it goes.
        return self._fact(turn) if set(turn.topics) - GENERAL_TOPICS else None

    def short_answer(self, turn: Turn) -> Optional[Reply]:
        """A closed question's answer: a fact, or the short line of the piece it asks about."""
        fact = self._fact(turn)
        if fact:
            return fact
        matching = self._matching(turn)
        if matching:
            return Reply(self.picker.pick_or_vary(matching[0].short), "short", about=matching[0].id)
        return None

    def unlocked(self, acts: frozenset) -> Optional[Reply]:
        """The next piece of the story an act brings out when the turn names no topic."""
        for insight in self.scenario.insights:
            if insight.id in self.memory.told or not acts & set(insight.acts):
                continue
            if self.state.openness >= insight.min_openness:
                line = self._pick(insight.lines)
                if line:
                    return Reply(line, "insight", insight.id, about=insight.id)
        return None

    def after_reflection(self, turn: Turn) -> Optional[Reply]:
        """What follows from what the leader mirrored: the next piece of the story after
        the one reflected (never that piece again), a guarded hint of it, or a detail."""
        matching = self._matching(turn)
        if matching and matching[0].id not in self.memory.told:
            return self._tell(matching[0])
        return self.continuation(matching[0] if matching else None)

    def continuation(self, after: Optional[Insight]) -> Optional[Reply]:
        """The piece of the story that comes after ``after`` (or after the last one she
        told): told when she is open enough, hinted at when not; all told: a detail."""
        insights = list(self.scenario.insights)
        ids = [i.id for i in insights]
        if after is None and self.memory.last_about in ids:
            after = self.scenario.insight(self.memory.last_about)
        elif after is None and self.memory.told:
            after = self.scenario.insight(self.memory.told[-1])
        start = insights.index(after) + 1 if after else 0
        following = [i for i in insights[start:] + insights[:start] if i.id not in self.memory.told]
        if following:
            return self._tell(following[0])
        return self._about_told(after) if after else None


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
    greeting = greeting_reply(turn.words, now) if turn.words[0] in GREETINGS else None
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
