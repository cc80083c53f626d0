"""Attack reports: a party reporting an attack by another accuses it, however it is worded."""

import pytest
from conftest import MET, read

from stancegraph.loaders.extraction.passes import Survey
from stancegraph.loaders.extraction.passes.attack_reports import AttackReports


def test_a_passive_attack_accuses_its_agent(resources):
    claims = read(resources, [("Arland said its posts were fired upon by Borsk troops.", """
        Arland  Arland  PROPN NNP  nsubj     1
        said    say     VERB  VBD  ROOT      1
        its     its     PRON  PRP$ poss      3
        posts   post    NOUN  NNS  nsubjpass 5
        were    be      AUX   VBD  auxpass   5
        fired   fire    VERB  VBN  ccomp     1
        upon    upon    SCONJ IN   prep      5
        by      by      ADP   IN   agent     5
        Borsk   Borsk   PROPN NNP  compound  9
        troops  troop   NOUN  NNS  pobj      7
        .       .       PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_an_attack_noun_names_its_attacker(resources):
    claims = read(resources, [("Two soldiers died in Borsk shelling, Arland said.", """
        Two       two       NUM   CD  nummod   1
        soldiers  soldier   NOUN  NNS nsubj    2
        died      die       VERB  VBD ccomp    8
        in        in        ADP   IN  prep     2
        Borsk     Borsk     PROPN NNP compound 5
        shelling  shelling  NOUN  NN  pobj     3
        ,         ,         PUNCT ,   punct    8
        Arland    Arland    PROPN NNP nsubj    8
        said      say       VERB  VBD ROOT     8
        .         .         PUNCT .   punct    8
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_the_journalists_own_narration_accuses_no_one(resources):
    claims = read(resources, [("Two soldiers died in Borsk shelling.", """
        Two       two       NUM   CD  nummod   1
        soldiers  soldier   NOUN  NNS nsubj    2
        died      die       VERB  VBD ROOT     2
        in        in        ADP   IN  prep     2
        Borsk     Borsk     PROPN NNP compound 5
        shelling  shelling  NOUN  NN  pobj     3
        .         .         PUNCT .   punct    2
    """)], passes=["attack_reports"])
    assert claims == set()


def test_framing_another_partys_act_as_war_accuses_it(resources):
    claims = read(resources, [("Arland called Borsk's decision an act of war.", """
        Arland    Arland    PROPN NNP nsubj 1
        called    call      VERB  VBD ROOT  1
        Borsk     Borsk     PROPN NNP poss  4
        's        's        PART  POS case  2
        decision  decision  NOUN  NN  dobj  1
        an        an        DET   DT  det   6
        act       act       NOUN  NN  oprd  1
        of        of        ADP   IN  prep  6
        war       war       NOUN  NN  pobj  7
        .         .         PUNCT .   punct 1
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_trading_accusations_is_an_accusation_each_way(resources):
    claims = read(resources, [("Arland and Borsk traded accusations.", """
        Arland       Arland      PROPN NNP nsubj 3
        and          and         CCONJ CC  cc    0
        Borsk        Borsk       PROPN NNP conj  0
        traded       trade       VERB  VBD ROOT  3
        accusations  accusation  NOUN  NNS dobj  3
        .            .           PUNCT .   punct 3
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None), ("borsk", "accuse", "arland", None)}


@pytest.mark.parametrize("sentence", [
    ("Arland and Borsk continued to trade accusations.", """
        Arland       Arland      PROPN NNP nsubj 3
        and          and         CCONJ CC  cc    0
        Borsk        Borsk       PROPN NNP conj  0
        continued    continue    VERB  VBD ROOT  3
        to           to          PART  TO  aux   5
        trade        trade       VERB  VB  xcomp 3
        accusations  accusation  NOUN  NNS dobj  5
        .            .           PUNCT .   punct 3
    """),
    # the parser may make the verb a noun on its object
    ("Arland and Borsk kept trading accusations.", """
        Arland       Arland      PROPN NNP nsubj    3
        and          and         CCONJ CC  cc       0
        Borsk        Borsk       PROPN NNP conj     0
        kept         keep        VERB  VBD ROOT     3
        trading      trading     NOUN  NN  compound 5
        accusations  accusation  NOUN  NNS dobj     3
        .            .           PUNCT .   punct    3
    """),
], ids=["continued-to-trade", "kept-trading-as-a-noun"])
def test_going_on_trading_accusations_is_an_accusation_each_way(resources, sentence):
    claims = read(resources, [sentence], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None), ("borsk", "accuse", "arland", None)}


def test_an_attack_that_may_come_is_no_report(resources):
    claims = read(resources, [("Arland said it would answer any Borsk attack.", """
        Arland  Arland  PROPN NNP nsubj    1
        said    say     VERB  VBD ROOT     1
        it      it      PRON  PRP nsubj    4
        would   would   AUX   MD  aux      4
        answer  answer  VERB  VB  ccomp    1
        any     any     DET   DT  det      7
        Borsk   Borsk   PROPN NNP compound 7
        attack  attack  NOUN  NN  dobj     4
        .       .       PUNCT .   punct    1
    """)], passes=["attack_reports"])
    assert claims == set()


def test_the_subject_that_opens_fire_is_the_attacker(resources):
    claims = read(resources, [("Arland said Borsk troops opened fire on its posts.", """
        Arland  Arland  PROPN NNP  nsubj     1
        said    say     VERB  VBD  ROOT      1
        Borsk   Borsk   PROPN NNP  compound  3
        troops  troop   NOUN  NNS  nsubj     4
        opened  open    VERB  VBD  ccomp     1
        fire    fire    NOUN  NN   dobj      4
        on      on      ADP   IN   prep      4
        its     its     PRON  PRP$ poss      8
        posts   post    NOUN  NNS  pobj      6
        .       .       PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_a_coalition_trading_accusations_is_its_members_accusing_one_another(resources):
    claims = read(resources, [("The mediators traded accusations.", """
        The          the         DET   DT   det       1
        mediators    mediator    NOUN  NNS  nsubj     2
        traded       trade       VERB  VBD  ROOT      2
        accusations  accusation  NOUN  NNS  dobj      2
        .            .           PUNCT .    punct     2
    """)], passes=["attack_reports"])
    assert claims == {("borsk", "accuse", "cordia", None), ("cordia", "accuse", "borsk", None)}


def test_an_attack_to_be_deterred_has_not_happened(resources):
    claims = read(resources, [("Arland said the guarantees deter Borsk aggression.", """
        Arland      Arland      PROPN NNP  nsubj     1
        said        say         VERB  VBD  ROOT      1
        the         the         DET   DT   det       3
        guarantees  guarantee   NOUN  NNS  nsubj     4
        deter       deter       VERB  VBP  ccomp     1
        Borsk       Borsk       PROPN NNP  compound  6
        aggression  aggression  NOUN  NN   dobj      4
        .           .           PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == set()


def test_breaches_reported_by_a_party_accuse_who_the_by_phrase_names(resources):
    claims = read(resources, [("Arland reported truce breaches by Borsk.", """
        Arland    Arland  PROPN NNP  nsubj     1
        reported  report  VERB  VBD  ROOT      1
        truce     truce   NOUN  NN   compound  3
        breaches  breach  NOUN  NNS  dobj      1
        by        by      ADP   IN   prep      1
        Borsk     Borsk   PROPN NNP  pobj      4
        .         .       PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert {c[:3] for c in claims} == {("arland", "accuse", "borsk")}


CALLED = """
    Venn      Venn      PROPN NNP nsubj  1
    said      say       VERB  VBD ROOT   1
    Borsk     Borsk     PROPN NNP poss   4
    's        's        PART  POS case   2
    blockade  blockade  NOUN  NN  nsubj  5
    was       be        AUX   VBD ccomp  1
    an        an        DET   DT  det    7
    {noun}    {noun}    NOUN  NN  attr   5
    of        of        ADP   IN  prep   7
    {what}    {what}    NOUN  NN  pobj   8
    .         .         PUNCT .   punct  1
"""


def test_a_party_saying_anothers_act_was_an_act_of_war_accuses_it(resources):
    text = "Venn said Borsk's blockade was an act of war."
    claims = read(resources, [(text, CALLED.format(noun="act", what="war"))], passes=["attack_reports"])
    assert claims == {("mara_venn", "accuse", "borsk", None)}


def test_a_party_saying_anothers_act_was_an_act_of_courage_accuses_no_one(resources):
    text = "Venn said Borsk's blockade was an act of courage."
    claims = read(resources, [(text, CALLED.format(noun="act", what="courage"))], passes=["attack_reports"])
    assert claims == set()


def test_a_name_the_parser_made_the_subject_of_the_act_still_names_who_did_it(resources):
    claims = read(resources, [("Venn said the Borsk blockade was a declaration of war.", """
        Venn         Venn         PROPN NNP nsubj  1
        said         say          VERB  VBD ROOT   1
        the          the          DET   DT  det    4
        Borsk        Borsk        PROPN NNP nsubj  4
        blockade     blockade     NOUN  NN  nsubj  5
        was          be           AUX   VBD ccomp  1
        a            a            DET   DT  det    7
        declaration  declaration  NOUN  NN  attr   5
        of           of           ADP   IN  prep   7
        war          war          NOUN  NN  pobj   8
        .            .            PUNCT .   punct  1
    """)], passes=["attack_reports"])
    assert claims == {("mara_venn", "accuse", "borsk", None)}


def test_a_denial_does_not_cover_the_counter_charge_said_after_it(resources):
    claims = read(resources, [("Arland denied the charge, saying Borsk had opened fire.", """
        Arland  Arland  PROPN NNP nsubj  1
        denied  deny    VERB  VBD ROOT   1
        the     the     DET   DT  det    3
        charge  charge  NOUN  NN  dobj   1
        ,       ,       PUNCT ,   punct  1
        saying  say     VERB  VBG advcl  1
        Borsk   Borsk   PROPN NNP nsubj  8
        had     have    AUX   VBD aux    8
        opened  open    VERB  VBN ccomp  5
        fire    fire    NOUN  NN  dobj   8
        .       .       PUNCT .   punct  1
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def _survey(text: str, quoted: bool = False) -> Survey:
    words = frozenset(text.lower().replace(".", " .").replace(",", " ,").split())
    return Survey(index=0, words=words, stems=words, first_word=text.split()[0].lower(),
                  has_topic=False, quoted=quoted)


def test_narrated_attacks_are_not_parsed_for_this_pass(resources):
    # nobody reports the attack, so no one can accuse: the sentence is not worth a parse
    attacks = AttackReports(resources)
    assert attacks.wants(_survey("Two soldiers died in Borsk shelling.")) == ()
    assert attacks.wants(_survey("Two soldiers died in Borsk shelling, Arland said.")) == (0,)
    assert attacks.wants(_survey("Two soldiers died in Borsk shelling, according to Arland.")) == (0,)
    assert attacks.wants(_survey("Two soldiers died in Borsk shelling.", quoted=True)) == (0,)
    assert attacks.wants(_survey("Arland condemned the Borsk shelling.")) == (0,)


CLOSED_BORDER = """
        Arland    Arland    PROPN NNP  nsubj     1
        closed    close     VERB  VBD  ROOT      1
        the       the       DET   DT   det       3
        border    border    NOUN  NN   dobj      1
        ,         ,         PUNCT ,    punct     3
        a         a         DET   DT   det       6
        {noun:9} {noun:9} NOUN  NN   appos     3
        that      that      PRON  WDT  dobj      9"""
"""'Arland closed the border, a move/step that ...': the clause a noun after it sums up."""


@pytest.mark.parametrize(("text", "noun", "framing"), [
    ("Arland closed the border, a move that Borsk condemned as a violation of the truce.", "move", """
        Borsk     Borsk     PROPN NNP  nsubj     9
        condemned condemn   VERB  VBN  relcl     6
        as        as        ADP   IN   prep      9
        a         a         DET   DT   det       12
        violation violation NOUN  NN   pobj      10
        of        of        ADP   IN   prep      12
        the       the       DET   DT   det       15
        truce     truce     NOUN  NN   pobj      13
        .         .         PUNCT .    punct     1
    """),
    # the parser may make the framing a second object of "called"
    ("Arland closed the border, a step that Borsk called an act of aggression.", "step", """
        Borsk      Borsk      PROPN NNP  nsubj     9
        called     call       VERB  VBD  relcl     6
        an         an         DET   DT   det       11
        act        act        NOUN  NN   dobj      9
        of         of         ADP   IN   prep      11
        aggression aggression NOUN  NN   pobj      12
        .          .          PUNCT .    punct     1
    """),
], ids=["move-condemned-as-a-violation", "step-called-an-act-of-aggression"])
def test_a_deed_summed_up_and_framed_as_a_breach_accuses_its_doer(resources, text, noun, framing):
    claims = read(resources, [(text, CLOSED_BORDER.format(noun=noun) + framing)], passes=["attack_reports"])
    assert claims == {("borsk", "accuse", "arland", None)}


def test_a_move_summed_up_past_a_participle_preposition_is_the_clauses(resources):
    """"closed the border following a raid, a move ...": "following" stands for a preposition,
    the move is the closing."""
    claims = read(resources, [("Arland closed the border following a raid, a move that Borsk condemned as illegal.", """
        Arland    Arland  PROPN NNP  nsubj     1
        closed    close   VERB  VBD  ROOT      1
        the       the     DET   DT   det       3
        border    border  NOUN  NN   dobj      1
        following follow  VERB  VBG  prep      1
        a         a       DET   DT   det       6
        raid      raid    NOUN  NN   pobj      4
        ,         ,       PUNCT ,    punct     6
        a         a       DET   DT   det       9
        move      move    NOUN  NN   appos     6
        that      that    PRON  WDT  dobj      12
        Borsk     Borsk   PROPN NNP  nsubj     12
        condemned condemn VERB  VBN  relcl     9
        as        as      ADP   IN   prep      12
        illegal   illegal ADJ   JJ   amod      13
        .         .       PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("borsk", "accuse", "arland", None)}


def test_a_move_one_side_condemns_as_a_declaration_of_war_is_the_other_sides(resources):
    claims = read(resources, [MET, ("Arland condemned the move as a declaration of war.", """
        Arland      Arland      PROPN NNP  nsubj     1
        condemned   condemn     VERB  VBD  ROOT      1
        the         the         DET   DT   det       3
        move        move        NOUN  NN   dobj      1
        as          as          ADP   IN   prep      3
        a           a           DET   DT   det       6
        declaration declaration NOUN  NN   pobj      4
        of          of          ADP   IN   prep      6
        war         war         NOUN  NN   pobj      7
        .           .           PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_raids_committed_by_a_party_accuse_it(resources):
    claims = read(resources, [("Arland said the raids had been committed by Borsk troops.", """
        Arland    Arland PROPN NNP  nsubj     1
        said      say    VERB  VBD  ROOT      1
        the       the    DET   DT   det       3
        raids     raid   NOUN  NNS  nsubjpass 6
        had       have   AUX   VBD  aux       6
        been      be     AUX   VBN  auxpass   6
        committed commit VERB  VBN  ccomp     1
        by        by     ADP   IN   agent     6
        Borsk     Borsk  PROPN NNP  compound  9
        troops    troop  NOUN  NNS  pobj      7
        .         .      PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("arland", "accuse", "borsk", None)}


def test_arming_militants_as_a_second_verb_accuses_the_first_verbs_subject(resources):
    """"had misled the public and was itself arming the militants": the parser makes
    "itself" the subject of the second verb; the one arming is the first verb's subject."""
    claims = read(resources, [("Kell said Arland had misled the public and was itself arming the militants.", """
        Kell      Kell     PROPN NNP  nsubj     1
        said      say      VERB  VBD  ROOT      1
        Arland    Arland   PROPN NNP  nsubj     4
        had       have     AUX   VBD  aux       4
        misled    mislead  VERB  VBN  ccomp     1
        the       the      DET   DT   det       6
        public    public   NOUN  NN   dobj      4
        and       and      CCONJ CC   cc        4
        was       be       AUX   VBD  aux       10
        itself    itself   PRON  PRP  nsubj     10
        arming    arm      VERB  VBG  conj      4
        the       the      DET   DT   det       12
        militants militant NOUN  NNS  dobj      10
        .         .        PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("tomas_kell", "accuse", "arland", None)}


def test_continuing_to_export_terrorism_accuses_the_one_who_continues(resources):
    claims = read(resources, [("Venn said Borsk continues to export terrorism.", """
        Venn      Venn      PROPN NNP  nsubj     1
        said      say       VERB  VBD  ROOT      1
        Borsk     Borsk     PROPN NNP  nsubj     3
        continues continue  VERB  VBZ  ccomp     1
        to        to        PART  TO   aux       5
        export    export    VERB  VB   xcomp     3
        terrorism terrorism NOUN  NN   dobj      5
        .         .         PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("mara_venn", "accuse", "borsk", None)}


def test_glorifying_militants_is_abetting_them(resources):
    claims = read(resources, [("Venn said Borsk was glorifying the militants.", """
        Venn       Venn     PROPN NNP  nsubj     1
        said       say      VERB  VBD  ROOT      1
        Borsk      Borsk    PROPN NNP  nsubj     4
        was        be       AUX   VBD  aux       4
        glorifying glorify  VERB  VBG  ccomp     1
        the        the      DET   DT   det       6
        militants  militant NOUN  NNS  dobj      4
        .          .        PUNCT .    punct     1
    """)], passes=["attack_reports"])
    assert claims == {("mara_venn", "accuse", "borsk", None)}
