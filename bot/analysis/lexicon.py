"""Dutch word lists for the analysis rules: language knowledge kept as data.

Written for this project from Dutch grammar (ANS: the finite verb opens a yes/no
question, a wh-word opens a content question) and from the seed text's vocabulary of
school rules. All entries are lower case and already normalised (see ``text.py``:
"t" -> "het", "lln" -> "leerlingen"). What the lists miss is said next to each.
"""

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
    "kun'k": "kun ik", "mag'k": "mag ik", "lk": "leerkracht", "lkr": "leerkracht",
}

# Words and interjections that may precede the real start of a sentence:
# "En hoe ging dat?", "Oké, heb je…". Misses a leading name ("Babette, hoe…") unless
# a comma follows it (handled in ``question_form``).
LEADING_FILLERS = frozenset({
    "en", "maar", "oké", "nou", "ja", "nee", "zeg", "eh", "ehm", "hm", "hmm", "he", "hé",
    "hoi", "hallo", "dag", "goedemorgen", "goedemiddag", "even", "dan", "oh", "o", "ah",
    "ach", "jeetje", "tja", "trouwens", "overigens", "kortom", "verder", "ook", "nog",
    "dus", "want", "allright", "goed", "prima", "mooi", "top", "super", "fijn", "juist",
    "precies", "echt", "serieus", "inderdaad", "sorry", "wauw", "wow", "of", "maarre",
})

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
    "kun", "kan", "kunt", "zou", "zoudt", "wil", "wilt", "mag", "zullen",
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
    "help me begrijpen", "help me te begrijpen",
)

# Finite verbs that open a yes/no question ("Heb je…", "Is het…", "Werkt het…").
# Misses rarer verbs; for those the lemma table of spaCy's lookup data is asked
# whether the first word is a verb form (see ``question_form._looks_like_verb``).
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
    "je'", "uw", "onze", "ons", "een", "alle", "die", "daar", "hier", "hun", "haar",
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
)

# Words for the pupils. "groep" and "klas" count only with a student-oriented verb.
# Misses pupils named by their first name ("Mees en Fatima").
STUDENT_WORDS = frozenset({
    "leerling", "leerlingen", "kinderen", "kind", "kinders", "scholieren", "pupillen",
    "jongeren", "leerlingen's", "klasgenoten", "leerlingenraad", "kleuters", "groepjes",
    "kindje", "lln",
})

# Words that put the limits of the school first (rules, policy, permission, money,
# hours, approval bodies). Misses rules named only by their content ("om half negen
# moeten ze binnen zijn").
RULE_WORDS = frozenset({
    "rooster", "roosters", "lesrooster", "regel", "regels", "regelgeving", "beleid",
    "toestemming", "protocol", "protocollen", "inspectie", "budget", "budgetten",
    "kosten", "kost", "kostte", "geld", "uren", "formatie", "mr", "medezeggenschapsraad",
    "bestuur", "jaarplan", "schoolplan", "cao", "privacy", "avg", "verplicht", "verplichte",
    "goedkeuring", "goedgekeurd", "toegestaan", "taakbeleid", "normjaartaak", "taakuren",
    "lestijd", "lesuren", "onderwijstijd", "jaarplanning", "begroting", "financiën",
    "vergunning", "richtlijnen", "richtlijn", "afspraken", "voorschriften", "reglement",
    "schoolregels", "kaders", "verantwoording", "verantwoorden", "euro", "duur", "declareren",
    "directie", "teamafspraken", "werkdrukgelden", "subsidie", "licentie", "licenties",
    "aanvraag", "aanvragen", "cito", "citotoets", "toetskalender", "eindtoets",
    "leerlijn", "kerndoelen", "urenverantwoording", "vervanging", "invalkracht",
})

# Patterns that mention a rule to open room, not to limit: plain open questions.
RULE_OPENING = (
    "in de weg", "geen regel", "geen regels", "zonder regel", "zonder regels",
    "als er geen", "als alles mocht", "als alles kon", "als het mocht", "belemmer",
    "loop je tegenaan", "lopen jullie tegenaan", "tegenaan loopt", "ruimte nodig",
    "welke regels", "welke kaders", "welke ruimte", "wat zou je doen als", "stel dat",
    "stel je voor", "zelf mocht", "zelf mag", "zelf kon", "zelf zou mogen", "vrij mocht",
)

# Praise and appreciation. Misses irony ("Nou, knap hoor.").
COMPLIMENT_PATTERNS = (
    "wat goed", "wat mooi", "wat knap", "wat fijn", "wat leuk", "wat sterk", "wat tof",
    "wat gaaf", "wat een", "goed gedaan", "goed zo", "goed bezig", "goed dat je",
    "goed dat jullie", "goed van je", "knap", "mooi dat", "mooi zo", "mooi werk",
    "mooi gedaan", "mooi om te", "top", "super", "geweldig", "fantastisch", "complimenten",
    "compliment", "chapeau", "petje af", "ik ben trots", "trots op", "ik waardeer",
    "waardeer ik", "dank je dat", "dank je wel dat", "dankjewel dat", "bedankt dat",
    "bedankt voor je inzet", "dank voor je", "bedankt voor het delen", "dank je voor",
    "sterk dat", "sterk van", "leuk dat", "leuk om te horen", "fijn dat je", "fijn dat jullie",
    "fijn om te horen", "indrukwekkend", "prachtig", "briljant", "ik bewonder", "bewonderenswaardig",
    "heel goed", "echt goed", "erg goed", "goed idee", "mooi idee", "leuk idee", "sterk idee",
    "slim bedacht", "slim opgelost", "creatief", "inspirerend", "goed opgelost", "knap opgelost",
    "goed gevonden", "mooi initiatief", "tof dat", "gaaf dat", "respect", "hulde", "bravo",
    "chique", "netjes", "wat heb je dat", "dat is knap", "dat is mooi", "dat is goed",
    "geweldig dat", "fijn dat", "klasse", "prima gedaan", "verfrissend", "gedurfd",
    "moedig", "fijn om", "ik ben blij dat", "blij dat je", "blij mee", "enthousiasme",
    "bedankt voor je eerlijk", "dank je voor je eerlijk", "eerlijk dat je",
)

# Offers of support, resources or backing. Misses offers phrased as a plan of the
# school ("Volgend jaar komt er een ICT-coach.").
HELP_PATTERNS = (
    "hoe kan ik", "kan ik je", "kan ik jullie", "kan ik iets", "kan ik ergens",
    "wat heb je van mij nodig", "wat heb je nodig", "wat hebben jullie nodig",
    "wat heb je van me nodig", "wat kan ik", "wat zou je van mij", "waar kan ik",
    "waarmee kan ik", "ik help", "ik wil je helpen", "ik wil helpen", "ik kan helpen",
    "ik kan je helpen", "ik sta achter je", "ik sta achter jullie", "ik steun",
    "ik ondersteun", "ik kan tijd", "ik kan budget", "ik kan geld", "ik maak tijd",
    "ik maak budget", "ik maak geld", "vrijmaken", "vrij maken", "vrijroosteren",
    "vrij roosteren", "laat het me weten", "laat maar weten", "laat me weten als",
    "zeg het als", "zeg het maar als", "zeg maar als", "mijn deur staat open",
    "je kunt altijd bij me", "je kan altijd bij me", "je mag altijd bij me",
    "ik denk graag mee", "ik denk met je mee", "ik regel", "ik zorg dat", "ik zorg ervoor",
    "ik zorg wel", "ik zorg voor", "zal ik", "wil je dat ik", "moet ik", "ik kan een",
    "ik kan de", "ik kan met", "ik kan ervoor", "ik wil wel", "ik kan wel", "ik kan je",
    "ik neem contact", "ik vraag wel", "ik bel", "ik ga kijken of", "ik kijk of",
    "ik zoek uit", "ik zal", "steun van mij", "mijn steun", "hulp nodig", "helpen",
    "ondersteuning", "ik ben er voor je", "ik neem het op me", "rugdekking", "ik dek je",
    "ik ga voor je", "ik kan regelen", "ik kan zorgen", "ik maak ruimte", "ruimte maken",
    "ik geef je", "ik kan je ontlasten", "ontlasten", "faciliteren", "ik faciliteer",
)

# The leader's own view, advice or solution. Misses advice without a signal
# ("Een kookwekker werkt ook.").
OPINION_PATTERNS = (
    "ik vind", "vind ik", "volgens mij", "ik denk dat", "ik denk wel", "ik denk niet",
    "ik zou", "zou ik", "misschien moet", "misschien kun", "misschien kan", "misschien zou",
    "misschien is het", "misschien een idee", "het lijkt me", "lijkt me", "mij lijkt",
    "ik heb het idee", "wat mij betreft", "ik geloof", "het beste is", "beter is het",
    "beter zou", "het zou beter", "je zou ook", "je zou eens", "je zou kunnen",
    "je zou beter", "jullie zouden", "je kunt beter", "je kan beter", "je kunt ook",
    "je kan ook", "ik raad je aan", "mijn advies", "ik adviseer", "ik stel voor",
    "mijn idee", "mijn voorstel", "persoonlijk", "mijns inziens", "in mijn ogen",
    "denk je niet", "vind je niet", "zou het niet", "is het niet", "lijkt het je niet",
    "ik heb liever", "ik zie liever", "ik zie het meer", "ik ben van mening",
    "mijn mening", "ik verwacht eigenlijk", "wat als je", "waarom probeer je niet",
    "waarom niet eens", "het zou mooi zijn", "het zou fijn zijn", "het zou goed zijn",
    "ik denk", "probeer eens", "probeer het eens", "kijk eens naar",
)

# Negative judgement of the teacher's work (also as a rhetorical question).
# Misses criticism by understatement ("Interessante keuze.").
CRITICISM_PATTERNS = (
    "had je beter", "had beter", "had je eerder", "had je moeten", "had moeten",
    "hadden moeten", "had je dat niet", "had je niet", "jammer dat je", "jammer dat jullie",
    "niet handig", "geen handige", "onhandig", "weinig resultaat", "weinig opgeleverd",
    "niet slim", "niet zo slim", "niet erg slim", "dom", "slordig", "te laat", "mislukt",
    "waarom heb je niet", "waarom niet gewoon", "waarom heb je dan niet",
    "waarom deed je niet", "waarom ben je niet", "waarom heeft niemand", "waarom heb je niks",
    "ik zie weinig", "ik zie niks", "ik zie niet", "ik zie geen", "ik mis", "dat ging mis",
    "ging het mis", "dat is niet goed", "dat is geen goed", "niet goed gegaan",
    "niet goed geregeld", "slecht geregeld", "slecht", "teleurstellend", "ik ben teleurgesteld",
    "dat kan niet de bedoeling", "niet de bedoeling", "onverstandig", "niet professioneel",
    "onprofessioneel", "hoe kan dat nou", "hoe kon dat", "hoe kan het dat je",
    "hoe heb je dat", "ik snap niet waarom je", "ik begrijp niet waarom je",
    "niet doordacht", "slecht doordacht", "slecht voorbereid", "niet voorbereid",
    "rommelig", "chaotisch", "chaos", "zonde", "verspilling", "dat had anders gemoeten",
    "beter moeten", "beter plannen", "niet zo handig", "geen goed idee", "geen slim",
    "vergeten", "zomaar", "op eigen houtje", "zonder te overleggen", "zonder overleg",
    "niet nagedacht", "je hebt niet", "je had", "niks opgeleverd", "niets opgeleverd", "kwalijk", "niet oké",
    "had gekund", "ik baal", "irritant", "naïef", "amateuristisch", "te groot", "veel te",
    "zie nog geen", "zie nog niet", "nog geen verschil", "er ligt nog niks", "er ligt nog niets",
    "niet gehaald", "had je me", "had me", "je had me", "kunnen inlichten", "al de derde keer",
    "de tweede keer", "weer niet", "alweer", "nog steeds niet",
)

# Setting the network's goal or prescribing how the teacher must work.
# Misses a prescription phrased as a wish ("Fijn als het morgen af is.").
PRESCRIBE_PATTERNS = (
    "ik wil dat", "ik wil graag dat jullie", "ik wil graag dat je", "jullie doel moet",
    "je doel moet", "het doel moet", "het doel is dat", "jullie doel is", "je doel is",
    "zorg eerst", "zorg ervoor", "zorg dat", "zorg jij", "zorgen jullie", "je moet",
    "jullie moeten", "jij moet", "je zult", "jullie zullen", "ik verwacht", "je gaat",
    "jullie gaan", "jullie leveren", "je levert", "lever", "het moet", "dat moet",
    "voortaan", "vanaf nu", "de afspraak is", "ik wil een", "ik wil het", "ik eis",
    "ik wil voor", "uiterlijk", "dat doe je", "dat doen jullie", "dat gaan jullie",
    "dat ga je", "je begint", "jullie beginnen", "begin eerst", "stop met", "stop daarmee",
    "je stopt", "hou op", "maak eerst", "maak een", "schrijf een", "schrijf eerst",
    "stuur me", "stuur mij", "leg vast", "ik wil zien", "ik wil binnen", "ik wil volgende",
    "ik wil voor de", "het doel wordt", "jullie doel wordt", "de doelstelling moet",
    "de doelstelling is", "jullie richten je", "je richt je", "jullie focussen",
    "moet je", "moeten jullie", "ik wil voortaan", "het plan moet", "verwacht ik",
)

# Verbs and nouns of what an initiative means, brings or does for pupils: with a
# student word they make a turn student-focused rather than a bare fact.
STUDENT_MEANING = frozenset({
    "betekent", "betekenen", "betekende", "oplevert", "opleveren", "opgeleverd",
    "leren", "leerden", "leert", "geleerd", "merken", "merkten", "merkt", "vinden",
    "vonden", "vindt", "reageren", "reageerden", "reageert", "ervaren", "ervaring",
    "zelfstandig", "zelfstandigheid", "motivatie", "gemotiveerd", "betrokken",
    "betrokkenheid", "effect", "ontwikkeling", "groei", "groeien", "beleven", "beleving",
    "voelen", "voelden", "oefenen", "oefenden", "verantwoordelijkheid", "eigenaarschap",
    "resultaten", "resultaat", "vooruit", "vooruitgang", "baat", "profiteren", "plezier",
    "leuk", "enthousiast", "zelf", "doen", "deden", "werken", "werkten", "helpt", "hielp",
    "nodig", "niveau", "vorderingen", "prestaties", "welbevinden", "aandacht", "krijgen",
    "kregen", "kunnen", "konden", "voordeel", "verschil", "opbrengst", "uitdaging",
    "uitgedaagd", "begrijpen", "snappen", "gedrag", "rust", "regelden", "regelen",
    "samenwerken", "zeggen", "zeiden", "vertelden", "reactie", "reacties", "gebracht",
    "brengt", "bereiken", "bereikt", "oplevering", "lezen", "rekenen", "spelen",
})

# Frequent English function words, to notice a turn in English. Misses very short
# English turns ("ok", "yes") and words both languages share ("is", "in", "was").
ENGLISH_WORDS = frozenset({
    "the", "you", "your", "what", "how", "why", "do", "does", "did", "are", "have", "has",
    "this", "that's", "it's", "about", "with", "would", "could", "should", "can", "tell",
    "me", "my", "and", "of", "to", "for", "think", "students", "pupils", "children",
    "going", "good", "great", "thanks", "thank", "please", "hello", "hi", "where", "when",
    "who", "which", "they", "their", "there", "them", "we're", "you're", "i'm", "i", "a",
    "an", "be", "been", "not", "don't", "doesn't", "will", "just", "really", "very",
    "project", "school", "network", "rules", "feel", "like", "work", "working", "help",
})
# Words shared with Dutch that must not count as English.
SHARED_WORDS = frozenset({"is", "in", "was", "hoe", "de", "een", "en", "op", "we", "me", "want"})
