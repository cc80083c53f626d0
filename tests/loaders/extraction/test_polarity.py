"""Polarity: what a stance sets aside, and breaking a truce, reverse it."""

import pytest
from conftest import PACK, changed_pack, read

from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.schema import Topic


def test_what_is_wanted_rather_than_something_else_is_rejected(resources):
    claims = read(resources, [("Arland wants a prisoner swap rather than a truce.", """
        Arland    Arland    PROPN NNP  nsubj     1
        wants     want      VERB  VBZ  ROOT      1
        a         a         DET   DT   det       4
        prisoner  prisoner  NOUN  NN   compound  4
        swap      swap      NOUN  NN   dobj      1
        rather    rather    ADV   RB   advmod    6
        than      than      ADP   IN   cc        4
        a         a         DET   DT   det       8
        truce     truce     NOUN  NN   pobj      6
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "prisoner_exchange"), ("arland", "reject", "ceasefire")}


def test_instead_of_sets_aside_what_it_names(resources):
    claims = read(resources, [("Borsk wants a truce instead of a prisoner swap.", """
        Borsk     Borsk     PROPN NNP  nsubj     1
        wants     want      VERB  VBZ  ROOT      1
        a         a         DET   DT   det       3
        truce     truce     NOUN  NN   dobj      1
        instead   instead   ADV   RB   advmod    5
        of        of        ADP   IN   cc        3
        a         a         DET   DT   det       8
        prisoner  prisoner  NOUN  NN   compound  8
        swap      swap      NOUN  NN   conj      3
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "demand", "ceasefire"), ("borsk", "reject", "prisoner_exchange")}


def test_more_than_sets_nothing_aside(resources):
    claims = read(resources, [("Borsk wants a truce more than a prisoner swap.", """
        Borsk     Borsk     PROPN NNP  nsubj     1
        wants     want      VERB  VBZ  ROOT      1
        a         a         DET   DT   det       3
        truce     truce     NOUN  NN   dobj      1
        more      more      ADV   RBR  advmod    5
        than      than      ADP   IN   cc        3
        a         a         DET   DT   det       8
        prisoner  prisoner  NOUN  NN   compound  8
        swap      swap      NOUN  NN   conj      3
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "demand", "ceasefire"), ("borsk", "demand", "prisoner_exchange")}


def test_denying_a_breach_of_a_halt_is_keeping_to_it(resources):
    claims = read(resources, [("Borsk denied violating the arms embargo.", """
        Borsk      Borsk    PROPN NNP  nsubj     1
        denied     deny     VERB  VBD  ROOT      1
        violating  violate  VERB  VBG  xcomp     1
        the        the      DET   DT   det       5
        arms       arm      NOUN  NNS  compound  5
        embargo    embargo  NOUN  NN   dobj      2
        .          .        PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "support", "halt_to_arms")}


def test_denying_a_past_request_refuses_nothing(resources):
    claims = read(resources, [("Venn denied that Borsk had asked for a truce.", """
        Venn    Venn   PROPN NNP  nsubj  1
        denied  deny   VERB  VBD  ROOT   1
        that    that   SCONJ IN   mark   5
        Borsk   Borsk  PROPN NNP  nsubj  5
        had     have   AUX   VBD  aux    5
        asked   ask    VERB  VBN  ccomp  1
        for     for    ADP   IN   prep   5
        a       a      DET   DT   det    8
        truce   truce  NOUN  NN   pobj   6
        .       .      PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_need_is_a_demand(resources):
    claims = read(resources, [("Arland stressed the need for a truce.", """
        Arland    Arland  PROPN NNP  nsubj     1
        stressed  stress  VERB  VBD  ROOT      1
        the       the     DET   DT   det       3
        need      need    NOUN  NN   dobj      1
        for       for     ADP   IN   prep      3
        a         a       DET   DT   det       6
        truce     truce   NOUN  NN   pobj      4
        .         .       PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "ceasefire")}


def test_what_a_party_prefers_something_to_is_rejected(resources):
    claims = read(resources, [("Arland prefers a truce to a prisoner swap.", """
        Arland    Arland    PROPN NNP  nsubj     1
        prefers   prefer    VERB  VBZ  ROOT      1
        a         a         DET   DT   det       3
        truce     truce     NOUN  NN   dobj      1
        to        to        ADP   IN   prep      1
        a         a         DET   DT   det       7
        prisoner  prisoner  NOUN  NN   compound  7
        swap      swap      NOUN  NN   pobj      4
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire"), ("arland", "reject", "prisoner_exchange")}


def test_favouring_talks_over_something_reaches_past_the_talks(resources):
    claims = read(resources, [("Borsk favours talks over a prisoner swap.", """
        Borsk     Borsk     PROPN NNP  nsubj     1
        favours   favour    VERB  VBZ  ROOT      1
        talks     talk      NOUN  NNS  dobj      1
        over      over      ADP   IN   prep      2
        a         a         DET   DT   det       6
        prisoner  prisoner  NOUN  NN   compound  6
        swap      swap      NOUN  NN   pobj      3
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "prisoner_exchange")}


AGREE_ON = """
    Arland  Arland  PROPN NNP  nsubj  5
    and     and     CCONJ CC   cc     0
    Borsk   Borsk   PROPN NNP  conj   0
    could   could   AUX   MD   aux    5
    not     not     PART  RB   neg    5
    agree   agree   VERB  VB   ROOT   5
    {prep}  {prep}  ADP   IN   prep   5
    a       a       DET   DT   det    8
    truce   truce   NOUN  NN   pobj   6
    .       .       PUNCT .    punct  5
"""


def test_parties_that_could_not_agree_on_a_topic_reject_nothing(resources):
    claims = read(resources, [("Arland and Borsk could not agree on a truce.", AGREE_ON.format(prep="on"))],
                  passes=["stance_cues"])
    assert claims == set()


def test_parties_that_would_not_agree_to_a_topic_reject_it(resources):
    claims = read(resources, [("Arland and Borsk could not agree to a truce.", AGREE_ON.format(prep="to"))],
                  passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire"), ("borsk", "reject", "ceasefire")}


def test_nobody_accepting_a_topic_is_a_rejection(resources):
    claims = read(resources, [("Venn said nobody accepts the truce.", """
        Venn     Venn    PROPN NNP  nsubj  1
        said     say     VERB  VBD  ROOT   1
        nobody   nobody  PRON  NN   nsubj  3
        accepts  accept  VERB  VBZ  ccomp  1
        the      the     DET   DT   det    5
        truce    truce   NOUN  NN   dobj   3
        .        .       PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_not_a_single_party_accepting_a_topic_is_a_rejection(resources):
    claims = read(resources, [("Venn said not a single country accepts the truce.", """
        Venn     Venn     PROPN NNP  nsubj  1
        said     say      VERB  VBD  ROOT   1
        not      not      PART  RB   neg    5
        a        a        DET   DT   det    5
        single   single   ADJ   JJ   amod   5
        country  country  NOUN  NN   nsubj  6
        accepts  accept   VERB  VBZ  ccomp  1
        the      the      DET   DT   det    8
        truce    truce    NOUN  NN   dobj   6
        .        .        PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_stopping_short_of_backing_a_topic_is_no_backing(resources):
    claims = read(resources, [("Borsk stopped short of backing the truce.", """
        Borsk    Borsk   PROPN NNP  nsubj   1
        stopped  stop    VERB  VBD  ROOT    1
        short    short   ADV   RB   advmod  1
        of       of      ADP   IN   prep    2
        backing  back    VERB  VBG  pcomp   3
        the      the     DET   DT   det     6
        truce    truce   NOUN  NN   dobj    4
        .        .       PUNCT .    punct   1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "ceasefire")}


def test_seeing_no_need_for_a_topic_is_against_it(resources):
    claims = read(resources, [("Arland saw no need for a truce.", """
        Arland  Arland  PROPN NNP nsubj 1
        saw     see     VERB  VBD ROOT  1
        no      no      DET   DT  det   3
        need    need    NOUN  NN  dobj  1
        for     for     ADP   IN  prep  3
        a       a       DET   DT  det   6
        truce   truce   NOUN  NN  pobj  4
        .       .       PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}



def test_a_demand_no_longer_made_is_conceded(resources):
    claims = read(resources, [("Arland no longer demands a truce.", """
        Arland    Arland    PROPN NNP  nsubj     3
        no        no        ADV   RB   neg       2
        longer    long      ADV   RBR  advmod    3
        demands   demand    VERB  VBZ  ROOT      3
        a         a         DET   DT   det       5
        truce     truce     NOUN  NN   dobj      3
        .         .         PUNCT .    punct     3
    """)], passes=["stance_cues"])
    assert claims == {("arland", "concede", "ceasefire")}


def test_stopping_to_insist_concedes_and_withdrawn_backing_rejects(resources):
    claims = read(resources, [("Borsk stopped insisting on a truce.", """
        Borsk      Borsk    PROPN NNP  nsubj     1
        stopped    stop     VERB  VBD  ROOT      1
        insisting  insist   VERB  VBG  xcomp     1
        on         on       ADP   IN   prep      2
        a          a        DET   DT   det       5
        truce      truce    NOUN  NN   pobj      3
        .          .        PUNCT .    punct     1
    """), ("Arland no longer backs a prisoner swap.", """
        Arland    Arland    PROPN NNP  nsubj     3
        no        no        ADV   RB   neg       2
        longer    long      ADV   RBR  advmod    3
        backs     back      VERB  VBZ  ROOT      3
        a         a         DET   DT   det       6
        prisoner  prisoner  NOUN  NN   compound  6
        swap      swap      NOUN  NN   dobj      3
        .         .         PUNCT .    punct     3
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "concede", "ceasefire"), ("arland", "reject", "prisoner_exchange")}


def test_a_bare_verb_hung_on_a_reversed_object_is_not_reversed(resources):
    # the parser hangs "accept" on "towns" (as after a relative clause it often does);
    # abandoning the towns does not abandon the truce listed beside it
    claims = read(resources, [("Arland wants Borsk to abandon the towns Cordia claims, accept a truce "
                               "and hold a prisoner swap.", """
        Arland    Arland    PROPN NNP  nsubj     1
        wants     want      VERB  VBZ  ROOT      1
        Borsk     Borsk     PROPN NNP  nsubj     4
        to        to        PART  TO   aux       4
        abandon   abandon   VERB  VB   ccomp     1
        the       the       DET   DT   det       6
        towns     town      NOUN  NNS  dobj      4
        Cordia    Cordia    PROPN NNP  nsubj     8
        claims    claim     VERB  VBZ  relcl     6
        ,         ,         PUNCT ,    punct     8
        accept    accept    VERB  VB   acl       6
        a         a         DET   DT   det       12
        truce     truce     NOUN  NN   dobj      10
        and       and       CCONJ CC   cc        10
        hold      hold      VERB  VB   conj      10
        a         a         DET   DT   det       17
        prisoner  prisoner  NOUN  NN   compound  17
        swap      swap      NOUN  NN   dobj      14
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "ceasefire"), ("arland", "demand", "prisoner_exchange")}


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("Venn insisted that the talks complemented rather than replaced the truce.", """
        Venn          Venn        PROPN NNP  nsubj     1
        insisted      insist      VERB  VBD  ROOT      1
        that          that        SCONJ IN   mark      8
        the           the         DET   DT   det       4
        talks         talk        NOUN  NNS  nsubj     8
        complemented  complement  VERB  VBN  acl       4
        rather        rather      ADV   RB   advmod    7
        than          than        ADP   IN   cc        5
        replaced      replace     VERB  VBD  ccomp     1
        the           the         DET   DT   det       10
        truce         truce       NOUN  NN   dobj      8
        .             .           PUNCT .    punct     1
    """, {("mara_venn", "demand", "ceasefire")}),
    ("Venn spoke, insisting that it complemented rather than replaced the truce.", """
        Venn          Venn        PROPN NNP  nsubj     1
        spoke         speak       VERB  VBD  ROOT      1
        ,             ,           PUNCT ,    punct     1
        insisting     insist      VERB  VBG  advcl     1
        that          that        SCONJ IN   mark      6
        it            it          PRON  PRP  nsubj     6
        complemented  complement  VERB  VBD  ccomp     3
        rather        rather      ADV   RB   advmod    8
        than          than        ADP   IN   cc        6
        replaced      replace     VERB  VBD  conj      6
        the           the         DET   DT   det       11
        truce         truce       NOUN  NN   dobj      9
        .             .           PUNCT .    punct     1
    """, {("mara_venn", "demand", "ceasefire")}),
    ("Venn insisted that the talks replaced the truce.", """
        Venn      Venn     PROPN NNP  nsubj     1
        insisted  insist   VERB  VBD  ROOT      1
        that      that     SCONJ IN   mark      5
        the       the      DET   DT   det       4
        talks     talk     NOUN  NNS  nsubj     5
        replaced  replace  VERB  VBD  ccomp     1
        the       the      DET   DT   det       7
        truce     truce    NOUN  NN   dobj      5
        .         .        PUNCT .    punct     1
    """, {("mara_venn", "reject", "ceasefire")}),
], ids=["rather-than-replaced", "rather-than-replaced-joined", "replaced"])
def test_a_verb_after_rather_than_is_set_aside(resources, text, table, expected):
    assert read(resources, [(text, table)], passes=["stance_cues"]) == expected


@pytest.mark.parametrize(("text", "verb", "object"), [
    ("Venn insisted that Arland would not reject the truce.", "reject    reject  VERB  VB   ccomp     1", """
        the       the     DET   DT   det       8
        truce     truce   NOUN  NN   dobj      6"""),
    ("Venn insisted that Arland would not drop its demand for a truce.",
     "drop      drop    VERB  VB   ccomp     1", """
        its       its     PRON  PRP$ poss      8
        demand    demand  NOUN  NN   dobj      6
        for       for     ADP   IN   prep      8
        a         a       DET   DT   det       11
        truce     truce   NOUN  NN   pobj      9"""),
], ids=["not reject", "not drop"])
def test_a_negated_refusal_under_a_cue_keeps_the_stance(resources, text, verb, object):
    """"insisted it would not drop X": the negation of the verb that would reverse the stance
    counts as well as the verb."""
    table = f"""
        Venn      Venn    PROPN NNP  nsubj     1
        insisted  insist  VERB  VBD  ROOT      1
        that      that    SCONJ IN   mark      6
        Arland    Arland  PROPN NNP  nsubj     6
        would     would   AUX   MD   aux       6
        not       not     PART  RB   neg       6
        {verb}{object}
        .         .       PUNCT .    punct     1
    """
    assert read(resources, [(text, table)], passes=["stance_cues"]) == {("mara_venn", "demand", "ceasefire")}


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("Venn proposed a panel to investigate arms deliveries.", """
        Venn         Venn         PROPN NNP  nsubj     1
        proposed     propose      VERB  VBD  ROOT      1
        a            a            DET   DT   det       3
        panel        panel        NOUN  NN   dobj      1
        to           to           PART  TO   aux       5
        investigate  investigate  VERB  VB   xcomp     1
        arms         arm          NOUN  NNS  compound  7
        deliveries   delivery     NOUN  NNS  dobj      5
        .            .            PUNCT .    punct     1
    """, ("mara_venn", "propose", "halt_to_arms")),
    ("Venn called for an inquiry into arms deliveries.", """
        Venn        Venn      PROPN NNP  nsubj     1
        called      call      VERB  VBD  ROOT      1
        for         for       ADP   IN   prep      1
        an          an        DET   DT   det       4
        inquiry     inquiry   NOUN  NN   pobj      2
        into        into      ADP   IN   prep      4
        arms        arm       NOUN  NNS  compound  7
        deliveries  delivery  NOUN  NNS  pobj      5
        .           .         PUNCT .    punct     1
    """, ("mara_venn", "demand", "halt_to_arms")),
], ids=["investigate", "inquiry into"])
def test_what_a_party_would_look_into_it_keeps_in_check(resources, text, table, expected):
    """Asking to investigate the deed a halt forbids backs the halt, not the deed."""
    assert read(resources, [(text, table)], passes=["stance_cues"]) == {expected}


def test_a_renunciation_demanded_is_against_what_it_renounces(resources):
    claims = read(resources, [("Kell demanded a renunciation of the prisoner exchange.", """
        Kell          Kell          PROPN NNP  nsubj     1
        demanded      demand        VERB  VBD  ROOT      1
        a             a             DET   DT   det       3
        renunciation  renunciation  NOUN  NN   dobj      1
        of            of            ADP   IN   prep      3
        the           the           DET   DT   det       7
        prisoner      prisoner      NOUN  NN   compound  7
        exchange      exchange      NOUN  NN   pobj      4
        .             .             PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("tomas_kell", "reject", "prisoner_exchange")}


def test_withdrawing_under_a_truce_does_not_give_it_up(resources):
    claims = read(resources, [("Arland demanded that Borsk withdraw under the truce.", """
        Arland    Arland    PROPN NNP  nsubj  1
        demanded  demand    VERB  VBD  ROOT   1
        that      that      SCONJ IN   mark   4
        Borsk     Borsk     PROPN NNP  nsubj  4
        withdraw  withdraw  VERB  VB   ccomp  1
        under     under     ADP   IN   prep   4
        the       the       DET   DT   det    7
        truce     truce     NOUN  NN   pobj   5
        .         .         PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "ceasefire")}


@pytest.mark.parametrize(("det", "expected"), [
    ("no", {("borsk", "reject", "ceasefire")}),  # read as "Borsk did not broker the truce"
    ("a", {("borsk", "propose", "ceasefire")}),
])
def test_having_no_role_in_brokering_a_topic_is_not_brokering_it(resources, det, expected):
    claims = read(resources, [(f"Venn said Borsk had {det} role in brokering the truce.", f"""
        Venn       Venn       PROPN NNP nsubj  1
        said       say        VERB  VBD ROOT   1
        Borsk      Borsk      PROPN NNP nsubj  3
        had        have       VERB  VBD ccomp  1
        {det}      {det}      DET   DT  det    5
        role       role       NOUN  NN  dobj   3
        in         in         ADP   IN  prep   5
        brokering  broker     VERB  VBG pcomp  6
        the        the        DET   DT  det    9
        truce      truce      NOUN  NN  dobj   7
        .          .          PUNCT .   punct  1
    """)], passes=["stance_cues"])
    assert claims == expected


def test_asking_for_something_to_be_withdrawn_is_against_it(resources):
    claims = read(resources, [("Arland asked for the sanctions relief to be withdrawn.", """
        Arland     Arland     PROPN NNP nsubj      1
        asked      ask        VERB  VBD ROOT       1
        for        for        SCONJ IN  mark       8
        the        the        DET   DT  det        5
        sanctions  sanction   NOUN  NNS compound   5
        relief     relief     NOUN  NN  nsubjpass  8
        to         to         PART  TO  aux        8
        be         be         AUX   VB  auxpass    8
        withdrawn  withdraw   VERB  VBN advcl      1
        .          .          PUNCT .   punct      1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "sanctions_relief")}


def _with_third_country() -> PackResources:
    topics = (*PACK.topics, Topic(id="outside_role", label="a role for a third country", phrases=("third country",)))
    return changed_pack(topics=topics)


@pytest.mark.parametrize(("text", "table"), [
    ("Arland insisted no third country set the terms.", """
        Arland    Arland    PROPN NNP nsubj  1
        insisted  insist    VERB  VBD ROOT   1
        no        no        DET   DT  det    4
        third     third     ADJ   JJ  amod   4
        country   country   NOUN  NN  nsubj  5
        set       set       VERB  VBD ccomp  1
        the       the       DET   DT  det    7
        terms     term      NOUN  NNS dobj   5
        .         .         PUNCT .   punct  1
    """),
    ("Arland said no third country was asked to help.", """
        Arland   Arland   PROPN NNP nsubj     1
        said     say      VERB  VBD ROOT      1
        no       no       DET   DT  det       4
        third    third    ADJ   JJ  amod      4
        country  country  NOUN  NN  nsubjpass 6
        was      be       AUX   VBD auxpass   6
        asked    ask      VERB  VBN ccomp     1
        to       to       PART  TO  aux       8
        help     help     VERB  VB  xcomp     6
        .        .        PUNCT .   punct     1
    """),
], ids=["insisted no third country set", "no third country was asked"])
def test_a_topic_that_denies_its_own_verb_is_denied_once(text, table):
    """"no third country" denies the verb it is the subject of: one reversal, not two."""
    assert read(_with_third_country(), [(text, table)], passes=["stance_cues"]) == {
        ("arland", "reject", "outside_role")}


def test_a_halt_the_parser_cut_from_its_named_opposite_still_halts_it(resources):
    # a headline without articles: the parser hangs "to" on the verb, and the phrase has
    # modifiers of its own between the halt and its head
    claims = read(resources, [("Venn calls for halt to Borsk arms deliveries", """
        Venn        Venn      PROPN NNP nsubj     1
        calls       call      VERB  VBZ ROOT      1
        for         for       ADP   IN  prep      1
        halt        halt      NOUN  NN  pobj      2
        to          to        ADP   IN  prep      1
        Borsk       Borsk     PROPN NNP compound  7
        arms        arm       NOUN  NNS compound  7
        deliveries  delivery  NOUN  NNS pobj      4
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "demand", "halt_to_arms")}


def test_it_pointing_back_to_the_suspension_of_a_topic_stands_for_the_suspension(resources):
    """"Borsk's suspension of the prisoner swap ... urged Kell to reverse it": undoing the
    suspension asks for the swap."""
    claims = read(resources, [("Venn condemned Borsk's suspension of the prisoner swap and urged Kell to reverse it.", """
        Venn        Venn        PROPN NNP nsubj    1
        condemned   condemn     VERB  VBD ROOT     1
        Borsk       Borsk       PROPN NNP poss     4
        's          's          PART  POS case     2
        suspension  suspension  NOUN  NN  dobj     1
        of          of          ADP   IN  prep     4
        the         the         DET   DT  det      8
        prisoner    prisoner    NOUN  NN  compound 8
        swap        swap        NOUN  NN  pobj     5
        and         and         CCONJ CC  cc       1
        urged       urge        VERB  VBD conj     1
        Kell        Kell        PROPN NNP dobj     10
        to          to          PART  TO  aux      13
        reverse     reverse     VERB  VB  xcomp    10
        it          it          PRON  PRP dobj     13
        .           .           PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert ("mara_venn", "demand", "prisoner_exchange") in claims
    assert ("mara_venn", "reject", "prisoner_exchange") not in claims


def test_not_having_done_so_is_no_refusal_of_what_is_urged(resources):
    """"urged states that have not yet done so to agree a prisoner swap", the swap hung by
    the parser on "done": the "not" belongs to "do so", which stands for the deed."""
    claims = read(resources, [("Venn urged states that have not yet done so to back a prisoner swap.", """
        Venn      Venn      PROPN NNP nsubj    1
        urged     urge      VERB  VBD ROOT     1
        states    state     NOUN  NNS dobj     1
        that      that      PRON  WDT nsubj    7
        have      have      AUX   VBP aux      7
        not       not       PART  RB  neg      7
        yet       yet       ADV   RB  advmod   7
        done      do        VERB  VBN relcl    2
        so        so        ADV   RB  advmod   7
        to        to        PART  TO  aux      10
        back      back      VERB  VB  advcl    7
        a         a         DET   DT  det      13
        prisoner  prisoner  NOUN  NN  compound 13
        swap      swap      NOUN  NN  dobj     10
        .         .         PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert ("mara_venn", "reject", "prisoner_exchange") not in claims
    assert ("mara_venn", "demand", "prisoner_exchange") in claims


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("Arland would not go back to honouring the truce.", """
        Arland        Arland     PROPN NNP  nsubj     3
        would         would      AUX   MD   aux       3
        not           not        PART  RB   neg       3
        go            go         VERB  VB   ROOT      3
        back          back       ADV   RB   advmod    3
        to            to         ADP   IN   prep      4
        honouring     honour     VERB  VBG  pcomp     5
        the           the        DET   DT   det       8
        truce         truce      NOUN  NN   dobj      6
        .             .          PUNCT .    punct     3
    """, {("arland", "reject", "ceasefire")}),
    ("Borsk will not return to respecting the truce.", """
        Borsk      Borsk    PROPN NNP  nsubj     3
        will       will     AUX   MD   aux       3
        not        not      PART  RB   neg       3
        return     return   VERB  VB   ROOT      3
        to         to       ADP   IN   prep      3
        respecting respect  VERB  VBG  pcomp     4
        the        the      DET   DT   det       7
        truce      truce    NOUN  NN   dobj      5
        .          .        PUNCT .    punct     3
    """, {("borsk", "reject", "ceasefire")}),
    ("Arland would go back to honouring the truce.", """
        Arland        Arland     PROPN NNP  nsubj     2
        would         would      AUX   MD   aux       2
        go            go         VERB  VB   ROOT      2
        back          back       ADV   RB   advmod    2
        to            to         ADP   IN   prep      3
        honouring     honour     VERB  VBG  pcomp     4
        the           the        DET   DT   det       7
        truce         truce      NOUN  NN   dobj      5
        .             .          PUNCT .    punct     2
    """, {("arland", "support", "ceasefire")}),
    ("No one should count on Borsk honouring the truce.", """
        No         no       DET   DT   det       1
        one        one      NOUN  NN   nsubj     3
        should     should   AUX   MD   aux       3
        count      count    VERB  VB   ROOT      3
        on         on       ADP   IN   prep      3
        Borsk      Borsk    PROPN NNP  nsubj     6
        honouring  honour   VERB  VBG  pcomp     4
        the        the      DET   DT   det       8
        truce      truce    NOUN  NN   dobj      6
        .          .        PUNCT .    punct     3
    """, {("borsk", "reject", "ceasefire")}),
], ids=["not go back to", "not return to", "go back to", "no one count on"])
def test_not_going_back_to_carrying_out_a_topic_is_against_it(resources, text, table, expected):
    """"would not go back to honouring X", "no one should count on Borsk honouring X": the
    negation sits on the verb above, the gerund hangs on its preposition."""
    assert read(resources, [(text, table)], passes=["stance_cues"]) == expected


def _with_aid_law() -> PackResources:
    law = Topic(id="aid_waiver", label="waiving the aid law", phrases=("aid waiver",),
                opposite_phrases=("Section 12", "restrictions on aid"))
    return changed_pack(topics=(*PACK.topics, law))


def test_lifting_a_restriction_named_twice_is_for_its_waiver():
    """"lifting the Section 12 restrictions on aid": both phrases name the restriction, so
    its "restrictions" is no stop of "Section 12" that the lifting would undo."""
    claims = read(_with_aid_law(), [("Arland backed lifting the Section 12 restrictions on aid.", """
        Arland        Arland       PROPN NNP  nsubj     1
        backed        back         VERB  VBD  ROOT      1
        lifting       lift         VERB  VBG  xcomp     1
        the           the          DET   DT   det       6
        Section       section      NOUN  NN   nmod      6
        12            12           NUM   CD   nummod    6
        restrictions  restriction  NOUN  NNS  dobj      2
        on            on           ADP   IN   prep      6
        aid           aid          NOUN  NN   pobj      7
        .             .            PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "aid_waiver")}


def test_waiving_a_restriction_stops_it():
    claims = read(_with_aid_law(), [("Arland backed waiving the restrictions on aid.", """
        Arland        Arland       PROPN NNP  nsubj     1
        backed        back         VERB  VBD  ROOT      1
        waiving       waive        VERB  VBG  xcomp     1
        the           the          DET   DT   det       4
        restrictions  restriction  NOUN  NNS  dobj      2
        on            on           ADP   IN   prep      4
        aid           aid          NOUN  NN   pobj      5
        .             .            PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "aid_waiver")}


def test_asking_to_think_again_about_a_topic_is_against_it(resources):
    """"asked Borsk to think again about the treaty suspension", like "to reconsider it",
    asks for the treaty back."""
    claims = read(resources, [("Arland asked Borsk to think again about the treaty suspension.", """
        Arland      Arland      PROPN NNP nsubj     1
        asked       ask         VERB  VBD ROOT      1
        Borsk       Borsk       PROPN NNP dobj      1
        to          to          PART  TO  aux       4
        think       think       VERB  VB  xcomp     1
        again       again       ADV   RB  advmod    4
        about       about       ADP   IN  prep      4
        the         the         DET   DT  det       9
        treaty      treaty      NOUN  NN  compound  9
        suspension  suspension  NOUN  NN  pobj      6
        .           .           PUNCT .   punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "treaty_restored")}


def test_depriving_a_party_of_a_topic_reverses_the_stance_on_it(resources):
    claims = read(resources, [("Kell rejected any attempt to deprive Borsk of sanctions relief.", """
        Kell      Kell     PROPN NNP  nsubj     1
        rejected  reject   VERB  VBD  ROOT      1
        any       any      DET   DT   det       3
        attempt   attempt  NOUN  NN   dobj      1
        to        to       PART  TO   aux       5
        deprive   deprive  VERB  VB   acl       3
        Borsk     Borsk    PROPN NNP  dobj      5
        of        of       ADP   IN   prep      6
        sanctions sanction NOUN  NNS  compound  9
        relief    relief   NOUN  NN   pobj      7
        .         .        PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("tomas_kell", "support", "sanctions_relief")}


def test_a_stop_joined_to_an_opposite_deed_is_another_way_not_its_halt():
    """"any attempt to stop or divert water": the stop is a second way of taking the water,
    it does not halt the diverting; rejecting both is for the water's sharing."""
    sharing = Topic(id="water_shared", label="the river's water shared", phrases=("water share",),
                    opposite_phrases=("divert water",))
    claims = read(changed_pack(topics=(*PACK.topics, sharing)), [("Kell rejected any attempt to stop or divert water.", """
        Kell      Kell     PROPN NNP  nsubj     1
        rejected  reject   VERB  VBD  ROOT      1
        any       any      DET   DT   det       3
        attempt   attempt  NOUN  NN   dobj      1
        to        to       PART  TO   aux       5
        stop      stop     VERB  VB   acl       3
        or        or       CCONJ CC   cc        5
        divert    divert   VERB  VB   conj      5
        water     water    NOUN  NN   dobj      7
        .         .        PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("tomas_kell", "support", "water_shared")}
