"""Lists: a sentence spelling out the positions a noun cue named just before."""

from conftest import read

CONDITIONS = ("Borsk set out its conditions.", """
    Borsk       Borsk      PROPN NNP  nsubj 1
    set         set        VERB  VBD  ROOT  1
    out         out        ADP   RP   prt   1
    its         its        PRON  PRP$ poss  4
    conditions  condition  NOUN  NNS  dobj  1
    .           .          PUNCT .    punct 1
""")
LIST = ("These include a truce and a prisoner swap.", """
    These     these     PRON  DT  nsubj    1
    include   include   VERB  VBP ROOT     1
    a         a         DET   DT  det      3
    truce     truce     NOUN  NN  dobj     1
    and       and       CCONJ CC  cc       3
    a         a         DET   DT  det      7
    prisoner  prisoner  NOUN  NN  compound 7
    swap      swap      NOUN  NN  conj     3
    .         .         PUNCT .   punct    1
""")


def test_a_list_after_a_partys_conditions_lists_its_demands(resources):
    claims = read(resources, [CONDITIONS, LIST], passes=["stance_cues", "lists"])
    assert claims == {("borsk", "demand", "ceasefire"), ("borsk", "demand", "prisoner_exchange")}


def test_a_list_with_no_position_named_before_is_nobodys(resources):
    assert read(resources, [LIST], passes=["stance_cues", "lists"]) == set()
