"""The English lexicon (cues.yaml, english.yaml) is validated like a pack: a mistake in it is
one line naming the file, the line and the field."""

from importlib import resources

import pytest

from stancegraph.errors import StancegraphError
from stancegraph.loaders.lexicon import inflections, load_lexicon, read_lexicon

HERE = resources.files("stancegraph.loaders")
CUES = HERE.joinpath("cues.yaml").read_text("utf-8")
WORDS = HERE.joinpath("english.yaml").read_text("utf-8")


def test_the_shipped_lexicon_loads():
    lexicon = load_lexicon()
    assert [c.stance for c in lexicon.cues_for("reject", "VERB")] == ["reject"]
    assert "not" in lexicon.words.negators and "no" in lexicon.words.negators


def test_a_verb_with_its_particle_is_inflected_on_the_verb():
    assert {"winding down", "winds down", "wound up"} & inflections("wind down") == {"winding down", "winds down"}
    assert "looked into" in inflections("look into")


def test_a_misspelt_stance_names_the_line_and_field():
    cues = "cues:\n  - {lemma: demand, pos: [VERB], stance: demand}\n  - {lemma: spurn, pos: [VERB], stance: rejekt}\n"
    with pytest.raises(StancegraphError) as error:
        read_lexicon(cues, WORDS, "my-cues.yaml")
    assert str(error.value).startswith("my-cues.yaml:3: field cues[1].stance:")
    assert "'rejekt'" in str(error.value)


def test_an_unknown_cue_option_is_refused_with_a_hint():
    cues = "cues:\n  - {lemma: demand, pos: [VERB], stance: demand, evaluatve: true}\n"
    with pytest.raises(StancegraphError, match=r"my-cues.yaml:2: field cues\[0\].evaluatve: .*did you mean 'evaluative'"):
        read_lexicon(cues, WORDS, "my-cues.yaml")


def test_an_unquoted_no_in_a_word_class_is_caught():
    words = WORDS.replace('negators: [not, never, "n\'t", "n’t", "no"]', "negators: [not, never, no]")
    assert words != WORDS
    with pytest.raises(StancegraphError, match=r"english.yaml:\d+: field negators\[2\]: .*got False.*quote it"):
        read_lexicon(CUES, words)


def test_a_missing_word_class_is_named():
    words = "\n".join(line for line in WORDS.splitlines() if not line.startswith("breaches:"))
    with pytest.raises(StancegraphError, match=r"english.yaml:\d+: field breaches: Field required"):
        read_lexicon(CUES, words)


@pytest.mark.parametrize(("base", "form"), [("begin", "begun"), ("withdraw", "withdrew"), ("greenlight", "greenlit")])
def test_a_verbs_irregular_forms_reach_its_cues_and_word_classes(base, form):
    lexicon = load_lexicon()
    assert form in lexicon.forms({base})
