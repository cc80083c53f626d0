"""A condition set on a position is a demand: "will agree to X only if the West halts
weapons deliveries" demands the halt. Read by ``stance_cues`` for each cue it reads."""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.passes import Found
from stancegraph.loaders.extraction.scope import collect, small_clause
from stancegraph.loaders.extraction.sentence import Holder, Sentence
from stancegraph.loaders.extraction.topics import infrastructure_in, topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


def condition_claims(sentence: Sentence, token: Token, holders: list[Holder]) -> Found:
    """The demands in the conditions of the cue ``token``, held by its ``holders``."""
    words = sentence.words
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    claims: list[Claim] = []
    covered: set[int] = set()
    for condition in clause.children:
        if condition.dep_ not in ("advcl", "conj") or not any(
            c.dep_ == "mark" and c.lower_ in words.condition_marks for c in condition.children
        ):
            continue
        scope = collect(sentence, condition, is_root=False) - {
            t.i for c in condition.children if c.dep_ == "nsubj" and not small_clause(condition, False)
            for t in c.subtree
        }
        covered |= scope
        infrastructure = infrastructure_in(sentence, scope)
        for match in topics_in(sentence, scope):
            topic = sentence.resources.topics.get(match.topic)
            flips = polarity.flips(sentence, condition, match, scope) + (1 if polarity.negated(sentence, condition) else 0)
            if polarity.is_reverser(sentence, condition) and not (topic and topic.is_cessation):
                flips += 1
            final, weight = polarity.apply_flips("demand", flips)
            infra = infrastructure if topic and topic.is_infrastructure_scoped else ()
            for holder in holders:
                claims.append(sentence.claim(holder, final, match.topic, infra, None,
                                             WEIGHTS.condition * weight * holder.confidence))
    return Found(tuple(claims), frozenset(covered))
