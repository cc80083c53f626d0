"""Means: a party saying a dispute will be settled through X backs X -- "the boundary would
be settled through the Joint Boundary Commission, the prime minister said", "Thailand will
resolve the border only through bilateral channels", "Kashmir cannot be solved through
war" (which rejects war). A verb of settling with a "through" or "via" phrase naming the
topic; the holder is whoever says so, or the verb's subject when it names a party. The
author's own account of how a dispute was settled is no one's stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, first_child
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

MEANS = frozenset({"through", "via"})
MANNER = frozenset({"directly", "bilaterally"})
"""Adverbs of a way named without "through": "agreed bilaterally", "directly between the armies"."""


class Means:
    name = "means"

    def __init__(self, resources: PackResources):
        self.verbs = resources.lexicon.forms({v.split()[0] for v in resources.words.settling_verbs})

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        return (0,) if survey.has_topic and words & self.verbs and words & (MEANS | MANNER) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        for verb in sentence.sdoc:
            if verb.pos_ != "VERB" or not polarity.listed(verb, sentence.words.settling_verbs):
                continue
            means = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in MEANS]
            # "agreed bilaterally", "worked out directly between the two armies"
            means += [a for c in (verb, *(c for c in verb.children if c.dep_ == "prep"))
                      for a in c.children if a.dep_ == "advmod" and a.lower_ in MANNER]
            if not means or not filters.is_position(sentence, verb):
                continue
            holders = _holders(sentence, verb)
            if not holders or COMMENTATOR in holders:
                continue
            scope = set().union(*(collect(sentence, m, is_root=False) for m in means)) - reading.covered
            covered |= scope
            stance = "reject" if polarity.negated(sentence, verb) else "support"
            for match in topics_in(sentence, scope):
                taken = stance if not match.opposite else ("support" if stance == "reject" else "reject")
                claims.extend(sentence.claim(h, taken, match.topic, (), None, WEIGHTS.means * h.confidence)
                              for h in holders)
        return Found(tuple(claims), frozenset(covered))


def _holders(sentence: Sentence, verb: Token) -> list[Holder]:
    """Whoever says how the dispute is to be settled, or the party that will settle it."""
    speakers = speaker_of(sentence, verb)
    if speakers:
        return speakers
    subject = first_child(verb, "nsubj")
    return phrase_holders(sentence, subject) if subject is not None and subject.i in sentence.mentions else []
