"""Quoted topics: a party's speaker naming a topic in a quotation backs it, weakly."""

import pytest
from conftest import read

QUOTE = ('"The prisoner swap comes first," Venn said.', """
    "         "         PUNCT ``  punct    9
    The       the       DET   DT  det      3
    prisoner  prisoner  NOUN  NN  compound 3
    swap      swap      NOUN  NN  nsubj    4
    comes     come      VERB  VBZ ccomp    9
    first     first     ADV   RB  advmod   4
    ,         ,         PUNCT ,   punct    9
    "         "         PUNCT ''  punct    9
    Venn      Venn      PROPN NNP nsubj    9
    said      say       VERB  VBD ROOT     9
    .         .         PUNCT .   punct    9
""")


def test_a_topic_quoted_from_a_partys_minister_is_supported(resources):
    assert read(resources, [QUOTE], passes=["quoted_topics"]) == {("mara_venn", "support", "prisoner_exchange")}


def test_a_topic_quoted_from_an_analyst_is_nobodys(resources):
    text, table = QUOTE
    claims = read(resources, [(text.replace("Venn", "Holt"), table.replace("Venn", "Holt"))],
                  passes=["quoted_topics"])
    assert claims == set()


def test_a_topic_under_a_negated_belief_in_the_quote_is_no_backing(resources):
    claims = read(resources, [('"I do not think we need a truce," Venn said.', """
        "      "      PUNCT ``   punct     12
        I      I      PRON  PRP  nsubj     4
        do     do     AUX   VBP  aux       4
        not    not    PART  RB   neg       4
        think  think  VERB  VB   ccomp     12
        we     we     PRON  PRP  nsubj     6
        need   need   VERB  VBP  ccomp     4
        a      a      DET   DT   det       8
        truce  truce  NOUN  NN   dobj      6
        ,      ,      PUNCT ,    punct     12
        "      "      PUNCT ''   punct     12
        Venn   Venn   PROPN NNP  nsubj     12
        said   say    VERB  VBD  ROOT      12
        .      .      PUNCT .    punct     12
    """)], passes=["quoted_topics"])
    assert claims == set()


@pytest.mark.parametrize(("adjective", "noun", "stance"), [
    ("illegal", "handling", "reject"),
    ("swift", "handling", "support"),
    ("illegal", "delay", "support"),  # the delay is condemned, not the swap
])
def test_the_speakers_own_adjective_for_what_the_topic_is_of_judges_it(resources, adjective, noun, stance):
    text = f'"The {adjective} {noun} of the prisoner swap will be answered," Venn said.'
    claims = read(resources, [(text, f"""
        "          "          PUNCT ``  punct     14
        The        the        DET   DT  det       3
        {adjective}  {adjective}  ADJ   JJ  amod      3
        {noun}     {noun}     NOUN  NN  nsubjpass 10
        of         of         ADP   IN  prep      3
        the        the        DET   DT  det       7
        prisoner   prisoner   NOUN  NN  compound  7
        swap       swap       NOUN  NN  pobj      4
        will       will       AUX   MD  aux       10
        be         be         AUX   VB  auxpass   10
        answered   answer     VERB  VBN ccomp     14
        ,          ,          PUNCT ,   punct     14
        "          "          PUNCT ''  punct     14
        Venn       Venn       PROPN NNP nsubj     14
        said       say        VERB  VBD ROOT      14
        .          .          PUNCT .   punct     14
    """)], passes=["quoted_topics"])
    assert claims == {("mara_venn", stance, "prisoner_exchange")}


def test_a_topic_in_a_past_counterfactual_is_doubted_not_backed(resources):
    claims = read(resources, [('"If a truce could end the war, we would have had peace," Venn said.', """
        "      "      PUNCT ``  punct  17
        If     if     SCONJ IN  mark   5
        a      a      DET   DT  det    3
        truce  truce  NOUN  NN  nsubj  5
        could  could  AUX   MD  aux    5
        end    end    VERB  VB  advcl  12
        the    the    DET   DT  det    7
        war    war    NOUN  NN  dobj   5
        ,      ,      PUNCT ,   punct  12
        we     we     PRON  PRP nsubj  12
        would  would  AUX   MD  aux    12
        have   have   AUX   VB  aux    12
        had    have   VERB  VBN ccomp  17
        peace  peace  NOUN  NN  dobj   12
        ,      ,      PUNCT ,   punct  17
        "      "      PUNCT ''  punct  17
        Venn   Venn   PROPN NNP nsubj  17
        said   say    VERB  VBD ROOT   17
        .      .      PUNCT .   punct  17
    """)], passes=["quoted_topics"])
    assert claims == set()


def test_a_topic_the_speaker_judges_is_not_also_backed_for_being_quoted(resources):
    claims = read(resources, [('"The truce is a total sham," Venn said.', """
        "      "      PUNCT ``  punct  10
        The    the    DET   DT  det    2
        truce  truce  NOUN  NN  nsubj  3
        is     be     AUX   VBZ ccomp  10
        a      a      DET   DT  det    6
        total  total  ADJ   JJ  amod   6
        sham   sham   NOUN  NN  attr   3
        ,      ,      PUNCT ,   punct  10
        "      "      PUNCT ''  punct  10
        Venn   Venn   PROPN NNP nsubj  10
        said   say    VERB  VBD ROOT   10
        .      .      PUNCT .   punct  10
    """)], passes=["evaluations", "quoted_topics"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


ARMS_QUOTE = ('"The {adjective} arms deliveries arrived on Monday," Venn said.', """
    "           "          PUNCT ``  punct    11
    The         the        DET   DT  det      4
    {adjective}  {adjective}  ADJ   JJ  amod     4
    arms        arm        NOUN  NNS compound 4
    deliveries  delivery   NOUN  NNS nsubj    5
    arrived     arrive     VERB  VBD ccomp    11
    on          on         ADP   IN  prep     5
    Monday      Monday     PROPN NNP pobj     6
    ,           ,          PUNCT ,   punct    11
    "           "          PUNCT ''  punct    11
    Venn        Venn       PROPN NNP nsubj    11
    said        say        VERB  VBD ROOT     11
    .           .          PUNCT .   punct    11
""")


@pytest.mark.parametrize(("adjective", "expected"), [
    ("new", set()),  # naming what a halt stops takes no side
    ("illegal", {("mara_venn", "support", "halt_to_arms")}),  # condemning it backs the halt
], ids=["named", "condemned"])
def test_what_a_halt_stops_quoted_counts_only_as_the_speaker_judges_it(resources, adjective, expected):
    text, table = (part.format(adjective=adjective) for part in ARMS_QUOTE)
    assert read(resources, [(text, table)], passes=["quoted_topics"]) == expected
