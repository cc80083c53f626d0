"""Conditioning: what a party makes its position depend on, it demands."""

from conftest import read


def test_making_something_conditional_on_a_topic_demands_the_topic(resources):
    claims = read(resources, [("Arland made the truce conditional on a prisoner swap.", """
        Arland       Arland       PROPN NNP  nsubj     1
        made         make         VERB  VBD  ROOT      1
        the          the          DET   DT   det       3
        truce        truce        NOUN  NN   nsubj     4
        conditional  conditional  ADJ   JJ   ccomp     1
        on           on           ADP   IN   prep      4
        a            a            DET   DT   det       8
        prisoner     prisoner     NOUN  NN   compound  8
        swap         swap         NOUN  NN   pobj      5
        .            .            PUNCT .    punct     1
    """)], passes=["conditioning"])
    assert claims == {("arland", "demand", "prisoner_exchange")}


def test_linking_a_refusal_to_a_topic_demands_it_and_the_refusal_stands(resources):
    claims = read(resources, [("Borsk refused the truce, linking it to a prisoner swap.", """
        Borsk     Borsk     PROPN NNP  nsubj     1
        refused   refuse    VERB  VBD  ROOT      1
        the       the       DET   DT   det       3
        truce     truce     NOUN  NN   dobj      1
        ,         ,         PUNCT ,    punct     1
        linking   link      VERB  VBG  advcl     1
        it        it        PRON  PRP  dobj      5
        to        to        ADP   IN   prep      5
        a         a         DET   DT   det       10
        prisoner  prisoner  NOUN  NN   compound  10
        swap      swap      NOUN  NN   pobj      7
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues", "conditioning"])
    assert claims == {("borsk", "reject", "ceasefire"), ("borsk", "demand", "prisoner_exchange")}


def test_a_link_no_one_makes_demands_nothing(resources):
    claims = read(resources, [("The truce is linked to a prisoner swap.", """
        The       the       DET   DT   det       1
        truce     truce     NOUN  NN   nsubjpass 3
        is        be        AUX   VBZ  auxpass   3
        linked    link      VERB  VBN  ROOT      3
        to        to        ADP   IN   prep      3
        a         a         DET   DT   det       7
        prisoner  prisoner  NOUN  NN   compound  7
        swap      swap      NOUN  NN   pobj      4
        .         .         PUNCT .    punct     3
    """)], passes=["conditioning"])
    assert claims == set()
