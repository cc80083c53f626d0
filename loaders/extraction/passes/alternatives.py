"""Alternatives: "there is no alternative to X", "Berlin sees no alternative to X": the one
who says it supports X; "the only alternative to X is Y" is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, first_child, says_no
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

NOUNS = frozenset({"alternative"})


class Alternatives:
    name = "alternatives"

    def __init__(self, resources: PackResources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        return (0,) if survey.has_topic and "no" in words and words & {"alternative", "alternatives"} else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        for noun in sentence.sdoc:
            if noun.lemma_ not in NOUNS or not says_no(noun):
                continue
            holders = _holders(sentence, noun)
            if not holders or COMMENTATOR in holders:
                continue
            scope = {i for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for i in collect(sentence, prep, is_root=False)}
            covered |= scope
            for match in topics_in(sentence, scope):
                stance, weight = polarity.apply_flips("support", polarity.flips(sentence, noun, match, scope))
                claims.extend(sentence.claim(h, stance, match.topic, (), None,
                                             WEIGHTS.existential * weight * h.confidence) for h in holders)
        return Found(tuple(claims), frozenset(covered))


def _holders(sentence: Sentence, noun: Token) -> list[Holder]:
    """Who sees no alternative: the subject of "see" or "have", else whoever says it."""
    verb = noun.head
    subject = first_child(verb, "nsubj")
    if subject is not None and subject.lower_ != "there":
        found = phrase_holders(sentence, subject)
        if found:
            return found
    return speaker_of(sentence, verb) or []
