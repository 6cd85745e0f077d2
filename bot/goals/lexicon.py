"""The words the goal/means judgement reads (bot/goals/judgement.py), written for this
project from the seed's second workshop (a goal says what pupils gain; an activity, a
resource or an arrangement is a means) and Dutch school-plan usage. Lemmas where the
word inflects (``bot.nlp.lemma_table`` maps the inflected forms)."""

from __future__ import annotations

#: Who pupils are: the word itself, or a compound ending in it ("bovenbouwleerlingen",
#: "mbo-studenten"). "groep 5" and "de groep/klas" are handled in the judgement.
PUPIL_WORDS = frozenset({
    "leerling", "leerlingen", "kind", "kinderen", "kleuter", "kleuters", "scholier", "scholieren",
    "student", "studenten", "jongeren", "pupillen", "lezers", "lezer", "rekenaars", "brugklassers",
    "eersteklassers", "examenkandidaten", "nieuwkomers", "jongens", "meisjes", "cursisten", "deelnemers",
    "peuters", "tieners", "pubers", "leerders", "bovenbouw", "onderbouw", "middenbouw", "iedereen",
    "eerstejaars", "tweedejaars", "derdejaars", "vierdejaars", "laatstejaars",
})
PUPIL_SUFFIXES = ("leerlingen", "leerling", "kinderen", "kleuters", "lezers", "scholieren", "studenten",
                  "klassers", "jongeren", "kandidaten", "jaars")
#: A class or year group as the subject: "mijn 3e klas", "onze 2e graad", "de mentorklas".
GROUP_NOUNS = ("klas", "klassen", "groep", "groepen", "graad", "jaar", "leerjaar")

#: Whoever else may be the subject of an aim: then it is about them, not the pupils.
OTHERS = frozenset({
    "leraar", "leraren", "leerkracht", "leerkrachten", "docent", "docenten", "mentor", "mentoren", "team",
    "teams", "school", "scholen", "directie", "directeur", "ouders", "ouder", "we", "wij", "ik", "bestuur",
    "collega", "collega's", "onderwijsassistent", "onderwijsassistenten", "coach", "coaches", "begeleiders",
    "sectie", "vakgroep", "netwerk", "project", "ib'er", "intern", "computers", "computer", "lessen",
})

#: What pupils gain, as a verb (lemma): learning, being able, knowing, daring, growing,
#: achieving, feeling.
OUTCOME_VERBS = frozenset({
    "leren", "beheersen", "begrijpen", "snappen", "weten", "kennen", "durven", "ontwikkelen", "verwerven",
    "behalen", "halen", "scoren", "slagen", "groeien", "verbeteren", "beleven", "ervaren", "genieten", "voelen",
    "toepassen", "oplossen", "omgaan", "redden", "uiten", "benoemen", "uitbreiden", "beoordelen", "verwoorden",
    "uitleggen", "herkennen", "concentreren", "inzien", "doorzetten", "reflecteren",
    "vertrouwen", "ontdekken", "verklaren", "verbinden", "toenemen", "afnemen", "stijgen", "dalen",
})
#: "kunnen" names an ability; with only an activity after it ("kunnen elke dag op de
#: computer werken") it is an opportunity, a means.
ABILITY = frozenset({"kunnen", "kan", "kunt", "staat"})  # "in staat zijn"

#: What pupils gain, as a noun: a skill, knowledge, a result, an attitude; also in a
#: compound ("leesvaardigheid", "leesplezier", "studievaardigheden").
OUTCOME_NOUNS = frozenset({
    "vaardigheid", "vaardigheden", "resultaten", "resultaat", "prestaties", "niveau", "zelfvertrouwen",
    "zelfstandigheid", "motivatie", "betrokkenheid", "welbevinden", "plezier", "begrip", "inzicht", "kennis",
    "woordenschat", "ontwikkeling", "groei", "eigenaarschap", "verantwoordelijkheid", "zelfredzaamheid",
    "competenties", "competentie", "houding", "weerbaarheid", "doorzettingsvermogen", "vermogen",
    "voldoendes", "voldoende", "cijfers", "cijfer", "scores", "score", "leesniveau", "leesbegrip",
    "uitstroom", "slagingspercentage", "zelfbeeld", "zelfkennis", "nieuwsgierigheid", "creativiteit",
    "taalbeheersing", "concentratie", "veiligheid", "gedrag", "beroepshouding", "diploma", "startkwalificatie",
})
#: What an aim may bring down for pupils.
PROBLEM_NOUNS = frozenset({
    "verzuim", "schoolverzuim", "faalangst", "pesten", "uitval", "achterstand", "achterstanden", "ruzies",
    "conflicten", "onrust", "stress", "spanning", "voortijdig", "thuiszitters",
})
#: Adjectives and adverbs of a pupil outcome ("vloeiender", "zelfstandig", "gemotiveerd").
OUTCOME_WORDS = frozenset({
    "beter", "vloeiend", "vloeiender", "zelfstandig", "zelfstandiger", "gemotiveerd", "betrokken", "zeker",
    "zekerder", "zelfverzekerd", "vaardig", "vaardiger", "bewust", "bewuster", "trots", "veilig", "veiliger",
    "zelfredzaam", "actiever", "creatiever", "nauwkeuriger", "foutlozer", "sneller", "rustiger",
    "geautomatiseerd", "aantoonbaar", "respectvol", "respectvolle", "weerbaar", "weerbaarder", "sterker",
    "gelukkiger", "fijner", "plezier", "zelf",
})

#: Verbs of doing something, getting something or being arranged: a means when nothing
#: the pupils gain goes with them.
ACTIVITY_VERBS = frozenset({
    "werken", "krijgen", "lopen", "bezoeken", "gaan", "volgen", "gebruiken", "zitten", "doen", "hebben",
    "maken", "spelen", "lezen", "schrijven", "oefenen", "bezig", "deelnemen", "meedoen", "worden", "komen",
    "besteden", "sporten", "zingen", "tekenen", "invullen", "vullen", "inleveren", "kiezen", "mogen", "aangeboden",
})
#: Tools and places a means names ("de klassencomputers", "de bieb"): with one, "kunnen"
#: is a chance to use it, not an ability; the coaching puts it last in a reformulation.
RESOURCES = frozenset({"computer", "computers", "klassencomputers", "tablet", "tablets", "chromebook", "chromebooks",
                       "laptop", "laptops", "ipad", "ipads", "bieb", "bibliotheek", "lokaal", "gymzaal", "app",
                       "programma", "methode", "software", "klok", "klokje", "materiaal", "boeken", "weektaak",
                       "rubric", "rooster"})
RESOURCE_SUFFIXES = ("computers", "methode", "tablets")

#: How often or how long: the mark of an arrangement of time.
FREQUENCY = frozenset({
    "elke", "iedere", "dagelijks", "wekelijks", "maandelijks", "jaarlijks", "keer", "per", "uur", "kwartier",
    "minuten", "ochtend", "middag", "week", "dag", "vaker", "structureel",
})

#: "Het <verb> van …": a nominalised aim; these verbs raise or lower what follows.
CHANGE_VERBS = frozenset({
    "vergroten", "verbeteren", "verhogen", "versterken", "bevorderen", "ontwikkelen", "stimuleren",
    "vergroting", "verbetering", "verhoging", "versterking", "bevordering", "ontwikkeling", "toename",
    "terugdringen", "verminderen", "verlagen", "voorkomen", "vermindering", "afname",
})
#: Nouns of a school's own work that no pupil gain follows from by itself.
MEANS_NOUNS = frozenset({
    "gebruik", "inzet", "aandacht", "kwaliteit", "onderwijs", "tevredenheid", "werkdruk", "communicatie",
    "samenwerking", "kader", "plan", "beleid", "methode", "aanbod", "rooster", "formatie", "protocol",
})
#: "De leerlingen ervaren meer rust, waardoor zij …": clause joints after which a new
#: subject and verb start.
JOINTS = frozenset({"zodat", "waardoor", "doordat", "om", "en", "terwijl", "omdat", "opdat", "want", "dat",
                    "waarbij", "wanneer", "als", "waar", "die"})
#: Openings that frame the aim without being part of it.
FRAMES = (
    "het project is geslaagd als", "het project is geslaagd wanneer", "het project wordt als geslaagd beschouwd "
    "wanneer", "het project is een succes als", "mijn doel is", "ons doel is", "het doel is", "doel is",
    "mijn doel", "ons doel", "doel", "geslaagd als", "na afloop", "aan het eind van het jaar",
    "aan het einde van het schooljaar",
)
#: Words of wanting or aiming: "Ik wil dat …", "Het zou mooi zijn als …", "Zorgen dat …",
#: "Ons doel voor de onderbouw is dat …": what follows "dat"/"als" is the aim itself.
#: (Without "dat" the speaker stays the subject: "We willen de toetsen beter analyseren".)
WANTING = frozenset({"wil", "wilt", "willen", "doel", "streven", "streeft", "graag", "mooi", "geslaagd",
                     "bereiken", "zorgen", "zorg", "hoop", "hopen", "succes", "wens", "beoogt", "beogen"})
