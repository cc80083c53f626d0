"""Alternatives: "there is no alternative to X" said by a party supports X."""

from conftest import read


def test_no_alternative_to_a_truce_said_by_a_party_supports_it(resources):
    claims = read(resources, [("Venn said there was no alternative to a truce.", """
        Venn         Venn         PROPN NNP nsubj  1
        said         say          VERB  VBD ROOT   1
        there        there        PRON  EX  expl   3
        was          be           AUX   VBD ccomp  1
        no           no           DET   DT  det    5
        alternative  alternative  NOUN  NN  attr   3
        to           to           ADP   IN  prep   5
        a            a            DET   DT  det    8
        truce        truce        NOUN  NN  pobj   6
        .            .            PUNCT .   punct  1
    """)], passes=["alternatives"])
    assert claims == {("mara_venn", "support", "ceasefire")}


def test_a_party_that_sees_no_alternative_supports_it(resources):
    claims = read(resources, [("Borsk sees no alternative to a prisoner swap.", """
        Borsk        Borsk        PROPN NNP nsubj    1
        sees         see          VERB  VBZ ROOT     1
        no           no           DET   DT  det      3
        alternative  alternative  NOUN  NN  dobj     1
        to           to           ADP   IN  prep     3
        a            a            DET   DT  det      7
        prisoner     prisoner     NOUN  NN  compound 7
        swap         swap         NOUN  NN  pobj     4
        .            .            PUNCT .   punct    1
    """)], passes=["alternatives"])
    assert claims == {("borsk", "support", "prisoner_exchange")}


def test_the_journalists_own_no_alternative_is_no_ones(resources):
    claims = read(resources, [("There was no alternative to a truce.", """
        There        there        PRON  EX  expl   1
        was          be           AUX   VBD ROOT   1
        no           no           DET   DT  det    3
        alternative  alternative  NOUN  NN  attr   1
        to           to           ADP   IN  prep   3
        a            a            DET   DT  det    6
        truce        truce        NOUN  NN  pobj   4
        .            .            PUNCT .   punct  1
    """)], passes=["alternatives"])
    assert claims == set()
