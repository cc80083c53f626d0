"""Preconditions: what a party makes the condition of something, with no stance word, it
demands ("only after X", "not until X", "will not work without X", "unless X")."""

from conftest import PACK, changed_pack, read

from stancegraph.schema import Topic


def test_only_after_a_truce_demands_the_truce(resources):
    claims = read(resources, [("Arland says talks can start only after a truce.", """
        Arland  Arland  PROPN NNP nsubj  1
        says    say     VERB  VBZ ROOT   1
        talks   talk    NOUN  NNS nsubj  4
        can     can     AUX   MD  aux    4
        start   start   VERB  VB  ccomp  1
        only    only    ADV   RB  advmod 6
        after   after   ADP   IN  prep   4
        a       a       DET   DT  det    8
        truce   truce   NOUN  NN  pobj   6
        .       .       PUNCT .   punct  1
    """)], passes=["preconditions"])
    assert claims == {("arland", "demand", "ceasefire")}


def test_after_a_truce_without_only_is_a_time_not_a_condition(resources):
    claims = read(resources, [("Arland says talks can start after a truce.", """
        Arland  Arland  PROPN NNP nsubj  1
        says    say     VERB  VBZ ROOT   1
        talks   talk    NOUN  NNS nsubj  4
        can     can     AUX   MD  aux    4
        start   start   VERB  VB  ccomp  1
        after   after   ADP   IN  prep   4
        a       a       DET   DT  det    7
        truce   truce   NOUN  NN  pobj   5
        .       .       PUNCT .   punct  1
    """)], passes=["preconditions"])
    assert claims == set()


def test_will_not_talk_until_a_reversal_demands_the_opposite(resources):
    claims = read(resources, [("Arland will not talk until Borsk abandons the prisoner swap.", """
        Arland    Arland    PROPN NNP nsubj    3
        will      will      AUX   MD  aux      3
        not       not       PART  RB  neg      3
        talk      talk      VERB  VB  ROOT     3
        until     until     SCONJ IN  mark     6
        Borsk     Borsk     PROPN NNP nsubj    6
        abandons  abandon   VERB  VBZ advcl    3
        the       the       DET   DT  det      9
        prisoner  prisoner  NOUN  NN  compound 9
        swap      swap      NOUN  NN  dobj     6
        .         .         PUNCT .   punct    3
    """)], passes=["preconditions"])
    assert claims == {("arland", "reject", "prisoner_exchange")}


def test_a_truce_will_not_work_without_a_swap_demands_the_swap(resources):
    claims = read(resources, [("Venn said a truce will not work without a prisoner swap.", """
        Venn      Venn      PROPN NNP nsubj    1
        said      say       VERB  VBD ROOT     1
        a         a         DET   DT  det      3
        truce     truce     NOUN  NN  nsubj    6
        will      will      AUX   MD  aux      6
        not       not       PART  RB  neg      6
        work      work      VERB  VB  ccomp    1
        without   without   ADP   IN  prep     6
        a         a         DET   DT  det      10
        prisoner  prisoner  NOUN  NN  compound 10
        swap      swap      NOUN  NN  pobj     7
        .         .         PUNCT .   punct    1
    """)], passes=["preconditions"])
    assert claims == {("mara_venn", "demand", "prisoner_exchange")}


def test_unless_a_truce_holds_demands_the_truce_whose_subject_names_no_one(resources):
    claims = read(resources, [("Arland will not talk unless a truce holds.", """
        Arland  Arland  PROPN NNP nsubj  3
        will    will    AUX   MD  aux    3
        not     not     PART  RB  neg    3
        talk    talk    VERB  VB  ROOT   3
        unless  unless  SCONJ IN  mark   7
        a       a       DET   DT  det    6
        truce   truce   NOUN  NN  nsubj  7
        holds   hold    VERB  VBZ advcl  3
        .       .       PUNCT .   punct  3
    """)], passes=["preconditions"])
    assert claims == {("arland", "demand", "ceasefire")}


def test_a_condition_in_a_question_is_no_position(resources):
    claims = read(resources, [("Will Arland talk only after a truce?", """
        Will    will    AUX   MD  aux    2
        Arland  Arland  PROPN NNP nsubj  2
        talk    talk    VERB  VB  ROOT   2
        only    only    ADV   RB  advmod 4
        after   after   ADP   IN  prep   2
        a       a       DET   DT  det    6
        truce   truce   NOUN  NN  pobj   4
        ?       ?       PUNCT .   punct  2
    """)], passes=["preconditions"])
    assert claims == set()


def test_a_warning_demands_what_its_condition_says_may_not_happen(resources):
    claims = read(resources, [("Venn said tariffs would follow if Borsk did not accept a truce.", """
        Venn     Venn     PROPN NNP nsubj  1
        said     say      VERB  VBD ROOT   1
        tariffs  tariff   NOUN  NNS nsubj  4
        would    would    AUX   MD  aux    4
        follow   follow   VERB  VB  ccomp  1
        if       if       SCONJ IN  mark   9
        Borsk    Borsk    PROPN NNP nsubj  9
        did      do       AUX   VBD aux    9
        not      not      PART  RB  neg    9
        accept   accept   VERB  VB  advcl  4
        a        a        DET   DT  det    11
        truce    truce    NOUN  NN  dobj   9
        .        .        PUNCT .   punct  1
    """)], passes=["preconditions"])
    assert claims == {("mara_venn", "demand", "ceasefire")}


def test_a_party_warned_of_what_befalls_it_makes_no_demand(resources):
    claims = read(resources, [("Borsk will face tariffs if it does not accept a truce.", """
        Borsk    Borsk    PROPN NNP nsubj  2
        will     will     AUX   MD  aux    2
        face     face     VERB  VB  ROOT   2
        tariffs  tariff   NOUN  NNS dobj   2
        if       if       SCONJ IN  mark   8
        it       it       PRON  PRP nsubj  8
        does     do       AUX   VBZ aux    8
        not      not      PART  RB  neg    8
        accept   accept   VERB  VB  advcl  2
        a        a        DET   DT  det    10
        truce    truce    NOUN  NN  dobj   8
        .        .        PUNCT .   punct  2
    """)], passes=["preconditions"])
    assert claims == set()


def test_only_when_parsed_as_an_adverb_still_sets_the_condition(resources):
    claims = read(resources, [("Arland will return to the talks only when the prisoner swap is complete.", """
        Arland    Arland    PROPN NNP  nsubj     2
        will      will      AUX   MD   aux       2
        return    return    VERB  VB   ROOT      2
        to        to        ADP   IN   prep      2
        the       the       DET   DT   det       5
        talks     talk      NOUN  NNS  pobj      3
        only      only      ADV   RB   advmod    7
        when      when      SCONJ WRB  advmod    11
        the       the       DET   DT   det       10
        prisoner  prisoner  NOUN  NN   compound  10
        swap      swap      NOUN  NN   nsubj     11
        is        be        AUX   VBZ  advcl     2
        complete  complete  ADJ   JJ   acomp     11
        .         .         PUNCT .    punct     2
    """)], passes=["preconditions"])
    assert claims == {("arland", "demand", "prisoner_exchange")}


def test_when_without_only_is_a_time_not_a_condition(resources):
    claims = read(resources, [("Arland returned to the talks when the prisoner swap was complete.", """
        Arland    Arland    PROPN NNP  nsubj     1
        returned  return    VERB  VBD  ROOT      1
        to        to        ADP   IN   prep      1
        the       the       DET   DT   det       4
        talks     talk      NOUN  NNS  pobj      2
        when      when      SCONJ WRB  advmod    9
        the       the       DET   DT   det       8
        prisoner  prisoner  NOUN  NN   compound  8
        swap      swap      NOUN  NN   nsubj     9
        was       be        AUX   VBD  advcl     1
        complete  complete  ADJ   JJ   acomp     9
        .         .         PUNCT .    punct     1
    """)], passes=["preconditions"])
    assert claims == set()


def test_only_after_in_a_story_of_what_happened_sets_no_condition(resources):
    claims = read(resources, [("Arland returned to the talks only after a truce.", """
        Arland    Arland    PROPN NNP  nsubj     1
        returned  return    VERB  VBD  ROOT      1
        to        to        ADP   IN   prep      1
        the       the       DET   DT   det       4
        talks     talk      NOUN  NNS  pobj      2
        only      only      ADV   RB   advmod    6
        after     after     ADP   IN   prep      1
        a         a         DET   DT   det       8
        truce     truce     NOUN  NN   pobj      6
        .         .         PUNCT .    punct     1
    """)], passes=["preconditions"])
    assert claims == set()


def test_only_after_hung_on_a_past_verb_under_a_modal_still_sets_the_condition(resources):
    # the parser hangs "only after" on a clause inside the condition, below its past verb
    claims = read(resources, [("Arland said talks would resume only after the truce holding there was signed.", """
        Arland   Arland   PROPN NNP  nsubj     1
        said     say      VERB  VBD  ROOT      1
        talks    talk     NOUN  NNS  nsubj     4
        would    would    AUX   MD   aux       4
        resume   resume   VERB  VB   ccomp     1
        only     only     ADV   RB   advmod    6
        after    after    SCONJ IN   mark      9
        the      the      DET   DT   det       8
        truce    truce    NOUN  NN   nsubj     9
        holding  hold     VERB  VBG  advcl     12
        there    there    ADV   RB   advmod    9
        was      be       AUX   VBD  auxpass   12
        signed   sign     VERB  VBN  advcl     4
        .        .        PUNCT .    punct     1
    """)], passes=["preconditions"])
    assert claims == {("arland", "demand", "ceasefire")}


def test_impossible_until_reported_in_the_past_demands_what_it_waits_for(resources):
    claims = read(resources, [("Venn said talks were impossible until the prisoner swap.", """
        Venn        Venn        PROPN NNP  nsubj     1
        said        say         VERB  VBD  ROOT      1
        talks       talk        NOUN  NNS  nsubj     3
        were        be          AUX   VBD  ccomp     1
        impossible  impossible  ADJ   JJ   acomp     3
        until       until       ADP   IN   prep      3
        the         the         DET   DT   det       8
        prisoner    prisoner    NOUN  NN   compound  8
        swap        swap        NOUN  NN   pobj      5
        .           .           PUNCT .    punct     1
    """)], passes=["preconditions"])
    assert claims == {("mara_venn", "demand", "prisoner_exchange")}


def test_a_without_inside_the_opposite_phrase_is_the_conditions_own_word():
    """"No deal will work without Arland": "without Arland" is the opposite phrase of Arland's
    part in the talks and the condition's own "without" -- the part is demanded, not refused."""
    topic = Topic(id="arland_in_talks", label="Arland in the talks", phrases=("Arland's participation",),
                  opposite_phrases=("without Arland",))
    claims = read(changed_pack(topics=(*PACK.topics, topic)), [("Kell said a deal will not work without Arland.", """
        Kell     Kell     PROPN NNP nsubj 1
        said     say      VERB  VBD ROOT  1
        a        a        DET   DT  det   3
        deal     deal     NOUN  NN  nsubj 6
        will     will     AUX   MD  aux   6
        not      not      PART  RB  neg   6
        work     work     VERB  VB  ccomp 1
        without  without  ADP   IN  prep  6
        Arland   Arland   PROPN NNP pobj  7
        .        .        PUNCT .   punct 1
    """)], passes=["preconditions"])
    assert claims == {("tomas_kell", "demand", "arland_in_talks")}


def test_without_them_points_back_to_what_the_sentence_before_named(resources):
    claims = read(resources, [("Kell wants a prisoner swap.", """
        Kell      Kell      PROPN NNP nsubj    1
        wants     want      VERB  VBZ ROOT     1
        a         a         DET   DT  det      4
        prisoner  prisoner  NOUN  NN  compound 4
        swap      swap      NOUN  NN  dobj     1
        .         .         PUNCT .   punct    1
    """), ("Without it, Borsk will not sign.", """
        Without  without  ADP   IN  prep  6
        it       it       PRON  PRP pobj  0
        ,        ,        PUNCT ,   punct 6
        Borsk    Borsk    PROPN NNP nsubj 6
        will     will     AUX   MD  aux   6
        not      not      PART  RB  neg   6
        sign     sign     VERB  VB  ROOT  6
        .        .        PUNCT .   punct 6
    """)], passes=["preconditions"])
    assert claims == {("borsk", "demand", "prisoner_exchange")}
