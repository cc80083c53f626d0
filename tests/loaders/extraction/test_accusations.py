"""Accusations: the accuser, the accused, and what was breached."""

import pytest
from conftest import read


def test_accusing_a_party_of_violating_a_truce_names_the_truce(resources):
    claims = read(resources, [("Arland accused Borsk of violating the truce.", """
        Arland     Arland   PROPN NNP nsubj 1
        accused    accuse   VERB  VBD ROOT  1
        Borsk      Borsk    PROPN NNP dobj  1
        of         of       ADP   IN  prep  1
        violating  violate  VERB  VBG pcomp 3
        the        the      DET   DT  det   6
        truce      truce    NOUN  NN  dobj  4
        .          .        PUNCT .   punct 1
    """)], passes=["accusations"])
    assert claims == {("arland", "accuse", "borsk", "ceasefire")}


def test_parties_accusing_each_other_accuse_one_another(resources):
    claims = read(resources, [("Arland and Borsk accused each other of breaking the truce.", """
        Arland    Arland  PROPN NNP nsubj 3
        and       and     CCONJ CC  cc    0
        Borsk     Borsk   PROPN NNP conj  0
        accused   accuse  VERB  VBD ROOT  3
        each      each    DET   DT  det   5
        other     other   ADJ   JJ  dobj  3
        of        of      ADP   IN  prep  3
        breaking  break   VERB  VBG pcomp 6
        the       the     DET   DT  det   9
        truce     truce   NOUN  NN  dobj  7
        .         .       PUNCT .   punct 3
    """)], passes=["accusations"])
    assert claims == {("arland", "accuse", "borsk", "ceasefire"), ("borsk", "accuse", "arland", "ceasefire")}


def test_an_accusation_without_a_breach_names_no_topic(resources):
    claims = read(resources, [("Kell accused Arland of attacks on the power plant.", """
        Kell     Kell     PROPN NNP nsubj    1
        accused  accuse   VERB  VBD ROOT     1
        Arland   Arland   PROPN NNP dobj     1
        of       of       ADP   IN  prep     1
        attacks  attack   NOUN  NNS pobj     3
        on       on       ADP   IN  prep     4
        the      the      DET   DT  det      8
        power    power    NOUN  NN  compound 8
        plant    plant    NOUN  NN  pobj     5
        .        .        PUNCT .   punct    1
    """)], passes=["accusations"])
    assert claims == {("tomas_kell", "accuse", "arland", None)}


def test_a_coalition_accusing_each_other_is_its_members_accusing_one_another(resources):
    claims = read(resources, [("The mediators accused each other of shelling.", """
        The        the       DET   DT   det       1
        mediators  mediator  NOUN  NNS  nsubj     2
        accused    accuse    VERB  VBD  ROOT      2
        each       each      DET   DT   det       4
        other      other     ADJ   JJ   dobj      2
        of         of        ADP   IN   prep      2
        shelling   shell     VERB  VBG  pobj      5
        .          .         PUNCT .    punct     2
    """)], passes=["accusations"])
    assert claims == {("borsk", "accuse", "cordia", None), ("cordia", "accuse", "borsk", None)}


def test_a_stance_in_the_charge_is_neither_the_accusers_nor_stated_by_the_accused(resources):
    # the accuser's report of the accused's stance: the other side's word, no position
    claims = read(resources, [("Arland accused Borsk of refusing a truce.", """
        Arland    Arland  PROPN NNP  nsubj     1
        accused   accuse  VERB  VBD  ROOT      1
        Borsk     Borsk   PROPN NNP  dobj      1
        of        of      ADP   IN   prep      1
        refusing  refuse  VERB  VBG  pcomp     3
        a         a       DET   DT   det       6
        truce     truce   NOUN  NN   dobj      4
        .         .       PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == set()


def test_blaming_an_attack_on_a_party_accuses_it(resources):
    claims = read(resources, [("Arland blamed the attack on Borsk.", """
        Arland  Arland  PROPN NNP  nsubj     1
        blamed  blame   VERB  VBD  ROOT      1
        the     the     DET   DT   det       3
        attack  attack  NOUN  NN   dobj      1
        on      on      ADP   IN   prep      3
        Borsk   Borsk   PROPN NNP  pobj      4
        .       .       PUNCT .    punct     1
    """)], passes=["accusations"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_a_charge_of_no_hostile_act_is_no_accusation(resources):
    claims = read(resources, [("Arland accused Borsk of ingratitude.", """
        Arland       Arland       PROPN NNP  nsubj 1
        accused      accuse       VERB  VBD  ROOT  1
        Borsk        Borsk        PROPN NNP  dobj  1
        of           of           ADP   IN   prep  1
        ingratitude  ingratitude  NOUN  NN   pobj  3
        .            .            PUNCT .    punct 1
    """)], passes=["accusations"])
    assert claims == set()


def test_a_charge_of_arming_the_other_side_is_an_accusation(resources):
    claims = read(resources, [("Arland accused Borsk of arming the rebels.", """
        Arland   Arland  PROPN NNP  nsubj 1
        accused  accuse  VERB  VBD  ROOT  1
        Borsk    Borsk   PROPN NNP  dobj  1
        of       of      ADP   IN   prep  1
        arming   arm     VERB  VBG  pcomp 3
        the      the     DET   DT   det   6
        rebels   rebel   NOUN  NNS  dobj  4
        .        .       PUNCT .    punct 1
    """)], passes=["accusations"])
    assert claims == {("arland", "accuse", "borsk", None)}


LIES_WITH = """
    Venn      Venn      PROPN NNP nsubj  1
    said      say       VERB  VBD ROOT   1
    the       the       DET   DT  det    3
    {noun}    {noun}    NOUN  NN  nsubj  7
    for       for       ADP   IN  prep   3
    the       the       DET   DT  det    6
    {what}    {what}    NOUN  NN  pobj   4
    lies      lie       VERB  VBZ ccomp  1
    with      with      ADP   IN  prep   7
    Borsk     Borsk     PROPN NNP pobj   8
    .         .         PUNCT .   punct  1
"""


@pytest.mark.parametrize(("noun", "what", "expected"), [
    ("blame", "crisis", {("mara_venn", "accuse", "borsk", None)}),
    ("responsibility", "crisis", {("mara_venn", "accuse", "borsk", None)}),
    ("responsibility", "talks", set()),  # a duty, not blame
])
def test_the_blame_lying_with_a_party_accuses_it(resources, noun, what, expected):
    text = f"Venn said the {noun} for the {what} lies with Borsk."
    claims = read(resources, [(text, LIES_WITH.format(noun=noun, what=what))], passes=["accusations"])
    assert claims == expected


def test_blaming_each_other_for_skirmishes_is_an_accusation_each_way(resources):
    claims = read(resources, [("Arland and Borsk blamed each other for the skirmishes.", """
        Arland      Arland    PROPN NNP nsubj 3
        and         and       CCONJ CC  cc    0
        Borsk       Borsk     PROPN NNP conj  0
        blamed      blame     VERB  VBD ROOT  3
        each        each      DET   DT  det   5
        other       other     ADJ   JJ  dobj  3
        for         for       ADP   IN  prep  3
        the         the       DET   DT  det   8
        skirmishes  skirmish  NOUN  NNS pobj  6
        .           .         PUNCT .   punct 3
    """)], passes=["accusations"])
    assert claims == {("arland", "accuse", "borsk", None), ("borsk", "accuse", "arland", None)}


def test_a_report_the_writer_calls_a_charge_accuses_its_subject(resources):
    claims = read(resources, [("Venn said Borsk had mined the road, a charge denied by Kell.", """
        Venn    Venn    PROPN NNP nsubj    1
        said    say     VERB  VBD ROOT     1
        Borsk   Borsk   PROPN NNP nsubj    4
        had     have    AUX   VBD aux      4
        mined   mine    VERB  VBN ccomp    1
        the     the     DET   DT  det      6
        road    road    NOUN  NN  dobj     4
        ,       ,       PUNCT ,   punct    4
        a       a       DET   DT  det      9
        charge  charge  NOUN  NN  npadvmod 4
        denied  deny    VERB  VBN acl      9
        by      by      ADP   IN  agent    10
        Kell    Kell    PROPN NNP pobj     11
        .       .       PUNCT .   punct    1
    """)], passes=["accusations"])
    assert claims == {("mara_venn", "accuse", "borsk", None)}
