"""bot/coherence.py: what a reply is about, and whether that fits the script."""

from __future__ import annotations

from bot.coherence import fits, identify


def test_identify_finds_the_insight_of_any_of_its_lines(garden):
    insight = garden.insight("slakken")
    for line in (insight.lines[0], insight.guarded[0], insight.short[0], insight.follow_up[0]):
        assert identify(garden, "Dank je! " + line) == {"slakken"}


def test_identify_finds_facts_unknowns_greetings_and_reactions(garden):
    assert identify(garden, "Zes bakken, achter het gymlokaal.") == {"fact:aantal+tuin"}
    assert identify(garden, garden.unknown[0]) == {"unknown"}
    assert identify(garden, "Goedemorgen!") == {"greeting"}
    assert identify(garden, "Oké.") == {"reaction"}


def test_fits():
    assert fits({"slakken"}, ["slakken", "eerste_oogst"])
    assert not fits({"slakken"}, ["eerste_oogst"])
    assert fits({"fact:aantal+tuin"}, ["fact"]) and not fits({"unknown"}, ["fact"])
    assert fits({"reaction"}, [])
