"""The extractor seam: a second backend registered by name runs through ingest, extract and
evaluate exactly like the rule engine, with exact evidence offsets from the shared service."""

import json

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import StancegraphError
from stancegraph.loaders.extractor import (
    ClaimExtractor,
    ExtractionResult,
    create_extractor,
    extractor_names,
    register_extractor,
)
from stancegraph.loaders.packs import load_pack
from stancegraph.loaders.sentences import evidence, split_sentences
from stancegraph.schema import Claim

ARTICLE = (
    "Talks resumed on Tuesday.\n"
    "Ukraine wants a ceasefire before any talks on territory. Nothing else was agreed.\n"
)
GOLD = """
documents:
  truce.txt:
    - {actor: ukraine, stance: demand, topic: ceasefire, level: core}
    - {actor: russia, stance: reject, topic: ceasefire, level: core}
"""


class KeywordExtractor:
    """A trivial backend: a sentence naming a party and a topic's label supports the topic."""

    def __init__(self, pack):
        self.parties = {a.name.lower(): a.id for a in pack.actors if a.party is None}
        self.topics = {t.label.lower(): t.id for t in pack.topics}

    def extract(self, documents):
        claims = []
        for document in documents:
            for start, end in split_sentences(document.text):
                sentence = document.text[start:end].lower()
                for name, actor in self.parties.items():
                    for label, topic in self.topics.items():
                        if f"{name} " in sentence and label in sentence:
                            claims.append(Claim(
                                actor=actor, stance="support", topic=topic, confidence=0.5,
                                evidence=evidence(document, start, end, name)))
        return ExtractionResult(claims)


@pytest.fixture
def keyword_extractor():
    register_extractor("keywords", KeywordExtractor)
    yield "keywords"


def test_the_rule_engine_is_the_default_and_registered_by_name():
    assert extractor_names()[0] == "rules"


def test_an_unknown_extractor_names_the_registered_ones():
    with pytest.raises(StancegraphError, match="unknown extractor 'llm'.*rules"):
        create_extractor("llm", load_pack())


def test_a_registered_extractor_fits_the_seam(keyword_extractor):
    backend = create_extractor(keyword_extractor, load_pack())
    assert isinstance(backend, ClaimExtractor)


@pytest.mark.slow
def test_shared_sentence_offsets_are_exact():
    text = "First line\nKyiv said it would not. Moscow  agreed!  \n\nEnd."
    bounds = split_sentences(text)
    assert [text[s:e] for s, e in bounds] == ["First line", "Kyiv said it would not.",
                                              "Moscow  agreed!", "End."]


@pytest.mark.slow
def test_evaluate_runs_a_registered_extractor(keyword_extractor, tmp_path):
    (tmp_path / "truce.txt").write_text(ARTICLE)
    (tmp_path / "gold.yaml").write_text(GOLD)
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "gold.yaml"),
                                      str(tmp_path / "truce.txt"), "--extractor", "keywords"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "claims P=1.000 R=0.500 F1=0.667 (tp=1 fp=0 fn=1)"


@pytest.mark.slow
def test_extract_and_ingest_take_the_extractor_option(keyword_extractor, tmp_path):
    (tmp_path / "truce.txt").write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "truce.txt"), "--format", "jsonl",
                                      "--extractor", "keywords"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["actor"], r["stance"], r["topic"]) for r in records] == [("ukraine", "support", "ceasefire")]
    assert ARTICLE[records[0]["start"]:records[0]["end"]] == records[0]["sentence"]
    stored = CliRunner().invoke(cli, ["ingest", str(tmp_path / "truce.txt"), "--extractor", "keywords",
                                      "--store", str(tmp_path / "store")])
    assert stored.exit_code == 0, stored.output
    assert "1 claim stored" in stored.output


def test_an_unknown_extractor_is_one_line_and_exit_1(tmp_path):
    (tmp_path / "truce.txt").write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "truce.txt"), "--extractor", "nope"])
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("Error: unknown extractor 'nope'; registered: rules")
