"""Long documents: quotation speakers in linear time, and texts beyond the parser's limit.

A quotation with no attribution of its own continues the speaker of the quotations
before it, as far back as each continues the one before (``attribution.continues``: in
one paragraph, or a paragraph that opens on a quotation). It is worked out when a pass asks,
and kept, so each quotation is walked over once; the property test checks it, asked in any
order, against the rule stated plainly here, which walks back from every quotation
(quadratic in a document's length), on random attributions.
"""

from __future__ import annotations

import time
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancegraph.loaders.extraction.attribution import continues, speakers_of
from stancegraph.loaders.extraction.sentence import DocumentContext
from stancegraph.loaders.mentions import MentionTable, quote_spans
from stancegraph.schema import Document
from synthetic_corpus import SyntheticCorpus


def continue_speakers_as_stated(context: DocumentContext) -> None:
    """The rule stated plainly: an unattributed quotation takes the speakers of the nearest
    attributed quotation reached by walking back while each quotation continues the one before."""
    text, quotes = context.document.text, context.quotes
    attributed = dict(context.quote_speakers)
    for k, quote in enumerate(quotes):
        j = k
        while quote not in attributed and j > 0 and continues(text, quotes[j - 1], quotes[j]):
            j -= 1
            if quotes[j] in attributed:
                context.quote_speakers[quote] = attributed[quotes[j]]
                break


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
                 for q in range(count)) or ('"A quotation opens this paragraph."' if p % 2 else "No quotation here.")
        for p, count in enumerate(paragraphs)
    )
    fast, stated = context_of(text), context_of(text)
    quotes = fast.quotes
    chosen = data.draw(st.sets(st.integers(0, max(len(quotes) - 1, 0)), max_size=6)) if quotes else set()
    for i in chosen:
        fast.quote_speakers[quotes[i]] = stated.quote_speakers[quotes[i]] = [f"speaker {i}"]
    asked = data.draw(st.permutations(quotes))  # a pass may ask about them in any order
    found = {quote: speakers_of(fast, quote) for quote in asked}
    continue_speakers_as_stated(stated)
    assert found == {quote: stated.quote_speakers.get(quote, []) for quote in quotes}


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
