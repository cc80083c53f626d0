"""Requests: an act done at a party's request is what that party asked for -- "the rebels
pulled out of the town at Washington's request", "Kyiv paused strikes at the request of the
mediators", "the exchange went ahead at Qatar's urging". The doer's own stance is the other
passes' to read; this one gives the party that asked its demand, as the journalist or the
party itself tells it (not as another party's account of who asked).
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, TopicMatch, first_child
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "prep", "pobj", "prt", "compound", "amod"})
"""How a topic hangs on the act: its object, its passive subject, its prepositions."""
MEETING_VERBS = frozenset({"meet", "convene", "reconvene", "gather"})
"""Verbs whose subject's meeting is the act asked for ("the Security Council met at Cambodia's
request": the council's involvement)."""


class Requests:
    name = "requests"

    def __init__(self, resources: PackResources):
        self.nouns = resources.words.request_nouns

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and "at" in survey.words and survey.words & self.nouns else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        for noun in sentence.sdoc:
            if noun.lower_ not in self.nouns or noun.dep_ != "pobj" or noun.head.lower_ != "at":
                continue
            act = noun.head.head
            if act.pos_ != "VERB" or polarity.negated(sentence, act):
                continue
            askers = [h for h in _askers(sentence, noun) if h is not COMMENTATOR]
            speakers = speaker_of(sentence, act)
            if speakers is not None and not {sentence.party(h.actor) for h in askers} & {
                    sentence.party(h.actor) for h in speakers if h is not COMMENTATOR}:
                continue  # "Moscow said the truce was agreed at Kyiv's request": the other side's account
            for match in sentence.topic_matches:
                if not _done_by(act, match, noun.head):
                    continue
                stops = polarity.undoes(sentence, act) and (
                    act.i not in match.tokens)
                stance = "reject" if polarity.acted_against(sentence, act, match, stops) else "demand"
                claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.condition * h.confidence)
                              for h in askers)
        return Found(tuple(claims))


def _askers(sentence: Sentence, noun: Token) -> list[Holder]:
    """Who asked: "at Washington's request", "at the request of the mediators"."""
    owner = first_child(noun, "poss")
    if owner is not None:
        return phrase_holders(sentence, owner)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = first_child(of, "pobj") if of is not None else None
    return phrase_holders(sentence, pobj) if pobj is not None else []


def _done_by(act: Token, match: TopicMatch, at: Token) -> bool:
    """Whether the act is the topic's own verb or does the topic ("paused strikes"), not
    through the "at" phrase itself nor a clause of its own."""
    if act.i in match.tokens:
        return True
    node = match.root
    while node.i != act.i:
        met = node.dep_ == "nsubj" and node.head.i == act.i and act.lemma_ in MEETING_VERBS
        if not met and node.dep_ not in OBJECT_DEPS or node.i == at.i or node.head.i == node.i:
            return False
        node = node.head
    return True
