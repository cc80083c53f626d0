"""Answers: a short answer to a reporter's question about a topic is a stance on it."""

import pytest
from conftest import read

ASKED_WHETHER = """
    Asked    ask      VERB  VBN  advcl  {said}
    whether  whether  SCONJ IN   mark   5
    Arland   Arland   PROPN NNP  nsubj  5
    would    would    AUX   MD   aux    5
    not      not      PART  RB   neg    5
    accept   accept   VERB  VB   ccomp  0
    a        a        DET   DT   det    7
    truce    truce    NOUN  NN   dobj   5
    ,        ,        PUNCT ,    punct  {said}
    Venn     Venn     PROPN NNP  nsubj  {said}
"""


ASKED_ABOUT = """
    Asked  ask    VERB  VBN  advcl  6
    about  about  ADP   IN   prep   0
    a      a      DET   DT   det    3
    truce  truce  NOUN  NN   pobj   1
    ,      ,      PUNCT ,    punct  6
    Venn   Venn   PROPN NNP  nsubj  6
    said   say    VERB  VBD  ROOT   6
"""

# the tagger's past tense for the bare participle, as the English model gives it
ASKED_WHETHER_ARLAND = """
    Asked    ask      VERB  VBD  advcl  9
    whether  whether  SCONJ IN   mark   4
    Arland   Arland   PROPN NNP  nsubj  4
    would    would    AUX   MD   aux    4
    accept   accept   VERB  VB   ccomp  0
    a        a        DET   DT   det    6
    truce    truce    NOUN  NN   dobj   4
    ,        ,        PUNCT ,    punct  9
    Venn     Venn     PROPN NNP  nsubj  9
    said     say      VERB  VBD  ROOT   9
"""


def _answered(question: str, answer: str) -> str:
    """A question's parse table followed by its answer's."""
    return question.strip() + "\n" + answer.strip()


def _asked_about(answer: str) -> str:
    return _answered(ASKED_ABOUT, answer)


def test_a_flat_no_rejects_what_was_asked_about(resources):
    claims = read(resources, [("Asked about a truce, Venn said no.", _asked_about("""
        no     no     INTJ  UH   intj   6
        .      .      PUNCT .    punct  6
    """))], passes=["answers"])
    assert claims == {("mara_venn", "reject", "ceasefire")}


def test_a_flat_yes_supports_it(resources):
    claims = read(resources, [("Asked about a truce, Venn said yes.", _asked_about("""
        yes    yes    INTJ  UH   intj   6
        .      .      PUNCT .    punct  6
    """))], passes=["answers"])
    assert claims == {("mara_venn", "support", "ceasefire")}


@pytest.mark.parametrize(("noun", "expected"), [
    ("need", {("mara_venn", "reject", "ceasefire")}),
    ("change", set()),  # no change to what is in place: no answer to the question
], ids=["no-need-rejects", "no-change-answers-nothing"])
def test_there_was_no(resources, noun, expected):
    claims = read(resources, [(f"Asked about a truce, Venn said there was no {noun}.", _asked_about(f"""
        there  there  PRON  EX   expl   8
        was    be     VERB  VBD  ccomp  6
        no     no     DET   DT   det    10
        {noun}  {noun}  NOUN  NN   attr   8
        .      .      PUNCT .    punct  6
    """))], passes=["answers"])
    assert claims == expected


def test_a_no_to_a_negative_question_is_left_unread(resources):
    parse = ASKED_WHETHER.format(said=10).strip() + "\n" + """
        said     say      VERB  VBD  ROOT   10
        no       no       INTJ  UH   intj   10
        .        .        PUNCT .    punct  10
    """.strip()
    claims = read(resources, [("Asked whether Arland would not accept a truce, Venn said no.", parse)],
                  passes=["answers"])
    assert claims == set()


@pytest.mark.parametrize(("answer", "words", "expected"), [
    ("it would not", """
        it     it     PRON  PRP  nsubj  11
        would  would  AUX   MD   ccomp  9
        not    not    PART  RB   neg    11
     """, {("mara_venn", "reject", "ceasefire")}),
    ("it would", """
        it     it     PRON  PRP  nsubj  11
        would  would  AUX   MD   ccomp  9
     """, {("mara_venn", "support", "ceasefire")}),
    ("it would later", """
        it     it     PRON  PRP  nsubj  11
        would  would  AUX   MD   ccomp  9
        later  late   ADV   RBR  advmod 11
     """, set()),
], ids=["would-not", "would", "says-more"])
def test_an_answer_repeating_the_auxiliary(resources, answer, words, expected):
    """"Asked whether Arland would accept a truce, Venn said it would not": an answer that is
    the question's auxiliary alone."""
    parse = _answered(ASKED_WHETHER_ARLAND, words.strip() + "\n.  .  PUNCT .  punct  9")
    claims = read(resources, [(f"Asked whether Arland would accept a truce, Venn said {answer}.", parse)],
                  passes=["answers"])
    assert claims == expected
