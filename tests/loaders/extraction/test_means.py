"""Means: a party saying a dispute will be settled through a topic backs the topic."""

from conftest import read

SETTLED = """
    Venn      Venn      PROPN NNP nsubj     1
    said      say       VERB  VBD ROOT      1
    the       the       DET   DT  det       3
    dispute   dispute   NOUN  NN  nsubjpass {verb}
    {modals}
    settled   settle    VERB  VBN ccomp     1
    through   through   ADP   IN  prep      {verb}
    a         a         DET   DT  det       {noun}
    prisoner  prisoner  NOUN  NN  compound  {noun}
    swap      swap      NOUN  NN  pobj      {through}
    .         .         PUNCT .   punct     1
"""


def _settled(modals: list[str]) -> str:
    verb = 4 + len(modals)
    rows = "\n    ".join(modals)
    return SETTLED.format(modals=rows, verb=verb, noun=verb + 4, through=verb + 1)


def test_a_dispute_settled_through_a_topic_backs_it(resources):
    table = _settled(["would     would     AUX   MD  aux       6",
                      "be        be        AUX   VB  auxpass   6"])
    claims = read(resources, [("Venn said the dispute would be settled through a prisoner swap.", table)],
                  passes=["means"])
    assert claims == {("mara_venn", "support", "prisoner_exchange")}


def test_a_dispute_that_cannot_be_settled_through_a_topic_rejects_it(resources):
    table = _settled(["can       can       AUX   MD  aux       7",
                      "not       not       PART  RB  neg       7",
                      "be        be        AUX   VB  auxpass   7"])
    claims = read(resources, [("Venn said the dispute can not be settled through a prisoner swap.", table)],
                  passes=["means"])
    assert claims == {("mara_venn", "reject", "prisoner_exchange")}


def test_the_authors_account_of_a_settlement_is_no_ones_stance(resources):
    claims = read(resources, [("The dispute was settled through a prisoner swap.", """
        The       the       DET   DT  det       1
        dispute   dispute   NOUN  NN  nsubjpass 3
        was       be        AUX   VBD auxpass   3
        settled   settle    VERB  VBN ROOT      3
        through   through   ADP   IN  prep      3
        a         a         DET   DT  det       7
        prisoner  prisoner  NOUN  NN  compound  7
        swap      swap      NOUN  NN  pobj      4
        .         .         PUNCT .   punct     3
    """)], passes=["means"])
    assert claims == set()
