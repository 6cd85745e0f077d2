"""English function words, to tell an English turn from a Dutch one."""

# Frequent English function words, to notice a turn in English. Misses very short
# English turns ("ok", "yes") and words both languages share ("is", "in", "was").
ENGLISH_WORDS = frozenset({
    "the", "it", "you", "your", "what", "how", "why", "do", "does", "did", "are", "have", "has",
    "this", "that's", "it's", "about", "with", "would", "could", "should", "can", "tell",
    "me", "my", "and", "of", "to", "for", "think", "students", "pupils", "children",
    "going", "good", "great", "thanks", "thank", "please", "hello", "hi", "where", "when",
    "who", "which", "they", "their", "there", "them", "we're", "you're", "i'm", "i", "a",
    "an", "be", "been", "not", "don't", "doesn't", "will", "just", "really", "very",
    "project", "school", "network", "rules", "feel", "like", "work", "working", "help",
})

# Words shared with Dutch that must not count as English.
SHARED_WORDS = frozenset({"is", "in", "was", "hoe", "de", "een", "en", "op", "we", "me", "want", "of", "help",
                          "project", "school", "work", "team", "netwerk", "network", "app", "laptop", "tablet"})
