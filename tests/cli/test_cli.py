"""The command line, run with click's CliRunner against temporary stores."""

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from stancegraph import __version__
from stancegraph.cli import cli, main
from stancegraph.graph.store import GraphStore

ARTICLE = (
    "Kremlin rejects peacekeepers\n\n"
    "The Kremlin said on Tuesday that it would reject any deployment of European peacekeepers "
    "in Ukraine.\n"
    "Ukrainian President Volodymyr Zelenskyy called for firm security guarantees from Washington.\n"
)


def run(*args, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "kremlin.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


COMMANDS = ["ask", "changes", "compare", "evaluate", "export", "extract", "ingest", "matrix",
            "pack", "positions", "push", "reextract", "report", "schema", "stats", "who"]


def test_the_group_lists_every_command():
    listed = run("--help").output.split("Commands:")[1]
    assert [line.split()[0] for line in listed.strip().splitlines()] == COMMANDS


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_ends_with_an_example(command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    description = result.output.split("\nOptions:")[0]
    example = description.split("Example:")[-1]
    assert len(description.split("Example:")) == 2, "one example section, last"
    # Invocations, perhaps after environment variables: NEO4J_PASSWORD=secret stancegraph push
    lines = [re.sub(r"^(\w+=\S+ )*", "", line.strip()) for line in example.strip().splitlines()]
    assert lines and all(line.startswith("stancegraph ") for line in lines)
    if command:
        assert lines[0].startswith(f"stancegraph {command}")


# -- errors that are bugs -------------------------------------------------------------------


@pytest.fixture
def broken_stats(monkeypatch, tmp_path):
    """A store whose stats fail as a bug would: with an error no library code raises."""
    store = tmp_path / "store"
    GraphStore.open(store).close()

    def fail(self):
        raise ZeroDivisionError("counting went wrong")

    monkeypatch.setattr(GraphStore, "stats", fail)
    return store


def test_an_internal_error_is_one_line_and_exit_1(broken_stats):
    result = CliRunner().invoke(cli, ["stats", "--store", str(broken_stats)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "internal error: ZeroDivisionError: counting went wrong" in result.output
    assert "--debug" in result.output
    assert "Traceback" not in result.output


def test_debug_shows_the_traceback_of_an_internal_error(broken_stats):
    result = CliRunner().invoke(cli, ["--debug", "stats", "--store", str(broken_stats)])
    assert result.exit_code == 1
    assert result.output.startswith("Traceback (most recent call last):")
    assert "in fail" in result.output
    assert result.output.rstrip().endswith("ZeroDivisionError: counting went wrong")


@pytest.mark.parametrize(("value", "shows_traceback"), [("1", True), ("0", False)])
def test_debug_from_the_environment(broken_stats, value, shows_traceback):
    result = CliRunner().invoke(cli, ["stats", "--store", str(broken_stats)],
                                env={"STANCEGRAPH_DEBUG": value})
    assert result.exit_code == 1
    assert ("Traceback (most recent call last):" in result.output) is shows_traceback


def test_the_console_script_reports_an_internal_error_on_stderr(broken_stats, monkeypatch,
                                                                capsys):
    monkeypatch.setattr("sys.argv", ["stancegraph", "stats", "--store", str(broken_stats)])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("stancegraph: internal error: ZeroDivisionError")
    assert captured.err.count("\n") == 1


def test_a_project_error_stays_one_line_even_with_debug(tmp_path):
    result = CliRunner().invoke(cli, ["--debug", "stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "no store" in result.output


def test_schema_prints_json_schema_of_every_model():
    result = run("schema")
    schemas = json.loads(result.output)
    assert {"Document", "Actor", "Topic", "InfrastructureCategory", "Claim", "DomainPack"} <= set(schemas)
    assert schemas["Claim"]["properties"]["confidence"]["maximum"] == 1


@pytest.mark.slow
def test_ingest_then_stats_counts_documents_and_claims(articles, tmp_path):
    store = tmp_path / "store"
    result = run("ingest", str(articles), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "1 file, 1 document read: 1 stored, 0 already stored" in result.output
    stats = json.loads(run("stats", "--store", str(store), "--json").output)
    assert stats["documents"] == 1
    assert stats["relationships"]["REJECTS"] >= 1
    assert stats["nodes"]["Rejection"] >= 1


@pytest.mark.slow
def test_reingest_changes_no_byte_of_the_store(articles, tmp_path):
    store = tmp_path / "store"
    run("ingest", str(articles), "--store", str(store))
    before = digest(store)
    result = run("ingest", str(articles), "--store", str(store))
    assert "0 stored, 1 already stored" in result.output
    assert digest(store) == before


def test_store_from_environment_variable(articles, tmp_path):
    store = tmp_path / "from-env"
    run("ingest", str(articles), env={"STANCEGRAPH_STORE": str(store)})
    assert (store / "graph.sqlite").is_file()


def test_missing_path_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "nope.txt: no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_reingesting_stored_documents_loads_no_nlp_model(articles, tmp_path):
    """Nothing new to read: ingest says so without loading spaCy (fast, and no model needed)."""
    from stancegraph.loaders.documents import read_documents

    store = tmp_path / "store"
    with GraphStore.open(store) as graph_store:
        graph_store.write(None, read_documents([articles]).documents)
    code = (
        "import sys\n"
        "from stancegraph.cli import cli\n"
        f"cli.main(['ingest', {str(articles)!r}, '--store', {str(store)!r}],\n"
        "         standalone_mode=False)\n"
        "assert 'spacy' not in sys.modules, 'spaCy imported with nothing to extract'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "1 document read: 0 stored, 1 already stored" in result.stderr


@pytest.mark.slow
def test_one_bad_file_among_good_ones_still_loads_and_exits_0(articles, tmp_path):
    # Not b"\xff\xfe...": that is UTF-16's byte-order mark, and such a file is read as text.
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("ingest", str(articles), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0
    assert "broken.txt" in result.output
    assert "1 stored" in result.output


def test_stats_on_a_missing_store_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1


def test_malformed_pack_names_file_line_and_field(articles, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("id: p\nlabel: P\nactors:\n  - id: x\n    name: X\n    kind: country\ntopics: []\n")
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--pack", str(pack), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "pack.yaml:6" in result.output and "kind" in result.output


def test_usage_error_exits_2():
    result = CliRunner().invoke(cli, ["extract", "x.txt", "--format", "xml"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_extract_jsonl_has_the_evaluation_format_and_offsets(articles):
    result = run("extract", str(articles / "kremlin.txt"), "--format", "jsonl")
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert ("russia", "reject", "foreign_troops_in_ukraine") in {
        (r["actor"], r["stance"], r["topic"]) for r in records
    }
    for record in records:
        assert record["doc"] == "kremlin.txt"
        assert ARTICLE[record["start"]:record["end"]] == record["sentence"]
        assert 0 <= record["confidence"] <= 1


@pytest.mark.slow
def test_evaluate_scores_against_a_gold_file(articles, tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "documents:\n  kremlin.txt:\n"
        "    - {actor: russia, stance: reject, topic: foreign_troops_in_ukraine}\n"
        "    - {actor: ukraine, stance: demand, topic: sanctions_relief}\n"
    )
    result = run("evaluate", str(gold), str(articles))
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("claims P=") and "tp=1" in last and "fn=1" in last
