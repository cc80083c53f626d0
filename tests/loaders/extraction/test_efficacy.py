"""Efficacy: a party saying a topic will not work rejects it."""

from conftest import read

WOULD_NOT_WORK = """
    Venn   Venn   PROPN NNP nsubj 1
    said   say    VERB  VBD ROOT  1
    the    the    DET   DT  det   3
    truce  truce  NOUN  NN  nsubj 6
    would  would  AUX   MD  aux   6
    not    not    PART  RB  neg   6
    work   work   VERB  VB  ccomp 1
"""


def test_a_party_saying_a_topic_will_not_work_rejects_it(resources):
    claims = read(resources, [("Venn said the truce would not work.", WOULD_NOT_WORK + """        .      .      PUNCT .   punct 1
    """)], passes=["efficacy"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_a_topic_that_will_not_work_without_something_is_not_judged_futile(resources):
    claims = read(resources, [("Venn said the truce would not work without a prisoner swap.", WOULD_NOT_WORK + """        without   without   ADP   IN  prep     6
        a         a         DET   DT  det      10
        prisoner  prisoner  NOUN  NN  compound 10
        swap      swap      NOUN  NN  pobj     7
        .         .         PUNCT .   punct    1
    """)], passes=["efficacy"])
    assert claims == set()


def test_the_authors_own_verdict_is_no_ones_stance(resources):
    claims = read(resources, [("The truce will not work.", """
        The    the    DET   DT  det   1
        truce  truce  NOUN  NN  nsubj 4
        will   will   AUX   MD  aux   4
        not    not    PART  RB  neg   4
        work   work   VERB  VB  ROOT  4
        .      .      PUNCT .   punct 4
    """)], passes=["efficacy"])
    assert claims == set()
