"""Plan contents: what a plan says is its author's proposal; what an agreement provides
for, each signatory's support; "it" and "the plan" point back to the plan just named."""

import pytest
from conftest import MET, read

UNVEILED = ("Borsk unveiled a plan.", """
    Borsk     Borsk    PROPN NNP nsubj 1
    unveiled  unveil   VERB  VBD ROOT  1
    a         a        DET   DT  det   3
    plan      plan     NOUN  NN  dobj  1
    .         .        PUNCT .   punct 1
""")

PROVIDES = ("The accord provides for a prisoner swap.", """
    The       the       DET   DT  det      1
    accord    accord    NOUN  NN  nsubj    2
    provides  provide   VERB  VBZ ROOT     2
    for       for       ADP   IN  prep     2
    a         a         DET   DT  det      6
    prisoner  prisoner  NOUN  NN  compound 6
    swap      swap      NOUN  NN  pobj     3
    .         .         PUNCT .   punct    2
""")


def test_a_plan_named_with_its_owner_proposes_what_it_calls_for(resources):
    claims = read(resources, [("Arland's plan calls for a truce.", """
        Arland  Arland  PROPN NNP poss  2
        's      's      PART  POS case  0
        plan    plan    NOUN  NN  nsubj 3
        calls   call    VERB  VBZ ROOT  3
        for     for     ADP   IN  prep  3
        a       a       DET   DT  det   6
        truce   truce   NOUN  NN  pobj  4
        .       .       PUNCT .   punct 3
    """)], passes=["plan_contents"])
    assert claims == {("arland", "propose", "ceasefire")}


def test_it_after_a_plan_is_named_is_that_plan(resources):
    claims = read(resources, [UNVEILED, ("It foresees a prisoner swap.", """
        It        it        PRON  PRP nsubj    1
        foresees  foresee   VERB  VBZ ROOT     1
        a         a         DET   DT  det      4
        prisoner  prisoner  NOUN  NN  compound 4
        swap      swap      NOUN  NN  dobj     1
        .         .         PUNCT .   punct    1
    """)], passes=["plan_contents"])
    assert claims == {("borsk", "propose", "prisoner_exchange")}


@pytest.mark.parametrize(("verb", "lemma"), [("blocks", "block"), ("prevents", "prevent"), ("precludes", "preclude"),
                                            ("forbids", "forbid")])
def test_a_plan_that_blocks_a_topic_is_against_it(resources, verb, lemma):
    claims = read(resources, [UNVEILED, (f"It {verb} the truce.", f"""
        It      it     PRON  PRP nsubj 1
        {verb}  {lemma}  VERB  VBZ ROOT  1
        the     the    DET   DT  det   3
        truce   truce  NOUN  NN  dobj  1
        .       .      PUNCT .   punct 1
    """)], passes=["plan_contents"])
    assert claims == {("borsk", "reject", "ceasefire")}


def test_a_plan_that_ties_a_topic_to_another_proposes_both(resources):
    claims = read(resources, [UNVEILED, ("It links any prisoner swap with a lasting truce.", """
        It        it        PRON  PRP nsubj     1
        links     link      VERB  VBZ ROOT      1
        any       any       DET   DT  det       4
        prisoner  prisoner  NOUN  NN  compound  4
        swap      swap      NOUN  NN  dobj      1
        with      with      ADP   IN  prep      1
        a         a         DET   DT  det       8
        lasting   lasting   ADJ   JJ  amod      8
        truce     truce     NOUN  NN  pobj      5
        .         .         PUNCT .   punct     1
    """)], passes=["plan_contents"])
    assert claims == {("borsk", "propose", "ceasefire"), ("borsk", "propose", "prisoner_exchange")}


def test_what_an_agreement_provides_for_is_each_signatorys(resources):
    claims = read(resources, [
        ("Arland and Borsk signed the accord.", """
            Arland  Arland  PROPN NNP nsubj 3
            and     and     CCONJ CC  cc    0
            Borsk   Borsk   PROPN NNP conj  0
            signed  sign    VERB  VBD ROOT  3
            the     the     DET   DT  det   5
            accord  accord  NOUN  NN  dobj  3
            .       .       PUNCT .   punct 3
        """),
        PROVIDES,
    ], passes=["plan_contents"])
    assert claims == {("arland", "support", "prisoner_exchange"), ("borsk", "support", "prisoner_exchange")}


def test_what_a_speaker_says_must_be_done_under_a_plan_is_the_speakers_demand(resources):
    claims = read(resources, [UNVEILED, ("Venn said a truce must be kept under the plan.", """
        Venn    Venn    PROPN NNP nsubj     1
        said    say     VERB  VBD ROOT      1
        a       a       DET   DT  det       3
        truce   truce   NOUN  NN  nsubjpass 6
        must    must    AUX   MD  aux       6
        be      be      AUX   VB  auxpass   6
        kept    keep    VERB  VBN ccomp     1
        under   under   ADP   IN  prep      6
        the     the     DET   DT  det       9
        plan    plan    NOUN  NN  pobj      7
        .       .       PUNCT .   punct     1
    """)], passes=["plan_contents", "obligations"])
    assert claims == {("mara_venn", "demand", "ceasefire")}


def test_under_the_plan_a_party_would_do_what_the_author_proposes(resources):
    claims = read(resources, [UNVEILED, ("Under the plan, Arland would accept a truce.", """
        Under   under   ADP   IN  prep  6
        the     the     DET   DT  det   2
        plan    plan    NOUN  NN  pobj  0
        ,       ,       PUNCT ,   punct 6
        Arland  Arland  PROPN NNP nsubj 6
        would   would   AUX   MD  aux   6
        accept  accept  VERB  VB  ROOT  6
        a       a       DET   DT  det   8
        truce   truce   NOUN  NN  dobj  6
        .       .       PUNCT .   punct 6
    """)], passes=["plan_contents", "stance_cues"])
    assert claims == {("borsk", "propose", "ceasefire")}


def test_it_with_no_plan_named_before_is_no_plan(resources):
    claims = read(resources, [("It foresees a prisoner swap.", """
        It        it        PRON  PRP nsubj    1
        foresees  foresee   VERB  VBZ ROOT     1
        a         a         DET   DT  det      4
        prisoner  prisoner  NOUN  NN  compound 4
        swap      swap      NOUN  NN  dobj     1
        .         .         PUNCT .   punct    1
    """)], passes=["plan_contents"])
    assert claims == set()


ACCORDING_TO_THE_PLAN = ("According to the plan, Arland would accept a truce.", """
    According  accord   VERB  VBG prep  7
    to         to       ADP   IN  prep  0
    the        the      DET   DT  det   3
    plan       plan     NOUN  NN  pobj  1
    ,          ,        PUNCT ,   punct 7
    Arland     Arland   PROPN NNP nsubj 7
    would      would    AUX   MD  aux   7
    accept     accept   VERB  VB  ROOT  7
    a          a        DET   DT  det   9
    truce      truce    NOUN  NN  dobj  7
    .          .        PUNCT .   punct 7
""")


def test_according_to_the_plan_a_party_would_is_the_plans_author_proposing(resources):
    claims = read(resources, [UNVEILED, ACCORDING_TO_THE_PLAN], passes=["plan_contents"])
    assert claims == {("borsk", "propose", "ceasefire")}


def test_a_cue_inside_a_plans_contents_is_not_the_named_partys_stance(resources):
    under_the_plan = ("Under the plan, Arland accepts a truce.", """
        Under    under    ADP   IN  prep  5
        the      the      DET   DT  det   2
        plan     plan     NOUN  NN  pobj  0
        ,        ,        PUNCT ,   punct 5
        Arland   Arland   PROPN NNP nsubj 5
        accepts  accept   VERB  VBZ ROOT  5
        a        a        DET   DT  det   7
        truce    truce    NOUN  NN  dobj  5
        .        .        PUNCT .   punct 5
    """)
    # read alone, "Arland accepts a truce" is Arland's own stance
    assert read(resources, [UNVEILED, under_the_plan], passes=["stance_cues"]) == {
        ("arland", "support", "ceasefire")}
    claims = read(resources, [UNVEILED, under_the_plan], passes=["plan_contents", "stance_cues"])
    assert claims == {("borsk", "propose", "ceasefire")}


def test_a_plan_that_restricts_a_topic_is_against_it(resources):
    claims = read(resources, [UNVEILED, ("It restricts the prisoner swap.", """
        It          it        PRON  PRP nsubj    1
        restricts   restrict  VERB  VBZ ROOT     1
        the         the       DET   DT  det      4
        prisoner    prisoner  NOUN  NN  compound 4
        swap        swap      NOUN  NN  dobj     1
        .           .         PUNCT .   punct    1
    """)], passes=["plan_contents"])
    assert claims == {("borsk", "reject", "prisoner_exchange")}


NEVER = ("Arland would never accept a truce.", """
    Arland  Arland  PROPN NNP  nsubj     3
    would   would   AUX   MD   aux       3
    never   never   ADV   RB   neg       3
    accept  accept  VERB  VB   ROOT      3
    a       a       DET   DT   det       5
    truce   truce   NOUN  NN   dobj      3
    .       .       PUNCT .    punct     3
    """)

REFRAINS = ("Arland would also refrain from a prisoner swap.", """
    Arland    Arland    PROPN NNP  nsubj     3
    would     would     AUX   MD   aux       3
    also      also      ADV   RB   advmod    3
    refrain   refrain   VERB  VB   ROOT      3
    from      from      ADP   IN   prep      3
    a         a         DET   DT   det       7
    prisoner  prisoner  NOUN  NN   compound  7
    swap      swap      NOUN  NN   pobj      4
    .         .         PUNCT .    punct     3
""")


def test_a_party_that_would_do_something_after_a_plan_is_named_is_the_plans_content(resources):
    claims = read(resources, [UNVEILED, REFRAINS], passes=["plan_contents", "stance_cues"])
    assert claims == {("borsk", "reject", "prisoner_exchange")}


def test_without_a_plan_named_what_a_party_would_do_is_its_own(resources):
    claims = read(resources, [REFRAINS, NEVER], passes=["plan_contents", "stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_a_refusal_after_a_plan_is_named_stays_the_partys(resources):
    claims = read(resources, [UNVEILED, NEVER], passes=["plan_contents", "stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_an_accord_two_ministers_signed_is_theirs_not_its_brokers(resources):
    claims = read(resources, [
        MET,
        ("The two ministers signed the accord brokered by Cordia.", """
            The        the       DET   DT   det       2
            two        two       NUM   CD   nummod    2
            ministers  minister  NOUN  NNS  nsubj     3
            signed     sign      VERB  VBD  ROOT      3
            the        the       DET   DT   det       5
            accord     accord    NOUN  NN   dobj      3
            brokered   broker    VERB  VBN  acl       5
            by         by        ADP   IN   agent     6
            Cordia     Cordia    PROPN NNP  pobj      7
            .          .         PUNCT .    punct     3
        """),
        PROVIDES,
    ], passes=["plan_contents"])
    assert claims == {("arland", "support", "prisoner_exchange"), ("borsk", "support", "prisoner_exchange")}


def test_an_accord_signed_between_two_parties_is_theirs_whatever_place_it_names(resources):
    claims = read(resources, [
        ("The Cordia accord signed between Arland and Borsk was welcomed.", """
            The       the       DET   DT   det        2
            Cordia    Cordia    PROPN NNP  compound   2
            accord    accord    NOUN  NN   nsubjpass  9
            signed    sign      VERB  VBN  acl        2
            between   between   ADP   IN   prep       3
            Arland    Arland    PROPN NNP  pobj       4
            and       and       CCONJ CC   cc         5
            Borsk     Borsk     PROPN NNP  conj       5
            was       be        AUX   VBD  auxpass    9
            welcomed  welcome   VERB  VBN  ROOT       9
            .         .         PUNCT .    punct      9
        """),
        PROVIDES,
    ], passes=["plan_contents"])
    assert claims == {("arland", "support", "prisoner_exchange"), ("borsk", "support", "prisoner_exchange")}


def test_a_condition_met_according_to_the_plan_is_not_what_the_plan_says(resources):
    sentence = "Venn says no talks until the prisoner swap is completed according to the plan."
    claims = read(resources, [UNVEILED, (sentence, """
        Venn       Venn      PROPN NNP nsubj     1
        says       say       VERB  VBZ ROOT      1
        no         no        DET   DT  det       3
        talks      talk      NOUN  NNS ccomp     1
        until      until     SCONJ IN  mark      9
        the        the       DET   DT  det       7
        prisoner   prisoner  NOUN  NN  compound  7
        swap       swap      NOUN  NN  nsubjpass 9
        is         be        AUX   VBZ auxpass   9
        completed  complete  VERB  VBN advcl     3
        according  accord    VERB  VBG prep      9
        to         to        ADP   IN  prep      10
        the        the       DET   DT  det       13
        plan       plan      NOUN  NN  pobj      11
        .          .         PUNCT .   punct     1
    """)], passes=["plan_contents"])
    assert claims == set()


def test_what_a_plan_of_years_ago_called_for_is_history(resources):
    """Arland's plan of 2015 called for a truce; a document of 2025 that says so reports
    history, not a proposal Arland makes now. Its plan of this year still proposes."""
    claims = read(resources, [
        ("Arland's plan of 2015 called for a truce.", """
            Arland  Arland  PROPN NNP poss  2
            's      's      PART  POS case  0
            plan    plan    NOUN  NN  nsubj 5
            of      of      ADP   IN  prep  2
            2015    2015    NUM   CD  pobj  3
            called  call    VERB  VBD ROOT  5
            for     for     ADP   IN  prep  5
            a       a       DET   DT  det   8
            truce   truce   NOUN  NN  pobj  6
            .       .       PUNCT .   punct 5
        """),
        ("Borsk's plan of 2025 calls for a prisoner swap.", """
            Borsk     Borsk     PROPN NNP poss     2
            's        's        PART  POS case     0
            plan      plan      NOUN  NN  nsubj    5
            of        of        ADP   IN  prep     2
            2025      2025      NUM   CD  pobj     3
            calls     call      VERB  VBZ ROOT     5
            for       for       ADP   IN  prep     5
            a         a         DET   DT  det      9
            prisoner  prisoner  NOUN  NN  compound 9
            swap      swap      NOUN  NN  pobj     6
            .         .         PUNCT .   punct    5
        """),
    ], passes=["plan_contents"])
    assert claims == {("borsk", "propose", "prisoner_exchange")}


def test_it_reported_by_a_party_is_that_party_not_the_plan(resources):
    """"Arland said it would require a prisoner swap", just after Borsk's plan: the "it" is
    Arland speaking of itself, not the plan."""
    claims = read(resources, [UNVEILED, ("Arland said it would require a prisoner swap.", """
        Arland    Arland    PROPN NNP nsubj    1
        said      say       VERB  VBD ROOT     1
        it        it        PRON  PRP nsubj    4
        would     would     AUX   MD  aux      4
        require   require   VERB  VB  ccomp    1
        a         a         DET   DT  det      7
        prisoner  prisoner  NOUN  NN  compound 7
        swap      swap      NOUN  NN  dobj     4
        .         .         PUNCT .   punct    1
    """)], passes=["plan_contents"])
    assert claims == set()
