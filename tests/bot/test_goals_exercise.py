"""The goals exercise's flow (bot/goals/exercise.py), without Rasa."""

from __future__ import annotations

from bot import runtime
from bot.goals import exercise as E


def _kinds(outcome):
    return [m["custom"]["kind"] for m in outcome.messages]


def _play(answers):
    outcome = E.start(runtime.scenarios())
    state, seen = outcome.state, [outcome]
    for text in answers:
        outcome = E.answer(state, text)
        state = outcome.state
        seen.append(outcome)
    return state, seen


def test_the_series_starts_with_the_scenarios_goals_as_stated_and_mixes_goals_and_means():
    state = E.start(runtime.scenarios()).state
    texts = [item.text for item in state.items]
    for scenario in runtime.scenarios().all():
        assert scenario.goal_as_stated in texts
    assert {item.kind for item in state.items} == {"goal", "means"}
    assert state.items[0].kind == "means" and state.items[0].about_students


def test_a_means_is_judged_then_reformulated_and_the_series_goes_on():
    state, seen = _play(["middel", "Leerlingen kunnen zelfstandig oefenen met de computer."])
    assert _kinds(seen[1]) == ["feedback", "ask"] and seen[1].messages[0]["custom"]["right"] is True
    assert _kinds(seen[2]) == ["feedback", "statement"]
    assert seen[2].messages[0]["custom"]["right"] is True
    assert state.position == 1 and state.answers[0].rewrite_goal is True


def test_kind_and_reformulation_in_one_answer_and_a_wrong_judgement_is_explained():
    state, seen = _play(["middel: leerlingen kunnen zelfstandig oefenen met stof waar ze moeite mee hebben",
                         "doel"])
    assert _kinds(seen[1]) == ["feedback", "feedback", "statement"]
    assert seen[2].messages[0]["custom"]["right"] is False
    assert seen[2].messages[0]["custom"]["text"].startswith("Niet helemaal: dit is een middel")


def test_answers_it_cannot_read_are_asked_again_without_moving_on():
    for text in ("", "doel of middel?", "geen idee", "Leerlingen kunnen beter rekenen"):
        state, seen = _play([text])
        assert _kinds(seen[1]) == ["ask"] and state.position == 0 and not state.answers


def test_a_reformulation_about_something_else_is_not_counted_as_right():
    state, seen = _play(["middel", "Leerlingen durven in de kring te vertellen over het weekend."])
    assert state.answers[0].rewrite_goal is False
    assert "iets anders" in seen[2].messages[0]["custom"]["text"]


def test_the_own_goal_ends_with_a_summary_and_a_means_gets_one_more_try():
    state = E.start(runtime.scenarios()).state
    while state.step != E.OWN:
        kind = "middel" if state.items[state.position].kind == "means" else "doel"
        state = E.answer(state, kind).state
        if state.step == E.REWRITE:
            state = E.answer(state, "Leerlingen kunnen zelfstandig oefenen.").state
    outcome = E.answer(state, "We kopen nieuwe chromebooks.")
    assert _kinds(outcome) == ["feedback", "ask"] and outcome.state.active
    outcome = E.answer(outcome.state, "Leerlingen kunnen zelfstandig hun weektaak plannen.")
    assert _kinds(outcome) == ["feedback", "summary"] and not outcome.state.active
    summary = outcome.messages[-1]["custom"]["summary"]
    assert summary["judged"] == summary["items"] == len(state.items)
    assert summary["own"]["kind"] == "goal"


def test_stop_gives_the_summary_and_the_state_round_trips_as_json():
    state, _ = _play(["middel", "Leerlingen kunnen zelfstandig oefenen met de computer.", "middel"])
    again = E.ExerciseState.from_json(state.dumps())
    assert again == state
    stopped = E.stop(state)
    assert _kinds(stopped) == ["summary"] and stopped.state.status == E.STOPPED
    assert state.active  # the caller's state is not changed
    assert _kinds(E.hint(state)) == ["hint"]


def test_parse_answer():
    assert E.parse_answer("Middel") == ("means", None)
    assert E.parse_answer("dat is een doel") == ("goal", None)
    assert E.parse_answer("middel: Leerlingen kunnen rekenen") == ("means", "Leerlingen kunnen rekenen")
    assert E.parse_answer("middel, want het gaat over leraren") == ("means", None)
    assert E.parse_answer("geen doel") == (None, None)
    assert E.parse_answer("doel of middel") == (None, None)
    assert E.parse_answer("doel, geen middel") == ("goal", None)


def test_a_reformulation_in_english_or_emoji_is_asked_again_without_moving_on():
    for text in ("It is a means.", "🙂🙂🙂", "???"):
        state, seen = _play(["middel", text])
        assert _kinds(seen[2]) == ["ask"] and state.step == E.REWRITE and state.answers[0].rewrite is None
