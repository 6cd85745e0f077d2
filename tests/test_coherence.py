"""The teacher answers what the leader asked: the scripted leaders of data/coherence/,
through bot/session.py directly (rules-only acts) and over REST against the real servers
(the trained model's acts). Each checked reply must be about what the script expects."""

from __future__ import annotations

import uuid

import pytest

from bot import coherence
from bot.persona.scenario import ScenarioLibrary

SCRIPTS = coherence.load_scripts()


def _id(script):
    return f"{script.scenario}:{script.name}"


def unfit(played):
    return [(t.say, t.reply, sorted(t.about), list(t.expect)) for t in played.turns if not t.fits]


@pytest.fixture(scope="module")
def library():
    return ScenarioLibrary.load()


def test_every_shipped_scenario_has_scripted_leaders(library):
    assert {s.scenario for s in SCRIPTS} == set(library.ids())
    for scenario in library.ids():
        kinds = {s.leader for s in SCRIPTS if s.scenario == scenario}
        assert {"good", "poor"} <= kinds, scenario


@pytest.mark.parametrize("script", SCRIPTS, ids=_id)
def test_each_reply_answers_what_was_asked(library, script):
    from bot.analysis.combine import analyse_turn

    played = coherence.play(library, script, analyse_turn)
    assert not unfit(played)


@pytest.mark.parametrize("scenario", ["babette", "rooster", "overleg"])
def test_good_leader_still_gets_far_more_than_a_poor_one(library, scenario):
    from bot.analysis.combine import analyse_turn

    good = next(s for s in SCRIPTS if s.scenario == scenario and s.leader == "good")
    poor = next(s for s in SCRIPTS if s.scenario == scenario and s.leader == "poor")
    good_report = coherence.play(library, good, analyse_turn).report
    poor_report = coherence.play(library, poor, analyse_turn).report
    assert good_report["score"] - poor_report["score"] >= 30
    assert good_report["insights_surfaced"] / good_report["insights_total"] >= 0.5
    assert poor_report["insights_surfaced"] / poor_report["insights_total"] <= 0.25
    assert good_report["teacher_stimulated"] and not poor_report["teacher_stimulated"]


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=_id)
def test_each_reply_answers_what_was_asked_over_rest(servers, library, script):
    scenario = library.get(script.scenario)
    sender = f"coherence-{uuid.uuid4().hex}"
    servers.say(sender, f'/start{{"scenario":"{script.scenario}"}}')
    wrong = []
    for turn in script.turns:
        replies = servers.say(sender, turn.say)
        text = " ".join(r["text"] for r in replies if "text" in r)
        about = coherence.identify(scenario, text)
        if not coherence.fits(about, turn.expect):
            wrong.append((turn.say, text, sorted(about), turn.expect))
    assert not wrong
