"""The rule engine: negotiating-position claims from news text, read on a spaCy parse.

A cheap pass (``survey``) tokenizes each document, finds the pack's actors, quotations and
topic phrases, and keeps the sentences some claim pass wants. spaCy parses just those.
Each parsed ``Sentence`` is then read by the claim passes (``passes/``, one phenomenon
each, in registry order), which share these services:

- ``holders`` and ``coreference``: who holds a position (names, groups, pronouns, pairs);
- ``attribution``: quotation speakers, "according to" sources, who prescribes;
- ``scope``: the clause a cue governs; ``topics``: the pack's topics inside it;
- ``polarity``: negations and reversals; ``filters``: what is no one's position;
- ``cues``: which words are stance cues (``cues.yaml``); ``weights``: every confidence.

English lives in ``cues.yaml`` and ``english.yaml``; the negotiation in the domain pack.
"""

from stancegraph.loaders.extraction.engine import RuleExtractor, extract_claims

__all__ = ["RuleExtractor", "extract_claims"]
