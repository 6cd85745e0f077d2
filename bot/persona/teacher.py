"""What the teacher answers about: a piece of her story (told, hinted at, deepened or
referred back to), a fact, or an honest "I don't know", given how open she is and what
she told already. ``replies.py`` composes it with her reaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

from bot.persona.dynamics import TeacherState
from bot.persona.hearing import Memory, Turn
from bot.persona.lines import LinePicker, line_id
from bot.persona.scenario import Insight, Scenario
from bot.persona.topics import ASKED_TYPES as ASKED
from bot.persona.topics import BROAD_TOPICS, GENERAL_TOPICS, SHARED_TOPICS

REFER_BACK = "Zoals ik al zei: "
#: The shared topics that name a kind of fact (a number, a time, a name, money).
ASKED_KINDS = frozenset(kind for _, kind in ASKED)
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

    def _weight(self, turn: Turn, topic: str) -> float:
        """How much a topic of the turn says about what it asks: a kind of fact asked for
        ("hoeveel") or a topic named early counts most; a shared topic that only happens
        to be named ("…elke dag…") counts least."""
        early = 1.0 - 0.5 * (turn.positions or {}).get(topic, 1.0)
        if topic in turn.types:
            return 1.5
        if topic in SHARED_TOPICS and topic in ASKED_KINDS:
            return 0.4 * early
        return (0.6 if topic in BROAD_TOPICS else 1.0) * early

    def _subject(self, turn: Turn) -> set:
        """The turn's own topics: not the kind of fact asked for, not the pupils in general."""
        return set(turn.topics) - BROAD_TOPICS - set(turn.types) - ASKED_KINDS

    def _head(self, turn: Turn) -> Optional[str]:
        """What the question is first about ("Hoeveel kinderen werken in de tuin?": the
        pupils; "Weten de ouders dat…?": the parents), not the kind of fact it asks for."""
        named = [t for t in turn.topics if t not in ASKED_KINDS | GENERAL_TOPICS]
        positions = turn.positions or {}
        return min(named, key=lambda t: positions.get(t, 1.0)) if named else None

    def _best_facts(self, turn: Turn) -> Tuple[list, bool, bool, bool]:
        """The facts that best answer the turn (all their topics named in it): first
        those about what it names first, then about its own subject, then those of the
        kind asked, then the weightiest; with whether they cover each of those."""
        fitting = [f for f in self.scenario.facts if set(f.topics) <= set(turn.topics)]
        if not fitting:
            return [], False, False, False
        subject = self._subject(turn)
        head = self._head(turn)

        def key(fact):
            return (head in fact.topics, bool(subject & set(fact.topics)), bool(set(turn.types) & set(fact.topics)),
                    round(sum(self._weight(turn, t) for t in fact.topics), 6))

        best = max(key(f) for f in fitting)
        return [f for f in fitting if key(f) == best], best[0], best[1], best[2]

    def _say_fact(self, answers: list) -> Reply:
        """One of the facts; said before: referred back to."""
        line = self._pick([f.answer for f in answers])
        chosen = next((f for f in answers if f.answer == line), answers[0])
        return Reply(line or REFER_BACK + chosen.answer, "fact", about="fact:" + "+".join(chosen.topics))

    def _fact(self, turn: Turn) -> Optional[Reply]:
        answers, *_ = self._best_facts(turn)
        return self._say_fact(answers) if answers else None

    def asked_fact(self, turn: Turn) -> Optional[Reply]:
        """The answer to a question for a fact ("Hoeveel computers…?", "Wie betaalt dat?",
        "Hoe lang duurt een beurt?"), whatever its form. "Wie bepaalt welke stof een kind
        krijgt?" asks about the software more than for a name: a fact about the
        question's own subject comes before one that only is of the kind asked."""
        if not turn.types:
            return None
        answers, about_head, about_subject, of_kind = self._best_facts(turn)
        return self._say_fact(answers) if answers and (about_head or about_subject or of_kind) else None

    def deeper(self, turn: Turn) -> Optional[Reply]:
        """A short question about what she just said ("Hoe kwam dat?", "En wat deden de
        kinderen toen?"): more on that piece of her story, never the next piece."""
        insight = next((i for i in self.scenario.insights if i.id == self.memory.last_about), None)
        if insight is None:
            return None
        matching = self._matching(turn)
        if matching and matching[0].id not in self.memory.told and self._tells(matching[0]):
            return None  # "Wat merken de kinderen ervan?" brings out the piece about the pupils
        if insight.id in self.memory.told:
            return self._about_told(insight)
        return self._tell(insight)

    def knows(self, turn: Turn) -> bool:
        """Whether the scenario holds what a question asks: a question that names a thing
        nothing in her world mentions ("een verwerkersovereenkomst", "inloggen") and no
        topic of her own, she cannot answer from her story."""
        if set(turn.topics) - BROAD_TOPICS - set(turn.types):
            return True
        return not self.scenario.unknown_words(turn.words)

    def knows_words(self, turn: Turn) -> bool:
        """Whether her world mentions every content word of the turn."""
        return not self.scenario.unknown_words(turn.words)

    def _asked_stems(self, turn: Turn) -> frozenset:
        """The nouns a question names, without the pupils in general and her own name."""
        from bot.persona.vocabulary import cue_stems, named_stems, stems

        broad = cue_stems(c for t in BROAD_TOPICS for c in self.scenario.topics.get(t, ()))
        names = " ".join([self.scenario.teacher_name, self.scenario.network, self.scenario.school]).lower()
        own = stems(names.replace("-", " ").split())
        return named_stems(turn.words) - broad - own

    def _topics_of(self, about: str) -> Tuple[str, ...]:
        if about.startswith("fact:"):
            return tuple(about[len("fact:"):].split("+"))
        insight = next((i for i in self.scenario.insights if i.id == about), None)
        return insight.topics if insight else ()

    def fits(self, turn: Turn, content: Optional[Reply]) -> Optional[Reply]:
        """A closed question's answer, if it is about something the question names; else
        a fact that is, or (for a thing her world never names) an honest "I don't know":
        "Is er een lokaal voor?" answered with the group sizes answers another question."""
        if content is None or not turn.question or content.about in (None, "unknown"):
            return content
        asked = self._asked_stems(turn)
        if not asked or asked & self.scenario.answer_stems(content.about):
            return content
        if self._head(turn) in self._topics_of(content.about):
            return content  # about what the question names first ("Hoeveel kinderen, en mag dat?")
        facts = [(len(asked & self.scenario.answer_stems("fact:" + "+".join(f.topics))), f)
                 for f in self.scenario.facts if not turn.types or set(turn.types) & set(f.topics)]
        best = max((n for n, _ in facts), default=0)
        if best and best * 2 >= len(asked):
            return self._say_fact([f for n, f in facts if n == best])
        if set(turn.types) & set(self._topics_of(content.about)) or self.knows_words(turn):
            return content  # the fact of the kind asked, or a short answer on a thing of her world
        return Reply(self.picker.pick_or_vary(self.scenario.unknown), "unknown", about="unknown")

    def asks_beyond(self, turn: Turn) -> bool:
        """An open question about something her world does not hold, named only next to
        what her whole story is about: "Wat doe je in zo'n atelier met een kind met
        dyscalculie?" (ateliers are in every piece; dyscalculia in none)."""
        if self.knows_words(turn):
            return False
        insights = self.scenario.insights
        specific = [t for t in turn.topics if t not in BROAD_TOPICS and t not in ASKED_KINDS]
        return all(sum(t in i.topics for i in insights) >= 2 for t in specific)

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

    def _tells(self, insight: Insight) -> bool:
        """Whether she would tell this piece in full now."""
        return self.state.openness >= insight.min_openness and self._in_reach(insight)

    def _tell(self, insight: Insight) -> Reply:
        """The full telling when she is open enough and the story has come that far,
        else a guarded answer on its topic."""
        if self._tells(insight):
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
            after = next((i for i in insights if i.id == self.memory.told[-1]), None)
        start = insights.index(after) + 1 if after else 0
        following = [i for i in insights[start:] + insights[:start] if i.id not in self.memory.told]
        if following:
            return self._tell(following[0])
        return self._about_told(after) if after else None

