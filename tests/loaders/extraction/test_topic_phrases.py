"""How a topic's phrases read: phrases naming its contrary, phrases that need a context,
and phrases naming an actor."""

import pytest
from conftest import PACK, changed_pack, read

from stancegraph.schema import Topic


def test_a_stance_on_a_phrase_naming_the_contrary_is_the_opposite_stance(resources):
    claims = read(resources, [("Arland backed the treaty suspension.", """
        Arland      Arland      PROPN NNP nsubj    1
        backed      back        VERB  VBD ROOT     1
        the         the         DET   DT  det      4
        treaty      treaty      NOUN  NN  compound 4
        suspension  suspension  NOUN  NN  dobj     1
        .           .           PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "treaty_restored")}


def test_a_stopping_word_from_the_packs_lexicon_turns_the_contrary_back(resources):
    # "lift" is a stopping word only because the test pack's lexicon adds it
    claims = read(resources, [("Borsk demanded that Arland lift the treaty suspension.", """
        Borsk       Borsk       PROPN NNP nsubj    1
        demanded    demand      VERB  VBD ROOT     1
        that        that        SCONJ IN  mark     4
        Arland      Arland      PROPN NNP nsubj    4
        lift        lift        VERB  VB  ccomp    1
        the         the         DET   DT  det      7
        treaty      treaty      NOUN  NN  compound 7
        suspension  suspension  NOUN  NN  dobj     4
        .           .           PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "demand", "treaty_restored")}


# the contrary written capitalised: a context belongs to a phrase's text, and "water treaty" is a plain phrase
HELD = changed_pack(topics=[Topic(id="treaty_restored", label="the water treaty restored", phrases=("water treaty",),
                                   opposite_phrases=({"phrase": "Water treaty", "near": ["abeyance"]},))])


def test_a_context_only_in_a_clause_describing_the_phrase_does_not_turn_it_contrary():
    """"restore the water treaty, which Arland holds in abeyance": the clause says what
    became of the treaty; the demand is still for the treaty."""
    restored = read(HELD, [("Borsk demanded that Arland restore the water treaty, which it holds in abeyance.", """
        Borsk     Borsk     PROPN NNP nsubj    1
        demanded  demand    VERB  VBD ROOT     1
        that      that      SCONJ IN  mark     4
        Arland    Arland    PROPN NNP nsubj    4
        restore   restore   VERB  VB  ccomp    1
        the       the       DET   DT  det      7
        water     water     NOUN  NN  compound 7
        treaty    treaty    NOUN  NN  dobj     4
        ,         ,         PUNCT ,   punct    7
        which     which     PRON  WDT dobj     11
        it        it        PRON  PRP nsubj    11
        holds     hold      VERB  VBZ relcl    7
        in        in        ADP   IN  prep     11
        abeyance  abeyance  NOUN  NN  pobj     12
        .         .         PUNCT .   punct    1
    """)], passes=["stance_cues"])
    kept = read(HELD, [("Borsk wants the water treaty kept in abeyance.", """
        Borsk     Borsk     PROPN NNP nsubj    1
        wants     want      VERB  VBZ ROOT     1
        the       the       DET   DT  det      4
        water     water     NOUN  NN  compound 4
        treaty    treaty    NOUN  NN  nsubj    5
        kept      keep      VERB  VBN ccomp    1
        in        in        ADP   IN  prep     5
        abeyance  abeyance  NOUN  NN  pobj     6
        .         .         PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert restored == {("borsk", "demand", "treaty_restored")}
    assert kept == {("borsk", "reject", "treaty_restored")}


WITHDRAWAL = """
    Borsk       Borsk       PROPN NNP nsubj 1
    demanded    demand      VERB  VBD ROOT  1
    a           a           DET   DT  det   3
    withdrawal  withdrawal  NOUN  NN  dobj  1
    of          of          ADP   IN  prep  3
    {noun:11}   {lemma:11}  NOUN  NNS pobj  4
    .           .           PUNCT .   punct 1
"""


def test_a_phrase_with_a_context_counts_only_beside_its_context_words(resources):
    troops = read(resources, [("Borsk demanded a withdrawal of troops.",
                               WITHDRAWAL.format(noun="troops", lemma="troop"))], passes=["stance_cues"])
    treaty = read(resources, [("Borsk demanded a withdrawal of treaties.",
                               WITHDRAWAL.format(noun="treaties", lemma="treaty"))], passes=["stance_cues"])
    ships = read(resources, [("Borsk demanded a withdrawal of ships.",
                              WITHDRAWAL.format(noun="ships", lemma="ship"))], passes=["stance_cues"])
    assert troops == {("borsk", "demand", "troop_withdrawal")}
    assert treaty == {("borsk", "demand", "treaty_exit")}
    assert ships == set()


def test_where_two_contexts_hold_the_nearer_one_names_the_phrase(resources):
    """"With troops on the border, Venn called for a withdrawal from the treaty": both
    contexts of "withdrawal" are in the sentence; the treaty stands beside it."""
    claims = read(resources, [("With troops on the border, Venn called for a withdrawal from the treaty.", """
        With        with        ADP   IN   prep      7
        troops      troop       NOUN  NNS  pobj      0
        on          on          ADP   IN   prep      1
        the         the         DET   DT   det       4
        border      border      NOUN  NN   pobj      2
        ,           ,           PUNCT ,    punct     7
        Venn        Venn        PROPN NNP  nsubj     7
        called      call        VERB  VBD  ROOT      7
        for         for         ADP   IN   prep      7
        a           a           DET   DT   det       10
        withdrawal  withdrawal  NOUN  NN   pobj      8
        from        from        ADP   IN   prep      10
        the         the         DET   DT   det       13
        treaty      treaty      NOUN  NN   pobj      11
        .           .           PUNCT .    punct     7
    """)], passes=["stance_cues"])
    assert claims == {("mara_venn", "demand", "treaty_exit")}


def test_a_phrase_can_name_an_actor_by_any_of_its_names(resources):
    claims = read(resources, [("Arland rejected any agency role.", """
        Arland    Arland    PROPN NNP nsubj    1
        rejected  reject    VERB  VBD ROOT     1
        any       any       DET   DT  det      4
        agency    agency    NOUN  NN  compound 4
        role      role      NOUN  NN  dobj     1
        .         .         PUNCT .   punct    1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "agency_role")}


def test_stopping_attacks_on_a_kind_of_target_is_the_truce_on_targets(resources):
    claims = read(resources, [("Borsk agreed to stop hitting power plants.", """
        Borsk    Borsk  PROPN NNP  nsubj     1
        agreed   agree  VERB  VBD  ROOT      1
        to       to     PART  TO   aux       3
        stop     stop   VERB  VB   xcomp     1
        hitting  hit    VERB  VBG  xcomp     3
        power    power  NOUN  NN   compound  6
        plants   plant  NOUN  NNS  dobj      4
        .        .      PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "support", "energy_truce")}


def test_no_more_strikes_on_a_kind_of_target_is_the_truce_on_targets(resources):
    claims = read(resources, [("Arland called for no more strikes on power plants.", """
        Arland   Arland  PROPN NNP  nsubj     1
        called   call    VERB  VBD  ROOT      1
        for      for     ADP   IN   prep      1
        no       no      PRON  DT   neg       4
        more     more    ADJ   JJR  amod      5
        strikes  strike  NOUN  NNS  pobj      2
        on       on      ADP   IN   prep      5
        power    power   NOUN  NN   compound  8
        plants   plant   NOUN  NNS  pobj      6
        .        .       PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "energy_truce")}


def test_an_attack_on_a_target_halts_nothing(resources):
    claims = read(resources, [("Borsk drones hit power plants, Arland said.", """
        Borsk   Borsk   PROPN NNP  compound  1
        drones  drone   NOUN  NNS  nsubj     2
        hit     hit     VERB  VBD  ccomp     7
        power   power   NOUN  NN   compound  4
        plants  plant   NOUN  NNS  dobj      2
        ,       ,       PUNCT ,    punct     7
        Arland  Arland  PROPN NNP  nsubj     7
        said    say     VERB  VBD  ROOT      7
        .       .       PUNCT .    punct     7
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_noun_pointing_back_to_a_contrary_phrase_names_the_contrary(resources):
    claims = read(resources, [
        ("Borsk announced a treaty suspension.", """
            Borsk       Borsk     PROPN NNP nsubj    1
            announced   announce  VERB  VBD ROOT     1
            a           a         DET   DT  det      4
            treaty      treaty    NOUN  NN  compound 4
            suspension  suspension NOUN NN  dobj     1
            .           .         PUNCT .   punct    1
        """),
        ("Arland rejected this step.", """
            Arland    Arland  PROPN NNP nsubj 1
            rejected  reject  VERB  VBD ROOT  1
            this      this    DET   DT  det   3
            step      step    NOUN  NN  dobj  1
            .         .       PUNCT .   punct 1
        """),
    ], passes=["stance_cues"])
    assert ("arland", "support", "treaty_restored") in claims
    assert ("arland", "reject", "treaty_restored") not in claims


def test_a_verb_phrase_reads_through_the_owner_of_its_object(resources):
    claims = read(resources, [("Arland demanded that Borsk lift its sanctions.", """
        Arland     Arland    PROPN NNP  nsubj     1
        demanded   demand    VERB  VBD  ROOT      1
        that       that      SCONJ IN   mark      4
        Borsk      Borsk     PROPN NNP  nsubj     4
        lift       lift      VERB  VB   ccomp     1
        its        its       PRON  PRP$ poss      6
        sanctions  sanction  NOUN  NNS  dobj      4
        .          .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "demand", "sanctions_relief")}



def test_a_topic_phrase_inside_an_actors_title_names_no_topic():
    """"The Director of Truce Monitoring" is an officer's title: backing a proposal from
    him backs no truce."""
    actors = tuple(a.model_copy(update={"roles": ("Director of Truce Monitoring",)}) if a.id == "tomas_kell" else a
                   for a in PACK.actors)
    titled = changed_pack(actors=actors)
    claims = read(titled, [("Venn backed a proposal from the Director of Truce Monitoring.", """
        Venn        Venn        PROPN NNP nsubj     1
        backed      back        VERB  VBD ROOT      1
        a           a           DET   DT  det       3
        proposal    proposal    NOUN  NN  dobj      1
        from        from        ADP   IN  prep      3
        the         the         DET   DT  det       6
        Director    Director    PROPN NNP pobj      4
        of          of          ADP   IN  prep      6
        Truce       Truce       PROPN NNP compound  9
        Monitoring  Monitoring  PROPN NNP pobj      7
        .           .           PUNCT .   punct     1
    """)])
    assert claims == set()


def test_a_phrase_naming_an_actor_matches_the_name_with_its_article():
    """"talks with {borsk}" is written "talks with the Borsk side" as often as not."""
    actors = tuple(a.model_copy(update={"aliases": ("Borsk side",)}) if a.id == "borsk" else a for a in PACK.actors)
    topics = (*PACK.topics, Topic(id="borsk_talks", label="talks with Borsk", phrases=("talks with {borsk}",)))
    claims = read(changed_pack(actors=actors, topics=topics), [
        ("Arland rejected talks with the Borsk side.", """
            Arland    Arland    PROPN NNP nsubj    1
            rejected  reject    VERB  VBD ROOT     1
            talks     talk      NOUN  NNS dobj     1
            with      with      ADP   IN  prep     2
            the       the       DET   DT  det      6
            Borsk     Borsk     PROPN NNP compound 6
            side      side      NOUN  NN  pobj     3
            .         .         PUNCT .   punct    1
        """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "borsk_talks")}


def test_a_verbs_phrase_matches_with_an_article_before_its_object(resources):
    """"lift sanctions" as written with its article: "lift the sanctions"."""
    claims = read(resources, [("Borsk urged Arland to lift the sanctions.", """
        Borsk      Borsk     PROPN NNP nsubj 1
        urged      urge      VERB  VBD ROOT  1
        Arland     Arland    PROPN NNP dobj  1
        to         to        PART  TO  aux   4
        lift       lift      VERB  VB  xcomp 1
        the        the       DET   DT  det   6
        sanctions  sanction  NOUN  NNS dobj  4
        .          .         PUNCT .   punct 1
    """)], passes=["stance_cues"])
    assert claims == {("borsk", "demand", "sanctions_relief")}


def _with_peace_agreement():
    agreement = Topic(id="peace_agreement", label="the peace agreement", phrases=("agreement", "peace agreement"))
    return changed_pack(topics=(*PACK.topics, agreement))


AGREEMENT_ON_SWAP = ("Arland signed an agreement on a prisoner swap.", """
    Arland     Arland     PROPN NNP nsubj    1
    signed     sign       VERB  VBD ROOT     1
    an         an         DET   DT  det      3
    agreement  agreement  NOUN  NN  dobj     1
    on         on         ADP   IN  prep     3
    a          a          DET   DT  det      7
    prisoner   prisoner   NOUN  NN  compound 7
    swap       swap       NOUN  NN  pobj     4
    .          .          PUNCT .   punct    1
""")
AGREEMENT_TO_SWAP = ("Arland signed an agreement to hold a prisoner swap.", """
    Arland     Arland     PROPN NNP nsubj    1
    signed     sign       VERB  VBD ROOT     1
    an         an         DET   DT  det      3
    agreement  agreement  NOUN  NN  dobj     1
    to         to         PART  TO  aux      5
    hold       hold       VERB  VB  acl      3
    a          a          DET   DT  det      8
    prisoner   prisoner   NOUN  NN  compound 8
    swap       swap       NOUN  NN  dobj     5
    .          .          PUNCT .   punct    1
""")
PEACE_AGREEMENT_ON_SWAP = ("Arland signed a peace agreement on a prisoner swap.", """
    Arland     Arland     PROPN NNP nsubj    1
    signed     sign       VERB  VBD ROOT     1
    a          a          DET   DT  det      4
    peace      peace      NOUN  NN  compound 4
    agreement  agreement  NOUN  NN  dobj     1
    on         on         ADP   IN  prep     4
    a          a          DET   DT  det      8
    prisoner   prisoner   NOUN  NN  compound 8
    swap       swap       NOUN  NN  pobj     5
    .          .          PUNCT .   punct    1
""")


@pytest.mark.parametrize(("sentence", "expected"), [
    (AGREEMENT_ON_SWAP, {("arland", "support", "prisoner_exchange")}),
    (AGREEMENT_TO_SWAP, {("arland", "support", "prisoner_exchange")}),
    (PEACE_AGREEMENT_ON_SWAP, {("arland", "support", "prisoner_exchange"), ("arland", "support", "peace_agreement")}),
], ids=["an agreement on", "an agreement to", "a peace agreement on"])
def test_a_bare_agreement_noun_whose_contents_name_a_topic_is_that_topics_text(sentence, expected):
    """"Signed an agreement on a prisoner swap" backs the swap; the bare "agreement" is not
    the pack's peace agreement. A phrase with more words ("a peace agreement") still is."""
    assert read(_with_peace_agreement(), [sentence], passes=["stance_cues"]) == expected


VENUES = changed_pack(topics=[Topic(id="velmar_accord", label="the Velmar accord",
                                    phrases=("velmar accord", "velmar talk", "velmar principle", "velmar road"))])


@pytest.mark.parametrize(("text", "table"), [
    ("Borsk praised the accord reached in Velmar.", """
        Borsk    Borsk   PROPN NNP nsubj 1
        praised  praise  VERB  VBD ROOT  1
        the      the     DET   DT  det   3
        accord   accord  NOUN  NN  dobj  1
        reached  reach   VERB  VBN acl   3
        in       in      ADP   IN  prep  4
        Velmar   Velmar  PROPN NNP pobj  5
        .        .       PUNCT .   punct 1
    """),
    ("Borsk welcomed the talks in Velmar.", """
        Borsk    Borsk   PROPN NNP nsubj 1
        welcomed welcome VERB  VBD ROOT  1
        the      the     DET   DT  det   3
        talks    talk    NOUN  NNS dobj  1
        in       in      ADP   IN  prep  3
        Velmar   Velmar  PROPN NNP pobj  4
        .        .       PUNCT .   punct 1
    """),
    ("Borsk signed a set of principles in Velmar.", """
        Borsk      Borsk     PROPN NNP nsubj 1
        signed     sign      VERB  VBD ROOT  1
        a          a         DET   DT  det   3
        set        set       NOUN  NN  dobj  1
        of         of        ADP   IN  prep  3
        principles principle NOUN  NNS pobj  4
        in         in        ADP   IN  prep  1
        Velmar     Velmar    PROPN NNP pobj  6
        .          .         PUNCT .   punct 1
    """),
], ids=["reached-in", "talks-in", "signed-in"])
def test_a_deal_named_by_its_place_is_named_with_the_place_after_it(text, table):
    """The pack names a deal or talks by where they were made or held ("the Velmar accord",
    "the Velmar talks"); reporters as often put the place after the noun, or after the verb
    of signing."""
    assert read(VENUES, [(text, table)], passes=["stance_cues"]) == {("borsk", "support", "velmar_accord")}


def test_a_thing_that_is_no_deal_or_talks_is_not_named_by_its_place():
    """"A road in Velmar" is not the "Velmar road" of the pack: only deals and talks are
    called by where they were made."""
    assert read(VENUES, [("Borsk opposed a road in Velmar.", """
        Borsk    Borsk   PROPN NNP nsubj 1
        opposed  oppose  VERB  VBD ROOT  1
        a        a       DET   DT  det   3
        road     road    NOUN  NN  dobj  1
        in       in      ADP   IN  prep  3
        Velmar   Velmar  PROPN NNP pobj  4
        .        .       PUNCT .   punct 1
    """)], passes=["stance_cues"]) == set()
