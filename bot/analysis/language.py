"""Is a turn in English? The teacher answers English turns in character."""

from __future__ import annotations

from bot.analysis.lexicon import ENGLISH_WORDS, SHARED_WORDS
from bot.analysis.text import normalise_words


def is_english(text: str) -> bool:
    """At least two English function words making up a third of the words.
    Misses one-word turns ("thanks") and mixed Dutch-English turns."""
    words = [w for w in normalise_words(text) if w not in SHARED_WORDS]
    if len(words) < 2:
        return False
    english = sum(word in ENGLISH_WORDS for word in words)
    return english >= 2 and english / len(words) >= 0.34
