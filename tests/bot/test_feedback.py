"""bot/coach/feedback.py: the coach's note after a leader turn."""

from __future__ import annotations

import random

from bot import acts as A
from bot.analysis.combine import analyse_turn
from bot.coach.feedback import ADVICE, ENCOURAGEMENT, FIRST_STUDENT_FOCUS, KEY_QUESTION, coach_note

EXTRA_WEIGHT = "Nog voor je eerste open vraag: dat weegt extra zwaar."


def note(text, turn_number=1, earlier=(), seed=0):
    return coach_note(analyse_turn(text), turn_number, [list(a) for a in earlier], random.Random(seed))


def test_note_names_the_acts_used():
    assert note("Wat goed! Heb je wel toestemming gevraagd?").text.startswith(
        "Je stelde een gesloten vraag, begon over de regels en gaf een compliment."
    )


def test_closed_question_note_quotes_a_rewrite():
    result = note("Heb je de ouders ingelicht?")
    assert "'Heb je de ouders ingelicht?' kan open: 'Hoe heb je de ouders ingelicht?'" in result.text
    assert result.better == "Hoe heb je de ouders ingelicht?"


def test_closed_fact_question_note_quotes_the_fact_rewrite():
    result = note("Hoeveel groepen doen mee?")
    assert "'Hoeveel groepen doen mee?' kan open: 'Wat kun je me vertellen over het aantal groepen?'" in result.text


def test_closed_and_open_question_in_one_turn_gets_no_rewrite():
    result = note("Hoe ging het? Heb je de ouders ingelicht?")
    assert "kan open" not in result.text


def betters(act):
    return {advice.better for advice in ADVICE[act]}


def test_rule_first_before_any_open_question_weighs_extra():
    result = note("Het rooster laat dat niet toe.")
    assert result.text.startswith("Je begon over de regels. " + EXTRA_WEIGHT)
    assert result.better in betters(A.RULE_FIRST)
    assert f"'{result.better}'" in result.text


def test_rule_first_after_an_open_question_does_not_weigh_extra():
    result = note("Het rooster laat dat niet toe.", turn_number=2, earlier=[[A.OPEN_QUESTION]])
    assert EXTRA_WEIGHT not in result.text
    assert "regels" in result.text


def test_opinion_before_any_open_question_weighs_extra():
    assert EXTRA_WEIGHT in note("Ik zou het bij één groep houden.").text


def test_criticism_advice_offers_a_better_question():
    result = note("Dat had je beter moeten plannen.", turn_number=2, earlier=[[A.OPEN_QUESTION]])
    assert result.better in betters(A.CRITICISM)
    assert result.better.endswith("?")
    assert f"'{result.better}'" in result.text


def test_criticism_is_advised_on_before_a_rule_in_the_same_turn():
    result = note("Dat had je beter moeten plannen, het rooster laat dat niet toe.", turn_number=2,
                  earlier=[[A.OPEN_QUESTION]])
    assert result.better in betters(A.CRITICISM)
    assert not any(f"'{better}'" in result.text for better in betters(A.RULE_FIRST))


def test_first_student_focus_gets_the_key_question_remark():
    result = note("Wat betekent dit voor leerlingen?", turn_number=2, earlier=[[A.OPEN_QUESTION]])
    assert FIRST_STUDENT_FOCUS in result.text
    assert "kernvraag" in result.text


def test_later_student_focus_gets_no_key_question_remark():
    result = note("Wat merken de kinderen ervan?", turn_number=3,
                  earlier=[[A.OPEN_QUESTION], [A.OPEN_QUESTION, A.STUDENT_FOCUS]])
    assert FIRST_STUDENT_FOCUS not in result.text


def test_turn_without_acts_gets_a_nudge_toward_the_initiative():
    result = note("Goedemiddag!")
    assert "Hoe gaat het met je initiatief?" in result.text
    assert result.better is None


def test_first_open_question_is_always_encouraged():
    for seed in range(10):
        text = note("Hoe ging het?", seed=seed).text
        assert any(e in text for e in ENCOURAGEMENT[A.OPEN_QUESTION])


def test_encouragement_is_not_given_every_time():
    rng = random.Random(2024)
    analysis = analyse_turn("Hoe ging het daarna?")
    encouraged = []
    for n in range(2, 22):
        text = coach_note(analysis, n, [[A.OPEN_QUESTION]] * (n - 1), rng).text
        encouraged.append(any(e in text for e in ENCOURAGEMENT[A.OPEN_QUESTION]))
    assert len(encouraged) == 20
    assert not all(encouraged)
    assert any(encouraged)


def test_open_questions_without_pupils_get_the_key_question_tip_from_turn_four():
    earlier = [[A.OPEN_QUESTION]] * 3
    assert f"'{KEY_QUESTION}'" in note("Hoe ging het daarna?", turn_number=4, earlier=earlier).text
    assert f"'{KEY_QUESTION}'" not in note("Hoe ging het daarna?", turn_number=3, earlier=earlier[:2]).text


def test_no_encouragement_next_to_a_nudge():
    result = note("Wat goed! Heb je wel toestemming gevraagd?", turn_number=2, earlier=[[A.OPEN_QUESTION]])
    assert not any(e in result.text for e in ENCOURAGEMENT[A.COMPLIMENT])


def test_every_better_move_the_coach_advises_is_an_open_question_without_a_nudged_act():
    for act, advices in ADVICE.items():
        for advice in advices:
            acts = analyse_turn(advice.better).acts
            assert A.OPEN_QUESTION in acts, (act, advice.better, acts)
            assert not set(acts) & A.NUDGED_ACTS, (act, advice.better, acts)
