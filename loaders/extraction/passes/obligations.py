"""Obligations: what a party says must (not) be done to a topic, with no stance word, it
demands -- "Islamabad says the treaty must be restored", "foreign troops should never be
deployed, Peskov said", "sanctions must stay in place". The journalist's own "must" is no
one's position; a stance word under the modal is the cue passes' ("must accept X").
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import ABILITY, according_to, forbidder, speaker_of
from stancegraph.loaders.extraction.cues import cue_of, obliged, obliged_conjunct, semi_modal_complement
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Sentence, TopicMatch, to_infinitive
from stancegraph.loaders.extraction.topics import predicate_copula
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim, Cue


POSSESSIVE = frozenset({"'s", "’s"})
"""The possessive ending of "not India's to suspend"."""

MEANS_PREPS = frozenset({"through", "via", "by", "between"})
"""Prepositions naming the way a thing must be done ("must be resolved through dialogue")."""


class Obligations:
    name = "obligations"

    def __init__(self, resources: PackResources):
        self.negators = resources.words.negators
        self.modals = resources.words.obligation | resources.lexicon.forms(resources.words.semi_modals)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        # a modal, "for ... to" ("the only way is for Kyiv to accept X") or "up to"; denied,
        # "cannot" ("can't") or "is not India's to X"
        words = survey.words
        denied = words & self.negators and (words & ABILITY or "to" in words and words & POSSESSIVE)
        return (0,) if survey.has_topic and (words & self.modals or {"for", "to"} <= words or {"up", "to"} <= words
                                             or denied) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        if sentence.is_question:
            return Found()
        words = sentence.words
        claims: list[Claim] = []
        covered: set[int] = set()
        for match in sentence.topic_matches:
            if match.root.i in reading.covered:
                continue
            verb = _obliged_verb(sentence, match)
            if verb is not None:
                verb = semi_modal_complement(sentence, verb) or verb  # "X has to | come first"
                verb = verb if obliged(sentence, verb) else obliged_conjunct(sentence, verb) or verb
            deed = _not_theirs_to(sentence, verb) if verb is not None else None
            if deed is not None:
                claims.extend(_forbidden_deed(sentence, deed, match))
                covered.add(match.root.i)
                continue
            kept = verb is not None and verb.lemma_ in sentence.words.keeping_verbs  # "must be respected"
            if verb is None or verb.i in sentence.cues and not kept and _cue_for(sentence.cues[verb.i], match):
                continue
            if not obliged(sentence, verb) and not forbidder(sentence, verb, verb) and not _second_deed(sentence, verb):
                continue  # "X cannot be deployed, Peskov said": "must not"
            if not filters.is_position(sentence, verb) or _describes(sentence, verb, match):
                continue
            holders = speaker_of(sentence, verb)
            if holders is None:
                holders = according_to(sentence)
            if not holders or COMMENTATOR in holders:
                continue
            way = _way_of_doing(match.root)  # "must be resolved through X": X is not resolved
            stops = not way and polarity.undoes(sentence, verb) and (
                verb.i not in match.tokens)
            # "aid must come to an end": its verb stops it
            stops = stops or verb.i == match.root.head.i and polarity.comes_to_a_stop(match.root, words.stoppings)
            # "the treaty cannot be put on hold": the verb suspends what the phrase names (a
            # phrase that names the suspension itself, near "on hold", already says so)
            stops = stops or polarity.suspends(verb) and not match.opposite
            against = polarity.acted_against(sentence, verb, match, stops)
            flips = int(against) + (1 if polarity.negated(sentence, verb, match.tokens) else 0)
            flips += _stopped_between(sentence, verb, match)
            flips += filters.doubted_obligation(sentence, verb) is not None  # "did not think X should be eased"
            stance, weight = polarity.apply_flips("demand", flips)
            claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.condition * weight * h.confidence)
                          for h in holders)
            covered.add(match.root.i)
        return Found(tuple(claims), frozenset(covered))


def _cue_for(cue: Cue, match: TopicMatch) -> bool:
    """Whether a cue reads the topic itself: not a pack's cue kept for other topics ("close"
    for closing the border, in "Pakistan must close the camps")."""
    return not cue.topics or match.topic in cue.topics


def _not_theirs_to(sentence: Sentence, verb: Token) -> Token | None:
    """The deed in "the treaty is not India's to suspend", "the Donbas is not Trump's to
    cede": a denied copula whose complement is a party's, with the infinitive of a deed that
    stops its subject or gives it up. Not a say denied ("is not Moscow's to decide")."""
    if verb.lemma_ != "be" or not any(c.dep_ == "neg" for c in verb.children):
        return None
    deed = next((c for c in verb.children
                 if c.dep_ in ("xcomp", "ccomp", "advcl", "attr") and c.pos_ == "VERB" and to_infinitive(c)), None)
    # the parser takes the party's for the complement ("is not | India's | to suspend") or for
    # the infinitive's subject ("is not | India's to suspend")
    owners = [c for c in (*verb.children, *(deed.children if deed is not None else ()))
              if c.dep_ in ("attr", "nsubj") and any(g.dep_ == "case" and g.lower_ in POSSESSIVE for g in c.children)]
    if deed is None or not owners:
        return None
    cue = cue_of(sentence, deed)
    return deed if _halts(sentence, deed) or cue is not None and cue.stance == "concede" else None


def _forbidden_deed(sentence: Sentence, deed: Token, match: TopicMatch) -> list[Claim]:
    """The speaker's stance on a topic another party is denied the right to stop or give
    away: for it when the deed stops it, against giving it away."""
    holders = speaker_of(sentence, deed)
    if not holders or COMMENTATOR in holders:
        return []
    against = polarity.acted_against(sentence, deed, match, _halts(sentence, deed))
    stance, weight = polarity.apply_flips("demand", 1 + int(against))
    return [sentence.claim(h, stance, match.topic, (), None, WEIGHTS.condition * weight * h.confidence)
            for h in holders]


def _halts(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb stops, reverses or suspends what it governs ("suspend", "switch off",
    "put on hold")."""
    return polarity.undoes(sentence, verb) or polarity.suspends(verb)


def _describes(sentence: Sentence, verb: Token, match: TopicMatch) -> bool:
    """"any dialogue must be bilateral": a property the topic must have, not the topic
    demanded ("X must be part of any deal", "a condition of talks" asks for X). The
    property may be a topic of its own, demanded ("must be bilateral")."""
    words = sentence.words
    return verb.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and c.i not in match.tokens
        and c.lemma_ not in words.inclusion_nouns | words.condition_nouns for c in verb.children)


def _obliged_verb(sentence: Sentence, match: TopicMatch) -> Token | None:
    """The verb the topic is done by or to: the phrase's own verb, or the verb whose subject
    or object the phrase is, or the phrase's stop ("the freeze on aid must be lifted")."""
    root = match.root
    if root.pos_ in ("VERB", "AUX") or any(c.dep_ == "prt" for c in root.children):
        # a word with a particle is a verb, whatever the parser tagged it ("and | hand over X")
        return _gerund_subject_of(root)
    copula = predicate_copula(sentence, match)
    if copula is not None:
        return copula  # "any engagement has to be | bilateral": what it must be
    while root.dep_ == "conj":
        root = root.head  # "must halt the flow of arms and | intelligence"
    while root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and (
            root.head.lower_ == "of" or polarity.is_stop(sentence, root.head.head, root.head, match)):
        root = root.head.head  # "the flow | of arms must stop", "the ban | on exports must go"
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ in ("VERB", "AUX"):
        return _gerund_subject_of(root.head)
    if _way_of_doing(root):
        return root.head if root.dep_ == "advmod" else root.head.head  # "must be settled directly, through talks"
    return None


def _second_deed(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb joined to an obliged one, with no subject or auxiliary of its own, is
    obliged with it: "should close the camps and | hand over the men"."""
    return verb.dep_ == "conj" and verb.head.pos_ == "VERB" and obliged(sentence, verb.head) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _way_of_doing(root: Token) -> bool:
    """Whether a topic's phrase is the way a thing is to be done, not what is done to it:
    "must be settled directly", "should be resolved through talks"."""
    return root.dep_ == "advmod" and root.head.pos_ == "VERB" or root.dep_ == "pobj" and (
        root.head.lower_ in MEANS_PREPS and root.head.head.pos_ == "VERB")


def _gerund_subject_of(verb: Token) -> Token:
    """The verb a gerund is the subject of ("bringing back every child | had to be written
    into any deal"), else the verb itself."""
    return verb.head if verb.dep_ in ("csubj", "csubjpass") and verb.tag_ == "VBG" else verb


def _stopped_between(sentence: Sentence, verb: Token, match: TopicMatch) -> int:
    """1 when a stop or a refusal stands between the topic and the verb done to it: "the
    suspension of the treaty must be reversed" and "the refusal of the exchange must be
    reversed" ask for what they stopped; "the suspension of arms deliveries must be
    reversed", the deliveries a halt's opposite, goes against the halt. A truce's own
    suspension is not counted: ``acted_against`` reads what is done to a halt."""
    topic = sentence.resources.topics.get(match.topic)
    if topic is not None and topic.is_cessation and not match.opposite:
        return 0
    node = match.root
    while node.head.i != node.i and node.head.i != verb.i:
        below, node = node, node.head
        if node.i in match.tokens:
            continue
        refusal = node.pos_ == "NOUN" and (cue := cue_of(sentence, node)) is not None and cue.stance == "reject"
        if refusal or polarity.is_stop(sentence, node, below, match):
            return 1  # "Borsk's refusal of the exchange must be reversed"
    return 0
