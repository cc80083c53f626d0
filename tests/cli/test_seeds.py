"""End to end on the seed articles in ../shared/seeds (skipped, with a reason, without them)."""

import hashlib
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli

pytestmark = [pytest.mark.seeds, pytest.mark.slow]  # the seed articles, the NLP model


def test_ingest_seeds_stores_five_documents_and_reingest_changes_nothing(seeds_dir, tmp_path):
    store = tmp_path / "S"
    assert CliRunner().invoke(cli, ["ingest", str(seeds_dir), "--store", str(store)]).exit_code == 0
    stats = json.loads(CliRunner().invoke(cli, ["stats", "--store", str(store), "--json"]).output)
    assert stats["documents"] == 5
    files = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in store.rglob("*") if p.is_file()}
    CliRunner().invoke(cli, ["ingest", str(seeds_dir), "--store", str(store)])
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in store.rglob("*") if p.is_file()} == files


def test_extraction_meets_the_bar_and_evaluate_agrees_with_the_reference_scorer(seeds_dir, eval_dir, tmp_path):
    texts = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    extracted = CliRunner().invoke(cli, ["extract", *texts, "--format", "jsonl"])
    predicted = tmp_path / "p.jsonl"
    predicted.write_text("".join(line + "\n" for line in extracted.output.splitlines() if line.startswith("{")))
    reference = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(eval_dir / "seeds.gold.yaml"), str(predicted)],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]
    ours = CliRunner().invoke(cli, ["evaluate", str(eval_dir / "seeds.gold.yaml"), *texts]).output
    assert ours.strip().splitlines()[-1] == reference
    fields = dict(part.split("=") for part in reference.split()[1:4])
    assert float(fields["P"]) >= 0.85 and float(fields["F1"]) >= 0.85, reference


def test_two_extractions_give_identical_json_lines(seeds_dir):
    texts = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    first = CliRunner().invoke(cli, ["extract", *texts, "--format", "jsonl"]).output
    second = CliRunner().invoke(cli, ["extract", *texts, "--format", "jsonl"]).output
    assert first == second and first.count("\n") > 20
