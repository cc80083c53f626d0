"""How positive or negative words are, for reading evaluation as stance.

VADER's valence lexicon (shipped in the ``vaderSentiment`` package, read as data) scores
single words from -4 to 4; ``english.yaml`` adds the language of negotiations it lacks
("constructive", "unjustified"), multi-word evaluations ("dead on arrival") and words whose
valence says nothing about a stance ("difficult", "war").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

from spacy.tokens import Token

from stancegraph.loaders.lexicon import EnglishWords

STRONG = 1.5
"""A word at least this positive or negative (in VADER's -4..4) evaluates."""
REMEDIED = frozenset({"to", "for", "of"})
"""Prepositions that name the problem a remedy answers."""
LISTED = 2.0
"""The valence of a word in english.yaml's evaluation lists."""


@functools.lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """VADER's lexicon: word -> valence from -4 (very negative) to 4 (very positive)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and " " not in parts[0]:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return table


def word_valence(words: EnglishWords, token: Token) -> float:
    """How positive or negative one word is as an evaluation (0 for none)."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in words.neutral_evaluations or lemma in words.neutral_evaluations:
        return 0.0
    if lower in words.positive_evaluations or lemma in words.positive_evaluations or (
            token.pos_ == "NOUN" and lemma in words.remedy_nouns):
        return LISTED
    if lower in words.negative_evaluations or lemma in words.negative_evaluations:
        return -LISTED
    table = valence()
    value = table.get(lower, table.get(lemma, 0.0))
    return value if abs(value) >= STRONG else 0.0


def evaluation(words: EnglishWords, tokens: Iterable[Token]) -> float:
    """The evaluation a span of words makes: the sum of its words' valence and of the
    multi-word evaluations in it, a negated word counting the other way."""
    tokens = sorted(tokens, key=lambda t: t.i)
    total = 0.0
    remedied = _remedied(words, tokens) | _set_against(tokens)
    for token in tokens:
        if token.i in remedied:
            continue
        value = word_valence(words, token)
        if value and _negated(words, token):
            value = -value
        total += value
    return total + phrase_of(words, tokens) * LISTED


def _remedied(words: EnglishWords, tokens: list[Token]) -> set[int]:
    """The words of the problems a remedy answers ("the answer | to the grievances"): they
    name what is wrong, not what the remedy is worth."""
    return {t.i for remedy in tokens if remedy.pos_ == "NOUN" and remedy.lemma_.lower() in words.remedy_nouns
            for prep in remedy.children if prep.dep_ == "prep" and prep.lower_ in REMEDIED
            for t in prep.subtree}


def contrast_not(token: Token) -> bool:
    """Whether a word is the "not" of "A, not B", which the parser hangs on A."""
    return token.dep_ == "neg" and token.i > token.head.i and token.nbor(-1).text == ","


def _set_against(tokens: list[Token]) -> set[int]:
    """The words of what a thing is said not to be ("a tool for peace, not a reward"): they
    tell what it is not, not what it is worth."""
    return {t.i for negation in tokens if contrast_not(negation)
            for t in negation.head.subtree if t.i >= negation.i}


def _negated(words: EnglishWords, token: Token) -> bool:
    """Whether a word is negated, or the verb it completes is ("a chance we cannot afford
    to waste"), or it is what something is done without ("welcomed without embarrassment",
    "to act without delay"); not the A of "A, not B"."""
    if token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    while True:
        if any((c.dep_ == "neg" or c.lower_ in words.negators) and not contrast_not(c) for c in token.children):
            return True
        if token.dep_ != "xcomp":
            return False
        token = token.head


def phrase_of(words: EnglishWords, tokens: Iterable[Token]) -> int:
    """The sum of the signs of the listed evaluative phrases in a span ("dead on arrival"),
    a phrase right after "not" counting the other way ("not on the table")."""
    tokens = sorted(tokens, key=lambda t: t.i)
    lemmas = [t.lemma_.lower() for t in tokens]
    forms = [t.lower_ for t in tokens]
    # whole words only: "solve conflict" is not in "resolve conflict"
    joined = (f" {' '.join(lemmas)} ", f" {' '.join(forms)} ")
    total = 0
    for phrase, sign in words.evaluation_phrases.items():
        if not any(f" {phrase} " in text for text in joined):
            continue
        parts = phrase.split()
        start = next((i for i in range(len(tokens)) if parts in (lemmas[i:i + len(parts)], forms[i:i + len(parts)])),
                     None)
        denied = start is not None and _denied_phrase(words, tokens[start], tokens)
        total += -sign if denied else sign
    return total


def _denied_phrase(words: EnglishWords, first: Token, span: list[Token]) -> bool:
    """Whether "not", "never" or "no" of the span's own stands right before a phrase, past
    its articles ("was 'not on the table'"). A verb's own "not" is its caller's to count
    ("was not on the table", "cannot go together")."""
    before = first.i - 1
    doc = first.doc
    while before >= 0 and doc[before].pos_ == "DET" and doc[before].lower_ not in words.negators:
        before -= 1
    if before < 0 or doc[before].lower_ not in words.negators:
        return False
    head = doc[before].head
    return head in span and head.pos_ not in ("VERB", "AUX")
