"""Dutch word lists for the analysis rules: language knowledge kept as data.

Written for this project from Dutch grammar (ANS: the finite verb opens a yes/no
question, a wh-word opens a content question) and from the seed text's vocabulary of
school rules. All entries are lower case and already normalised (see ``text.py``:
"t" -> "het", "lln" -> "leerlingen"). What the lists miss is said next to each.

    spelling.py   chat abbreviations and leading fillers
    questions.py  the grammar of questions and the openers of a reflection
    cues.py       the word cues of the acts (pupils, rules, praise, help, …)
    english.py    English function words
"""

from bot.analysis.lexicon.cues import (  # noqa: F401
    COMPLIMENT_PATTERNS,
    CRITICISM_PATTERNS,
    HELP_PATTERNS,
    IMPERATIVES,
    OPINION_PATTERNS,
    PRESCRIBE_PATTERNS,
    RULE_ENDINGS,
    RULE_OPENING,
    RULE_WORDS,
    STUDENT_MEANING,
    STUDENT_WORDS,
)
from bot.analysis.lexicon.english import ENGLISH_WORDS, SHARED_WORDS  # noqa: F401
from bot.analysis.lexicon.questions import (  # noqa: F401
    EXCLAMATIVE_AFTER_WAT,
    FACT_WH_OPENERS,
    FINITE_VERBS,
    INVITATION_AUXILIARIES,
    INVITATION_VERBS,
    OPEN_INVITATIONS,
    OPEN_WH,
    REFLECTION_OPENERS,
    SUBJECT_AFTER_VERB,
    SUBORDINATORS,
    TAG_QUESTIONS,
)
from bot.analysis.lexicon.spelling import DAY_PART_ALONE, GREETINGS, INFORMAL, LEADING_FILLERS  # noqa: F401
