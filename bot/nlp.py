"""spaCy's blank Dutch pipeline: tokens, sentences and lemmas, fully offline.

There is no pretrained Dutch spaCy model on this machine (and none may be downloaded),
so the pipeline is ``spacy.blank("nl")`` plus a rule-based ``sentencizer`` and a
``lemmatizer`` in lookup mode, whose table comes from the installed
``spacy-lookups-data`` package. Rasa's ``SpacyNLP`` only accepts a pipeline loaded
from a path, so ``python -m bot.nlp DIR`` writes it to disk (``make`` does this into
``var/spacy-nl``); the analysis rules use the same pipeline in memory.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import FrozenSet, Mapping


def build_dutch_pipeline():
    """A fresh blank Dutch pipeline with sentence splitting and lookup lemmas."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data
    return nlp


@functools.lru_cache(maxsize=1)
def dutch():
    """The shared in-memory pipeline (built once per process)."""
    return build_dutch_pipeline()


@functools.lru_cache(maxsize=1)
def lemma_table() -> Mapping[str, str]:
    """spaCy's Dutch lookup lemmas (``spacy-lookups-data``'s ``nl_lemma_lookup``), the
    very table the pipeline's lemmatizer uses, read without importing spaCy: the action
    server looks words up but never runs the pipeline."""
    import gzip
    import json

    import spacy_lookups_data

    path = Path(str(spacy_lookups_data.get_file("nl_lemma_lookup.json.gz")))
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@functools.lru_cache(maxsize=1)
def stop_words() -> FrozenSet[str]:
    """spaCy's Dutch stop words (``spacy/lang/nl/stop_words.py``), loaded from that file
    alone: importing it the usual way would import all of spaCy first."""
    import importlib.util

    package = importlib.util.find_spec("spacy")
    if package is None or package.origin is None:
        raise ModuleNotFoundError("spaCy is not installed: run `make setup`")
    path = Path(package.origin).parent / "lang" / "nl" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("gesprekscoach_nl_stop_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def write_pipeline(target: Path) -> None:
    nlp = build_dutch_pipeline()
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m bot.nlp TARGET_DIR")
    write_pipeline(Path(sys.argv[1]))
    print(f"wrote spaCy blank Dutch pipeline to {sys.argv[1]}")
