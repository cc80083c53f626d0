"""Agendas: what a party says talks are to be about, it demands; talks said not to be about
something, or talks a journalist describes, hold nothing."""

from conftest import read

ONLY_ABOUT = ("Venn said any talks with Borsk would only be about a prisoner swap.", """
    Venn      Venn      PROPN NNP nsubj    1
    said      say       VERB  VBD ROOT     1
    any       any       DET   DT  det      3
    talks     talk      NOUN  NNS nsubj    8
    with      with      ADP   IN  prep     3
    Borsk     Borsk     PROPN NNP pobj     4
    would     would     AUX   MD  aux      8
    only      only      ADV   RB  advmod   8
    be        be        AUX   VB  ccomp    1
    about     about     ADP   IN  prep     8
    a         a         DET   DT  det      12
    prisoner  prisoner  NOUN  NN  compound 12
    swap      swap      NOUN  NN  pobj     9
    .         .         PUNCT .   punct    1
""")


def test_what_talks_are_to_be_about_is_demanded_by_whoever_says_so(resources):
    assert read(resources, [ONLY_ABOUT], passes=["agendas"]) == {("mara_venn", "demand", "prisoner_exchange")}


def test_talks_said_not_to_be_about_a_topic_say_nothing_of_it(resources):
    claims = read(resources, [("Venn said talks with Borsk would not be about a prisoner swap.", """
        Venn      Venn      PROPN NNP nsubj    1
        said      say       VERB  VBD ROOT     1
        talks     talk      NOUN  NNS nsubj    7
        with      with      ADP   IN  prep     2
        Borsk     Borsk     PROPN NNP pobj     3
        would     would     AUX   MD  aux      7
        not       not       PART  RB  neg      7
        be        be        AUX   VB  ccomp    1
        about     about     ADP   IN  prep     7
        a         a         DET   DT  det      11
        prisoner  prisoner  NOUN  NN  compound 11
        swap      swap      NOUN  NN  pobj     8
        .         .         PUNCT .   punct    1
    """)], passes=["agendas"])
    assert claims == set()


def test_talks_a_journalist_describes_are_no_one_s_agenda(resources):
    claims = read(resources, [("The talks were about a prisoner swap.", """
        The       the       DET   DT  det      1
        talks     talk      NOUN  NNS nsubj    2
        were      be        AUX   VBD ROOT     2
        about     about     ADP   IN  prep     2
        a         a         DET   DT  det      6
        prisoner  prisoner  NOUN  NN  compound 6
        swap      swap      NOUN  NN  pobj     3
        .         .         PUNCT .   punct    2
    """)], passes=["agendas"])
    assert claims == set()
