"""Exceptions: what a party accepts "but not" another topic, it refuses."""

from conftest import read


BUT_NOT = """
    Arland    Arland    PROPN NNP  nsubj    1
    {verb:9} {lemma:9} VERB  VBD  ROOT     1
    a         a         DET   DT   det      4
    prisoner  prisoner  NOUN  NN   compound 4
    swap      swap      NOUN  NN   dobj     1
    but       but       CCONJ CC   cc       4
    not       not       PART  RB   neg      8
    a         a         DET   DT   det      8
    truce     truce     NOUN  NN   conj     4
    .         .         PUNCT .    punct    1
"""


def _but_not(resources, verb: str, lemma: str) -> set[tuple]:
    """What "Arland <verb> a prisoner swap but not a truce" reads."""
    text = f"Arland {verb} a prisoner swap but not a truce."
    return read(resources, [(text, BUT_NOT.format(verb=verb, lemma=lemma))], passes=["exceptions"])


def test_accepted_but_not_the_other_refuses_the_other(resources):
    assert _but_not(resources, "accepted", "accept") == {("arland", "reject", "ceasefire")}


def test_but_not_hung_by_the_parser_on_a_later_verb_is_still_the_acceptance_s(resources):
    # "agreed to X, but not to the truce Kell asked for": the parser makes "not to the truce"
    # a phrase of "asked"
    claims = read(resources, [("Venn agreed to a prisoner swap, but not to the truce Kell asked for.", """
        Venn      Venn      PROPN NNP  nsubj    1
        agreed    agree     VERB  VBD  ROOT     1
        to        to        ADP   IN   prep     1
        a         a         DET   DT   det      5
        prisoner  prisoner  NOUN  NN   compound 5
        swap      swap      NOUN  NN   pobj     2
        ,         ,         PUNCT ,    punct    1
        but       but       CCONJ CC   cc       1
        not       not       PART  RB   neg      9
        to        to        ADP   IN   prep     13
        the       the       DET   DT   det      11
        truce     truce     NOUN  NN   pobj     9
        Kell      Kell      PROPN NNP  nsubj    13
        asked     ask       VERB  VBD  conj     1
        for       for       ADP   IN   prt      13
        .         .         PUNCT .    punct    1
    """)], passes=["exceptions"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_rejected_but_not_the_other_says_nothing_of_the_other(resources):
    assert _but_not(resources, "rejected", "reject") == set()


def test_but_not_for_a_reason_excepts_no_topic(resources):
    claims = read(resources, [("Arland accepted a truce, but not because of the prisoner swap.", """
        Arland    Arland    PROPN NNP  nsubj    1
        accepted  accept    VERB  VBD  ROOT     1
        a         a         DET   DT   det      3
        truce     truce     NOUN  NN   dobj     1
        ,         ,         PUNCT ,    punct    1
        but       but       CCONJ CC   cc       1
        not       not       PART  RB   neg      7
        because   because   SCONJ IN   prep     1
        of        of        ADP   IN   pcomp    7
        the       the       DET   DT   det      11
        prisoner  prisoner  NOUN  NN   compound 11
        swap      swap      NOUN  NN   pobj     8
        .         .         PUNCT .    punct    1
    """)], passes=["exceptions"])
    assert claims == set()
