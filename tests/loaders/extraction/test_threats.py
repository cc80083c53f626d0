"""Threats: what a party warns it will answer with is its position."""

from conftest import read


def test_a_warned_passive_answer_is_the_warners(resources):
    claims = read(resources, [("Arland warned that any attack would be met with full force.", """
        Arland    Arland    PROPN NNP nsubj     1
        warned    warn      VERB  VBD ROOT      1
        that      that      SCONJ IN  mark      7
        any       any       DET   DT  det       4
        attack    attack    NOUN  NN  nsubjpass 7
        would     would     AUX   MD  aux       7
        be        be        AUX   VB  auxpass   7
        met       meet      VERB  VBN ccomp     1
        with      with      ADP   IN  prep      7
        full      full      ADJ   JJ  amod      10
        force     force     NOUN  NN  pobj      8
        .         .         PUNCT .   punct     1
    """)], passes=["threats"])
    assert claims == {("arland", "support", "military_response")}


def test_an_active_answer_is_its_subjects(resources):
    claims = read(resources, [("Borsk will respond with full force.", """
        Borsk     Borsk     PROPN NNP nsubj 2
        will      will      AUX   MD  aux   2
        respond   respond   VERB  VB  ROOT  2
        with      with      ADP   IN  prep  2
        full      full      ADJ   JJ  amod  5
        force     force     NOUN  NN  pobj  3
        .         .         PUNCT .   punct 2
    """)], passes=["threats"])
    assert claims == {("borsk", "support", "military_response")}


def test_the_journalists_forecast_threatens_nothing(resources):
    claims = read(resources, [("Any attack would be met with full force.", """
        Any       any       DET   DT  det       1
        attack    attack    NOUN  NN  nsubjpass 4
        would     would     AUX   MD  aux       4
        be        be        AUX   VB  auxpass   4
        met       meet      VERB  VBN ROOT      4
        with      with      ADP   IN  prep      4
        full      full      ADJ   JJ  amod      7
        force     force     NOUN  NN  pobj      5
        .         .         PUNCT .   punct     4
    """)], passes=["threats"])
    assert claims == set()


def test_an_answer_that_was_given_is_no_threat(resources):
    claims = read(resources, [("Borsk responded with full force.", """
        Borsk      Borsk     PROPN NNP nsubj 1
        responded  respond   VERB  VBD ROOT  1
        with       with      ADP   IN  prep  1
        full       full      ADJ   JJ  amod  4
        force      force     NOUN  NN  pobj  2
        .          .         PUNCT .   punct 1
    """)], passes=["threats"])
    assert claims == set()
