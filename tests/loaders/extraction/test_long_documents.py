"""Long documents: quotation speakers in linear time, and texts beyond the parser's limit.

A quotation with no attribution of its own continues the last speaker of its paragraph.
This used to be computed by comparing every quotation with every attributed one after
each sentence (cubic in a document's length); it is now propagated from each new
attribution. The property test replays random attribution orders against the old rule,
stated plainly here, and asks for the same speakers after every sentence.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancegraph.loaders.extraction.attribution import _continue_paragraphs
from stancegraph.loaders.extraction.sentence import DocumentContext
from stancegraph.loaders.mentions import MentionTable, quote_spans
from stancegraph.schema import Document
from synthetic_corpus import SyntheticCorpus


def continue_paragraphs_as_stated(context: DocumentContext) -> None:
    """The rule as first written: an unattributed quotation takes the speakers of the
    latest attributed quotation before it in its paragraph."""
    text = context.document.text
    for quote in context.quotes:
        if quote in context.quote_speakers:
            continue
        earlier = [q for q in context.quote_speakers
                   if q[1] <= quote[0] and "\n" not in text[q[1]:quote[0]]]
        if earlier:
            context.quote_speakers[quote] = context.quote_speakers[max(earlier)]


def context_of(text: str) -> DocumentContext:
    document = Document.from_text(text, "quotes.txt")
    return DocumentContext(document=document, sentences=[], mentions=MentionTable([]),
                           quotes=quote_spans(text), topic_mentions=[])


paragraphs = st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(paragraphs=paragraphs, data=st.data())
def test_quotation_speakers_continue_as_the_stated_rule_says(paragraphs, data):
    text = "\n".join(
        " ".join(f'Speaker {p} said: "point {q}."' if q % 2 else f'"Point {q}," someone added.'
                 for q in range(count)) or "No quotation here."
        for p, count in enumerate(paragraphs)
    )
    fast, stated = context_of(text), context_of(text)
    quotes = fast.quotes
    rounds = data.draw(st.lists(st.lists(st.integers(0, max(len(quotes) - 1, 0)), max_size=3),
                                max_size=8))
    for number, chosen in enumerate(rounds):
        new = []
        for i in chosen if quotes else ():
            if quotes[i] not in fast.quote_speakers:
                fast.quote_speakers[quotes[i]] = [f"speaker {number}.{i}"]
                stated.quote_speakers[quotes[i]] = [f"speaker {number}.{i}"]
                new.append(i)
        _continue_paragraphs(SimpleNamespace(context=fast), new)
        continue_paragraphs_as_stated(stated)
        assert fast.quote_speakers == stated.quote_speakers


def test_a_quotation_is_found_by_any_offset_inside_it():
    context = context_of('He said: "Stop." Then "go" and "wait".')
    found = [context.quote_at(i) for i in range(len(context.document.text))]
    expected = [next((q for q in context.quotes if q[0] <= i < q[1]), None)
                for i in range(len(context.document.text))]
    assert found == expected


@pytest.mark.slow
def test_extraction_time_grows_with_the_length_of_a_document_not_faster():
    from stancegraph.loaders.extraction import RuleExtractor
    from stancegraph.loaders.packs import load_pack

    pack = load_pack()
    corpus = SyntheticCorpus(pack, seed=5)
    extractor = RuleExtractor(pack)
    seconds = {}
    for words in (5_000, 40_000):
        document = Document.from_text(corpus.long_document(words), f"long{words}.txt")
        started = time.process_time()
        extractor.extract([document])
        seconds[words] = time.process_time() - started
    # Eight times the words: about eight times the work. A quadratic step would take 64
    # times as long; the old quotation matching took several hundred.
    assert seconds[40_000] < 20 * seconds[5_000], seconds


@pytest.mark.slow
def test_a_document_longer_than_the_parsers_limit_is_read_with_exact_offsets():
    from stancegraph.loaders.extraction import RuleExtractor
    from stancegraph.loaders.packs import load_pack

    pack = load_pack()
    extractor = RuleExtractor(pack)
    text = SyntheticCorpus(pack, seed=6).long_document(190_000)
    assert len(text) > extractor.nlp.max_length
    document = Document.from_text(text, "transcript.txt")
    claims = extractor.extract([document]).claims
    assert claims
    tail = [c for c in claims if c.evidence.start > extractor.nlp.max_length]
    assert tail, "nothing read beyond the first million characters"
    for claim in claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.sentence
