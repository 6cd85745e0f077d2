"""bot/nlp.py: spaCy's blank Dutch pipeline (sentences and lookup lemmas), offline."""

from __future__ import annotations

import spacy

from bot.nlp import build_dutch_pipeline, dutch, write_pipeline


def test_the_pipeline_is_blank_dutch_with_sentences_and_lemmas():
    nlp = dutch()
    assert nlp.lang == "nl"
    assert nlp.pipe_names == ["sentencizer", "lemmatizer"]


def test_the_shared_pipeline_is_built_once():
    assert dutch() is dutch()
    assert build_dutch_pipeline() is not dutch()  # the factory always builds a fresh one


def test_sentences_are_split_at_full_stops_and_question_marks():
    doc = dutch()("Hoe ging het? De kinderen werkten zelfstandig.")
    assert [s.text for s in doc.sents] == ["Hoe ging het?", "De kinderen werkten zelfstandig."]


def test_lemmas_come_from_the_lookup_table():
    doc = dutch()("ging werkten")
    assert [t.lemma_ for t in doc] == ["gaan", "werken"]


def test_written_pipeline_loads_from_disk_as_rasa_needs_it(tmp_path):
    write_pipeline(tmp_path / "spacy-nl")
    loaded = spacy.load(tmp_path / "spacy-nl")
    assert loaded.pipe_names == ["sentencizer", "lemmatizer"]
    assert [t.lemma_ for t in loaded("ging")] == ["gaan"]
