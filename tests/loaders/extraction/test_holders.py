"""Holders: groups acting for a party, and pronouns resolved to the actor named before."""

from conftest import read


def test_officials_in_a_capital_speak_for_its_party(resources):
    claims = read(resources, [("Officials in Borsk rejected the truce.", """
        Officials  official  NOUN  NNS nsubj 3
        in         in        ADP   IN  prep  0
        Borsk      Borsk     PROPN NNP pobj  1
        rejected   reject    VERB  VBD ROOT  3
        the        the       DET   DT  det   5
        truce      truce     NOUN  NN  dobj  3
        .          .         PUNCT .   punct 3
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "ceasefire")}


def test_she_is_the_person_named_first_in_the_sentence_before(resources):
    claims = read(resources, [
        ("Venn met Kell in Geneva.", """
            Venn    Venn    PROPN NNP nsubj 1
            met     meet    VERB  VBD ROOT  1
            Kell    Kell    PROPN NNP dobj  1
            in      in      ADP   IN  prep  1
            Geneva  Geneva  PROPN NNP pobj  3
            .       .       PUNCT .   punct 1
        """),
        ("She rejected the truce.", """
            She       she     PRON  PRP nsubj 1
            rejected  reject  VERB  VBD ROOT  1
            the       the     DET   DT  det   3
            truce     truce   NOUN  NN  dobj  1
            .         .       PUNCT .   punct 1
        """),
    ], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_both_sides_are_the_two_parties_named_together_with_an_article(resources):
    claims = read(resources, [
        ("Arland and the Borsk delegation met.", """
            Arland      Arland      PROPN NNP nsubj    5
            and         and         CCONJ CC  cc       0
            the         the         DET   DT  det      4
            Borsk       Borsk       PROPN NNP compound 4
            delegation  delegation  NOUN  NN  conj     0
            met         meet        VERB  VBD ROOT     5
            .           .           PUNCT .   punct    5
        """),
        ("Both sides rejected the truce.", """
            Both      both    DET   DT  det   1
            sides     side    NOUN  NNS nsubj 2
            rejected  reject  VERB  VBD ROOT  2
            the       the     DET   DT  det   4
            truce     truce   NOUN  NN  dobj  2
            .         .       PUNCT .   punct 2
        """),
    ], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire"), ("borsk", "reject", "ceasefire")}
