"""Missions: a party that goes, sends envoys or meets somewhere for a topic supports it."""

import pytest
from conftest import read


def test_envoys_sent_to_negotiate_a_truce_support_it(resources):
    claims = read(resources, [("Arland sent envoys to Cordia to negotiate a truce.", """
        Arland     Arland     PROPN NNP nsubj  1
        sent       send       VERB  VBD ROOT   1
        envoys     envoy      NOUN  NNS dobj   1
        to         to         ADP   IN  prep   1
        Cordia     Cordia     PROPN NNP pobj   3
        to         to         PART  TO  aux    6
        negotiate  negotiate  VERB  VB  advcl  1
        a          a          DET   DT  det    8
        truce      truce      NOUN  NN  dobj   6
        .          .          PUNCT .   punct  1
    """)], passes=["missions"])
    assert claims == {("arland", "support", "ceasefire")}


SWAP = """
    Venn      Venn      PROPN NNP nsubj     1
    {verb}    {lemma}   VERB  VBD ROOT      1
    to        to        ADP   IN  prep      1
    Cordia    Cordia    PROPN NNP pobj      2
    for       for       ADP   IN  prep      1
    a         a         DET   DT  det       7
    prisoner  prisoner  NOUN  NN  compound  7
    swap      swap      NOUN  NN  pobj      4
    .         .         PUNCT .   punct     1
"""


def test_a_journey_for_a_prisoner_swap_supports_it(resources):
    claims = read(resources, [("Venn flew to Cordia for a prisoner swap.", SWAP.format(verb="flew", lemma="fly"))],
                  passes=["missions"])
    assert claims == {("mara_venn", "support", "prisoner_exchange")}


def test_a_word_that_is_no_movement_has_no_purpose(resources):
    claims = read(resources, [("Venn wrote to Cordia for a prisoner swap.", SWAP.format(verb="wrote", lemma="write"))],
                  passes=["missions"])
    assert claims == set()


def test_envoys_not_sent_support_nothing(resources):
    claims = read(resources, [("Arland did not send envoys to Cordia for a truce.", """
        Arland  Arland  PROPN NNP nsubj  3
        did     do      AUX   VBD aux    3
        not     not     PART  RB  neg    3
        send    send    VERB  VB  ROOT   3
        envoys  envoy   NOUN  NNS dobj   3
        to      to      ADP   IN  prep   3
        Cordia  Cordia  PROPN NNP pobj   5
        for     for     ADP   IN  prep   3
        a       a       DET   DT  det    9
        truce   truce   NOUN  NN  pobj   7
        .       .       PUNCT .   punct  3
    """)], passes=["missions"])
    assert claims == set()


@pytest.mark.parametrize(("verb", "expected"), [
    ("negotiate", {("arland", "support", "ceasefire")}),
    ("end", set()),
])
def test_a_delegation_in_a_city_for_a_truce_supports_it_unless_it_is_there_to_end_it(resources, verb, expected):
    text = f"Arland's delegation is in Cordia to {verb} the truce."
    claims = read(resources, [(text, f"""
        Arland      Arland      PROPN NNP poss   2
        's          's          PART  POS case   0
        delegation  delegation  NOUN  NN  nsubj  3
        is          be          AUX   VBZ ROOT   3
        in          in          ADP   IN  prep   3
        Cordia      Cordia      PROPN NNP pobj   4
        to          to          PART  TO  aux    7
        {verb}      {verb}      VERB  VB  advcl  3
        the         the         DET   DT  det    9
        truce       truce       NOUN  NN  dobj   7
        .           .           PUNCT .   punct  3
    """)], passes=["missions"])
    assert claims == expected


def test_a_meeting_to_discuss_a_topics_contrary_takes_no_side(resources):
    claims = read(resources, [("Arland's envoys met in Cordia to discuss arms deliveries.", """
        Arland      Arland      PROPN NNP poss      2
        's          's          PART  POS case      0
        envoys      envoy       NOUN  NNS nsubj     3
        met         meet        VERB  VBD ROOT      3
        in          in          ADP   IN  prep      3
        Cordia      Cordia      PROPN NNP pobj      4
        to          to          PART  TO  aux       7
        discuss     discuss     VERB  VB  advcl     3
        arms        arm         NOUN  NNS compound  9
        deliveries  delivery    NOUN  NNS dobj      7
        .           .           PUNCT .   punct     3
    """)], passes=["missions"])
    assert claims == set()


def test_a_meeting_to_discuss_speeding_up_a_topics_contrary_is_against_the_topic(resources):
    claims = read(resources, [("Arland's envoys met in Cordia to discuss speeding up arms deliveries.", """
        Arland      Arland      PROPN NNP poss      2
        's          's          PART  POS case      0
        envoys      envoy       NOUN  NNS nsubj     3
        met         meet        VERB  VBD ROOT      3
        in          in          ADP   IN  prep      3
        Cordia      Cordia      PROPN NNP pobj      4
        to          to          PART  TO  aux       7
        discuss     discuss     VERB  VB  advcl     3
        speeding    speed       VERB  VBG xcomp     7
        up          up          ADP   RP  prt       8
        arms        arm         NOUN  NNS compound  11
        deliveries  delivery    NOUN  NNS dobj      8
        .           .           PUNCT .   punct     3
    """)], passes=["missions"])
    assert claims == {("arland", "reject", "halt_to_arms")}
