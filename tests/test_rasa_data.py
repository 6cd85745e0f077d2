"""Rasa's own checks of the training data, and the generated intent lists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_domain_and_rules_list_every_intent_of_the_nlu_data():
    done = subprocess.run([sys.executable, "scripts/sync_intents.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_rasa_data_validate_passes_with_warnings_as_errors():
    done = subprocess.run(
        [str(BIN / "rasa"), "data", "validate", "--data", "data/nlu", "data/rules",
         "--domain", "domain.yml", "--config", "config.yml", "--fail-on-warnings"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]


def test_nlu_data_has_sixty_examples_per_act_and_no_eval_turn():
    import yaml

    from bot import acts as A

    counts = dict.fromkeys(A.ACTS, 0)
    texts = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            examples = [e[2:].strip() for e in block["examples"].splitlines() if e.startswith("- ")]
            texts.update(e.lower() for e in examples)
            for act in A.intent_to_acts(block["intent"]):
                counts[act] += len(examples)
    assert all(n >= 60 for n in counts.values()), counts
    for held_out in ("data/eval/heldout.yml", "data/dev/turns.yml"):
        turns = yaml.safe_load((ROOT / held_out).read_text(encoding="utf-8"))["turns"]
        leaked = [t["text"] for t in turns if t["text"].strip().lower() in texts]
        assert not leaked, f"{held_out} turns found in the training data: {leaked[:5]}"
