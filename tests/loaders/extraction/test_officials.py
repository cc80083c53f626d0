"""Officials the pack does not list, introduced with a title naming their party, speak for
that party wherever their surname or a pronoun picks them up later."""

import pytest
from conftest import read

from stancegraph.loaders.extraction.officials import introduced_officials
from stancegraph.loaders.nlp import sentence_splitter, tokenize

INTRODUCED = ("Arland's deputy minister Ola Brenn arrived.", """
    Arland    Arland    PROPN NNP  poss      3
    's        's        PART  POS  case      0
    deputy    deputy    NOUN  NN   compound  3
    minister  minister  NOUN  NN   compound  5
    Ola       Ola       PROPN NNP  compound  5
    Brenn     Brenn     PROPN NNP  nsubj     6
    arrived   arrive    VERB  VBD  ROOT      6
    .         .         PUNCT .    punct     6
""")

REJECTED = """
    {who}     {lemma}   {pos} {tag} nsubj  1
    rejected  reject    VERB  VBD   ROOT   1
    the       the       DET   DT    det    3
    truce     truce     NOUN  NN    dobj   1
    .         .         PUNCT .     punct  1
"""


@pytest.mark.parametrize(("who", "lemma", "pos", "tag"), [
    ("Brenn", "Brenn", "PROPN", "NNP"),
    ("She", "she", "PRON", "PRP"),
])
def test_an_introduced_official_speaks_for_the_party_of_the_title(resources, who, lemma, pos, tag):
    later = (f"{who} rejected the truce.", REJECTED.format(who=who, lemma=lemma, pos=pos, tag=tag))
    claims = read(resources, [INTRODUCED, later], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_a_name_never_introduced_speaks_for_no_one(resources):
    later = ("Brenn rejected the truce.", REJECTED.format(who="Brenn", lemma="Brenn", pos="PROPN", tag="NNP"))
    assert read(resources, [later], passes=["stance_cues"]) == set()


def officials(resources, text: str) -> set[tuple[str, str]]:
    doc = sentence_splitter()(tokenize(resources.nlp, text))
    mentions = resources.index.find(doc)
    return {(m.text, m.actor) for m in introduced_officials(doc, mentions, resources.index, resources.words)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ola Brenn, Borsk's chief negotiator, spoke. Brenn left.",
     {("Ola Brenn", "borsk#ola_brenn"), ("Brenn", "borsk#ola_brenn")}),
    ("Borsk's envoy, Ola Brenn, spoke.", {("Ola Brenn", "borsk#ola_brenn")}),
    ("Venn's adviser Ola Brenn spoke.", {("Ola Brenn", "arland#ola_brenn")}),
    # a list of names: Ola Brenn is not Borsk's president
    ("Ola Brenn, Borsk President Ivo Tarn and Venn met.", {("Ivo Tarn", "borsk#ivo_tarn")}),
], ids=["apposition", "title-and-comma", "a-persons-adviser", "list"])
def test_titles_that_introduce_an_official(resources, text, expected):
    assert officials(resources, text) == expected


@pytest.mark.parametrize("text", [
    "Ola Brenn, the foreign minister, spoke.",  # a title naming no party
    "Talks with Arland ended. Deputy Minister Ola Brenn spoke.",  # the party is in another sentence
    "Arland's deputy minister Ola spoke.",  # no full name
    "Ola Brenn, who met Arland's envoy, spoke.",  # a relative clause is no title
    "Arland's former envoy Ola Brenn spoke.",  # out of office
    "Ola Brenn, Borsk's retired envoy, spoke.",
], ids=["no-party", "other-sentence", "one-word", "relative-clause", "former", "retired"])
def test_words_that_introduce_no_official(resources, text):
    assert officials(resources, text) == set()
