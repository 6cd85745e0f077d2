"""Combine grammar rules, word cues and the trained model into a turn's act set.

The turn is analysed sentence by sentence; the acts of the turn are the union of its
sentences' acts, with two turn-level constraints from ACTS.md (opinion and criticism
exclude each other in one sentence; a fact question about pupils is no student focus).

Who decides what:
- open/closed question: the grammar rules of ``question_form`` when they are certain;
  the model only where they guess.
- reflection: a statement (no question form) with a mirroring opener, or the model.
- the other acts: the model's probability, where a word cue lowers the bar and the
  absence of any cue raises it. The thresholds were set on ``data/dev`` (never on the
  held-out set).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from bot import acts as A
from bot.analysis.cues import Cues, find_cues, student_words
from bot.analysis.question_form import Form, FormReading, Kind, read_form
from bot.analysis.small_talk import is_small_talk
from bot.analysis.text import Sentence, split_sentences

#: Per act: (how sure the model must be when a word cue is in the turn, how sure
#: when there is none). Set on both dev sets (data/dev/) with ``scripts/tune_thresholds.py``;
#: a threshold above 1 means "never without a cue".
THRESHOLDS: Dict[str, Tuple[float, float]] = {
    A.RULE_FIRST: (0.3, 0.8),
    A.OPINION: (0.0, 0.6),
    A.CRITICISM: (0.05, 0.5),
    A.COMPLIMENT: (0.05, 0.5),
    A.OFFER_HELP: (0.2, 0.6),
    A.STUDENT_FOCUS: (0.2, 0.9),
    A.PRESCRIBE: (0.1, 0.9),
    A.REFLECTION: (0.0, 0.6),
}
#: Without any word for the pupils, the model must be this sure of student focus.
STUDENT_WITHOUT_WORDS = 0.9
#: Below this confidence the coach says "Dit klonk als …" instead of "Je stelde …".
UNSURE = 0.6
#: Without a cue word the teacher thanks for praise or help only when the model is this sure.
EVIDENT = 0.9


@dataclass(frozen=True)
class SentenceAnalysis:
    sentence: Sentence
    reading: FormReading
    cues: Cues


@dataclass
class TurnAnalysis:
    """A turn's acts, with the per-sentence readings behind them (the coach uses these
    to quote and rewrite the leader's own closed question)."""

    text: str
    acts: List[str]
    sentences: Sequence[SentenceAnalysis] = field(default_factory=tuple)
    #: How sure the analysis is of each act it found (0-1); the coach hedges below UNSURE.
    confidence: Mapping[str, float] = field(default_factory=dict)

    def unsure(self) -> List[str]:
        return [act for act in self.acts if self.confidence.get(act, 1.0) < UNSURE]

    def evident(self, act: str) -> bool:
        """Whether the act shows in the words (a cue of it in a sentence) or the model is
        all but certain of it: what the teacher needs before she thanks for praise or help."""
        cued = any(act in part.cues.present for part in self.sentences)
        return act in self.acts and (cued or self.confidence.get(act, 1.0) >= EVIDENT)


@functools.lru_cache(maxsize=4096)
def analyse_sentences(text: str) -> Tuple[SentenceAnalysis, ...]:
    """The turn's sentences with their form and cues (cached: the Rasa featurizer and
    the final component both ask for the same turn)."""
    result = []
    for sentence in split_sentences(text):
        reading = read_form(sentence)
        result.append(SentenceAnalysis(sentence, reading, find_cues(sentence, reading)))
    return tuple(result)


def _question_acts(parts: Sequence[SentenceAnalysis], model: Optional[Mapping[str, float]]) -> set:
    found = set()
    for part in parts:
        reading = part.reading
        if reading.form is Form.STATEMENT:
            continue
        form = reading.form
        if not reading.certain and model is not None:
            p_open = model.get(A.OPEN_QUESTION, 0.0)
            p_closed = model.get(A.CLOSED_QUESTION, 0.0)
            if max(p_open, p_closed) >= 0.3:
                form = Form.OPEN if p_open > p_closed else Form.CLOSED
        found.add(A.OPEN_QUESTION if form is Form.OPEN else A.CLOSED_QUESTION)
    return found


def combine(parts: Sequence[SentenceAnalysis], model: Optional[Mapping[str, float]]) -> List[str]:
    """The turn's acts from its analysed sentences and the model's act probabilities
    (``None`` when no model is loaded: then the rules decide alone)."""
    if not parts:
        return []  # no words at all (emoji, punctuation): nothing to analyse
    parts = [part for part in parts if not is_small_talk(part.sentence)]
    if not parts:
        return []  # only small talk ("Thee?", "Goedemorgen, alles goed?"): no act
    acts = _question_acts(parts, model)
    cued = set().union(*(part.cues.present for part in parts)) if parts else set()
    any_statement = any(part.reading.form is Form.STATEMENT for part in parts)

    for act, (with_cue, without_cue) in THRESHOLDS.items():
        if act == A.REFLECTION and not any_statement:
            continue  # a turn of only questions mirrors nothing
        p = None if model is None else model.get(act, 0.0)
        if act in cued:
            if p is None or p >= with_cue:
                acts.add(act)
        elif p is not None and p >= without_cue:
            acts.add(act)

    # Without any word for the pupils the model is guessing from the topic.
    if A.STUDENT_FOCUS in acts and not any(student_words(part.sentence) for part in parts) and (
        model is None or model.get(A.STUDENT_FOCUS, 0.0) < STUDENT_WITHOUT_WORDS
    ):
        acts.discard(A.STUDENT_FOCUS)
    if A.STUDENT_FOCUS in acts and A.STUDENT_FOCUS not in cued and any(
        student_words(p.sentence) for p in parts
    ) and all(
        p.reading.kind is Kind.FACT for p in parts if student_words(p.sentence)
    ) and (model is None or model.get(A.STUDENT_FOCUS, 0.0) < STUDENT_WITHOUT_WORDS):
        acts.discard(A.STUDENT_FOCUS)  # "Hoeveel leerlingen…?" is a bare fact

    if A.CRITICISM in acts and A.OPINION in acts:
        # A negative judgement is criticism only, unless another sentence gives a view.
        own_opinion = any(
            A.OPINION in part.cues and A.CRITICISM not in part.cues for part in parts
        ) or any(part.reading.leading for part in parts)
        if not own_opinion:
            acts.discard(A.OPINION)
    if A.COMPLIMENT in acts and A.OPINION in acts and not any(p.reading.leading for p in parts) and all(
        A.COMPLIMENT in part.cues for part in parts if A.OPINION in part.cues
    ):
        acts.discard(A.OPINION)  # "Dat vind ik echt sterk." is praise, not a view (ACTS.md)
    if any(part.reading.leading for part in parts):
        acts.add(A.OPINION)
    return A.canonical(acts)


def confidence(parts: Sequence[SentenceAnalysis], model: Optional[Mapping[str, float]],
               acts: Sequence[str]) -> Dict[str, float]:
    """How sure the analysis is of each act: a question form the grammar is certain of,
    and a leading question's opinion, are near-certain; a word cue the model agrees with
    is sure, one the model doubts less so; the model alone is as sure as its probability.
    Without a model, a cue counts as fairly sure."""
    cued = set().union(*(part.cues.present for part in parts)) if parts else set()
    sure: Dict[str, float] = {}
    for act in acts:
        p = None if model is None else model.get(act, 0.0)
        if act in (A.OPEN_QUESTION, A.CLOSED_QUESTION):
            form = Form.OPEN if act == A.OPEN_QUESTION else Form.CLOSED
            certain = any(part.reading.form is form and part.reading.certain for part in parts)
            value = 0.95 if certain else (0.55 if p is None else p)
        elif act == A.OPINION and any(part.reading.leading for part in parts):
            value = 0.9
        elif act in cued:
            value = 0.75 if p is None else 0.5 + p / 2
        else:
            value = 0.5 if p is None else p
        sure[act] = round(min(1.0, max(0.0, value)), 2)
    return sure


def analyse_turn(text: str, model: Optional[Mapping[str, float]] = None) -> TurnAnalysis:
    """Analyse one leader turn. ``model`` maps act names to the NLU model's
    probabilities (see ``act_probabilities``); without it the rules decide alone."""
    parts = analyse_sentences(text)
    acts = combine(parts, model)
    return TurnAnalysis(text=text, acts=acts, sentences=parts, confidence=confidence(parts, model, acts))


def act_probabilities(intent_ranking: List[Mapping]) -> Dict[str, float]:
    """Per-act probabilities from an intent ranking over act combinations: the
    confidence of every combination that contains the act, summed."""
    probabilities = dict.fromkeys(A.ACTS, 0.0)
    for entry in intent_ranking or []:
        for act in A.intent_to_acts(entry.get("name", "")):
            probabilities[act] += float(entry.get("confidence", 0.0))
    return probabilities
