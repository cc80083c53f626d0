"""Actions: a party's act on a topic, done or under way, is its position."""

import pytest
from conftest import PACK, changed_pack, read

from stancegraph.schema import Topic


def test_a_party_lifting_sanctions_supports_the_relief(resources):
    claims = read(resources, [("Arland has lifted sanctions.", """
        Arland     Arland    PROPN NNP nsubj 2
        has        have      AUX   VBZ aux   2
        lifted     lift      VERB  VBN ROOT  2
        sanctions  sanction  NOUN  NNS dobj  2
        .          .         PUNCT .   punct 2
    """)], passes=["actions"])
    assert claims == {("arland", "support", "sanctions_relief")}


def test_halting_arms_deliveries_supports_the_halt(resources):
    claims = read(resources, [("Borsk is suspending arms deliveries.", """
        Borsk       Borsk       PROPN NNP nsubj    2
        is          be          AUX   VBZ aux      2
        suspending  suspend     VERB  VBG ROOT     2
        arms        arm         NOUN  NNS compound 4
        deliveries  delivery    NOUN  NNS dobj     2
        .           .           PUNCT .   punct    2
    """)], passes=["actions"])
    assert claims == {("borsk", "support", "halt_to_arms")}


def test_resuming_arms_deliveries_is_against_the_halt(resources):
    claims = read(resources, [("Borsk resumed arms deliveries.", """
        Borsk       Borsk       PROPN NNP nsubj    1
        resumed     resume      VERB  VBD ROOT     1
        arms        arm         NOUN  NNS compound 3
        deliveries  delivery    NOUN  NNS dobj     1
        .           .           PUNCT .   punct    1
    """)], passes=["actions"])
    assert claims == {("borsk", "reject", "halt_to_arms")}


def test_the_means_of_a_deed_is_done_by_its_subject(resources):
    claims = read(resources, [("Borsk responded by suspending arms deliveries.", """
        Borsk       Borsk       PROPN NNP nsubj    1
        responded   respond     VERB  VBD ROOT     1
        by          by          ADP   IN  prep     1
        suspending  suspend     VERB  VBG pcomp    2
        arms        arm         NOUN  NNS compound 5
        deliveries  delivery    NOUN  NNS dobj     3
        .           .           PUNCT .   punct    1
    """)], passes=["actions"])
    assert claims == {("borsk", "support", "halt_to_arms")}


def test_a_gerund_talked_about_is_no_act(resources):
    claims = read(resources, [("Venn discussed suspending arms deliveries.", """
        Venn        Venn        PROPN NNP nsubj    1
        discussed   discuss     VERB  VBD ROOT     1
        suspending  suspend     VERB  VBG xcomp    1
        arms        arm         NOUN  NNS compound 4
        deliveries  delivery    NOUN  NNS dobj     2
        .           .           PUNCT .   punct    1
    """)], passes=["actions"])
    assert claims == set()


def test_an_act_that_may_happen_is_no_position(resources):
    claims = read(resources, [("Borsk may suspend arms deliveries.", """
        Borsk       Borsk       PROPN NNP nsubj    2
        may         may         AUX   MD  aux      2
        suspend     suspend     VERB  VB  ROOT     2
        arms        arm         NOUN  NNS compound 4
        deliveries  delivery    NOUN  NNS dobj     2
        .           .           PUNCT .   punct    2
    """)], passes=["actions"])
    assert claims == set()


def test_putting_a_topic_on_hold_is_against_it(resources):
    claims = read(resources, [("Arland put the prisoner swap on hold.", """
        Arland    Arland    PROPN NNP nsubj    1
        put       put       VERB  VBD ROOT     1
        the       the       DET   DT  det      4
        prisoner  prisoner  NOUN  NN  compound 4
        swap      swap      NOUN  NN  dobj     1
        on        on        ADP   IN  prep     1
        hold      hold      NOUN  NN  pobj     5
        .         .         PUNCT .   punct    1
    """)], passes=["actions"])
    assert claims == {("arland", "reject", "prisoner_exchange")}


def test_an_order_to_suspend_is_the_deed_of_who_gives_it(resources):
    claims = read(resources, [("Venn ordered the army to suspend arms deliveries.", """
        Venn        Venn        PROPN NNP nsubj    1
        ordered     order       VERB  VBD ROOT     1
        the         the         DET   DT  det      3
        army        army        NOUN  NN  dobj     1
        to          to          PART  TO  aux      5
        suspend     suspend     VERB  VB  xcomp    1
        arms        arm         NOUN  NNS compound 7
        deliveries  delivery    NOUN  NNS dobj     5
        .           .           PUNCT .   punct    1
    """)], passes=["actions"])
    assert claims == {("mara_venn", "support", "halt_to_arms")}


def test_a_deed_reported_according_to_the_other_side_is_not_the_doers_position(resources):
    claims = read(resources, [("Borsk has not lifted sanctions, according to Venn.", """
        Borsk      Borsk      PROPN NNP nsubj 3
        has        have       AUX   VBZ aux   3
        not        not        PART  RB  neg   3
        lifted     lift       VERB  VBN ROOT  3
        sanctions  sanction   NOUN  NNS dobj  3
        ,          ,          PUNCT ,   punct 3
        according  accord     VERB  VBG prep  3
        to         to         ADP   IN  prep  6
        Venn       Venn       PROPN NNP pobj  7
        .          .          PUNCT .   punct 3
    """)], passes=["actions"])
    assert claims == set()


def test_a_deed_joined_to_an_announced_one_is_announced_too(resources):
    """"would restore X and resume Y": the second verb, with no subject or auxiliary of its
    own, is under "would" as much as the first."""
    claims = read(resources, [("Venn said Arland would restore the treaty and resume arms deliveries.", """
        Venn        Venn      PROPN NNP  nsubj     1
        said        say       VERB  VBD  ROOT      1
        Arland      Arland    PROPN NNP  nsubj     4
        would       would     AUX   MD   aux       4
        restore     restore   VERB  VB   ccomp     1
        the         the       DET   DT   det       6
        treaty      treaty    NOUN  NN   dobj      4
        and         and       CCONJ CC   cc        4
        resume      resume    VERB  VB   conj      4
        arms        arm       NOUN  NNS  compound  10
        deliveries  delivery  NOUN  NNS  dobj      8
        .           .         PUNCT .    punct     1
    """)], passes=["actions"])
    assert ("arland", "reject", "halt_to_arms") in claims


def _with_pullout():
    pullout = Topic(id="borsk_pullout", label="Borsk pulling out of the towns", is_cessation=True,
                    conceded_by=("borsk",), phrases=("pull out",))
    return changed_pack(topics=(*PACK.topics, pullout))


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("Borsk pulled out of the town.", """
        Borsk    Borsk   PROPN NNP nsubj  1
        pulled   pull    VERB  VBD ROOT   1
        out      out     ADP   IN  prep   1
        of       of      ADP   IN  prep   2
        the      the     DET   DT  det    5
        town     town    NOUN  NN  pobj   3
        .        .       PUNCT .   punct  1
    """, {("borsk", "concede", "borsk_pullout")}),
    ("Borsk pulled out on the eve of the talks.", """
        Borsk    Borsk   PROPN NNP nsubj  1
        pulled   pull    VERB  VBD ROOT   1
        out      out     ADP   RP  prt    1
        on       on      ADP   IN  prep   1
        the      the     DET   DT  det    5
        eve      eve     NOUN  NN  pobj   3
        of       of      ADP   IN  prep   5
        the      the     DET   DT  det    8
        talks    talk    NOUN  NNS pobj   6
        .        .       PUNCT .   punct  1
    """, set()),
], ids=["out of the town", "out, the talks named"])
def test_pulling_out_with_no_place_named_beside_talks_leaves_the_talks(text, table, expected):
    """"Borsk pulled out on the eve of the talks" is a walkout, not the pullout from the
    ground the pack names."""
    assert read(_with_pullout(), [(text, table)], passes=["actions"]) == expected


WHILE_HALTED = ("Arland would get a truce, while arms deliveries would be halted.", """
    Arland      Arland    PROPN NNP nsubj     2
    would       would     AUX   MD  aux       2
    get         get       VERB  VB  ROOT      2
    a           a         DET   DT  det       4
    truce       truce     NOUN  NN  dobj      2
    ,           ,         PUNCT ,   punct     2
    while       while     SCONJ IN  mark      11
    arms        arm       NOUN  NNS compound  8
    deliveries  delivery  NOUN  NNS nsubjpass 11
    would       would     AUX   MD  aux       11
    be          be        AUX   VB  auxpass   11
    halted      halt      VERB  VBN advcl     2
    .           .         PUNCT .   punct     2
""")


def test_a_passive_deed_beside_a_partys_clause_is_not_that_partys(resources):
    """"Arland would get a truce, while arms deliveries would be halted": who would halt
    them, the sentence does not say."""
    claims = read(resources, [WHILE_HALTED], passes=["actions"])
    assert not any(topic == "halt_to_arms" for _, _, topic in claims)
