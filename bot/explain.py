"""``coach analyze --explain``: why the analysis read a turn as it did, and what the
coach would say. Per turn: the sentences with their form and the rule that decided
it, the acts with how sure the analysis is, the coach's remark (``feedback``) and,
for a turn with a closed question, the open rewrite (``rewrite``, else ``null``)."""

from __future__ import annotations

import random
from typing import Dict, Mapping, Optional, Sequence

from bot import acts as A
from bot.analysis.combine import TurnAnalysis, analyse_sentences
from bot.analysis.question_form import Form
from bot.coach.feedback import coach_note
from bot.coach.rewrite import rewrite_closed


def first_rewrite(analysis: TurnAnalysis) -> Optional[str]:
    """The open rewrite of the turn's first closed question, when it has one."""
    if A.CLOSED_QUESTION not in analysis.acts:
        return None
    for part in analysis.sentences:
        if part.reading.form is Form.CLOSED:
            rewritten = rewrite_closed(part.sentence, part.reading)
            if rewritten:
                return rewritten
    # The model heard a closed question the grammar did not ("lezen ze elke dag of alleen
    # op maandag"): ask about its subject.
    from bot.coach.rewrite import keep_subject

    words = analysis.text.split()
    return keep_subject(words, fact=False) if words else None


def explain(text: str, acts: Sequence[str], confidence: Mapping[str, float]) -> Dict:
    """The explanation fields of one analysed turn (added to its ``text`` and ``acts``)."""
    parts = analyse_sentences(text)
    analysis = TurnAnalysis(text=text, acts=list(acts), sentences=parts,
                            confidence={act: float(confidence.get(act, 1.0)) for act in acts})
    note = coach_note(analysis, 1, [], random.Random(text))
    return {
        "sentences": [{"text": p.sentence.text, "form": p.reading.form.value, "reason": p.reading.reason}
                      for p in parts],
        "confidence": dict(analysis.confidence),
        "feedback": note.text,
        "rewrite": first_rewrite(analysis),
    }
