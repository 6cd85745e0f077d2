"""The teacher answers what was asked (issue 9): the kind of fact a question word asks
for, what a question names first, a short "Hoe kwam dat?" about what she just said, a
summary to confirm, goodbyes and proposals, and an honest "I don't know" for what her
world does not hold. On the test scenario "moestuin"."""

from __future__ import annotations

from bot import acts as A
from bot.persona.dynamics import TeacherState
from bot.persona.hearing import Memory, hear
from bot.persona.lines import THANKS_REPLIES, LinePicker
from bot.persona.replies import AGREE, GOODBYE, choose_reply
from bot.persona.topics import SHARED_TOPICS, asked_types, topic_positions

OPEN = TeacherState(0.9, 0.8)


def reply(garden, text, acts, state=OPEN, memory=None):
    return choose_reply(garden, state, text, acts, memory or Memory(), LinePicker("t", []))


def test_the_longest_question_phrase_names_the_kind_of_fact_asked():
    assert asked_types("Hoeveel tijd kost het per dag?") == ("tijd",)
    assert asked_types("hoeveel kids doen mee") == ("aantal",)
    assert asked_types("Met wie werk je samen?") == ("wie",)
    assert asked_types("Sinds wanneer loopt het?") == ("wanneer",)
    assert asked_types("Weten de ouders dat de kinderen elke dag werken?") == ()


def test_a_topic_named_early_is_placed_early():
    positions = topic_positions("Weten de ouders dat hun kinderen elke dag werken?", ("ouders", "leerlingen"),
                                SHARED_TOPICS)
    assert positions["ouders"] < positions["leerlingen"]


def test_a_question_for_a_number_gets_the_number_of_what_it_names_first(garden):
    assert reply(garden, "Hoeveel kinderen werken er in de tuin?", [A.CLOSED_QUESTION]).text == \
        "Vierentwintig kinderen, de hele groep."
    assert reply(garden, "Hoeveel bakken staan er in de tuin?", [A.CLOSED_QUESTION]).text == \
        "Zes bakken, achter het gymlokaal."


def test_a_question_for_a_fact_is_answered_whatever_its_form(garden):
    answer = reply(garden, "Hoeveel bakken heb je nu eigenlijk?", [A.OPEN_QUESTION])
    assert answer.kind == "fact" and answer.text.startswith("Zes bakken")


def test_a_task_with_a_question_for_a_fact_gets_the_fact(garden):
    answer = reply(garden, "Hoeveel bakken zijn het? Zet het even op papier.", [A.CLOSED_QUESTION, A.PRESCRIBE])
    assert answer.text == "Zes bakken, achter het gymlokaal."


def test_how_come_asks_more_about_what_she_just_told(garden):
    memory = Memory(told=("slakken",), last_about="slakken")
    answer = reply(garden, "Hoe kwam dat?", [A.OPEN_QUESTION], memory=memory)
    assert answer.about == "slakken" and answer.text in garden.insight("slakken").follow_up


def test_a_summary_with_klopt_dat_is_confirmed_not_answered_as_a_closed_question(garden):
    turn = hear(garden, "Dus je deed in het begin alles zelf, klopt dat?", [A.CLOSED_QUESTION], Memory())
    assert turn.checks
    answer = reply(garden, "Dus je deed in het begin alles zelf, klopt dat?", [A.CLOSED_QUESTION])
    assert any(answer.text.startswith(line) for line in garden.lines_for(A.REFLECTION, "high"))


def test_a_goodbye_is_answered_in_kind(garden):
    answer = reply(garden, "Dank je wel, ik moet door. Tot ziens!", [A.COMPLIMENT])
    assert answer.kind == "closing" and answer.text in GOODBYE["high"]
    task = reply(garden, "Stuur me even een mailtje. Tot ziens!", [A.PRESCRIBE])
    assert task.text.startswith("Doe ik. ")


def test_an_invitation_to_tell_is_heard_as_an_open_question_whatever_its_form(garden):
    for text in ("Goedemiddag Sanne, ik hoor graag hoe het gaat met de tuin.", "Moestuin, vertel.",
                 "Kun je een voorbeeld geven van een kind dat verraste?"):
        assert A.OPEN_QUESTION in hear(garden, text, [], Memory()).acts


def test_a_summary_followed_by_another_question_is_no_check(garden):
    assert not hear(garden, "Dus het gaat goed. Kun je een voorbeeld geven?", [A.REFLECTION, A.CLOSED_QUESTION],
                    Memory()).checks
    assert hear(garden, "Dus de kinderen meten nu zelf?", [A.CLOSED_QUESTION], Memory()).checks


def test_asking_her_consent_to_a_proposal_is_answered_with_a_yes(garden):
    answer = reply(garden, "Zou je akkoord gaan met een proef van zes weken?", [A.CLOSED_QUESTION])
    assert answer.text in AGREE["high"]


def test_a_proposal_to_meet_again_is_agreed_to(garden):
    answer = reply(garden, "Zullen we over een maand nog eens even zitten?", [A.CLOSED_QUESTION])
    assert answer.kind == "closing" and answer.text in AGREE["high"]
    # An open question about a next step is no goodbye.
    assert reply(garden, "Hoe kan ik je helpen met een vervolg?", [A.OPEN_QUESTION, A.OFFER_HELP]).kind != "closing"


def test_thanks_get_a_thank_you_when_the_scenario_lines_are_spent(garden):
    picker = LinePicker("t", [])
    texts = [choose_reply(garden, OPEN, "Dank je.", [], Memory(), picker).text for _ in range(3)]
    assert any(text in THANKS_REPLIES or "graag gedaan" in text.lower() or "dank" in text.lower() for text in texts)


def test_a_question_about_something_her_world_never_mentions_gets_an_honest_i_dont_know(garden):
    assert garden.unknown_words(("is", "er", "een", "verwerkersovereenkomst")) == ("verwerkersovereenkomst",)
    answer = reply(garden, "Moeten de kinderen daar een account voor aanmaken?", [A.CLOSED_QUESTION])
    assert answer.kind == "unknown" and answer.text in garden.unknown


def test_a_closed_question_answered_with_another_thing_gets_the_fact_about_what_it_names(garden):
    # "Wordt de tuin in de vakantie water gegeven?" names the water, not the garden's size.
    answer = reply(garden, "Krijgen de bakken in de vakantie wel water?", [A.CLOSED_QUESTION])
    assert answer.text == "In de vakantie geeft de conciërge water."


def test_nouns_are_told_from_verbs_adverbs_and_pointers():
    from bot.analysis.nouns import looks_like_noun

    assert looks_like_noun("computers") and looks_like_noun("verwerkersovereenkomst")
    assert not any(looks_like_noun(w) for w in ("ervan", "daarover", "eenmalig", "uiteindelijk", "toegelaten"))


def test_a_goodbye_gets_the_coach_pointing_to_the_debrief():
    from bot import session as practice
    from bot.analysis.combine import analyse_turn
    from bot.persona.scenario import ScenarioLibrary

    library = ScenarioLibrary.load()
    state = practice.start(library, "rooster").session
    outcome = practice.turn(library, state, "Dank je wel, tot snel!", analyse_turn("Dank je wel, tot snel!"))
    coach = [m["custom"]["text"] for m in outcome.messages if m.get("custom", {}).get("role") == "coach"]
    assert coach and coach[0].startswith("Je rondt het gesprek af.")


def test_what_are_you_working_on_brings_out_her_story_not_a_fact():
    from bot import session as practice
    from bot.analysis.combine import analyse_turn
    from bot.persona.scenario import ScenarioLibrary

    library = ScenarioLibrary.load()
    state = practice.start(library, "rooster").session
    text = "Vertel eens, waar ben je mee bezig?"
    outcome = practice.turn(library, state, text, analyse_turn(text))
    assert outcome.session.turns[-1].reply_kind != "fact"
