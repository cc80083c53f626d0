"""Bare responses: agreeing or refusing with no object answers what was just put forward."""

import pytest
from conftest import read

PROPOSED_A_TRUCE = ("Cordia proposed a truce.", """
    Cordia    Cordia   PROPN NNP nsubj 1
    proposed  propose  VERB  VBD ROOT  1
    a         a        DET   DT  det   3
    truce     truce    NOUN  NN  dobj  1
    .         .        PUNCT .   punct 1
""")

PROPOSED_TWO = ("Cordia proposed a truce and a prisoner swap.", """
    Cordia    Cordia    PROPN NNP nsubj    1
    proposed  propose   VERB  VBD ROOT     1
    a         a         DET   DT  det      3
    truce     truce     NOUN  NN  dobj     1
    and       and       CCONJ CC  cc       3
    a         a         DET   DT  det      7
    prisoner  prisoner  NOUN  NN  compound 7
    swap      swap      NOUN  NN  conj     3
    .         .         PUNCT .   punct    1
""")

AGREED = ("Arland agreed.", """
    Arland  Arland  PROPN NNP nsubj 1
    agreed  agree   VERB  VBD ROOT  1
    .       .       PUNCT .   punct 1
""")


@pytest.mark.parametrize(("response", "expected"), [
    (AGREED, {("arland", "support", "ceasefire")}),
    (("Arland refused.", """
        Arland   Arland  PROPN NNP nsubj 1
        refused  refuse  VERB  VBD ROOT  1
        .        .       PUNCT .   punct 1
    """), {("arland", "reject", "ceasefire")}),
    (("Arland did not agree.", """
        Arland  Arland  PROPN NNP nsubj 3
        did     do      AUX   VBD aux   3
        not     not     PART  RB  neg   3
        agree   agree   VERB  VB  ROOT  3
        .       .       PUNCT .   punct 3
    """), {("arland", "reject", "ceasefire")}),
    (("Arland agreed at once.", """
        Arland  Arland  PROPN NNP nsubj 1
        agreed  agree   VERB  VBD ROOT  1
        at      at      ADP   IN  prep  1
        once    once    ADV   RB  pcomp 2
        .       .       PUNCT .   punct 1
    """), {("arland", "support", "ceasefire")}),
    (("Arland agreed to talk.", """
        Arland  Arland  PROPN NNP nsubj 1
        agreed  agree   VERB  VBD ROOT  1
        to      to      PART  TO  aux   3
        talk    talk    VERB  VB  xcomp 1
        .       .       PUNCT .   punct 1
    """), set()),
    (("Arland balked at the terms.", """
        Arland  Arland  PROPN NNP nsubj 1
        balked  balk    VERB  VBD ROOT  1
        at      at      ADP   IN  prep  1
        the     the     DET   DT  det   4
        terms   term    NOUN  NNS pobj  2
        .       .       PUNCT .   punct 1
    """), set()),
], ids=["agreed", "refused", "did-not-agree", "agreed-at-once", "agreed-to-something-else", "balked-at-its-own-object"])
def test_a_bare_response_answers_the_topic_just_put_forward(resources, response, expected):
    assert read(resources, [PROPOSED_A_TRUCE, response], passes=["responses"]) == expected


def test_a_response_after_two_topics_answers_neither(resources):
    """"Cordia proposed a truce and a prisoner swap. Arland agreed.": to which, or both, the
    reader cannot tell."""
    assert read(resources, [PROPOSED_TWO, AGREED], passes=["responses"]) == set()


def test_a_response_in_the_same_sentence_answers_the_topic_before_it(resources):
    claims = read(resources, [("Cordia proposed a truce and Arland agreed.", """
        Cordia    Cordia   PROPN NNP nsubj 1
        proposed  propose  VERB  VBD ROOT  1
        a         a        DET   DT  det   3
        truce     truce    NOUN  NN  dobj  1
        and       and      CCONJ CC  cc    1
        Arland    Arland   PROPN NNP nsubj 6
        agreed    agree    VERB  VBD conj  1
        .         .        PUNCT .   punct 1
    """)], passes=["responses"])
    assert claims == {("arland", "support", "ceasefire")}
