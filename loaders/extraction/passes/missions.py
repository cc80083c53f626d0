"""Missions: a party that goes, sends envoys or meets somewhere for a topic supports it --
"Kyiv sent a delegation to Geneva to hold direct talks", "the envoy flew to Doha for
talks on a prisoner swap", "a Congolese delegation is in Luanda to negotiate a truce".
The purpose of the movement (its "to" clause or "for" phrase) names the topic. A purpose
that is a stance word of its own ("flew to Moscow to push for X") is the cue pass's; one
that stops something ("to halt the fighting") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import BEING, COMMENTATOR, Holder, Sentence, TopicMatch, first_child
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

PLACES = frozenset({"in", "at"})


class Missions:
    name = "missions"

    def __init__(self, resources: PackResources):
        self.verbs = resources.words.mission_verbs
        self.forms = resources.lexicon.forms(self.verbs) | BEING

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        return (0,) if survey.has_topic and words & self.forms and words & {"to", "for"} else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        if sentence.is_question:
            return Found()
        claims: list[Claim] = []
        covered: set[int] = set()
        for verb in sentence.sdoc:
            if verb.lemma_ not in self.verbs or verb.pos_ not in ("VERB", "AUX"):
                continue
            purposes = _purposes(sentence, verb)
            if not purposes or polarity.negated(sentence, verb) or not filters.is_position(sentence, verb):
                continue
            holders = _travellers(sentence, verb)
            if not holders or COMMENTATOR in holders:
                continue
            scope = set().union(*(collect(sentence, p, is_root=False) for p in purposes)) - reading.covered
            covered |= scope
            for match in topics_in(sentence, scope):
                if _matter(sentence, match, purposes):
                    continue
                stance, weight = polarity.apply_flips("support", polarity.flips(sentence, verb, match, scope))
                claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.action * weight * h.confidence)
                              for h in holders)
        return Found(tuple(claims), frozenset(covered))


def _travellers(sentence: Sentence, verb: Token) -> list[Holder]:
    """Who goes, sends or meets: the subject (of the first verb of a coordination), never
    whoever is "present" or met ("met Kyiv's envoy to discuss X")."""
    node = verb
    while node.dep_ == "conj" and first_child(node, "nsubj") is None:
        node = node.head
    subject = first_child(node, "nsubj")
    return phrase_holders(sentence, subject) if subject is not None else []


def _matter(sentence: Sentence, match: TopicMatch, purposes: list[Token]) -> bool:
    """A topic's contrary that is what the party meets to examine ("met to discuss the
    fighting") is the matter of the meeting; asked for more ("to discuss more weapons") or
    below a verb of its own ("to discuss speeding up arms deliveries") it is the goal."""
    governor = match.root.head
    if governor.dep_ == "prep" and governor.lower_ in ("about", "on", "over"):
        governor = governor.head
    more = any(t.lower_ in sentence.words.more_words for t in match.root.subtree)
    return match.opposite and not more and governor in purposes and governor.lemma_ in sentence.words.examining_verbs


def _purposes(sentence: Sentence, verb: Token) -> list[Token]:
    """What the movement is for: a "to" clause that is no stance word, stops nothing and
    reports nothing, or a "for" phrase. "be" is a movement only with a place ("is in Luanda to ...")."""
    if verb.lemma_ == "be" and not any(c.dep_ == "prep" and c.lower_ in PLACES for c in verb.children):
        return []
    words = sentence.words
    found = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    found += [
        c for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.i not in sentence.cues
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and c.lemma_ not in words.stoppings and not polarity.is_reverser(sentence, c)
        and c.lemma_ not in words.speech  # "returned to the cameras to say X": what was said is no goal
    ]
    return found
