"""Unit tests of the rule engine's passes on parses built by hand.

A test here states the parse it reads (words, lemmas, parts of speech, tags, dependencies),
as spaCy's own tests do, so it says what a pass does with a given structure, not what
today's statistical parser happens to output. No model is loaded: the pack's matchers are
compiled on a blank English pipeline, and phrases are written as the test sentences word
them. The pack is a small one of our own, two invented states and their people.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
import spacy
from spacy.tokens import Doc, Span

from stancegraph.loaders.extraction.attribution import attribute_quotes
from stancegraph.loaders.extraction.passes import Reading, default_passes
from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import Sentence
from stancegraph.loaders.extraction.survey import survey
from stancegraph.loaders.lexicon import load_lexicon
from stancegraph.loaders.nlp import sentence_splitter
from stancegraph.schema import Actor, Document, DomainPack, InfrastructureCategory, Topic

PACK = DomainPack(
    id="test_pack",
    label="Arland and Borsk",
    actors=(
        Actor(id="arland", name="Arland", kind="state"),
        Actor(id="borsk", name="Borsk", kind="state"),
        Actor(id="mara_venn", name="Mara Venn", kind="person", party="arland", pronoun="she",
              aliases=("Venn",), roles=("Arland's foreign minister",)),
        Actor(id="tomas_kell", name="Tomas Kell", kind="person", party="borsk", pronoun="he",
              aliases=("Kell",)),
        Actor(id="cordia", name="Cordia", kind="state"),
        Actor(id="mediators", name="the mediators", kind="coalition", members=("borsk", "cordia"),
              aliases=("mediators",)),
        Actor(id="southern_pact", name="the Southern Pact", kind="coalition", members=("arland", "cordia"),
              aliases=("Pact",)),
        Actor(id="relief_agency", name="Relief Agency", kind="organization", aliases=("agency",)),
    ),
    commentators=(
        Actor(id="ian_holt", name="Ian Holt", kind="commentator", aliases=("Holt",),
              roles=("analyst",)),
    ),
    topics=(
        Topic(id="ceasefire", label="ceasefire", phrases=("ceasefire", "truce")),
        Topic(id="prisoner_exchange", label="prisoner exchange",
              phrases=("prisoner exchange", "prisoner swap")),
        Topic(id="sanctions_relief", label="sanctions relief",
              phrases=("lift sanctions", "sanctions relief")),
        Topic(id="halt_to_arms", label="halt to arms deliveries", is_cessation=True,
              phrases=("arms embargo",), opposite_phrases=("arms deliveries",)),
        Topic(id="treaty_restored", label="the water treaty restored",
              phrases=("restore the treaty",), opposite_phrases=("treaty suspension",)),
        Topic(id="troop_withdrawal", label="withdrawal of troops", is_cessation=True,
              phrases=({"phrase": "withdrawal", "near": ["troop", "soldier"]},)),
        Topic(id="treaty_exit", label="leaving the treaty",
              phrases=({"phrase": "withdrawal", "near": ["treaty"]},)),
        Topic(id="agency_role", label="the agency's role", phrases=("{relief_agency} role",)),
        Topic(id="army_cap", label="a cap on the army", phrases=("limit on troop", "army size")),
        Topic(id="military_response", label="a military response", phrases=("full force",)),
        Topic(id="militia_disarmed", label="disarming the Kestrel militia", is_cessation=True,
              phrases=("Kestrel",)),
        Topic(id="energy_truce", label="a halt to strikes on energy targets", is_cessation=True,
              is_infrastructure_scoped=True, phrases=("energy truce",)),
    ),
    lexicon={"stoppings": ["lift"]},
    infrastructure=(
        InfrastructureCategory(id="energy", label="energy", phrases=("power plant",)),
    ),
)


MET = ("Arland and Borsk met in Cordia.", """
    Arland  Arland  PROPN NNP  nsubj     3
    and     and     CCONJ CC   cc        0
    Borsk   Borsk   PROPN NNP  conj      0
    met     meet    VERB  VBD  ROOT      3
    in      in      ADP   IN   prep      3
    Cordia  Cordia  PROPN NNP  pobj      4
    .       .       PUNCT .    punct     3
""")
"""Two parties named together: the pair that "the parties", "both sides", "the two ministers" mean."""


@pytest.fixture(scope="session")
def resources() -> PackResources:
    return changed_pack()


def changed_pack(**changes) -> PackResources:
    """The test pack's resources, with some of its fields changed (``actors``, ``topics``,
    ``lexicon`` ...)."""
    return PackResources(PACK.model_copy(update=changes), spacy.blank("en"), load_lexicon())


def parse(resources: PackResources, text: str, table: str) -> Doc:
    """A parsed sentence from a table: one token a line, ``word lemma POS TAG dep head``,
    ``head`` the index of the head token (its own for the root). The words must spell
    ``text``; the spaces between them are read from it."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces, at = [], 0
    for word in words:
        at = text.index(word, at) + len(word)
        spaces.append(text[at:at + 1] == " ")
    doc = Doc(resources.nlp.vocab, words=words, spaces=spaces,
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], tags=[r[3] for r in rows],
              deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows])
    assert doc.text == text, "the table's words do not spell the text"
    for token in doc:
        token.norm_ = token.lemma_.lower()  # what stancegraph_lemma_norm does after parsing
    return doc


def read(resources: PackResources, sentences: Iterable[tuple[str, str]],
         passes: Iterable[str] | None = None,
         entities: dict[int, list[tuple[int, int, str]]] | None = None) -> set[tuple]:
    """Claim tuples read from hand-parsed sentences, joined by spaces into one document, by
    the named passes (default: all, in registry order). ``entities`` gives the named
    entities of a sentence (by index) as (start, end, label) token spans."""
    pairs = list(sentences)
    text = " ".join(t for t, _ in pairs)
    document = Document.from_text(text, "test.txt")
    factories = default_passes()
    chosen = [factories[name](resources) for name in (passes or factories)]
    context, _ = survey(document, resources, sentence_splitter(), chosen, prefilter=False)
    parsed, base = [], 0
    for index, (sentence_text, table) in enumerate(pairs):
        sdoc = parse(resources, sentence_text, table)
        sdoc.ents = [Span(sdoc, start, end, label=label) for start, end, label in (entities or {}).get(index, ())]
        parsed.append(Sentence(resources, context, sdoc, base, index))
        base += len(sentence_text) + 1
    assert [(s.base, s.base + len(s.sdoc.text)) for s in parsed] == context.sentences
    attribute_quotes(parsed)
    found: set[tuple] = set()
    reading = Reading()
    for sentence in parsed:
        reading = reading.next_sentence()
        for each in chosen:
            result = each.read(sentence, reading)
            found |= {as_tuple(c) for c in result.claims}
            reading = reading.after(result)
    return found


def as_tuple(claim) -> tuple:
    if claim.stance == "accuse":
        return (claim.actor, "accuse", claim.target_actor, claim.topic)
    return (claim.actor, claim.stance, claim.topic)
