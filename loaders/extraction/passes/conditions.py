"""A condition set on a position is a demand: "will agree to X only if the West halts
weapons deliveries" demands the halt. Read by ``stance_cues`` for each cue it reads, and
by ``preconditions`` for conditions set without a cue."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.cues import cue_of, proviso_clause
from stancegraph.loaders.extraction.passes import Found
from stancegraph.loaders.extraction.scope import collect, small_clause
from stancegraph.loaders.extraction.sentence import Holder, Sentence, TopicMatch
from stancegraph.loaders.extraction.topics import infrastructure_in, names_what_ends, topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim


STAYING = frozenset({"remain", "stay", "continue", "persist", "last", "stand"})
"""Verbs of a state kept up, which a future "until X" ends only when X is met ("the treaty will
stay in abeyance until X", "this would remain so until X", "the curbs will last until X")."""
NEGATED = frozenset({"until", "before", "without"})
"""Words that set a condition under a negated verb ("will not halt until X", "cannot be signed
before Yerevan amends X")."""
FAILING = frozenset({"fail", "refuse", "decline"})
"""Verbs of a failure a warning's "if" names ("if Moscow fails to accept X")."""
THREATENING = frozenset({"threaten", "warn"})
"""Verbs of a warning: what their "if" names is what they demand not happen."""


def warns_of_failure(sentence: Sentence, condition: Token) -> bool:
    """Whether an "if" clause names a failure ("if Moscow does not agree to X", "if it fails
    to accept X", "if it rejects X"): the one who warns of it demands X."""
    return _marked(condition, {"if"}) and (polarity.negated(sentence, condition) or condition.lemma_ in FAILING
                                           or _refusal(sentence, condition))


def _refusal(sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` is a cue of refusal ("rejects", "opposes") that reverses nothing it
    governs by itself, as "drops" does."""
    cue = cue_of(sentence, verb)
    return cue is not None and cue.stance == "reject" and not polarity.is_reverser(sentence, verb)


def condition_claims(sentence: Sentence, token: Token, holders: list[Holder]) -> Found:
    """The demands in the conditions of the cue ``token``, held by its ``holders``."""
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    claims: list[Claim] = []
    covered: set[int] = set()
    for condition, turned in _conditions(sentence, clause):
        # "threatened Moscow with sanctions if it did not agree to X", "threatened tariffs if
        # the fighting went on": what a threat's "if" names is what it demands not happen
        turned = turned or token.lemma_ in THREATENING and _marked(condition, {"if"})
        found = demands(sentence, condition, holders, turned=turned)
        claims.extend(found.claims)
        covered |= found.covered
    return Found(tuple(claims), frozenset(covered))


def _conditions(sentence: Sentence, clause: Token) -> Iterator[tuple[Token, bool]]:
    """The conditions set on a cue's clause, each with whether it names a state that must end
    first ("will not sign as long as the claim stands" demands that it go)."""
    words = sentence.words
    verbs = list(_chain(clause))
    refused = polarity.negated(sentence, clause)
    marks = words.condition_marks | NEGATED if refused else words.condition_marks
    for child in (c for verb in verbs for c in _with_for_as_long(verb.children)):
        if child.dep_ in ("advcl", "conj") and _marked(child, marks) and not _deal_awaited(sentence, child):
            yield child, False
        elif _adverb_of(child) is not None and (child.lower_ in words.prompt_conditions or (
                not refused and child.lower_ in words.lasting_conditions)):
            # "as soon as X"; "will accept a truce as long as X"; but a state kept up, or a
            # refusal, "as long as X" lasts ends with X ("will stay shut as long as the fighting goes on")
            kept = child.lower_ in words.lasting_conditions and any(_stays(v) for v in verbs)
            yield from ((c, kept) for c in _as_clauses(child))
        elif child.dep_ == "dobj":
            yield from ((p, False) for g in child.children if (p := proviso_clause(g)) is not None)
    # "provided that X", which the parser may hang on the speech verb above ("said Y remained
    # committed, provided that X")
    spoken = [clause.head] if clause.dep_ == "ccomp" and clause.head.lemma_ in words.speech else []
    yield from ((p, False) for verb in (*verbs, *spoken) for c in verb.children
                if (p := proviso_clause(c)) is not None)
    if refused:
        # "will not hold elections while martial law is in force", "... as long as X"
        yield from ((m.head, True) for m in clause.subtree if m.dep_ == "mark" and lasting_verb(sentence, m) in verbs)


def _stays(verb: Token) -> bool:
    """Whether a verb keeps a state up: "stay", "remain", or a state under one the parser
    took for a passive's auxiliary ("will stay | suspended") or for a noun just before it
    ("the treaty | stays suspended", where the tagger reads "stays" as a plural)."""
    return verb.lemma_ in STAYING or any(
        c.dep_ == "auxpass" and c.lemma_ in STAYING or c.dep_ == "nsubj" and c.lemma_ in STAYING and c.i == verb.i - 1
        for c in verb.children) or (verb.dep_ in ("acomp", "xcomp", "oprd") and verb.head.lemma_ in STAYING)


def lasts_while(sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` holds only as long as a state lasts ("talks would go nowhere as long
    as the armies kept fighting"): a warning on terms, not a judgement of the thing itself."""
    return any(c.lower_ in sentence.words.lasting_conditions and any(_as_clauses(c))
               for c in _with_for_as_long(verb.children) if _adverb_of(c) is not None)


def _with_for_as_long(children: Iterable[Token]) -> Iterator[Token]:
    """A verb's dependents, with the "long" of "for as long as X" in place of its "for"."""
    for child in children:
        yield child
        if child.dep_ == "prep" and child.lower_ == "for":
            yield from (c for c in child.children if c.dep_ == "pcomp")


def _adverb_of(adverb: Token) -> Token | None:
    """The verb an adverb of time qualifies: "stay shut | as long as X", or through "for"
    ("stay | for as long as X"); None for any other word."""
    if adverb.dep_ == "advmod":
        return adverb.head
    if adverb.dep_ == "pcomp" and adverb.head.dep_ == "prep" and adverb.head.lower_ == "for":
        return adverb.head.head
    return None


def _as_clauses(adverb: Token) -> Iterator[Token]:
    """The clauses an "as soon" or "as long" opens ("as long | as the fighting goes on")."""
    return (c for c in adverb.children if c.dep_ == "advcl" and _marked(c, {"as"}))


def refused_until(sentence: Sentence, verb: Token) -> bool:
    """Whether ``verb`` is refused only until a condition is met: "will not sign unless X",
    "cannot be signed before Yerevan amends X" -- what it refuses waits on the condition."""
    return verb.pos_ in ("VERB", "AUX") and polarity.negated(sentence, verb) and next(
        _conditions(sentence, verb), None) is not None


def sets_condition(sentence: Sentence, clause: Token) -> bool:
    """Whether ``clause`` is a condition set on another cue ("would sign only once Armenia
    amends X"): what it says is that cue's holder's demand, not its subject's stance."""
    if proviso_clause(clause.head) == clause:
        return True  # "... provided that Moscow provides guarantees": the proviso's deed is asked
    if split_condition(sentence, clause) is not None:
        return True  # "made a truce conditional on Kyiv | giving up X": Kyiv's deed is asked
    if clause.dep_ == "pcomp" and clause.head.lower_ in DEPENDING_ON and _depends(sentence, clause.head.head):
        return True  # "a truce was conditional on Kyiv abandoning X": Kyiv's deed is asked
    if clause.dep_ not in ("advcl", "conj"):
        return False
    words = sentence.words
    awaited = words.lasting_conditions | words.prompt_conditions
    if clause.head.lower_ in awaited and (qualified := _adverb_of(clause.head)) is not None and (
            _marked(clause, {"as"}) and qualified.i in sentence.cues):
        return True  # "will accept X as long as Europe provides Y"
    if _only_after(clause):
        return True  # "would put its name to the text only after Armenia removes X": Armenia's deed asked
    if not _marked(clause, sentence.words.condition_marks):
        return False
    node = clause.head
    while node.i not in sentence.cues and node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
        node = node.head
    return node.i in sentence.cues


DEPENDING_ON = frozenset({"on", "upon"})


def split_condition(sentence: Sentence, clause: Token) -> Token | None:
    """The "on" a gerund clause belongs to when the parser split it off: in "made a truce
    conditional on Kyiv | giving up X" it hangs "giving up X" on the verb, apart from "on
    Kyiv", though the two are one condition (Kyiv giving up X)."""
    if clause.tag_ != "VBG" or clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.left_edge.i != clause.i:
        return None
    before = sentence.sdoc[clause.i - 1] if clause.i else None
    if before is None or before.dep_ != "pobj" or before.i not in sentence.mentions or any(before.children):
        return None
    preposition = before.head
    return preposition if preposition.lower_ in DEPENDING_ON and preposition.dep_ == "prep" else None


def _depends(sentence: Sentence, node: Token) -> bool:
    """Whether "on" hung on ``node`` names what something depends on ("conditional on",
    "hinges on", "conditioned X on", "was conditional | on")."""
    words = sentence.words
    return (node.lemma_ in words.conditioning_adjectives or node.lemma_ in words.depending_verbs
            or node.lemma_ in words.linking_verbs or made_dependent(sentence, node))


def made_dependent(sentence: Sentence, verb: Token) -> bool:
    """Whether a copula says its subject depends on something ("a truce was conditional on
    X"): a condition set, not a judgement of the subject."""
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_ in sentence.words.conditioning_adjectives
               for c in verb.children)


def _chain(clause: Token) -> Iterator[Token]:
    """The clause and the verbs it hands on to ("was ready | to sign X once Y")."""
    yield clause
    for child in clause.children:
        if child.dep_ in ("xcomp", "acomp"):
            yield from _chain(child)


def lasting_verb(sentence: Sentence, mark: Token) -> Token | None:
    """The verb a clause naming a lasting state hangs on ("will not sign | while X", "as long
    as X"), if ``mark`` opens one: under a refusal, that state must end first."""
    if mark.dep_ != "mark" or mark.head.dep_ != "advcl" or any(v.i in sentence.cues for v in _chain(mark.head)):
        return None  # "while Kyiv welcomed it", "while Kyiv keeps asking for X": a stance of its own
    head = mark.head.head
    if mark.lower_ in sentence.words.lasting_marks:
        return head
    if mark.lower_ == "as" and head.lower_ in sentence.words.lasting_conditions:
        return _adverb_of(head)
    return None


def _deal_awaited(sentence: Sentence, clause: Token) -> bool:
    """Whether a clause tells when a deal is done ("will deploy troops once a ceasefire is
    agreed", "when a deal is signed"): the time a plan is for, not a term the planner sets
    ("only once a truce is agreed" still sets one)."""
    words = sentence.words
    return clause.lemma_ in words.signing_verbs | words.accepting_verbs and any(
        c.dep_ == "auxpass" for c in clause.children) and not _only_marked(clause, ("once", "when"))


def _only_after(clause: Token) -> bool:
    """Whether a clause is marked "only after" or "only when" ("will sign only after Armenia
    removes X"): a condition, where a bare "after" tells a time."""
    return _only_marked(clause, ("after", "when"), ("mark",))


def _only_marked(clause: Token, marks: Collection[str], deps: Collection[str] = ("mark", "advmod")) -> bool:
    """Whether one of ``marks`` opens the clause right after "only" ("only once", "only after")."""
    return any(c.dep_ in deps and c.lower_ in marks and c.i > 0 and c.doc[c.i - 1].lower_ == "only"
               for c in clause.children)


def _marked(clause: Token, marks: Collection[str]) -> bool:
    # "only once Kyiv drops X": the parser often takes "once" for an adverb
    return any((c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ == "once") and c.lower_ in marks
               for c in clause.children)


def demands(sentence: Sentence, condition: Token, holders: list[Holder], turned: bool = False,
            within: range | None = None) -> Found:
    """What a condition ("if the West halts deliveries", "after a ceasefire") demands,
    held by ``holders``: its topics, reversed by what governs them in it ("until Kyiv
    drops X" demands the opposite of X). Its subject is the one to act, not a topic,
    unless it names no one ("unless a ceasefire is in place"). ``turned``: the condition
    is a failure the holder warns of ("if Moscow does not agree to X"), so it demands
    what the failure negates. ``within``: the tokens the condition may take its topics from
    (a clause after a colon, which the parser may make the head of the whole sentence)."""
    scope = collect(sentence, condition, is_root=False)
    for frame in (c for c in condition.children if c.dep_ == "pobj" and c.lemma_ in sentence.words.frame_nouns):
        # "only under the terms | of a truce": the frame is the condition's wording
        scope |= {t.i for c in frame.children if c.dep_ == "prep" for t in c.subtree}
    for subject in (c for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")):
        if _names_someone(sentence, subject) and not small_clause(condition, False):
            scope -= {t.i for t in subject.subtree}
        elif not _names_someone(sentence, subject):
            scope |= collect(sentence, subject, is_root=False)
    if within is not None:
        scope &= set(within)
    claims: list[Claim] = []
    infrastructure = infrastructure_in(sentence, scope)
    matches = topics_in(sentence, scope)
    # "as long as the constitution contains the claim": the opposite phrase says which way
    opposed = {m.topic for m in matches if m.opposite}
    for match in (m for m in matches if m.opposite or m.topic not in opposed):
        topic = sentence.resources.topics.get(match.topic)
        denied = polarity.negated(sentence, condition) or polarity.no_longer(condition)  # "once X no longer holds Y"
        flips = polarity.flips(sentence, condition, match, scope) + (1 if denied else 0)
        flips += 1 if turned else 0
        if match.opposite and condition.pos_ == "ADP" and condition.i in match.tokens:
            flips += 1  # "no deal without Ukraine": the opposite phrase "without Ukraine" is the condition's own word
        if _refusal(sentence, condition):
            flips += 1  # "will agree to a truce if Kyiv rejects NATO membership": asks that it be refused
        reverses = polarity.is_reverser(sentence, condition)
        # over a cessation, a verb of stopping or giving up enacts it ("until Russia halts
        # strikes on ports", "if Kyiv withdraws from Donbas"); a failure or a refusal reverses
        # it as it reverses anything ("if Moscow fails to accept the truce")
        words = sentence.words
        fails = polarity.listed(condition, words.governing_reversers) and not (
            polarity.listed(condition, words.stoppings))
        enacts = bool(topic and topic.is_cessation) and not fails
        halted = match.opposite and polarity.halted(sentence, condition, match)
        if reverses and not enacts and not halted:
            flips += 1  # "until Kyiv drops X"; but "if Cambodia stops laying mines" halts an opposite, counted above
        elif reverses and enacts and match.opposite and not halted and condition.i not in match.tokens:
            flips -= 1  # "until Pakistan abandons its support for terrorism": the cessation, not its opposite
        if _goes_on(sentence, condition, match):
            flips += 1  # "as long as the FDLR remains a threat": what the cessation would end, going on
        final, weight = polarity.apply_flips("demand", flips)
        infra = infrastructure if topic and topic.is_infrastructure_scoped else ()
        for holder in holders:
            claims.append(sentence.claim(holder, final, match.topic, infra, None,
                                         WEIGHTS.condition * weight * holder.confidence))
    return Found(tuple(claims), frozenset(scope))


def _goes_on(sentence: Sentence, condition: Token, match: TopicMatch) -> bool:
    """Whether the condition says that what the topic would end lasts: its subject is the
    topic's name alone (a group whose disarming is the topic) and its verb a copula or a verb
    of going on ("as long as the FDLR remains armed", "while the militia continues")."""
    return match.root.dep_ == "nsubj" and match.root.head.i == condition.i and (
        condition.lemma_ in sentence.words.copulas or condition.lemma_ in STAYING) and names_what_ends(sentence, match)


def _names_someone(sentence: Sentence, subject: Token) -> bool:
    """Whether the subject is someone ("Kyiv", "it", "the Ukrainian government"), not
    something that only mentions someone ("sanctions on its banks")."""
    return subject.i in sentence.mentions or subject.lower_ in sentence.words.pronouns
