"""`stancegraph pack suggest` drafts a pack a person can use as it stands; `pack check`
validates one and points at what will not work."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
DEV = ROOT.parent / "shared" / "dev"

PACK = """\
id: tiny
label: Tiny
actors:
  - {id: arland, name: Arland, kind: state, aliases: [Arlandian government]}
  - {id: borsk, name: Borsk, kind: state}
topics:
  - {id: ceasefire, label: Ceasefire, phrases: [ceasefire, truce]}
  - {id: border_truce, label: Border truce, phrases: [truce, border calm]}
"""
ARTICLE = "Arland said on Monday it wants a ceasefire along the river.\n"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_check_reports_a_phrase_two_topics_share(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    result = run("pack", "check", str(tmp_path / "pack.yaml"))
    assert result.exit_code == 0, result.output
    assert ("phrase 'truce' belongs to topics border_truce, ceasefire with no context"
            in result.stdout)


def test_check_of_a_broken_pack_is_one_line_and_exit_1(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK.replace("kind: state}", "kind: country}", 1))
    result = run("pack", "check", str(tmp_path / "pack.yaml"))
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {tmp_path / 'pack.yaml'}:5: field actors[1].kind:")


@pytest.mark.slow
def test_check_with_articles_names_unmentioned_actors_and_unmatched_phrases(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run("pack", "check", str(tmp_path / "pack.yaml"), str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output
    assert "actor 'borsk' (Borsk): no article mentions it" in result.stdout
    assert "topic 'border_truce': phrase 'border calm' matches no article" in result.stdout
    assert "'ceasefire' matches no article" not in result.stdout


def suggest_check_extract(tmp_path, articles: list[Path]):
    pack = tmp_path / "suggested.yaml"
    made = run("pack", "suggest", *map(str, articles), "-o", str(pack))
    assert made.exit_code == 0, made.output
    checked = run("pack", "check", str(pack), *map(str, articles))
    assert checked.exit_code == 0, checked.output
    extracted = run("extract", "--pack", str(pack), "--format", "jsonl", *map(str, articles))
    assert extracted.exit_code == 0, extracted.output
    return pack.read_text(), extracted.stdout.splitlines()


@pytest.mark.slow
def test_a_suggested_pack_is_accepted_and_extracts_from_the_examples(tmp_path):
    text, claims = suggest_check_extract(tmp_path, sorted(EXAMPLES.glob("*.txt")))
    assert "name: Zelenskyy" in text or "Zelenskyy" in text
    assert claims, "extraction with the suggested pack found nothing"


@pytest.mark.slow
@pytest.mark.seeds
@pytest.mark.parametrize("domain", ["drc_rwanda", "thailand_cambodia"])
def test_a_pack_suggested_from_a_dev_corpus_folder_works_unedited(tmp_path, domain):
    folder = DEV / domain / "docs"
    if not folder.is_dir():
        pytest.skip(f"development corpus not present at {folder}")
    dev_part = [p for p in sorted(folder.glob("*.txt"))
                if hashlib.sha1(p.name.encode()).hexdigest()[0] not in "01234"]
    _, claims = suggest_check_extract(tmp_path, dev_part)
    assert claims
