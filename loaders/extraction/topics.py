"""Topics inside a scope: the pack's phrases, and nouns that point back to one ("such a deal").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from stancegraph.loaders.extraction.cues import asking_participle
from stancegraph.loaders.extraction.sentence import (Sentence, TopicMatch, TopicMention, to_infinitive,
                                                     told_as_past)
from stancegraph.schema.words import stem

ANAPHORA_REACH = 1200
"""How many characters back a pointing noun ("this plan") looks for the topic it names."""


def topics_in(sentence: Sentence, scope: set[int]) -> list[TopicMatch]:
    """The topic phrases within ``scope``, the most specific of nested ones."""
    # the parser may hang a phrase's tail elsewhere ("open to a truce | at sea")
    found = [m for m in sentence.topic_matches if m.root.i in scope or min(m.tokens) in scope]
    found += anaphoric_topics(sentence, scope, {m.root.i for m in found})
    if not found:
        found = pointed_topic(sentence, scope)
    return [match for match in found if _more_specific(sentence, match, found) is None
            and not _names_it_again(sentence, match, found) and not _describes_it(sentence, match, found)
            and not _an_example(match, found)
            and not _content_named(sentence, match, found)]


CONTENT_PREPS = frozenset({"on", "over", "about", "for", "to", "regarding", "concerning"})
"""Prepositions by which an agreement's noun names what it settles ("an agreement on X")."""


def names_what_ends(sentence: Sentence, match: TopicMatch) -> bool:
    """Whether the topic is the end of something its match only names ("the FDLR", whose
    neutralisation is the topic; "Kestrel", whose disarming is)."""
    topic = sentence.resources.topics.get(match.topic)
    return bool(topic and topic.is_cessation) and all(sentence.sdoc[i].pos_ == "PROPN" for i in match.tokens)


def predicate_copula(sentence: Sentence, match: TopicMatch) -> Token | None:
    """The copula whose complement the phrase is ("the first step is | a ceasefire", "has to
    remain | bilateral"): what something is said to be. Not what there is ("there must be
    X"), nor a phrase that holds its own copula ("must stay involved")."""
    root, copula = match.root, match.root.head
    if root.dep_ not in ("acomp", "attr") or copula.lemma_ not in sentence.words.copulas or copula.i in match.tokens:
        return None
    return None if any(c.dep_ == "expl" for c in copula.children) else copula


def _content_named(sentence: Sentence, match: TopicMatch, found: list[TopicMatch]) -> bool:
    """Whether ``match`` is a bare agreement noun whose contents name another topic: "signed
    an agreement to dissolve the Minsk Group", "a deal on a prisoner swap" is that topic's
    text, not the one the pack calls "the agreement"."""
    root = match.root
    if set(match.tokens) != {root.i} or root.lemma_.lower() not in sentence.words.agreement_nouns:
        return False
    contents = [c for c in root.children if c.dep_ == "acl" and to_infinitive(c)
                or c.dep_ == "prep" and c.lower_ in CONTENT_PREPS]
    inside = {t.i for c in contents for t in c.subtree}
    return any(other.topic != match.topic and other.root.i in inside for other in found)


FRAMING_PREPS = frozenset({"on", "regarding", "concerning"})
"""Prepositions that open a sentence with what it is about: "On the treaty, he said ..."."""
ARGUMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp"})
PLACING_PREPS = frozenset({"at", "in", "within", "by", "from"})
"""Prepositions whose phrase says where or when; with ``circumstance_preps`` ("after",
"until"), those that leave a verb without an object."""


def framed_topics(sentence: Sentence, verb: Token) -> list[TopicMatch]:
    """The topics a fronted "On X," names for an object-less ``verb`` of the sentence ("On
    the treaty, he repeated that Armenia was ready to sign at any moment"): the briefing
    write-up's way of naming what each answer is about."""
    first = sentence.sdoc[0]
    if first.lower_ not in FRAMING_PREPS or first.dep_ != "prep" or first.head.pos_ not in ("VERB", "AUX"):
        return []
    while (wanted := next((c for c in verb.children if c.dep_ == "xcomp"), None)) is not None:
        verb = wanted  # "was ready to sign", "agreed to sign": the verb at the end of the chain
    background = PLACING_PREPS | sentence.words.circumstance_preps
    if any(c.dep_ in ARGUMENT_DEPS or c.dep_ == "prep" and c.lower_ not in background for c in verb.children):
        return []  # "On the treaty, Baku demanded guarantees": the verb has an object of its own
    inside = {t.i for t in first.subtree}
    after = max(inside) + 1
    if after >= len(sentence.sdoc) or sentence.sdoc[after].text != ",":
        return []
    return [m for m in sentence.topic_matches if m.root.i in inside]


def _names_it_again(sentence: Sentence, match: TopicMatch, found: list[TopicMatch]) -> bool:
    """Whether another phrase of the same topic hangs below ``match``: "no NATO troops will be
    stationed in Ukraine" names the troops twice; the lower phrase, read up through the
    upper one, carries the polarity ("no")."""
    return any(other is not match and other.topic == match.topic and other.root.i != match.root.i
               and match.root in other.root.ancestors and not _joined_below(other.root, match.root)
               and not _describing_clause(sentence, other.root, match.root) and not _an_example(other, found)
               for other in found)


def _describes_it(sentence: Sentence, match: TopicMatch, found: list[TopicMatch]) -> bool:
    """Whether ``match`` lies in a describing clause below another phrase of its topic:
    "waive Section 907, which restricts aid to Baku" says what Section 907 does; the stance
    is on the phrase above."""
    return any(other is not match and other.topic == match.topic and other.root in match.root.ancestors
               and _describing_clause(sentence, match.root, other.root) for other in found)


def _describing_clause(sentence: Sentence, lower: Token, upper: Token) -> bool:
    """Whether the way up from ``lower`` to ``upper`` passes a relative clause with no cue of
    its own ("which restricts aid"; "whose repeal was announced" reports a stance), or one
    telling what the upper phrase's thing did before ("the restrictions, which had blocked
    aid for decades", "the restrictions that had barred aid")."""
    clause = _below_through(lower, upper, "relcl")
    return clause is not None and (not any(t.i in sentence.cues for t in clause.subtree) or (
        any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in clause.children) and told_as_past(clause)))


EXAMPLE_PREPS = frozenset({"including"})
"""Prepositions that name some of what a phrase covers ("the release of the detainees,
including officials now on trial")."""


def _an_example(match: TopicMatch, found: list[TopicMatch]) -> bool:
    """Whether ``match`` is in an example of what a phrase of its topic before it covers:
    "called for the release of Armenians, including officials now on trial in Baku" asks
    for no trial, wherever the parser hangs the "including"."""
    example = next((a for a in match.root.ancestors if a.dep_ == "prep" and a.lower_ in EXAMPLE_PREPS), None)
    return example is not None and any(
        other.topic == match.topic and max(other.tokens) < example.i for other in found if other is not match)


def _joined_below(lower: Token, upper: Token) -> bool:
    """Whether ``lower`` hangs below ``upper`` through a conjunct: "brokered the halt or
    used trade" names the topic twice, side by side, not once inside the other."""
    return _below_through(lower, upper, "conj") is not None


def _below_through(lower: Token, upper: Token, dep: str) -> Token | None:
    """The word attached as ``dep`` on the way up from ``lower`` to ``upper``, if any."""
    node = lower
    while node.i != upper.i and node.head.i != node.i:
        if node.dep_ == dep:
            return node
        node = node.head
    return None


def _more_specific(sentence: Sentence, match: TopicMatch, found: list[TopicMatch]) -> TopicMatch | None:
    """A match of a child topic inside the same noun phrase makes ``match`` redundant; one
    joined to it ("a full ceasefire and a maritime truce") is a topic of its own."""
    topics = sentence.resources.topics
    for other in found:
        topic = topics.get(other.topic)
        if other is match or topic is None or topic.parent != match.topic:
            continue
        if _inside(other.root, match.root) or _inside(match.root, other.root):
            return other
    return None


def _inside(token: Token, phrase: Token) -> bool:
    """Whether ``token`` hangs in the phrase of ``phrase``, not through a conjunction."""
    node = token
    while node.i != phrase.i:
        if node.dep_ == "conj" or node.head.i == node.i:
            return False
        node = node.head
    return node.i != token.i


def anaphoric_topics(sentence: Sentence, scope: set[int], matched: set[int]) -> list[TopicMatch]:
    """Nouns in ``scope`` that point back to a topic named before: "this plan", "such a
    deal", or a bare "the offer" after a sentence that named one topic."""
    known = sentence.anaphora
    found: list[TopicMatch] = []
    for i in sorted(scope):
        if i in matched:
            continue
        if i not in known:
            known[i] = _points_back(sentence, sentence.sdoc[i])
        if known[i] is not None:
            found.append(known[i])
    return found


def _points_back(sentence: Sentence, token: Token) -> TopicMatch | None:
    """The topic named before that the noun ``token`` stands for, if it is such a noun."""
    i = token.i
    if token.lower_ in ("it", "them") and token.pos_ == "PRON":
        return _it_stands_for(sentence, token)
    if token.lower_ in DEMONSTRATIVES and token.tag_ == "DT" and _object_alone(sentence, token):
        return _it_stands_for(sentence, token, alone=True)
    if token.pos_ != "NOUN" or i in sentence.topic_tokens:
        return None  # a word of a topic phrase names that topic, not an earlier one
    words = sentence.words
    lemma = token.lemma_.lower()
    if not any(c.lower_ in words.pointing_words for c in token.children):
        only = _bare_antecedent(sentence, token, lemma)
        return TopicMatch(only.topic, token, frozenset({i}), only.opposite) if only is not None else None
    earlier = _topic_mentions_before(sentence.context.topic_mentions, sentence.base)
    for mention in reversed(earlier):
        # "talks with X ... such a dialogue": a noun of talks points back to talks
        if mention.head == lemma.rstrip("s") or lemma in words.anaphoric_nouns or (
                lemma in words.talk_nouns and mention.head in words.talk_nouns):
            return TopicMatch(mention.topic, token, frozenset({i}), mention.opposite)
    return None


DEMONSTRATIVES = frozenset({"that", "this"})
"""Pronouns that, standing alone ("said no to that"), point back as "it" does."""
CLOSING = frozenset({".", ",", ";", "!", "unless", "until", "if", "without"})
"""What may follow a demonstrative that stands alone as an object ("said no to that.")."""
HOLDING_TO = frozenset({"stand", "stick", "commit"})
"""Verbs that, with their preposition, keep to a thing ("will stand by it", "stick to it"),
as "abide by it" and "comply with it" do."""

LIGHT_VERBS = frozenset({"do", "make", "get", "have", "take", "give", "let"})
"""Verbs whose object "it" is a deed or a state of things, not a topic ("do it")."""


def _object_alone(sentence: Sentence, pronoun: Token) -> bool:
    """Whether a "that" or "this" is the whole object of a word of accepting or refusing,
    or of its own preposition, with nothing after it but punctuation or a condition ("said
    no to that.", "would never agree to this, he said"), not "planned this" (a deed) nor
    "stop this tonight"."""
    after = pronoun.doc[pronoun.i + 1].lower_ if pronoun.i + 1 < len(pronoun.doc) else "."
    head = pronoun.head
    verb = head if pronoun.dep_ == "dobj" else head.head if pronoun.dep_ == "pobj" and head.dep_ == "prep" else None
    cue = sentence.cues.get(verb.i) if verb is not None else None
    # a verb of accepting or refusing: "planned this" is a deed's
    return cue is not None and cue.stance in ("support", "reject") and after in CLOSING


def _it_stands_for(sentence: Sentence, pronoun: Token, alone: bool = False) -> TopicMatch | None:
    """What an object "it" (or "them", for a plural) stands for: the topic named last
    before it in its own sentence ("Asked about the territorial demand, the minister called
    it a non-starter"; "Washington floated a truce, but Kyiv turned it down"), else the one
    topic the sentence before named ("Washington floated a truce. Kyiv turned it down the
    next day."). A topic that only describes another noun ("a plan for a truce ... rejected
    it") is not what "it" is. ``alone``: a "that" or "this" standing alone as a stance
    word's object (``_object_alone``), which stands for the same."""
    lacked = pronoun.dep_ == "pobj" and pronoun.head.lower_ == "without"  # "without them, Kyiv would not sign"
    kept = pronoun.dep_ == "pobj" and pronoun.head.head.lemma_ in sentence.words.keeping_verbs | HOLDING_TO
    if not (lacked or kept or alone) and (pronoun.dep_ not in ("dobj", "nsubjpass")
                                          or pronoun.head.lemma_ in LIGHT_VERBS):
        return None  # "we hope we don't have to do it": the deed, not the thing
    if pronoun.dep_ == "nsubjpass" and _dating_clause(pronoun.head, sentence.words):
        return None  # "a mistake from the day it was signed", "weeks after it was signed": when
    after = pronoun.doc[pronoun.i + 1] if pronoun.i + 1 < len(pronoun.doc) else None
    if any(c.dep_ in ("xcomp", "ccomp") for c in pronoun.head.children) or after is not None and after.lower_ == "to":
        return None  # "nobody had asked it to": someone asked to act, not a thing
    plural = pronoun.lower_ == "them"  # "imposed sanctions; Moscow called them unjust"
    people = sentence.words.people_nouns
    before = [m for m in sentence.topic_matches if max(m.tokens) < pronoun.i and (
        not plural or m.root.tag_ in ("NNS", "NNPS") and m.root.lemma_.lower() not in people)]
    if before:
        last = max(before, key=lambda m: m.root.i)
        head = last.root.head
        described = head if head.pos_ in ("NOUN", "PROPN") else head.head if (
            head.pos_ == "ADP" and head.head.pos_ in ("NOUN", "PROPN")) else None
        if last.opposite or described is not None and head.i not in last.tokens and head.head.i not in last.tokens:
            if _halting(sentence, described, last):
                # "India's suspension of the treaty ... called on Delhi to reverse it": the halt
                return TopicMatch(last.topic, pronoun, frozenset({pronoun.i}), True)
            return None
        return TopicMatch(last.topic, pronoun, frozenset({pronoun.i}), False)
    subjects = {t.i for a in pronoun.ancestors for s in a.children if s.dep_ in ("nsubj", "nsubjpass")
                for t in s.subtree}
    nouns = [t for t in sentence.sdoc[:pronoun.i] if t.pos_ == "NOUN"]
    if any(t.i not in subjects for t in nouns):
        return None  # "warned the corridor would threaten security, calling it ...": a noun of its own
    # never the subject of its own verb: "the accords did not bind it" ("itself" would be)
    own = {t.i for s in pronoun.head.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    pointing = [found for t in nouns if t.i not in own and (found := _points_back(sentence, t)) is not None
                ] if not plural else []
    if pointing and not pointing[-1].opposite:
        # "said since the court was set up that it does not recognise it": the court named before
        return TopicMatch(pointing[-1].topic, pronoun, frozenset({pronoun.i}), False)
    if plural and _names_people(sentence):
        return None  # "... said the men would be sent home. Phnom Penh wants them back."
    sole = sole_topic_before(sentence, reach=1)
    if sole is not None and not sole.opposite:
        return TopicMatch(sole.topic, pronoun, frozenset({pronoun.i}), False)
    return None


TIME_MARKS = frozenset({"after", "before", "since", "when", "until", "once", "while"})
"""Marks of a clause that tells when something else happened."""


def _dating_clause(verb: Token, words) -> bool:
    """Whether a clause tells when: one marked "after", "since" ..., or a relative clause on
    a noun of time ("the day it was signed")."""
    if verb.dep_ == "relcl":
        return verb.head.lemma_ in words.time_nouns
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in verb.children)


def _halting(sentence: Sentence, noun: Token | None, match: TopicMatch) -> bool:
    """Whether ``noun`` names the halting of the topic it is described by ("the suspension
    of the treaty"), so that what points back to the noun stands for the topic's contrary."""
    topic = sentence.resources.topics.get(match.topic)
    return (noun is not None and noun.pos_ == "NOUN" and not match.opposite and topic is not None
            and not topic.is_cessation and noun.lemma_.lower() in sentence.words.stoppings)


IRREGULAR_PLURALS = frozenset({"men", "women", "people", "children"})


def _names_people(sentence: Sentence) -> bool:
    """Whether the sentence before names people ("the soldiers", "the men"), whom a "them"
    after it is likelier to mean than a topic."""
    if not sentence.index:
        return False
    start, end = sentence.context.sentences[sentence.index - 1]
    people = sentence.resources.people_stems
    words = re.findall(r"[A-Za-z]+", sentence.context.document.text[start:end])
    # plural, as "them" is: "prisoner" in "a prisoner swap" names no one
    return any(stem(w) in people and (w.endswith("s") or w.lower() in IRREGULAR_PLURALS) for w in words)


def _bare_antecedent(sentence: Sentence, noun: Token, lemma: str) -> TopicMention | None:
    """What a bare definite noun points back to: the topic last named by the same noun ("A
    court of arbitration ruled X. Delhi does not recognise the court."), unless the noun is
    too general ("the war") or, for a noun that is no anaphoric one, the earlier phrase was
    against the thing ("the treaty" after "suspended the treaty" is the treaty). An anaphoric
    noun ("Washington offered X. Kyiv welcomed the offer.") may also stand for the agreement
    last named by another agreement noun, or for the one topic the sentences before named.
    A noun that names again what was held in abeyance names the thing, not its abeyance."""
    if not bare_definite(sentence, noun):
        return None
    words = sentence.words
    anaphoric = lemma in words.anaphoric_nouns
    same = _last_named_by(sentence, frozenset({lemma}))
    if same is not None and (same.by_context or anaphoric or not (
            same.opposite or lemma in words.general_nouns or lemma in words.agenda_items)):
        return same.the_thing()
    if not anaphoric:
        return None
    agreed = _last_named_by(sentence, words.agreement_nouns) if lemma in words.agreement_nouns else None
    if agreed is not None:
        return agreed.the_thing()
    sole = sole_topic_before(sentence)
    if sole is not None and sole.opposite and (lemma in words.agreement_nouns or lemma in words.draft_nouns):
        return None  # "Fighting broke out ... Kyiv accepted the arrangement": no one arranges a fight
    return sole


def _topic_mentions_before(mentions: list[TopicMention], offset: int) -> list[TopicMention]:
    """The topic mentions (sorted by offset) less than ``ANAPHORA_REACH`` characters before
    ``offset``, in order; found by search, so a long document costs no more per word."""
    last = bisect.bisect_left(mentions, offset, key=lambda m: m.offset)
    first = bisect.bisect_right(mentions, offset - ANAPHORA_REACH, hi=last, key=lambda m: m.offset)
    return mentions[first:last]


POINTING_PRONOUNS = frozenset({"that", "this"})


def pointed_topic(sentence: Sentence, scope: set[int]) -> list[TopicMatch]:
    """"That would be unthinkable for us.": "that" or "this", the subject of a judgement,
    standing for the topic the sentence before named last."""
    pronoun = next((sentence.sdoc[i] for i in sorted(scope) if sentence.sdoc[i].lower_ in POINTING_PRONOUNS
                    and sentence.sdoc[i].pos_ == "PRON" and sentence.sdoc[i].dep_ in ("nsubj", "nsubjpass")
                    and sentence.sdoc[i].head.lemma_ in sentence.words.copulas), None)
    if pronoun is None:
        return []
    asked = [m for m in sentence.topic_matches if m.root.i < pronoun.i and in_question(m.root)]
    if asked:  # "Asked whether Thailand would invite mediators, he said that was unnecessary"
        return [TopicMatch(asked[-1].topic, pronoun, frozenset({pronoun.i}), asked[-1].opposite)]
    named = named_before(sentence)
    return [TopicMatch(named[-1].topic, pronoun, frozenset({pronoun.i}), named[-1].opposite)] if named else []


def in_question(token: Token) -> bool:
    """Whether ``token`` is in the reporter's question an answer follows ("Asked whether X
    ..., the minister said ..."): a participle of asking with no subject of its own."""
    return any(asking_participle(a) for a in token.ancestors)


def named_before(sentence: Sentence, reach: int = 1) -> list[TopicMention]:
    """The topic mentions of the sentence before this one, in order; with ``reach`` 2, when
    that one names none ("X imposed sanctions. Y called them unjust. Z welcomed the
    step."), of the one before it."""
    mentions = sentence.context.topic_mentions
    end = sentence.base
    for back in range(1, reach + 1):
        if sentence.index < back:
            return []
        start, _ = sentence.context.sentences[sentence.index - back]
        first = bisect.bisect_left(mentions, start, key=lambda m: m.offset)
        last = bisect.bisect_left(mentions, end, key=lambda m: m.offset)
        if first < last:
            return mentions[first:last]
        end = start
    return []


def _last_named_by(sentence: Sentence, heads: frozenset[str]) -> TopicMention | None:
    """The last topic named earlier by one of the nouns ``heads``: "the award" after "issued
    a supplemental award", "the accord" after "signed the Kuala Lumpur declaration" (with an
    agreement noun), even with other topics named in between."""
    earlier = _topic_mentions_before(sentence.context.topic_mentions, sentence.base)
    return next((m for m in reversed(earlier) if m.head in heads), None)


def sole_topic_before(sentence: Sentence, reach: int = 2) -> TopicMention | None:
    """The one topic the sentence before named (see ``named_before``), if it named one and
    only one, whatever the number of its mentions."""
    named = named_before(sentence, reach)
    return named[-1] if named and len({(m.topic, m.opposite) for m in named}) == 1 else None


def bare_definite(sentence: Sentence, noun: Token) -> bool:
    """"the offer", "the latest proposal", "the so-called court": "the" and
    nothing that names a thing of its own or points ("the same demand" points, as "this
    demand" does), nor a topic said right after it that the parser hung elsewhere ("hailed
    the agreement | on a truce at sea")."""
    children = list(noun.children)
    pointing = sentence.words.pointing_words
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in children) and all(
        (c.dep_ == "det" or c.dep_ == "amod" and (c.pos_ == "ADJ" or _so_called(c))) and c.lower_ not in pointing
        for c in children
    ) and not _content_after(sentence, noun)


def _so_called(modifier: Token) -> bool:
    """Whether a modifier is "so-called", the distance a speaker keeps from what he names
    ("the so-called court"), which the tagger makes a verb."""
    return modifier.lower_ == "called" and any(c.lower_ == "so" for c in modifier.children)


def _content_after(sentence: Sentence, noun: Token) -> bool:
    """Whether a preposition of content right after the noun leads to a topic phrase."""
    after = noun.i + 1
    if after >= len(noun.doc) or noun.doc[after].lower_ not in CONTENT_PREPS:
        return False
    inside = {t.i for t in noun.doc[after].subtree}
    return any(m.root.i in inside for m in sentence.topic_matches)


def infrastructure_in(sentence: Sentence, scope: set[int]) -> tuple[str, ...]:
    """The infrastructure categories named within ``scope``."""
    return tuple(sorted({m.topic for m in sentence.infra_matches if m.root.i in scope}))
