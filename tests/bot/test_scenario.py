"""bot/persona/scenario.py: loading and validating teacher scenarios.

The shipped scenarios are checked as they are; everything else (broken copies, the
library, lookups) works on the test scenarios of tests/bot/fixtures/scenarios/."""

from __future__ import annotations

import copy

import pytest
import yaml

from bot import acts as A
from bot.errors import ScenarioError, UnknownScenarioError
from bot.persona.scenario import Scenario, ScenarioLibrary, load_file
from tests.bot.fixtures import FIXTURE_SCENARIOS

SHIPPED = ("babette", "overleg", "rooster")


@pytest.fixture(scope="module")
def garden_data():
    """The raw data of the ``moestuin`` test scenario, to break copies of."""
    return yaml.safe_load((FIXTURE_SCENARIOS / "moestuin.yml").read_text(encoding="utf-8"))


def write(folder, name, data):
    path = folder / f"{name}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def broken(tmp_path, garden_data, mutate, name="moestuin"):
    data = copy.deepcopy(garden_data)
    mutate(data)
    return write(tmp_path, name, data)


def load_error(path) -> str:
    with pytest.raises(ScenarioError) as info:
        load_file(path)
    return str(info.value)


# --- the shipped scenarios ---------------------------------------------------------

def test_shipped_scenarios_load(library):
    assert library.ids() == list(SHIPPED)
    for scenario_id in SHIPPED:
        assert scenario_id in library
        assert isinstance(library.get(scenario_id), Scenario)


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_shipped_scenario_is_complete(library, scenario_id):
    scenario = library.get(scenario_id)
    assert scenario.id == scenario_id
    assert 0.0 <= scenario.start_openness <= 1.0
    assert 0.0 <= scenario.start_motivation <= 1.0
    assert len(scenario.insights) >= 3
    assert len({i.id for i in scenario.insights}) == len(scenario.insights)
    pools = {"opening": scenario.opening, **{f"closing.{k}": v for k, v in scenario.closing.items()}}
    for insight in scenario.insights:
        assert set(insight.acts) <= set(A.ACTS)
        assert set(insight.topics) <= set(scenario.topics)
        for kind in ("lines", "guarded", "short", "follow_up"):
            pools[f"insight {insight.id}.{kind}"] = getattr(insight, kind)
    pools["unknown"] = scenario.unknown
    # A closed question gets a fact, a short line or an honest "don't know": no pool of its own.
    for act in set(A.ACTS) - {A.CLOSED_QUESTION}:
        for level in ("low", "mid", "high"):
            pools[f"{act}.{level}"] = scenario.lines_for(act, level)
    for kind in ("empty", "english", "too_long", "off_topic"):
        pools[kind] = scenario.lines_for(kind)
    assert set(scenario.closing) == {"encouraged", "discouraged"}
    # At least two different lines everywhere, so the teacher can vary (the schema
    # counts items, not different ones).
    thin = {name: lines for name, lines in pools.items() if len(set(lines)) < 2}
    assert thin == {}


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_shipped_insights_open_up_in_story_order(library, scenario_id):
    thresholds = [i.min_openness for i in library.get(scenario_id).insights]
    assert thresholds == sorted(thresholds)


def test_describe_gives_id_title_summary_and_teacher(garden):
    assert garden.describe() == {
        "id": "moestuin",
        "title": "Sanne en de schooltuin",
        "summary": "Sanne (groep 6, netwerk Buiten Leren) geeft rekenles in de moestuin. Een testscenario.",
        "teacher": "Sanne",
    }


def test_insight_lookup_by_id(garden):
    assert garden.insight("slakken").id == "slakken"
    assert garden.insight("slakken").min_openness == 0.45
    with pytest.raises(KeyError):
        garden.insight("bestaat_niet")


def test_file_becomes_typed_fields(garden, scenarios):
    assert (garden.teacher_name, garden.teacher_role, garden.school) == (
        "Sanne", "leerkracht groep 6", "basisschool De Kastanje")
    assert garden.network == "Buiten Leren"
    assert (garden.start_openness, garden.start_motivation) == (0.45, 0.7)
    assert garden.rule == "Een les buiten het lokaal moet vooraf bij de directie gemeld worden."
    assert scenarios.get("leesclub").rule is None  # the rule is optional
    assert [i.id for i in garden.insights] == ["eerste_oogst", "slakken", "kinderen_meten", "samen_zoeken"]
    assert garden.insight("eerste_oogst").topics == ("tuin", "begin", "oogst")
    assert garden.insight("eerste_oogst").acts == ("open_question", "reflection")
    assert garden.insight("eerste_oogst").short == ("Klein, een handvol radijsjes.", "Ik deed eerst bijna alles zelf.")
    assert garden.facts[0].topics == ("aantal", "tuin")
    # Own topics come first, then the shared ones; an own topic keeps its cue words.
    assert list(garden.topics)[:2] == ["tuin", "begin"] and garden.topics["tuin"] == ("tuin", "moestuin", "bak")
    assert "geld" in garden.topics and garden.unknown[0] == "Daar heb ik eigenlijk nog niet over nagedacht."
    assert garden.facts[0].answer == "Zes bakken, achter het gymlokaal."


def test_lines_for_picks_the_level_and_defaults_to_mid(garden):
    assert garden.lines_for(A.CRITICISM, "low") == ("Oké.", "Ik deed wat ik kon.")
    assert garden.lines_for(A.CRITICISM) == garden.lines_for(A.CRITICISM, "mid") == (
        "Dat vind ik niet helemaal eerlijk.", "Het ging niet perfect, dat weet ik.")
    # Kinds without levels give their lines whatever the level.
    assert garden.lines_for("empty") == garden.lines_for("empty", "high") == (
        "Ben je er nog?", "Ik hoor niks. Zal ik anders iets vertellen?")


def test_a_valid_copy_in_another_folder_loads(tmp_path, garden_data):
    write(tmp_path, "moestuin", garden_data)
    assert ScenarioLibrary.load(tmp_path).ids() == ["moestuin"]


# --- broken scenarios: the error names the file and the field ----------------------

def test_missing_field_names_file_and_field(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d.pop("title"))
    message = load_error(path)
    assert str(path) in message
    assert "'title'" in message and "required" in message


def test_missing_nested_field_names_its_path(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d["lines"]["criticism"].pop("low"))
    message = load_error(path)
    assert str(path) in message
    assert "lines.criticism" in message and "'low'" in message


def test_wrong_type_names_file_and_field(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d["start"].update(openness="hoog"))
    message = load_error(path)
    assert str(path) in message
    assert "start.openness" in message
    assert "not of type 'number'" in message


def test_list_field_given_as_text_is_rejected(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d.update(opening="Hoi"))
    message = load_error(path)
    assert str(path) in message and "'opening'" in message and "array" in message


def test_openness_above_one_names_file_and_field(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d["start"].update(openness=1.5))
    message = load_error(path)
    assert str(path) in message
    assert "start.openness" in message and "1.5" in message


def test_negative_min_openness_names_the_insight(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d["insights"][0].update(min_openness=-0.1))
    message = load_error(path)
    assert "insights[0].min_openness" in message


def test_unknown_act_in_insight_acts_names_file_and_field(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d["insights"][2].update(acts=["open_question", "praise"]))
    message = load_error(path)
    assert str(path) in message
    assert "insights[2].acts[1]" in message and "'praise'" in message


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "kapot.yml"
    path.write_text("id: kapot\ntitle: [niet gesloten\n", encoding="utf-8")
    message = load_error(path)
    assert str(path) in message
    assert "not valid YAML" in message and "line" in message


def test_empty_file_is_rejected(tmp_path):
    path = tmp_path / "leeg.yml"
    path.write_text("", encoding="utf-8")
    assert str(path) in load_error(path)


def test_id_different_from_file_name_names_file_and_field(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d.update(id="anders"))
    message = load_error(path)
    assert str(path) in message
    assert "field 'id'" in message and "anders" in message and "moestuin" in message


def test_duplicate_insight_ids_name_file_and_field(tmp_path, garden_data):
    def duplicate(d):
        d["insights"][3]["id"] = d["insights"][1]["id"]

    path = broken(tmp_path, garden_data, duplicate)
    message = load_error(path)
    assert str(path) in message
    assert "field 'insights'" in message and "slakken" in message


def test_unknown_top_level_field_is_rejected(tmp_path, garden_data):
    path = broken(tmp_path, garden_data, lambda d: d.update(extra="?"))
    assert "'extra'" in load_error(path)


def test_one_broken_file_stops_the_library(tmp_path, garden_data):
    write(tmp_path, "moestuin", garden_data)
    other = copy.deepcopy(garden_data)
    other["id"] = "tweede"
    other["start"]["motivation"] = 2
    write(tmp_path, "tweede", other)
    with pytest.raises(ScenarioError, match=r"tweede\.yml.*start\.motivation"):
        ScenarioLibrary.load(tmp_path)


# --- the library ------------------------------------------------------------------

def test_library_lists_its_scenarios_sorted_by_id(scenarios):
    assert scenarios.ids() == ["leesclub", "moestuin"]
    assert [s.id for s in scenarios.all()] == ["leesclub", "moestuin"]
    assert "moestuin" in scenarios and "babette" not in scenarios


def test_unknown_scenario_id_lists_the_known_ids(scenarios):
    with pytest.raises(UnknownScenarioError) as info:
        scenarios.get("bestaat_niet")
    message = str(info.value)
    assert "bestaat_niet" in message
    assert "known: leesclub, moestuin" in message
    assert isinstance(info.value, ScenarioError)


def test_empty_folder_raises(tmp_path):
    with pytest.raises(ScenarioError, match="no scenarios"):
        ScenarioLibrary.load(tmp_path)


def test_missing_folder_raises(tmp_path):
    with pytest.raises(ScenarioError, match="not found"):
        ScenarioLibrary.load(tmp_path / "bestaat_niet")
