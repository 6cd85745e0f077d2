"""Which words of a Dutch turn can be nouns: the subject a rewrite keeps ("de ouders")
and the things a question names that a scenario may not know ("een account")."""

from __future__ import annotations

from bot.nlp import lemma_table, stop_words

#: Adverbs and particles that the stop-word list lacks and that are never the subject.
ADVERBS = {"zomaar", "liever", "beter", "goed", "echt", "gewoon", "eigenlijk", "eerst", "vaak", "meestal", "samen",
           "zelf", "ten", "koste", "ook", "nog", "weer", "even", "ergens", "altijd", "nooit", "misschien", "soms",
           "graag", "alweer", "intern", "extern", "helemaal", "allemaal", "precies", "terug", "voren", "vaker",
           "verder", "eerder", "later", "kijk"}


def content_word(word: str) -> bool:
    """A content word that can be a noun: not a stop word, not a verb form."""
    from bot.analysis.question_form import looks_like_verb

    letters = word.replace("-", "").replace("'", "")
    return letters.isalpha() and len(word) > 2 and word.lower() not in stop_words() and \
        not looks_like_verb(word.lower())


#: Endings of Dutch adjectives and adverbs.
ADJECTIVE_ENDINGS = ("ig", "lijk", "isch", "baar", "loos", "zaam", "ige", "lijke", "ische", "bare")
#: "ervan", "daarover", "hiermee": a pronoun and a preposition, never a noun.
POINTERS = ("er", "daar", "hier", "waar")
PREPOSITIONS = {"van", "over", "mee", "op", "aan", "in", "uit", "voor", "bij", "door", "naar", "om", "tegen", "toe",
                "achter", "onder", "na", "tussen", "zonder", "binnen", "buiten", "langs", "af"}


def looks_like_noun(word: str) -> bool:
    """A content word that can head a noun phrase: no adverb, no verb form or participle
    ("bedacht", "toegelaten": their lemma is a verb), no comparative ("handiger")."""
    if not content_word(word) or word in ADVERBS:
        return False
    if any(word.startswith(p) and word[len(p):] in PREPOSITIONS for p in POINTERS):
        return False
    if word.endswith(ADJECTIVE_ENDINGS):
        return False  # "eenmalig", "uiteindelijk", "praktisch", "haalbaar"
    lemma = lemma_table().get(word, word)
    if lemma != word and lemma.endswith("en") and not word.startswith(lemma[:-2] + "en"):
        return False  # "bedacht" -> "bedenken"; but "kosten" -> "kost" stays a noun
    if word.startswith("ge") and word[-1] in "dt" and len(word) >= 8 and lemma == word:
        return False  # a participle the table does not know ("georganiseerd")
    return not (lemma != word and word.endswith("er") and word.startswith(lemma))
