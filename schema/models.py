"""Pydantic models for documents, actors, topics, infrastructure categories and claims.

A claim says: an actor takes a stance on a topic (possibly naming infrastructure
categories), or an actor accuses a target actor. Every claim carries its evidence: the
document, the sentence, its character offsets and the speaker as written.

How the graph derives its position nodes from claims is part of this contract (see
``stancegraph.schema.positions`` and ARCHITECTURE.md): each distinct (actor, stance, topic)
becomes one position node -- a ``Demand`` for demand claims, a ``Concession`` for concede claims,
likewise ``Proposal``, ``Support``, ``Rejection`` and ``Accusation`` -- and every claim that
supports it is one relationship from the actor to that node, evidence on the relationship.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from stancegraph.schema.positions import POLARITY, Polarity, Stance, position_about

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=80)]
"""Ids are lower_snake_case and never change once published."""

ActorKind = Literal["state", "person", "organization", "group", "coalition", "commentator"]
PartOfSpeech = Literal["VERB", "NOUN", "ADJ", "ADP", "ADV", "PROPN"]


def content_id(text: str) -> str:
    """Return the id of a document: the SHA-256 of its text, in hex.

    >>> content_id("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Model):
    """One article: its text and where it came from. ``id`` is the content hash of ``text``."""

    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    source: str = Field(min_length=1, description="file path or URL the text was read from")
    title: str | None = None
    published: date | None = None
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _id_is_content_hash(self) -> Document:
        if self.id != content_id(self.text):
            raise ValueError("id must be the SHA-256 of text (use Document.from_text)")
        return self

    @classmethod
    def from_text(
        cls, text: str, source: str, title: str | None = None, published: date | None = None
    ) -> Document:
        """Build a document whose id is the hash of its text."""
        return cls(id=content_id(text), source=source, title=title, published=published, text=text)

    @property
    def name(self) -> str:
        """The base name of the source: what claims JSON Lines calls ``doc``."""
        return self.source.rstrip("/").rsplit("/", 1)[-1]


class Actor(Model):
    """Someone who can hold a position: a state, a person, an organisation, a group, or a
    coalition standing for several parties.

    ``party`` is the actor a person or institution speaks for (a party's own party is
    itself, left empty). A coalition ("the Europeans", "the mediators") names its
    ``members``: what it says is said by each of them. Commentators (analysts,
    journalists, outlets) never have a party: what they say is not a negotiating position.
    """

    id: Identifier
    name: str = Field(min_length=1)
    kind: ActorKind
    party: Identifier | None = None
    members: tuple[Identifier, ...] = Field(
        default=(), description="for a coalition: the parties it stands for"
    )
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = Field(
        default=(), description="titles that name this actor, e.g. 'Ukrainian defence minister'; "
        "a title several actors share ('the foreign minister') names the one named last before it"
    )
    pronoun: Literal["he", "she"] | None = Field(
        default=None, description="for a person: the pronoun the press uses for them, so that "
        "'she said' is never read as a man named before it (and 'he' never as a woman)"
    )

    @model_validator(mode="after")
    def _commentators_speak_for_nobody(self) -> Actor:
        if self.kind == "commentator" and self.party is not None:
            raise ValueError("a commentator cannot speak for a party")
        if self.kind == "coalition":
            if len(self.members) < 2:
                raise ValueError("a coalition needs at least two members")
            if self.party is not None:
                raise ValueError("a coalition speaks for its members, not for a party")
        elif self.members:
            raise ValueError("only a coalition has members (kind: coalition)")
        if self.pronoun is not None and self.kind not in ("person", "commentator"):
            raise ValueError(f"only a person has a pronoun, not a {self.kind}")
        return self

    @property
    def is_commentator(self) -> bool:
        return self.kind == "commentator"

    @property
    def is_coalition(self) -> bool:
        """A coalition holds nothing itself: extraction gives its claims to its members, and
        the graph and the store keep the members, not the coalition."""
        return self.kind == "coalition"

    @property
    def party_id(self) -> str:
        """The party this actor's positions count for (itself when it is a party)."""
        return self.party or self.id


class Topic(Model):
    """An issue, stated as a proposition: stances are for or against it.

    ``phrases`` name the proposition ("ceasefire"); ``opposite_phrases`` name its contrary
    ("military aid" for a halt to military aid, "buffer zone" for a withdrawal): a stance on
    them is the opposite stance on the topic, unless a stopping word governs them ("a halt
    to military aid", "lifting sanctions"), which turns them back. In a pack file a phrase
    may be written ``{phrase: withdrawal, near: [troop, force]}``: it then counts only in a
    sentence that also holds one of the ``near`` words (``phrase_context``).
    """

    id: Identifier
    label: str = Field(min_length=1)
    description: str = ""
    parent: Identifier | None = None
    phrases: tuple[str, ...] = Field(
        default=(), description="words and phrases that name the topic, matched on lemmas"
    )
    opposite_phrases: tuple[str, ...] = Field(
        default=(), description="words and phrases that name the topic's contrary: 'more military "
        "aid' is against a halt to it, 'a halt to military aid' for it"
    )
    phrase_context: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="phrase -> words one of which must stand in the same "
        "sentence for the phrase to count"
    )
    is_cessation: bool = Field(
        default=False,
        description="the proposition is itself a stopping or a giving up (a halt to aid, a "
        "truce, a cession): 'wants Kyiv to halt X' is for it, not against it",
    )
    is_own_deed: bool = Field(
        default=False,
        description="the proposition is a party's own use of something (its strikes, its military "
        "action): condemning the other side's use accuses it and takes no stand against the topic; "
        "only a refusal of its own use ('will not strike first') is against it",
    )
    conceded_by: tuple[Identifier, ...] = Field(
        default=(),
        description="parties that give ground in agreeing to it (an armed group to its own "
        "withdrawal, a government to talks it long refused): their backing of it is a concession",
    )
    is_infrastructure_scoped: bool = Field(
        default=False,
        description="a narrowing of its parent to named infrastructure: a claim on the parent "
        "that names infrastructure categories is about this topic",
    )

    @model_validator(mode="before")
    @classmethod
    def _phrases_with_context(cls, data):
        if not isinstance(data, dict):
            return data
        if "is_halt" in data:
            raise ValueError(
                "is_halt is no longer a field: list the phrases that name what is halted "
                "('military aid') under opposite_phrases, and keep under phrases those that name "
                "the halt itself ('aid freeze')"
            )
        context = dict(data.get("phrase_context") or {})
        data = dict(data)
        given_in: dict[str, str] = {}  # phrase -> the list that gave it a context
        for key in ("phrases", "opposite_phrases"):
            entries = data.get(key)
            if not isinstance(entries, (list, tuple)):
                continue
            plain = []
            for entry in entries:
                if isinstance(entry, dict):
                    unknown = set(entry) - {"phrase", "near"}
                    if unknown or "phrase" not in entry or "near" not in entry:
                        raise ValueError(
                            f"{key}: a phrase with a context is written {{phrase: ..., near: [...]}}, "
                            f"not {entry!r}")
                    phrase, near = entry["phrase"], entry["near"]
                    near = tuple([near] if isinstance(near, str) else near)
                    if given_in.get(phrase, key) != key:
                        raise ValueError(
                            f"{phrase!r} has a context under both phrases and opposite_phrases; "
                            "one wording can carry a context in one of them only")
                    # the same phrase given twice: one context, all the words of both
                    context[phrase] = tuple(dict.fromkeys((*context.get(phrase, ()), *near)))
                    given_in[phrase] = key
                    if phrase not in plain:
                        plain.append(phrase)
                else:
                    plain.append(entry)
            data[key] = plain
        if context:
            data["phrase_context"] = context
        return data

    @property
    def standalone_phrases(self) -> tuple[str, ...]:
        """The phrases that name the topic on their own (without a ``near`` context): what
        the graph keeps and what questions are matched against."""
        return tuple(p for p in self.phrases if p not in self.phrase_context)

    @property
    def standalone_opposite_phrases(self) -> tuple[str, ...]:
        return tuple(p for p in self.opposite_phrases if p not in self.phrase_context)

    @model_validator(mode="after")
    def _contexts_name_phrases(self) -> Topic:
        for phrase in self.phrase_context:
            if phrase not in self.phrases and phrase not in self.opposite_phrases:
                raise ValueError(f"phrase_context names {phrase!r}, which is not one of the topic's phrases")
        return self


class InfrastructureCategory(Model):
    """A kind of target a partial ceasefire covers (energy, ports, rail ...)."""

    id: Identifier
    label: str = Field(min_length=1)
    broader: Identifier | None = None
    phrases: tuple[str, ...] = ()


class Evidence(Model):
    """Where a claim was read: ``document.text[start:end] == sentence``."""

    document_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    sentence: str = Field(min_length=1)
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    speaker: str = Field(min_length=1, description="the holder of the position as written")

    @model_validator(mode="after")
    def _offsets_are_ordered(self) -> Evidence:
        if self.end - self.start != len(self.sentence):
            raise ValueError("end - start must equal the length of sentence")
        return self


class Claim(Model):
    """An actor's stance on a topic, or an accusation against a target actor."""

    actor: Identifier
    stance: Stance
    topic: Identifier | None = None
    infrastructure: tuple[Identifier, ...] = ()
    target_actor: Identifier | None = None
    evidence: Evidence
    confidence: Annotated[float, Field(ge=0, le=1)]

    @model_validator(mode="after")
    def _stance_has_its_object(self) -> Claim:
        if self.stance == "accuse":
            if self.target_actor is None:
                raise ValueError("an accusation needs target_actor")
        else:
            if self.topic is None:
                raise ValueError(f"a {self.stance} claim needs a topic")
            if self.target_actor is not None:
                raise ValueError("only accusations have a target_actor")
        return self

    @property
    def polarity(self) -> Polarity:
        return POLARITY[self.stance]

    @property
    def position_key(self) -> tuple[str, str, str]:
        """(actor, stance, topic or target): the position node this claim supports.

        The third member is ``position_about``'s; ``position_id`` joins the three.
        """
        return (self.actor, self.stance, position_about(self.stance, self.topic, self.target_actor))

    @property
    def id(self) -> str:
        """A stable id: the same claim read from the same place always has the same id."""
        e = self.evidence
        key = "|".join(
            [
                self.actor,
                self.stance,
                self.topic or "",
                self.target_actor or "",
                ",".join(self.infrastructure),
                e.document_id,
                str(e.start),
                str(e.end),
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class Cue(Model):
    """A word that reports a stance: an entry of ``cues.yaml`` or of a pack's lexicon."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    lemma: str = Field(min_length=1)
    pos: tuple[PartOfSpeech, ...] = Field(min_length=1)
    stance: Stance
    with_word: str | None = Field(
        default=None, alias="with",
        description="a particle or preposition that must hang from the cue ('call for')",
    )
    evaluative: bool = Field(
        default=False,
        description="the cue judges its subject ('X is unacceptable'): the subject is the topic",
    )
    confidence: Annotated[float, Field(ge=0, le=1)] = 0.8
    topics: tuple[Identifier, ...] = Field(
        default=(), description="a pack's cue may hold for some topics only: 'suspend' rejects "
        "the accord, but a suspension of imports is a punitive measure"
    )


class PackLexicon(Model):
    """English a negotiation needs beyond the built-in lexicon: its own stance verbs
    ("walk away from"), and verbs that stop or give up what they govern ("hand over")."""

    cues: tuple[Cue, ...] = ()
    stoppings: tuple[str, ...] = Field(
        default=(), description="lemmas that stop what they govern: 'lift' sanctions, 'scrap' a deal; "
        "under them an opposite phrase names the topic itself"
    )
    reversers: tuple[str, ...] = Field(
        default=(), description="lemmas that, under a cue, reverse it: 'wants Kyiv to hand over X'"
    )


class DomainPack(Model):
    """What a negotiation's extraction needs to know: actors, commentators, topics, targets."""

    id: Identifier
    label: str
    year: int | None = Field(
        default=None, ge=1900, le=2100,
        description="the year the negotiation is in: what an article dates to an earlier year is history",
    )
    actors: tuple[Actor, ...]
    commentators: tuple[Actor, ...] = ()
    topics: tuple[Topic, ...]
    infrastructure: tuple[InfrastructureCategory, ...] = ()
    lexicon: PackLexicon = PackLexicon()
    ignored_phrases: tuple[str, ...] = Field(
        default=(), description="phrases that name no topic though a topic's phrase is inside "
        "them ('landmine explosion' is an event, not the demining issue)"
    )

    @model_validator(mode="after")
    def _references_resolve(self) -> DomainPack:
        actor_ids = [a.id for a in self.actors + self.commentators]
        _no_duplicates("actor", actor_ids)
        _no_duplicates("topic", [t.id for t in self.topics])
        _no_duplicates("infrastructure category", [c.id for c in self.infrastructure])
        known = set(actor_ids)
        for actor in self.actors:
            if actor.party is not None and actor.party not in known:
                raise ValueError(f"actor {actor.id!r}: party {actor.party!r} is not a declared actor")
        parties = {a.id for a in self.actors if a.party is None and a.kind != "coalition"}
        for actor in self.actors:
            if actor.kind == "commentator":
                raise ValueError(f"actor {actor.id!r}: kind commentator belongs under commentators")
            for member in actor.members:
                if member not in parties:
                    raise ValueError(f"actor {actor.id!r}: member {member!r} is not a declared party")
        for commentator in self.commentators:
            if commentator.kind != "commentator":
                raise ValueError(f"commentator {commentator.id!r} must have kind 'commentator'")
        topic_ids = {t.id for t in self.topics}
        for topic in self.topics:
            if topic.parent is not None and topic.parent not in topic_ids:
                raise ValueError(f"topic {topic.id!r}: parent {topic.parent!r} is not a declared topic")
            for party in topic.conceded_by:
                if party not in parties:
                    raise ValueError(f"topic {topic.id!r}: conceded_by {party!r} is not a declared party")
            for phrase in topic.phrases + topic.opposite_phrases:
                for placeholder in re.findall(r"\{([^}]*)\}", phrase):
                    if placeholder not in known:
                        raise ValueError(f"topic {topic.id!r}: phrase {phrase!r} names {{{placeholder}}}, "
                                         "which is not a declared actor")
        for cue in self.lexicon.cues:
            for topic_id in cue.topics:
                if topic_id not in topic_ids:
                    raise ValueError(f"lexicon cue {cue.lemma!r}: topic {topic_id!r} is not a declared topic")
        category_ids = {c.id for c in self.infrastructure}
        for category in self.infrastructure:
            if category.broader is not None and category.broader not in category_ids:
                raise ValueError(
                    f"infrastructure {category.id!r}: broader {category.broader!r} is not declared"
                )
        return self

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors + self.commentators if a.id == actor_id), None)


def _no_duplicates(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"{what} id {i!r} is declared twice")
        seen.add(i)


def all_model_json_schemas() -> dict[str, dict]:
    """Return the JSON Schema of every model, keyed by model name."""
    models = (Document, Actor, Topic, InfrastructureCategory, Evidence, Claim, Cue, DomainPack)
    return {m.__name__: m.model_json_schema() for m in models}
