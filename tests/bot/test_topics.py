"""bot/persona/topics.py: what a turn is about, on words, lemmas and chat spelling."""

from __future__ import annotations

from bot.persona.topics import GENERAL_TOPICS, SHARED_TOPICS, find_topics, merged

VOCABULARY = {"klokje": ("klok", "wekker"), "wie": ("wie ",), "geld": ("geld ",), "duur": ("hoe lang",)}


def test_a_cue_matches_the_beginning_of_a_word():
    assert find_topics("Waar staat het klokje?", VOCABULARY) == ("klokje",)


def test_a_cue_matches_the_lemma_of_an_inflected_word():
    # "kostte" is not a prefix match of "kosten", but its lemma is.
    assert "geld" in find_topics("Wat kostte het?", merged({}))


def test_chat_spelling_is_normalised_first():
    assert "leerlingen" in find_topics("wat vinden de lln ervan", merged({}))


def test_a_cue_ending_in_a_space_is_a_whole_word():
    assert find_topics("Wie doet er mee?", VOCABULARY) == ("wie",)
    assert find_topics("Wiebelen ze veel?", VOCABULARY) == ()
    assert find_topics("Welke regels gelden er?", VOCABULARY) == ()  # "gelden" is no "geld"


def test_a_cue_with_a_space_is_a_phrase():
    assert find_topics("Hoe lang duurt het?", VOCABULARY) == ("duur",)
    assert find_topics("Hoe gaat het, lang niet gezien", VOCABULARY) == ()


def test_an_own_topic_with_a_shared_id_extends_the_shared_cues():
    vocabulary = merged({"geld": ("licentie",)})
    assert vocabulary["geld"][0] == "licentie" and set(SHARED_TOPICS["geld"]) <= set(vocabulary["geld"])
    assert "geld" in find_topics("Wat kost zo'n licentie?", vocabulary)


def test_own_topics_come_before_the_shared_ones():
    assert list(merged({"klokje": ("klok",)}))[0] == "klokje"


def test_general_topics_are_shared_topics():
    assert set(SHARED_TOPICS) >= GENERAL_TOPICS
