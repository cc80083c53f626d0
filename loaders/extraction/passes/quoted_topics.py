"""Quoted topics: a party's speaker quoted on a topic, with no cue word, backs it (weakly);
a phrase naming the topic's contrary counts only as the speaker judges it (naming a wrong
condemns it; "the positions used to shell our people" takes no side). A few words in
quotation marks (a name, a scare-quoted term) are no one speaking. The speaker's own
adjective for the topic judges it ("the illegal seizure of our assets" is against the
seizure)."""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction.attribution import quote_speaker
from stancegraph.loaders.extraction.evaluation import evaluation
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.polarity import halted, negated
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence
from stancegraph.loaders.extraction.weights import WEIGHTS


class QuotedTopics:
    name = "quoted_topics"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.acting = words.stoppings | words.reversers | words.enacting_verbs
        self.wrongs = words.hostile_framings | words.militant_nouns

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and survey.quoted else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims = []
        for match in sentence.topic_matches:
            quote = sentence.in_quote(match.root)
            if match.root.i in reading.covered or quote is None or _words(sentence, quote) < SPEECH_WORDS:
                continue
            if any(negated(sentence, a) for a in [match.root, *match.root.ancestors] if sentence.in_quote(a) == quote):
                continue  # "We do not need anyone's mediation": no backing
            if _counterfactual(sentence, match.root):
                continue  # "If sanctions could end wars, we would have had peace": a doubt
            if _acted_on(sentence, match, quote, self.acting):
                continue  # "will lift the pause on X and resume Y": the deed, not a mention, tells
            if _narrated(match.root):
                continue  # "They fought for thirty years": what happened, not what is backed
            # "Pakistan's cross-border terrorism", quoted: naming a wrong condemns it
            contrary = match.opposite and not halted(sentence, match.root.sent.root, match) and not any(
                sentence.sdoc[i].lemma_.lower() in self.wrongs for i in match.tokens)
            # "the illegal seizure of our assets": the speaker's own word for it judges it
            judged = _judged(sentence, match.root)
            if contrary and not judged:
                continue  # "the positions used to shell our people": naming the contrary takes no side
            if judged < 0:
                contrary = not contrary
            stance = "reject" if contrary else "support"
            if stance == "reject" and match.topic in sentence.resources.own_deeds:
                continue  # "their cowardly strikes": another side's use of force, condemned
            reporters = _others_said(sentence, match, quote)
            for holder in quote_speaker(sentence, match.root):
                if holder is COMMENTATOR or reporters - {sentence.party(holder.actor)}:
                    continue  # "Kigali will tell you it is all about the FDLR": Kigali's line, quoted
                claims.append(sentence.claim(holder, stance, match.topic, (), None, WEIGHTS.quoted_topic))
        return Found(tuple(claims))


SPEECH_WORDS = 5
"""Fewer words than this in quotation marks are a name or a scare-quoted term, not speech."""


def _words(sentence: Sentence, quote: tuple[int, int]) -> int:
    return len(sentence.context.document.text[quote[0]:quote[1]].split())


def _judged(sentence: Sentence, root) -> float:
    """The speaker's adjectives for the topic, or for what it is "of" ("the illegal seizure
    of our assets"), unless that stops or holds it up."""
    words = sentence.words
    nouns = [root]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        owner = root.head.head
        if owner.lemma_ in words.stoppings | words.reversers | words.obstructing_verbs:
            return 0.0  # "the illegal delay of the swap" condemns the delay, not the swap
        nouns.append(owner)
    return evaluation(sentence.words, [c for n in nouns for c in n.children if c.dep_ == "amod"])


def _acted_on(sentence: Sentence, match, quote: tuple[int, int], acting: frozenset[str]) -> bool:
    """Whether a verb in the quotation stops, reverses or enacts the topic: its direction is
    the deed's, which a mere mention cannot tell."""
    return any(a.pos_ == "VERB" and a.lemma_ in acting and a.i not in match.tokens
               for a in match.root.ancestors if sentence.in_quote(a) == quote)


def _others_said(sentence: Sentence, match, quote: tuple[int, int]) -> set[str]:
    """The parties a speech verb in the quotation names as saying what holds the topic: the
    speaker reporting someone else's words."""
    words = sentence.words
    return {sentence.party(m.actor) for a in match.root.ancestors if sentence.in_quote(a) == quote
            and a.lemma_ in words.speech for c in a.children if c.dep_ == "nsubj"
            and (m := sentence.mentions.get(c.i)) is not None}


def _narrated(root: Token) -> bool:
    """Whether the topic is the past-tense verb of its clause ("they fought", "we had
    negotiated"): a quotation telling what was done, which backs nothing by naming it."""
    return root.pos_ == "VERB" and (root.tag_ == "VBD" or root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in root.children))


def _counterfactual(sentence: Sentence, root: Token) -> bool:
    """Whether the topic sits in the condition of a past counterfactual ("if X could end
    the war, we would have had peace long ago"), which doubts X rather than backs it."""
    for node in root.ancestors:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in sentence.words.conditional_marks
                                        for c in node.children):
            auxiliaries = {c.lower_ for c in node.head.children if c.dep_ == "aux"}
            return "have" in auxiliaries and bool(auxiliaries & sentence.words.hedges)
    return False
