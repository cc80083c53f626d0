"""Actions: a party's act on a topic, done, under way or announced, is its position --
"Brussels imposed fresh sanctions", "the Pentagon is pausing military aid", "Washington has
suspended intelligence sharing", "Islamabad will not restore the treaty". An enacting verb
supports what it enacts; a stopping verb supports a halt and is against anything else. Conditions, hedges, questions
and history are no one's position (``filters``).
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import filters, polarity
from stancegraph.loaders.extraction.attribution import according_to, speaker_of
from stancegraph.loaders.extraction.holders import cue_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.conditions import THREATENING, condition_claims
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import bare_form
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, TopicMatch, counted, first_child
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.loaders.lexicon import EnglishWords
from stancegraph.schema import Claim, Cue

ACTING = Cue(lemma="act", pos=("VERB",), stance="support")
TENSES = frozenset({"VBD", "VBZ", "VBP", "VBN", "VBG"})
MAYBE = frozenset({"may", "might", "can", "could"})
ORDERING = frozenset({"order", "instruct", "direct", "command", "decide", "continue"})
"""Verbs by which a party has what a topic names done ("ordered the army to halt X"), or
goes on doing it ("continues to observe the moratorium")."""

MEASURES = frozenset({"measure", "step", "action", "countermeasure", "counter-measure"})
"""What a party "takes" when it acts: "took punitive measures", "has taken steps against X"."""

LASTING = frozenset({"remain", "stay"})
"""Verbs by which a party says a thing will last: "will stay frozen", "remains in place"."""
IN_FORCE = frozenset({"place", "force", "effect"})
"""What a thing stays "in" when it stays in force ("remain in place", "stay in effect")."""


class Actions:
    name = "actions"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.verbs = words.enacting_verbs | words.stoppings | words.leaving_verbs
        self.forms = resources.lexicon.forms(self.verbs | {"keep", "take"} | LASTING | words.inflicting_verbs) | polarity.SUSPENDED
        # auxiliaries under which a deed is not done: hedged, obliged, possible ("will" and
        # "would" announce it: stated policy)
        self.unsure = (words.hedges | words.obligation | MAYBE) - words.intent_auxiliaries
        self.intending = words.intent_auxiliaries

    def wants(self, survey: Survey) -> tuple[int, ...]:
        return (0,) if survey.has_topic and survey.words & self.forms else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        if sentence.is_question:
            return Found()
        words = sentence.words
        claims: list[Claim] = []
        for match in sentence.topic_matches:
            if match.root.i in reading.covered:
                continue
            if any(_left(other, words) == match.root for other in sentence.topic_matches if other is not match):
                continue  # "pulled out of the talks": no pullout of troops
            left = _left(match, words)
            resources = sentence.resources
            naming = resources.naming_words.get(match.topic, frozenset())
            closes = match.topic in resources.closing_topics
            found = (left, True) if left is not None else _acting_verb(match, words, naming, closes)
            if found is None:
                continue
            verb, stops = found
            # "ordered the troops to pause strikes": the order is the deed
            doer = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ in ORDERING else verb
            # "will keep X on hold", "will not restore X": stated policy
            auxiliaries = _auxiliaries(doer)
            # "warned that it could hold X in abeyance": a threat states the option as policy
            threat = doer.dep_ == "ccomp" and doer.head.lemma_ in THREATENING
            policy = threat or any(c.lower_ in self.intending for c in auxiliaries)
            # "demands that the M23 pull out": asked for, whatever the tagger made of "pull"
            tensed = doer.tag_ in TENSES and not bare_form(doer) or policy and doer.tag_ == "VB"
            lasting = verb.lemma_ in LASTING  # only as a state's verb (``_acting_verb`` asked ``_stays``)
            inflicted = _inflicted_with(match, words) == verb
            if not (verb.lemma_ in self.verbs or polarity.suspends(verb) or _kept_going(verb) or lasting or inflicted
                    or _taken(verb, match, words)) or (
                    not tensed or not _finite(doer)):
                continue
            unsure = not threat and any(c.lower_ in self.unsure for c in auxiliaries)
            if unsure or not filters.is_position(sentence, doer, deed=True):
                continue
            if _doer_unnamed(doer):
                continue  # "Kyiv would get guarantees, while sanctions would be lifted": by whom, unsaid
            holders = cue_holders(sentence, doer, ACTING)
            if not holders or COMMENTATOR in holders or _told_by_another(sentence, doer, holders):
                continue
            # "put X on hold": against X, whether or not the pack's phrase names the hold,
            # unless X is what the topic halts ("put intelligence sharing on hold": the halt);
            # "pulled out of the talks": against what it leaves, a truce as much as talks
            suspended = polarity.suspends(verb)
            topic = resources.topics.get(match.topic)
            halts_it = match.opposite and topic is not None and topic.is_cessation
            against = left is not None or (not halts_it if suspended else polarity.acted_against(
                sentence, verb, match, stops))
            if against and polarity.only_for_now(verb):
                continue  # "the operation was only paused": it may resume
            # "will not resume talks", "will resume no talks"
            refused = polarity.negated(sentence, verb) or polarity.negated(sentence, match.root, match.tokens)
            flips = int(against) + (1 if refused else 0)
            stance, weight = polarity.apply_flips("support", flips)
            claims.extend(sentence.claim(h, stance, match.topic, (), None, WEIGHTS.action * weight * h.confidence)
                          for h in holders)
            if stance == "reject" or lasting:
                # "will keep the treaty in abeyance until X ends Y": Y's end is asked for
                claims.extend(condition_claims(sentence, doer, holders).claims)
            elif policy:
                # "will withdraw its troops if X is disarmed": so is X (a failure warned of,
                # "will impose tariffs if no deal is reached", is the threats pass's)
                claims.extend(c for c in condition_claims(sentence, doer, holders).claims if c.stance != "reject")
        return Found(tuple(claims))


def _taken(verb: Token, match: TopicMatch, words: EnglishWords) -> bool:
    """Whether the topic is measures a party takes: "took retaliatory measures against X",
    "took a series of measures"."""
    standing = counted_by(match.root, words)
    return verb.lemma_ == "take" and standing.dep_ == "dobj" and standing.head.i == verb.i and (
        match.root.lemma_.lower() in MEASURES)


def counted_by(noun: Token, words: EnglishWords) -> Token:
    """The noun of quantity that stands in the clause for ``noun`` ("took a series of |
    measures", "imposed a raft of | sanctions"), or ``noun`` itself."""
    quantity = noun.head.head
    return quantity if noun.dep_ == "pobj" and counted(quantity, words.quantity_nouns) == noun else noun


def _doer_unnamed(verb: Token) -> bool:
    """Whether a deed is told in the passive, with no agent, in a "while" clause beside
    another ("Kyiv would get guarantees, while sanctions would be lifted in stages"): the
    subject of the clause it hangs on did not do it."""
    beside = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)  # not "once X is lifted"
    return beside and first_child(verb, "nsubjpass") is not None and first_child(verb, "agent") is None


def _told_by_another(sentence: Sentence, verb: Token, holders: list[Holder]) -> bool:
    """"Kyiv said Russia launched strikes on energy facilities", "M23 has not withdrawn,
    according to the army": a deed another party reports is its account (an accusation,
    read elsewhere), not the doer's position."""
    speakers = speaker_of(sentence, verb)
    if speakers is None:
        speakers = according_to(sentence)
    if not speakers:
        return False
    doers = {sentence.party(h.actor) for h in holders}
    return not any(h is not COMMENTATOR and sentence.party(h.actor) in doers for h in speakers)


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, or, for a verb joined to another without a subject of its
    own, the first verb's: "would restore X and | resume Y" resumes under "would"."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in node.children):
        node = node.head
    return [c for c in node.children if c.dep_ == "aux"]


def _finite(verb: Token) -> bool:
    """A verb with a subject of its own, joined to one that has ("imposed sanctions and
    halted aid"), or the means of one ("answered by banning imports"): something done,
    not a gerund talked about ("discussed reopening X")."""
    node = verb
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "pcomp" and node.head.lower_ in ("by", "in"):
        node = node.head.head  # "Phnom Penh answered by banning imports": the means of a deed
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


KEPT_GOING = frozenset({"open", "alive", "going", "intact", "running", "afloat"})


def _kept_going(verb: Token) -> bool:
    """"keep its good offices open", "keep the talks alive": the verb maintains its object."""
    return verb.lemma_ == "keep" and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod")
                                         and c.lower_ in KEPT_GOING for c in verb.children)


def _stays(verb: Token, words: EnglishWords) -> bool | None:
    """Whether a verb says its subject stays stopped ("the treaty will stay frozen", "the
    crossing remains shut": True) or stays in force ("sanctions will remain in place":
    False); None when it says neither."""
    if verb.lemma_ not in LASTING:
        return None
    if any(polarity.listed(c, words.stoppings) or c.lower_ in polarity.STOPPED for c in _states(verb)):
        return True  # "stays frozen", "remains shut", "will stay closed"
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in IN_FORCE for g in c.children)
           for c in verb.children):
        return False
    until = [c for c in verb.children if c.dep_ in ("advcl", "prep") and (c.lower_ == "until" or any(
        g.dep_ == "mark" and g.lower_ == "until" for g in c.children))]
    if until and not _states(verb) and not any(c.dep_ == "prep" and c not in until for c in verb.children):
        return False  # "the ban will stay until Islamabad acts": in force till then (not "stay out of reach")
    return None


def _states(verb: Token) -> list[Token]:
    """The state a lasting verb says its subject stays in ("stays frozen")."""
    states = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")]
    if verb.dep_ == "auxpass":
        states.append(verb.head)  # "would remain | suspended": the parser's passive
    return states


def _left(match: TopicMatch, words) -> Token | None:
    """The verb by which a party leaves what the topic names ("pulled out of the talks",
    "withdrew from the deal", "walked away from the process"): a stand against it."""
    root = match.root
    if root.dep_ != "pobj" or root.lemma_ not in words.engagement_nouns or root.head.lower_ not in ("from", "of"):
        return None
    verb = root.head.head
    while verb.dep_ in ("advmod", "prt", "prep") and verb.lower_ in ("out", "away", "of"):
        verb = verb.head  # "pulled out | of", "walked away | from"
    return verb if verb.lemma_ in words.leaving_verbs and verb.pos_ == "VERB" else None


SETTING_UP = frozenset({"on", "regarding", "concerning", "about"})
"""Prepositions that set a topic up front for the clause after it ("On the treaty, ...")."""


def _pronoun_after_topic(noun: Token) -> Token | None:
    """The subject "it" or "they" of a clause whose topic a phrase set up before it names:
    "On the treaty, he said, it would remain in abeyance"; "Asked about the treaty, the
    spokesperson said nothing had changed: it would stay in abeyance"."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in SETTING_UP or preposition.dep_ != "prep":
        return None
    if preposition.i == 0:  # set up front: the sentence opens with it
        subject = first_child(preposition.head, "nsubj", "nsubjpass")
        return subject if subject is not None and subject.lower_ in ("it", "they") else None
    if preposition.head.i == 0 and preposition.head.lemma_ == "ask":  # the reporter's question
        return next((t for t in noun.doc[noun.i + 1:] if t.dep_ in ("nsubj", "nsubjpass")
                     and t.lower_ in ("it", "they")), None)
    return None


def _included_with(noun: Token) -> Token:
    """The thing acted on that ``noun`` is named as part of ("froze every step, including
    the handover of the prisoners": the handover is frozen with the steps); else ``noun``."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "including" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


def _acting_verb(match: TopicMatch, words: EnglishWords, naming: frozenset[str],
                 closes: bool) -> tuple[Token, bool] | None:
    """The verb that acts on the topic, and whether the act stops it: the phrase's own verb
    ("pausing military aid"), the verb whose object the phrase is ("imposed fresh sanctions",
    "suspended intelligence sharing"), or whose object stops it ("announced a pause in aid").
    ``closes``: the topic's phrases name a closing, which any closing verb enacts."""
    root, stoppings = match.root, words.stoppings
    if root.pos_ == "VERB" and root.dep_ not in ("amod", "acl"):
        return root, False  # the phrase holds the act itself ("lift sanctions")
    # "On the treaty, he said, it would remain in abeyance": "it" is the topic set up front
    subject = _pronoun_after_topic(root) or root
    if subject.dep_ == "nsubj" and polarity.suspends(subject.head):
        return subject.head, True  # "the treaty will remain in abeyance"
    if subject.dep_ in ("nsubj", "nsubjpass") and (lasting := _stays(subject.head, words)) is not None:
        # "the treaty will stay frozen", "sanctions remain in place"; "the assets will stay
        # frozen", where the pack's phrases name the frozen assets: kept as the topic names them
        own = lasting and not match.opposite and any(c.lower_ in naming for c in _states(subject.head))
        return subject.head, lasting and not own
    standing = counted_by(_included_with(root), words)
    if standing.dep_ in ("dobj", "nsubjpass"):
        verb = standing.head
        if root.lemma_ in words.occasion_nouns and verb.lemma_ in stoppings:
            return None  # "ended their summit with a call for X": it closed, nothing was halted
        # "kept the treaty frozen": kept halted, unless the pack's phrases name the state
        # ("kept its airspace closed", "kept it shut", where closing airspace is the topic);
        # an opposite phrase names what stays shut ("kept the crossings closed", the
        # crossings open)
        kept = polarity.kept_stopped(verb, stoppings) and (match.opposite or not any(
            c.lemma_ in naming or c.lower_ in naming or closes and c.lemma_ in words.closing_verbs
            for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")))
        # "withdrew its case": a thing withdrawn that no withdrawal names is taken back
        retracted = verb.lemma_ in words.leaving_verbs and verb.lemma_ not in naming
        # "banned all imports", where the pack's phrases name the ban: the ban is the act
        named = not match.opposite and (verb.lemma_ in naming or closes and verb.lemma_ in words.closing_verbs)
        return verb, (verb.lemma_ in stoppings and not named or kept or retracted) and verb.i not in match.tokens
    halt = root.head.head
    if root.dep_ == "pobj" and halt.lemma_ in stoppings and halt.dep_ == "dobj":
        # "announced a pause in aid": the aid is stopped; "ordered the expulsion of
        # diplomats", where the pack's phrases name the expulsion: the measure is enacted;
        # "ended the freeze on aid": the stop is stopped
        stopped = match.opposite or halt.lemma_ not in naming
        return halt.head, stopped != polarity.listed(halt.head, stoppings)
    inflicting = _inflicted_with(match, words)
    if inflicting is not None:
        return inflicting, False  # "would hit Moscow with tougher sanctions"
    carried = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and carried.lemma_ in words.carrying_out_nouns and carried.dep_ == "dobj":
        verb = carried.head  # "froze its implementation of the accord": the accord itself
        return verb, verb.lemma_ in stoppings
    return None


def _inflicted_with(match: TopicMatch, words: EnglishWords) -> Token | None:
    """The verb that strikes a party "with" the topic ("hit Russia's banks | with new
    sanctions", "slapped Moscow with tariffs"), or None."""
    root = match.root
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_ in words.inflicting_verbs:
        return root.head.head
    return None
