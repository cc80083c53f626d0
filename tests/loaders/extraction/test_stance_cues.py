"""The stance-cue pass: a cue word, its holder and the topics in the clause it governs."""

import pytest
from conftest import read

from stancegraph.loaders.extraction.passes import Survey
from stancegraph.loaders.extraction.passes.stance_cues import StanceCues


def test_a_verb_cue_takes_its_subject_as_holder(resources):
    claims = read(resources, [("Arland rejected the truce.", """
        Arland    Arland    PROPN NNP nsubj 1
        rejected  reject    VERB  VBD ROOT  1
        the       the       DET   DT  det   3
        truce     truce     NOUN  NN  dobj  1
        .         .         PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_a_negated_acceptance_is_a_rejection(resources):
    claims = read(resources, [("Borsk did not accept the truce.", """
        Borsk   Borsk   PROPN NNP nsubj 3
        did     do      AUX   VBD aux   3
        not     not     PART  RB  neg   3
        accept  accept  VERB  VB  ROOT  3
        the     the     DET   DT  det   5
        truce   truce   NOUN  NN  dobj  3
        .       .       PUNCT .   punct 3
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "ceasefire")}


def test_a_noun_cue_naming_its_own_holder_is_a_position_of_its_own(resources):
    claims = read(resources, [("Arland rejected Borsk's demand for a truce.", """
        Arland    Arland    PROPN NNP nsubj 1
        rejected  reject    VERB  VBD ROOT  1
        Borsk     Borsk     PROPN NNP poss  4
        's        's        PART  POS case  2
        demand    demand    NOUN  NN  dobj  1
        for       for       ADP   IN  prep  4
        a         a         DET   DT  det   7
        truce     truce     NOUN  NN  pobj  5
        .         .         PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire"), ("borsk", "demand", "ceasefire")}


def test_an_evaluative_cue_judges_its_subject_for_the_party_named_with_for(resources):
    claims = read(resources, [("For Borsk, the prisoner swap is unacceptable.", """
        For           for           ADP   IN  prep     6
        Borsk         Borsk         PROPN NNP pobj     0
        ,             ,             PUNCT ,   punct    6
        the           the           DET   DT  det      5
        prisoner      prisoner      NOUN  NN  compound 5
        swap          swap          NOUN  NN  nsubj    6
        is            be            AUX   VBZ ROOT     6
        unacceptable  unacceptable  ADJ   JJ  acomp    6
        .             .             PUNCT .   punct    6
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "reject", "prisoner_exchange")}


def test_a_halt_topic_named_without_a_stopping_word_turns_around(resources):
    # "more arms deliveries" is wanted: against the halt to them
    claims = read(resources, [("Arland called for more arms deliveries.", """
        Arland      Arland     PROPN NNP nsubj    1
        called      call       VERB  VBD ROOT     1
        for         for        ADP   IN  prep     1
        more        more       ADJ   JJR amod     5
        arms        arm        NOUN  NNS compound 5
        deliveries  delivery   NOUN  NNS pobj     2
        .           .          PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "halt_to_arms")}


def test_what_draws_support_from_a_party_is_supported_by_it(resources):
    claims = read(resources, [("The truce drew support from Borsk.", """
        The      the      DET   DT   det       1
        truce    truce    NOUN  NN   nsubj     2
        drew     draw     VERB  VBD  ROOT      2
        support  support  NOUN  NN   dobj      2
        from     from     ADP   IN   prep      2
        Borsk    Borsk    PROPN NNP  pobj      4
        .        .        PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "support", "ceasefire")}


def test_what_faces_resistance_from_a_party_is_rejected_by_it(resources):
    claims = read(resources, [("The truce faced stiff resistance from Arland.", """
        The         the         DET   DT   det       1
        truce       truce       NOUN  NN   nsubj     2
        faced       face        VERB  VBD  ROOT      2
        stiff       stiff       ADJ   JJ   amod      4
        resistance  resistance  NOUN  NN   dobj      2
        from        from        ADP   IN   prep      4
        Arland      Arland      PROPN NNP  pobj      5
        .           .           PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_what_the_holder_goes_on_to_say_is_outside_the_rejection(resources):
    claims = read(resources, [("Arland rejected the report, saying the truce had been signed.", """
        Arland    Arland    PROPN NNP nsubj     1
        rejected  reject    VERB  VBD ROOT      1
        the       the       DET   DT  det       3
        report    report    NOUN  NN  dobj      1
        ,         ,         PUNCT ,   punct     1
        saying    say       VERB  VBG advcl     1
        the       the       DET   DT  det       7
        truce     truce     NOUN  NN  nsubjpass 10
        had       have      AUX   VBD aux       10
        been      be        AUX   VBN auxpass   10
        signed    sign      VERB  VBN ccomp     5
        .         .         PUNCT .   punct     1
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_headline_naming_its_speaker_before_a_colon_is_the_speakers(resources):
    claims = read(resources, [("Venn: we reject the truce", """
        Venn    venn    NOUN  NN  npadvmod  3
        :       :       PUNCT :   punct     3
        we      we      PRON  PRP nsubj     3
        reject  reject  VERB  VBP ROOT      3
        the     the     DET   DT  det       5
        truce   truce   NOUN  NN  dobj      3
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


@pytest.mark.parametrize(("verb", "lemma", "stance"), [("pushing", "push", "propose"), ("calling", "call", "demand")])
def test_a_for_clause_with_its_own_subject_is_what_the_cue_wants(resources, verb, lemma, stance):
    # the parse spaCy gives "Kyiv is calling for European troops to be deployed"
    text = f"Arland is {verb} for a prisoner swap to be signed."
    claims = read(resources, [(text, f"""
        Arland    Arland    PROPN NNP  nsubj     2
        is        be        AUX   VBZ  aux       2
        {verb}    {lemma}   VERB  VBG  ROOT      2
        for       for       SCONJ IN   mark      9
        a         a         DET   DT   det       6
        prisoner  prisoner  NOUN  NN   compound  6
        swap      swap      NOUN  NN   nsubjpass 9
        to        to        PART  TO   aux       9
        be        be        AUX   VB   auxpass   9
        signed    sign      VERB  VBN  advcl     2
        .         .         PUNCT .    punct     2
    """)], passes=["stance_cues"])
    assert claims == {("arland", stance, "prisoner_exchange")}


def test_a_truce_signed_between_two_parties_is_supported_by_both(resources):
    claims = read(resources, [("The truce of last week signed between Arland and Borsk was welcomed.", """
        The       the       DET   DT   det        1
        truce     truce     NOUN  NN   nsubjpass  11
        of        of        ADP   IN   prep       1
        last      last      ADJ   JJ   amod       4
        week      week      NOUN  NN   pobj       2
        signed    sign      VERB  VBN  acl        4
        between   between   ADP   IN   prep       5
        Arland    Arland    PROPN NNP  pobj       6
        and       and       CCONJ CC   cc         7
        Borsk     Borsk     PROPN NNP  conj       7
        was       be        AUX   VBD  auxpass    11
        welcomed  welcome   VERB  VBN  ROOT       11
        .         .         PUNCT .    punct      11
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire"), ("borsk", "support", "ceasefire")}


def test_an_attempt_the_holder_condemns_is_not_the_holders_own(resources):
    claims = read(resources, [("Arland called any attempt to reject the truce a provocation.", """
        Arland       Arland       PROPN NNP nsubj 1
        called       call         VERB  VBD ROOT  1
        any          any          DET   DT  det   3
        attempt      attempt      NOUN  NN  dobj  1
        to           to           PART  TO  aux   5
        reject       reject       VERB  VB  acl   3
        the          the          DET   DT  det   7
        truce        truce        NOUN  NN  dobj  5
        a            a            DET   DT  det   9
        provocation  provocation  NOUN  NN  oprd  1
        .            .            PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert ("arland", "reject", "ceasefire") not in claims


def test_a_headlines_comma_list_of_parties_holds_together(resources):
    claims = read(resources, [("Arland, Borsk back truce", """
        Arland  Arland  PROPN NNP npadvmod 3
        ,       ,       PUNCT ,   punct    3
        Borsk   Borsk   PROPN NNP nsubj    3
        back    back    VERB  VBP ROOT     3
        truce   truce   NOUN  NN  dobj     3
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire"), ("borsk", "support", "ceasefire")}


REFUSAL_REVERSED = """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        {owner}
        refusal   refusal   NOUN  NN   nsubjpass {verb}
        of        of        ADP   IN   prep      {refusal}
        the       the       DET   DT   det       {exchange}
        prisoner  prisoner  NOUN  NN   compound  {exchange}
        exchange  exchange  NOUN  NN   pobj      {of}
        must      must      AUX   MD   aux       {verb}
        be        be        AUX   VB   auxpass   {verb}
        reversed  reverse   VERB  VBN  ccomp     1
        .         .         PUNCT .    punct     1
"""


@pytest.mark.parametrize(("text", "owner", "expected"), [
    ("Venn said the refusal of the prisoner exchange must be reversed.",
     "the       the       DET   DT   det       3", {("mara_venn", "demand", "prisoner_exchange")}),
    ("Venn said Borsk's refusal of the prisoner exchange must be reversed.",
     """Borsk     Borsk     PROPN NNP  poss      4
        's        's        PART  POS  case      2""",
     {("mara_venn", "demand", "prisoner_exchange"), ("borsk", "reject", "prisoner_exchange")}),
], ids=["no doer", "its doer named"])
def test_a_refusal_that_must_be_reversed_is_the_speakers_demand(resources, text, owner, expected):
    """The one who says a refusal must be undone asks for what was refused; the refusal is
    a stance only of the doer it names."""
    shift = 1 if "'s" in text else 0
    table = REFUSAL_REVERSED.format(owner=owner, refusal=3 + shift, of=4 + shift, exchange=7 + shift,
                                    verb=10 + shift)
    assert read(resources, [(text, table)]) == expected


def test_a_round_of_a_topic_is_the_topic(resources):
    """"ready to hold a new round of prisoner exchanges": a round of exchanges is exchanges,
    unlike the terms or the timing of them."""
    claims = read(resources, [("Arland is ready to hold a new round of prisoner exchanges.", """
        Arland     Arland    PROPN NNP  nsubj     1
        is         be        AUX   VBZ  ROOT      1
        ready      ready     ADJ   JJ   acomp     1
        to         to        PART  TO   aux       4
        hold       hold      VERB  VB   xcomp     2
        a          a         DET   DT   det       7
        new        new       ADJ   JJ   amod      7
        round      round     NOUN  NN   dobj      4
        of         of        ADP   IN   prep      7
        prisoner   prisoner  NOUN  NN   compound  10
        exchanges  exchange  NOUN  NNS  pobj      8
        .          .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "prisoner_exchange")}


def test_a_phrase_opening_the_clause_is_not_the_verbs_own_preposition(resources):
    # "On Friday, Venn called ..." is not "Venn called on"
    claims = read(resources, [("On Friday, Venn called the truce a trap.", """
        On      on      ADP   IN  prep  4
        Friday  Friday  PROPN NNP pobj  0
        ,       ,       PUNCT ,   punct 4
        Venn    Venn    PROPN NNP nsubj 4
        called  call    VERB  VBD ROOT  4
        the     the     DET   DT  det   6
        truce   truce   NOUN  NN  dobj  4
        a       a       DET   DT  det   8
        trap    trap    NOUN  NN  oprd  4
        .       .       PUNCT .   punct 4
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_clause_the_parser_joins_as_a_noun_is_not_under_the_verb(resources):
    # the parser makes "swap" a conjunct of "accept" and hangs "belonged" below it
    claims = read(resources, [("Arland did not accept the truce, and the prisoner swap belonged with Borsk.", """
        Arland     Arland    PROPN NNP nsubj    3
        did        do        AUX   VBD aux      3
        not        not       PART  RB  neg      3
        accept     accept    VERB  VB  ROOT     3
        the        the       DET   DT  det      5
        truce      truce     NOUN  NN  dobj     3
        ,          ,         PUNCT ,   punct    3
        and        and       CCONJ CC  cc       3
        the        the       DET   DT  det      10
        prisoner   prisoner  NOUN  NN  compound 10
        swap       swap      NOUN  NN  conj     3
        belonged   belong    VERB  VBN acl      10
        with       with      ADP   IN  prep     11
        Borsk      Borsk     PROPN NNP pobj     12
        .          .         PUNCT .   punct    3
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_it_is_the_noun_before_it_that_points_back_to_a_topic(resources):
    # the parser hangs the "that" clause on "made", whose subject is "the deal"
    claims = read(resources, [("Borsk proposed a truce.", """
        Borsk     Borsk    PROPN NNP nsubj 1
        proposed  propose  VERB  VBD ROOT  1
        a         a        DET   DT  det   3
        truce     truce    NOUN  NN  dobj  1
        .         .        PUNCT .   punct 1
    """), ("Arland met Borsk.", """
        Arland  Arland  PROPN NNP nsubj 1
        met     meet    VERB  VBD ROOT  1
        Borsk   Borsk   PROPN NNP dobj  1
        .       .       PUNCT .   punct 1
    """), ("Venn said since the deal was made that she rejects it.", """
        Venn     Venn    PROPN NNP nsubj     1
        said     say     VERB  VBD ROOT      1
        since    since   SCONJ IN  mark      6
        the      the     DET   DT  det       4
        deal     deal    NOUN  NN  nsubjpass 6
        was      be      AUX   VBD auxpass   6
        made     make    VERB  VBN advcl     1
        that     that    SCONJ IN  mark      9
        she      she     PRON  PRP nsubj     9
        rejects  reject  VERB  VBZ ccomp     6
        it       it      PRON  PRP dobj      9
        .        .       PUNCT .   punct     1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "propose", "ceasefire"), ("mara_venn", "reject", "ceasefire")}


def test_no_role_for_anothers_people_on_a_topic_is_not_against_the_topic(resources):
    # the parser hangs "on the truce" on the monitors, not on the role
    claims = read(resources, [("Arland sees no role for Borsk monitors on the truce.", """
        Arland    Arland   PROPN NNP nsubj    1
        sees      see      VERB  VBZ ROOT     1
        no        no       DET   DT  det      3
        role      role     NOUN  NN  dobj     1
        for       for      ADP   IN  prep     3
        Borsk     Borsk    PROPN NNP compound 6
        monitors  monitor  NOUN  NNS pobj     4
        on        on       ADP   IN  prep     6
        the       the      DET   DT  det      9
        truce     truce    NOUN  NN  pobj     7
        .         .        PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == set()


def test_what_is_wanted_whether_or_not_a_topic_comes_is_no_stance_on_it(resources):
    claims = read(resources, [("Venn wants a prisoner swap, whether or not there is a truce.", """
        Venn      Venn      PROPN NNP nsubj     1
        wants     want      VERB  VBZ ROOT      1
        a         a         DET   DT  det       4
        prisoner  prisoner  NOUN  NN  compound  4
        swap      swap      NOUN  NN  dobj      1
        ,         ,         PUNCT ,   punct     4
        whether   whether   SCONJ IN  mark      10
        or        or        CCONJ CC  cc        10
        not       not       PART  RB  neg       10
        there     there     PRON  EX  expl      10
        is        be        VERB  VBZ ccomp     1
        a         a         DET   DT  det       12
        truce     truce     NOUN  NN  attr      10
        .         .         PUNCT .   punct     1
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "demand", "prisoner_exchange")}


AIMED_AT = """
    Venn       Venn       PROPN NNP nsubj      1
    said       say        VERB  VBD ROOT       1
    the        the        DET   DT  det        3
    {subject}  {lemma}    NOUN  NNS nsubjpass  5
    were       be         AUX   VBD auxpass    5
    aimed      aim        VERB  VBN ccomp      1
    at         at         ADP   IN  prep       5
    {first}    {first}    NOUN  NN  compound   8
    {second}   {second}   NOUN  NN  pobj       6
    .          .          PUNCT .   punct      1
"""


@pytest.mark.parametrize(("subject", "lemma", "aim", "expected"), [
    ("strikes", "strike", "arms deliveries", set()),  # a target
    ("talks", "talk", "prisoner swap", {("mara_venn", "propose", "prisoner_exchange")}),  # a goal
])
def test_what_strikes_are_aimed_at_is_their_target_not_a_goal(resources, subject, lemma, aim, expected):
    first, second = aim.split()
    claims = read(resources, [(f"Venn said the {subject} were aimed at {aim}.",
                               AIMED_AT.format(subject=subject, lemma=lemma, first=first, second=second))],
                  passes=["stance_cues"])
    assert claims == expected


def test_taking_part_in_a_topic_supports_it(resources):
    claims = read(resources, [("Arland will take part in the truce.", """
        Arland  Arland  PROPN NNP nsubj  2
        will    will    AUX   MD  aux    2
        take    take    VERB  VB  ROOT   2
        part    part    NOUN  NN  dobj   2
        in      in      ADP   IN  prep   2
        the     the     DET   DT  det    6
        truce   truce   NOUN  NN  pobj   4
        .       .       PUNCT .   punct  2
    """)], passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire")}


def test_refusing_to_take_part_in_a_topic_rejects_it(resources):
    claims = read(resources, [("Arland will not take part in the truce.", """
        Arland  Arland  PROPN NNP nsubj  3
        will    will    AUX   MD  aux    3
        not     not     PART  RB  neg    3
        take    take    VERB  VB  ROOT   3
        part    part    NOUN  NN  dobj   3
        in      in      ADP   IN  prep   3
        the     the     DET   DT  det    7
        truce   truce   NOUN  NN  pobj   5
        .       .       PUNCT .   punct  3
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_suspending_ones_participation_in_a_topic_is_against_it(resources):
    claims = read(resources, [("Arland suspended its participation in the truce.", """
        Arland         Arland         PROPN NNP  nsubj  1
        suspended      suspend        VERB  VBD  ROOT   1
        its            its            PRON  PRP$ poss   3
        participation  participation  NOUN  NN   dobj   1
        in             in             ADP   IN   prep   3
        the            the            DET   DT   det    6
        truce          truce          NOUN  NN   pobj   4
        .              .              PUNCT .    punct  1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "ceasefire")}


def test_asking_someone_for_a_thing_demands_it_wherever_the_parser_hangs_for(resources):
    """"asked Cordia for a truce": the parser hangs "for" on the one asked."""
    claims = read(resources, [("Arland asked Cordia for a truce.", """
        Arland  Arland  PROPN NNP nsubj 1
        asked   ask     VERB  VBD ROOT  1
        Cordia  Cordia  PROPN NNP dobj  1
        for     for     ADP   IN  prep  2
        a       a       DET   DT  det   5
        truce   truce   NOUN  NN  pobj  3
        .       .       PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "ceasefire")}


def test_a_topic_the_parser_makes_a_participles_subject_is_still_what_a_judgement_judges(resources):
    # "Western troops deployed to X would be legitimate targets": the parser takes the
    # participle for a clause subject and the topic for its subject
    claims = read(resources, [("Kell said a truce imposed by Cordia would be a legitimate target.", """
        Kell        Kell        PROPN NNP nsubj  1
        said        say         VERB  VBD ROOT   1
        a           a           DET   DT  det    3
        truce       truce       NOUN  NN  nsubj  4
        imposed     impose      VERB  VBN csubj  8
        by          by          ADP   IN  agent  4
        Cordia      Cordia      PROPN NNP pobj   5
        would       would       AUX   MD  aux    8
        be          be          AUX   VB  ccomp  1
        a           a           DET   DT  det    11
        legitimate  legitimate  ADJ   JJ  amod   11
        target      target      NOUN  NN  attr   8
        .           .           PUNCT .   punct  1
    """)], passes=["stance_cues"])
    assert claims == {("tomas_kell", "reject", "ceasefire")}


@pytest.mark.parametrize("text, table, expected", [
    ("Arland rejected any talk of a truce.", """
        Arland    Arland    PROPN NNP nsubj 1
        rejected  reject    VERB  VBD ROOT  1
        any       any       DET   DT  det   3
        talk      talk      NOUN  NN  dobj  1
        of        of        ADP   IN  prep  3
        a         a         DET   DT  det   6
        truce     truce     NOUN  NN  pobj  4
        .         .         PUNCT .   punct 1
    """, {("arland", "reject", "ceasefire")}),
    ("Arland asked for details of the truce.", """
        Arland    Arland    PROPN NNP nsubj 1
        asked     ask       VERB  VBD ROOT  1
        for       for       ADP   IN  prep  1
        details   detail    NOUN  NNS pobj  2
        of        of        ADP   IN  prep  3
        the       the       DET   DT  det   6
        truce     truce     NOUN  NN  pobj  4
        .         .         PUNCT .   punct 1
    """, set()),
])
def test_talk_of_a_topic_carries_the_stance_but_its_details_do_not(resources, text, table, expected):
    assert read(resources, [(text, table)], passes=["stance_cues"]) == expected


def test_what_a_party_wants_in_a_cleft_is_the_complement_of_the_copula(resources):
    claims = read(resources, [("What Arland wants is a truce.", """
        What    what    PRON  WP  dobj  2
        Arland  Arland  PROPN NNP nsubj 2
        wants   want    VERB  VBZ csubj 3
        is      be      AUX   VBZ ROOT  3
        a       a       DET   DT  det   5
        truce   truce   NOUN  NN  attr  3
        .       .       PUNCT .   punct 3
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "ceasefire")}


def _survey(text: str) -> Survey:
    words = frozenset(text.lower().replace(".", " .").replace(",", " ,").split())
    return Survey(index=0, words=words, stems=words, first_word=text.split()[0].lower(), has_topic=True,
                  quoted=False)


def test_a_word_that_is_a_cue_only_with_its_own_word_is_read_only_where_it_has_it(resources):
    # "call" is a cue only as "call for" or "call on", "say" only as "said no to": a sentence
    # with neither is not read for them
    cues = StanceCues(resources)
    assert cues.wants(_survey("Arland called the truce a trap.")) == ()
    assert cues.wants(_survey("Arland called for a truce.")) == (0,)
    assert cues.wants(_survey("Arland said the truce would hold.")) == ()
    assert cues.wants(_survey("Arland said no to the truce.")) == (0,)
    assert cues.wants(_survey("Arland rejected the truce.")) == (0,)
