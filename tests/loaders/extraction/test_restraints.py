"""Restraints: a noun that restrains what hangs on it by "on" ("limits on X", "a ban on X",
"curbs on X") reverses the stance on X, unless the topic is itself a restraint."""

from conftest import read

LIMITS_ON_SWAPS = ("Arland called for limits on the prisoner swap.", """
    Arland    Arland    PROPN NNP nsubj    1
    called    call      VERB  VBD ROOT     1
    for       for       ADP   IN  prep     1
    limits    limit     NOUN  NNS pobj     2
    on        on        ADP   IN  prep     3
    the       the       DET   DT  det      7
    prisoner  prisoner  NOUN  NN  compound 7
    swap      swap      NOUN  NN  pobj     4
    .         .         PUNCT .   punct    1
""")


def test_calling_for_limits_on_a_topic_is_against_it(resources):
    assert read(resources, [LIMITS_ON_SWAPS], passes=["stance_cues"]) == {
        ("arland", "reject", "prisoner_exchange")}


def test_a_ban_on_a_topic_rejected_is_for_it(resources):
    claims = read(resources, [("Borsk rejected a ban on the prisoner swap.", """
        Borsk     Borsk     PROPN NNP nsubj    1
        rejected  reject    VERB  VBD ROOT     1
        a         a         DET   DT  det      3
        ban       ban       NOUN  NN  dobj     1
        on        on        ADP   IN  prep     3
        the       the       DET   DT  det      7
        prisoner  prisoner  NOUN  NN  compound 7
        swap      swap      NOUN  NN  pobj     4
        .         .         PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "support", "prisoner_exchange")}


def test_limits_on_a_topic_that_is_itself_a_limit_name_it(resources):
    # army_cap is named "limit on troop": limits on the army size are the topic, not against it
    claims = read(resources, [("Arland called for limits on the army size.", """
        Arland  Arland  PROPN NNP nsubj    1
        called  call    VERB  VBD ROOT     1
        for     for     ADP   IN  prep     1
        limits  limit   NOUN  NNS pobj     2
        on      on      ADP   IN  prep     3
        the     the     DET   DT  det      7
        army    army    NOUN  NN  compound 7
        size    size    NOUN  NN  pobj     4
        .       .       PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "army_cap")}

