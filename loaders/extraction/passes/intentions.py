"""Stated intentions: a party's stated intention to do the very action a topic names, with
no cue word -- "the EU will not lift sanctions", "Britain will send troops to Ukraine", "the
two sides are set to exchange prisoners"."""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.holders import cue_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence, TopicMatch, says_no, to_infinitive
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Cue
from stancegraph.schema import Claim


POSSIBILITY = frozenset({"could", "can", "ca"})
"""Auxiliaries by which a party says a topic may happen ("ca" is "can" of "can't")."""


class Intentions:
    name = "intentions"

    def __init__(self, resources: PackResources):
        self.auxiliaries = resources.words.intent_auxiliaries
        self.frames = resources.words.intent_frames
        self.aspects = resources.words.aspect_verbs
        self.violations = resources.words.violations
        self.attacks = resources.words.attack_nouns
        self.own_deeds = resources.own_deeds

    def wants(self, survey: Survey) -> tuple[int, ...]:
        # "the EU will not lift sanctions": the topic's own verb carries the stance. Whether
        # a phrase holds a verb shows only in the parse ("set to swap prisoners", "would not
        # fire a single shot"), so any sentence with an intention's word and a topic is read
        return (0,) if survey.has_topic and survey.words & (self.auxiliaries | self.frames | POSSIBILITY) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        words = sentence.words
        covered = set(reading.covered)
        claims: list[Claim] = []
        for match in sentence.topic_matches:
            verb, breaking = match.root, None
            if verb.pos_ != "VERB":
                if verb.i not in covered:
                    claims.extend(self._announced(sentence, match))  # "the exchange will go ahead"
                breaking = _breaking(sentence, match)
                engaging = _engaging(sentence, match) or breaking
                if engaging is None or engaging.i in covered:
                    continue
                verb = engaging  # "will hold no talks with Kyiv": the talks the party will (not) hold
            if verb.i in covered or not self._intended(verb):
                continue
            conditions = [c for c in verb.children if c.dep_ == "advcl"
                          and any(g.lower_ in words.conditional_marks for g in c.children)]
            if any(not self._if_attacked(c, match) for c in conditions):
                continue  # "if Russia agrees, Ukraine will halt strikes": an offer on terms
            if not filters.is_position(sentence, verb):
                continue
            cue = Cue(lemma=verb.lemma_, pos=("VERB",), stance="support", confidence=WEIGHTS.stated_intention)
            holders = cue_holders(sentence, verb, cue)
            if not holders or COMMENTATOR in holders:
                continue
            # "Kyiv will never join NATO", where the pack's phrase holds the "never": against it
            flips = int(polarity.negated(sentence, verb, match.tokens)) + int(match.opposite) + int(
                verb is not match.root and says_no(match.root, match.tokens)) + int(breaking is not None)
            stance, weight = polarity.apply_flips("support", flips)
            covered |= collect(sentence, verb, is_root=True)
            for holder in holders:
                claims.append(sentence.claim(holder, stance, match.topic, (), None,
                                             cue.confidence * weight * holder.confidence))
        return Found(tuple(claims), frozenset(covered))

    def _announced(self, sentence: Sentence, match: TopicMatch) -> list[Claim]:
        """"The exchange will go ahead on Friday, Kyiv said", "the handover would not go
        ahead, the spokesman said": a party saying a topic will (not) happen backs (refuses)
        it; no one does when the journalist says so."""
        verb = match.root.head
        if match.root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or not polarity.listed(
                verb, sentence.words.occurring_verbs, ("prt", "dobj", "advmod")) or not (
                self._intended(verb) or _allowed(verb)):
            return []
        if not filters.is_position(sentence, verb):
            return []
        holders = speaker_of(sentence, verb)
        if not holders or COMMENTATOR in holders:
            return []
        # "deliveries will continue", where the deliveries are a halt's opposite: against the halt
        flips = int(polarity.negated(sentence, verb)) + int(match.opposite)
        stance, weight = polarity.apply_flips("support", flips)
        return [sentence.claim(h, stance, match.topic, (), None, WEIGHTS.stated_intention * weight * h.confidence)
                for h in holders]

    def _if_attacked(self, condition: Token, match: TopicMatch) -> bool:
        """Whether the condition is an attack and the topic the party's own force: "India will
        strike back if attacked" is a threat, which is the party's position, not an offer."""
        if match.topic not in self.own_deeds:
            return False
        return condition.lemma_ in self.violations or any(
            t.lemma_ in self.attacks and t.pos_ == "NOUN" for t in condition.subtree)

    def _intended(self, verb) -> bool:
        """Whether the verb is said as an intention: under "will" or "would", or framed ("set
        to", "poised to", "due to"), or under a verb of going on that is ("will keep
        tightening sanctions")."""
        if verb.dep_ == "xcomp" and verb.head.lemma_ in self.aspects and verb.head.pos_ == "VERB":
            verb = verb.head
        if any(c.dep_ == "aux" and c.lower_ in self.auxiliaries for c in verb.children):
            return True
        return (verb.dep_ == "xcomp" and verb.head.lower_ in self.frames
                and to_infinitive(verb))


def _engaging(sentence: Sentence, match: TopicMatch) -> Token | None:
    """The verb by which a party takes part in what a noun topic names, one of the things a
    party engages in ("will hold talks", "would not attend the summit", "will convene the
    mechanism")."""
    root = match.root
    verb = root.head
    if root.dep_ != "dobj" or root.lemma_ not in sentence.words.engagement_nouns or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_ in sentence.words.engaging_verbs else None


def _breaking(sentence: Sentence, match: TopicMatch) -> Token | None:
    """The verb by which a party breaks the truce a noun topic names ("would not breach the
    truce"), or the copula of "would not be the first to violate the truce": a party that
    says it will not keeps to it."""
    root = match.root
    verb = root.head
    if root.dep_ != "dobj" or root.lemma_ not in sentence.words.truce_nouns or verb.lemma_ not in sentence.words.breaches:
        return None
    first = verb.head
    if verb.dep_ in ("acl", "relcl") and first.lower_ == "first" and first.head.lemma_ in sentence.words.copulas:
        return first.head
    return verb


def _allowed(verb: Token) -> bool:
    """Whether a party says a topic may happen ("talks could resume, Anutin said"): it is
    open to it, as to what it says will happen."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY for c in verb.children)
