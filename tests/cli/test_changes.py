"""``stancegraph changes`` on a store ingested by the pipeline from dated articles written
for this test: Ukraine rejects leaving Kursk on 3 and 10 March, concedes it on 20 March,
and an undated article has it reject again."""

import json

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli

pytestmark = pytest.mark.slow

ARTICLES = {
    "a.txt": "Kyiv digs in over Kursk\nMarch 3, 2025\n\nUkraine rejected any withdrawal of "
             "its troops from the Kursk region, officials in Kyiv said on Monday.\n",
    "b.txt": "Kyiv holds firm\nMarch 10, 2025\n\nUkraine again refused to withdraw from "
             "Kursk.\n",
    "c.txt": "Kyiv gives ground\nMarch 20, 2025\n\nUkraine conceded a withdrawal from Kursk "
             "as part of the deal, officials said.\n",
    "undated.txt": "Kyiv on Kursk\n\nUkraine rejects a pullout from Kursk, an official said.\n",
}


@pytest.fixture(scope="module")
def kursk_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kursk")
    articles = folder / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    store = folder / "store"
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def run(store, *args):
    result = CliRunner().invoke(cli, [*args, "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


def test_changes_reports_exactly_the_move_from_reject_to_concede(kursk_store):
    data = json.loads(run(kursk_store, "changes", "Kyiv", "--json"))
    assert [(c["holder"], c["topic"], c["from"], c["to"]) for c in data["changes"]] == [
        ("ukraine", "kursk_withdrawal", ["reject"], ["concede"])]
    [change] = data["changes"]
    assert (change["before"]["date"], change["before"]["documents"]) == ("2025-03-10", ["b.txt"])
    assert (change["after"]["date"], change["after"]["documents"]) == ("2025-03-20", ["c.txt"])
    assert change["after"]["answers"][0]["evidence"][0]["sentence"].startswith(
        "Ukraine conceded a withdrawal from Kursk")


def test_changes_shows_the_undated_document_apart(kursk_store):
    table = run(kursk_store, "changes", "ukraine")
    assert table.splitlines()[0] == "Read as: changes; actor Ukraine"
    assert "reject -> concede" in table
    undated = table.split("Undated")[1]
    assert "undated.txt" in undated and "a.txt" not in undated


def test_ask_reads_a_question_about_change(kursk_store):
    table = run(kursk_store, "ask", "how has Ukraine's position on Kursk changed?")
    assert table.splitlines()[0].startswith("Read as: changes; actor Ukraine; topic ")
    assert "reject -> concede" in table
