"""Predicates: what a party says something is, where that is a topic, is its stance on it."""

from conftest import read

NEXT_STEP = """
    Venn   Venn   PROPN NNP nsubj 1
    said   say    VERB  VBD ROOT  1
    the    the    DET   DT  det   4
    next   next   ADJ   JJ  amod  4
    step   step   NOUN  NN  nsubj 5
    was    be     AUX   VBD ccomp 1
"""


def test_what_a_party_says_the_next_step_is_it_backs(resources):
    claims = read(resources, [("Venn said the next step was a prisoner swap.", NEXT_STEP + """        a         a         DET   DT  det      8
        prisoner  prisoner  NOUN  NN  compound 8
        swap      swap      NOUN  NN  attr     5
        .         .         PUNCT .   punct    1
    """)], passes=["predicates"])
    assert claims == {("mara_venn", "support", "prisoner_exchange")}


def test_a_topic_s_contrary_said_to_be_the_way_is_against_it(resources):
    claims = read(resources, [("Venn said the next step was arms deliveries.", NEXT_STEP + """        arms        arms        NOUN  NNS compound 7
        deliveries  delivery    NOUN  NNS attr     5
        .           .           PUNCT .   punct    1
    """)], passes=["predicates"])
    assert claims == {("mara_venn", "reject", "halt_to_arms")}


def test_the_journalist_s_own_predicate_holds_no_position(resources):
    claims = read(resources, [("The next step is a prisoner swap.", """
        The       the       DET   DT  det      2
        next      next      ADJ   JJ  amod     2
        step      step      NOUN  NN  nsubj    3
        is        be        AUX   VBZ ROOT     3
        a         a         DET   DT  det      6
        prisoner  prisoner  NOUN  NN  compound 6
        swap      swap      NOUN  NN  attr     3
        .         .         PUNCT .   punct    3
    """)], passes=["predicates"])
    assert claims == set()


def test_a_topic_said_of_another_topic_is_left_to_evaluations(resources):
    # "the swap was a truce in all but name" judges the swap; it asks for no truce
    claims = read(resources, [("Venn said the prisoner swap was a truce.", """
        Venn      Venn      PROPN NNP nsubj    1
        said      say       VERB  VBD ROOT     1
        the       the       DET   DT  det      4
        prisoner  prisoner  NOUN  NN  compound 4
        swap      swap      NOUN  NN  nsubj    5
        was       be        AUX   VBD ccomp    1
        a         a         DET   DT  det      7
        truce     truce     NOUN  NN  attr     5
        .         .         PUNCT .   punct    1
    """)], passes=["predicates"])
    assert claims == set()


def test_what_there_is_is_left_to_existentials(resources):
    claims = read(resources, [("Venn said there was a truce.", """
        Venn   Venn   PROPN NNP nsubj 1
        said   say    VERB  VBD ROOT  1
        there  there  PRON  EX  expl  3
        was    be     AUX   VBD ccomp 1
        a      a      DET   DT  det   5
        truce  truce  NOUN  NN  attr  3
        .      .      PUNCT .   punct 1
    """)], passes=["predicates"])
    assert claims == set()


def test_what_something_is_only_is_no_stance_on_it(resources):
    """"Venn said the next step was only a prisoner swap": it belittles what else was
    hoped for more than it backs the swap."""
    claims = read(resources, [("Venn said the next step was only a prisoner swap.", NEXT_STEP + """        only      only      ADV   RB  advmod   9
        a         a         DET   DT  det      9
        prisoner  prisoner  NOUN  NN  compound 9
        swap      swap      NOUN  NN  attr     5
        .         .         PUNCT .   punct    1
    """)], passes=["predicates"])
    assert claims == set()
