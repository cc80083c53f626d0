"""Evaluations: what a party says a topic is, as its stance."""

import pytest
from conftest import PACK, changed_pack, read

from stancegraph.schema import Cue, Topic


def test_a_disaster_for_a_party_is_its_rejection(resources):
    claims = read(resources, [("The truce is a disaster for Borsk.", """
        The       the       DET   DT  det   1
        truce     truce     NOUN  NN  nsubj 2
        is        be        AUX   VBZ ROOT  2
        a         a         DET   DT  det   4
        disaster  disaster  NOUN  NN  attr  2
        for       for       ADP   IN  prep  4
        Borsk     Borsk     PROPN NNP pobj  5
        .         .         PUNCT .   punct 2
    """)], passes=["evaluations"])
    assert claims == {("borsk", "reject", "ceasefire")}


def test_calling_a_topic_a_step_in_the_right_direction_supports_it(resources):
    claims = read(resources, [("Venn called the truce a step in the right direction.", """
        Venn       Venn       PROPN NNP nsubj 1
        called     call       VERB  VBD ROOT  1
        the        the        DET   DT  det   3
        truce      truce      NOUN  NN  dobj  1
        a          a          DET   DT  det   5
        step       step       NOUN  NN  oprd  1
        in         in         ADP   IN  prep  5
        the        the        DET   DT  det   9
        right      right      ADJ   JJ  amod  9
        direction  direction  NOUN  NN  pobj  6
        .          .          PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "support", "ceasefire")}


def test_reacting_warmly_to_a_topic_supports_it(resources):
    claims = read(resources, [("Borsk reacted warmly to the prisoner swap.", """
        Borsk     Borsk     PROPN NNP nsubj    1
        reacted   react     VERB  VBD ROOT     1
        warmly    warmly    ADV   RB  advmod   1
        to        to        ADP   IN  prep     1
        the       the       DET   DT  det      6
        prisoner  prisoner  NOUN  NN  compound 6
        swap      swap      NOUN  NN  pobj     3
        .         .         PUNCT .   punct    1
    """)], passes=["evaluations"])
    assert claims == {("borsk", "support", "prisoner_exchange")}


def test_the_journalists_own_adjective_is_no_ones_stance(resources):
    claims = read(resources, [("The truce is a disaster.", """
        The       the       DET   DT  det   1
        truce     truce     NOUN  NN  nsubj 2
        is        be        AUX   VBZ ROOT  2
        a         a         DET   DT  det   4
        disaster  disaster  NOUN  NN  attr  2
        .         .         PUNCT .   punct 2
    """)], passes=["evaluations"])
    assert claims == set()


def test_saying_a_topic_would_amount_to_theft_rejects_it(resources):
    claims = read(resources, [("Venn said lifting sanctions would amount to theft.", """
        Venn       Venn      PROPN NNP nsubj 1
        said       say       VERB  VBD ROOT  1
        lifting    lift      VERB  VBG csubj 5
        sanctions  sanction  NOUN  NNS dobj  2
        would      would     AUX   MD  aux   5
        amount     amount    VERB  VB  ccomp 1
        to         to        ADP   IN  prep  5
        theft      theft     NOUN  NN  pobj  6
        .          .         PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "reject", "sanctions_relief")}


def test_a_truce_that_must_come_first_is_supported_by_who_says_so(resources):
    claims = read(resources, [("Venn said a truce must come first.", """
        Venn   Venn   PROPN NNP nsubj  1
        said   say    VERB  VBD ROOT   1
        a      a      DET   DT  det    3
        truce  truce  NOUN  NN  nsubj  5
        must   must   AUX   MD  aux    5
        come   come   VERB  VB  ccomp  1
        first  first  ADV   RB  advmod 5
        .      .      PUNCT .   punct  1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "support", "ceasefire")}


def test_a_verb_of_its_own_judges_nothing(resources):
    claims = read(resources, [("Venn said the truce collapsed.", """
        Venn       Venn      PROPN NNP nsubj 1
        said       say       VERB  VBD ROOT  1
        the        the       DET   DT  det   3
        truce      truce     NOUN  NN  nsubj 4
        collapsed  collapse  VERB  VBD ccomp 1
        .          .         PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == set()


def test_a_topic_that_cannot_go_hand_in_hand_with_shelling_is_rejected(resources):
    claims = read(resources, [("Shelling and a truce cannot go hand in hand, Venn said.", """
        Shelling  shelling  NOUN  NN  nsubj    6
        and       and       CCONJ CC  cc       0
        a         a         DET   DT  det      3
        truce     truce     NOUN  NN  conj     0
        can       can       AUX   MD  aux      6
        not       not       PART  RB  neg      6
        go        go        VERB  VB  ccomp    12
        hand      hand      NOUN  NN  npadvmod 6
        in        in        ADP   IN  prep     6
        hand      hand      NOUN  NN  pobj     8
        ,         ,         PUNCT ,   punct    12
        Venn      Venn      PROPN NNP nsubj    12
        said      say       VERB  VBD ROOT     12
        .         .         PUNCT .   punct    12
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("Venn said concessions on the truce were off the table.", """
        Venn         Venn        PROPN NNP  nsubj     1
        said         say         VERB  VBD  ROOT      1
        concessions  concession  NOUN  NNS  nsubj     6
        on           on          ADP   IN   prep      2
        the          the         DET   DT   det       5
        truce        truce       NOUN  NN   pobj      3
        were         be          AUX   VBD  ccomp     1
        off          off         ADP   IN   prep      6
        the          the         DET   DT   det       9
        table        table       NOUN  NN   pobj      7
        .            .           PUNCT .    punct     1
    """, {("mara_venn", "reject", "ceasefire")}),
    ("Venn said abandoning the truce was out of the question.", """
        Venn        Venn      PROPN NNP  nsubj     1
        said        say       VERB  VBD  ROOT      1
        abandoning  abandon   VERB  VBG  csubj     5
        the         the       DET   DT   det       4
        truce       truce     NOUN  NN   dobj      2
        was         be        AUX   VBD  ccomp     1
        out         out       ADP   IN   prep      5
        of          of        ADP   IN   prep      6
        the         the       DET   DT   det       9
        question    question  NOUN  NN   pobj      7
        .           .         PUNCT .    punct     1
    """, {("mara_venn", "support", "ceasefire")}),
], ids=["concessions off the table", "abandoning it out of the question"])
def test_a_deed_judged_out_of_the_question_is_refused(resources, text, table, expected):
    """A concession or a gerund that a speaker rules out is the speaker's refusal of it, not
    a concession; ruling out abandoning a thing backs the thing."""
    assert read(resources, [(text, table)]) == expected


EXCHANGE_WAS = """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        a         a         DET   DT   det       4
        prisoner  prisoner  NOUN  NN   compound  4
        exchange  exchange  NOUN  NN   nsubj     5
        was       be        AUX   VBD  ccomp     1
{predicate}
        .         .         PUNCT .    punct     1
"""
"""'Venn said a prisoner exchange was ...', the predicate's rows to be filled in."""


def test_what_is_not_on_the_table_is_refused(resources):
    claims = read(resources, [("Venn said a prisoner exchange was not on the table.", EXCHANGE_WAS.format(predicate="""\
        not       not       PART  RB   neg       5
        on        on        ADP   IN   prep      5
        the       the       DET   DT   det       9
        table     table     NOUN  NN   pobj      7"""))], passes=["evaluations"])
    assert claims == {("mara_venn", "reject", "prisoner_exchange")}


def test_calling_a_topic_long_overdue_supports_it(resources):
    claims = read(resources, [("Venn called the truce long overdue.", """
        Venn     Venn     PROPN NNP nsubj  1
        called   call     VERB  VBD ROOT   1
        the      the      DET   DT  det    3
        truce    truce    NOUN  NN  dobj   1
        long     long     ADV   RB  advmod 5
        overdue  overdue  ADJ   JJ  oprd   1
        .        .        PUNCT .   punct  1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "support", "ceasefire")}


PROPOSED_SWAPS = ("Borsk proposed prisoner swaps.", """
    Borsk     Borsk     PROPN NNP nsubj    1
    proposed  propose   VERB  VBD ROOT     1
    prisoner  prisoner  NOUN  NN  compound 3
    swaps     swap      NOUN  NNS dobj     1
    .         .         PUNCT .   punct    1
""")


def test_them_after_a_sentence_naming_a_topic_is_that_topic(resources):
    claims = read(resources, [PROPOSED_SWAPS, ("Venn called them unacceptable.", """
        Venn          Venn          PROPN NNP nsubj 1
        called        call          VERB  VBD ROOT  1
        them          they          PRON  PRP dobj  1
        unacceptable  unacceptable  ADJ   JJ  oprd  1
        .             .             PUNCT .   punct 1
    """)])
    assert claims == {("borsk", "propose", "prisoner_exchange"), ("mara_venn", "reject", "prisoner_exchange")}


def test_the_topic_named_before_said_to_be_out_of_the_question_is_refused(resources):
    claims = read(resources, [PROPOSED_SWAPS, ("Venn said the swaps were out of the question.", """
        Venn      Venn      PROPN NNP nsubj 1
        said      say       VERB  VBD ROOT  1
        the       the       DET   DT  det   3
        swaps     swap      NOUN  NNS nsubj 4
        were      be        AUX   VBD ccomp 1
        out       out       ADP   IN  prep  4
        of        of        ADP   IN  prep  5
        the       the       DET   DT  det   8
        question  question  NOUN  NN  pobj  6
        .         .         PUNCT .   punct 1
    """)])
    assert claims == {("borsk", "propose", "prisoner_exchange"), ("mara_venn", "reject", "prisoner_exchange")}


def test_them_after_a_sentence_naming_people_is_the_people(resources):
    claims = read(resources, [("Borsk holds the soldiers until prisoner swaps.", """
        Borsk     Borsk     PROPN NNP nsubj    1
        holds     hold      VERB  VBZ ROOT     1
        the       the       DET   DT  det      3
        soldiers  soldier   NOUN  NNS dobj     1
        until     until     ADP   IN  prep     1
        prisoner  prisoner  NOUN  NN  compound 6
        swaps     swap      NOUN  NNS pobj     4
        .         .         PUNCT .   punct    1
    """), ("Venn called them unacceptable.", """
        Venn          Venn          PROPN NNP nsubj 1
        called        call          VERB  VBD ROOT  1
        them          they          PRON  PRP dobj  1
        unacceptable  unacceptable  ADJ   JJ  oprd  1
        .             .             PUNCT .   punct 1
    """)])
    assert {c for c in claims if c[0] == "mara_venn"} == set()


def test_judging_badly_what_a_cessation_would_end_is_for_ending_it(resources):
    claims = read(resources, [("The Kestrel is a disaster for Borsk.", """
        The       the       DET   DT  det    1
        Kestrel   Kestrel   PROPN NNP nsubj  2
        is        be        AUX   VBZ ROOT   2
        a         a         DET   DT  det    4
        disaster  disaster  NOUN  NN  attr   2
        for       for       ADP   IN  prep   4
        Borsk     Borsk     PROPN NNP pobj   5
        .         .         PUNCT .   punct  2
    """)], passes=["evaluations"])
    assert claims == {("borsk", "support", "militia_disarmed")}


def test_judging_badly_what_is_done_to_what_a_cessation_would_end_is_against_doing_it(resources):
    claims = read(resources, [("The defeat of the Kestrel is a disaster for Borsk.", """
        The       the       DET   DT  det    1
        defeat    defeat    NOUN  NN  nsubj  5
        of        of        ADP   IN  prep   1
        the       the       DET   DT  det    4
        Kestrel   Kestrel   PROPN NNP pobj   2
        is        be        AUX   VBZ ROOT   5
        a         a         DET   DT  det    7
        disaster  disaster  NOUN  NN  attr   5
        for       for       ADP   IN  prep   7
        Borsk     Borsk     PROPN NNP pobj   8
        .         .         PUNCT .   punct  5
    """)], passes=["evaluations"])
    assert claims == {("borsk", "reject", "militia_disarmed")}



CALLED_SUSPENSION = """
    Borsk       Borsk       PROPN NNP  nsubj     1
    called      call        VERB  VBD  ROOT      1
    the         the         DET   DT   det       3
    suspension  suspension  NOUN  NN   dobj      1
    of          of          ADP   IN   prep      3
    the         the         DET   DT   det       6
    truce       truce       NOUN  NN   pobj      4
    {complement}
    .           .           PUNCT .    punct     1
"""


@pytest.mark.parametrize(("text", "complement", "expected"), [
    ("Borsk called the suspension of the truce a blunder.", """
        a        a        DET   DT   det   8
        blunder  blunder  NOUN  NN   oprd  1
    """, {("borsk", "support", "ceasefire")}),
    ("Borsk called the suspension of the truce an act of war.", """
        an   an   DET   DT   det   8
        act  act  NOUN  NN   oprd  1
        of   of   ADP   IN   prep  8
        war  war  NOUN  NN   pobj  9
    """, {("borsk", "support", "ceasefire")}),
], ids=["a blunder", "an act of war"])
def test_a_deed_someone_calls_a_wrong_is_not_their_deed(text, complement, expected):
    """Calling a suspension a blunder or an act of war judges it: the caller did not
    suspend anything, and is for what was suspended. (A pack may make the noun a cue of its
    own, as the India-Pakistan pack does.)"""
    cue = Cue(lemma="suspension", pos=("NOUN",), stance="reject", topics=("ceasefire",))
    suspending = changed_pack(lexicon=PACK.lexicon.model_copy(update={"cues": (cue,)}))
    table = CALLED_SUSPENSION.format(complement=complement.strip())
    assert read(suspending, [(text, table)]) == expected


def test_the_only_option_is_backed(resources):
    claims = read(resources, [("Venn said a prisoner exchange was the only option.", EXCHANGE_WAS.format(predicate="""\
        the       the       DET   DT   det       8
        only      only      ADJ   JJ   amod      8
        option    option    NOUN  NN   attr      5"""))], passes=["evaluations"])
    assert claims == {("mara_venn", "support", "prisoner_exchange")}


def test_an_adjective_hung_on_the_judged_object_is_what_it_is_called(resources):
    # the parser reads "termed the truce reckless" as "the reckless truce", said after it
    claims = read(resources, [("Venn termed the truce reckless.", """
        Venn      Venn      PROPN NNP nsubj 1
        termed    term      VERB  VBD ROOT  1
        the       the       DET   DT  det   3
        truce     truce     NOUN  NN  dobj  1
        reckless  reckless  ADJ   JJ  amod  3
        .         .         PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_an_adjective_before_the_judged_object_is_no_judgement(resources):
    claims = read(resources, [("Venn termed the reckless truce a pause.", """
        Venn      Venn      PROPN NNP nsubj 1
        termed    term      VERB  VBD ROOT  1
        the       the       DET   DT  det   4
        reckless  reckless  ADJ   JJ  amod  4
        truce     truce     NOUN  NN  dobj  1
        a         a         DET   DT  det   6
        pause     pause     NOUN  NN  oprd  1
        .         .         PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == set()


def test_what_a_topic_is_said_not_to_be_does_not_judge_it(resources):
    # the parser hangs the "not" of "A, not B" on A
    claims = read(resources, [("Venn said the truce was a step forward, not a disaster.", """
        Venn      Venn      PROPN NNP nsubj 1
        said      say       VERB  VBD ROOT  1
        the       the       DET   DT  det   3
        truce     truce     NOUN  NN  nsubj 4
        was       be        AUX   VBD ccomp 1
        a         a         DET   DT  det   6
        step      step      NOUN  NN  attr  4
        forward   forward   ADV   RB  advmod 6
        ,         ,         PUNCT ,   punct 7
        not       not       PART  RB  neg   7
        a         a         DET   DT  det   11
        disaster  disaster  NOUN  NN  appos 7
        .         .         PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "support", "ceasefire")}


def test_a_listed_phrase_after_its_own_not_counts_the_other_way(resources):
    # inside quotation marks the parser hangs "not" on the phrase, not on the copula
    claims = read(resources, [('Venn said the truce was "not on the table".', """
        Venn   Venn   PROPN NNP nsubj 1
        said   say    VERB  VBD ROOT  1
        the    the    DET   DT  det   3
        truce  truce  NOUN  NN  nsubj 4
        was    be     AUX   VBD ccomp 1
        "      "      PUNCT ``  punct 4
        not    not    PART  RB  neg   7
        on     on     ADP   IN  prep  4
        the    the    DET   DT  det   9
        table  table  NOUN  NN  pobj  7
        "      "      PUNCT ''  punct 4
        .      .      PUNCT .   punct 1
    """)], passes=["evaluations"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


ABANDON_JUDGED = ("Venn said the decision to abandon the truce was a mistake.", """
    Venn      Venn      PROPN NNP nsubj 1
    said      say       VERB  VBD ROOT  1
    the       the       DET   DT  det   3
    decision  decision  NOUN  NN  nsubj 8
    to        to        PART  TO  aux   5
    abandon   abandon   VERB  VB  acl   3
    the       the       DET   DT  det   7
    truce     truce     NOUN  NN  dobj  5
    was       be        AUX   VBD ccomp 1
    a         a         DET   DT  det   10
    mistake   mistake   NOUN  NN  attr  8
    .         .         PUNCT .   punct 1
""")
# the parser makes the complement the infinitive's second object
SIGNING_CALLED = ("Venn called the decision to sign the truce a mistake.", """
    Venn      Venn      PROPN NNP nsubj 1
    called    call      VERB  VBD ROOT  1
    the       the       DET   DT  det   3
    decision  decision  NOUN  NN  dobj  1
    to        to        PART  TO  aux   5
    sign      sign      VERB  VB  acl   3
    the       the       DET   DT  det   7
    truce     truce     NOUN  NN  dobj  5
    a         a         DET   DT  det   9
    mistake   mistake   NOUN  NN  dobj  5
    .         .         PUNCT .   punct 1
""")
SIGNING_TOLD = ("Venn said the decision to sign the truce was taken in March.", """
    Venn      Venn      PROPN NNP nsubj     1
    said      say       VERB  VBD ROOT      1
    the       the       DET   DT  det       3
    decision  decision  NOUN  NN  nsubjpass 9
    to        to        PART  TO  aux       5
    sign      sign      VERB  VB  acl       3
    the       the       DET   DT  det       7
    truce     truce     NOUN  NN  dobj      5
    was       be        AUX   VBD auxpass   9
    taken     take      VERB  VBN ccomp     1
    in        in        ADP   IN  prep      9
    March     March     PROPN NNP pobj      10
    .         .         PUNCT .   punct     1
""")


@pytest.mark.parametrize(("sentence", "expected"), [
    (ABANDON_JUDGED, {("mara_venn", "support", "ceasefire")}),
    (SIGNING_CALLED, {("mara_venn", "reject", "ceasefire")}),
    (SIGNING_TOLD, {("mara_venn", "support", "ceasefire")}),
], ids=["abandoning, a mistake", "signing, called a mistake", "signing, told"])
def test_a_decision_judged_judges_what_it_would_do(resources, sentence, expected):
    """"The decision to abandon the truce was a mistake" is for the truce: the deed is
    judged, not done by the speaker. A decision only told is still its maker's deed."""
    assert read(resources, [sentence], passes=["stance_cues", "evaluations"]) == expected


def test_calling_a_topic_an_act_of_war_rejects_it(resources):
    claims = read(resources, [("Borsk said any prisoner swap would be an act of war.", """
        Borsk    Borsk    PROPN NNP  nsubj     1
        said     say      VERB  VBD  ROOT      1
        any      any      DET   DT   det       4
        prisoner prisoner NOUN  NN   compound  4
        swap     swap     NOUN  NN   nsubj     6
        would    would    AUX   MD   aux       6
        be       be       AUX   VB   ccomp     1
        an       an       DET   DT   det       8
        act      act      NOUN  NN   attr      6
        of       of       ADP   IN   prep      8
        war      war      NOUN  NN   pobj      9
        .        .        PUNCT .    punct     1
    """)], passes=["evaluations"])
    assert claims == {("borsk", "reject", "prisoner_exchange")}


# "any attempt to stop or abandon the truce": two ways of ending it, which end it once
STOP_OR_ABANDON = """
        Venn       Venn       PROPN NNP  nsubj     1
        said       say        VERB  VBD  ROOT      1
        any        any        DET   DT   det       3
        attempt    attempt    NOUN  NN   nsubj     11
        to         to         PART  TO   aux       5
        {first:10} {first:10} VERB  VB   acl       3
        or         or         CCONJ CC   cc        5
        {second:10} {second:10} VERB  VB   conj      5
        the        the        DET   DT   det       9
        truce      truce      NOUN  NN   dobj      7
        would      would      AUX   MD   aux       11
        be         be         AUX   VB   ccomp     1
        an         an         DET   DT   det       13
        act        act        NOUN  NN   attr      11
        of         of         ADP   IN   prep      13
        aggression aggression NOUN  NN   pobj      14
        .          .          PUNCT .    punct     1
"""


@pytest.mark.parametrize("first, second", [("stop", "abandon"), ("abandon", "stop")])
def test_condemning_an_attempt_to_stop_or_abandon_a_topic_supports_it(resources, first, second):
    text = f"Venn said any attempt to {first} or {second} the truce would be an act of aggression."
    claims = read(resources, [(text, STOP_OR_ABANDON.format(first=first, second=second))],
                  passes=["evaluations"])
    assert claims == {("mara_venn", "support", "ceasefire")}



def test_condemning_a_bid_to_stop_what_a_topic_provides_supports_the_topic():
    """"any bid to stop water owed under the river treaty would be an act of war": the
    treaty sits in what the bid would stop, so the bid is judged as a deed against it."""
    treaty = Topic(id="river_treaty", label="the river treaty honoured", phrases=("river treaty",))
    claims = read(changed_pack(topics=(*PACK.topics, treaty)), [(
        "Kell said any bid to stop water owed under the river treaty would be an act of war.", """
        Kell   Kell   PROPN NNP  nsubj     1
        said   say    VERB  VBD  ROOT      1
        any    any    DET   DT   det       3
        bid    bid    NOUN  NN   nsubj     13
        to     to     PART  TO   aux       5
        stop   stop   VERB  VB   acl       3
        water  water  NOUN  NN   dobj      5
        owed   owe    VERB  VBN  acl       6
        under  under  ADP   IN   prep      7
        the    the    DET   DT   det       11
        river  river  NOUN  NN   compound  11
        treaty treaty NOUN  NN   pobj      8
        would  would  AUX   MD   aux       13
        be     be     AUX   VB   ccomp     1
        an     an     DET   DT   det       15
        act    act    NOUN  NN   attr      13
        of     of     ADP   IN   prep      15
        war    war    NOUN  NN   pobj      16
        .      .      PUNCT .    punct     1
    """)], passes=["evaluations"])
    assert claims == {("tomas_kell", "support", "river_treaty")}
