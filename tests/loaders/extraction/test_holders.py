"""Holders: groups acting for a party, and pronouns resolved to the actor named before."""

import pytest
from conftest import MET, PACK, changed_pack, read

from stancegraph.schema import Actor


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


def test_diplomats_in_a_capital_are_anyones_envoys_posted_there(resources):
    claims = read(resources, [("Diplomats in Borsk rejected the truce.", """
        Diplomats  diplomat  NOUN  NNS nsubj 3
        in         in        ADP   IN  prep  0
        Borsk      Borsk     PROPN NNP pobj  1
        rejected   reject    VERB  VBD ROOT  3
        the        the       DET   DT  det   5
        truce      truce     NOUN  NN  dobj  3
        .          .         PUNCT .   punct 3
    """)], passes=["stance_cues"])
    assert claims == set()


VENN_MET_KELL = ("Venn met Kell in Geneva.", """
    Venn    Venn    PROPN NNP nsubj 1
    met     meet    VERB  VBD ROOT  1
    Kell    Kell    PROPN NNP dobj  1
    in      in      ADP   IN  prep  1
    Geneva  Geneva  PROPN NNP pobj  3
    .       .       PUNCT .   punct 1
""")
SHE_REJECTED = ("She rejected the truce.", """
    She       she     PRON  PRP nsubj 1
    rejected  reject  VERB  VBD ROOT  1
    the       the     DET   DT  det   3
    truce     truce   NOUN  NN  dobj  1
    .         .       PUNCT .   punct 1
""")


def test_she_is_the_person_named_first_in_the_sentence_before(resources):
    claims = read(resources, [VENN_MET_KELL, SHE_REJECTED], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_she_again_is_not_the_person_her_last_sentence_named_after_her(resources):
    claims = read(resources, [
        VENN_MET_KELL,
        ("She said Kell had called.", """
            She     she     PRON  PRP nsubj 1
            said    say     VERB  VBD ROOT  1
            Kell    Kell    PROPN NNP nsubj 4
            had     have    AUX   VBD aux   4
            called  call    VERB  VBN ccomp 1
            .       .       PUNCT .   punct 1
        """),
        SHE_REJECTED,
    ], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


KELL_MET_VENN = ("Kell met Venn in Geneva.", """
    Kell    Kell    PROPN NNP nsubj 1
    met     meet    VERB  VBD ROOT  1
    Venn    Venn    PROPN NNP dobj  1
    in      in      ADP   IN  prep  1
    Geneva  Geneva  PROPN NNP pobj  3
    .       .       PUNCT .   punct 1
""")


def test_she_is_the_woman_named_before_not_the_man_named_first(resources):
    claims = read(resources, [KELL_MET_VENN, SHE_REJECTED], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_he_is_never_a_woman_the_pack_knows(resources):
    claims = read(resources, [VENN_MET_KELL, ("He rejected the truce.", """
        He        he      PRON  PRP nsubj 1
        rejected  reject  VERB  VBD ROOT  1
        the       the     DET   DT  det   3
        truce     truce   NOUN  NN  dobj  1
        .         .       PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("tomas_kell", "reject", "ceasefire")}


@pytest.mark.parametrize(("text", "table"), [
    ("Borsk's envoy answered Venn.", """
        Borsk     Borsk     PROPN NNP  poss   2
        's        's        PART  POS  case   0
        envoy     envoy     NOUN  NN   nsubj  3
        answered  answer    VERB  VBD  ROOT   3
        Venn      Venn      PROPN NNP  dobj   3
        .         .         PUNCT .    punct  3
    """),
    ("A Borsk diplomat answered Venn.", """
        A         a         DET   DT   det    2
        Borsk     Borsk     PROPN NNP  compound 2
        diplomat  diplomat  NOUN  NN   nsubj  3
        answered  answer    VERB  VBD  ROOT   3
        Venn      Venn      PROPN NNP  dobj   3
        .         .         PUNCT .    punct  3
    """),
], ids=["Borsk's envoy", "a Borsk diplomat"])
def test_he_after_a_party_official_left_unnamed_is_that_party(resources, text, table):
    claims = read(resources, [(text, table), ("He rejected the truce.", """
        He        he      PRON  PRP nsubj 1
        rejected  reject  VERB  VBD ROOT  1
        the       the     DET   DT  det   3
        truce     truce   NOUN  NN  dobj  1
        .         .       PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "ceasefire")}


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


def test_the_parties_are_the_two_named_together_before(resources):
    claims = read(resources, [MET, ("The parties agreed to a truce.", """
        The      the    DET   DT   det       1
        parties  party  NOUN  NNS  nsubj     2
        agreed   agree  VERB  VBD  ROOT      2
        to       to     ADP   IN   prep      2
        a        a      DET   DT   det       5
        truce    truce  NOUN  NN   pobj      3
        .        .      PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire"), ("borsk", "support", "ceasefire")}


def test_parties_without_the_article_are_not_the_pair(resources):
    claims = read(resources, [MET, ("Opposition parties agreed to a truce.", """
        Opposition  opposition  NOUN  NN   compound  1
        parties     party       NOUN  NNS  nsubj     2
        agreed      agree       VERB  VBD  ROOT      2
        to          to          ADP   IN   prep      2
        a           a           DET   DT   det       5
        truce       truce       NOUN  NN   pobj      3
        .           .           PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_group_holds_through_the_members_it_lists(resources):
    claims = read(resources, [("Several states, including Arland and Cordia, called for a truce.", """
        Several    several  ADJ   JJ   amod      1
        states     state    NOUN  NNS  nsubj     8
        ,          ,        PUNCT ,    punct     1
        including  include  VERB  VBG  prep      1
        Arland     Arland   PROPN NNP  pobj      3
        and        and      CCONJ CC   cc        4
        Cordia     Cordia   PROPN NNP  conj      4
        ,          ,        PUNCT ,    punct     1
        called     call     VERB  VBD  ROOT      8
        for        for      ADP   IN   prep      8
        a          a        DET   DT   det       11
        truce      truce    NOUN  NN   pobj      9
        .          .        PUNCT .    punct     8
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "ceasefire"), ("cordia", "demand", "ceasefire")}


def test_a_party_named_on_a_participle_backs_the_noun_it_modifies(resources):
    claims = read(resources, [("A Borsk-backed truce took hold.", """
        A       a      DET   DT   det       4
        Borsk   Borsk  PROPN NNP  npadvmod  3
        -       -      PUNCT HYPH punct     3
        backed  back   VERB  VBN  amod      4
        truce   truce  NOUN  NN   nsubj     5
        took    take   VERB  VBD  ROOT      5
        hold    hold   NOUN  NN   dobj      5
        .       .      PUNCT .    punct     5
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "support", "ceasefire")}


def test_a_party_led_to_a_stance_holds_it(resources):
    claims = read(resources, [("The strikes led Arland to reject the truce.", """
        The      the     DET   DT   det       1
        strikes  strike  NOUN  NNS  nsubj     2
        led      lead    VERB  VBD  ROOT      2
        Arland   Arland  PROPN NNP  dobj      2
        to       to      PART  TO   aux       5
        reject   reject  VERB  VB   xcomp     2
        the      the     DET   DT   det       7
        truce    truce   NOUN  NN   dobj      5
        .        .       PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_a_finite_verb_the_parser_joins_to_a_charge_is_the_accusers(resources):
    """The parser joins "called" to "shelling", inside the charge; it is the accuser's."""
    claims = read(resources, [("Venn accused Borsk of shelling the border and called for a truce.", """
        Venn      Venn    PROPN NNP  nsubj     1
        accused   accuse  VERB  VBD  ROOT      1
        Borsk     Borsk   PROPN NNP  dobj      1
        of        of      ADP   IN   prep      1
        shelling  shell   VERB  VBG  pcomp     3
        the       the     DET   DT   det       6
        border    border  NOUN  NN   dobj      4
        and       and     CCONJ CC   cc        4
        called    call    VERB  VBD  conj      4
        for       for     ADP   IN   prep      8
        a         a       DET   DT   det       11
        truce     truce   NOUN  NN   pobj      9
        .         .       PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "demand", "ceasefire")}


def test_a_call_joined_to_a_meeting_a_newspaper_reports_is_the_meeting_parties(resources):
    """A newspaper reports; it does not call: the call joined to the reported meeting is
    made by those who met."""
    claims = read(resources, [("The daily reported that Venn and Kell had met in Cordia and called for a truce.", """
        The       the     DET   DT   det       1
        daily     daily   NOUN  NN   nsubj     2
        reported  report  VERB  VBD  ROOT      2
        that      that    SCONJ IN   mark      8
        Venn      Venn    PROPN NNP  nsubj     8
        and       and     CCONJ CC   cc        4
        Kell      Kell    PROPN NNP  conj      4
        had       have    AUX   VBD  aux       8
        met       meet    VERB  VBN  ccomp     2
        in        in      ADP   IN   prep      8
        Cordia    Cordia  PROPN NNP  pobj      9
        and       and     CCONJ CC   cc        8
        called    call    VERB  VBD  conj      8
        for       for     ADP   IN   prep      12
        a         a       DET   DT   det       15
        truce     truce   NOUN  NN   pobj      13
        .         .       PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "demand", "ceasefire"), ("tomas_kell", "demand", "ceasefire")}


def test_it_after_a_named_body_the_pack_does_not_know_is_that_body(resources):
    """"The Red Cross said it was ready to help": "it" is the Red Cross, which holds no
    position here, not Borsk, the last party named."""
    claims = read(resources, [("Borsk shelled the town.", """
        Borsk    Borsk  PROPN NNP  nsubj     1
        shelled  shell  VERB  VBD  ROOT      1
        the      the    DET   DT   det       3
        town     town   NOUN  NN   dobj      1
        .        .      PUNCT .    punct     1
    """), ("The Red Cross said it was ready to help with the prisoner exchange.", """
        The       the       DET   DT   det       2
        Red       Red       PROPN NNP  compound  2
        Cross     Cross     PROPN NNP  nsubj     3
        said      say       VERB  VBD  ROOT      3
        it        it        PRON  PRP  nsubj     5
        was       be        AUX   VBD  ccomp     3
        ready     ready     ADJ   JJ   acomp     5
        to        to        PART  TO   aux       8
        help      help      VERB  VB   xcomp     6
        with      with      ADP   IN   prep      8
        the       the       DET   DT   det       12
        prisoner  prisoner  NOUN  NN   compound  12
        exchange  exchange  NOUN  NN   pobj      9
        .         .         PUNCT .    punct     3
    """)], passes=["stance_cues"])
    assert claims == set()


FOREIGN_MINISTRY = ("The Foreign Ministry rejected the truce.", """
    The       the       DET   DT   det       2
    Foreign   Foreign   PROPN NNP  compound  2
    Ministry  Ministry  PROPN NNP  nsubj     3
    rejected  reject    VERB  VBD  ROOT      3
    the       the       DET   DT   det       5
    truce     truce     NOUN  NN   dobj      3
    .         .         PUNCT .    punct     3
""")


def test_a_ministry_named_by_its_portfolio_alone_is_no_new_actor(resources):
    """"The Foreign Ministry" names no one until its country is given: not an actor of its
    own; a body with a name of its own is one."""
    claims = read(resources, [FOREIGN_MINISTRY], passes=["stance_cues"], entities={0: [(0, 3, "ORG")]})
    assert claims == set()
    claims = read(resources, [("The Harbour Ministry rejected the truce.", FOREIGN_MINISTRY[1].replace(
        "Foreign   Foreign", "Harbour   Harbour"))], passes=["stance_cues"], entities={0: [(0, 3, "ORG")]})
    assert claims == {("the_harbour_ministry", "reject", "ceasefire")}


def test_a_name_after_a_preposition_and_an_article_is_seldom_what_it_means(resources):
    """"... the end of the Borsk council, which Arland calls useless. Third, it wants X":
    "it" is Arland, not Borsk, named inside "of the ..." before it."""
    claims = read(resources, [("Its second aim is the end of the Borsk council, which Arland calls useless.", """
        Its      its      PRON  PRP$ poss      2
        second   second   ADJ   JJ   amod      2
        aim      aim      NOUN  NN   nsubj     3
        is       be       AUX   VBZ  ROOT      3
        the      the      DET   DT   det       5
        end      end      NOUN  NN   attr      3
        of       of       ADP   IN   prep      5
        the      the      DET   DT   det       9
        Borsk    Borsk    PROPN NNP  compound  9
        council  council  NOUN  NN   pobj      6
        ,        ,        PUNCT ,    punct     9
        which    which    PRON  WDT  dobj      13
        Arland   Arland   PROPN NNP  nsubj     13
        calls    call     VERB  VBZ  relcl     9
        useless  useless  ADJ   JJ   oprd      13
        .        .        PUNCT .    punct     3
    """), ("Third, it wants a prisoner exchange.", """
        Third     third     ADV   RB   advmod    3
        ,         ,         PUNCT ,    punct     3
        it        it        PRON  PRP  nsubj     3
        wants     want      VERB  VBZ  ROOT      3
        a         a         DET   DT   det       6
        prisoner  prisoner  NOUN  NN   compound  6
        exchange  exchange  NOUN  NN   dobj      3
        .         .         PUNCT .    punct     3
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "prisoner_exchange")}


def test_its_in_a_series_of_reports_is_the_series_subject(resources):
    text = "Borsk denies any link, says Arland never shared evidence, and says its offer of a prisoner swap was ignored."
    claims = read(resources, [(text, """
        Borsk     Borsk     PROPN NNP nsubj     1
        denies    deny      VERB  VBZ ccomp     5
        any       any       DET   DT  det       3
        link      link      NOUN  NN  dobj      1
        ,         ,         PUNCT ,   punct     5
        says      say       VERB  VBZ ROOT      5
        Arland    Arland    PROPN NNP nsubj     8
        never     never     ADV   RB  neg       8
        shared    share     VERB  VBD ccomp     5
        evidence  evidence  NOUN  NN  dobj      8
        ,         ,         PUNCT ,   punct     5
        and       and       CCONJ CC  cc        5
        says      say       VERB  VBZ conj      5
        its       its       PRON  PRP$ poss     14
        offer     offer     NOUN  NN  nsubjpass 21
        of        of        ADP   IN  prep      14
        a         a         DET   DT  det       18
        prisoner  prisoner  NOUN  NN  compound  18
        swap      swap      NOUN  NN  pobj      15
        was       be        AUX   VBD auxpass   21
        ignored   ignore    VERB  VBN ccomp     12
        .         .         PUNCT .   punct     5
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "propose", "prisoner_exchange")}


ALONG_WITH = ("Arland, along with Cordia, called for a truce.", """
    Arland  Arland  PROPN NNP  nsubj  6
    ,       ,       PUNCT ,    punct  6
    along   along   ADP   IN   prep   6
    with    with    ADP   IN   prep   2
    Cordia  Cordia  PROPN NNP  pobj   3
    ,       ,       PUNCT ,    punct  6
    called  call    VERB  VBD  ROOT   6
    for     for     ADP   IN   prep   6
    a       a       DET   DT   det    9
    truce   truce   NOUN  NN   pobj   7
    .       .       PUNCT .    punct  6
""")

TOGETHER_WITH = ("Together with Cordia, Arland called for a truce.", """
    Together  together  ADV   RB   advmod  1
    with      with      ADP   IN   prep    5
    Cordia    Cordia    PROPN NNP  pobj    1
    ,         ,         PUNCT ,    punct   5
    Arland    Arland    PROPN NNP  nsubj   5
    called    call      VERB  VBD  ROOT    5
    for       for       ADP   IN   prep    5
    a         a         DET   DT   det     8
    truce     truce     NOUN  NN   pobj    6
    .         .         PUNCT .    punct   5
""")

ALONGSIDE = ("Arland signed the truce alongside Cordia.", """
    Arland     Arland     PROPN NNP  nsubj  1
    signed     sign       VERB  VBD  ROOT   1
    the        the        DET   DT   det    3
    truce      truce      NOUN  NN   dobj   1
    alongside  alongside  ADP   IN   prep   1
    Cordia     Cordia     PROPN NNP  pobj   4
    .          .          PUNCT .    punct  1
""")


@pytest.mark.parametrize(("text", "table", "stance"), [
    (*ALONG_WITH, "demand"), (*TOGETHER_WITH, "demand"), (*ALONGSIDE, "support")])
def test_a_party_acting_along_with_the_subject_holds_its_stance_too(resources, text, table, stance):
    claims = read(resources, [(text, table)], passes=["stance_cues"])
    assert claims == {("arland", stance, "ceasefire"), ("cordia", stance, "ceasefire")}


def test_a_party_thanked_alongside_another_shares_nothing_with_the_thanker(resources):
    claims = read(resources, [("Arland thanked Borsk, alongside Cordia, for the truce.", """
        Arland     Arland     PROPN NNP  nsubj  1
        thanked    thank      VERB  VBD  ROOT   1
        Borsk      Borsk      PROPN NNP  dobj   1
        ,          ,          PUNCT ,    punct  1
        alongside  alongside  ADP   IN   prep   1
        Cordia     Cordia     PROPN NNP  pobj   4
        ,          ,          PUNCT ,    punct  1
        for        for        ADP   IN   prep   1
        the        the        DET   DT   det    9
        truce      truce      NOUN  NN   pobj   7
        .          .          PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert ("cordia", "support", "ceasefire") not in claims


def test_the_leaders_a_party_meets_to_urge_a_stance_share_it(resources):
    claims = read(resources, [("Venn met the leaders of Cordia in Borsk to urge a truce.", """
        Venn     Venn     PROPN NNP  nsubj  1
        met      meet     VERB  VBD  ROOT   1
        the      the      DET   DT   det    3
        leaders  leader   NOUN  NNS  dobj   1
        of       of       ADP   IN   prep   3
        Cordia   Cordia   PROPN NNP  pobj   4
        in       in       ADP   IN   prep   3
        Borsk    Borsk    PROPN NNP  pobj   6
        to       to       PART  TO   aux    9
        urge     urge     VERB  VB   advcl  1
        a        a        DET   DT   det    11
        truce    truce    NOUN  NN   dobj   9
        .        .        PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "demand", "ceasefire"), ("cordia", "demand", "ceasefire")}


def test_she_is_never_a_public_the_pack_lists_among_its_commentators():
    villagers = Actor(id="dunmore_villagers", name="Dunmore villagers", kind="commentator")
    resources = changed_pack(commentators=(*PACK.commentators, villagers))
    claims = read(resources, [VENN_MET_KELL, ("The Dunmore villagers left.", """
        The        the       DET   DT  det      2
        Dunmore    Dunmore   PROPN NNP compound 2
        villagers  villager  NOUN  NNS nsubj    3
        left       leave     VERB  VBD ROOT     3
        .          .         PUNCT .   punct    3
    """), SHE_REJECTED], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_a_clause_describing_a_group_is_the_groups_stance(resources):
    claims = read(resources, [("Borsk invited groups opposed to the truce.", """
        Borsk    Borsk    PROPN NNP nsubj 1
        invited  invite   VERB  VBD ROOT  1
        groups   group    NOUN  NNS dobj  1
        opposed  oppose   VERB  VBN acl   2
        to       to       ADP   IN  prep  3
        the      the      DET   DT  det   6
        truce    truce    NOUN  NN  pobj  4
        .        .        PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_clause_describing_a_document_is_its_authors_stance(resources):
    claims = read(resources, [("Borsk issued a statement opposing the truce.", """
        Borsk      Borsk      PROPN NNP nsubj 1
        issued     issue      VERB  VBD ROOT  1
        a          a          DET   DT  det   3
        statement  statement  NOUN  NN  dobj  1
        opposing   oppose     VERB  VBG acl   3
        the        the        DET   DT  det   6
        truce      truce      NOUN  NN  dobj  4
        .          .          PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "ceasefire")}


def test_a_party_doing_a_deed_inside_another_subject_does_not_share_its_stance(resources):
    """The parser may take "Arland closing crossings and Borsk" for one subject: Arland is
    the subject of the participle inside it, and closing is all it does."""
    claims = read(resources, [("With Arland closing crossings and Borsk rejecting the truce, talks stalled.", """
        With       with      ADP   IN  prep  11
        Arland     Arland    PROPN NNP nsubj 2
        closing    close     VERB  VBG amod  3
        crossings  crossing  NOUN  NNS nsubj 6
        and        and       CCONJ CC  cc    3
        Borsk      Borsk     PROPN NNP conj  3
        rejecting  reject    VERB  VBG pcomp 0
        the        the       DET   DT  det   8
        truce      truce     NOUN  NN  dobj  6
        ,          ,         PUNCT ,   punct 11
        talks      talk      NOUN  NNS nsubj 11
        stalled    stall     VERB  VBD ROOT  11
        .          .         PUNCT .   punct 11
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "ceasefire")}
