"""bot/analysis/text.py: a turn split into sentences, chat spelling normalised."""

from __future__ import annotations

import pytest

from bot.analysis.text import Sentence, normalise_words, split_sentences

# --- normalise_words -----------------------------------------------------------------

def test_words_are_lower_cased_without_punctuation():
    assert normalise_words("Hoe GING het, Babette?!") == ("hoe", "ging", "het", "babette")


@pytest.mark.parametrize(
    "text, words",
    [
        ("Hoe gaat t met de lln?", ("hoe", "gaat", "het", "met", "de", "leerlingen")),
        ("wat merken de kids ervan", ("wat", "merken", "de", "kinderen", "ervan")),
        ("k snap t", ("ik", "snap", "het")),
        ("da's mooi", ("dat", "is", "mooi")),
        ("m'n klas", ("mijn", "klas")),
        ("ff vragen", ("even", "vragen")),
        ("wnr begin je", ("wanneer", "begin", "je")),
    ],
)
def test_chat_spellings_are_expanded_to_standard_dutch(text, words):
    assert normalise_words(text) == words


def test_curly_apostrophe_counts_as_a_straight_one():
    assert normalise_words("Wat’s dat?") == normalise_words("Wat's dat?") == ("wat", "is", "dat")


def test_full_width_letters_are_read_as_normal_letters():
    assert normalise_words("Ｈｏｅ gaat het") == ("hoe", "gaat", "het")


def test_quotes_around_a_word_are_dropped():
    assert normalise_words("'zelfstandig' werken") == ("zelfstandig", "werken")


def test_question_marks_emoji_and_punctuation_give_no_words():
    assert normalise_words("?! … 👍 🙂") == ()
    assert normalise_words("") == ()


def test_informal_words_inside_a_longer_word_are_left_alone():
    # Only whole tokens are expanded: "t" in "tot" or "lln" in "llnraad" is no chat spelling.
    assert normalise_words("tot llnraad") == ("tot", "llnraad")


# --- Sentence --------------------------------------------------------------------------

def sentence(text: str) -> Sentence:
    [only] = split_sentences(text)
    return only


def test_sentence_has_finds_whole_word_phrases_only():
    s = sentence("Wat betekent dit voor de leerlingen?")
    assert s.has("de leerlingen")
    assert s.has("wat")
    assert not s.has("leerling")  # a word beginning is not the word
    assert not s.has("dit de")     # the words must be adjacent in this order


def test_sentence_starts_with_whole_words_only():
    s = sentence("Wat betekent dit voor de leerlingen?")
    assert s.starts("wat") and s.starts("wat betekent")
    assert not s.starts("wa")
    assert not s.starts("betekent")


def test_sentence_joined_is_padded_with_spaces_for_phrase_search():
    assert sentence("Hoe ging het?").joined == " hoe ging het "


# --- split_sentences -------------------------------------------------------------------

def test_a_turn_splits_into_its_sentences_with_their_own_text():
    parts = split_sentences("Wat goed. Hoe ging het?")
    assert [p.text for p in parts] == ["Wat goed.", "Hoe ging het?"]
    assert [p.words for p in parts] == [("wat", "goed"), ("hoe", "ging", "het")]
    assert [p.asks for p in parts] == [False, True]


def test_question_mark_before_a_lower_case_word_also_ends_a_sentence():
    parts = split_sentences("Heb je t gezien? en hoe ging het")
    assert [p.text for p in parts] == ["Heb je t gezien?", "en hoe ging het"]
    assert [p.asks for p in parts] == [True, False]


@pytest.mark.parametrize("text", ["Echt?! 😀", "Hoe ging het 🙂?", '"Echt?"', "hoe gaat het?!!", "Klopt dat? )"])
def test_trailing_emoji_quotes_and_marks_do_not_hide_the_question_mark(text):
    assert sentence(text).asks is True


@pytest.mark.parametrize("text", ["Hoe ging het", "Wat goed!", "Hallo…", "Echt? Ja."])
def test_a_sentence_that_does_not_end_in_a_question_mark_does_not_ask(text):
    assert split_sentences(text)[-1].asks is False


def test_sentences_of_only_emoji_or_punctuation_are_dropped():
    parts = split_sentences("👍 Hoe ging het? 🙂🙂. ...")
    assert [p.words for p in parts] == [("hoe", "ging", "het")]


@pytest.mark.parametrize("text", ["", "   ", "😀", "?!", "..."])
def test_a_turn_without_words_has_no_sentences(text):
    assert split_sentences(text) == []


def test_sentence_text_is_stripped_of_surrounding_space():
    assert sentence("   Hoe ging het?   ").text == "Hoe ging het?"


def test_markup_tags_are_no_words_of_the_leader():
    assert split_sentences("<img src=x onerror=alert(1)>") == []
    assert [s.text for s in split_sentences("Wat <b>goed</b> dat je dit doet!")] == ["Wat  goed  dat je dit doet!"]
    assert split_sentences("Is 3 < 4?")[0].words == ("is", "3", "4")
