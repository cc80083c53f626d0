"""The parsing pipeline: the indexed attribute ruler, the array lemmatizer and NumPy's matrix
products annotate exactly as spaCy's own.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from stancegraph.errors import StancegraphError
from stancegraph.loaders.extraction.resources import stemmed
from stancegraph.loaders.nlp import CachedLemmatizer, IndexedAttributeRuler, lemma_norm, load_model, published_model

pytestmark = pytest.mark.slow  # loads the spaCy model

# Sentences that reach the English ruler's kinds of rule: tag maps, tag-and-word rules,
# words with dependency labels, sets excluded (NOT_IN), spaces, several tokens, regular
# expressions.
SENTENCES = [
    "The envoy said Moscow was not ready to accept the truce, but Kyiv has agreed to it.",
    "I told them it is what we want; you saw it, and they gave it to me and to you.",
    "There are no talks, there is no deal, and that is the problem which we face.",
    "Y'all ain't gonna like this: let's be clear, c'mon, it's nothin' but a delay.",
    "He'd have done it if he could, though they didn't, whereas the mediators did.",
    "Whether   the ceasefire holds\n\ndepends on both sides;  all of them must sign.",
    "Do you think they have? Does it matter? Did the talks fail, or had they stalled?",
    "This is the plan that both sides signed, and those who oppose it got ta explain.",
    # the lemmatizer: irregular and regular inflections, degrees, plurals, names, numbers
    "The mediators went further, wrote better drafts and were the busiest of all envoys.",
    "Ministers of the Philippines met the Kurds' leaders; children ran, mice hid, geese flew.",
    "Two-thirds of 1,200 detainees were freed by 9 p.m., said the ICRC's Geneva office.",
]


@pytest.fixture(scope="module")
def stock() -> spacy.Language:
    try:
        return published_model()
    except StancegraphError:
        pytest.skip("no English spaCy model installed")


def annotations(doc):
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
            for t in doc]


def test_the_pipeline_uses_the_indexed_ruler():
    assert isinstance(load_model().get_pipe("attribute_ruler"), IndexedAttributeRuler)


def test_the_pipeline_uses_the_array_lemmatizer():
    assert isinstance(load_model().get_pipe("lemmatizer"), CachedLemmatizer)


def test_every_neural_layer_multiplies_with_numpy():
    layers = [node for _, pipe in load_model().pipeline if getattr(pipe, "model", None) for node in pipe.model.walk()]
    assert layers and all(node.ops.use_blis is False for node in layers)


def blas_threads() -> set[int]:
    from threadpoolctl import threadpool_info

    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


def under_two_blas_threads(run):
    """``run()`` started under two BLAS threads, and the threads after it."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=2, user_api="blas"):
        if blas_threads() != {2}:
            pytest.skip("NumPy's BLAS cannot run two threads here")
        result = run()
        return result, blas_threads()


ARTICLE = "Kyiv said on Monday that it rejects any ceasefire that leaves Russian troops in place."


def test_extraction_multiplies_on_one_blas_thread_and_gives_the_callers_threads_back(monkeypatch):
    from stancegraph.loaders.extraction.engine import RuleExtractor
    from stancegraph.loaders.packs import load_pack
    from stancegraph.schema import Document

    seen: list[set[int]] = []
    read = RuleExtractor._read
    monkeypatch.setattr(RuleExtractor, "_read", lambda self, *a: seen.append(blas_threads()) or read(self, *a))
    result, after = under_two_blas_threads(
        lambda: RuleExtractor(load_pack()).extract([Document.from_text(ARTICLE, "one.txt")]))
    assert result.claims and seen == [{1}]
    assert after == {2}


def test_pack_suggest_reads_articles_on_one_blas_thread(monkeypatch):
    from stancegraph.loaders import authoring
    from stancegraph.loaders.extraction import cues
    from stancegraph.schema import Document

    seen: list[set[int]] = []
    cue_of = cues.cue_of
    monkeypatch.setattr(cues, "cue_of", lambda *a: seen.append(blas_threads()) or cue_of(*a))
    draft, after = under_two_blas_threads(lambda: authoring.suggest_pack([Document.from_text(ARTICLE, "one.txt")]))
    assert "ceasefire" in draft and seen and all(threads == {1} for threads in seen)
    assert after == {2}


def test_a_blas_loaded_after_the_first_extraction_is_held_to_one_thread_too():
    # in a fresh interpreter, so that SciPy (its own OpenBLAS) is surely loaded after the
    # library first looked for the thread pools
    script = """
import sys
from threadpoolctl import threadpool_info
from stancegraph.loaders.nlp import one_blas_thread
with one_blas_thread():
    before = {pool["filepath"] for pool in threadpool_info()}
import scipy.linalg
with one_blas_thread():
    threads = {(pool["filepath"], pool["num_threads"]) for pool in threadpool_info() if pool["user_api"] == "blas"}
print(sorted(threads))
if all(path in before for path, _ in threads):
    sys.exit(3)
sys.exit(0 if {n for _, n in threads} == {1} else 1)
"""
    pytest.importorskip("scipy.linalg")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "OPENBLAS_NUM_THREADS": "2"})
    if done.returncode == 3:
        pytest.skip("SciPy brings no BLAS of its own here")
    assert done.returncode == 0, done.stdout + done.stderr


def test_most_rules_are_looked_up_not_matched():
    ruler = load_model().get_pipe("attribute_ruler")
    assert len(ruler.matcher) < len(ruler.attrs) / 4


@pytest.mark.parametrize("sentence", SENTENCES)
def test_annotations_are_those_of_spacys_own_components(stock, sentence):
    ours = load_model()
    assert annotations(ours(sentence)) == annotations(stock(sentence))


def test_lemmas_stay_right_when_read_from_the_cache(stock):
    ours = load_model()
    batch = SENTENCES * 2  # the second time, every word is a key the lemmatizer has seen
    assert [annotations(d) for d in ours.pipe(batch)] == [annotations(d) for d in stock.pipe(batch)]


def test_a_lemma_set_before_the_lemmatizer_is_kept(stock):
    nlp = spacy.blank("en")
    lemmatizer = CachedLemmatizer(nlp.vocab, None, "lemmatizer", mode="rule")
    lemmatizer.use_lookups(stock.get_pipe("lemmatizer").lookups)
    doc = nlp("talks stalled")
    doc[0].pos_, doc[1].pos_ = "NOUN", "VERB"
    doc[1].lemma_ = "freeze"
    assert [t.lemma_ for t in lemmatizer(doc)] == ["talk", "freeze"]


def test_a_rule_of_values_and_sets_is_applied_in_rule_order():
    nlp = spacy.blank("en")
    rules = [
        {"patterns": [[{"LOWER": "truce"}]], "attrs": {"TAG": "NN"}},
        {"patterns": [[{"LOWER": {"IN": ["truce", "deal"]}, "IS_SPACE": False}]], "attrs": {"TAG": "NNP"}},
        {"patterns": [[{"LOWER": "deal", "TAG": {"NOT_IN": ["NNP"]}}]], "attrs": {"TAG": "XX"}},
    ]
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add_patterns(rules)
    doc = ruler(nlp("a truce and a deal"))
    # later rules win; a rule's tests are checked on the token as it was before the ruler ran
    assert [t.tag_ for t in doc] == ["", "NNP", "", "", "XX"]
    assert len(ruler.matcher) == 0
    theirs = AttributeRuler(nlp.vocab)
    theirs.add_patterns(rules)
    assert [t.tag_ for t in theirs(nlp("a truce and a deal"))] == [t.tag_ for t in doc]


def test_a_rule_on_spaces_alone_is_looked_up_and_applied_as_the_parent_does():
    nlp = spacy.blank("en")
    rules = [
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP"}},
        {"patterns": [[{"IS_SPACE": False, "TAG": "_SP"}]], "attrs": {"TAG": "XX"}},
    ]
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add_patterns(rules)
    theirs = AttributeRuler(nlp.vocab)
    theirs.add_patterns(rules)
    texts = ["the truce  held", "no space here", "talks\n\nresumed  "]
    ours = [[t.tag_ for t in ruler(nlp(text))] for text in texts]
    assert ours == [[t.tag_ for t in theirs(nlp(text))] for text in texts]
    assert ours[0] == ["", "", "_SP", ""] and ours[1] == ["", "", ""]
    assert len(ruler.matcher) == 0  # a sentence with a double space no longer wakes the Matcher


def test_rules_of_several_tokens_match_only_where_they_can_start_and_as_the_parents_do():
    nlp = spacy.blank("en")
    rules = [
        {"patterns": [[{"LOWER": "cease"}, {"LOWER": "fire"}]], "attrs": {"TAG": "NN"}, "index": 1},
        {"patterns": [[{"LOWER": {"REGEX": "^truce-?s?$"}}, {"IS_SPACE": False}]], "attrs": {"TAG": "XX"}},
        {"patterns": [[{"LOWER": {"IN": ["no", "any"]}}]], "attrs": {"TAG": "DT"}},
    ]
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add_patterns(rules)
    theirs = AttributeRuler(nlp.vocab)
    theirs.add_patterns(rules)
    texts = ["no cease fire yet", "truces held", "any truce-s now", "no deal", "cease and fire"]
    ours = [[t.tag_ for t in ruler(nlp(text))] for text in texts]
    assert ours == [[t.tag_ for t in theirs(nlp(text))] for text in texts]
    assert ours[0] == ["DT", "", "NN", ""] and ours[1] == ["XX", ""] and ours[3] == ["DT", ""]


def test_norms_are_readable_in_every_pipeline_of_a_process():
    # each word's norm is worked out once a process, but every pipeline has its own strings
    for _ in range(2):
        nlp = spacy.blank("en")
        doc = stemmed(nlp.make_doc("Lifting sanctions"))
        assert [t.norm_ for t in doc] == ["lift", "sanction"]
        doc = nlp.make_doc("Ceasefire Talks")
        doc[0].lemma_, doc[1].lemma_ = "Ceasefire", "Talks"
        assert [t.norm_ for t in lemma_norm(doc)] == ["ceasefire", "talks"]
