"""bot/evaluation.py: the figures of ``make eval``, computed on small hand-made sets
(the held-out floor with the trained model is tests/test_evaluation_floor.py)."""

from __future__ import annotations

import pytest

from bot import acts as A
from bot.evaluation import evaluate, load_set, report, score

OQ, CQ, RF, CO = A.OPEN_QUESTION, A.CLOSED_QUESTION, A.RULE_FIRST, A.COMPLIMENT

TEXTS = ["a", "b", "c", "d"]
GOLD = [[OQ], [CQ, RF], [CO], []]
PREDICTED = [[OQ], [CQ], [CO, OQ], []]


def test_per_act_precision_recall_f1_and_support():
    result = score(GOLD, PREDICTED, TEXTS)
    # open_question: right once, once extra -> precision 1/2, recall 1/1.
    assert result.per_act[OQ] == {"precision": 0.5, "recall": 1.0, "f1": pytest.approx(2 / 3), "support": 1}
    # rule_first: never predicted -> precision 0 (no division by zero), recall 0.
    assert result.per_act[RF] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert result.per_act[CQ] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    # An act in neither gold nor predictions scores 0, and counts in the macro average.
    assert result.per_act[A.PRESCRIBE] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}


def test_macro_f1_averages_over_all_ten_acts():
    result = score(GOLD, PREDICTED, TEXTS)
    assert result.macro_f1 == pytest.approx((2 / 3 + 0 + 1 + 1) / 10)


def test_exact_set_accuracy_counts_turns_whose_whole_set_is_right():
    result = score(GOLD, PREDICTED, TEXTS)
    assert result.exact == 0.5  # "a" and "d" (the empty set) are right
    assert result.turns == 4


def test_confusions_pair_a_missed_act_with_the_extra_one_or_say_missed():
    result = score(GOLD, PREDICTED, TEXTS)
    assert dict(result.confusions) == {"rule_first -> (missed)": 1, "(none) -> open_question": 1}


def test_a_swapped_act_is_one_confusion_from_gold_to_predicted():
    result = score([[CQ]], [[OQ]], ["Heb je…?"])
    assert result.confusions == [("closed_question -> open_question", 1)]


def test_errors_list_every_misanalysed_turn_with_both_sets():
    result = score(GOLD, PREDICTED, TEXTS)
    assert result.errors == [
        {"text": "b", "gold": [CQ, RF], "predicted": [CQ]},
        {"text": "c", "gold": [CO], "predicted": [CO, OQ]},
    ]


def test_an_empty_set_scores_zero_without_dividing_by_zero():
    result = score([], [], [])
    assert result.exact == 0.0 and result.macro_f1 == 0.0 and result.turns == 0


def test_evaluate_warms_up_then_times_one_call_over_all_turns():
    calls = []

    def analyse(texts):
        calls.append(list(texts))
        return [[OQ] for _ in texts]

    turns = [(f"Vraag {n}?", [OQ]) for n in range(10)]
    result = evaluate(turns, analyse)
    assert calls == [[t for t, _ in turns[:8]], [t for t, _ in turns]]
    assert result.exact == 1.0 and result.per_act[OQ]["f1"] == 1.0
    assert result.turns_per_second > 0


def test_load_set_reads_turns_and_puts_acts_in_canonical_order(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text("turns:\n- text: Wat goed! Heb je toestemming?\n  acts: [rule_first, compliment, closed_question]\n"
                    "- text: Goedemiddag!\n  acts: []\n- text: 42\n", encoding="utf-8")
    assert load_set(path) == [
        ("Wat goed! Heb je toestemming?", [CQ, RF, CO]),
        ("Goedemiddag!", []),
        ("42", []),
    ]


def test_load_set_names_the_file_and_turn_of_an_unknown_act(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text("turns:\n- text: Hoi\n  acts: []\n- text: Mooi!\n  acts: [praise]\n", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        load_set(path)
    assert str(info.value).startswith(f"{path}: turn 2: ")
    assert "praise" in str(info.value)


def test_load_set_of_an_empty_file_is_empty(tmp_path):
    path = tmp_path / "leeg.yml"
    path.write_text("", encoding="utf-8")
    assert load_set(path) == []


def test_report_prints_the_figures_in_columns():
    result = score(GOLD, PREDICTED, TEXTS)
    text = report(result, "proef")
    lines = text.splitlines()
    assert lines[0] == "proef"
    assert f"{'open_question':<17}{0.5:>10.3f}{1.0:>10.3f}{2 / 3:>8.3f}{1:>9}" in lines
    assert "macro-F1 (10 acts)   0.267" in lines
    assert "exact-set accuracy   0.500  (4 turns)" in lines
    assert "    1  rule_first -> (missed)" in lines


def test_report_without_confusions_says_none():
    assert report(score([[OQ]], [[OQ]], ["Hoe?"]), "perfect").endswith("(gold -> predicted):\n  none")
