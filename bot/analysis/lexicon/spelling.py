"""Spelling: chat abbreviations mapped to standard Dutch, and the fillers that may
open a sentence before its real start."""

# Informal spellings and chat abbreviations, mapped before the rules look at a turn.
# Misses: creative spellings ("hoezo dan??") and typos inside a word ("leerligen").
INFORMAL = {
    "t": "het", "'t": "het", "het's": "het is", "lln": "leerlingen", "ll": "leerlingen",
    "llnen": "leerlingen", "lln.": "leerlingen", "kids": "kinderen", "kindjes": "kinderen",
    "ff": "even", "idd": "inderdaad", "zn": "zijn", "m'n": "mijn", "mn": "mijn",
    "z'n": "zijn", "zo'n": "zo'n", "da's": "dat is", "das": "dat is", "wat's": "wat is",
    "hoe's": "hoe is", "k": "ik", "'k": "ik", "je'": "je", "jij'": "jij", "ipv": "in plaats van",
    "evt": "eventueel", "wss": "waarschijnlijk", "mss": "misschien", "miss": "misschien",
    "nie": "niet", "ni": "niet", "wa": "wat", "hoeveel'": "hoeveel", "wnr": "wanneer",
    "ok": "oké", "oke": "oké", "okay": "oké", "okee": "oké", "jouw'": "jouw",
    "kan'k": "kan ik", "heb'k": "heb ik", "zou'k": "zou ik", "wil'k": "wil ik",
    "kun'k": "kun ik", "mag'k": "mag ik", "lk": "leraar", "lkr": "leraar",
    # Chat abbreviations (written for this project from Dutch chat usage).
    "wrm": "waarom", "wrom": "waarom", "waaro": "waarom", "gwn": "gewoon", "gw": "gewoon",
    "zsm": "zo snel mogelijk", "ivm": "in verband met", "mbt": "met betrekking tot",
    "vd": "van de", "vh": "van het", "tm": "tot en met", "thx": "bedankt",
    "tnx": "bedankt", "nx": "niks", "ma": "maar", "kzou": "ik zou", "kheb": "ik heb",
    "kben": "ik ben", "kvind": "ik vind", "kweet": "ik weet", "kga": "ik ga", "kzal": "ik zal",
    "kwil": "ik wil", "kan't": "kan het", "tis": "het is", "svp": "alsjeblieft",
    "aub": "alsjeblieft", "lkrs": "leraren",
    # Flemish (Belgian Dutch) forms mapped to the Netherlands' Dutch the rules know.
    # Misses Flemish word order and expressions without an equivalent word.
    "ge": "je", "gij": "jij", "da": "dat", "zijt": "bent", "moogt": "mag", "zoudt": "zou",
    "ne": "een", "nen": "een", "den": "de", "mekaar": "elkaar", "effe": "even", "efkes": "even", "rap": "snel",
    "schoon": "mooi", "plezant": "leuk", "straf": "knap", "goesting": "zin", "wreed": "heel",
    "leerkracht": "leraar", "leerkrachten": "leraren",
}

# Words a greeting opens with ("Goedemorgen!", "Hoi Babette"). "morgen", "middag" and
# "avond" greet only on their own ("Morgen!"), not in "Morgen kom ik kijken".
GREETINGS = frozenset({
    "hallo", "hoi", "hey", "hee", "hai", "ha", "hé", "he", "dag", "goedendag", "goeiedag", "goedemorgen",
    "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag", "goeienavond", "morgen", "middag", "avond",
})
DAY_PART_ALONE = frozenset({"morgen", "middag", "avond"})

# Words and interjections that may precede the real start of a sentence:
# "En hoe ging dat?", "Oké, heb je…". Misses a leading name ("Babette, hoe…") unless
# a comma follows it (handled in ``question_form``).
LEADING_FILLERS = frozenset({
    "en", "maar", "oké", "nou", "ja", "nee", "zeg", "eh", "ehm", "hm", "hmm", "he", "hé",
    "hoi", "hallo", "dag", "goedemorgen", "goedemiddag", "even", "dan", "oh", "o", "ah",
    "ach", "jeetje", "tja", "trouwens", "overigens", "kortom", "verder", "ook", "nog",
    "dus", "want", "allright", "goed", "prima", "mooi", "top", "super", "fijn", "juist",
    "precies", "echt", "serieus", "inderdaad", "sorry", "wauw", "wow", "of", "maarre",
    # Flemish interjections.
    "allee", "amai", "awel", "zenne", "seg", "ewel", "goh",
})
