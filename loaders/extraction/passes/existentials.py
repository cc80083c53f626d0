"""Existentials: a party saying "there will be no X" rejects X -- "There will be no talks
with the rebels", "there is no question of X", "there can be no ceasefire until the troops
leave" (which demands the withdrawal), "there is no peace without guarantees" (which demands the guarantees),
"it will be settled bilaterally, with no room for a third party". The journalist's own
"there is no ceasefire in sight" is no one's position, nor is a party's "there is no ceasefire
to secure yet", which says what is missing.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.conditions import condition_claims
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence, TopicMatch, neither_nor, says_no
from stancegraph.loaders.extraction.topics import names_what_ends, topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


ROOM_TAKING = frozenset({"have", "get", "play", "take", "find"})
"""Verbs of taking the room a noun names ("get a seat", "have a role", "play a part")."""


class Existentials:
    name = "existentials"

    def __init__(self, resources: PackResources):
        self.openers = {"there"} | resources.lexicon.forms(resources.words.room_nouns)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and survey.words & {"no", "neither"} and survey.words & self.openers else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        covered: set[int] = set()
        for match in sentence.topic_matches:
            verb = denied_existence(match, sentence.words)
            if verb is None or match.root.i in reading.covered or _nothing_to_do(match.root, verb):
                continue
            holders = speaker_of(sentence, verb)
            if not holders or COMMENTATOR in holders:
                continue
            without: set[int] = set()
            for preposition in (c for node in (match.root, verb) for c in node.children
                                if c.dep_ == "prep" and c.lower_ == "without"):
                without |= collect(sentence, preposition, is_root=False)
            for needed in topics_in(sentence, without):
                claims.extend(sentence.claim(h, "demand", needed.topic, (), None,
                                             WEIGHTS.existential * h.confidence) for h in holders)
            conditions = condition_claims(sentence, verb, holders)
            claims.extend(conditions.claims)
            if not (without or _conditioned(sentence, verb)):
                # "no X without Y", "no X until Y": X on terms, not refused
                # "no reference to X" where X's removal is the topic; "regrets there is no X" wants X
                # an opposite phrase holding the denial's own "no" ("no mediation") is the topic denied
                contrary = match.opposite and not any(sentence.sdoc[i].lower_ == "no" for i in match.tokens)
                contrary = contrary != names_what_ends(sentence, match)  # "no place for the FDLR": for its end
                stance = "support" if contrary != _regretted(sentence, verb) else "reject"
                claims.extend(sentence.claim(h, stance, match.topic, (), None,
                                             WEIGHTS.existential * h.confidence) for h in holders)
            covered |= {t.i for t in verb.subtree}
        return Found(tuple(claims), frozenset(covered))


SCHEDULING = frozenset({"schedule", "plan", "set", "slate", "expect", "announce"})
"""Participles by which a thing is on the calendar ("there are no talks scheduled")."""


def _nothing_to_do(root: Token, verb: Token) -> bool:
    """Whether "there is no X to V" says what is missing now ("there was no ceasefire to
    secure", "there is no deal to sign yet"), or what is not on the calendar ("there are no
    talks scheduled"): a fact, where "there will be no X" refuses."""
    return not any(c.dep_ == "aux" for c in verb.children) and any(
        infinitive_of(c) or c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lemma_ in SCHEDULING for c in root.children)


def infinitive_of(token: Token) -> bool:
    """Whether ``token`` is an infinitive hung on a noun ("no truce | to secure")."""
    return token.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _regretted(sentence: Sentence, verb: Token) -> bool:
    """Whether the missing thing is regretted ("was disappointed that there was no X")."""
    return any(a.lemma_.lower() in sentence.words.regret_words for a in verb.ancestors)


def denied_existence(match: TopicMatch, words) -> Token | None:
    """The "be" of "there will be no X" when the topic is X, or None."""
    root = match.root
    # "there is no question of X", "no question of | resuming talks": X is ruled out
    ruled_out = root.head if root.dep_ == "dobj" and root.head.dep_ == "pcomp" else root
    of = ruled_out.head
    if ruled_out.dep_ in ("pobj", "pcomp") and of.lower_ == "of" and of.head.lemma_ == "question":
        root = of.head
    elif root.dep_ == "pobj" and of.lower_ == "for" and of.head.lemma_ in words.room_nouns:
        root = of.head  # "there is no role for any third party": X is ruled out
    verb = root.head
    if root.lemma_ in words.room_nouns and says_no(root) and (
            root.dep_ == "pobj" and verb.lower_ == "with" and verb.head.pos_ in ("VERB", "AUX")
            or root.dep_ == "dobj" and verb.lemma_ == "leave"):
        # "would be handled bilaterally, with no room for a third party", "leaves no role for X"
        return verb.head if verb.lower_ == "with" else verb
    if root.dep_ == "nsubj" and root.head.lemma_ in ROOM_TAKING and any(
            c.dep_ == "dobj" and c.lemma_ in words.room_nouns and (says_no(root) or says_no(c)) for c in root.head.children):
        return root.head  # "no third country will get a seat at the table", "outsiders have no role"
    first = root
    while first.dep_ == "conj":
        first = first.head  # "there would be neither trade nor | talks", "no trade or | talks"
    verb = first.head
    if first.dep_ not in ("attr", "nsubj") or verb.lemma_ != "be":
        return None
    if not any(c.dep_ == "expl" for c in verb.children):
        return None
    return verb if says_no(root) or says_no(first) or neither_nor(root) or neither_nor(first) else None


def _conditioned(sentence: Sentence, verb: Token) -> bool:
    marks = sentence.words.condition_marks
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)
               for c in verb.children)
