"""Polarity: whether what a cue reports is for or against the topic it governs.

Negations, reversing verbs on the way down to the topic ("wants Kyiv to drop its bid for
X"), a rejecting cue inside another ("agreed to reject X"), "no X", and verbs above the cue
("failed to agree") each reverse a stance; an even number cancels out. A phrase that names
a topic's contrary (``Topic.opposite_phrases``: "military aid" for a halt to it) turns the
stance around unless a stopping word governs it ("called for more military aid" is against
the halt, "called for an end to military aid" for it).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.loaders.extraction.cues import cue_of, unwarranted
from stancegraph.loaders.extraction.evaluation import contrast_not
from stancegraph.loaders.extraction.sentence import (NOBODY, Sentence, TopicMatch, first_child, has_modal, neither_nor,
                                                     says_no, to_infinitive)
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.loaders.lexicon import inflections

PRESCRIBED = {"support": "demand", "propose": "demand", "demand": "demand", "reject": "reject"}
"""What a speaker who says another party should take a stance wants for the topic; a
concession prescribed to someone else is left out (which side gives in is unclear)."""


NOTHINGS = frozenset({"nothing", "none"})
"""Words for no thing at all: "signed nothing regarding X"."""
SETTING_ASIDE = {("than", "rather"), ("of", "instead")}
"""The last two words before what a stance sets aside ("rather than Y", "instead of Y")."""


def negated(sentence: Sentence, token: Token, phrase: frozenset[int] = frozenset()) -> bool:
    """Whether ``token`` is negated ("did not agree", "no deal", "was not against X"), by a
    word outside the topic's own ``phrase`` ("will not fire a single shot" is a truce).
    Without a phrase, the answer is worked out once a sentence (``Sentence.negations``)."""
    if phrase or token.doc is not sentence.sdoc:
        return _negated(sentence, token, phrase)
    known = sentence.negations.get(token.i)
    if known is None:
        known = sentence.negations[token.i] = _negated(sentence, token, phrase)
    return known


def _negated(sentence: Sentence, token: Token, phrase: frozenset[int]) -> bool:
    words = sentence.words
    if any((c.dep_ == "neg" or (c.lower_ in words.negators and c.dep_ in ("advmod", "det"))) and c.i not in phrase
           and not _not_only(c) and not contrast_not(c) for c in token.children):
        return True  # not the "not" of "a fair offer, not a trap", which the parser hangs on the offer
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(sentence, c) for c in token.children):
        return True  # "nobody will accept X", "no one wants X", "no country brokered X"
    if denied_by_adverbial(token) or _nor_first(token) or (token.pos_ in ("VERB", "AUX") and neither_nor(token)):
        return True  # "at no point did Kyiv agree to X", "Nor did he see any reason to X", "neither sought nor X"
    if set_aside_clause(sentence, token):
        return True  # "it complements rather than | rejects X", the parser's clause: not done
    head = token.head
    if token.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in head.children):
        return True
    if let_clause(token) and negated(sentence, head):
        return True  # "would never let the border be decided by the court"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and head.lemma_ in words.light_verbs and any(
            c.dep_ == "neg" and not _not_only(c) for c in head.children):
        return True  # "did not express support for X", "would not take part in X"
    if token.dep_ in ("prep", "attr") and head.lemma_ in words.copulas and (
            any(c.dep_ == "neg" for c in head.children) or denied_by_adverbial(head)):
        return True  # "was not against X", "at no point was there any discussion of X"
    if _under_denied_verb(sentence, token):
        # "would not go back to implementing X", "no one should count on us giving up X",
        # "would never reward aggression by giving up land": nor give it up
        return True
    if token.dep_ in ("relcl", "acl") and head.lemma_ in words.manner_nouns and says_no(head):
        return True  # "there is no way we will accept X", "no scenario in which we go to court"
    if unwarranted(sentence, token):
        return True  # "has no right to give up land", "does not have the mandate to cede X"
    if token.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_ in words.participation_words and (
            _denied_noun(sentence, head.head)):
        return True  # "the US had no role in brokering the truce", "played no part in negotiating X"
    if nothing_to(token):
        return True  # "there is nothing to mediate", "Kyiv has nothing to discuss on territory"
    nothings = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in NOTHINGS]
    if nothings and any(_nothing_about(c, p) for c in nothings for p in token.children):
        return True  # "signed nothing regarding X", the parser hanging "regarding" on the verb
    if contrasted(token):
        return True  # "a conversation among neighbours, not mediation"
    first = token
    while first.dep_ == "conj":
        first = first.head  # "no discussion of trade or mediation"
    if first.dep_ == "pobj" and first.head.head.pos_ == "NOUN" and _denied_noun(sentence, first.head.head):
        return True  # "there was no discussion of mediation", "at no point was there any talk of X"
    return False


def _under_denied_verb(sentence: Sentence, token: Token) -> bool:
    """Whether a gerund hangs, by a preposition, on a denied verb: "would not go back to
    implementing X", "will not return to signing X", "no one should count on us giving up
    X", "would never reward aggression by giving up land". The parser hangs the preposition
    on the verb or on its "back"."""
    if token.dep_ != "pcomp" or token.head.lower_ not in ("to", "into", "toward", "towards", "on", "upon", "by"):
        return False
    verb = token.head.head
    if verb.dep_ in ("advmod", "prt") and verb.pos_ in ("ADV", "ADP"):
        verb = verb.head  # "go back to", "move on to"
    return verb.pos_ == "VERB" and any(
        c.dep_ == "neg" and not _not_only(c) or c.dep_ == "nsubj" and _nobody(sentence, c) for c in verb.children)


def let_clause(token: Token) -> bool:
    """Whether ``token`` is the clause the parser hangs after "let" ("would never let | the
    border be decided by the court"): what is let happen, not a clause of its own."""
    return token.dep_ == "ccomp" and token.head.lemma_ == "let"


def _for_to_clause(noun: Token) -> Token | None:
    """The passive infinitive of "for X to be ...", which the parser may hang on the verb
    beside "for" ("pressed for | the ceiling ... | to be dropped"): what is to happen to X."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    clause = noun.head.head
    if clause.dep_ in ("advcl", "xcomp") and noun.head.dep_ == "mark" and _to_be_done(clause):
        return clause  # "called for | the group | to be wound up", the parser making "for" its mark
    after = noun.right_edge.i + 1
    return next((c for c in clause.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == after
                 and _to_be_done(c)), None)  # not a purpose: "a meeting to stop X"


def _to_be_done(verb: Token) -> bool:
    """Whether a verb is a passive infinitive ("to be dropped")."""
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in verb.children) and first_child(verb, "auxpass") is not None


def _nor_first(verb: Token) -> bool:
    """"Nor did Moscow accept X": a clause opened by "nor" with the auxiliary before its
    subject denies its verb."""
    return any(c.lower_ == "nor" and c.i == c.sent.start and c.i < verb.i for c in verb.children)


ABOUT = frozenset({"about", "on", "regarding", "concerning", "over"})


def _nothing_about(node: Token, below: Token) -> bool:
    """Whether ``node`` is a "nothing" that the phrase below is about: "signed up to nothing
    about easing sanctions", "has agreed to nothing on territory"."""
    return node.lower_ in NOTHINGS and node.dep_ in ("dobj", "pobj") and below.dep_ == "prep" and (
        below.lower_ in ABOUT)


def nothing_to(verb: Token) -> bool:
    """Whether ``verb`` is what there is nothing of to do: "nothing to mediate"."""
    return verb.dep_ in ("relcl", "acl") and verb.head.lower_ in NOBODY and to_infinitive(verb)


def contrasted(token: Token) -> bool:
    """Whether ``token`` is a noun said not to be what stands beside it: "the Americans are
    witnesses, not mediators"."""
    if token.dep_ not in ("appos", "conj") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = token.head
    return any(c.dep_ == "neg" and head.i < c.i < token.i for c in head.children) or any(
        t.dep_ == "neg" for t in token.subtree if t.i < token.i)  # "a truce and not more fighting"


def _denied_noun(sentence: Sentence, noun: Token) -> bool:
    """Whether ``noun`` is said not to be: "no discussion", "there wasn't any discussion"."""
    head = noun.head
    return says_no(noun) or noun.dep_ == "attr" and head.lemma_ in sentence.words.copulas and (
        any(c.dep_ == "neg" for c in head.children) or denied_by_adverbial(head))


DENYING_ADVERBIALS = frozenset({
    ("at", "point"), ("at", "time"), ("at", "stage"), ("at", "moment"),
    ("under", "circumstance"), ("in", "way"), ("in", "case"), ("by", "mean")})
"""Prepositions and nouns that with "no" deny the verb they hang on ("at no point", "under no
circumstances", "by no means"); "with no conditions" and "in no hurry" do not."""


def denied_by_adverbial(verb: Token) -> bool:
    """Whether an adverbial with "no" denies ``verb``: "at no point did Kyiv agree to X"."""
    return any((p.lower_, o.lemma_.lower()) in DENYING_ADVERBIALS and says_no(o)
               for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def set_aside_clause(sentence: Sentence, token: Token) -> bool:
    """A verb right after "rather than" or "instead of" that the parser hung as a clause of
    its own, not as the set-aside term of what comes before (that one ``_set_aside`` reads)."""
    return token.pos_ == "VERB" and token.i > 1 and (
        token.doc[token.i - 1].lower_, token.doc[token.i - 2].lower_) in SETTING_ASIDE and (
        not _set_aside(sentence, token, token.head))


RESTRICTING = frozenset({"just", "only", "merely", "simply", "solely"})
"""Adverbs that say a thing is no more than what follows ("not only", "only a facilitator")."""


def _not_only(negation: Token) -> bool:
    """Whether a "not" opens "not just", "not only": "did not just accept X, it asked for Y"
    accepts X and more."""
    doc = negation.doc
    return negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ in RESTRICTING


PARTS = frozenset({"part", "piece", "bit", "inch", "metre", "meter", "kilometre", "kilometer", "centimetre",
                   "yard", "mile", "hectare", "acre", "square"})
"""Nouns of a share or a measure of something: "no part of it", "not a single metre of it"."""


def _nobody(sentence: Sentence, subject: Token) -> bool:
    """"nobody", "no one", "no country", "not a single leader": a subject that denies the
    deed (not "no troops can be allowed", where the "no" is the topic's)."""
    party_like = subject.lemma_ in sentence.words.pair_nouns or subject.lower_ in ("one", "person")
    neither = any(c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in subject.children)  # "neither side would"
    # "not a single country", "not one sane person would"
    one = next((c for c in subject.children if c.lower_ in ("single", "one")), None)
    not_one = one is not None and any(c.dep_ == "neg" for c in (*subject.children, *one.children))
    # "not a single metre of it will leave Armenian jurisdiction", "no part of the route will"
    share = subject.lemma_ in PARTS and (says_no(subject) or not_one)
    # "neither Washington nor Moscow has endorsed X": every party named is denied the deed
    neither_nor = neither and any(c.dep_ == "cc" and c.lower_ == "nor" for c in subject.children)
    return subject.lower_ in NOBODY or share or neither_nor or party_like and (says_no(subject) or neither or not_one)


def denied_by_its_topic(sentence: Sentence, token: Token, match: TopicMatch) -> bool:
    """Whether a cue's subject that denies it is the topic itself ("no third country was
    asked to step in"), or the cue is the topic's own noun under a "no" ("reached with no
    mediation"): the topic's own "no", counted once."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in match.tokens and _nobody(sentence, c)
               for c in token.children) or token.i == match.root.i and says_no(token)


def _denying_subject(sentence: Sentence, token: Token) -> bool:
    """Whether a verb's child is a subject that denies its deed ("neither side would X")."""
    return token.dep_ == "nsubj" and _nobody(sentence, token)


def is_reverser(sentence: Sentence, token: Token) -> bool:
    """Whether a verb reverses what it governs: "drop", "abandon"; "give up" only with its
    particle, "hold hostage" only with its complement."""
    if token.pos_ != "VERB":
        return False
    return listed(token, sentence.words.reversers, ("prt", "oprd", "advmod")) or _struck_from_text(sentence, token)


CAPTIVITY = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "camp", "cell"})


def _wanted_away(cue: Token, match: TopicMatch) -> bool:
    """Whether the topic is what the cue wants out or gone: "wants the mission out of
    Armenia" (the parser hangs "out of" on the verb or its object), "wants the monitors gone"."""
    root = match.root
    if root.dep_ == "dobj" and root.head.i == cue.i:
        # not "wants the detainees out of prison": freed, which backs their release
        return any(c.dep_ == "prep" and c.lower_ == "out" and any(
            g.lower_ == "of" and not any(o.lemma_ in CAPTIVITY for o in g.children) for g in c.children)
            for node in (cue, root) for c in node.children)
    clause = root.head
    return (root.dep_ == "nsubj" and clause.head.i == cue.i and clause.lemma_ == "go" and clause.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in clause.children))


KEPT_AWAY = frozenset({"length", "bay", "distance"})
"""Where "keep X at ..." holds something off ("at arm's length", "at bay", "at a distance")."""


def _kept_away(match: TopicMatch) -> bool:
    """Whether the topic is what a "keep" holds off: "keep outsiders at arm's length", "at
    bay", "at a distance", "keep the monitors out" or "away"."""
    verb = match.root.head
    if match.root.dep_ != "dobj" or verb.lemma_ != "keep":
        return False
    return any(c.dep_ in ("advmod", "prt", "prep") and c.lower_ in ("out", "away", "off") and c.i > match.root.i
               or c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_ in KEPT_AWAY for g in c.children)
               for c in verb.children)


def _struck_from_text(sentence: Sentence, verb: Token) -> bool:
    """"struck the army ceiling from the text", "took the clause out of the draft", "took it
    off the agenda": taken out of a plan, or off the agenda."""
    if verb.lemma_ not in ("strike", "take", "cross"):
        return False
    texts = sentence.words.draft_nouns | sentence.words.agreement_nouns | {"table", "agenda"}
    outs = [c for c in verb.children if c.lower_ in ("from", "off")]
    outs += [g for c in verb.children if c.lower_ == "out" for g in c.children if g.lower_ == "of"]
    return any(g.dep_ == "pobj" and g.lemma_ in texts for c in outs for g in c.children)


def undoes(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb stops or reverses what it governs: "halt", "lift", "drop", "reverse"."""
    return listed(verb, sentence.words.stoppings) or is_reverser(sentence, verb)


SUSPENDED = frozenset({"hold", "abeyance", "ice"})


def suspends(verb: Token) -> bool:
    """"put X on hold", "held X in abeyance", "put X on ice": the verb stops its object
    (where the parser hangs "on hold" on the verb or on its object)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")] if verb.pos_ == "VERB" else [verb]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
        g.dep_ == "pobj" and g.lower_ in SUSPENDED for g in c.children)
        for holder in holders for c in holder.children)


def kept_stopped(verb: Token, stoppings: frozenset[str]) -> bool:
    """"kept the treaty frozen", "will keep the crossings closed", "kept mediators at arm's
    length": the verb keeps its object halted or away (the parser may take the state for an
    adjective, so its form counts too)."""
    return verb.lemma_ in ("keep", "hold") and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and (c.lemma_ in stoppings or c.lower_ in STOPPED)
        or c.dep_ == "prep" and c.lower_ == "at" and any(g.lemma_ in ("length", "bay") for g in c.children)
        for c in verb.children)


STOPPED = frozenset({"frozen", "closed", "shut", "sealed", "suspended", "halted", "paused", "blocked"})
"""States the parser may take for adjectives, so that no lemma says they stop something."""
ENDING = frozenset({"end", "cancel", "abandon", "scrap", "terminate", "drop"})
"""Verbs of an end for good, which a halt is said not to be ("paused, not ended")."""


def only_for_now(verb: Token) -> bool:
    """"was only paused", "is merely on hold", "was paused, not ended": a halt said to be no
    more than that, a warning that the thing halted may resume, not a stand against it."""
    hung = [verb, *(c for c in verb.children if c.dep_ == "prep")]
    # "paused, not ended": the parser makes the denied end the halt's conjunct, or its head
    beside = [c for c in verb.children if c.dep_ in ("conj", "dep") and c.i > verb.i]
    if verb.dep_ in ("ccomp", "conj") and verb.head.i > verb.i:
        beside.append(verb.head)
    return any(c.dep_ == "advmod" and c.lower_ in RESTRICTING for each in hung for c in each.children) or any(
        (c.lemma_ in ENDING or c.lemma_ == "call" and first_child(c, "prt") is not None)
        and any(g.dep_ == "neg" for g in c.children) for c in beside)



def names_restraint(sentence: Sentence, verb: Token, match: TopicMatch) -> bool:
    """Whether a reverser over a topic that is itself a restraint is that restraint: "limit
    the size of the army" where the pack says "limit the size" (and "size of the army")."""
    return is_reverser(sentence, verb) and verb.lemma_ in sentence.resources.restraining_words.get(match.topic, ())


PARTICLE_DEPS = ("prt", "advmod")
"""How the parser hangs a verb's particle: "step | back", "back | away"."""


def _particle_verb(token: Token) -> Token:
    """The verb a particle belongs to ("stepped | back"), else the token itself."""
    if token.dep_ in PARTICLE_DEPS and token.pos_ in ("ADV", "ADP", "PART") and token.head.pos_ == "VERB":
        return token.head
    return token


def _with_particle(token: Token, words: frozenset[str]) -> bool:
    """Whether ``words`` list a verb with its particle, ``token`` being either ("stepped
    back | from X" hangs "from" on the particle), or a verb alone."""
    verb = _particle_verb(token)
    if verb is not token:
        return f"{verb.lemma_} {token.lower_}" in words
    return listed(token, words, PARTICLE_DEPS)


def listed(token: Token, words: frozenset[str], complements: tuple[str, ...] = ("prt",)) -> bool:
    """Whether ``words`` lists the token's lemma, or it with its particle ("wind up", "give
    up") or other ``complements`` ("hold hostage")."""
    return token.lemma_ in words or any(
        f"{token.lemma_} {c.lower_}" in words for c in token.children if c.dep_ in complements)


def is_restraint(sentence: Sentence, token: Token, below: Token) -> bool:
    """Whether a noun restrains what hangs on it by "on": "limits on X", "a ban on X",
    "curbs on X" (a reverser's noun)."""
    return (token.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ == "on"
            and token.lemma_ in sentence.words.reversers)


def is_stop(sentence: Sentence, token: Token, below: Token, match: TopicMatch) -> bool:
    """Whether a noun stops the phrase it holds by "to", "of" or "on": "a halt to X", "an
    end to X", "the suspension of X", "a freeze on X". Only the phrase named right there is
    stopped: in "an end to hostilities between the neighbours" the neighbours are not."""
    if token.pos_ == "VERB" and _stop_hung_on_verb(below, sentence.words.stoppings):
        return any(c.dep_ == "pobj" and c.i in match.tokens for c in below.children)
    return (token.pos_ == "NOUN" and below.dep_ == "prep" and below.lower_ in ("to", "of", "on")
            and (listed(token, sentence.words.stoppings) or _gerund_of(token, sentence.words.stoppings))
            and not is_restraint(sentence, token, below)
            and any(c.dep_ == "pobj" and c.i in match.tokens for c in below.children))


def _gerund_of(noun: Token, verbs: frozenset[str]) -> bool:
    """Whether a noun is the "-ing" form of one of ``verbs`` ("the dismantling of X"), whose
    lemma the tagger leaves as the noun's own."""
    return noun.pos_ == "NOUN" and noun.lower_.endswith("ing") and noun.lower_ in _gerunds(verbs)


@functools.lru_cache(maxsize=8)
def _gerunds(verbs: frozenset[str]) -> frozenset[str]:
    return frozenset(form for verb in verbs if " " not in verb for form in inflections(verb) if form.endswith("ing"))


def _stop_hung_on_verb(preposition: Token, stoppings: frozenset[str]) -> bool:
    """Whether "to" names what a verb's object stops, the parser having hung it on the verb:
    "bringing a halt to the fighting", "put an end to the deployment"."""
    return preposition.dep_ == "prep" and preposition.lower_ == "to" and any(
        c.dep_ == "dobj" and listed(c, stoppings) for c in preposition.head.children)


def _relative_pronoun(cue_token: Token, match: TopicMatch) -> Token | None:
    """The relative pronoun that stands for the topic below a cue in the clause describing
    it, when a verb of its own comes between them ("which Moscow wants | to end")."""
    clause = next((a for a in (cue_token, *cue_token.ancestors) if a.dep_ == "relcl" and a.head.i == match.root.i), None)
    if clause is None:
        return None
    pronoun = next((t for t in clause.subtree if t.tag_ in ("WDT", "WP") and t.dep_ in ("dobj", "nsubjpass", "pobj")), None)
    if pronoun is None or pronoun.head.i == cue_token.i or cue_token not in pronoun.ancestors:
        return None
    return pronoun


def _done_so(verb: Token) -> bool:
    """Whether a verb is "do so", standing for a deed named elsewhere: "urged states that have
    not yet done so to sanction X" -- the parser may hang X on it; its "not" is no refusal of X."""
    return verb.lemma_ == "do" and any(c.lower_ == "so" and c.dep_ in ("advmod", "dobj") for c in verb.children)


def flips(sentence: Sentence, cue_token: Token, match: TopicMatch, scope: set[int]) -> int:
    """How many times the way from the cue down to the topic reverses the stance."""
    count = 0
    topic = sentence.resources.topics.get(match.topic)
    cessation = bool(topic and topic.is_cessation)
    if says_no(match.root, match.tokens) or _non_prefixed(match) or _object_says_no(match) or (
            match.root.pos_ != "VERB" and match.root.i != cue_token.i and neither_nor(match.root)):
        count += 1  # "no X", "non-X" -- unless "no" is part of the phrase ("no third-party forces")
    if match.root.i != cue_token.i and _but_not(match.root, match.tokens):
        count += 1  # "accepted a halt on energy strikes but not a full ceasefire"
    if match.root.i != cue_token.i and match.root.pos_ == "VERB" and any(
            c.dep_ == "neg" and c.i not in match.tokens or _denying_subject(sentence, c) for c in match.root.children):
        count += 1  # "must not open fire again", "neither side would reinforce": the phrase's own verb negated
    infinitive = _for_to_clause(match.root)
    if infinitive is not None and is_reverser(sentence, infinitive) and not cessation:
        count += 1  # "pressed for the ceiling on their army to be dropped": against the ceiling
    if (match.opposite or not cessation) and (_wanted_away(cue_token, match) or _kept_away(match)):
        count += 1  # "wants the monitors out of Armenia", "wants them gone": against their presence
    restrained = attended = False
    node = match.root
    if cue_token.i not in match.tokens and match.root in cue_token.ancestors:
        # "the ceasefire he wanted": the cue describes the topic; nothing above it counts,
        # but what lies between the cue and the relative pronoun does ("the expansion,
        # which Moscow wants to end")
        node = _relative_pronoun(cue_token, match) or cue_token
    while node.i != cue_token.i and node.head.i != node.i:
        sibling = node.dep_ == "conj"
        below, node = node, node.head
        if below.dep_ == "acl" and node.lower_ == "order" and node.head.lower_ == "in":
            break  # "stop fighting in order to allow talks": the aim of the act, not what it stops
        beside = _misjoined_beside(below, node) if sibling or below.dep_ in ("acl", "appos") else None
        if beside is not None:
            node = beside  # what the conjunct really stands beside does not reverse it
            if node.i == cue_token.i or node.i not in scope:
                break
            continue
        if _denied_object_before(sentence, node, below, match.tokens):
            count += 1  # "saw no need | for a third country to mediate": the clause is the noun's
        if node.i != cue_token.i and node.i not in match.tokens and _set_aside(sentence, below, node):
            count += 1  # "wants talks rather than a truce", "instead of NATO membership"
        if node.i == cue_token.i or node.i not in scope:
            break
        if sibling and _negated_alternatives(node):
            count += 1  # "pledged not to move troops or reinforce positions": neither is done
        if node.i in match.tokens or sibling:
            continue  # "abandon X and cap Y": the first verb does not govern the second
        if below.dep_ == "advcl" and below.tag_ == "VBG":
            continue  # "urged them to stop the fighting, offering its help": an aside, not stopped
        # "halt the shelling under the supervision of observers": the observers are how it is
        # done, not what is halted, wherever the parser hangs the phrase on the way up
        attended = attended or _beside_the_act(below)
        if below.dep_ == "advcl":
            pass  # "called on Rwanda to withdraw its troops and on M23 to halt X": X is not withdrawn
        elif below.dep_ == "prep" and below.lower_ == "with" and node.lemma_ in sentence.words.opening_verbs:
            pass  # "the plan ends with an exchange of prisoners": what comes last in it, not ended
        elif names_restraint(sentence, node, match):
            pass  # "would limit the size of the army", where the pack says "limit the size": the topic itself
        elif cessation and node.pos_ == "VERB" and (
                _names_halt(sentence, match) or _names_truce(sentence, match, below)) and (
                is_reverser(sentence, node) or listed(node, sentence.words.stoppings)):
            count += 1  # "agreed to lift the pause on intelligence": the halt the phrase names, undone
        elif is_reverser(sentence, node) and not _left_towards(sentence, node, below) and not attended and (
                not (cessation or match.opposite and node.lemma_ in sentence.words.stoppings)
                or cessation and node.lemma_ in sentence.words.breaches and not _passive(node)):
            # over a cessation ("give up Kursk") or an opposite phrase ("stop military aid")
            # a stopping or yielding verb is the halt itself; breaking a truce reverses it
            # (a truce "being breached" is someone else's breach, reported)
            count += 1
        elif suspends(node) and not match.opposite:
            count += 1  # "her decision to keep the pact on hold": the hold on what it governs
        elif is_restraint(sentence, node, below) and not (
                cessation or match.opposite or match.topic in sentence.resources.restraints):
            count += 1  # "called for limits on NATO expansion": against the expansion
            restrained = True
        elif is_stop(sentence, node, below, match) and not (
                cessation or match.opposite or match.topic in sentence.resources.restraints):
            count += 1  # "demanded a halt to the deployment": against the deployment
            restrained = True
        elif restrained and node.pos_ == "VERB" and listed(node, sentence.words.stoppings):
            count += 1  # "signed an order waiving the curbs on X": the restraint lifted
            restrained = False
        elif (inner := cue_of(sentence, node)) is not None and inner.stance == "reject":
            count += 1
        # (a denying subject that is the topic itself, "no outside party set the terms", was
        # counted with the topic's own "no")
        if node.pos_ == "VERB" and not _done_so(node) and any(
                c.dep_ == "neg" and not _not_only(c) or _denying_subject(sentence, c)
                and c.i not in match.tokens for c in node.children) or (
                node.pos_ in ("VERB", "AUX") and denied_by_adverbial(node)):
            count += 1  # its own negation, whatever it does: "insisted it would not drop X"
        if node.i != cue_token.i and _but_not(node, match.tokens):
            count += 1  # "agreed to a pause, but not to the full ceasefire"
        if node.pos_ == "NOUN" and says_no(node, match.tokens) or nothing_to(below) or contrasted(below) or (
                _nothing_about(node, below)):
            # "saw no need for X", "no objection to X", "nothing to mediate", "witnesses, not
            # mediators", "agreed to nothing on X"
            count += 1
        if set_aside_clause(sentence, node):
            count += 1  # "complements rather than | replaces X", the parser's clause: not done
    if restrained and cue_token.i not in match.tokens and listed(cue_token, sentence.words.stoppings) and (
            (cue := cue_of(sentence, cue_token)) is not None and cue.stance == "support"):
        count += 1  # "lifted the curbs on X", "lift" a cue of its own: the restraint removed
    if cue_token.head.i != cue_token.i and _set_aside(sentence, cue_token, cue_token.head):
        count += 1  # "would freeze the line instead of requiring X": the cue itself set aside
    if match.opposite and not halted(sentence, cue_token, match) and not (
            cessation and _given_up(sentence, cue_token, match)):
        count += 1  # "called for more military aid": against halting it
    return count


def _denied_object_before(sentence: Sentence, verb: Token, below: Token, besides: frozenset[int]) -> bool:
    """Whether what the parser hung on the verb right after the verb's object with "no" is
    the object's: a "for X to Y" clause ("saw no need | for a third country to mediate", "had
    no plan | for troops to leave") or a preposition ("saw no point | in talks"). The object
    denies it; a preposition after an object that is a cue of its own is read with that
    cue's "no" ("take no part in"), which a clause is not ("no need | for X to mediate")."""
    if below.dep_ == "advcl":
        if not any(c.dep_ == "mark" and c.lower_ == "for" for c in below.children):
            return False
    elif below.dep_ != "prep":
        return False
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == below.left_edge.i and says_no(c, besides)
               and (below.dep_ == "advcl" or c.i not in sentence.cues) for c in verb.children)


def _but_not(token: Token, besides: frozenset[int] = frozenset()) -> bool:
    """Whether a conjunct other than a verb is denied by a "not" of its own, the verb left
    out: "a halt but not a ceasefire", "to a pause, but not to a ceasefire" (which the parser
    may hang on the verb as a second "to")."""
    joined = token.dep_ == "conj" or token.dep_ == "prep" and any(
        c.dep_ == "cc" and c.i < token.i and any(p.dep_ == "prep" and p.lower_ == token.lower_ and p.i < c.i
                                                 for p in token.head.children)
        for c in token.head.children) or (
        # "could accept a ceasefire, though not a withdrawal": the parser's preposition
        token.dep_ == "pobj" and token.head.lower_ in ("though", "although"))
    return joined and token.pos_ != "VERB" and any(
        c.dep_ == "neg" and c.i not in besides and not _not_only(c) for c in token.children)


def _given_up(sentence: Sentence, cue_token: Token, match: TopicMatch) -> bool:
    """Whether a verb of giving up below the cue governs a phrase naming what a cessation
    stops: "urged Pakistan to abandon its support for terrorism" asks for that cessation.
    (The cue's own refusal is in its stance: "refusing the transfer of missiles".)"""
    below = match.root
    for node in match.root.ancestors:
        if node.i == cue_token.i or below.dep_ == "conj":
            return False  # "end X and restart Y": the first verb does not govern the second
        if node.pos_ == "VERB" and node.i not in match.tokens and is_reverser(sentence, node):
            return True
        if node.pos_ == "NOUN" and listed(node, sentence.words.stoppings):
            return False  # "agreed to end the freeze on aid": the freeze is given up, not the aid
        below = node
    return False


def _left_towards(sentence: Sentence, verb: Token, below: Token) -> bool:
    """Whether a verb of leaving reaches the topic by a phrase other than what is left
    ("withdraw within the recognised borders", "pull back to the line"): where one goes is
    not given up, as "withdraw from the deal" gives up the deal."""
    return verb.lemma_ in sentence.words.leaving_verbs and below.dep_ == "prep" and (
        below.lower_ not in ("from", "of", "out"))


ATTENDING = frozenset({"under", "amid", "amidst", "during", "through", "via", "despite"})
"""Prepositions by which a phrase tells how or when something is done, not what it is."""
ATTENDING_A_VERB = ATTENDING | {"with", "after", "before", "following", "alongside"}
"""The same on a verb, where "with" and "after" can tell nothing else ("talks with Delhi"
is a noun's)."""


def _beside_the_act(below: Token) -> bool:
    """Whether the way up to a reversing verb comes by a phrase of how or when it, or what
    it acts on, is done ("halt the shelling under the supervision of observers", "withdraw
    with the help of X"): the observers are not halted."""
    return below.dep_ == "prep" and below.lower_ in (ATTENDING_A_VERB if below.head.pos_ == "VERB" else ATTENDING)


def reversed_over(sentence: Sentence, verb: Token, token: Token) -> bool:
    """Whether ``verb`` reverses what it acts on and ``token`` is in it: not in a phrase of
    how or when it is done ("will withdraw the artillery under the supervision of X")."""
    if not is_reverser(sentence, verb):
        return False
    below = next((a for a in (token, *token.ancestors) if a.head.i == verb.i and a.i != verb.i), None)
    return below is None or not _beside_the_act(below)


def _negated_alternatives(verb: Token) -> bool:
    """Whether a negated verb is joined to the next by "or"/"nor": the negation holds for
    both ("not to move troops or reinforce positions")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.children)


def _object_says_no(match: TopicMatch) -> bool:
    """Whether a phrase made of a verb and its object has "no" on the object: "will hold no
    talks", "would send no troops"."""
    return match.root.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i in match.tokens and says_no(c, match.tokens) for c in match.root.children)


def _non_prefixed(match: TopicMatch) -> bool:
    """Whether the phrase is written with "non-" before it ("committed to non-escalation")."""
    start = min(match.tokens)
    doc = match.root.doc
    return start == match.root.i and start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non"


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _names_halt(sentence: Sentence, match: TopicMatch) -> bool:
    """Whether a cessation's phrase names the halt itself by a noun ("the pause on
    intelligence", "a freeze on aid"), not only the giving up ("give up Kursk", "withdraw
    troops")."""
    return any(sentence.sdoc[i].pos_ == "NOUN" and sentence.sdoc[i].lemma_ in sentence.words.stoppings
               for i in match.tokens)


def _names_truce(sentence: Sentence, match: TopicMatch, below: Token) -> bool:
    """Whether a cessation's phrase is a truce ("the ceasefire") that the verb above
    governs directly: "abandon the truce" ends the truce ("ditch efforts to broker a
    truce" ends the efforts)."""
    return below.i == match.root.i and match.root.lower_ in sentence.words.truce_nouns


def _misjoined_beside(conjunct: Token, head: Token) -> Token | None:
    """The word a conjunct the parser joined too low really stands beside, if so:
    "the suspension of X and the closure of Y" (the closure, hung on X, stands beside the
    suspension), "commits them to refrain from X and to Y" ("to Y", hung on "from", stands
    beside "to refrain"), "to leave the towns it holds, hold a vote" (a bare verb hung on
    "towns" stands beside "leave"), "include a pledge that Kyiv will never join NATO, a cap on
    its army and no troops" (the cap, hung on "NATO", stands beside the pledge). The word
    returned is above what would wrongly reverse it."""
    if conjunct.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in conjunct.children):
        return head.head.head
    if conjunct.pos_ == head.pos_ == "ADP" and conjunct.lower_ != head.lower_:
        return head.head
    if conjunct.pos_ == head.pos_ == "NOUN" and says_no(conjunct) and not says_no(head):
        # "no limits to the size of X and no recognition of Y": "no Y" stands beside "no limits"
        for above in head.ancestors:
            if above.pos_ in ("VERB", "AUX"):
                break
            if above.pos_ == "NOUN" and says_no(above):
                return above.head
    if conjunct.dep_ == "appos" and any(c.dep_ == "cc" for c in conjunct.children) and any(
            c.dep_ == "conj" for c in conjunct.children):
        # "include a guarantee that Kyiv will never join NATO, a cap on its army and no
        # troops": a list's next items hung on the clause's last noun stand beside its first
        clause = next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause.dep_ in ("acl", "relcl") and clause.head.pos_ == "NOUN":
            return clause.head
    if conjunct.dep_ == "acl" and conjunct.tag_ == "VB" and not any(
            c.dep_ == "aux" for c in conjunct.children):
        # "withdraw from the regions Moscow claims, declare neutrality": a bare verb hung on
        # a noun is a verb of the same list the parser joined to the noun
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        return head
    return None


def _set_aside(sentence: Sentence, below: Token, node: Token) -> bool:
    """Whether ``below`` is named as what is not wanted: the second term of "X rather than
    Y", "X instead of Y", "prefers X to Y", "X without Y"."""
    if below.dep_ == "conj":
        links = [c for c in node.children if c.dep_ == "cc" and node.i < c.i < below.i]
    elif below.dep_ == "pcomp":
        links = [node]  # "instead of requiring X"
    elif below.dep_ == "pobj":
        if preferred_over(sentence, node) or node.lower_ == "without":
            return True  # "prefers talks to mediation", "a truce without foreign troops"
        if node.lower_ == "from" and node.head.lower_ == "away":
            return True  # "steered the two sides away from a wider war"
        links = [node]
    else:
        return False
    return any(link.i > 0 and (link.lower_, link.doc[link.i - 1].lower_) in SETTING_ASIDE for link in links)


def lacks(match: TopicMatch, others: list[TopicMatch], cue_token: Token | None = None) -> bool:
    """Whether ``match`` is what another topic is wanted without ("a truce without guarantees
    is meaningless", "rejects a truce without guarantees"): refusing the whole is asking for
    the missing part, not refusing ``match``."""
    inside = {i for m in others if m is not match for i in m.tokens}
    hosts = set(match.tokens)
    verb = match.root.head
    if cue_token is not None and match.root.dep_ == "dobj" and (verb.i == cue_token.i or cue_token in verb.ancestors):
        hosts.add(verb.i)  # the parser hangs "without" on the verb as often as on its object
    doc = match.root.doc
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(t.i in inside for t in c.subtree)
               for i in hosts for c in doc[i].children)


def unlinked(sentence: Sentence, match: TopicMatch, cue_token: Token) -> bool:
    """Whether ``match`` is what the stance is kept apart from: "wants the border reopened
    without linkage to the talks", "said the reform is not linked to the treaty"."""
    linkage = sentence.words.linkage_words
    below = match.root
    for node in match.root.ancestors:
        if node.i == cue_token.i:
            return False
        if node.lemma_ in linkage and (node.head.lower_ == "without" or node.pos_ == "VERB" and negated(sentence, node)):
            return True
        if below.dep_ == "prep" and below.lower_ == "to" and any(
                c.dep_ == "prep" and c.lower_ == "without" and c.i < below.i
                and any(g.lemma_ in linkage for g in c.children)
                for c in node.children):
            return True  # the parser hangs "to Y" beside "without linkage" (but "return to X without conditions")
        below = node
    return False


RECIPROCAL = frozenset({("exchange", "for"), ("return", "for"), ("step", "with"), ("tandem", "with"),
                        ("parallel", "with"), ("lockstep", "with")})
"""The "in N P" phrases that tie what a party gives to what the other does: "in exchange
for", "in return for", "in step with", "in tandem with"."""


def asked_in_return(match: TopicMatch, cue_token: Token) -> bool:
    """Whether ``match`` is what a stance asks for in return ("would give up its NATO bid in
    exchange for security guarantees", "offered a truce in return for X", "will lift the
    measures only in step with X"): demanded, whatever the stance on what is given."""
    for node in match.root.ancestors:
        if node.i == cue_token.i:
            return False
        if reciprocal(node) is not None:
            return True
    return False


def reciprocal(preposition: Token) -> Token | None:
    """The word an "in exchange for", "in step with" (``RECIPROCAL``) hangs on, when
    ``preposition`` is its "for" or "with"; else None."""
    if preposition.dep_ != "prep":
        return None
    noun = preposition.head
    if preposition.i and noun.pos_ in ("VERB", "AUX"):
        # "will lift the measures in tandem | with X": the parser may hang "with X" on the verb
        noun = preposition.doc[preposition.i - 1]
    if (noun.lemma_, preposition.lower_) not in RECIPROCAL or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    return preposition.head if preposition.head.i != noun.i else noun.head.head


def paid_for(match: TopicMatch, cue_token: Token) -> bool:
    """Whether ``match`` is what a demand is the price of ("demanded X as the price of a
    truce at sea", "sanctions relief as the price for a ceasefire"): what would be given
    for it, not what is asked."""
    doc = match.root.doc
    for token in (doc[i] for i in sorted(match.tokens)):
        for node in (token, *token.ancestors):
            if node.i == cue_token.i:
                break
            if node.dep_ == "prep" and node.lower_ in ("of", "for") and node.head.lemma_ in ("price", "cost"):
                return True
    return False


def preferred_over(sentence: Sentence, prep: Token) -> bool:
    """Whether ``prep`` is the "to" or "over" of a preference ("prefers talks to mediation",
    "favours X over Y"), hung on the verb or on what it prefers."""
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "over"):
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return verb.lemma_ in sentence.words.preferring_verbs

def _countered(sentence: Sentence, node: Token, under: Token, match: TopicMatch) -> bool:
    """Whether ``node`` acts against what hangs on it by ``under``: a word of countering
    ("acts against the groups behind X", "tackle X", "deal with X", "raids on X"), any act or
    noun "against" the phrase itself ("cooperating against scam centres", "action against X",
    not "defence against the positions used to shell") but a stance of refusal ("campaigned
    against X"), or "do something about" it."""
    if under.dep_ == "prep" and under.lower_ == "about" and (
            node.lemma_ == "do" or node.dep_ == "dobj" and node.head.lemma_ == "do"):
        return True  # "do more | about X", where the parser hangs "about" on "more"
    if node.pos_ not in ("VERB", "NOUN"):
        return False
    if listed(node, sentence.words.countering_words, ("prt", "prep")):
        return True
    cue = sentence.cues.get(node.i)
    return under.dep_ == "prep" and under.lower_ == "against" and not (cue is not None and cue.stance == "reject") and (
        any(c.dep_ == "pobj" and c.i in match.tokens for c in under.children))


def halted(sentence: Sentence, cue_token: Token, match: TopicMatch, by_cue: bool = True) -> bool:
    """Whether a stopping word governs the phrase ("an end to aid", "lifting the suspension").
    A stopping word inside an opposite phrase is part of what it names ("treaty suspension").
    Without ``by_cue``, the cue itself does not count ("a truce would ease tensions": the
    truce eases, nothing halts it)."""
    stoppings = sentence.words.stoppings
    sdoc = sentence.sdoc
    # "capping the size of the army" where the pack says "cap the size": the restraint itself
    naming = frozenset() if match.opposite else sentence.resources.restraint_names.get(match.topic, frozenset())
    below = match.root
    # a stopping word another opposite phrase of the topic holds is named with it as well
    # ("waived the Section 907 restrictions", with "section 907" and "restriction on aid")
    own = match.tokens | {i for m in sentence.topic_matches if m.opposite and m.topic == match.topic for i in m.tokens}
    for node in match.root.ancestors:
        # "lift the pause on X and resume Y": a first verb with an object of its own does not
        # govern Y (in "halt and review Y" it shares Y)
        coordinate = below.dep_ == "conj" and (
            below.pos_ in ("VERB", "AUX") and first_child(node, "dobj") is not None
            or below.i in match.tokens and node.pos_ == "VERB")  # "stop or | divert water": another way
        under, below = below, node
        if node.i in own:
            continue  # the phrase's own word ("suspension of the treaty")
        if node.i == cue_token.i and not by_cue or _idiom_object(sentence, node, under):
            break  # "closed the door to new fighting": the door is closed, not the fighting
        if not coordinate and node.lemma_ not in naming and (
                node.pos_ != "ADJ" and (listed(node, stoppings, PARTICLE_DEPS) or _gerund_of(node, stoppings))
                or _stop_hung_on_verb(node, stoppings)):
            # "halt X", "wind up X", "hand the areas back", "put an end | to X"; not "close
            # to a deal", nor "ended the freeze on X", a stop stopped
            return not _stop_undone(sentence, node)
        if match.opposite and node.pos_ in ("VERB", "NOUN") and listed(node, sentence.words.scrutiny):
            return True  # "a mechanism to investigate violations": the breaches kept in check
        if match.opposite and _countered(sentence, node, under, match):
            return True  # "tackle X", "cooperating against X", "do more about X": kept in check
        if match.opposite and under.dep_ == "prep" and under.lower_ == "from" and (
                node.lemma_ != "stop" and _with_particle(node, sentence.words.ceasing_verbs)):
            return True  # "step back from further escalation": left off
        if node.i == cue_token.i:
            break
    # a stopping word the topic's own phrases use describes it: "the reserves | frozen in
    # Europe", where the topic is "frozen assets" (a topic named by a closing is enacted by
    # one: "kept the crossings closed")
    resources = sentence.resources
    described = frozenset() if match.topic in resources.closing_topics else resources.naming_words.get(
        match.topic, frozenset())
    if comes_to_a_stop(match.root, stoppings) or _left_stopped(match.root, stoppings, described):
        return True
    infinitive = _for_to_clause(match.root)
    if infinitive is not None and listed(infinitive, stoppings, PARTICLE_DEPS):
        return True  # "called for the Minsk Group to be wound up"
    # the parser often hangs "to X" on the verb in "demanded a halt to X": look left too,
    # past the phrase's own modifiers ("a halt to | Thai-Cambodian | fighting")
    edge = match.root.left_edge.i
    alternative = joined_stop(sentence, match.root)  # "stop or | divert water": no halt of it
    for i in range(min(match.tokens) - 1, max(min(edge, min(match.tokens)) - 4, -1), -1):
        word = sdoc[i]
        if word.lemma_ in stoppings and word.lemma_ not in naming and (alternative is None or alternative.i != i):
            return not _stop_undone(sentence, word)
        if i < edge and (i == cue_token.i or word.is_punct or word.pos_ in ("VERB", "AUX", "PROPN")):
            break
    return False


def joined_stop(sentence: Sentence, token: Token) -> Token | None:
    """The stopping verb joined to ``token`` as another way of doing the same ("stop or |
    divert water", "divert or | stop it"): it does not stop the token, and what the two
    govern is stopped once."""
    joined = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return next((v for v in joined if v.pos_ == "VERB" and listed(v, sentence.words.stoppings)), None)


def _stop_undone(sentence: Sentence, stop: Token) -> bool:
    """Whether a noun of stopping is itself stopped: "ended the freeze on military aid",
    "lifted the ban on exports", "an end to the freeze on aid" let the thing go on."""
    if stop.pos_ != "NOUN":
        return False
    if stop.dep_ in ("dobj", "nsubjpass"):
        governor = stop.head if stop.head.pos_ == "VERB" else None
    else:
        governor = stop.head.head if stop.dep_ == "pobj" and stop.head.lower_ in ("to", "of") else None
    return governor is not None and listed(governor, sentence.words.stoppings)


def _idiom_object(sentence: Sentence, verb: Token, below: Token) -> bool:
    """Whether ``verb`` is a cue whose idiom needs a noun it governs ("close | the door"), and
    ``below`` (its child on the way up from the topic) that noun or a preposition beside it
    ("closed the door | to X", as the parser may hang it): the verb acts on the idiom's
    noun, not on the topic."""
    if below.pos_ not in ("NOUN", "ADP"):
        return False
    cue = cue_of(sentence, verb)
    return cue is not None and cue.with_word is not None and any(
        c.lemma_ == cue.with_word and c.pos_ == "NOUN" and c.dep_ == "dobj" for c in verb.children)


def _left_stopped(root: Token, stoppings: frozenset[str], described: frozenset[str] = frozenset()) -> bool:
    """"ordered the crossings closed", "kept the border shut": the object's own predicate,
    a stopping participle after it, which the parser hangs on the verb (not a word of the
    topic's own name, in ``described``)."""
    if any(c.dep_ in ("acl", "amod") and c.i > root.i and c.tag_ in ("VBN", "VBD", "JJ") and listed(c, stoppings)
           and c.lower_ not in described for c in root.children):
        return True  # "kept the crossings shut to traders": the parser hangs it on the object
    return root.dep_ == "dobj" and any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.i > root.i and listed(c, stoppings) and (
            c.tag_ in ("VBN", "VBD", "JJ") or c.tag_ == "VB" and first_child(c, "dobj") is None)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in root.head.children)  # "would require arms deliveries to stop": the object's own infinitive


def comes_to_a_stop(root: Token, stoppings: frozenset[str]) -> bool:
    """"unless aid comes to a complete stop", "until the fighting grinds to a halt", "the war
    must be brought to an end": the subject of a verb whose "to" names a stop is halted; so
    is the object before it ("brought the war to an end", and "wanted the fighting to end",
    which the parser reads alike)."""
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and (root.dep_ != "dobj" or c.i > root.i) and any(
        g.dep_ == "pobj" and g.lemma_ in stoppings for g in c.children) for c in root.head.children)


def given_up_aim(sentence: Sentence, cue_token: Token, match: TopicMatch) -> str | None:
    """The stance of the aim a concession gives up, when a noun names one between the cue
    and the topic ("drop its bid for X": propose), else None ("give up Donetsk")."""
    for node in (match.root, *match.root.ancestors):  # the phrase may hold the bid: "bid to join X"
        if node.i == cue_token.i:
            break
        cue = cue_of(sentence, node)
        if cue is not None and node.pos_ == "NOUN" and cue.stance in ("demand", "propose", "support"):
            return cue.stance
    return None


def kept_stance(sentence: Sentence, cue_token: Token, match: TopicMatch) -> str:
    """What refusing to give something up says: "will not drop its bid for X" keeps
    proposing X; "will not back down from the ICJ case" keeps supporting it; "will not
    relinquish X", where the topic is itself a giving up, rejects it."""
    aim = given_up_aim(sentence, cue_token, match)
    if aim is not None:
        return aim
    topic = sentence.resources.topics.get(match.topic)
    return "reject" if topic is None or topic.is_cessation or match.opposite else "support"


def governed_reversal(sentence: Sentence, token: Token) -> int:
    """Reversals above the cue: 'delayed accepting', 'failed to agree', 'has yet to accept'."""
    count = 0
    node = token
    # "stopped short of endorsing X": "short" joins the reversing verb to what it holds back
    while (node.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "prep", "pobj") or node.lower_ == "short") \
            and node.head.i != node.i:
        below, node = node, node.head
        if _with_particle(node, sentence.words.governing_reversers) and _particle_verb(node).pos_ in ("VERB", "ADJ") and (
                below.dep_ != "ccomp"):  # "offered X on one condition: that aid stop": a clause of its own
            count += 1
        elif node.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in node.children):
            count += 1  # "has yet to accept"
        if node.lemma_ in sentence.words.speech:
            break
    return count


def no_longer(token: Token) -> bool:
    """Whether ``token`` is said "no longer" to hold ("no longer insists", "no longer contains")."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in token.children)


def ceased(sentence: Sentence, token: Token) -> bool:
    """A stance the holder no longer takes: "no longer insists on X", "stopped insisting on
    X", "scrapped its plans for X". (``governed_reversal`` counts the ceasing verb as one
    reversal.)"""
    if no_longer(token):
        return True
    verb = token.head
    passive = token.dep_ == "nsubjpass" and not has_modal(verb)  # not "X must be reversed"
    if token.pos_ == "NOUN" and (token.dep_ == "dobj" or passive) and _done(sentence, verb) and (
            undoes(sentence, verb) or suspends(verb)) and not _anothers(sentence, token, verb):
        # "scrapped its plans for X", "put its bid on hold", "suspended its participation in
        # X", "ordered that all plans for X be scrapped": given up (not "asked it to drop X")
        return True
    if token.tag_ != "VBG":
        return False
    if token.dep_ == "pcomp" and token.head.lower_ == "from":
        return _with_particle(token.head.head, sentence.words.ceasing_verbs)  # "stepped back from urging X"
    return token.dep_ == "xcomp" and _with_particle(token.head, sentence.words.ceasing_verbs)


def _anothers(sentence: Sentence, noun: Token, verb: Token) -> bool:
    """Whether the noun is named as another party's than the verb's subject ("Islamabad
    refused India's demand"): the refusal ends nothing of the owner's."""
    owner, subject = first_child(noun, "poss"), first_child(verb, "nsubj")
    mentions = sentence.mentions
    if owner is None or subject is None or owner.i not in mentions or subject.i not in mentions:
        return False
    return sentence.party(mentions[owner.i].actor) != sentence.party(mentions[subject.i].actor)


def _done(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb tells what its subject does or may do ("scrapped", "could set aside",
    "is prepared to set aside"), not what another is asked to do ("asked it to drop")."""
    if verb.tag_ != "VB":
        return True
    if verb.dep_ == "xcomp":
        willing = cue_of(sentence, verb.head)
        return willing is not None and willing.stance in ("support", "propose")
    return has_modal(verb)


def after_ceasing(stance: str, flips: int) -> str:
    """What ceasing to hold a stance amounts to: a demand, a proposal or a rejection given
    up is a concession; support withdrawn is a rejection."""
    return "reject" if stance == "support" and flips % 2 == 0 else "concede"


def failed_to_agree(sentence: Sentence, token: Token, flips: int, parties: set[str]) -> bool:
    """Two parties or more, or the many members of one ("EU leaders"), that did not agree "on" a
    topic failed to agree with each other: no rejection by any ("Kyiv and Moscow could not agree
    on a truce")."""
    words = sentence.words
    return (flips % 2 == 1 and token.lemma_ in words.mutual_verbs
            and any(c.dep_ == "prep" and c.lower_ in words.mutual_prepositions for c in token.children)
            and (len(parties) > 1 or _many_subject(token)))


def _many_subject(token: Token) -> bool:
    """Whether the nearest subject over ``token`` is a plural noun ("EU leaders failed to ...")."""
    for node in (token, *token.ancestors):
        subject = first_child(node, "nsubj")
        if subject is not None:
            return subject.tag_ in ("NNS", "NNPS") and not subject.conjuncts
    return False


def no_headway(sentence: Sentence, token: Token, flips: int) -> bool:
    """Progress denied ("made no progress toward a truce") is a failure of the talks, no
    rejection by those who made none."""
    return flips % 2 == 1 and token.lemma_ in sentence.words.progress_nouns


def apply_flips(stance: str, count: int) -> tuple[str, float]:
    """The stance after an odd or even number of reversals, and a confidence weight."""
    if count % 2 == 0:
        return stance, 1.0
    if stance == "reject":
        return "support", WEIGHTS.reversed_rejection  # "has not ruled out": weak support
    if stance in ("demand", "propose", "support"):
        return "reject", WEIGHTS.reversed_support
    return stance, WEIGHTS.reversed_other


def acted_against(sentence: Sentence, verb: Token, match: TopicMatch, stops: bool) -> bool:
    """Whether doing ``verb`` to a topic goes against it, when ``stops`` tells whether the
    verb stops what it governs. Halting a halt's opposite ("suspended arms deliveries") or
    enacting the opposite ("resumed arms deliveries") goes against a halt. A halt's phrase
    that names the activity halted ("strikes on energy facilities", a phrase the pack lists
    for the energy truce) goes against the halt when enacted ("launched strikes on energy
    facilities"); any other phrase of a halt names the halt itself ("pausing strikes"), and
    stopping a halt so named goes against it ("lifted the pause on intelligence sharing")."""
    topic = sentence.resources.topics.get(match.topic)
    if topic and topic.is_cessation and not match.opposite:
        words = sentence.words
        tokens = [sentence.sdoc[i] for i in match.tokens]
        named_halt = any(t.lemma_ in words.stoppings for t in tokens)
        if stops and named_halt and verb.i not in match.tokens:
            return True  # "lifted the pause on intelligence sharing": the halt is stopped
        if _names_truce(sentence, match, match.root) and match.root.head.i == verb.i and listed(verb, words.stoppings):
            return True  # "ended the ceasefire": the truce itself, whatever verbs the pack names it by
        activity = (any(t.lemma_ in words.attack_nouns for t in tokens)
                    and not named_halt and not halted(sentence, verb, match))
        return activity and not stops
    return (stops or _kept_away(match)) != bool(match.opposite)  # "will keep mediators out of it"
