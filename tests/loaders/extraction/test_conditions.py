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


def test_what_a_party_is_to_do_only_after_which_another_acts_is_no_stance_of_its_own(resources):
    """"Kell will meet Venn only after Arland accepts the truce": Kell asks for the truce;
    Arland has accepted nothing."""
    claims = read(resources, [("Kell will meet Venn only after Arland accepts the truce.", """
        Kell     Kell     PROPN NNP nsubj  2
        will     will     AUX   MD  aux    2
        meet     meet     VERB  VB  ROOT   2
        Venn     Venn     PROPN NNP dobj   2
        only     only     ADV   RB  advmod 7
        after    after    SCONJ IN  mark   7
        Arland   Arland   PROPN NNP nsubj  7
        accepts  accept   VERB  VBZ advcl  2
        the      the      DET   DT  det    9
        truce    truce    NOUN  NN  dobj   7
        .        .        PUNCT .   punct  2
    """)])
    assert claims == {("tomas_kell", "demand", "ceasefire")}
