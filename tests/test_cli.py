"""`coach analyze` end to end: the installed command, the trained model, real bytes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model
COACH = Path(sys.executable).parent / "coach"


def run_analyze(data: bytes) -> list:
    done = subprocess.run([str(COACH), "analyze"], input=data, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]


def test_analyze_writes_one_json_object_per_line_in_order(trained_model):
    lines = [
        "Hoe verliep de eerste week?",
        "",
        "Hoeveel groepen doen mee?",
        "Wat goed! Heb je wel toestemming gevraagd?",
        "Wat vinden de leerlingen er zelf van?",
        "Goedemiddag!",
        "🙂🙂",
        "<img src=x onerror=alert(1)>",
    ]
    records = run_analyze(("\n".join(lines) + "\n").encode("utf-8"))
    assert [r["text"] for r in records] == lines
    acts = [r["acts"] for r in records]
    assert acts[0] == ["open_question"]
    assert acts[1] == []
    assert acts[2] == ["closed_question"]
    assert set(acts[3]) == {"compliment", "closed_question", "rule_first"}
    assert set(acts[4]) == {"open_question", "student_focus"}
    assert acts[5] == []
    assert acts[6] == []
    assert all("error" not in r for r in records)


def test_bad_lines_get_an_error_and_the_rest_goes_on(trained_model):
    data = b"Hoe ging het?\n\xff\xfe kapot\n" + ("a" * 10_001).encode() + b"\nVertel eens.\n"
    records = run_analyze(data)
    assert len(records) == 4
    assert records[0]["acts"] == ["open_question"] and "error" not in records[0]
    assert "UTF-8" in records[1]["error"] and records[1]["acts"] == []
    assert "too long" in records[2]["error"] and records[2]["acts"] == []
    assert records[3]["acts"] == ["open_question"]


def test_a_line_of_exactly_10000_characters_is_analysed(trained_model):
    records = run_analyze(("Hoe gaat het met de leerlingen? " * 400)[:10_000].encode() + b"\n")
    assert "error" not in records[0]
    assert "open_question" in records[0]["acts"]


def test_missing_model_gives_a_clear_error(tmp_path):
    done = subprocess.run([str(COACH), "analyze", "--model", str(tmp_path / "none.tar.gz")],
                          input=b"Hoe?\n", capture_output=True, timeout=120)
    assert done.returncode == 2
    assert b"make train" in done.stderr
