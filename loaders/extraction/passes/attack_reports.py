"""Attack reports: a party reporting an attack by another party accuses it, however the
attack is worded -- a passive with its agent ("our posts were shelled by Azerbaijani
troops"), a noun naming its attacker ("killed by Pakistani shelling", "an attack by the
rebels"), a framing ("branded Delhi's dam closure an act of war"), or an exchange ("the two
sides traded accusations"). Journalists' own narration of fighting accuses no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import coreference
from stancegraph.loaders.extraction.attribution import OWN_TERMS, according_to, speaker_of, speech_subject
from stancegraph.loaders.extraction.filters import is_position
from stancegraph.loaders.extraction.holders import after_prepositions, named_by, phrase_holders
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.passes.accusations import accuse, each_member
from stancegraph.loaders.extraction.passes.stance_cues import summed_up
from stancegraph.loaders.extraction.polarity import negated
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import BEING, COMMENTATOR, Holder, Sentence, first_child
from stancegraph.schema import Claim

UNREAL = frozenset({"no", "any", "future", "possible", "potential"})
"""Words with which an attack noun names no attack that happened ("future aggression")."""
AGAIN = frozenset({"further", "new"})
"""Words with which an attack noun names one yet to come, unless told as done ("new
aggression", but "had planted new mines")."""
DONE = frozenset({"VBD", "VBN"})
BACKDROP = frozenset({"amid", "amidst", "since"})
"""Prepositions that set an attack as the scene of what is said, not the news of it."""
ACTS = frozenset({"act", "crime"})
"""Nouns of a deed that a hostile word after "of" makes an attack ("an act of war", "crimes of
aggression")."""
EXCHANGING = frozenset({"trade", "exchange"})
"""Verbs with which the sides give each other blame ("traded accusations")."""
TRADING = frozenset({"trading", "exchanging"})
MODALS = frozenset({"would", "will", "could", "may", "might", "should", "must", "can", "'ll", "wo"})


class AttackReports:
    name = "attack_reports"

    def __init__(self, resources: PackResources):
        words = resources.words
        self.forms = resources.lexicon.forms(words.violations | words.attack_nouns)
        # "X said Y's move was an act of war", "branded it an act of war": a framing names
        # something hostile, reported or framed, no attack word needed
        self.framings = resources.lexicon.forms(words.hostile_framings)
        self.framers = resources.lexicon.forms(words.framing_accusers)
        self.speech = resources.lexicon.forms(words.speech)
        # a framing reported: "said X was an act of war", "said X committed war crimes"
        self.framed = resources.lexicon.forms(words.copulas | ACTS) | BEING
        # "the two sides traded accusations"
        self.blame = resources.lexicon.forms(words.blame_nouns)
        self.trading = resources.lexicon.forms(EXCHANGING)
        self.abetting = resources.lexicon.forms(words.abetting_verbs)
        self.fighters = resources.lexicon.forms(words.militant_nouns | words.attack_nouns)
        # "Congolese troops started the fighting", "the clashes were provoked by X"
        self.setting_off = words.waging_verbs | words.sparking_verbs
        self.fighting = resources.lexicon.forms(words.fighting_nouns)
        self.starting = resources.lexicon.forms(self.setting_off)
        # a framing or an exchange names its own accusers; any other attack needs someone
        # reporting it (``_reporter``): a quotation, a speech verb, a view's owner or a source
        self.self_reported = resources.lexicon.forms(words.framing_accusers | words.blame_nouns)
        self.sourcing = resources.lexicon.forms(
            words.speech | words.view_nouns | words.condition_nouns | words.part_nouns | OWN_TERMS) | {"according"}

    def wants(self, survey: Survey) -> tuple[int, ...]:
        if not survey.names_party:
            return ()  # the accused is named, or stood for
        words = survey.words
        if not (words & self.forms or words & self.framings and (
                words & self.framers or (words & self.speech or survey.quoted) and words & self.framed)
                or words & self.blame and words & self.trading or words & self.abetting and words & self.fighters
                or words & self.fighting and words & self.starting):
            return ()
        return (0,) if words & self.self_reported or survey.quoted or words & self.sourcing else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        words = sentence.words
        claims: list[Claim] = []
        for token in sentence.sdoc:
            if token.lemma_ in words.violations and token.pos_ == "VERB" and _passive(token):
                targets = _agents(sentence, token)
            elif token.lemma_ in words.attack_nouns and token.pos_ == "NOUN":
                # "the Islamabad attack was the work of X": the doer a copula names comes
                # first; a name on the noun may be where the attack fell
                targets = (_done_by(sentence, token) or named_by(sentence, token) or _waged_by(sentence, token)
                           or _reported_by(sentence, token))
            elif token.lemma_ in ACTS and token.pos_ == "NOUN" and _hostile_act(sentence, token):
                targets = _waged_by(sentence, token)  # "India committed an act of war"
            elif token.lemma_ in words.fighting_nouns and token.pos_ == "NOUN":
                targets = _waged_by(sentence, token, self.setting_off)
            elif token.lemma_ in words.abetting_verbs and token.pos_ == "VERB":
                targets = _abettor(sentence, token)
            elif token.lemma_ in words.framing_accusers and token.pos_ == "VERB":
                claims.extend(_framing(sentence, token))
                continue
            elif token.lemma_ in sentence.words.copulas and token.dep_ == "ccomp":
                claims.extend(_called(sentence, token))
                continue
            elif token.lemma_ in EXCHANGING and token.pos_ == "VERB":
                claims.extend(_exchange(sentence, token))
                continue
            elif token.lower_ in TRADING and token.dep_ == "compound" and token.head.dep_ == "dobj":
                # "kept trading accusations": the parser may make the verb a noun on its object
                claims.extend(_traded(sentence, first_child(token.head.head, "nsubj"), token.head))
                continue
            else:
                continue
            if not targets or _denied(sentence, token):
                continue
            holders = _reporter(sentence, token)
            if not holders or COMMENTATOR in holders:
                continue
            claims.extend(accuse(sentence, holders, targets, collect(sentence, token, is_root=True), False))
        return Found(tuple(claims))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "agent") for c in verb.children)


def _agents(sentence: Sentence, verb: Token) -> list[Holder]:
    agent = first_child(verb, "agent")
    if agent is None:
        return []
    return [h for pobj in agent.children if pobj.dep_ == "pobj" for h in _doer(sentence, pobj)]


def _doer(sentence: Sentence, noun: Token) -> list[Holder]:
    """The parties a doer's phrase names, or, for fighters with none, the party said to abet
    them ("proxies sponsored by India", "militants backed by Kigali")."""
    found = [h for h in phrase_holders(sentence, noun) if h is not COMMENTATOR and h.actor]
    if found or noun.lemma_ not in sentence.words.militant_nouns:
        return found
    return next((backers for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                 and acl.lemma_ in sentence.words.abetting_verbs and (backers := _agents(sentence, acl))), [])


WORK_NOUNS = frozenset({"work", "handiwork", "doing"})
"""Nouns by which an attack is said to be someone's deed ("the attack was the work of X")."""


def _done_by(sentence: Sentence, noun: Token) -> list[Holder]:
    """Whom an attack is laid at by a copula: "the attack was the work of X", "X was behind
    the attack"."""
    verb = noun.head
    copula = verb.head if noun.dep_ == "pobj" else verb
    if negated(sentence, copula):
        return []  # "India was not behind the attack"
    if noun.dep_ == "nsubj" and verb.lemma_ in sentence.words.copulas:
        return [h for attr in verb.children if attr.dep_ == "attr" and attr.lemma_ in WORK_NOUNS
                for prep in attr.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in prep.children if pobj.dep_ == "pobj" for h in _doer(sentence, pobj)]
    if noun.dep_ == "pobj" and verb.lower_ == "behind" and copula.lemma_ in sentence.words.copulas:
        return [h for subject in copula.children if subject.dep_ == "nsubj" for h in _doer(sentence, subject)]
    return []


def _abettor(sentence: Sentence, verb: Token) -> list[Holder]:
    """"Pakistan was harbouring militants", "Rwanda is arming and training the rebels", "the
    bombing was planned and financed by India": who abets fighters or an attack."""
    words = sentence.words
    hostile = words.militant_nouns | words.attack_nouns
    verbs = [verb, *verb.conjuncts]
    if any(_passive(v) for v in verbs):
        done = [c for v in verbs for c in v.children if c.dep_ == "nsubjpass"]
        if not any(_hostile(c, hostile) for c in done):
            return []
        return next((found for v in verbs if (found := _agents(sentence, v))), [])
    if verb.dep_ == "conj" and verb.head.lemma_ in sentence.words.abetting_verbs:
        return []  # read once, from the first of the verbs
    # "continues to | export terror", "turned it into a pretext and | was sponsoring militants":
    # the verb above's subject, also where the parser made an emphatic "itself" this verb's
    subject = speech_subject(verb, ("nsubj",))
    if subject is not None and subject.lower_.endswith(("self", "selves")) and verb.dep_ in ("conj", "xcomp"):
        subject = speech_subject(verb.head, ("nsubj",))
    # "said that Pakistan sheltered terrorists": the tagger may make the verb an adjective
    # of its object, and still give it its subject
    misread = verb.dep_ == "amod" and subject is not None and _hostile(verb.head, hostile)
    if not misread and not any(c.dep_ == "dobj" and _hostile(c, hostile) for v in verbs for c in v.children):
        return []
    if subject is None:
        return []
    return [h for h in phrase_holders(sentence, subject) if h is not COMMENTATOR and h.actor]


def _hostile_act(sentence: Sentence, noun: Token) -> bool:
    """Whether an act is named hostile: "an act of war", "acts of terror", "war crimes"."""
    framings = sentence.words.hostile_framings
    return any(c.dep_ == "compound" and c.lemma_ in framings for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_ in framings for g in c.children) for c in noun.children)


def _waged_by(sentence: Sentence, noun: Token, verbs: frozenset[str] | None = None) -> list[Holder]:
    """"Thai troops opened fire", "the rebels launched an offensive": the subject of the
    verb that carries the attack out; "the violations were committed by Indian forces": its
    agent. ``verbs``: the verbs that do so, the waging verbs unless given."""
    verb = noun.head
    if verb.lemma_ not in (verbs or sentence.words.waging_verbs):
        return []
    if noun.dep_ == "nsubjpass":
        return _agents(sentence, verb)
    if noun.dep_ != "dobj":
        return []
    subject = first_child(verb, "nsubj")
    if subject is None:
        return []
    return [h for h in phrase_holders(sentence, subject) if h is not COMMENTATOR and h.actor]


def _reported_by(sentence: Sentence, noun: Token) -> list[Holder]:
    """"reported ceasefire breaches | by Pakistan": the parser hangs the attacker on the verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return []
    return [h for h in after_prepositions(sentence, [verb], ("by",)) if h is not COMMENTATOR and h.actor]


def _reporter(sentence: Sentence, token: Token) -> list[Holder]:
    """Who reports the attack: the speaker of the quotation it stands in, the subject of the
    speech verb above it, or an "according to" source. Nobody, for the journalist's own
    narration."""
    speakers = speaker_of(sentence, token)
    return speakers if speakers is not None else according_to(sentence)


def _denied(sentence: Sentence, token: Token) -> bool:
    """"denied any attack", "there was no shelling", "off-limits for strikes", "would
    retaliate against any attack": no attack is reported as having happened."""
    if negated(sentence, token) or any(c.lower_ in UNREAL for c in token.children):
        return True  # "no shelling", "any attack", "future aggression"
    if any(c.lower_ in AGAIN for c in token.children) and token.head.tag_ not in DONE:
        return True  # "new aggression", not "had laid new mines"
    if token.head.lower_ in ("for", "against", "to") and token.dep_ == "pobj" and not _answered(sentence, token.head):
        return True  # "would retaliate against any attack", not "responded to Thai shelling"
    if token.head.lower_ in BACKDROP and token.dep_ == "pobj":
        return True  # "wants peace amid the Russian invasion": the war told as the setting
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if verb is not None and not is_position(sentence, verb):
        return True  # "would respond if India launched strikes": a supposition
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.lemma_ in sentence.words.speech:
            return False  # "denied the charge, saying X opened fire first": X is reported
        if ancestor.lemma_ in sentence.words.repelling_verbs and ancestor.tag_ in ("VBD", "VBN"):
            return False  # "had repelled an M23 attack": it happened
        if ancestor.lemma_ in ("deny", "reject", "refute", "dismiss", *sentence.words.preventing_verbs):
            return True  # "to deter Russian aggression": none yet
    return False


def _answered(sentence: Sentence, preposition: Token) -> bool:
    """Whether a "to" hangs on a word of answering told as done: "responded to Cambodian
    shooting", "in response to Pakistani shelling", not "would respond to any attack"."""
    head, words = preposition.head, sentence.words
    return (preposition.lower_ == "to" and head.lemma_ in words.answering_verbs | words.response_nouns
            and (head.pos_ == "NOUN" or head.tag_ in DONE))


def _framing(sentence: Sentence, verb: Token) -> list[Claim]:
    """"Islamabad branded Delhi's dam closure an act of aggression": the framed act's party is
    accused when the framing names an attack or is hostile."""
    subject = first_child(verb, "nsubj")
    framed = first_child(verb, "dobj")
    if subject is None or framed is None:
        return []
    # (a second object: "a step that Islamabad called | an act of aggression")
    framing = [t for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "ccomp", "prep", "dobj")
               and c.i != framed.i for t in c.subtree]
    condemned = verb.lemma_ in ("denounce", "condemn", "decry")
    if condemned:
        framing += [t for t in framed.subtree]
    else:
        # "called Kyiv's decision to halt the swap an act of aggression": the parser may hang
        # the framing inside the framed phrase; it comes after the framed noun
        framing += [t for t in framed.subtree if t.i > framed.i]
    # "condemned the M23 offensive": an attack condemned is hostile, whatever the pack calls it
    hostile = condemned and framed.lemma_ in sentence.words.attack_nouns
    return _hostile_framing(sentence, phrase_holders(sentence, subject), framed, framing, hostile,
                            _summed_doer(sentence, verb, framed))


def _summed_doer(sentence: Sentence, verb: Token, framed: Token) -> list[Holder]:
    """"India suspended the treaty, a move that Pakistan condemned as a violation": the one
    who did what the framed noun sums up."""
    if framed.tag_ != "WDT" or (summed := summed_up(sentence, verb)) is None:
        return []
    subject = first_child(summed[0], "nsubj")
    if subject is None:
        return []
    return [h for h in phrase_holders(sentence, subject) if h is not COMMENTATOR and h.actor]


def _called(sentence: Sentence, copula: Token) -> list[Claim]:
    """"Islamabad said India's suspension of the treaty was an act of war": a party's
    framing, reported, of what another party did."""
    framed = first_child(copula, "nsubj")
    if framed is None or negated(sentence, copula):
        return []
    framing = [t for c in copula.children if c.dep_ in ("attr", "acomp") for t in c.subtree]
    return _hostile_framing(sentence, speaker_of(sentence, copula) or [], framed, framing)


def _hostile_framing(sentence: Sentence, holders: list[Holder], framed: Token, framing: list[Token],
                     hostile: bool = False, doers: list[Holder] | None = None) -> list[Claim]:
    """The accusations of a framing that names an attack or is hostile ("an act of war"), by
    its holders, of the party the framed act is named as ("Delhi's dam closure") or of its
    ``doers`` when they are known otherwise."""
    if not holders or COMMENTATOR in holders:
        return []
    framing = [t for t in framing if not _set_against(t)]
    if not hostile and not any(t.lemma_.lower() in sentence.words.hostile_framings for t in framing):
        return []
    # "condemned the move | as an act of war": the parser may hang the framing on the noun
    inside = {t.i for t in framed.subtree} - {t.i for c in framed.children if c.dep_ == "prep" and c.lower_ == "as"
                                              for t in c.subtree}
    called = any(t.lemma_.lower() in sentence.words.hostile_framings for t in framing if t.i not in inside)
    # "condemned the attack" may be a militants' attack; "called the strikes an act of war" is a side's
    targets = named_by(sentence, framed) or doers or (_the_other_side(sentence, holders, framed) if called else [])
    return accuse(sentence, holders, targets, inside, False)


def _set_against(word: Token) -> bool:
    """"A man against escalation and war", "a leader opposed to terror": a hostile word the
    framing sets its subject against, which frames nothing hostile."""
    while word.dep_ == "conj":
        word = word.head
    preposition = word.head
    return word.dep_ == "pobj" and (preposition.lower_ == "against" or (
        preposition.lower_ == "to" and preposition.head.lemma_ in ("oppose", "opposed")))


def _the_other_side(sentence: Sentence, holders: list[Holder], framed: Token) -> list[Holder]:
    """"Islamabad called the strikes an act of war", "condemned the move as a declaration of
    war": an attack or a deed named without its doer ("the strikes", "these attacks", "the
    act", "this decision"), framed by one of the two sides the story is about, is the other
    side's."""
    deed = framed.lemma_ in sentence.words.attack_nouns or framed.lemma_ in ACTS or framed.lemma_ in sentence.words.purpose_nouns
    if not deed or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those") for c in framed.children):
        return []
    if any(c.dep_ in ("poss", "compound", "amod") and c.i in sentence.mentions for c in framed.children):
        return []
    pair = coreference.last_pair(sentence, sentence.base + framed.idx)
    framers = {sentence.party(h.actor) for h in holders}
    others = [p for p in pair if p not in framers]
    if len(pair) != 2 or len(others) != 1:
        return []
    return [Holder(others[0], framed.text, 0.8)]


def _exchange(sentence: Sentence, verb: Token) -> list[Claim]:
    """"The two sides traded accusations", "continued to trade accusations": each accuses
    the other."""
    subject = first_child(verb, "nsubj")
    if subject is None and verb.dep_ == "xcomp":
        subject = first_child(verb.head, "nsubj")
    return _traded(sentence, subject, first_child(verb, "dobj"))


def _traded(sentence: Sentence, subject: Token | None, blame: Token | None) -> list[Claim]:
    """The accusations of parties trading ``blame``, each of the other."""
    if blame is None or subject is None or blame.lemma_ not in sentence.words.blame_nouns:
        return []
    holders = phrase_holders(sentence, subject)
    if COMMENTATOR in holders or len(each_member(sentence, holders)) < 2:
        return []
    return accuse(sentence, holders, [], {t.i for t in blame.subtree}, True)


def _hostile(noun: Token, hostile: frozenset[str]) -> bool:
    """Whether a noun names fighters or their violence, itself or by its modifier: "militants",
    "terrorist groups", "militant outfits"."""
    return noun.lemma_ in hostile or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in hostile for c in noun.children)
