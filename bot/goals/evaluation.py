"""`make eval` for the goal/means judgement: accuracy on a set of labelled goal statements.

    python -m bot.goals.evaluation data/eval/goals.yml [--errors]

A set is YAML ``statements: [{text, kind: goal|means}]`` (data/dev/goals.yml to tune on,
data/eval/goals.yml held out). Also checks the coaching's promise: every suggestion for a
means is itself judged a goal, or is a question back to the leader.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Dict, List

import yaml

from bot.goals import judge
from bot.goals.judgement import GOAL, MEANS


def load(path: Path) -> List[Dict[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [s for s in data["statements"] if s.get("kind") in (GOAL, MEANS)]


def suggestion_keeps_its_promise(suggestion: str) -> bool:
    """A question back, or a quoted reformulation that is itself a goal."""
    if "'" in suggestion and "…" not in suggestion:
        quoted = suggestion.split("'")[1]
        return judge(quoted).kind == GOAL
    return "?" in suggestion


def figures(statements: List[Dict[str, str]]) -> Dict:
    results = [(s, judge(s["text"])) for s in statements]
    right = [j.kind == s["kind"] for s, j in results]
    means = [j for _, j in results if j.kind == MEANS]
    per_kind = {kind: sum(r for r, (s, _) in zip(right, results, strict=True) if s["kind"] == kind) /
                max(1, sum(s["kind"] == kind for s in statements)) for kind in (GOAL, MEANS)}
    return {"statements": len(statements), "accuracy": sum(right) / len(statements) if statements else 0.0,
            "recall": per_kind, "suggestions_kept": sum(suggestion_keeps_its_promise(j.suggestion) for j in means),
            "means_judged": len(means),
            "errors": [(s["text"], s["kind"], j.kind) for (s, j), r in zip(results, right, strict=True) if not r]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--errors", action="store_true", help="list the misjudged statements")
    args = parser.parse_args(argv)
    for path in args.paths:
        f = figures(load(path))
        print(f"{path}: goal/means accuracy {f['accuracy']:.3f} ({f['statements']} statements; recall goal "
              f"{f['recall'][GOAL]:.3f}, means {f['recall'][MEANS]:.3f}); suggestions for a means that are a goal "
              f"or a question: {f['suggestions_kept']} of {f['means_judged']}")
        if args.errors:
            for text, gold, got in f["errors"]:
                print(f"  gold {gold:<5} got {got:<5} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
