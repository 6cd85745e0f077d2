"""Regression guard: the held-out figures may not drop below a floor set just under
what the analysis reached (see the README for the figures and `make eval`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation import evaluate, load_set

pytestmark = pytest.mark.model
HELD_OUT = Path(__file__).resolve().parent.parent / "data" / "eval" / "heldout.yml"

MACRO_F1_FLOOR = 0.90  # measured 0.928 (2026-11-25, eight writers' training data)
QUESTION_F1_FLOOR = 0.93  # measured open 0.972, closed 0.950
#: The registers held-out sets (issue 10), floors just under what was measured:
#: registers.yml macro-F1 0.908, open 0.961, closed 0.933 (exact 0.805);
#: registers2.yml (two newer writers) macro-F1 0.906, open 0.988, closed 0.914 (exact 0.822).
REGISTER_FLOORS = {
    "registers.yml": {"macro": 0.88, "open_question": 0.94, "closed_question": 0.91},
    "registers2.yml": {"macro": 0.88, "open_question": 0.96, "closed_question": 0.89},
}


@pytest.fixture(scope="module")
def result(nlu):
    return evaluate(load_set(HELD_OUT), nlu.acts)


def test_macro_f1_stays_above_the_floor(result):
    assert result.macro_f1 >= MACRO_F1_FLOOR, result.per_act


@pytest.mark.parametrize("act", ["open_question", "closed_question"])
def test_question_f1_stays_above_the_floor(result, act):
    assert result.per_act[act]["f1"] >= QUESTION_F1_FLOOR


def test_every_act_is_detected_at_all(result):
    assert all(v["f1"] >= 0.75 for v in result.per_act.values()), result.per_act



@pytest.mark.parametrize("name", sorted(REGISTER_FLOORS))
def test_registers_stay_above_their_floors(nlu, name):
    registers = evaluate(load_set(HELD_OUT.parent / name), nlu.acts)
    floors = REGISTER_FLOORS[name]
    assert registers.macro_f1 >= floors["macro"], registers.per_act
    for act in ("open_question", "closed_question"):
        assert registers.per_act[act]["f1"] >= floors[act], registers.per_act[act]


#: Rewrites of closed questions that keep a content word and are read as open (make eval,
#: after the rules of helper-51's round): heldout 103/118, registers 85/94, registers2 62/65.
REWRITE_FLOORS = {"heldout.yml": 0.85, "registers.yml": 0.88, "registers2.yml": 0.92}


@pytest.mark.parametrize("name", sorted(REWRITE_FLOORS))
def test_rewrites_stay_above_their_floors(nlu, name):
    from bot.evaluation import rewrite_figures

    figures = rewrite_figures(load_set(HELD_OUT.parent / name), nlu.acts)
    assert figures["share"] >= REWRITE_FLOORS[name], figures
