"""The tagged phrases kept between runs: a second start reads them instead of tagging the
pack again, and gives the same claims; a damaged, foreign or unwritable cache never
changes a result or stops a run.

The pipelines here are blank English ones with a small tagger of our own, so a test shows
that what was tagged is what comes back; one test builds an extractor on the real model.
"""

from __future__ import annotations

import contextlib
import os
import sys

import pytest
import spacy
from spacy.language import Language

from stancegraph.loaders import phrase_cache
from stancegraph.loaders.phrase_cache import cache_folder, tagged_phrases
from stancegraph.schema import Actor, Document, DomainPack, Topic

TEXTS = ["lift sanctions", "meeting between arland and borsk", "prisoner swaps"]


@Language.component("phrase_cache_test_tagger")
def _tag(doc):
    for token in doc:
        token.tag_ = "NNS" if token.text.endswith("s") else "NN"
        token.pos_ = "NOUN"
        token.lemma_ = token.text.rstrip("s")
        token.norm_ = token.lemma_
    return doc


@pytest.fixture
def nlp() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("phrase_cache_test_tagger")
    return blank


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(phrase_cache.CACHE_ENVIRONMENT_VARIABLE, str(folder))
    return folder


def refuse_tagging(monkeypatch):
    """Makes tagging fail: what is returned then can only come from the cache."""
    @contextlib.contextmanager
    def refuse(nlp):
        raise AssertionError("tagged again")
        yield nlp

    monkeypatch.setattr(phrase_cache, "tagging_phrases", refuse)


def annotations(docs):
    return [[(t.text, t.tag_, t.pos_, t.lemma_, t.norm_) for t in doc] for doc in docs]


def files(folder):
    return sorted(folder.glob("phrases-*.spacy"))


def test_a_second_start_reads_the_phrases_it_tagged(nlp, cache, monkeypatch):
    first = annotations(tagged_phrases(nlp, TEXTS))
    assert first[0] == [("lift", "NN", "NOUN", "lift", "lift"), ("sanctions", "NNS", "NOUN", "sanction", "sanction")]
    assert len(files(cache)) == 1
    refuse_tagging(monkeypatch)
    assert annotations(tagged_phrases(nlp, TEXTS)) == first


def test_other_phrases_or_another_pipeline_are_tagged_anew(nlp, cache):
    tagged_phrases(nlp, TEXTS)
    tagged_phrases(nlp, TEXTS[:2])
    other = spacy.blank("en")
    assert annotations(tagged_phrases(other, TEXTS))[0] == [("lift", "", "", "", "lift"), ("sanctions", "", "", "", "sanctions")]
    assert len(files(cache)) == 3


def test_a_damaged_file_is_tagged_again_and_replaced(nlp, cache):
    expected = annotations(tagged_phrases(nlp, TEXTS))
    [path] = files(cache)
    path.write_bytes(b"not a DocBin")
    assert annotations(tagged_phrases(nlp, TEXTS)) == expected
    assert path.read_bytes() != b"not a DocBin"


def test_a_file_holding_other_texts_is_not_used(nlp, cache):
    tagged_phrases(nlp, TEXTS)
    [path] = files(cache)
    other = spacy.blank("en")
    tagged_phrases(other, ["walk away from the talks"])
    foreign = next(p for p in files(cache) if p != path)
    foreign.replace(path)  # a file whose name promises TEXTS but holds another phrase
    assert [[t.text for t in doc] for doc in tagged_phrases(nlp, TEXTS)][0] == ["lift", "sanctions"]


def test_the_cache_can_be_turned_off(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv(phrase_cache.CACHE_ENVIRONMENT_VARIABLE, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() is None
    assert annotations(tagged_phrases(nlp, TEXTS))[2][1][3] == "swap"
    assert not any(tmp_path.rglob("phrases-*"))


def test_the_default_folder_is_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(phrase_cache.CACHE_ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform != "linux":
        pytest.skip("the XDG cache folder is Linux's")
    assert cache_folder() == tmp_path / "stancegraph"


def test_a_folder_that_cannot_be_written_leaves_the_run_uncached(nlp, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv(phrase_cache.CACHE_ENVIRONMENT_VARIABLE, str(blocked / "cache"))
    assert annotations(tagged_phrases(nlp, TEXTS))[1][0][3] == "meeting"
    assert list(tmp_path.iterdir()) == [blocked]


def test_the_folder_keeps_the_most_recently_used_files(nlp, cache, monkeypatch):
    monkeypatch.setattr(phrase_cache, "KEPT_FILES", 2)
    tagged_phrases(nlp, ["first phrase"])
    old = files(cache)
    os.utime(old[0], (1, 1))
    tagged_phrases(nlp, ["second phrase"])
    [second] = [p for p in files(cache) if p not in old]
    os.utime(second, (2, 2))
    tagged_phrases(nlp, ["first phrase"])  # read: used again
    tagged_phrases(nlp, ["third phrase"])
    kept = files(cache)
    assert len(kept) == 2 and old[0] in kept and second not in kept
    assert not list(cache.glob(".phrases-*"))  # no temporary file left behind


PACK = DomainPack(
    id="cache_test_pack",
    label="Arland and Borsk",
    actors=(
        Actor(id="arland", name="Arland", kind="state", aliases=("Arlandian government",)),
        Actor(id="borsk", name="Borsk", kind="state"),
        Actor(id="mara_venn", name="Mara Venn", kind="person", party="arland", aliases=("Venn",)),
        Actor(id="tomas_kell", name="Tomas Kell", kind="person", party="borsk", aliases=("Kell",)),
    ),
    topics=(
        Topic(id="summit", label="a summit of the two leaders",
              phrases=("meeting between {mara_venn} and {tomas_kell}", "{mara_venn}-{tomas_kell} summit")),
        Topic(id="prisoner_exchange", label="prisoner exchange", phrases=("prisoner exchange", "swap prisoners")),
        Topic(id="sanctions_relief", label="sanctions relief", phrases=("lift sanctions",)),
    ),
)

ARTICLE = (
    "Arland rejected a meeting between Venn and Kell on Monday. Borsk, for its part, demanded "
    "that Arland lift sanctions before any summit. Kell said his government wanted to swap "
    "prisoners within a week, and Venn welcomed the prisoner exchange."
)


@pytest.mark.slow
def test_an_extractor_built_from_the_cache_reads_the_same_claims(cache, monkeypatch):
    from stancegraph.loaders.extractor import create_extractor

    document = Document.from_text(ARTICLE, source="cache-test.txt")

    def claims():
        return [c.model_dump() for c in create_extractor("rules-only", PACK).extract([document]).claims]

    monkeypatch.setenv(phrase_cache.CACHE_ENVIRONMENT_VARIABLE, "off")
    uncached = claims()
    assert {(c["actor"], c["stance"], c["topic"]) for c in uncached} >= {
        ("arland", "reject", "summit"), ("borsk", "demand", "sanctions_relief")}
    monkeypatch.setenv(phrase_cache.CACHE_ENVIRONMENT_VARIABLE, str(cache))
    assert claims() == uncached  # tagged, and kept
    assert files(cache)
    refuse_tagging(monkeypatch)
    assert claims() == uncached  # read back
