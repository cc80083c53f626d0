"""Conditioning: making one thing depend on another demands the other. "Baku makes the
signing conditional on a change to Armenia's constitution", "Moscow conditioned any truce
on a halt to arms deliveries", "Putin linked a ceasefire to an end of Western arms
supplies": the holder demands what the position is made to depend on.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.filters import is_position
from stancegraph.loaders.extraction.holders import cue_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.conditions import DEPENDING_ON, demands, split_condition
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence
from stancegraph.schema import Claim, Cue

SETTING = Cue(lemma="condition", pos=("VERB",), stance="demand")
"""What the holder of a condition is found as: the holder of a demanding verb."""


class Conditioning:
    name = "conditioning"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.forms = resources.lexicon.forms(
            words.conditioning_adjectives | words.linking_verbs | words.depending_verbs)
        self.conditions = resources.lexicon.forms(words.condition_nouns)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and (survey.words & self.forms or ":" in survey.words and (
            survey.words & self.conditions)) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        for token in sentence.sdoc:
            found = _condition(sentence, token)
            if found is None:
                continue
            verb, condition, within = found
            if not is_position(sentence, verb):
                continue
            # "X's credibility depends on Y": what depends is no one; whoever says so sets the condition
            spoken = speaker_of(sentence, verb) if verb.lemma_ in sentence.words.depending_verbs else None
            holders = spoken if spoken is not None else cue_holders(sentence, verb, SETTING)
            if not holders or COMMENTATOR in holders:
                continue
            found = demands(sentence, condition, holders, within=within)
            claims.extend(found.claims)
            covered |= found.covered
        return Found(tuple(claims), frozenset(covered))


def _condition(sentence: Sentence, token: Token) -> tuple[Token, Token, range | None] | None:
    """The verb that sets a condition, the phrase of what is made the condition ("made X
    conditional | on Y", "conditioned X | on Y", "linked X | to Y", "X hinges | on Y",
    "offered X on one condition: | that Y") and, for a condition after a colon, the
    tokens it spans."""
    found = _two_part(sentence, token)
    if found is not None:
        verb, preposition = found
        split = next((c for c in verb.children if split_condition(sentence, c) == preposition), None)
        return (verb, split or preposition, None)  # "conditional on Kyiv | giving up X": the deed
    if token.lemma_.lower() not in sentence.words.condition_nouns or token.pos_ != "NOUN" or not (
            token.dep_ == "pobj" and token.head.lower_ in ("on", "upon", "with", "under")):
        return None
    colon = token.right_edge.i + 1
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or colon + 1 >= len(sentence.sdoc) or sentence.sdoc[colon].lower_ != ":":
        return None
    after = sentence.sdoc[colon + 1:]  # the sentence's own parse: its rest is the condition
    return verb, after.root, range(after.start, after.end)


def _two_part(sentence: Sentence, token: Token) -> tuple[Token, Token] | None:
    words = sentence.words
    lemma = token.lemma_.lower()
    if lemma in words.conditioning_adjectives and token.pos_ == "ADJ":
        # the parser hangs "on Y" on the adjective, on the verb of its clause, or on the noun
        # the adjective describes ("made a truce conditional | on Y")
        verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        places = [token] + ([token.head] if token.dep_ == "amod" else []) + ([verb] if verb is not None else [])
        preposition = next((c for place in places for c in place.children
                            if c.dep_ == "prep" and c.lower_ in DEPENDING_ON), None)
        return (verb, preposition) if verb is not None and preposition is not None else None
    if lemma in words.depending_verbs and token.pos_ == "VERB":
        # "any signing hinges on Y", "a truce depends on Y": what it hangs on
        preposition = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in DEPENDING_ON), None)
        return (token, preposition) if preposition is not None else None
    if lemma in words.linking_verbs and token.pos_ == "VERB":
        wanted = DEPENDING_ON if lemma == "condition" else {"to"}
        preposition = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in wanted), None)
        if preposition is not None and any(c.dep_ == "dobj" for c in token.children):
            return token, preposition
    return None
