"""The grammar of Dutch questions (ANS): wh-words, fact openers, invitations, finite
verbs that open a yes/no question, tags, and the openers of a reflection."""

# Wh-words that open a content question (an open question when they ask for
# experiences, reasons, ideas or meaning).
OPEN_WH = frozenset({
    "wat", "hoe", "waarom", "welke", "welk", "waardoor", "waarvoor", "waarover",
    "waarmee", "waarin", "waaraan", "waarop", "waarbij", "waarvan", "waaruit", "hoezo",
    "waar", "wiens", "wat voor", "in hoeverre", "op welke manier", "in welke mate",
})

# Wh-openers that ask for a fact (a number, a date, a duration, a name): closed.
# Misses a fact question that opens with an open wh-word ("Wat is de datum?"), which
# the patterns in FACT_WH_PATTERNS catch in part.
FACT_WH_OPENERS = (
    "hoeveel", "wanneer", "hoe lang", "hoe vaak", "hoe laat", "om hoe laat", "hoe oud",
    "wie", "met wie", "van wie", "bij wie", "voor wie", "hoe groot", "hoe veel",
    "welke dag", "welke datum", "welk uur", "welke week", "welke maand", "welk jaar",
    "tot wanneer", "sinds wanneer", "vanaf wanneer", "hoe ver", "hoeveel tijd",
    "welke groep", "welke groepen", "welke klas", "welke klassen", "welk lokaal",
    "welke collega", "welke collega's", "welke school", "welke scholen", "welk vak",
    "welke methode", "welke app", "welk programma", "welke computer", "welk leerjaar",
    "waar staat", "waar staan", "waar ligt", "waar liggen", "waar is", "waar zijn",
    "wat is de datum", "wat kost", "wat kosten", "wat kostte", "wat gaat dat kosten",
    "wat gaat het kosten", "om welke", "in welke groep", "in welke klas", "op welke dag",
)

# Verb-first openers that are polite invitations to tell, not yes/no questions:
# "Kun je vertellen hoe…", "Zou je willen uitleggen…". Checked in the whole sentence.
# Misses rare invitation verbs not listed in INVITATION_VERBS.
INVITATION_AUXILIARIES = frozenset({
    "kun", "kan", "kunt", "zou", "wil", "wilt", "mag", "zullen",
})

INVITATION_VERBS = frozenset({
    "vertellen", "vertelen", "uitleggen", "toelichten", "beschrijven", "schetsen",
    "meenemen", "delen", "laten zien", "laten horen", "vertellen.", "uitleggen.",
    "omschrijven", "verwoorden", "verhalen", "doorlopen", "uitweiden", "uitwijden",
    "illustreren", "voordoen",
})

# Imperative or declarative openers of an indirect open question without "?".
# Misses invitations phrased entirely differently ("Ik luister.").
OPEN_INVITATIONS = (
    "vertel eens", "vertel me", "vertel", "vertel maar", "vertel jij", "leg eens uit",
    "leg uit", "leg me uit", "neem me eens mee", "neem me mee", "beschrijf eens",
    "beschrijf", "schets eens", "ik ben benieuwd", "ik ben wel benieuwd", "ik ben erg benieuwd",
    "ik ben heel benieuwd", "ik ben nieuwsgierig", "ik ben wel nieuwsgierig",
    "ik vraag me af", "ik vroeg me af", "ik hoor graag", "ik hoor het graag",
    "ik wil graag horen", "ik wil graag weten hoe", "ik wil graag weten wat",
    "ik wil graag weten waarom", "ik zou graag horen", "ik zou graag willen horen",
    "ik zou graag willen weten hoe", "ik zou graag willen weten wat",
    "ik zou graag weten hoe", "ik zou graag weten wat", "ik zou graag meer horen",
    "ik hoor graag meer", "laat eens horen", "vertel me eens", "zeg eens",
    "ik ben benieuwd naar", "ik wil er graag meer over horen", "ik wil meer horen",
    "ik wil graag meer horen", "ik wil het graag horen", "ik wil graag begrijpen",
    "help me begrijpen", "help me te begrijpen", "geef eens", "geef een voorbeeld", "geef me een voorbeeld",
    "noem eens", "noem een voorbeeld", "laat eens zien", "laat me eens zien",
)

# Finite verbs that open a yes/no question ("Heb je…", "Is het…", "Werkt het…").
# Misses rarer verbs; for those the lemma table of spaCy's lookup data is asked
# whether the first word is a verb form (see ``question_form.looks_like_verb``).
FINITE_VERBS = frozenset("""
heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden
kan kun kunt kunnen kon konden wil wilt willen wou wilde wilden zal zult zullen zou zouden
moet moeten moest moesten mag mogen mocht mochten hoef hoeft hoeven hoefde
doe doet doen deed deden ga gaat gaan ging gingen kom komt komen kwam kwamen
weet weten wist wisten denk denkt denken dacht dachten vind vindt vinden vond vonden
zie ziet zien zag zagen hoor hoort horen merk merkt merken merkte merkten
werk werkt werken werkte werkten loop loopt lopen liep liepen lukt lukte lukken
voel voelt voelen voelde ken kent kennen speel speelt spelen sta staat staan stond
zit zitt zitten zat zaten blijf blijft blijven bleef krijg krijgt krijgen kreeg kregen
snap snapt snappen begrijp begrijpt begrijpen gebruik gebruikt gebruiken gebruikte
verwacht verwachten herken herkent herkennen vind heb past passen paste
klopt klopte kloppen geldt gelden lijkt lijken leek valt vallen viel
hebben zijn doen gaan kunnen willen moeten mogen zullen
spreek spreekt praat praatten praten overleg overlegt overleggen plan plant plannen
heeft zie bedoel bedoelt bedoelen ervaar ervaart ervaren maak maakt maken maakte
neem neemt nemen nam help helpt helpen hielp reageer reageert reageren reageerden
gebeurt gebeurde gebeuren leer leert leren leerden oefen oefent oefenen oefenden
ging sluit sluiten bevalt bevalt beviel bevallen heb hou houd houdt houden
denk sta stel stelt stellen staat wil durf durft durven
""".split())

# Pronouns and articles that follow the finite verb in a yes/no question
# ("Heb je…", "Is het…", "Werkt de app…"); an imperative lacks them ("Zorg dat…").
SUBJECT_AFTER_VERB = frozenset({
    "je", "jij", "u", "jullie", "we", "wij", "ze", "zij", "hij", "het", "er", "de",
    "dat", "dit", "die", "deze", "men", "iemand", "iedereen", "ik", "mijn", "jouw",
    "je'", "uw", "onze", "ons", "een", "alle", "daar", "hier", "hun", "haar",
    "zijn", "m", "ie", "iets", "niemand", "dan", "nu", "ook", "eigenlijk", "wel",
    "babette", "de leerlingen", "de kinderen", "leerlingen", "kinderen", "collega's",
})

# Tag questions that turn a statement into a yes/no question: "…, toch?".
TAG_QUESTIONS = (
    "toch", "of niet", "hè", "he", "niet", "right", "ja", "nietwaar", "klopt dat",
    "klopt toch", "of wel", "ofzo", "of zo", "zeker", "neem ik aan", "denk je niet",
    "vind je niet", "denk je", "vind je", "of niet dan", "toch niet", "klopt",
)

# Conjunctions that open a subordinate clause before the main clause:
# "Als je terugkijkt, wat…", "Stel dat…, hoe…". Misses clauses without a comma.
SUBORDINATORS = frozenset({
    "als", "stel", "wanneer", "omdat", "nu", "toen", "zodra", "hoewel", "terwijl",
    "sinds", "voordat", "nadat", "zolang", "ondanks", "gezien", "aangezien", "mocht",
    "indien", "tenzij", "afgezien", "los", "kijkend", "terugkijkend", "achteraf",
})

# Evaluative words that make "Wat …!" an exclamation of praise, not a question.
EXCLAMATIVE_AFTER_WAT = frozenset({
    "goed", "mooi", "knap", "leuk", "fijn", "sterk", "tof", "gaaf", "prachtig", "geweldig",
    "bijzonder", "interessant", "een", "fantastisch", "super", "slim", "creatief",
    "inspirerend", "heerlijk", "indrukwekkend", "waardevol", "origineel", "enthousiast",
    "leerzaam", "cool", "vet", "briljant", "moedig", "dapper", "attent", "zorgvuldig",
})

# Openers of a statement that mirrors the teacher ("Dus…", "Als ik je goed begrijp…").
# Misses a mirror without a signal word ("De kinderen regelden het zelf.").
REFLECTION_OPENERS = (
    "dus", "als ik je goed begrijp", "als ik het goed begrijp", "als ik je goed hoor",
    "als ik het goed hoor", "als ik je zo hoor", "je bedoelt", "je zegt", "je zegt dus",
    "het klinkt alsof", "het klinkt als", "het klinkt", "dat klinkt alsof", "je klinkt",
    "je voelt je", "je voelde je", "ik hoor je zeggen", "ik hoor dat", "ik hoor je",
    "ik hoor", "je vond", "je vindt", "je merkte", "je merkt", "je bent dus", "je was dus",
    "kortom", "samengevat", "met andere woorden", "het lijkt erop dat je",
    "het lijkt alsof je", "jij bedoelt", "ik begrijp dat", "ik begrijp dus", "ik snap dat",
    "zo te horen", "ik merk dat je", "ik proef", "ik proef dat", "wat ik hoor",
    "wat ik je hoor zeggen", "jullie hebben dus", "jij hebt dus", "de kinderen hebben dus",
    "de leerlingen hebben dus", "dat betekent dat je", "dat was vast", "dat is vast",
    "ik kan me voorstellen", "ik kan me goed voorstellen", "ik kan me indenken",
    # The u-form and formal mirrors.
    "als ik u goed begrijp", "als ik u goed hoor", "u geeft aan", "je geeft aan", "u zegt", "u klinkt",
    "u bedoelt", "u vindt", "u voelt zich", "het is u", "het is je", "ik begrijp uit uw woorden",
)
