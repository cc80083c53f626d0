"""Answers: a reporter's question names the topic, a short answer gives the stance --
"Asked whether Kyiv would accept a ceasefire, Zelenskyy said no", "Asked about a UN role,
the spokesman said there was no need". A flat no (or "there was no need") rejects what was
asked about, a flat yes supports it. An answer that names a topic of its own is read by the
other passes; a question that is itself negative ("whether Kyiv would not accept X") is left,
as the answer's sense is unclear.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.cues import QUESTIONED_ON, QUESTIONING, reporters_question
from stancegraph.loaders.extraction.holders import phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, first_child
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

ASKED = frozenset({"asked", "pressed", "questioned"})
AUXILIARIES = frozenset({"would", "will", "could", "can", "did", "does", "do", "was", "is", "were", "are", "had", "has"})
"""The auxiliaries an answer may repeat alone ("said it would not")."""
ELLIPTICAL_MARKS = frozenset({"nsubj", "neg", "advmod", "mark", "punct", "advcl"})
"""What a clause that only repeats the question's auxiliary may have: "that it certainly
would not, once the war was over"."""
CERTAINTY = frozenset({"certainly", "definitely", "absolutely", "surely"})
"""Adverbs that make an answer firmer, not longer ("it certainly would not")."""
NO, YES = "no", "yes"
REFUSING = frozenset({"need", "plan", "question", "intention", "possibility", "chance", "prospect"})
"""What "there is no ..." denies when it answers no ("there was no need"); "there was no
change" answers nothing of the kind."""


class Answers:
    name = "answers"

    def __init__(self, resources: PackResources):
        pass

    def wants(self, survey: Survey) -> tuple[int, ...]:
        words = survey.words
        return (0,) if survey.has_topic and words & ASKED and (NO in words or YES in words or words & AUXILIARIES) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        for question in sentence.sdoc:
            if not (reporters_question(question) or _asked_whether(question)):
                continue
            answer = _answer(sentence, question.head)
            if answer is None:
                continue
            asked = {t.i for t in question.subtree}
            if any(polarity.negated(sentence, t) for t in question.subtree if t.pos_ in ("VERB", "AUX")):
                continue
            subject = first_child(question.head, "nsubj")
            holders = phrase_holders(sentence, subject) if subject is not None else []
            if not holders or COMMENTATOR in holders or _of_another(sentence, question, holders):
                continue
            for match in topics_in(sentence, asked):
                stance = "support" if (answer == YES) != match.opposite else "reject"
                claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.answer * h.confidence)
                              for h in holders)
        return Found(tuple(claims))


def _of_another(sentence: Sentence, question: Token, holders: list[Holder]) -> bool:
    """Whether the question asks what another party would do ("Asked whether Russia would
    accept X, Trump said it would"): the answer is a forecast, no stance of the answerer's."""
    clause = next((c for c in question.children if c.dep_ in ("ccomp", "advcl")), None)
    doer = first_child(clause, "nsubj") if clause is not None else None
    if doer is None or doer.pos_ == "PRON":
        return False
    party = sentence.party
    doers = {party(h.actor) for h in phrase_holders(sentence, doer) if h is not COMMENTATOR and h.actor}
    return bool(doers) and doers.isdisjoint(party(h.actor) for h in holders)


def _asked_whether(token: Token) -> bool:
    """"Asked whether Kyiv would accept X, ...": the question's mark hangs on its clause,
    which ``reporters_question`` (read by the cue and holder rules too) does not look at."""
    # the tagger may take the bare participle for a past tense; without a subject it is none
    return (token.lemma_ in QUESTIONING and token.tag_ in ("VBN", "VBD") and token.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children)
            and any(c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in QUESTIONED_ON for g in c.children)
                    for c in token.children))


def _answer(sentence: Sentence, verb: Token) -> str | None:
    """"no" or "yes" when the speech verb's answer is short and says only that: "said no",
    "said there was no need"; None for any other answer."""
    if verb.lemma_ not in sentence.words.speech:
        return None
    said = [c for c in verb.children if c.dep_ in ("intj", "dobj", "ccomp", "npadvmod", "advmod", "neg")]
    flat = next((c.lower_ for c in said if c.lower_ in (NO, YES)), None)
    if flat is not None:
        return flat
    clause = next((c for c in said if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree}
    if any(m.root.i in inside for m in sentence.topic_matches):
        return None  # an answer with a topic of its own is read by the other passes
    elliptical = _elliptical(clause)
    if elliptical is not None:
        return elliptical  # "said it would not", "replied that it never would"
    if clause.lemma_ == "be" and any(c.dep_ == "expl" for c in clause.children) and any(
            c.dep_ == "attr" and c.lemma_ in REFUSING and any(g.dep_ == "det" and g.lower_ == NO for g in c.children)
            for c in clause.children):
        return NO  # "there was no need", "there were no plans"
    return None


def _elliptical(clause: Token) -> str | None:
    """"no" or "yes" for an answer that repeats the question's auxiliary and nothing else
    ("it would not", "that it never would", "they will"); None for any other clause."""
    if (clause.tag_ != "MD" and clause.lemma_ not in ("do", "be", "have")) or clause.pos_ not in ("AUX", "VERB"):
        return None
    children = list(clause.children)
    if any(c.dep_ not in ELLIPTICAL_MARKS for c in children) or not any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children):
        return None
    # an adverb that is not a degree of certainty says more than yes or no ("would later")
    if any(c.dep_ == "advmod" and c.lower_ not in CERTAINTY and c.lower_ != "never" for c in children):
        return None
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
    return NO if denied else YES
