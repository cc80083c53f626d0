"""The query commands (ask, positions, who, compare, matrix) through click's CliRunner.

The stores are built by the pipeline from ``examples/articles`` and the seed corpus
(when present), once per session (``examples_store``, ``seeds_store`` in
``tests/conftest.py``); the tests that use them need the NLP model and are marked slow.
Questions that only need the pack's names ask ``pack_store``, which holds no claims.
"""

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli

COMMANDS = ["ask", "positions", "who", "compare", "matrix", "changes"]


@pytest.fixture(scope="module")
def pack_store(tmp_path_factory):
    """The shipped pack's actors and topics and no claims: enough to resolve names, no NLP."""
    from stancegraph.graph.store import GraphStore
    from stancegraph.loaders.packs import load_pack

    folder = tmp_path_factory.mktemp("pack") / "store"
    with GraphStore.open(folder) as store:
        store.write(load_pack())
    return folder


def run(store, *args):
    return CliRunner().invoke(cli, [*args, "--store", str(store)])


def ask_json(store, question, *more):
    result = run(store, "ask", question, "--json", *more)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def parties(data):
    return {a["party"] for a in data["answers"]}


# -- every command ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_query_command_is_registered_and_its_help_ends_with_an_example(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"stancegraph {command}" in result.output.split("Example:")[-1]


@pytest.mark.parametrize("args", [
    ["ask", "who rejects foreign troops?"],
    ["positions", "russia"],
    ["who", "reject", "foreign troops"],
    ["compare", "russia", "ukraine"],
    ["matrix"],
])
def test_a_missing_store_is_one_line_and_exit_1(tmp_path, args):
    result = run(tmp_path / "none", *args)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no store" in result.output


# -- ask ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ask_prints_a_table_grouped_by_party_with_quote_and_document(examples_store):
    result = run(examples_store, "ask", "who rejects foreign troops?")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Read as: who; stance reject; topic Foreign troops in Ukraine")
    assert any(line.startswith("russia (Russia): 1 document") for line in lines)
    header = next(line for line in lines if "SPEAKER" in line)
    assert header.split() == ["SPEAKER", "STANCE", "TOPIC", "DOCS", "DOCUMENT"]
    assert "05_reassurance_force.txt" in result.output
    assert "\u201c" in result.output  # the evidence quote


@pytest.mark.slow
def test_ask_json_has_the_documented_shape(examples_store):
    data = ask_json(examples_store, "what does Russia demand?", "--evidence", "2")
    assert set(data) >= {"question", "interpretation", "answers"}
    assert data["interpretation"]["intent"] == "positions"
    assert data["interpretation"]["actors"] == ["russia"]
    for answer in data["answers"]:
        assert set(answer) >= {"party", "actor", "stance", "topic", "infrastructure",
                               "documents", "evidence"}
        assert answer["topic"] and answer["stance"] == "demand"
        assert 1 <= len(answer["evidence"]) <= 2
        assert set(answer["evidence"][0]) >= {"doc", "sentence", "start", "end"}


@pytest.mark.slow
def test_ask_evidence_0_prints_no_quotes(examples_store):
    data = ask_json(examples_store, "who rejects foreign troops?", "--evidence", "0")
    assert all(a["evidence"] == [] for a in data["answers"])


def test_ask_an_unmappable_question_says_what_it_understood_and_exits_1(pack_store):
    result = run(pack_store, "ask", "what's the weather in Paris?")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "understood actor France" in result.output and "weather" in result.output
    assert "Traceback" not in result.output


def test_ask_an_unmappable_question_as_json_still_exits_1(pack_store):
    result = run(pack_store, "ask", "who rejects troups?", "--json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["answers"] == [] and not data["interpretation"]["understood"]
    assert "foreign_troops_in_ukraine" in data["interpretation"]["suggestions"]["topics"]


def test_ask_an_understood_question_without_claims_says_so(pack_store):
    result = run(pack_store, "ask", "what has Ukraine conceded?")
    assert result.exit_code == 0
    assert "No claim in the store matches" in result.output


def test_ask_a_negative_evidence_count_is_a_usage_error(pack_store):
    result = run(pack_store, "ask", "who rejects foreign troops?", "--evidence", "-1")
    assert result.exit_code == 2


@pytest.mark.slow
@pytest.mark.parametrize("question, expected", [
    ("who rejects foreign troops?", {"russia"}),
    ("who is against foreign troops", {"russia"}),
    ("who wants foreign troops in Ukraine?", {"ukraine", "united_kingdom", "france"}),
    ("which countries support a reassurance force?", {"united_kingdom", "france"}),
    ("who accused Russia of violating the ceasefire?", {"ukraine"}),
    ("who supports a Black Sea ceasefire?", {"russia", "ukraine", "united_states"}),
])
def test_examples_ask(examples_store, question, expected):
    assert expected <= parties(ask_json(examples_store, question))


@pytest.mark.slow
def test_examples_ask_where_russia_and_ukraine_disagree(examples_store):
    data = ask_json(examples_store, "where do Russia and Ukraine disagree?")
    assert {"foreign_troops_in_ukraine", "halt_military_aid"} <= {
        c["topic"] for c in data["disagreements"]
    }
    table = run(examples_store, "ask", "where do Russia and Ukraine disagree?").output
    assert "Disagree:" in table and "foreign_troops_in_ukraine" in table


@pytest.mark.slow
def test_examples_ask_which_infrastructure_ukraine_wants_protected(examples_store):
    data = ask_json(examples_store, "which infrastructure does Ukraine want protected?")
    assert {"energy", "ports", "rail"} <= {c["category"] for c in data["categories"]}
    table = run(examples_store, "ask", "which infrastructure does Ukraine want protected?").output
    assert "ukraine (Ukraine) wants covered: " in table and "INFRASTRUCTURE" in table


# -- structured commands --------------------------------------------------------------------


@pytest.mark.slow
def test_positions_groups_by_stance_and_resolves_aliases(examples_store):
    result = run(examples_store, "positions", "Kremlin")
    assert result.exit_code == 0, result.output
    read_as, heading = result.output.splitlines()[:2]
    assert read_as == "Read as: positions; actor Russia"
    assert heading.startswith("Positions of Russia (russia), with the people")
    assert "\ndemand\n" in result.output and "\nreject\n" in result.output
    data = json.loads(run(examples_store, "positions", "russia", "--json").output)
    assert data["actor"] == "russia"
    assert ("dmitry_peskov", "demand", "halt_military_aid") in {
        (a["actor"], a["stance"], a["topic"]) for a in data["answers"]
    }


@pytest.mark.slow
def test_positions_filters_by_stance_and_topic(examples_store):
    data = json.loads(run(examples_store, "positions", "russia", "--stance", "demand",
                          "--topic", "a halt to military aid", "--json").output)
    assert {(a["stance"], a["topic"]) for a in data["answers"]} == {("demand", "halt_military_aid")}


@pytest.mark.slow
def test_a_stance_on_what_a_topic_halts_is_the_opposite_stance_on_the_topic(examples_store):
    """Rejecting "military aid" is being for its halt; Russia wants the halt, so it does not
    reject it; Zelenskyy rejects the halt, and Washington lifted its pause on the aid, so
    both are for military aid."""
    russia = json.loads(run(examples_store, "positions", "russia", "--stance", "reject",
                            "--topic", "military aid", "--json").output)
    assert {(a["stance"], a["topic"]) for a in russia["answers"]} == {("demand", "halt_military_aid")}
    assert "names the contrary" in russia["notes"][0]
    supporters = json.loads(run(examples_store, "who", "for", "military aid", "--json").output)
    assert supporters["stances"] == ["reject"]
    assert {(a["actor"], a["stance"]) for a in supporters["answers"]} == {
        ("volodymyr_zelenskyy", "reject"), ("united_states", "reject")}


@pytest.mark.slow
def test_who_takes_stance_and_topic_words(examples_store):
    data = json.loads(run(examples_store, "who", "for", "foreign troops", "--json").output)
    assert data["topic"] == "foreign_troops_in_ukraine"
    assert {"ukraine", "united_kingdom", "france"} <= parties(data)
    table = run(examples_store, "who", "reject", "foreign_troops_in_ukraine").output
    assert "russia (Russia)" in table


@pytest.mark.slow
def test_who_accuse_names_the_target(examples_store):
    data = json.loads(run(examples_store, "who", "accuse", "Russia", "--json").output)
    assert parties(data) == {"ukraine"} and data["target"] == "russia"


@pytest.mark.parametrize("args, parameter", [
    (["who", "rejects", "foreign troops"], "STANCE"),
    (["who", "reject", "potash exports"], "TOPIC"),
    (["positions", "Atlantis"], "ACTOR"),
    (["compare", "russia", "Atlantis"], "SECOND"),
    (["matrix", "--format", "xml"], "--format"),
])
def test_unknown_arguments_are_usage_errors(pack_store, args, parameter):
    result = run(pack_store, *args)
    assert result.exit_code == 2
    assert parameter in result.output


@pytest.mark.slow
def test_compare_shows_disagreements_and_common_ground(examples_store):
    data = json.loads(run(examples_store, "compare", "Moscow", "Kyiv", "--json").output)
    assert (data["first"], data["second"]) == ("russia", "ukraine")
    assert "foreign_troops_in_ukraine" in {c["topic"] for c in data["disagreements"]}
    assert "maritime_ceasefire" in {c["topic"] for c in data["common_ground"]}
    table = run(examples_store, "compare", "russia", "ukraine").output
    assert "Disagree:" in table and "Both for:" in table


@pytest.mark.slow
def test_matrix_as_table_csv_and_json(examples_store):
    table = run(examples_store, "matrix")
    assert table.exit_code == 0 and table.output.startswith("party")
    rows = list(csv.reader(io.StringIO(run(examples_store, "matrix", "--format", "csv").output)))
    header, body = rows[0], {row[0]: row[1:] for row in rows[1:]}
    assert header[0] == "party"
    troops = header.index("foreign_troops_in_ukraine") - 1
    assert body["russia"][troops] == "against" and body["france"][troops] == "for"
    data = json.loads(run(examples_store, "matrix", "--json").output)
    assert data["cells"]["russia"]["foreign_troops_in_ukraine"]["polarity"] == "against"
    by_actor = json.loads(run(examples_store, "matrix", "--format", "json", "--by", "actor").output)
    assert "dmitry_peskov" in by_actor["rows"]


# -- the seed corpus ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("question", [
    "who rejects foreign troops?", "who is against foreign troops",
    "who refuses foreign peacekeepers in Ukraine?",
])
def test_seeds_ask_who_rejects_foreign_troops(seeds_store, question):
    data = ask_json(seeds_store, question)
    assert parties(data) == {"russia"}
    assert {"Putin", "Kremlin", "Russian officials"} <= {
        s for a in data["answers"] for s in a["speakers"]
    }
    assert data["parties"] == [data["parties"][0]] and data["parties"][0]["documents"] == 3
    table = run(seeds_store, "ask", question).output
    assert "russia (Russia): 3 documents" in table


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("question, expected", [
    ("who wants foreign troops in Ukraine?", {"ukraine", "united_kingdom", "france"}),
    ("who backs sending troops to Ukraine?", {"ukraine", "united_kingdom", "france"}),
    ("who opposes NATO membership for Ukraine?", {"russia", "united_states"}),
    ("which countries oppose Ukraine joining NATO?", {"russia", "united_states"}),
])
def test_seeds_ask_parties(seeds_store, question, expected):
    assert expected <= parties(ask_json(seeds_store, question))


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("question", ["what has Ukraine conceded?",
                                      "what concessions has Kyiv made?"])
def test_seeds_ask_what_ukraine_conceded(seeds_store, question):
    data = ask_json(seeds_store, question)
    assert {"security_guarantees", "recapture_territory_by_force"} <= {
        a["topic"] for a in data["answers"]
    }


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("question", ["who accused Russia of violating the ceasefire?",
                                      "who blamed Moscow for breaking the truce?"])
def test_seeds_ask_who_accused_russia(seeds_store, question):
    assert parties(ask_json(seeds_store, question)) == {"ukraine"}


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("question", ["where do Russia and Ukraine disagree?",
                                      "how do Moscow and Kyiv differ?"])
def test_seeds_ask_where_russia_and_ukraine_disagree(seeds_store, question):
    data = ask_json(seeds_store, question)
    assert {"foreign_troops_in_ukraine", "ukraine_nato_membership", "annexed_territory"} <= {
        c["topic"] for c in data["disagreements"]
    }


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("question", ["which infrastructure does Ukraine want protected?",
                                      "what targets does Kyiv want spared?"])
def test_seeds_ask_which_infrastructure_ukraine_wants_protected(seeds_store, question):
    data = ask_json(seeds_store, question)
    assert {"energy", "ports", "rail"} <= {c["category"] for c in data["categories"]}


@pytest.mark.slow
@pytest.mark.seeds
def test_seeds_structured_commands_agree_with_ask(seeds_store):
    who = json.loads(run(seeds_store, "who", "reject", "foreign troops", "--json").output)
    asked = ask_json(seeds_store, "who rejects foreign troops?")
    assert who["answers"] == asked["answers"]
    compare = json.loads(run(seeds_store, "compare", "russia", "ukraine", "--json").output)
    assert {"foreign_troops_in_ukraine", "ukraine_nato_membership", "annexed_territory"} <= {
        c["topic"] for c in compare["disagreements"]
    }
    positions = json.loads(run(seeds_store, "positions", "ukraine", "--stance", "concede",
                               "--json").output)
    assert {"security_guarantees", "recapture_territory_by_force"} <= {
        a["topic"] for a in positions["answers"]
    }


# -- answers a user can trust -----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["ask", "who rejects the moon landing?"],
    ["who", "reject", "moon landing"],
])
def test_a_topic_that_matches_nothing_well_is_refused_with_the_closest(examples_store, args):
    result = run(examples_store, *args)
    assert result.exit_code != 0
    assert "no topic matches 'moon landing' well" in result.output
    assert "closest" in result.output
    assert "Russian control of annexed territory (with sub-topics)" not in result.output


@pytest.mark.slow
@pytest.mark.parametrize(("args", "read_as"), [
    (["who", "reject", "foreign troops"],
     "Read as: who; stance reject; topic Foreign troops in Ukraine (with sub-topics)"),
    (["positions", "Kremlin", "--stance", "demand"], "Read as: positions; actor Russia; stance demand"),
    (["compare", "Moscow", "Kyiv"], "Read as: compare; actor Russia and Ukraine"),
    (["ask", "who rejects foreign troops?"],
     "Read as: who; stance reject; topic Foreign troops in Ukraine (with sub-topics)"),
])
def test_every_form_of_question_prints_how_it_was_read(examples_store, args, read_as):
    result = run(examples_store, *args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == read_as


@pytest.mark.slow
def test_against_sanctions_finds_russias_demand_for_sanctions_relief(examples_store):
    result = run(examples_store, "ask", "is Russia against sanctions?")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "Read as: positions; actor Russia; stance reject; "
        "topic New sanctions and economic pressure on Russia, Sanctions relief for Russia (with sub-topics)")
    assert ("also read through the contrary, Sanctions relief for Russia: "
            "reject read as demand/propose/support there") in result.output
    assert re.search(r"demand +sanctions_relief", result.output)


def test_matrix_help_says_what_the_csv_cells_hold():
    text = " ".join(CliRunner().invoke(cli, ["matrix", "--help"]).output.split())
    assert "CSV cells spell these out as for, against, mixed, concede or empty" in text
    assert "they hold no counts" in text


@pytest.mark.parametrize("format_name", ["csv", "table"])
def test_matrix_json_and_another_format_are_a_usage_error(pack_store, format_name):
    result = run(pack_store, "matrix", "--format", format_name, "--json")
    assert result.exit_code == 2
    assert f"--json and --format {format_name} ask for two formats" in result.output


def test_matrix_json_and_format_json_agree(pack_store):
    result = run(pack_store, "matrix", "--format", "json", "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["rows"] == []


@pytest.mark.parametrize("args", [
    ["ask", "x" * 10_000],
    ["ask", "who rejects " + "moon " * 90],
    ["who", "reject", "moon " * 2000],
    ["positions", "moon " * 2000],
    ["compare", "russia", "moon " * 2000],
])
def test_a_huge_argument_gives_one_short_error_line(pack_store, args):
    result = run(pack_store, *args)
    assert result.exit_code in (1, 2)
    error = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(error) == 1 and len(error[0]) < 400, error
