"""Existentials: a party saying "there will be no X" rejects X; "no X without Y" demands Y."""

import pytest
from conftest import read


def test_a_party_saying_there_will_be_no_truce_rejects_it(resources):
    claims = read(resources, [('"There will be no truce," Venn said.', """
        "      "      PUNCT ``   punct     9
        There  there  PRON  EX   expl      3
        will   will   AUX   MD   aux       3
        be     be     AUX   VB   ccomp     9
        no     no     DET   DT   det       5
        truce  truce  NOUN  NN   attr      3
        ,      ,      PUNCT ,    punct     9
        "      "      PUNCT ''   punct     9
        Venn   Venn   PROPN NNP  nsubj     9
        said   say    VERB  VBD  ROOT      9
        .      .      PUNCT .    punct     9
    """)], passes=["existentials"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_no_truce_without_a_swap_demands_the_swap_and_refuses_nothing(resources):
    claims = read(resources, [("Venn said there would be no truce without a prisoner swap.", """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        there     there     PRON  EX   expl      4
        would     would     AUX   MD   aux       4
        be        be        AUX   VB   ccomp     1
        no        no        DET   DT   det       6
        truce     truce     NOUN  NN   attr      4
        without   without   ADP   IN   prep      4
        a         a         DET   DT   det       10
        prisoner  prisoner  NOUN  NN   compound  10
        swap      swap      NOUN  NN   pobj      7
        .         .         PUNCT .    punct     1
    """)], passes=["existentials"])
    assert claims == {("mara_venn", "demand", "prisoner_exchange")}


def test_the_journalists_no_truce_in_sight_is_no_ones(resources):
    claims = read(resources, [("There is no truce in sight.", """
        There  there  PRON  EX   expl      1
        is     be     VERB  VBZ  ROOT      1
        no     no     DET   DT   det       3
        truce  truce  NOUN  NN   attr      1
        in     in     ADP   IN   prep      3
        sight  sight  NOUN  NN   pobj      4
        .      .      PUNCT .    punct     1
    """)], passes=["existentials"])
    assert claims == set()


def test_a_settlement_with_no_room_for_a_topic_rejects_it(resources):
    claims = read(resources, [("Venn said the dispute would be settled, with no room for a prisoner swap.", """
        Venn      Venn      PROPN NNP nsubj     1
        said      say       VERB  VBD ROOT      1
        the       the       DET   DT  det       3
        dispute   dispute   NOUN  NN  nsubjpass 6
        would     would     AUX   MD  aux       6
        be        be        AUX   VB  auxpass   6
        settled   settle    VERB  VBN ccomp     1
        ,         ,         PUNCT ,   punct     6
        with      with      ADP   IN  prep      6
        no        no        DET   DT  det       10
        room      room      NOUN  NN  pobj      8
        for       for       ADP   IN  prep      10
        a         a         DET   DT  det       14
        prisoner  prisoner  NOUN  NN  compound  14
        swap      swap      NOUN  NN  pobj      11
        .         .         PUNCT .   punct     1
    """)], passes=["existentials"])
    assert claims == {("mara_venn", "reject", "prisoner_exchange")}


NO_TRUCE_AFTER_THE_COLON = """    :      :      PUNCT :    punct  6
    there  there  PRON  EX   expl   6
    could  could  AUX   MD   aux    6
    be     be     AUX   VB   ROOT   6
    no     no     DET   DT   det    8
    truce  truce  NOUN  NN   attr   6
    .      .      PUNCT .    punct  6
"""
"""The words ': there could be no truce.' after three words that introduce them."""

VENN_WAS_BLUNT = ("Venn was blunt: there could be no truce.", """
    Venn   Venn   PROPN NNP  nsubj  1
    was    be     AUX   VBD  ccomp  6
    blunt  blunt  ADJ   JJ   acomp  1
""" + NO_TRUCE_AFTER_THE_COLON)

VENN_SAID_NO = ("Venn said no: there could be no truce.", """
    Venn   Venn   PROPN NNP  nsubj  1
    said   say    VERB  VBD  ccomp  6
    no     no     INTJ  UH   dobj   1
""" + NO_TRUCE_AFTER_THE_COLON)


@pytest.mark.parametrize(("text", "table"), [VENN_WAS_BLUNT, VENN_SAID_NO])
def test_words_a_party_introduces_with_a_colon_are_its_own(resources, text, table):
    claims = read(resources, [(text, table)], passes=["existentials"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_a_colon_after_a_judgement_of_something_else_introduces_no_ones_words(resources):
    claims = read(resources, [("The text was clear: there could be no truce.", """
        The    the    DET   DT   det    1
        text   text   NOUN  NN   nsubj  2
        was    be     AUX   VBD  ccomp  7
        clear  clear  ADJ   JJ   acomp  2
        :      :      PUNCT :    punct  7
        there  there  PRON  EX   expl   7
        could  could  AUX   MD   aux    7
        be     be     AUX   VB   ROOT   7
        no     no     DET   DT   det    9
        truce  truce  NOUN  NN   attr   7
        .      .      PUNCT .    punct  7
    """)], passes=["existentials"])
    assert claims == set()


def test_no_room_for_a_group_whose_end_is_the_topic_asks_for_its_end(resources):
    """"Kestrel has no place in the army": the militia named, its disarming wanted."""
    claims = read(resources, [("Venn said Kestrel had no place in the army.", """
        Venn     Venn     PROPN NNP nsubj 1
        said     say      VERB  VBD ROOT  1
        Kestrel  Kestrel  PROPN NNP nsubj 3
        had      have     VERB  VBD ccomp 1
        no       no       DET   DT  det   5
        place    place    NOUN  NN  dobj  3
        in       in       ADP   IN  prep  5
        the      the      DET   DT  det   8
        army     army     NOUN  NN  pobj  6
        .        .        PUNCT .   punct 1
    """)], passes=["existentials"])
    assert claims == {("mara_venn", "support", "militia_disarmed")}


def test_a_topic_that_would_have_no_place_is_rejected(resources):
    claims = read(resources, [("Venn said the truce would have no place.", """
        Venn   Venn   PROPN NNP nsubj 1
        said   say    VERB  VBD ROOT  1
        the    the    DET   DT  det   3
        truce  truce  NOUN  NN  nsubj 5
        would  would  AUX   MD  aux   5
        have   have   VERB  VB  ccomp 1
        no     no     DET   DT  det   7
        place  place  NOUN  NN  dobj  5
        .      .      PUNCT .   punct 1
    """)], passes=["existentials"])
    assert claims == {("mara_venn", "reject", "ceasefire")}
