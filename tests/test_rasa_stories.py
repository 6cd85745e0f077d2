"""Rasa's own story test: the rules send each turn to the right action."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent


def test_rules_pass_the_test_stories(trained_model, tmp_path):
    done = subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "test", "core", "--model", str(trained_model),
         "--stories", "tests/test_stories.yml", "--out", str(tmp_path), "--fail-on-prediction-errors"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    failed = (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
    assert "None of the test stories failed" in failed, failed
