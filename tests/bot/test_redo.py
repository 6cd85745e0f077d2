"""Redo a moment (bot/redo.py): the session rewinds to just before a turn, the later
turns are kept as an earlier attempt, and the debrief shows the attempts side by side."""

from __future__ import annotations

from bot import acts as A
from bot import runtime
from bot import session as S
from bot.analysis.combine import analyse_turn
from bot.redo import redo
from bot.state import SessionState

TURNS = ["Vertel eens, hoe gaat het met de klok in je klas?", "Heb je toestemming gevraagd aan de ouders?",
         "Dat had je eerst met mij moeten overleggen.", "Wat betekent dit voor leerlingen?",
         "Wat goed dat je dit oppakt! Hoe kan ik je helpen?"]


def _play(session, texts):
    for text in texts:
        session = S.turn(runtime.scenarios(), session, text, analyse_turn(text)).session
    return session


def _fresh():
    return S.start(runtime.scenarios(), "babette").session


def test_redo_turn_3_after_five_then_two_new_turns_counts_four_and_restores_the_teacher():
    session = _play(_fresh(), TURNS)
    after_two = _play(_fresh(), TURNS[:2])  # the same conversation, stopped after turn 2
    rewound = redo(runtime.scenarios(), session, 3)
    assert rewound.messages[0]["custom"]["kind"] == "redo"
    state = rewound.session
    assert (state.teacher.openness, state.teacher.motivation) == (session.turns[1].openness,
                                                                 session.turns[1].motivation)
    assert (state.teacher.openness, state.teacher.motivation) == (after_two.teacher.openness,
                                                                 after_two.teacher.motivation)
    # What she had told and said after turn 2 of this conversation (its lines differ from
    # another session's: each session picks its lines in its own order).
    assert state.insights == after_two.insights
    assert state.used_lines == session.used_lines[:session.turns[2].before["used"]]
    assert len(state.used_lines) == len(after_two.used_lines)
    assert [t.n for t in state.turns] == [1, 2]
    assert [t["n"] for t in state.attempts[0]["turns"]] == [3, 4, 5]

    state = _play(state, ["Wat merken de kinderen ervan?", "Hoe kan ik je helpen?"])
    report = S.stop(runtime.scenarios(), state).messages[-1]["custom"]["report"]
    assert report["turns"] == 4 and report["redos"] == 1
    (moment,) = report["redone"]
    assert moment["turn"] == 3
    assert [a["text"] for a in moment["attempts"]] == [TURNS[2], "Wat merken de kinderen ervan?"]
    assert A.CRITICISM in moment["attempts"][0]["acts"] and A.OPEN_QUESTION in moment["attempts"][1]["acts"]
    assert state.turns[2].attempt == 1 and state.turns[0].attempt == 0


def test_redo_reopens_a_stopped_session_and_survives_json():
    session = _play(_fresh(), TURNS[:3])
    stopped = S.stop(runtime.scenarios(), session).session
    rewound = redo(runtime.scenarios(), stopped, 2).session
    assert rewound.active and rewound.report is None
    again = SessionState.from_json(rewound.dumps())
    assert again.attempts == rewound.attempts and [t.n for t in again.turns] == [1]


def test_a_turn_that_cannot_be_redone_is_explained():
    session = _play(_fresh(), TURNS[:2])
    for bad in (0, 3, -1, "drie", None, True, 2.5):
        outcome = redo(runtime.scenarios(), session, bad)
        assert outcome.session is session
        assert outcome.messages[0]["custom"]["kind"] == "redo_error"
        assert "tussen 1 en 2" in outcome.messages[0]["custom"]["text"]
    assert redo(runtime.scenarios(), None, 1).messages[0]["custom"]["kind"] == "redo_error"
    assert redo(runtime.scenarios(), session, "2").session.turns[-1].n == 1
