"""The cheap pass: tokenize a whole document, split its sentences, find the pack's actors,
quotations and topic phrases, and choose the sentences worth a full parse.

Nothing here parses. Each claim pass says which sentences it wants (``ClaimPass.wants``);
a quotation one of them touches is parsed whole, with the sentence after it (its
attribution often stands there: '... ," he said.').
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.pipeline import Sentencizer

from stancegraph.loaders.extraction.passes import ClaimPass, Survey
from stancegraph.loaders.extraction.resources import PackResources, PhraseKey, stemmed
from stancegraph.loaders.extraction.sentence import DocumentContext
from stancegraph.loaders.mentions import MentionTable, quote_spans
from stancegraph.loaders.nlp import tokenize
from stancegraph.loaders.sentences import sentence_bounds
from stancegraph.schema import Document

TOPIC_STANDINS = frozenset({"such", "similar"})
"""Words that stand for a topic named before ("such a deal"): a sentence may carry one."""


def survey(document: Document, resources: PackResources, splitter: Sentencizer,
           passes: Sequence[ClaimPass], prefilter: bool = True) -> tuple[DocumentContext, list[int]]:
    """The document's context, and the indices of the sentences to parse, in order."""
    cheap = stemmed(splitter(tokenize(resources.nlp, document.text)))
    sentences = list(sentence_bounds(cheap))
    topic_spans = [(cheap[s:e], cheap.vocab.strings[m]) for m, s, e in resources.cheap_topic_matcher(cheap)]
    topic_mentions = sorted(
        (span.start_char, PhraseKey.parse(key).topic, span[-1].lower_.rstrip("s"))
        for span, key in topic_spans
        if not key.startswith("infra:")
    )
    context = DocumentContext(
        document=document,
        sentences=sentences,
        mentions=MentionTable(resources.index.find(cheap)),
        quotes=quote_spans(document.text),
        topic_mentions=topic_mentions,
    )
    if not prefilter:
        return context, list(range(len(sentences)))
    topical = sorted(span.start_char for span, _ in topic_spans)
    quote_starts = [q[0] for q in context.quotes]
    wanted: set[int] = set()
    for i, (start, end) in enumerate(sentences):
        span = cheap.char_span(start, end, alignment_mode="expand")
        words = frozenset(t.lower_ for t in span)
        sentence = Survey(
            index=i,
            words=words,
            stems=frozenset(t.norm_ for t in span),
            first_word=span[0].lower_,
            has_topic=_any_between(topical, start, end) or bool(words & TOPIC_STANDINS),
            quoted=_any_quote_overlaps(context.quotes, quote_starts, start, end),
        )
        for each in passes:
            wanted.update(i + offset for offset in each.wants(sentence))
    sentence_starts = context.sentence_starts
    for quote in context.quotes:
        inside = _sentences_overlapping(sentences, sentence_starts, *quote)
        if not wanted.isdisjoint(inside):
            wanted.update(inside)
            after = inside[-1] + 1
            if after < len(sentences):
                wanted.add(after)
    return context, sorted(wanted)


def _any_quote_overlaps(quotes: list[tuple[int, int]], quote_starts: list[int],
                        start: int, end: int) -> bool:
    """Whether a quotation overlaps ``[start, end)``. Quotations are sorted and never
    overlap, so of those starting before ``end`` the last one ends latest."""
    i = bisect.bisect_left(quote_starts, end)
    return i > 0 and quotes[i - 1][1] > start


def _sentences_overlapping(sentences: list[tuple[int, int]], sentence_starts: list[int],
                           start: int, end: int) -> range:
    """The indices of the sentences overlapping ``[start, end)``, found by search so that a
    long document's quotations cost no more than its length (sentences are sorted and
    disjoint)."""
    last = bisect.bisect_left(sentence_starts, end)
    first = bisect.bisect_right(sentences, start, hi=last, key=lambda s: s[1])
    return range(first, last)


def _any_between(offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets holds one in ``[start, end)``."""
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end
