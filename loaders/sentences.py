"""Sentences and evidence offsets: a service every extractor shares.

Any backend that finds a claim in a sentence builds its ``Evidence`` here, so offsets are
exact whatever produced the claim: ``document.text[start:end] == sentence``. Sentences are
split by spaCy's rule-based sentencizer on the English tokenizer, and again at line breaks
(a headline or a paragraph never runs into the next).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from stancegraph.schema import Document, Evidence


OPENING_QUOTES = ('"', "\u201c", "'", "\u2018")


def sentence_bounds(doc: Doc) -> Iterator[tuple[int, int]]:
    """Character bounds of the sentences of a sentencized ``doc``, also split at line breaks,
    stripped of white space. A quotation mark that opens the next sentence (`pushed back.
    "We ...`) goes with it, whatever the sentencizer made of it."""
    carried: list[Token] = []
    for sent in doc.sents:
        piece: list[Token] = carried
        carried = []
        for token in sent:
            if token.is_space and "\n" in token.text:
                yield from _bounds(piece)
                piece = []
            else:
                piece.append(token)
        if len(piece) > 1 and _opens(piece[-1]):
            carried = [piece.pop()]
        yield from _bounds(piece)
    yield from _bounds(carried)


def _opens(token: Token) -> bool:
    """A quotation mark with a space before it and a word right after it."""
    doc = token.doc
    return (token.text in OPENING_QUOTES and token.i + 1 < len(doc) and not token.whitespace_
            and bool(doc[token.i - 1].whitespace_) and not doc[token.i + 1].is_space)


def _bounds(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    words = [t for t in tokens if not t.is_space]
    if words:
        yield words[0].idx, words[-1].idx + len(words[-1].text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character bounds of the sentences of ``text``.

    >>> split_sentences("Kyiv wants a truce. Moscow said no.\\nNext line")
    [(0, 19), (20, 35), (36, 45)]
    """
    from stancegraph.loaders.nlp import load_tokenizer, sentence_splitter

    return list(sentence_bounds(sentence_splitter()(load_tokenizer()(text))))


def evidence(document: Document, start: int, end: int, speaker: str) -> Evidence:
    """The evidence of a claim read from ``document.text[start:end]``, said by ``speaker``."""
    return Evidence(
        document_id=document.id,
        sentence=document.text[start:end],
        start=start,
        end=end,
        speaker=speaker,
    )
