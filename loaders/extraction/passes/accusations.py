"""Accusations: "Kyiv accused Moscow of breaching the truce" -- the accuser, the accused,
and what was breached (the topic, if a breaching verb governs it)."""

from __future__ import annotations

from spacy.tokens import Token

from stancegraph.loaders.extraction import polarity
from stancegraph.loaders.extraction.attribution import speaker_of
from stancegraph.loaders.extraction.holders import after_prepositions, cue_holders, named_by, phrase_holders, unique
from stancegraph.loaders.extraction.passes import Found, Reading, Survey
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.scope import collect
from stancegraph.loaders.extraction.sentence import COMMENTATOR, Holder, Sentence, first_child
from stancegraph.loaders.extraction.topics import infrastructure_in, topics_in
from stancegraph.loaders.extraction.weights import WEIGHTS
from stancegraph.schema import Claim, Cue


ABETTING = frozenset({"support", "back", "arm", "fund", "finance", "harbour", "harbor", "sponsor",
                      "shelter", "train", "equip", "kill", "massacre", "ambush", "plant", "lay",
                      "shield", "artillery", "weapon", "missile", "rocket", "drone", "mine", "landmine",
                      "troop", "soldier", "force"})
"""Charges of arming or sheltering the other side's fighters, of killing, or of using arms,
that make an accusation hostile though no attack word is in them."""
LYING = frozenset({"lie", "rest", "fall"})
"""Verbs by which blame or responsibility "lies with" (rests on, falls on) a party."""
RESPONSIBILITY = frozenset({"blame", "responsibility", "onus", "fault"})
ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})
"""What a party "holds" another for an act it blames on it ("held Kigali responsible for X")."""
MISFORTUNES = frozenset({"crisis", "conflict", "failure", "collapse", "death", "suffering", "violence",
                         "fighting", "bloodshed", "deadlock", "impasse", "stalemate", "clash",
                         "skirmish", "hostility", "casualty", "killing", "abuse", "crime"})
"""What a responsibility must be for to be blame ("for the crisis", not "for the talks"), and
charges that make an accusation hostile ("blamed one another for the skirmishes")."""
BASING = frozenset({"base"})
"""Fighters "based" in a party's land, blamed for an attack, are blamed on that party."""
BLAMING = Cue(lemma="blame", pos=("NOUN",), stance="accuse")
ASCRIBING = {"blame": "on", "attribute": "to", "ascribe": "to"}
"""Verbs that put a deed down to someone, and the preposition that names them ("blamed the
attack on Kigali", "attributed the escalation to the M23")."""
ATTRIBUTING = frozenset({"attribute", "ascribe"})
"""Of those, the ones that accuse only when what they put down is hostile ("attributed the
escalation to X", not "attributed the remark to X")."""
LINKS = frozenset({"link", "linkage", "tie", "connection"})
"""What an attack, or those who carried it out, "had to" a party ("the attack had clear links to
Pakistan", "exposed the attackers' ties to Kigali"): the party is charged with it."""


class Accusations:
    name = "accusations"

    def __init__(self, resources: PackResources):
        self.forms = resources.lexicon.accusation_forms()
        words = resources.words
        self.charges = resources.lexicon.forms(words.blame_nouns)
        self.hostile = (words.violations | words.attack_nouns | words.hostile_framings | words.breaches
                        | words.obstructing_verbs | words.waging_verbs | ABETTING | MISFORTUNES)
        # "accused X of striking villages", the parser taking "striking" for an adjective
        self.hostile_forms = resources.lexicon.forms(self.hostile)
        self.links = resources.lexicon.forms(LINKS)

    def wants(self, survey: Survey) -> tuple[int, ...]:
        if not survey.names_party:
            return ()  # the accused is named, or stood for
        # an accusation needs no topic: "X accused Y of dragging out the talks"
        return (0,) if survey.words & (self.forms | RESPONSIBILITY | ANSWERABLE | self.charges | self.links) else ()

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        claims: list[Claim] = []
        for i, cue in sentence.cues.items():
            if cue.stance != "accuse":
                continue
            token = sentence.sdoc[i]
            if _denied(sentence, token):
                continue  # "officials have not blamed Pakistan", "refused to blame Kigali"
            holders = cue_holders(sentence, token, cue)
            if not holders or COMMENTATOR in holders:
                continue
            target_token = first_child(token, "dobj", "nsubjpass") or _gapped_object(token)
            if target_token is None:
                continue
            reciprocal = target_token.lemma_ in sentence.words.reciprocal_words
            targets = [] if reciprocal else phrase_holders(sentence, target_token) or _blamed_on(sentence, token, target_token)
            # "accused Kyiv of breaching the truce": the parser may hang "of ..." on the target
            charge = {t.i for c in target_token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for t in c.subtree}
            if not self._hostile(sentence, token, target_token):
                continue  # "accused Kyiv of ingratitude": no breach, no attack
            scope = collect(sentence, token, is_root=True) - ({t.i for t in target_token.subtree} - charge)
            claims.extend(accuse(sentence, holders, targets, scope, reciprocal))
            claims.extend(_held_up(sentence, token, target_token, holders))
            claims.extend(self._pursuit_opposed(sentence, token, target_token, holders))
        claims.extend(self._lies_with(sentence))
        claims.extend(self._held_answerable(sentence))
        claims.extend(_named_a_charge(sentence))
        claims.extend(self._linked(sentence))
        return Found(tuple(claims))

    def _linked(self, sentence: Sentence) -> list[Claim]:
        """"the attack had clear links to Pakistan", "the inquiry exposed the attackers' ties
        to Kigali", said by a party: an accusation of the party the attack is tied to."""
        claims: list[Claim] = []
        if sentence.lemmas.isdisjoint(LINKS):
            return claims
        for noun in sentence.sdoc:
            if noun.lemma_ not in LINKS or noun.head.pos_ not in ("VERB", "AUX"):
                continue
            verb = noun.head
            owner = first_child(noun, "poss") or (first_child(verb, "nsubj") if verb.lemma_ == "have" else None)
            # an attack, or those who carry attacks out ("the attackers' links", "militants' ties")
            if owner is None or not (owner.lemma_ in self.hostile or owner.lemma_ in sentence.words.militant_nouns):
                continue
            if polarity.negated(sentence, verb) or polarity.says_no(noun):
                continue  # "the attack had no links to Pakistan"
            # the parser may hang "to Pakistan" on the verb whose object the links are
            hangers = [noun, verb] if noun.dep_ == "dobj" else [noun]
            targets = [h for h in after_prepositions(sentence, hangers, ("to", "with")) if h is not COMMENTATOR and h.actor]
            holders = speaker_of(sentence, verb)
            if targets and holders and COMMENTATOR not in holders:
                claims.extend(accuse(sentence, holders, targets, collect(sentence, verb, is_root=True), False))
        return claims

    def _lies_with(self, sentence: Sentence) -> list[Claim]:
        """"the responsibility for the bloodshed lies with Kinshasa", "the blame rests on
        Kigali", said by a party: an accusation of whoever it lies with."""
        claims: list[Claim] = []
        for noun in sentence.sdoc:
            verb = noun.head
            if noun.lemma_ not in RESPONSIBILITY or noun.dep_ != "nsubj" or verb.lemma_ not in LYING:
                continue
            owed = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
            if noun.lemma_ in ("responsibility", "onus") and not any(
                    t.lemma_ in MISFORTUNES or t.lemma_ in self.hostile for t in owed):
                continue  # "responsibility for the talks lies with Qatar": a duty, not blame
            targets = [h for h in after_prepositions(sentence, [verb], ("with", "on", "upon"))
                       if h is not COMMENTATOR and h.actor]
            if not targets or polarity.negated(sentence, verb):
                continue
            holders = cue_holders(sentence, verb, BLAMING)
            if holders and COMMENTATOR not in holders:
                claims.extend(accuse(sentence, holders, targets, collect(sentence, noun, is_root=True), False))
        return claims


    def _held_answerable(self, sentence: Sentence) -> list[Claim]:
        """"Kinshasa held Kigali responsible for the massacre", "will hold Moscow accountable":
        an accusation of the one held, unless what it answers for is no wrong ("responsible
        for the talks")."""
        claims: list[Claim] = []
        for word in sentence.sdoc:
            verb = word.head
            if word.lemma_ not in ANSWERABLE:
                continue
            # "held Kigali responsible for X", or "said Kigali was responsible for X"
            said_to_be = verb.lemma_ in sentence.words.copulas and word.dep_ == "acomp" and (
                speaker_of(sentence, verb) or [])
            if verb.lemma_ != "hold" and not said_to_be or polarity.negated(sentence, verb):
                continue
            held = first_child(word, "nsubj") or first_child(verb, "dobj") or first_child(verb, "nsubj")
            owed = [t for c in word.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
            if held is None or owed and not any(t.lemma_ in self.hostile for t in owed) or said_to_be and not owed:
                continue
            targets = [h for h in phrase_holders(sentence, held) if h is not COMMENTATOR and h.actor]
            holders = said_to_be or cue_holders(sentence, verb, BLAMING)
            if targets and holders and COMMENTATOR not in holders:
                claims.extend(accuse(sentence, holders, targets, collect(sentence, verb, is_root=True), False))
        return claims

    def _pursuit_opposed(self, sentence: Sentence, cue: Token, target: Token, holders: list[Holder]) -> list[Claim]:
        """"Bangkok criticised Phnom Penh for taking the dispute to the court", "accused Kyiv
        of pushing for NATO membership": what the accused is blamed for seeking, the accuser
        is against. A charge of violence ("of launching strikes") says nothing of the sort."""
        claims: list[Claim] = []
        for deed in _charged_deeds(cue, target):
            inner = sentence.cues.get(deed.i)
            if inner is None or inner.stance not in ("demand", "propose") or polarity.negated(sentence, deed):
                continue
            scope = collect(sentence, deed, is_root=True)
            for match in topics_in(sentence, scope):
                if match.opposite or any(sentence.sdoc[i].lemma_.lower() in self.hostile for i in match.tokens):
                    continue
                for holder in holders:
                    claims.append(sentence.claim(holder, "reject", match.topic, (), None,
                                                 WEIGHTS.condition * holder.confidence))
        return claims

    def _hostile(self, sentence: Sentence, cue: Token, target: Token) -> bool:
        """Whether the charge, if one is stated ("of ...", "for ..."), is a hostile act: an
        attack, a breach, an obstruction, arming the other side, or a topic of the pack."""
        charge = [t for node in (cue, target) for c in node.children
                  if c.dep_ == "prep" and c.lower_ in ("of", "for") for t in c.subtree]
        if cue.lemma_ in ATTRIBUTING:  # the deed, or what it is put down to ("to an offensive")
            put = [*target.subtree, *(t for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree)]
            return any(t.lemma_.lower() in self.hostile for t in put)
        if not charge:
            return True  # "Kyiv blamed Moscow", "blamed the attack on X"
        if _harmless(sentence, cue, target):
            return False  # "accused Brussels of lying", "of taking sides in the conflict"
        charged = {t.i for t in charge}
        return (any(t.lemma_.lower() in self.hostile or t.lower_ in self.hostile_forms for t in charge)
                or any(m.root.i in charged for m in sentence.topic_matches)
                # "accused Bangkok of using cluster munitions": a deed charged is a wrong
                or any(t.tag_ == "VBG" and t.dep_ in ("pcomp", "pobj") for t in charge))


def _denied(sentence: Sentence, cue: Token) -> bool:
    """Whether an accusing verb is denied: "have not blamed Pakistan", "refused to blame
    Kigali", "stopped short of blaming Delhi", "refrained from accusing Baku"; not "did not
    hesitate to accuse Kyiv", whose two denials cancel out."""
    head = cue.head
    if cue.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "refrained from | blaming"
        if head.dep_ == "advmod" and head.lower_ == "short":
            head = head.head  # "stopped short of | blaming"
    elif cue.dep_ != "xcomp":
        return polarity.negated(sentence, cue)
    if polarity.listed(head, sentence.words.governing_reversers, ("prt",)):
        return not polarity.negated(sentence, head)
    return polarity.negated(sentence, cue)


def _harmless(sentence: Sentence, cue: Token, target: Token) -> bool:
    """Whether every charge stated ("of X-ing", "of X") is a matter of words or of sides:
    what the charge does, or what it does it to, is a harmless charge ("of lying", "of
    spreading disinformation", "of taking sides")."""
    harmless = sentence.words.harmless_charges
    heads = [g for node in (cue, target) for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
             for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return bool(heads) and all(
        head.lemma_ in harmless or any(c.dep_ == "dobj" and c.lemma_ in harmless for c in head.children)
        for head in heads)


def _named_a_charge(sentence: Sentence) -> list[Claim]:
    """"Bangkok said Cambodian troops had used the temple as a base, an accusation Phnom
    Penh rejected": a party's report that the writer calls a charge accuses whom the
    reported clause names as its subject."""
    claims: list[Claim] = []
    for noun in sentence.sdoc:
        clause = noun.head
        if (noun.lemma_ not in sentence.words.blame_nouns or noun.dep_ not in ("npadvmod", "appos")
                or clause.pos_ != "VERB"):
            continue
        reporters = speaker_of(sentence, clause) or []
        subject = first_child(clause, "nsubj", "nsubjpass")
        if subject is None or not reporters or COMMENTATOR in reporters:
            continue
        accused = [h for h in phrase_holders(sentence, subject) if h is not COMMENTATOR and h.actor]
        claims.extend(accuse(sentence, reporters, accused, collect(sentence, clause, is_root=True), False))
    return claims


def _gapped_object(cue: Token) -> Token | None:
    """The noun a relative clause with no relative pronoun hangs on, which is its verb's
    object: "an attack | New Delhi blamed on Islamabad"."""
    if cue.dep_ != "relcl" or cue.pos_ != "VERB" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") or c.tag_ in ("WDT", "WP") for c in cue.children):
        return None
    return cue.head if first_child(cue, "nsubj") is not None else None


def _blamed_on(sentence: Sentence, cue: Token, blamed: Token) -> list[Holder]:
    """"blamed the attack on Islamabad", "attributed the escalation to Kigali": who it is
    blamed on; "on militants backed by Islamabad": who backs the fighters it is blamed on;
    "to a fresh offensive by the M23": who made the attack it is put down to."""
    preposition = ASCRIBING.get(cue.lemma_)
    if preposition is None:
        return []
    objects = _ascribed_to(cue, blamed, preposition, sentence.words.attack_nouns)
    found = [h for pobj in objects for h in phrase_holders(sentence, pobj) if h is not COMMENTATOR and h.actor]
    for attack in (pobj for pobj in objects if pobj.lemma_ in sentence.words.attack_nouns):
        # "to an offensive | by the M23": the parser may hang the attacker on the verb
        found += named_by(sentence, attack) or [
            h for h in after_prepositions(sentence, [cue], ("by",)) if h is not COMMENTATOR and h.actor]
    fighters = [t for t in objects if t.lemma_ in sentence.words.militant_nouns]
    abetting = sentence.words.abetting_verbs
    backers = [pobj for t in fighters for acl in t.children
               if acl.dep_ == "acl" and (acl.lemma_ in abetting or acl.lemma_ in BASING)
               for agent in acl.children if agent.dep_ == "agent"
               for pobj in agent.children if pobj.dep_ == "pobj"]
    # "on Pakistan-backed militants", "on Rwanda-based rebels"
    backers += [name for t in fighters for amod in t.children
                if amod.dep_ == "amod" and (amod.lemma_ in abetting or amod.lemma_ in BASING)
                for name in amod.children if name.dep_ in ("npadvmod", "compound") and name.i in sentence.mentions]
    return unique(found + [h for pobj in backers for h in phrase_holders(sentence, pobj) if h is not COMMENTATOR and h.actor])


def _ascribed_to(cue: Token, blamed: Token, preposition: str, attacks: frozenset[str]) -> list[Token]:
    """The objects of the preposition that says whom a deed is put down to ("on Kigali"),
    hung on the verb or its object, or, where the parser hung it deeper in the object ("the
    surge in fighting | on Rwandan troops"), on a word of it other than an attack noun
    ("an attack on a border post" says where it struck)."""
    def objects(heads) -> list[Token]:
        return [pobj for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ == preposition
                for pobj in prep.children if pobj.dep_ == "pobj"]

    return objects([cue, blamed]) or objects(
        [t for t in blamed.subtree if t.i != blamed.i and t.lemma_ not in attacks and t.pos_ in ("NOUN", "PROPN")])


def _held_up(sentence: Sentence, cue: Token, target: Token, holders: list[Holder]) -> list[Claim]:
    """"Kyiv blamed Moscow for delaying the prisoner exchange", "accused Delhi of keeping the
    treaty suspended": the accuser wants what the accused holds up or stops."""
    words = sentence.words
    claims: list[Claim] = []
    for verb in _charged_deeds(cue, target):
        halts = _halts(sentence, verb)
        if not (halts or verb.lemma_ in words.obstructing_verbs):
            continue
        scope = collect(sentence, verb, is_root=True)
        for match in topics_in(sentence, scope):
            # a phrase naming the halt ("the treaty", with "abeyance" near) names the
            # halt this verb makes: the accuser wants the topic all the same
            stance, weight = polarity.apply_flips("demand", 1 if match.opposite and not halts and not (
                polarity.halted(sentence, verb, match)) else 0)
            for holder in holders:
                claims.append(sentence.claim(holder, stance, match.topic, (), None,
                                             WEIGHTS.condition * weight * holder.confidence))
    return claims


def _charged_deeds(cue: Token, target: Token) -> list[Token]:
    """The deeds charged, hung on the cue or on the accused: "of seeking X", "for taking X
    to the court", "for the delay"."""
    return [deed for node in (cue, target) for c in node.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
            for deed in c.children if deed.dep_ in ("pcomp", "pobj")]


def _halts(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb stops what it governs: "suspending X", "keeping X frozen", "holding X
    in abeyance"."""
    stoppings = sentence.words.stoppings
    return polarity.listed(verb, stoppings) or polarity.suspends(verb) or polarity.kept_stopped(verb, stoppings)


def each_member(sentence: Sentence, holders: list[Holder]) -> list[Holder]:
    """The holders with each coalition among them ("the two neighbours") as its members."""
    members = sentence.resources.members
    return [Holder(member, h.text, h.confidence) for h in holders if h is not COMMENTATOR
            for member in members.get(sentence.party(h.actor), (h.actor,))]


def accuse(sentence: Sentence, holders: list[Holder], targets: list[Holder], scope: set[int],
           reciprocal: bool) -> list[Claim]:
    """Accusations by each holder of each target party other than its own; ``reciprocal``
    ("accused each other"): of each other holder."""
    # what was violated ("of breaching the truce"), not where the strike fell ("in Kursk")
    breaches = sentence.words.breaches
    topics = [m for m in topics_in(sentence, scope)
              if any(t.lemma_ in breaches for t in (m.root, *m.root.ancestors) if t.i in scope)]
    topic_id = topics[0].topic if topics else None
    infrastructure = infrastructure_in(sentence, scope)
    claims = []
    if reciprocal:
        holders = each_member(sentence, holders)
    elif {sentence.party(t.actor) for t in targets if t is not COMMENTATOR and t.actor} <= {
            sentence.party(h.actor) for h in holders}:
        return []  # "Britain and France warned that they would strike back": their own deed
    for holder in holders:
        party = sentence.party(holder.actor)
        if reciprocal:
            against = [Holder(sentence.party(h.actor), h.text) for h in holders
                       if sentence.party(h.actor) != party]
        else:
            against = targets
        for target in against:
            if target is COMMENTATOR or not target.actor:
                continue  # "accused the newspaper of ...": no party is accused
            target_party = sentence.party(target.actor)
            if target_party == party:
                continue
            claims.append(sentence.claim(holder, "accuse", topic_id, infrastructure, target_party,
                                         WEIGHTS.accusation * holder.confidence))
    return claims

