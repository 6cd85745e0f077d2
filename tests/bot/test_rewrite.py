"""bot/coach/rewrite.py: a closed question rewritten as an open one."""

from __future__ import annotations

import pytest

from bot.analysis.combine import analyse_turn
from bot.analysis.nouns import content_word
from bot.analysis.question_form import read_form
from bot.analysis.text import split_sentences
from bot.coach.rewrite import FACT_REWRITE, GENERAL, keep_subject, rewrite_closed


def rewrite(text):
    [sentence] = split_sentences(text)
    return rewrite_closed(sentence, read_form(sentence))


def test_verb_first_question_gets_a_wh_word_in_front():
    result = rewrite("Heb je de ouders ingelicht?")
    assert result.startswith("Hoe")
    assert result == "Hoe heb je de ouders ingelicht?"


def test_evaluative_question_asks_for_the_experience():
    assert rewrite("Vinden de kinderen het leuk?") == "Wat vinden de kinderen ervan?"


def test_going_question_drops_the_verdict():
    assert rewrite("Ging het goed?") == "Hoe ging het?"


def test_participle_question_asks_how_it_stands():
    assert rewrite("Is de software al geïnstalleerd?") == "Hoe staat het met de software?"


@pytest.mark.parametrize("text", ["Wanneer begin je?", "Hoe lang duurt het?"])
def test_fact_question_without_a_subject_gets_the_fact_rewrite(text):
    assert rewrite(text) == FACT_REWRITE


@pytest.mark.parametrize("text, rewritten", [
    ("Hoeveel groepen doen mee?", "Wat kun je me vertellen over het aantal groepen?"),
    ("Wat kost dat?", "Wat merk je van de kosten?"),
    ("Weten de ouders ervan?", "Wat weten de ouders ervan?"),
    ("Gebruiken de kinderen de klok?", "Hoe gebruiken de kinderen de klok?"),
])
def test_a_rewrite_keeps_the_subject_of_the_question(text, rewritten):
    assert rewrite(text) == rewritten


def test_tag_question_loses_its_tag_and_is_asked_in_verb_first_order():
    result = rewrite("Het werkt goed, toch?")
    assert "toch" not in result
    assert result == "Hoe werkt het?"


def test_question_mark_statement_is_asked_in_verb_first_order():
    assert rewrite("Dus het lukte?") == "Hoe lukte het?"


@pytest.mark.parametrize("text", ["Kan dat?", "Moet dat echt?"])
def test_question_without_a_subject_gets_the_general_rewrite(text):
    assert rewrite(text) == GENERAL


@pytest.mark.parametrize("text", ["Hoe ging het?", "Het rooster laat dat niet toe.", "Wat goed!"])
def test_no_rewrite_for_what_is_not_a_closed_question(text):
    assert rewrite(text) is None


CLOSED_QUESTIONS = [
    "Heb je de ouders ingelicht?",
    "Vinden de kinderen het leuk?",
    "Hoeveel groepen doen mee?",
    "Werkt het al?",
    "Is de software al geïnstalleerd?",
    "Is het lastig?",
    "Kun je dat volgend jaar weer doen?",
    "Het werkt goed, toch?",
    "Denk je niet dat het te veel is?",
    "Heb je al met je collega's gesproken?",
    "Zijn de computers kapot?",
    "Vond je het leuk?",
    "Wanneer begin je?",
    "Dus het lukte?",
    "Werkt de app goed?",
]


@pytest.mark.parametrize("text", CLOSED_QUESTIONS)
def test_every_rewrite_is_analysed_as_an_open_question(text):
    assert "closed_question" in analyse_turn(text).acts
    result = rewrite(text)
    assert result
    acts = analyse_turn(result).acts
    assert "open_question" in acts
    assert "closed_question" not in acts


def test_modal_question_without_infinitive_gets_a_whole_sentence():
    result = rewrite("Moet dat echt?")
    assert result != "Hoe zou je dat echt?"
    assert "open_question" in analyse_turn(result).acts


# Invented questions (not from any evaluation set), one or two per rule of rewrite.py.
KEEPS_THE_TOPIC = [
    # a wh-word in front of the same words
    ("Heb je de nieuwe leesmethode al uitgeprobeerd?", "Hoe heb je de nieuwe leesmethode uitgeprobeerd?"),
    ("Weten de ouders van de proefweek?", "Wat weten de ouders van de proefweek?"),
    ("Lezen de kleuters nu vaker zelf?", "In hoeverre lezen de kleuters nu vaker zelf?"),
    ("Heb je er iets van gemerkt in je klas?", "Wat heb je ervan gemerkt in je klas?"),
    ("Kan ik ergens mee helpen bij de open dag?", "Waarmee kan ik helpen bij de open dag?"),
    # a verdict becomes a degree
    ("Was de ouderavond druk?", "Hoe druk was de ouderavond?"),
    ("Zijn de leerlingen trots op hun werkstuk?", "Hoe trots zijn de leerlingen op hun werkstuk?"),
    ("Vind je het lastig om de leiding uit handen te geven?", "Hoe vind je het om de leiding uit handen te geven?"),
    # a state asks how it stands
    ("beamer al gemaakt?", "Hoe staat het met de beamer?"),
    ("Zijn er al aanmeldingen voor de schaakclub?", "Hoe staat het met aanmeldingen voor de schaakclub?"),
    # a suggestion asks for the teacher's view
    ("Is het niet handiger om met één klas te beginnen?", "Hoe kijk jij ertegen aan om met één klas te beginnen?"),
    ("Kun je het niet beter na de kerstvakantie doen?", "Hoe zou het zijn als je het na de kerstvakantie zou doen?"),
    ("Denk je niet dat de planning te krap is?", "Wat denk jij zelf over de planning?"),
    # a reproach looks back on the act
    ("Had je het plan niet eerder moeten delen?", "Hoe kijk je terug op het delen van het plan?"),
    ("Had je dat niet beter met de intern begeleider afgestemd?",
     "Hoe kijk je terug op het afstemmen met de intern begeleider?"),
    # an offer asks how it would land
    ("Zal ik volgende week een keer meekijken?", "Hoe zou je het vinden als ik volgende week een keer zou meekijken?"),
    ("Wil je dat ik de nieuwsbrief nalees?", "Hoe zou je het vinden als ik de nieuwsbrief nalees?"),
    ("Heb je hulp nodig bij het rooster?", "Wat voor hulp heb je nodig bij het rooster?"),
    # a choice asks about both options
    ("Werk je met een weektaak of met een dagtaak?", "Wat kun je me vertellen over een weektaak en een dagtaak?"),
    # tags and statements with "?" in verb-first order
    ("Het project loopt goed, toch?", "Hoe loopt het project?"),
    ("Dus de kinderen kiezen nu zelf hun boek?", "In hoeverre kiezen de kinderen nu zelf hun boek?"),
    # fact questions keep their subject
    ("Hoeveel lln doen er mee met de schaakclub?",
     "Wat kun je me vertellen over het aantal leerlingen bij de schaakclub?"),
    ("Wie betaalt de excursie?", "Hoe wordt de excursie betaald?"),
    ("Wat kost zo'n licentie per jaar?", "Wat merk je van de kosten van zo'n licentie?"),
    ("Weet je al wanneer de presentatie is?", "Wat kun je me vertellen over de presentatie?"),
    # chat, Flemish and formal registers
    ("heb je t rooster al aangepast", "Hoe heb je het rooster aangepast?"),
    ("Hebt ge al met de directie gesproken?", "Hoe heb je met de directie gesproken?"),
    ("Zijt ge tevreden over de eerste week?", "Hoe tevreden ben je over de eerste week?"),
    ("Heeft u het verslag al met het team besproken?", "Hoe heeft u het verslag met het team besproken?"),
    ("Denkt u niet dat één proefklas genoeg is?", "Wat denkt u zelf over één proefklas?"),
    # a noun phrase after the question takes the place of its "het"
    ("Is het wel verzekerd, zo'n uitstap?", "Hoe staat het met zo'n uitstap?"),
]


@pytest.mark.parametrize("text, rewritten", KEEPS_THE_TOPIC)
def test_a_rewrite_keeps_the_topic_in_natural_dutch(text, rewritten):
    assert rewrite(text) == rewritten


def stems(text):
    return {w.lower().strip(",.?!")[:4] for w in text.split() if content_word(w.strip(",.?!"))}


@pytest.mark.parametrize("text", [text for text, _ in KEEPS_THE_TOPIC])
def test_a_rewrite_shares_a_content_word_and_is_read_as_open(text):
    assert "closed_question" in analyse_turn(text).acts
    result = rewrite(text)
    assert stems(text) & stems(result), result
    acts = analyse_turn(result).acts
    assert "open_question" in acts and "closed_question" not in acts, (result, acts)


def test_a_rewrite_keeps_no_chat_spelling():
    assert rewrite("hebben de lln er plezier in") == "In hoeverre hebben de leerlingen er plezier in?"
    assert rewrite("ff checken: staat de excursie al in de agenda?") == "In hoeverre staat de excursie in de agenda?"


def test_the_model_fallback_turns_a_turn_the_rules_read_as_a_statement():
    assert keep_subject("kost dat niet te veel".split(), fact=False) == "Wat merk je van de kosten?"
    assert keep_subject("ff checken: heb je de allergielijst van alle lln".split(), fact=False) == \
        "Hoe staat het met de allergielijst van alle leerlingen?"
    # a run-on chat message is split before its question
    assert keep_subject("je klinkt moe zal ik de planning met je doornemen".split(), fact=False) == \
        "Hoe zou je het vinden als ik de planning met je zou doornemen?"
