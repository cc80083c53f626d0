"""Helping a person write a domain pack: draft one from articles, and check one.

``suggest_pack`` reads articles and drafts a pack for a person to edit: the actors the
named-entity recognizer finds (with counts, surnames merged with full names, demonyms with
their country), and topic phrases taken from what stance cues are about ("demanded a
ceasefire", "rejected the plan for a buffer zone"), ranked by how many articles use them.
``check_pack`` validates a pack and reports what would surprise its author: a phrase two
topics share with no context to tell them apart, actors no article mentions, and phrases
no article matches.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import yaml

from stancegraph.errors import PackError
from stancegraph.loaders.packs import load_pack
from stancegraph.schema import Document, DomainPack

ENTITY_PARTY_KINDS = {"GPE": "state", "ORG": "organization"}
MIN_MENTIONS = 2
TOPIC_LIMIT = 25
PHRASES_PER_TOPIC = 12


@dataclass
class PackCheck:
    """What ``check_pack`` found: the pack (when valid) and findings a person should read."""

    pack: DomainPack | None
    error: str | None = None
    findings: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.error is None


def check_pack(path: str | os.PathLike, documents: Sequence[Document] = ()) -> PackCheck:
    """Validate the pack at ``path``; with ``documents``, also report actors they never
    mention and phrases they never match."""
    try:
        pack = load_pack(path)
    except PackError as error:
        return PackCheck(None, str(error))
    found = PackCheck(pack)
    found.findings.extend(_shared_phrases(pack))
    if documents:
        found.findings.extend(_unused(pack, documents))
    return found


def _shared_phrases(pack: DomainPack) -> Iterator[str]:
    owners: dict[str, list[str]] = defaultdict(list)
    for topic in pack.topics:
        for phrase in topic.phrases + topic.opposite_phrases:
            if phrase not in topic.phrase_context:
                owners[phrase.lower()].append(topic.id)
    for phrase, topics in sorted(owners.items()):
        if len(set(topics)) > 1:
            yield (f"phrase {phrase!r} belongs to topics {', '.join(sorted(set(topics)))} with no "
                   "context: write it {phrase: ..., near: [...]} in each, or keep it in one")


def _unused(pack: DomainPack, documents: Sequence[Document]) -> Iterator[str]:
    from spacy.matcher import PhraseMatcher

    from stancegraph.loaders.extraction.resources import PackResources
    from stancegraph.loaders.lexicon import load_lexicon
    from stancegraph.loaders.nlp import load_model, tagging_phrases
    from stancegraph.loaders.phrase_cache import tagged_phrases

    nlp = load_model()
    resources = PackResources(pack, nlp, load_lexicon())
    mentioned: set[str] = set()
    by_norm = PhraseMatcher(nlp.vocab, attr="NORM")
    by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrases: dict[str, tuple[str, str]] = {}
    expansions = [(topic.id, phrase, text) for topic in pack.topics
                  for phrase in topic.phrases + topic.opposite_phrases for text in resources._expanded(phrase)]
    texts = sorted({text for _, _, text in expansions})
    tagged = dict(zip(texts, tagged_phrases(nlp, texts)))
    for topic_id, phrase, text in expansions:
        key = f"{topic_id}\t{phrase}\t{text}"
        phrases[key] = (topic_id, phrase)
        by_norm.add(key, [tagged[text]])
        by_lower.add(key, [nlp.make_doc(text.lower())])
    matched: set[tuple[str, str]] = set()
    with tagging_phrases(nlp):
        for doc in nlp.pipe(d.text for d in documents):
            mentioned.update(m.actor for m in resources.index.find(doc))
            for matcher in (by_norm, by_lower):
                matched.update(phrases[nlp.vocab.strings[m]] for m, _, _ in matcher(doc))
    for actor in pack.actors:
        members_named = actor.members and any(m in mentioned for m in actor.members)
        if actor.id not in mentioned and not members_named:
            yield f"actor {actor.id!r} ({actor.name}): no article mentions it"
    for topic in pack.topics:
        for phrase in topic.phrases + topic.opposite_phrases:
            if (topic.id, phrase) not in matched:
                yield f"topic {topic.id!r}: phrase {phrase!r} matches no article"


# -- suggesting a pack --------------------------------------------------------------------


def suggest_pack(documents: Sequence[Document], pack_id: str = "my_negotiation",
                 label: str = "My negotiation") -> str:
    """A draft pack, as YAML text, from what ``documents`` say.

    The draft is valid as it stands (``check_pack`` accepts it and extraction runs with it);
    it is meant to be edited: the comments say what was counted.
    """
    from stancegraph.loaders.extraction.cues import cue_of
    from stancegraph.loaders.extraction.resources import PackResources
    from stancegraph.loaders.lexicon import load_lexicon
    from stancegraph.loaders.nlp import load_model, one_blas_thread

    nlp = load_model()
    entities: dict[str, Counter] = {"PERSON": Counter(), "GPE": Counter(), "ORG": Counter(), "NORP": Counter()}
    person_places: dict[str, Counter] = defaultdict(Counter)
    phrase_documents: dict[str, set[int]] = defaultdict(set)
    heads: dict[str, str] = {}
    empty = DomainPack(id="empty", label="empty", actors=(), topics=())
    resources = PackResources(empty, nlp, load_lexicon())
    from stancegraph.loaders.extraction.sentence import DocumentContext, Sentence
    from stancegraph.loaders.mentions import MentionTable

    with one_blas_thread():
        for number, doc in enumerate(nlp.pipe(d.text for d in documents)):
            context = DocumentContext(documents[number], [], MentionTable([]), [], [])
            for ent in doc.ents:
                if ent.label_ in entities:
                    entities[ent.label_][_clean(ent.text)] += 1
            for sent in doc.sents:
                people = [_clean(e.text) for e in sent.ents if e.label_ == "PERSON"]
                places = [_clean(e.text) for e in sent.ents if e.label_ in ("GPE", "NORP")]
                for person in people:
                    person_places[person].update(places)
            sentence = Sentence(resources, context, doc, 0)
            for token in doc:
                cue = cue_of(sentence, token) if token.lemma_.lower() in resources.lexicon.cue_words else None
                if cue is None or cue.stance == "accuse":
                    continue
                for chunk in _objects(token):
                    phrase = _phrase(chunk)
                    if phrase:
                        phrase_documents[phrase].add(number)
                        heads[phrase] = chunk.root.lemma_.lower()
    return _draft_yaml(pack_id, label, entities, person_places, phrase_documents, heads)


def _clean(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"('s|’s)$", "", text).strip()


def _objects(cue) -> Iterable:
    """Noun phrases a cue is about: its object, its preposition's object, its complement's."""
    for child in cue.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            yield _chunk(child)
        elif child.dep_ in ("prep", "xcomp", "ccomp"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "dobj") and grandchild.pos_ in ("NOUN", "PROPN"):
                    yield _chunk(grandchild)


def _chunk(head):
    """The head noun with the modifiers right before it ("unconditional ceasefire")."""
    doc = head.doc
    start = head.i
    while (start > 0 and doc[start - 1].head.i == head.i and doc[start - 1].dep_ in ("amod", "compound")
           and doc[start - 1].is_alpha and not doc[start - 1].is_stop and head.i - start < 3):
        start -= 1
    return doc[start:head.i + 1]


def _phrase(chunk) -> str | None:
    """The phrase as a pack writes it: lower case, the head noun singular."""
    if chunk.root.pos_ != "NOUN" or not chunk.root.is_alpha or chunk.root.is_stop:
        return None
    return " ".join(t.lemma_.lower() if t.i == chunk.root.i else t.lower_ for t in chunk)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    if not slug or not slug[0].isalnum():
        return ""
    return slug[:60].rstrip("_")


def _draft_yaml(pack_id, label, entities, person_places, phrase_documents, heads) -> str:
    used_ids: set[str] = set()
    used_names: set[str] = set()

    def new_id(text: str) -> str:
        base = _slug(text) or "actor"
        candidate, n = base, 2
        while candidate in used_ids:
            candidate, n = f"{base}_{n}", n + 1
        used_ids.add(candidate)
        return candidate

    demonyms = entities["NORP"]
    parties: list[dict] = []
    party_of_name: dict[str, str] = {}
    for kind_label, kind in ENTITY_PARTY_KINDS.items():
        for name, count in entities[kind_label].most_common():
            if count < MIN_MENTIONS or name.casefold() in used_names or not _slug(name):
                continue
            aliases = sorted(d for d in demonyms if d[:4].casefold() == name[:4].casefold()
                             and d.casefold() not in used_names and d.casefold() != name.casefold())
            used_names.update(n.casefold() for n in (name, *aliases))
            actor_id = new_id(name)
            party_of_name.update({n: actor_id for n in (name, *aliases)})
            parties.append({"id": actor_id, "name": name, "kind": kind, "aliases": aliases,
                            "_count": count})
    people: list[dict] = []
    full_names = [n for n, c in entities["PERSON"].most_common() if " " in n]
    for name, count in entities["PERSON"].most_common():
        if " " not in name:
            continue
        short = [n for n, _ in entities["PERSON"].items() if " " not in n and name.split()[-1] == n]
        total = count + sum(entities["PERSON"][s] for s in short)
        if total < MIN_MENTIONS or name.casefold() in used_names or not _slug(name):
            continue
        aliases = [s for s in short if s.casefold() not in used_names
                   and sum(1 for f in full_names if f.split()[-1] == s) == 1]
        used_names.update(n.casefold() for n in (name, *aliases))
        places = [p for p, _ in person_places[name].most_common() if p in party_of_name]
        person = {"id": new_id(name), "name": name, "kind": "person", "aliases": aliases,
                  "_count": total}
        if places:
            person["party"] = party_of_name[places[0]]
        else:
            person["kind"] = "commentator"
        people.append(person)
    by_head: dict[str, list[str]] = defaultdict(list)
    for phrase in phrase_documents:
        by_head[heads[phrase]].append(phrase)
    ranked = sorted(by_head.items(), key=lambda item: (
        -len(set().union(*(phrase_documents[p] for p in item[1]))), item[0]))
    topics = []
    for head, phrases in ranked[:TOPIC_LIMIT]:
        phrases = sorted(phrases, key=lambda p: (-len(phrase_documents[p]), p))[:PHRASES_PER_TOPIC]
        topic_id = new_id(phrases[0])
        documents = len(set().union(*(phrase_documents[p] for p in phrases)))
        topics.append({"id": topic_id, "label": phrases[0].capitalize(), "phrases": phrases,
                       "_count": documents})
    if not topics:
        topics.append({"id": new_id("ceasefire"), "label": "Ceasefire", "phrases": ["ceasefire", "truce"],
                       "_count": 0})
    lines = [
        "# Draft domain pack suggested by `stancegraph pack suggest` from your articles.",
        "# Edit it: merge actors that are one party (a capital, a government, a ministry are",
        "# aliases of the country), give people their party, move commentators, merge and",
        "# rename topics, add the phrases journalists use. Format: docs/packs.md.",
        f"id: {pack_id}",
        f"label: {_quoted(label)}",
        "actors:",
    ]
    for actor in parties + [p for p in people if p["kind"] == "person"]:
        lines.append(f"  # named {actor['_count']} times")
        lines.extend(_entry(actor))
    commentators = [p for p in people if p["kind"] == "commentator"]
    if commentators:
        lines.append("commentators:  # people with no country named beside them: check each")
        for actor in commentators:
            lines.append(f"  # named {actor['_count']} times")
            lines.extend(_entry(actor))
    lines.append("topics:")
    for topic in topics:
        lines.append(f"  # what stance words are about, in {topic['_count']} articles")
        lines.extend(_entry(topic))
    text = "\n".join(lines) + "\n"
    return text


def _entry(entry: dict) -> list[str]:
    lines = []
    first = True
    for key, value in entry.items():
        if key.startswith("_") or value in ([], None):
            continue
        prefix = "  - " if first else "    "
        first = False
        if isinstance(value, list):
            value = "[" + ", ".join(_quoted(v) for v in value) + "]"
        else:
            value = _quoted(value)
        lines.append(f"{prefix}{key}: {value}")
    return lines


def _quoted(value: str) -> str:
    """A YAML scalar that reads back as the same string (quoted when it must be)."""
    dumped = yaml.safe_dump(value, default_style=None, width=1000).strip()
    if dumped.endswith("\n...") or dumped.endswith("..."):
        dumped = dumped.rsplit("\n", 1)[0]
    if yaml.safe_load(dumped) != value or any(c in value for c in ",[]{}#:"):
        dumped = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return dumped
