"""Sentence bounds: where one sentence ends and the next begins."""

import pytest

from stancegraph.loaders.sentences import split_sentences

pytestmark = pytest.mark.slow  # loads the spaCy tokenizer


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_an_opening_quotation_mark_goes_with_the_sentence_it_opens():
    assert sentences('Borsk pushed back. "We stay," its envoy said.') == [
        "Borsk pushed back.", '"We stay," its envoy said.']


def test_a_closing_quotation_mark_stays_with_its_sentence():
    assert sentences('The envoy said "no." Talks ended.') == ['The envoy said "no."', "Talks ended."]


def test_a_lone_quotation_mark_at_the_end_stays():
    assert sentences('It ended. "') == ['It ended. "']
