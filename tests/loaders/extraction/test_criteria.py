"""Criteria: what a party will judge a deal by is what it demands."""

from conftest import read


def table(*parts: str) -> str:
    return "\n".join(part.strip() for part in parts)

WHETHER_LIFTED = """
    whether    whether    SCONJ IN  mark  {verb}
    Borsk      Borsk      PROPN NNP nsubj {verb}
    will       will       AUX   MD  aux   {verb}
    lift       lift       VERB  VB  {dep} {head}
    sanctions  sanction   NOUN  NNS dobj  {verb}
"""

TEST_OF_THE_TRUCE = """
    The     the     DET   DT  det    1
    test    test    NOUN  NN  nsubj  5
    of      of      ADP   IN  prep   1
    the     the     DET   DT  det    4
    truce   truce   NOUN  NN  pobj   2
"""


def test_what_a_party_will_judge_a_deal_by_it_demands(resources):
    claims = read(resources, [("Arland will judge the truce by whether Borsk will lift sanctions.", table("""
        Arland  Arland  PROPN NNP nsubj 2
        will    will    AUX   MD  aux   2
        judge   judge   VERB  VB  ROOT  2
        the     the     DET   DT  det   4
        truce   truce   NOUN  NN  dobj  2
        by      by      ADP   IN  prep  2
    """, WHETHER_LIFTED.format(verb=9, dep="pcomp", head=5), """
        .       .       PUNCT .   punct 2
    """))], passes=["criteria"])
    assert claims == {("arland", "demand", "sanctions_relief")}  # the truce judged is not demanded


def test_the_yardstick_a_speaker_names_is_the_speakers_demand(resources):
    claims = read(resources, [("The test of the truce is whether Borsk will lift sanctions, Venn said.", table(TEST_OF_THE_TRUCE, """
        is      be      AUX   VBZ ccomp  13
    """, WHETHER_LIFTED.format(verb=9, dep="ccomp", head=5), """
        ,       ,       PUNCT ,   punct  13
        Venn    Venn    PROPN NNP nsubj  13
        said    say     VERB  VBD ROOT   13
        .       .       PUNCT .   punct  13
    """))], passes=["criteria"])
    assert claims == {("mara_venn", "demand", "sanctions_relief")}


def test_the_authors_own_yardstick_is_no_ones_stance(resources):
    claims = read(resources, [("The test of the truce is whether Borsk will lift sanctions.", table(TEST_OF_THE_TRUCE, """
        is      be      AUX   VBZ ROOT   5
    """, WHETHER_LIFTED.format(verb=9, dep="ccomp", head=5), """
        .       .       PUNCT .   punct  5
    """))], passes=["criteria"])
    assert claims == set()


def test_a_question_is_no_yardstick(resources):
    claims = read(resources, [("Venn asked whether Borsk will lift sanctions.", table("""
        Venn    Venn    PROPN NNP nsubj  1
        asked   ask     VERB  VBD ROOT   1
    """, WHETHER_LIFTED.format(verb=5, dep="ccomp", head=1), """
        .       .       PUNCT .   punct  1
    """))], passes=["criteria"])
    assert claims == set()
