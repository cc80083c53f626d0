"""Stated intentions: a party saying it will (not) do what a topic names."""

import pytest
from conftest import read


def test_will_not_lift_sanctions_is_against_sanctions_relief(resources):
    claims = read(resources, [("Arland will not lift sanctions.", """
        Arland     Arland    PROPN NNP nsubj 3
        will       will      AUX   MD  aux   3
        not        not       PART  RB  neg   3
        lift       lift      VERB  VB  ROOT  3
        sanctions  sanction  NOUN  NNS dobj  3
        .          .         PUNCT .   punct 3
    """)], passes=["intentions"])
    assert claims == {("arland", "reject", "sanctions_relief")}


def test_an_intention_on_a_condition_is_no_position(resources):
    claims = read(resources, [("If Borsk agrees, Arland will lift sanctions.", """
        If         if        SCONJ IN  mark  2
        Borsk      Borsk     PROPN NNP nsubj 2
        agrees     agree     VERB  VBZ advcl 6
        ,          ,         PUNCT ,   punct 6
        Arland     Arland    PROPN NNP nsubj 6
        will       will      AUX   MD  aux   6
        lift       lift      VERB  VB  ROOT  6
        sanctions  sanction  NOUN  NNS dobj  6
        .          .         PUNCT .   punct 6
    """)], passes=["intentions"])
    assert claims == set()


def test_set_to_frames_an_intention_held_by_its_passive_subject(resources):
    claims = read(resources, [("Arland is set to lift sanctions.", """
        Arland     Arland    PROPN NNP nsubjpass 2
        is         be        AUX   VBZ auxpass   2
        set        set       VERB  VBN ROOT      2
        to         to        PART  TO  aux       4
        lift       lift      VERB  VB  xcomp     2
        sanctions  sanction  NOUN  NNS dobj      4
        .          .         PUNCT .   punct     2
    """)], passes=["intentions"])
    assert claims == {("arland", "support", "sanctions_relief")}


def test_a_verb_under_another_verb_is_no_intention(resources):
    claims = read(resources, [("Arland is trying to lift sanctions.", """
        Arland     Arland    PROPN NNP nsubj 2
        is         be        AUX   VBZ aux   2
        trying     try       VERB  VBG ROOT  2
        to         to        PART  TO  aux   4
        lift       lift      VERB  VB  xcomp 2
        sanctions  sanction  NOUN  NNS dobj  4
        .          .         PUNCT .   punct 2
    """)], passes=["intentions"])
    assert claims == set()


def test_an_intention_to_start_doing_a_topic_is_support(resources):
    claims = read(resources, [("Arland will start to lift sanctions next month.", """
        Arland     Arland    PROPN NNP  nsubj     2
        will       will      AUX   MD   aux       2
        start      start     VERB  VB   ROOT      2
        to         to        PART  TO   aux       4
        lift       lift      VERB  VB   xcomp     2
        sanctions  sanction  NOUN  NNS  dobj      4
        next       next      ADP   IN   nmod      7
        month      month     NOUN  NN   npadvmod  4
        .          .         PUNCT .    punct     2
    """)], passes=["intentions"])
    assert claims == {("arland", "support", "sanctions_relief")}


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("Venn said the prisoner exchange would not go ahead.", """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        the       the       DET   DT   det       4
        prisoner  prisoner  NOUN  NN   compound  4
        exchange  exchange  NOUN  NN   nsubj     7
        would     would     AUX   MD   aux       7
        not       not       PART  RB   neg       7
        go        go        VERB  VB   ccomp     1
        ahead     ahead     ADV   RB   advmod    7
        .         .         PUNCT .    punct     1
    """, {("mara_venn", "reject", "prisoner_exchange")}),
    ("Venn said arms deliveries would continue.", """
        Venn        Venn      PROPN NNP  nsubj     1
        said        say       VERB  VBD  ROOT      1
        arms        arm       NOUN  NNS  compound  3
        deliveries  delivery  NOUN  NNS  nsubj     5
        would       would     AUX   MD   aux       5
        continue    continue  VERB  VB   ccomp     1
        .           .         PUNCT .    punct     1
    """, {("mara_venn", "reject", "halt_to_arms")}),
    ("Venn said the prisoner swap could go ahead.", """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        the       the       DET   DT   det       4
        prisoner  prisoner  NOUN  NN   compound  4
        swap      swap      NOUN  NN   nsubj     6
        could     could     AUX   MD   aux       6
        go        go        VERB  VB   ccomp     1
        ahead     ahead     ADV   RB   advmod    6
        .         .         PUNCT .    punct     1
    """, {("mara_venn", "support", "prisoner_exchange")}),
], ids=["will not go ahead", "deliveries will continue", "could go ahead"])
def test_a_party_saying_a_topic_will_happen_backs_it(resources, text, table, expected):
    """"the exchange would not go ahead, Venn said" refuses the exchange; deliveries a halt
    would stop that "will continue" go against the halt; a party saying a swap "could go
    ahead" is open to it."""
    assert read(resources, [(text, table)], passes=["intentions"]) == expected
