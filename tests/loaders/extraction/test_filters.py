"""Filters: what is no one's position (an analyst's reading, a condition)."""

import pytest
from conftest import read


def test_an_analyst_reading_a_partys_wishes_states_no_position(resources):
    claims = read(resources, [("Holt, an analyst, said Borsk wants a truce.", """
        Holt     Holt     PROPN NNP nsubj 5
        ,        ,        PUNCT ,   punct 0
        an       an       DET   DT  det   3
        analyst  analyst  NOUN  NN  appos 0
        ,        ,        PUNCT ,   punct 0
        said     say      VERB  VBD ROOT  5
        Borsk    Borsk    PROPN NNP nsubj 7
        wants    want     VERB  VBZ ccomp 5
        a        a        DET   DT  det   9
        truce    truce    NOUN  NN  dobj  7
        .        .        PUNCT .   punct 5
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_cue_inside_a_condition_is_no_position(resources):
    claims = read(resources, [("If Arland rejects the truce, talks will collapse.", """
        If        if        SCONJ IN  mark  2
        Arland    Arland    PROPN NNP nsubj 2
        rejects   reject    VERB  VBZ advcl 8
        the       the       DET   DT  det   4
        truce     truce     NOUN  NN  dobj  2
        ,         ,         PUNCT ,   punct 8
        talks     talk      NOUN  NNS nsubj 8
        will      will      AUX   MD  aux   8
        collapse  collapse  VERB  VB  ROOT  8
        .         .         PUNCT .   punct 8
    """)], passes=["stance_cues"])
    assert claims == set()


DATED = """
    In      in      ADP   IN   prep   4
    2019    2019    NUM   CD   pobj   0
    Arland  Arland  PROPN NNP  nsubj  4
    {aux}   {aux}   AUX   {tag} aux    4
    agreed  agree   VERB  VBN  ROOT   4
    to      to      ADP   IN   prep   4
    a       a       DET   DT   det    7
    truce   truce   NOUN  NN   pobj   5
    .       .       PUNCT .    punct  4
"""


def test_a_past_perfect_dated_to_a_year_is_history(resources):
    claims = read(resources, [("In 2019 Arland had agreed to a truce.", DATED.format(aux="had", tag="VBD"))],
                  passes=["stance_cues"])
    assert claims == set()


def test_a_present_perfect_dated_to_a_year_is_a_position(resources):
    claims = read(resources, [("In 2019 Arland has agreed to a truce.", DATED.format(aux="has", tag="VBZ"))],
                  passes=["stance_cues"])
    assert claims == {("arland", "support", "ceasefire")}


def test_a_second_verb_under_an_unreported_would_is_no_position(resources):
    claims = read(resources, [("Arland would cut its army and accept the truce.", """
        Arland  Arland  PROPN NNP nsubj 2
        would   would   AUX   MD  aux   2
        cut     cut     VERB  VB  ROOT  2
        its     its     PRON  PRP poss  4
        army    army    NOUN  NN  dobj  2
        and     and     CCONJ CC  cc    2
        accept  accept  VERB  VB  conj  2
        the     the     DET   DT  det   8
        truce   truce   NOUN  NN  dobj  6
        .       .       PUNCT .   punct 2
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_party_read_by_a_former_official_is_no_position(resources):
    claims = read(resources, [("Former minister Ola Brenn said Borsk wants a truce.", """
        Former    former    ADJ   JJ  amod     1
        minister  minister  NOUN  NN  compound 3
        Ola       Ola       PROPN NNP compound 3
        Brenn     Brenn     PROPN NNP nsubj    4
        said      say       VERB  VBD ROOT     4
        Borsk     Borsk     PROPN NNP nsubj    6
        wants     want      VERB  VBZ ccomp    4
        a         a         DET   DT  det      8
        truce     truce     NOUN  NN  dobj     6
        .         .         PUNCT .   punct    4
    """)], passes=["stance_cues"])
    assert claims == set()


def test_a_past_perfect_stance_told_in_passing_about_a_party_is_history(resources):
    claims = read(resources, [("Venn, who had rejected the truce, left.", """
        Venn      Venn    PROPN NNP nsubj  8
        ,         ,       PUNCT ,   punct  0
        who       who     PRON  WP  nsubj  4
        had       have    AUX   VBD aux    4
        rejected  reject  VERB  VBN relcl  0
        the       the     DET   DT  det    6
        truce     truce   NOUN  NN  dobj   4
        ,         ,       PUNCT ,   punct  0
        left      leave   VERB  VBD ROOT   8
        .         .       PUNCT .   punct  8
    """)], passes=["stance_cues"])
    assert claims == set()


def test_what_the_speaker_adds_is_no_background_of_the_clause_the_parser_hangs_it_on(resources):
    """The parser hangs "adding that ..." on a "when" clause; what is added is still said."""
    text = ("Venn said the border would reopen only when Borsk returned to the talks and stopped its raids, "
            "adding that Arland would never accept a prisoner swap.")
    claims = read(resources, [(text, """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        the       the       DET   DT   det       3
        border    border    NOUN  NN   nsubj     5
        would     would     AUX   MD   aux       5
        reopen    reopen    VERB  VB   ccomp     1
        only      only      ADV   RB   advmod    7
        when      when      SCONJ WRB  advmod    9
        Borsk     Borsk     PROPN NNP  nsubj     9
        returned  return    VERB  VBD  advcl     5
        to        to        ADP   IN   prep      9
        the       the       DET   DT   det       12
        talks     talk      NOUN  NNS  pobj      10
        and       and       CCONJ CC   cc        9
        stopped   stop      VERB  VBD  conj      9
        its       its       PRON  PRP$ poss      16
        raids     raid      NOUN  NNS  dobj      14
        ,         ,         PUNCT ,    punct     14
        adding    add       VERB  VBG  advcl     14
        that      that      SCONJ IN   mark      23
        Arland    Arland    PROPN NNP  nsubj     23
        would     would     AUX   MD   aux       23
        never     never     ADV   RB   neg       23
        accept    accept    VERB  VB   ccomp     18
        a         a         DET   DT   det       26
        prisoner  prisoner  NOUN  NN   compound  26
        swap      swap      NOUN  NN   dobj      23
        .         .         PUNCT .    punct     1
    """)], passes=["stance_cues"])
    assert claims == {("arland", "reject", "prisoner_exchange")}


def test_what_a_task_is_is_no_stance_of_its_owner(resources):
    claims = read(resources, [("Borsk's task is to respect the truce.", """
        Borsk    Borsk    PROPN NNP  poss   2
        's       's       PART  POS  case   0
        task     task     NOUN  NN   nsubj  3
        is       be       AUX   VBZ  ROOT   3
        to       to       PART  TO   aux    5
        respect  respect  VERB  VB   xcomp  3
        the      the      DET   DT   det    7
        truce    truce    NOUN  NN   dobj   5
        .        .        PUNCT .    punct  3
    """)], passes=["stance_cues"])
    assert claims == set()


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("After months of rejecting the truce, Arland sent envoys.", """
        After      after    ADP   IN  prep   8
        months     month    NOUN  NNS pobj   0
        of         of       ADP   IN  prep   1
        rejecting  reject   VERB  VBG pcomp  2
        the        the      DET   DT  det    5
        truce      truce    NOUN  NN  dobj   3
        ,          ,        PUNCT ,   punct  8
        Arland     Arland   PROPN NNP nsubj  8
        sent       send     VERB  VBD ROOT   8
        envoys     envoy    NOUN  NNS dobj   8
        .          .        PUNCT .   punct  8
    """, set()),
    ("Arland sent envoys after rejecting the truce.", """
        Arland     Arland   PROPN NNP nsubj  1
        sent       send     VERB  VBD ROOT   1
        envoys     envoy    NOUN  NNS dobj   1
        after      after    ADP   IN  prep   1
        rejecting  reject   VERB  VBG pcomp  3
        the        the      DET   DT  det    6
        truce      truce    NOUN  NN  dobj   4
        .          .        PUNCT .   punct  1
    """, {("arland", "reject", "ceasefire")}),
], ids=["after months of", "after"])
def test_a_stance_held_for_months_before_the_event_is_left_behind(resources, text, table, expected):
    """"After months of rejecting the truce, Arland sent envoys": what Arland did for months
    before it sent them is no longer its stand."""
    assert read(resources, [(text, table)], passes=["stance_cues"]) == expected
