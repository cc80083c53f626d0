"""Obligations: what a party says must (not) be done to a topic, it demands."""

import pytest
from conftest import PACK, changed_pack, read

from stancegraph.schema import Topic


def test_a_party_saying_a_truce_must_be_respected_demands_it(resources):
    claims = read(resources, [("Venn said the truce must be respected.", """
        Venn       Venn     PROPN NNP nsubj     1
        said       say      VERB  VBD ROOT      1
        the        the      DET   DT  det       3
        truce      truce    NOUN  NN  nsubjpass 6
        must       must     AUX   MD  aux       6
        be         be       AUX   VB  auxpass   6
        respected  respect  VERB  VBN ccomp     1
        .          .        PUNCT .   punct     1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "ceasefire")}


def test_arms_deliveries_that_must_stop_demand_the_halt(resources):
    claims = read(resources, [("Venn said arms deliveries must stop.", """
        Venn        Venn      PROPN NNP nsubj    1
        said        say       VERB  VBD ROOT     1
        arms        arm       NOUN  NNS compound 3
        deliveries  delivery  NOUN  NNS nsubj    5
        must        must      AUX   MD  aux      5
        stop        stop      VERB  VB  ccomp    1
        .           .         PUNCT .   punct    1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "halt_to_arms")}


def test_the_journalists_own_must_is_no_ones(resources):
    claims = read(resources, [("The truce must be respected.", """
        The        the      DET   DT  det       1
        truce      truce    NOUN  NN  nsubjpass 4
        must       must     AUX   MD  aux       4
        be         be       AUX   VB  auxpass   4
        respected  respect  VERB  VBN ROOT      4
        .          .        PUNCT .   punct     4
    """)], passes=["obligations"])
    assert claims == set()


def test_a_property_the_topic_must_have_is_no_demand_for_it(resources):
    claims = read(resources, [("Venn said any truce must be lasting.", """
        Venn     Venn     PROPN NNP nsubj  1
        said     say      VERB  VBD ROOT   1
        any      any      DET   DT  det    3
        truce    truce    NOUN  NN  nsubj  5
        must     must     AUX   MD  aux    5
        be       be       AUX   VB  ccomp  1
        lasting  lasting  ADJ   JJ  acomp  5
        .        .        PUNCT .   punct  1
    """)], passes=["obligations"])
    assert claims == set()


def test_what_has_to_stop_is_obliged_like_what_must(resources):
    claims = read(resources, [("Venn said arms deliveries have to stop.", """
        Venn        Venn      PROPN NNP nsubj    1
        said        say       VERB  VBD ROOT     1
        arms        arm       NOUN  NNS compound 3
        deliveries  delivery  NOUN  NNS nsubj    4
        have        have      VERB  VBP ccomp    1
        to          to        PART  TO  aux      6
        stop        stop      VERB  VB  xcomp    4
        .           .         PUNCT .   punct    1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "halt_to_arms")}


def test_another_party_needing_to_accept_a_truce_is_the_speakers_demand(resources):
    claims = read(resources, [("Borsk needs to accept the truce, Venn said.", """
        Borsk   Borsk   PROPN NNP nsubj 1
        needs   need    VERB  VBZ ccomp 8
        to      to      PART  TO  aux   3
        accept  accept  VERB  VB  xcomp 1
        the     the     DET   DT  det   5
        truce   truce   NOUN  NN  dobj  3
        ,       ,       PUNCT ,   punct 8
        Venn    Venn    PROPN NNP nsubj 8
        said    say     VERB  VBD ROOT  8
        .       .       PUNCT .   punct 8
    """)], passes=["stance_cues", "obligations"])
    assert claims == {("mara_venn", "demand", "ceasefire")}


@pytest.fixture(scope="module")
def with_alliance():
    """The test pack, with a topic whose opposite phrase holds its own negation."""
    topic = Topic(id="alliance_entry", label="Borsk joining the alliance", phrases=("join the alliance",),
                  opposite_phrases=("never join the alliance",))
    return changed_pack(topics=(*PACK.topics, topic))


def test_a_never_inside_the_opposite_phrase_is_not_counted_again(with_alliance):
    claims = read(with_alliance, [("Venn said Borsk must never join the alliance.", """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        Borsk     Borsk     PROPN NNP  nsubj     5
        must      must      AUX   MD   aux       5
        never     never     ADV   RB   neg       5
        join      join      VERB  VB   ccomp     1
        the       the       DET   DT   det       7
        alliance  alliance  NOUN  NN   dobj      5
        .         .         PUNCT .    punct     1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "reject", "alliance_entry")}


# "Arland's NOUN is that the truce must be respected."
OWNED_NOUN = """
        Arland     Arland    PROPN NNP  poss      2
        's         's        PART  POS  case      0
        {noun:<9}  {noun:<8}  NOUN  NN   nsubj     3
        is         be        AUX   VBZ  ROOT      3
        that       that      SCONJ IN   mark      9
        the        the       DET   DT   det       6
        truce      truce     NOUN  NN   nsubjpass 9
        must       must      AUX   MD   aux       9
        be         be        AUX   VB   auxpass   9
        respected  respect   VERB  VBN  ccomp     3
        .          .         PUNCT .    punct     3
"""


@pytest.mark.parametrize(("noun", "expected"), [
    ("position", {("arland", "demand", "ceasefire")}),
    ("problem", set()),
], ids=["a-view", "not-a-view"])
def test_a_partys_position_that_x_must_be_done_demands_x(resources, noun, expected):
    """A noun of a held view says what its owner says; a problem is no view."""
    text = f"Arland's {noun} is that the truce must be respected."
    assert read(resources, [(text, OWNED_NOUN.format(noun=noun))], passes=["obligations"]) == expected


def test_the_view_of_a_party_is_its_own(resources):
    claims = read(resources, [("The view of Arland is that the truce must be respected.", """
        The        the       DET   DT   det       1
        view       view      NOUN  NN   nsubj     4
        of         of        ADP   IN   prep      1
        Arland     Arland    PROPN NNP  pobj      2
        is         be        AUX   VBZ  ROOT      4
        that       that      SCONJ IN   mark      10
        the        the       DET   DT   det       7
        truce      truce     NOUN  NN   nsubjpass 10
        must       must      AUX   MD   aux       10
        be         be        AUX   VB   auxpass   10
        respected  respect   VERB  VBN  ccomp     4
        .          .         PUNCT .    punct     4
    """)], passes=["obligations"])
    assert claims == {("arland", "demand", "ceasefire")}


def test_what_flows_must_stop_when_its_flow_must(resources):
    claims = read(resources, [("Venn said the flow of arms deliveries must stop.", """
        Venn        Venn      PROPN NNP  nsubj     1
        said        say       VERB  VBD  ROOT      1
        the         the       DET   DT   det       3
        flow        flow      NOUN  NN   nsubj     8
        of          of        ADP   IN   prep      3
        arms        arm       NOUN  NNS  compound  6
        deliveries  delivery  NOUN  NNS  pobj      4
        must        must      AUX   MD   aux       8
        stop        stop      VERB  VB   ccomp     1
        .           .         PUNCT .    punct     1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "halt_to_arms")}


def test_a_second_object_of_an_obliged_verb_is_obliged_too(resources):
    claims = read(resources, [("Venn said Borsk must end the treaty suspension and arms deliveries.", """
        Venn        Venn        PROPN NNP  nsubj     1
        said        say         VERB  VBD  ROOT      1
        Borsk       Borsk       PROPN NNP  nsubj     4
        must        must        AUX   MD   aux       4
        end         end         VERB  VB   ccomp     1
        the         the         DET   DT   det       7
        treaty      treaty      NOUN  NN   compound  7
        suspension  suspension  NOUN  NN   dobj      4
        and         and         CCONJ CC   cc        7
        arms        arm         NOUN  NNS  compound  10
        deliveries  delivery    NOUN  NNS  conj      7
        .           .           PUNCT .    punct     1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "treaty_restored"), ("mara_venn", "demand", "halt_to_arms")}


UNDONE = """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        the       the       DET   DT   det       3
        {stop:<9} {lemma:<9} NOUN  NN   nsubjpass {verb}
        {prep:<9} {prep:<9} ADP   IN   prep      3
        {object}
        must      must      AUX   MD   aux       {verb}
        be        be        AUX   VB   auxpass   {verb}
        {undo:<9} {undone:<9} VERB  VBN  ccomp     1
        .         .         PUNCT .    punct     1
"""
ARMS = """arms      arm       NOUN  NNS  compound  6
        deliveries delivery NOUN  NNS  pobj      4"""
EXCHANGE = """the       the       DET   DT   det       7
        prisoner  prisoner  NOUN  NN   compound  7
        exchange  exchange  NOUN  NN   pobj      4"""
TRUCE = """the       the       DET   DT   det       6
        truce     truce     NOUN  NN   pobj      4"""


@pytest.mark.parametrize(("text", "stop", "prep", "object", "undo", "expected"), [
    # undoing the halt of a halt's opposite goes against the halt
    ("Venn said the suspension of arms deliveries must be reversed.", "suspension", "of", ARMS, "reversed",
     ("mara_venn", "reject", "halt_to_arms")),
    ("Venn said the freeze on arms deliveries must be lifted.", "freeze", "on", ARMS, "lifted",
     ("mara_venn", "reject", "halt_to_arms")),
    # undoing the suspension of a topic asks for it
    ("Venn said the suspension of the prisoner exchange must be lifted.", "suspension", "of", EXCHANGE,
     "lifted", ("mara_venn", "demand", "prisoner_exchange")),
    ("Venn said the refusal of the prisoner exchange must be reversed.", "refusal", "of", EXCHANGE,
     "reversed", ("mara_venn", "demand", "prisoner_exchange")),
    # ... and asks for a truce whose suspension it undoes
    ("Venn said the suspension of the truce must be reversed.", "suspension", "of", TRUCE, "reversed",
     ("mara_venn", "demand", "ceasefire")),
], ids=["suspended halt", "freeze on", "suspended topic", "refused topic", "suspended truce"])
def test_what_must_be_undone_is_asked_for_in_reverse(resources, text, stop, prep, object, undo, expected):
    verb = len(text.split()) - 1
    table = UNDONE.format(stop=stop, lemma=stop, prep=prep, object=object, verb=verb, undo=undo,
                          undone={"reversed": "reverse", "lifted": "lift"}[undo])
    assert read(resources, [(text, table)], passes=["obligations"]) == {expected}


@pytest.mark.parametrize("noun", ["part", "precondition", "priority"])
def test_a_topic_that_must_be_part_of_a_deal_is_demanded(resources, noun):
    claims = read(resources, [(f"Venn said a truce must be {noun} of any deal.", f"""
        Venn    Venn    PROPN NNP nsubj  1
        said    say     VERB  VBD ROOT   1
        a       a       DET   DT  det    3
        truce   truce   NOUN  NN  nsubj  5
        must    must    AUX   MD  aux    5
        be      be      AUX   VB  ccomp  1
        {noun}  {noun}  NOUN  NN  attr   5
        of      of      ADP   IN  prep   6
        any     any     DET   DT  det    9
        deal    deal    NOUN  NN  pobj   7
        .       .       PUNCT .   punct  1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "ceasefire")}


def test_a_gerund_that_must_be_written_into_a_deal_is_demanded(resources):
    claims = read(resources, [("Venn said extending the truce had to be written into any deal.", """
        Venn       Venn     PROPN NNP nsubj     1
        said       say      VERB  VBD ROOT      1
        extending  extend   VERB  VBG csubj     5
        the        the      DET   DT  det       4
        truce      truce    NOUN  NN  dobj      2
        had        have     VERB  VBD ccomp     1
        to         to       PART  TO  aux       8
        be         be       AUX   VB  auxpass   8
        written    write    VERB  VBN xcomp     5
        into       into     ADP   IN  prep      8
        any        any      DET   DT  det       11
        deal       deal     NOUN  NN  pobj      9
        .          .        PUNCT .   punct     1
    """)], passes=["obligations"])
    assert claims == {("mara_venn", "demand", "ceasefire")}
