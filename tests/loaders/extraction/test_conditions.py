"""Conditions: a condition a party sets on its position is something it demands."""

from conftest import read


def test_an_if_clause_on_an_acceptance_is_a_demand(resources):
    claims = read(resources, [("Arland agreed to a truce if Borsk agrees to a prisoner swap.", """
        Arland    Arland    PROPN NNP nsubj    1
        agreed    agree     VERB  VBD ROOT     1
        to        to        ADP   IN  prep     1
        a         a         DET   DT  det      4
        truce     truce     NOUN  NN  pobj     2
        if        if        SCONJ IN  mark     7
        Borsk     Borsk     PROPN NNP nsubj    7
        agrees    agree     VERB  VBZ advcl    1
        to        to        ADP   IN  prep     7
        a         a         DET   DT  det      11
        prisoner  prisoner  NOUN  NN  compound 11
        swap      swap      NOUN  NN  pobj     8
        .         .         PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire"), ("arland", "demand", "prisoner_exchange")}
