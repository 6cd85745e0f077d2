"""Choose the per-act thresholds of ``bot/analysis/combine.py`` on the dev set.

    .venv/bin/python scripts/tune_thresholds.py [DEV_SET …]   (default: both dev sets)

Runs the trained model once over the dev turns, then tries a coarse grid of
(with-cue, without-cue) thresholds per act and prints the best per act, with the
dev macro-F1 before and after. It never reads the held-out set. Copy the result into
``THRESHOLDS`` by hand: the change is then visible in review.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.analysis import combine as C  # noqa: E402
from bot.evaluation import load_set, score  # noqa: E402

WITH_CUE = (0.0, 0.05, 0.1, 0.2, 0.3)
WITHOUT_CUE = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def main() -> int:
    paths = [Path(p) for p in sys.argv[1:]] or [Path("data/dev/turns.yml"), Path("data/dev/registers.yml"),
                                                 Path("data/dev/registers2.yml")]
    if any("eval" in path.parts for path in paths):
        sys.exit("refusing to tune on the held-out set")
    from bot.settings import Settings
    from components.model import NLUModel

    turns = [turn for path in paths for turn in load_set(path)]
    texts = [t for t, _ in turns]
    gold = [g for _, g in turns]
    model = NLUModel(Settings.from_env().model_path)
    probabilities = [C.act_probabilities(r.get("intent_ranking", [])) for r in model.parse(texts)]
    parts = [C.analyse_sentences(t) for t in texts]

    def macro() -> tuple:
        predicted = [C.combine(p, m) for p, m in zip(parts, probabilities, strict=False)]
        result = score(gold, predicted, texts)
        return result.macro_f1, result.per_act

    before, _ = macro()
    for act in list(C.THRESHOLDS):
        best = (-1.0, C.THRESHOLDS[act])
        for with_cue in WITH_CUE:
            for without_cue in WITHOUT_CUE:
                C.THRESHOLDS[act] = (with_cue, without_cue)
                f1 = macro()[1][act]["f1"]
                if f1 > best[0] + 1e-9:
                    best = (f1, (with_cue, without_cue))
        C.THRESHOLDS[act] = best[1]
        print(f"{act:<15} {best[1]}  dev F1 {best[0]:.3f}")
    after, _ = macro()
    print(f"dev macro-F1 {before:.3f} -> {after:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
