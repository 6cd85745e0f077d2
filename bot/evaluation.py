"""Evaluate the act analysis on a labelled set of leader turns.

    python -m bot.evaluation data/eval/heldout.yml [--rules-only] [--json FILE]

Prints per-act precision, recall and F1, the macro-F1 over the ten acts, exact-set
accuracy, the most frequent confusions and the analysis speed in turns per second
(after the model has loaded). The set's file format:

    turns:
    - text: Hoe verliep de eerste week?
      acts: [open_question]

``data/eval/heldout.yml`` is never used for training or tuning; ``data/dev`` is the
set the rules' thresholds were tuned on.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import yaml

from bot import acts as A


@dataclass
class Scores:
    per_act: Dict[str, Dict[str, float]]
    macro_f1: float
    exact: float
    turns: int
    confusions: List[Tuple[str, int]] = field(default_factory=list)
    errors: List[Dict] = field(default_factory=list)
    turns_per_second: float = 0.0

    def as_dict(self) -> Dict:
        return {
            "per_act": self.per_act,
            "macro_f1": self.macro_f1,
            "exact_set_accuracy": self.exact,
            "turns": self.turns,
            "confusions": self.confusions,
            "turns_per_second": self.turns_per_second,
        }


def load_set(path: Path) -> List[Tuple[str, List[str]]]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    turns = []
    for index, item in enumerate(data.get("turns", [])):
        try:
            turns.append((str(item["text"]), A.canonical(item.get("acts") or [])))
        except (KeyError, TypeError, ValueError) as error:
            raise SystemExit(f"{path}: turn {index + 1}: {error}") from None
    return turns


def score(gold: Sequence[List[str]], predicted: Sequence[List[str]], texts: Sequence[str]) -> Scores:
    tp = collections.Counter()
    fp = collections.Counter()
    fn = collections.Counter()
    confusions = collections.Counter()
    errors = []
    exact = 0
    for text, g, p in zip(texts, gold, predicted, strict=False):
        g, p = set(g), set(p)
        exact += g == p
        for act in A.ACTS:
            if act in g and act in p:
                tp[act] += 1
            elif act in p:
                fp[act] += 1
            elif act in g:
                fn[act] += 1
        missed, extra = g - p, p - g
        for m in missed:
            if extra:
                for e in extra:
                    confusions[f"{m} -> {e}"] += 1
            else:
                confusions[f"{m} -> (missed)"] += 1
        if not missed:
            for e in extra:
                confusions[f"(none) -> {e}"] += 1
        if missed or extra:
            errors.append({"text": text, "gold": sorted(g), "predicted": sorted(p)})
    per_act = {}
    for act in A.ACTS:
        precision = tp[act] / (tp[act] + fp[act]) if tp[act] + fp[act] else 0.0
        recall = tp[act] / (tp[act] + fn[act]) if tp[act] + fn[act] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_act[act] = {
            "precision": precision, "recall": recall, "f1": f1,
            "support": tp[act] + fn[act],
        }
    macro = sum(v["f1"] for v in per_act.values()) / len(A.ACTS)
    return Scores(per_act, macro, exact / len(texts) if texts else 0.0, len(texts),
                  confusions.most_common(12), errors)


def evaluate(turns: List[Tuple[str, List[str]]], analyse: Callable[[List[str]], List[List[str]]]) -> Scores:
    texts = [text for text, _ in turns]
    analyse(texts[:8])  # warm up (first TensorFlow call compiles the graph)
    started = time.perf_counter()
    predicted = analyse(texts)
    elapsed = time.perf_counter() - started
    result = score([acts for _, acts in turns], predicted, texts)
    result.turns_per_second = len(texts) / elapsed if elapsed else 0.0
    return result


def report(result: Scores, title: str) -> str:
    lines = [title, "", f"{'act':<17}{'precision':>10}{'recall':>10}{'F1':>8}{'support':>9}"]
    for act, v in result.per_act.items():
        lines.append(f"{act:<17}{v['precision']:>10.3f}{v['recall']:>10.3f}{v['f1']:>8.3f}{v['support']:>9}")
    lines += [
        "",
        f"macro-F1 (10 acts)   {result.macro_f1:.3f}",
        f"exact-set accuracy   {result.exact:.3f}  ({result.turns} turns)",
        f"speed                {result.turns_per_second:.0f} turns/s (model loaded, one process)",
        "",
        "most frequent confusions (gold -> predicted):",
    ]
    lines += [f"  {count:>3}  {pair}" for pair, count in result.confusions] or ["  none"]
    return "\n".join(lines)


def rewrite_figures(turns: List[Tuple[str, List[str]]], analyse: Callable[[List[str]], List[List[str]]]) -> Dict:
    """For the set's closed questions: the share whose open rewrite keeps a content word
    of the question (compared on its first four letters: "kost" ~ "kosten", after chat
    spelling is written out: "lln" ~ "leerlingen") and is itself read as an open question
    by the same analysis."""
    from bot.analysis.combine import analyse_turn
    from bot.analysis.nouns import content_word
    from bot.explain import first_rewrite

    closed = [text for text, gold in turns if A.CLOSED_QUESTION in gold]
    pairs = []
    for text in closed:
        analysis = analyse_turn(text)
        analysis.acts = sorted(set(analysis.acts) | {A.CLOSED_QUESTION})
        pairs.append((text, first_rewrite(analysis)))
    read = dict(zip([r for _, r in pairs if r], analyse([r for _, r in pairs if r]), strict=False))

    def stems(text):
        # Chat spelling written out first ("lln" is "leerlingen"), as the rewrite spells it.
        from bot.analysis.text import normalise_words

        return {w[:4] for w in normalise_words(text) if content_word(w)}

    keeps = [bool(r) and bool(stems(text) & stems(r)) for text, r in pairs]
    opens = [bool(r) and A.OPEN_QUESTION in read.get(r, []) for _, r in pairs]
    both = sum(k and o for k, o in zip(keeps, opens, strict=True))
    return {"closed_questions": len(closed), "keeps_a_content_word": sum(keeps), "read_as_open": sum(opens),
            "both": both, "share": round(both / len(closed), 3) if closed else None}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", type=Path, nargs="+", metavar="SET")
    parser.add_argument("--rules-only", action="store_true", help="without the trained model")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list the misanalysed turns")
    args = parser.parse_args(argv)

    if args.rules_only:
        from bot.analysis import analyse_turn

        def analyse(texts):
            return [analyse_turn(text).acts for text in texts]
        how = "rules only"
    else:
        from bot.settings import Settings
        from components.model import NLUModel

        analyse = NLUModel(Settings.from_env().model_path).acts  # loaded once for every set
        how = "trained model + rules"
    results = {}
    for path in args.paths:
        turns = load_set(path)
        result = evaluate(turns, analyse)
        rewrites = rewrite_figures(turns, analyse)
        results[str(path)] = {**result.as_dict(), "rewrites": rewrites}
        print(report(result, f"{path}: {how}"))
        print(f"rewrites of closed questions: {rewrites['both']} of {rewrites['closed_questions']} keep a content "
              f"word and are read as open ({rewrites['keeps_a_content_word']} keep one, "
              f"{rewrites['read_as_open']} read as open)\n")
        if args.errors:
            print("misanalysed turns:")
            for error in result.errors:
                print(f"  {error['text']!r}\n     gold {error['gold']}  got {error['predicted']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
