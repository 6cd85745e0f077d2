"""Word cues of the acts: pupils, rules and the seed's vocabulary of school
frameworks, praise, offers of help, opinions, criticism and prescriptions."""

# Words for the pupils. "groep" and "klas" count only with a student-oriented verb.
# Misses pupils named by their first name ("Mees en Fatima").
STUDENT_WORDS = frozenset({
    "leerling", "leerlingen", "kinderen", "kind", "kinders", "scholieren", "pupillen",
    "jongeren", "leerlingen's", "klasgenoten", "leerlingenraad", "kleuters", "groepjes",
    "kindje", "meisje", "meisjes", "meid", "meiden", "jongen", "jongens", "brugklassers",
    "eersteklassers", "tweedeklassers", "peuters", "kleutertjes", "pubers", "tieners",
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
    # Participation councils, privacy law, exams and assessment, insurance and safety,
    # the subject timetable, staffing, the school plan and the board's strategy, the
    # inspectorate (issue 10's registers; written for this project).
    "medezeggenschap", "medezeggenschapsreglement", "instemming", "instemmingsrecht", "adviesrecht",
    "gmr", "ouderraad", "examenreglement", "pta", "toetsbeleid", "toetsplan", "toetsprotocol",
    "examencommissie", "verzekering", "verzekerd", "aansprakelijk", "aansprakelijkheid", "veiligheid",
    "veiligheidsbeleid", "veiligheidsplan", "arbo", "preventieadviseur", "inventarisatie",
    "hygiënecode", "lessentabel", "vakkentabel", "formatieplan", "bezetting", "taakverdeling",
    "koersplan", "strategisch", "beleidsplan", "inspecteur", "onderwijsinspectie", "wet", "wettelijk",
    "wetgeving", "conform", "meldcode", "vog", "toestemmingsformulier", "toestemmingsformulieren",
    "schoolgids", "schoolreglement", "lestijden", "werkdrukmiddelen", "scholingsbudget",
    "nascholingsbudget", "ouderbijdrage", "leerplicht", "draaiboek", "procedure", "procedures",
    "goedkeuren", "verantwoord", "schooltijd", "schooltijden", "toelating", "toegelaten", "schoolbestuur",
    "verwerkersovereenkomst", "allergielijst", "allergieën", "hygiëne",
})

# Compound endings of rule words ("hygiëneregels", "privacybeleid", "examenreglement").
RULE_ENDINGS = ("regels", "regel", "reglement", "beleid", "protocol", "overeenkomst", "wetgeving", "voorschrift",
                "voorschriften", "richtlijn", "richtlijnen", "tabel", "budget", "formulier", "formulieren")

# Patterns that mention a rule to open room, not to limit: plain open questions.
RULE_OPENING = (
    "in de weg", "geen regel", "geen regels", "zonder regel", "zonder regels",
    "als er geen", "als alles mocht", "als alles kon", "als het mocht", "belemmer",
    "loop je tegenaan", "lopen jullie tegenaan", "tegenaan loopt", "ruimte nodig",
    "welke regels", "welke kaders", "welke ruimte", "wat zou je doen als", "stel dat",
    "stel je voor", "zelf mocht", "zelf mag", "zelf kon", "zelf zou mogen", "vrij mocht",
    "welke mogelijkheden", "ruimte biedt", "ruimte geeft", "mogelijkheden zie",
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
    "uitstekend", "verdient navolging", "complimenteren", "lof", "bijzonder knap", "mijn waardering",
    "waardering voor", "dank voor je inzet", "dank voor uw inzet", "petje", "pluim",
)

# Offers of support, resources or backing. Misses offers phrased as a plan of the
# school ("Volgend jaar komt er een ICT-coach.").
HELP_PATTERNS = (
    "hoe kan ik", "kan ik je", "kan ik jullie", "kan ik iets", "kan ik ergens", "kan ik u",
    "ik kan u", "ik help u", "wat heeft u nodig", "wat heeft u van mij nodig", "ik sta achter u",
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
    "mijn idee", "mijn voorstel", "persoonlijk vind", "mijns inziens", "in mijn ogen",
    "denk je niet", "vind je niet", "zou het niet", "is het niet", "lijkt het je niet",
    "ik heb liever", "ik zie liever", "ik zie het meer", "ik ben van mening",
    "mijn mening", "ik verwacht eigenlijk", "wat als je", "waarom probeer je niet",
    "waarom niet eens", "ik denk", "probeer eens", "probeer het eens", "kijk eens naar",
    "raadzaam", "verdient aanbeveling", "verdient het aanbeveling", "ik heb de indruk", "het lijkt mij",
    "wellicht", "mij dunkt", "naar mijn mening", "naar mijn idee", "ik ben er niet van overtuigd",
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
    "ik snap niet waarom je", "ik begrijp niet waarom je",
    "niet doordacht", "slecht doordacht", "slecht voorbereid", "niet voorbereid",
    "rommelig", "chaotisch", "chaos", "zonde", "verspilling", "dat had anders gemoeten",
    "beter moeten", "beter plannen", "niet zo handig", "geen goed idee", "geen slim",
    "vergeten", "zomaar", "op eigen houtje", "zonder te overleggen", "zonder overleg",
    "niet nagedacht", "je hebt niet", "niks opgeleverd", "niets opgeleverd", "kwalijk", "niet oké",
    "zie ik weinig", "zie ik niks", "zie ik niets", "zie ik nog weinig", "zie ik nog niks", "weinig van terug",
    "niets van terug", "niks van terug", "niet conform", "niet volgens afspraak", "niet zoals afgesproken",
    "had u niet", "te chaotisch", "te rommelig", "te vrijblijvend", "vrijblijvend",
    "te ambitieus", "overhaast", "ondoordacht", "onvoldoende", "tegenvallend", "valt tegen", "viel tegen",
    "niet verstandig", "onverstandig geweest", "kinderachtig", "had voorkomen", "voorkomen moeten",
    "eerst aan mij", "zonder mij", "buiten mij om", "niet genoeg nagedacht", "te weinig nagedacht",
    "had gekund", "ik baal", "irritant", "naïef", "amateuristisch", "veel te",
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
    # Soft and formal prescriptions (ACTS.md: "Het zou prettig zijn als jullie …").
    "zou prettig zijn als", "zou fijn zijn als", "zou handig zijn als", "zou goed zijn als",
    "zou mooi zijn als", "is wenselijk dat", "het is wenselijk", "ik verzoek", "verzoek ik",
    "graag ontvang ik", "ontvang ik graag", "ik ga ervan uit dat", "ik reken erop", "je dient",
    "u dient", "jullie dienen", "dient u", "dien je", "ik wil zo snel mogelijk", "ik wil uiterlijk",
    "ik wil graag een", "ik wil graag dat u", "ik verwacht van", "ik wil dat u", "u moet", "moet u",
    "gelieve", "zou ik graag zien", "wil ik graag zien", "wil ik zien", "ik wil graag zien",
    "dienen te", "dient te", "dienen aan te", "dient aan te", "laten goedkeuren", "ter goedkeuring",
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

# Imperatives that open a prescription ("Pak het aan zoals groep 7.", "Meld het eerst bij
# de MR."). Not the invitations to tell ("Vertel eens", "Leg uit"), which are questions.
# Misses imperatives of other verbs.
IMPERATIVES = frozenset({
    "zorg", "lever", "maak", "schrijf", "stuur", "plan", "regel", "pak", "neem", "bespreek",
    "overleg", "meld", "doe", "houd", "hou", "zet", "check", "bel", "mail", "vul", "beperk",
    "begin", "stop", "evalueer", "informeer", "vraag", "betrek", "kies", "werk", "gebruik",
    "lees", "volg", "richt", "pas", "leg", "breng", "geef", "toon", "rond", "start",
})
