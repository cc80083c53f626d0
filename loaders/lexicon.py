"""The stance-cue lexicon (``cues.yaml``): which English words report which stance.

Besides the cue table it holds the small word classes the extractor reasons with
(speech verbs, reversers, conditional marks ...) and the inflected word forms used to
decide cheaply, before parsing, whether a sentence can carry a claim at all.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

import yaml

from stancegraph.schema import Stance
from stancegraph.schema.words import forms_of

@dataclass(frozen=True)
class Cue:
    """One entry of the cue table."""

    lemma: str
    pos: tuple[str, ...]
    stance: Stance
    with_word: str | None = None
    evaluative: bool = False
    confidence: float = 0.8


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    reluctance: frozenset[str]
    reversers: frozenset[str]
    speech: frozenset[str]
    belief: frozenset[str]
    conditional_marks: frozenset[str]
    draft_nouns: frozenset[str]
    violations: frozenset[str]
    circumstance_preps: frozenset[str]
    frame_nouns: frozenset[str]
    commentator_nouns: frozenset[str]
    pair_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    group_nouns: frozenset[str]
    stoppings: frozenset[str]
    analyst_nouns: frozenset[str]
    by_lemma: dict[str, tuple[Cue, ...]] = field(default_factory=dict, compare=False)

    def cues_for(self, lemma: str, pos: str, form: str = "") -> tuple[Cue, ...]:
        """The cues a token with this lemma (or, failing that, word form) and part of speech may be.

        The word form is a fallback for the lemmatizer's slips ("hopes" -> "hop").
        """
        found = tuple(c for c in self.by_lemma.get(lemma, ()) if pos in c.pos)
        if found or not form:
            return found
        return tuple(c for c in self.by_lemma.get(self.form_lemmas.get(form, ""), ()) if pos in c.pos)

    @functools.cached_property
    def cue_words(self) -> frozenset[str]:
        """Every lemma and word form that may be a cue: a cheap test before ``cues_for``."""
        return frozenset(self.by_lemma) | frozenset(self.form_lemmas)

    @functools.cached_property
    def form_lemmas(self) -> dict[str, str]:
        """Inflected form -> cue lemma, for forms that belong to one cue lemma only."""
        owners: dict[str, set[str]] = {}
        for lemma in self.by_lemma:
            for form in inflections(lemma):
                owners.setdefault(form, set()).add(lemma)
        return {form: next(iter(lemmas)) for form, lemmas in owners.items() if len(lemmas) == 1}

    def trigger_forms(self) -> frozenset[str]:
        """Lower-case word forms of every cue, violation and accusation verb."""
        lemmas = {c.lemma.split("-")[-1] for c in self.cues} | self.violations
        forms: set[str] = set()
        for lemma in lemmas:
            forms.update(inflections(lemma))
        return frozenset(forms)


def inflections(lemma: str) -> set[str]:
    """Likely inflected forms of an English verb or noun (over-generation is harmless).

    >>> sorted(inflections("drop"))[:4]
    ['drop', 'dropped', 'dropping', 'drops']
    """
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    forms.update(forms_of(lemma))
    return forms


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``cues.yaml`` shipped beside this module."""
    raw = yaml.safe_load(resources.files("stancegraph.loaders").joinpath("cues.yaml").read_text("utf-8"))
    cues = tuple(
        Cue(
            lemma=entry["lemma"],
            pos=tuple(entry["pos"]),
            stance=entry["stance"],
            with_word=entry.get("with"),
            evaluative=bool(entry.get("evaluative", False)),
            confidence=float(entry.get("confidence", 0.8)),
        )
        for entry in raw["cues"]
    )
    by_lemma: dict[str, list[Cue]] = {}
    for cue in cues:
        by_lemma.setdefault(cue.lemma.split("-")[-1], []).append(cue)
    words = {key: frozenset(raw[key]) for key in (
        "reluctance", "reversers", "speech", "belief", "conditional_marks", "draft_nouns",
        "violations", "circumstance_preps", "frame_nouns", "commentator_nouns", "pair_nouns",
        "anaphoric_nouns", "group_nouns", "stoppings", "analyst_nouns",
    )}
    return Lexicon(cues=cues, by_lemma={k: tuple(v) for k, v in by_lemma.items()}, **words)
