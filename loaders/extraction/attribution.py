"""Who says it: speakers of quotations, "according to" sources, and who prescribes.

Quotations are attributed once per document, before any pass reads it, to the subject of
the speech verb of the sentence that touches them; a quotation with no attribution of its
own continues the paragraph's last speaker.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from stancegraph.loaders.extraction import holders as holding
from stancegraph.loaders.extraction.sentence import DocumentContext, Holder, Sentence, first_child


def attribute_quotes(sentences: list[Sentence]) -> None:
    """Fill the document's ``quote_speakers`` from its parsed sentences, in text order."""
    for sentence in sentences:
        _continue_paragraphs(sentence, _attribute_touching(sentence))


def _attribute_touching(sentence: Sentence) -> list[int]:
    """Attribute the quotations this sentence touches to the subject of its speech verb;
    return the indices (in ``context.quotes``) of those attributed here."""
    context = sentence.context
    attributed: list[int] = []
    for token in sentence.sdoc:
        if token.lemma_ not in sentence.words.speech or token.pos_ not in ("VERB", "AUX"):
            continue
        if sentence.in_quote(token):
            continue
        subject = first_child(token, "nsubj", "nsubjpass")
        if subject is None:
            continue
        speakers = holding.phrase_holders(sentence, subject)
        if not speakers:
            continue
        start, end = sentence.base, sentence.base + len(sentence.sdoc.text)
        for i in _touching(context, start - 3, end + 3):
            quote = context.quotes[i]
            if quote not in context.quote_speakers:
                context.quote_speakers[quote] = speakers
                attributed.append(i)
    return attributed


def _touching(context: DocumentContext, start: int, end: int) -> range:
    """The indices of the quotations overlapping ``(start, end)``: quotations are sorted and
    never overlap, so their ends are sorted too and two searches find them."""
    quotes = context.quotes
    last = bisect.bisect_left(context.quote_starts, end)
    first = bisect.bisect_right(quotes, start, hi=last, key=lambda q: q[1])
    return range(first, last)


def _continue_paragraphs(sentence: Sentence, attributed: list[int]) -> None:
    """A quotation with no attribution of its own continues the paragraph's last speaker.

    After every sentence, each quotation that follows an attributed one in its paragraph is
    attributed, so only the quotations after one attributed just now can change: each takes
    the speakers of the nearest attributed quotation before it, until the paragraph ends or
    an attributed quotation begins. Every quotation is attributed once, so a document's
    attribution takes time linear in its length.
    """
    context = sentence.context
    text = context.document.text
    quotes, speakers = context.quotes, context.quote_speakers
    for i in sorted(attributed):
        previous = quotes[i]
        for j in range(i + 1, len(quotes)):
            quote = quotes[j]
            if quote in speakers or "\n" in text[previous[1]:quote[0]]:
                break
            speakers[quote] = speakers[previous]
            previous = quote


def quote_speaker(sentence: Sentence, token: Token) -> list[Holder]:
    """The speaker of the quotation ``token`` stands in, if known."""
    quote = sentence.in_quote(token)
    if quote is None:
        return []
    return sentence.context.quote_speakers.get(quote, [])


def according_to(sentence: Sentence) -> list[Holder]:
    """The source of an "according to X" in the sentence."""
    sdoc = sentence.sdoc
    for t in sdoc:
        if t.lower_ == "according" and t.i + 2 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
            for pobj in (c for c in sdoc[t.i + 1].children if c.dep_ == "pobj"):
                found = holding.phrase_holders(sentence, pobj)
                if found:
                    return found
    return []


def prescriber(sentence: Sentence, token: Token) -> list[Holder] | None:
    """Who says what the cue's subject should do ("Zelenskyy said Russia must accept X").

    None when the cue carries no modal of obligation; an empty list when nobody is
    reported as saying it (the author's own advice).
    """
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    while clause.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in clause.children):
        clause = clause.head  # "should stop X and instead push for Y"
    if token.pos_ not in ("VERB", "ADJ") or not any(
        c.dep_ == "aux" and c.lower_ in sentence.words.obligation for c in clause.children
    ):
        return None
    speakers = speaker_of(sentence, token, clause)
    return speakers if speakers is not None else according_to(sentence)


def speaker_of(sentence: Sentence, token: Token, clause: Token | None = None) -> list[Holder] | None:
    """Who is reported as saying what ``token`` stands in: the speaker of its quotation, or
    the subject of the speech verb above it (above ``clause`` when given). None when the
    sentence reports no one saying it; an empty list when the speaker is unknown."""
    if sentence.in_quote(token):
        return quote_speaker(sentence, token)
    for node in (clause if clause is not None else token).ancestors:
        if node.lemma_ in sentence.words.speech and not sentence.in_quote(node):
            subject = first_child(node, "nsubj", "nsubjpass")
            return holding.phrase_holders(sentence, subject) if subject is not None else []
    return None
