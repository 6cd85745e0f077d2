"""bot/persona/scenario.py: loading and validating teacher scenarios."""

from __future__ import annotations

import copy

import pytest
import yaml

from bot import acts as A
from bot.errors import ScenarioError, UnknownScenarioError
from bot.persona.scenario import SCENARIO_DIR, Scenario, ScenarioLibrary, load_file

SHIPPED = ("babette", "overleg", "rooster")


@pytest.fixture(scope="module")
def babette_data():
    return yaml.safe_load((SCENARIO_DIR / "babette.yml").read_text(encoding="utf-8"))


def write(folder, name, data):
    path = folder / f"{name}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def broken(tmp_path, babette_data, mutate, name="babette"):
    data = copy.deepcopy(babette_data)
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
    assert scenario.teacher_name
    assert 0.0 <= scenario.start_openness <= 1.0
    assert 0.0 <= scenario.start_motivation <= 1.0
    assert len(scenario.insights) >= 3
    assert len({i.id for i in scenario.insights}) == len(scenario.insights)
    for insight in scenario.insights:
        assert set(insight.acts) <= set(A.ACTS)
        assert insight.lines
    for act in A.ACTS:
        for level in ("low", "mid", "high"):
            assert scenario.lines_for(act, level)
    for kind in ("empty", "english", "too_long", "off_topic"):
        assert scenario.lines_for(kind)
    assert scenario.closing["encouraged"] and scenario.closing["discouraged"]


@pytest.mark.parametrize("scenario_id", SHIPPED)
def test_shipped_insights_open_up_in_story_order(library, scenario_id):
    thresholds = [i.min_openness for i in library.get(scenario_id).insights]
    assert thresholds == sorted(thresholds)


def test_describe_gives_id_title_summary_and_teacher(library):
    description = library.get("babette").describe()
    assert description == {
        "id": "babette",
        "title": "Babette en de klassencomputers",
        "summary": library.get("babette").summary,
        "teacher": "Babette",
    }


def test_insight_lookup_by_id(library):
    scenario = library.get("babette")
    assert scenario.insight("klokje").id == "klokje"
    with pytest.raises(KeyError):
        scenario.insight("bestaat_niet")


def test_a_valid_copy_in_another_folder_loads(tmp_path, babette_data):
    write(tmp_path, "babette", babette_data)
    assert ScenarioLibrary.load(tmp_path).ids() == ["babette"]


# --- broken scenarios: the error names the file and the field ----------------------

def test_missing_field_names_file_and_field(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d.pop("title"))
    message = load_error(path)
    assert str(path) in message
    assert "'title'" in message and "required" in message


def test_missing_nested_field_names_its_path(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d["lines"]["criticism"].pop("low"))
    message = load_error(path)
    assert str(path) in message
    assert "lines.criticism" in message and "'low'" in message


def test_wrong_type_names_file_and_field(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d["start"].update(openness="hoog"))
    message = load_error(path)
    assert str(path) in message
    assert "start.openness" in message
    assert "not of type 'number'" in message


def test_list_field_given_as_text_is_rejected(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d.update(opening="Hoi"))
    message = load_error(path)
    assert str(path) in message and "'opening'" in message and "array" in message


def test_openness_above_one_names_file_and_field(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d["start"].update(openness=1.5))
    message = load_error(path)
    assert str(path) in message
    assert "start.openness" in message and "1.5" in message


def test_negative_min_openness_names_the_insight(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d["insights"][0].update(min_openness=-0.1))
    message = load_error(path)
    assert "insights[0].min_openness" in message


def test_unknown_act_in_insight_acts_names_file_and_field(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d["insights"][2].update(acts=["open_question", "praise"]))
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


def test_id_different_from_file_name_names_file_and_field(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d.update(id="anders"))
    message = load_error(path)
    assert str(path) in message
    assert "field 'id'" in message and "anders" in message and "babette" in message


def test_duplicate_insight_ids_name_file_and_field(tmp_path, babette_data):
    def duplicate(d):
        d["insights"][3]["id"] = d["insights"][1]["id"]

    path = broken(tmp_path, babette_data, duplicate)
    message = load_error(path)
    assert str(path) in message
    assert "field 'insights'" in message and "ochtend_vergeten" in message


def test_unknown_top_level_field_is_rejected(tmp_path, babette_data):
    path = broken(tmp_path, babette_data, lambda d: d.update(extra="?"))
    assert "'extra'" in load_error(path)


def test_one_broken_file_stops_the_library(tmp_path, babette_data):
    write(tmp_path, "babette", babette_data)
    other = copy.deepcopy(babette_data)
    other["id"] = "tweede"
    other["start"]["motivation"] = 2
    write(tmp_path, "tweede", other)
    with pytest.raises(ScenarioError, match=r"tweede\.yml.*start\.motivation"):
        ScenarioLibrary.load(tmp_path)


# --- the library ------------------------------------------------------------------

def test_unknown_scenario_id_lists_the_known_ids(library):
    with pytest.raises(UnknownScenarioError) as info:
        library.get("bestaat_niet")
    message = str(info.value)
    assert "bestaat_niet" in message
    for scenario_id in SHIPPED:
        assert scenario_id in message
    assert isinstance(info.value, ScenarioError)


def test_empty_folder_raises(tmp_path):
    with pytest.raises(ScenarioError, match="no scenarios"):
        ScenarioLibrary.load(tmp_path)


def test_missing_folder_raises(tmp_path):
    with pytest.raises(ScenarioError, match="not found"):
        ScenarioLibrary.load(tmp_path / "bestaat_niet")
