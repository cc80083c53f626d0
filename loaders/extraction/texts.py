"""Texts that speak for their authors: "the letter Hun Manet sent to the council", "in a
note of its own, the mission said". A later "The letter urges X" or "It asks Y" is the
author's position.

Filled once per document, before any pass reads it, like the speakers of quotations: each
parsed sentence that names a letter, a statement or a note with its author adds a
``TextVoice`` to the document's context; ``coreference.text_author`` finds the one a
definite "the letter" or a subject "it" points back to.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from stancegraph.loaders.extraction import holders as holding
from stancegraph.loaders.extraction.coreference import text_author
from stancegraph.loaders.extraction.filters import dated_before
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, TextVoice, first_child

FRAMES = frozenset({"in", "with", "through"})
"""Prepositions that make a text the means of its clause's subject ("in a letter, X asks",
"answered with a note of its own")."""


def attribute_texts(sentences: list[Sentence]) -> None:
    """Fill the document's ``text_voices`` from its parsed sentences, in text order."""
    for sentence in sentences:
        if {lemma.lower() for lemma in sentence.lemmas}.isdisjoint(sentence.words.voicing_texts):
            continue
        for token in sentence.sdoc:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in sentence.words.voicing_texts:
                continue
            authors = _authors(sentence, token) or text_author(sentence, token)
            if authors:
                sentence.context.text_voices.append(TextVoice(
                    sentence.base + token.idx, token.lemma_.lower(), tuple(authors),
                    token.dep_ in ("nsubj", "nsubjpass")))


def _authors(sentence: Sentence, text: Token) -> list[Holder]:
    """Who a sentence says put the text out: "X's letter", "a letter from X", "the letter
    X sent", "the letter, signed by X", "the appeal, bearing the signatures of X", "X sent a
    letter", "in a letter to the council, X asks"."""
    found = holding.named_by(sentence, text)
    for clause in (c for c in text.children if c.dep_ in ("relcl", "acl") and c.lemma_ in sentence.words.sending_verbs):
        subject = first_child(clause, "nsubj")
        if subject is not None and subject.lower_ not in sentence.words.relative:
            found = found or holding.phrase_holders(sentence, subject)
    for clause in (c for c in text.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_ in sentence.words.sending_verbs | sentence.words.signing_verbs):
        agent = next((g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None and not _signed_long_ago(sentence, clause):
            found = found or holding.phrase_holders(sentence, agent)  # "the letter, signed by X"
    for clause in (c for c in text.children if c.dep_ == "acl" and c.lemma_ == "bear"):
        # "the document, bearing the signatures of X and Y"
        signers = [g for o in clause.children if o.dep_ == "dobj" and o.lemma_ == "signature"
                   for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        found = found or [h for g in signers for h in holding.phrase_holders(sentence, g)]
    verb = text.head
    if text.dep_ == "dobj" and verb.lemma_ in sentence.words.sending_verbs:
        subject = first_child(verb, "nsubj")
        found = found or (holding.phrase_holders(sentence, subject) if subject is not None else [])
    if text.dep_ == "pobj" and verb.lower_ in FRAMES and verb.head.pos_ in ("VERB", "AUX"):
        subject = first_child(verb.head, "nsubj")
        found = found or (holding.phrase_holders(sentence, subject) if subject is not None else [])
    return [h for h in found if h is not COMMENTATOR and h.actor]


def _signed_long_ago(sentence: Sentence, clause: Token) -> bool:
    """Whether a signing is dated well before the story ("the statements signed by the three
    leaders in 2020-2022"): history, no voice now."""
    words = clause.doc[clause.left_edge.i:clause.right_edge.i + 1].text
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", words)]
    return dated_before(sentence, years)
