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
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence, first_child
from stancegraph.loaders.extraction.topics import topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim

ASKED = frozenset({"asked", "pressed", "questioned"})
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
        return (0,) if survey.has_topic and words & ASKED and (NO in words or YES in words) else ()

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
            if not holders or COMMENTATOR in holders:
                continue
            for match in topics_in(sentence, asked):
                stance = "support" if (answer == YES) != match.opposite else "reject"
                claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.answer * h.confidence)
                              for h in holders)
        return Found(tuple(claims))


def _asked_whether(token: Token) -> bool:
    """"Asked whether Kyiv would accept X, ...": the question's mark hangs on its clause,
    which ``reporters_question`` (read by the cue and holder rules too) does not look at."""
    return (token.lemma_ in QUESTIONING and token.tag_ == "VBN" and token.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children)
            and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in QUESTIONED_ON for g in c.children)
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
    if clause.lemma_ == "be" and any(c.dep_ == "expl" for c in clause.children) and any(
            c.dep_ == "attr" and c.lemma_ in REFUSING and any(g.dep_ == "det" and g.lower_ == NO for g in c.children)
            for c in clause.children):
        return NO  # "there was no need", "there were no plans"
    return None
