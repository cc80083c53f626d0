"""Requests: an act done at a party's request is that party's demand."""

from conftest import read


def test_an_act_at_a_party_s_request_is_its_demand(resources):
    claims = read(resources, [("Arland agreed to a prisoner swap at Borsk's request.", """
        Arland    Arland    PROPN NNP nsubj 1
        agreed    agree     VERB  VBD ROOT  1
        to        to        ADP   IN  prep  1
        a         a         DET   DT  det   5
        prisoner  prisoner  NOUN  NN  compound 5
        swap      swap      NOUN  NN  pobj  2
        at        at        ADP   IN  prep  1
        Borsk     Borsk     PROPN NNP poss  9
        's        's        PART  POS case  7
        request   request   NOUN  NN  pobj  6
        .         .         PUNCT .   punct 1
    """)], passes=["requests"])
    assert claims == {("borsk", "demand", "prisoner_exchange")}


def test_the_request_of_a_party_named_after_it(resources):
    claims = read(resources, [("Arland lifted sanctions at the request of Cordia.", """
        Arland     Arland    PROPN NNP nsubj 1
        lifted     lift      VERB  VBD ROOT  1
        sanctions  sanction  NOUN  NNS dobj  1
        at         at        ADP   IN  prep  1
        the        the       DET   DT  det   5
        request    request   NOUN  NN  pobj  3
        of         of        ADP   IN  prep  5
        Cordia     Cordia    PROPN NNP pobj  6
        .          .         PUNCT .   punct 1
    """)], passes=["requests"])
    assert claims == {("cordia", "demand", "sanctions_relief")}


def test_stopping_at_a_party_s_request_is_its_demand_against(resources):
    claims = read(resources, [("Arland halted arms deliveries at Borsk's urging.", """
        Arland      Arland     PROPN NNP nsubj    1
        halted      halt       VERB  VBD ROOT     1
        arms        arm        NOUN  NNS compound 3
        deliveries  delivery   NOUN  NNS dobj     1
        at          at         ADP   IN  prep     1
        Borsk       Borsk      PROPN NNP poss     7
        's          's         PART  POS case     5
        urging      urging     NOUN  NN  pobj     4
        .           .          PUNCT .   punct    1
    """)], passes=["requests"])
    assert claims == {("borsk", "demand", "halt_to_arms")}


def test_an_act_not_done_is_no_one_s_demand(resources):
    claims = read(resources, [("Arland did not agree to a truce at Borsk's request.", """
        Arland    Arland    PROPN NNP nsubj 3
        did       do        AUX   VBD aux   3
        not       not       PART  RB  neg   3
        agree     agree     VERB  VB  ROOT  3
        to        to        ADP   IN  prep  3
        a         a         DET   DT  det   6
        truce     truce     NOUN  NN  pobj  4
        at        at        ADP   IN  prep  3
        Borsk     Borsk     PROPN NNP poss  10
        's        's        PART  POS case  8
        request   request   NOUN  NN  pobj  7
        .         .         PUNCT .   punct 3
    """)], passes=["requests"])
    assert claims == set()


def test_a_topic_in_a_clause_of_its_own_is_not_the_act_s(resources):
    claims = read(resources, [("Arland met Borsk at Cordia's request, saying a truce was close.", """
        Arland   Arland   PROPN NNP nsubj  1
        met      meet     VERB  VBD ROOT   1
        Borsk    Borsk    PROPN NNP dobj   1
        at       at       ADP   IN  prep   1
        Cordia   Cordia   PROPN NNP poss   6
        's       's       PART  POS case   4
        request  request  NOUN  NN  pobj   3
        ,        ,        PUNCT ,   punct  1
        saying   say      VERB  VBG advcl  1
        a        a        DET   DT  det    10
        truce    truce    NOUN  NN  nsubj  11
        was      be       AUX   VBD ccomp  8
        close    close    ADJ   JJ  acomp  11
        .        .        PUNCT .   punct  1
    """)], passes=["requests"])
    assert claims == set()
