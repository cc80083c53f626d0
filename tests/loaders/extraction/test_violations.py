"""Reported attacks: a speaker saying a party struck something accuses that party."""

from conftest import read


def test_a_party_reporting_shelling_by_another_accuses_it(resources):
    claims = read(resources, [("Arland said Borsk shelled the power plant.", """
        Arland   Arland  PROPN NNP nsubj    1
        said     say     VERB  VBD ROOT     1
        Borsk    Borsk   PROPN NNP nsubj    3
        shelled  shell   VERB  VBD ccomp    1
        the      the     DET   DT  det      6
        power    power   NOUN  NN  compound 6
        plant    plant   NOUN  NN  dobj     3
        .        .       PUNCT .   punct    1
    """)], passes=["violations"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_shelling_narrated_by_nobody_is_no_accusation(resources):
    claims = read(resources, [("Borsk shelled the power plant.", """
        Borsk    Borsk   PROPN NNP nsubj    1
        shelled  shell   VERB  VBD ROOT     1
        the      the     DET   DT  det      4
        power    power   NOUN  NN  compound 4
        plant    plant   NOUN  NN  dobj     1
        .        .       PUNCT .   punct    1
    """)], passes=["violations"])
    assert claims == set()


def test_a_deed_supposed_in_a_condition_accuses_no_one(resources):
    claims = read(resources, [("Venn said Arland would reply if Borsk shelled the town.", """
        Venn     Venn     PROPN NNP nsubj 1
        said     say      VERB  VBD ROOT  1
        Arland   Arland   PROPN NNP nsubj 4
        would    would    AUX   MD  aux   4
        reply    reply    VERB  VB  ccomp 1
        if       if       SCONJ IN  mark  7
        Borsk    Borsk    PROPN NNP nsubj 7
        shelled  shell    VERB  VBD advcl 4
        the      the      DET   DT  det   9
        town     town     NOUN  NN  dobj  7
        .        .        PUNCT .   punct 1
    """)], passes=["violations", "attack_reports"])
    assert claims == set()


def test_a_party_reporting_an_attempted_strike_accuses_as_well(resources):
    claims = read(resources, [("Arland said Borsk had tried to hit the power plant.", """
        Arland  Arland  PROPN NNP nsubj    1
        said    say     VERB  VBD ROOT     1
        Borsk   Borsk   PROPN NNP nsubj    4
        had     have    AUX   VBD aux      4
        tried   try     VERB  VBN ccomp    1
        to      to      PART  TO  aux      6
        hit     hit     VERB  VB  xcomp    4
        the     the     DET   DT  det      9
        power   power   NOUN  NN  compound 9
        plant   plant   NOUN  NN  dobj     6
        .       .       PUNCT .   punct    1
    """)], passes=["violations"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_a_speaker_set_inside_the_report_accuses_as_well(resources):
    """"Borsk's rockets, Venn said, hit the power plant": the aside names who reports it."""
    claims = read(resources, [("Borsk's rockets, Venn said, hit the power plant.", """
        Borsk    Borsk   PROPN NNP poss      2
        's       's      PART  POS case      0
        rockets  rocket  NOUN  NNS nsubj     7
        ,        ,       PUNCT ,   punct     5
        Venn     Venn    PROPN NNP nsubj     5
        said     say     VERB  VBD parataxis 7
        ,        ,       PUNCT ,   punct     5
        hit      hit     VERB  VBD ROOT      7
        the      the     DET   DT  det       10
        power    power   NOUN  NN  compound  10
        plant    plant   NOUN  NN  dobj      7
        .        .       PUNCT .   punct     7
    """)], passes=["violations"])
    assert {c[:3] for c in claims} == {("mara_venn", "accuse", "borsk")}
