"""The cheap pass: which sentences of a document are worth the parser's time."""

from __future__ import annotations

from conftest import changed_pack

from stancegraph.loaders.extraction.passes import default_passes
from stancegraph.loaders.extraction.survey import survey
from stancegraph.loaders.nlp import sentence_splitter
from stancegraph.schema import Document, Topic


def _chosen(resources, text: str) -> list[str]:
    passes = [factory(resources) for factory in default_passes().values()]
    context, wanted = survey(Document.from_text(text, "t.txt"), resources, sentence_splitter(), passes)
    return [text[slice(*context.sentences[i])] for i in wanted]


def test_a_long_quotation_is_parsed_where_it_can_be_attributed_not_in_between(resources):
    text = ('"We want an energy truce now. The winter is long. The nights are cold. '
            'Nobody should freeze," Venn told reporters. The weather turned.')
    assert _chosen(resources, text) == [
        '"We want an energy truce now.',
        'Nobody should freeze," Venn told reporters.',  # the attribution
    ]


def test_a_quotation_introduced_before_it_opens_keeps_its_introduction(resources):
    text = 'Venn said: "Winter is coming. We want an energy truce now. The nights are cold." It rained.'
    assert _chosen(resources, text) == ['Venn said: "Winter is coming.', 'We want an energy truce now.',
                                        'It rained.']  # perhaps "he added"


def test_an_attack_reported_without_any_party_is_not_parsed(resources):
    text = "Officials said heavy shelling hit the river crossing. Officials said Borsk shelled the river crossing."
    assert _chosen(resources, text) == ["Officials said Borsk shelled the river crossing."]


def test_an_attack_by_a_party_a_pronoun_stands_for_is_parsed(resources):
    text = "Officials said they shelled the river crossing."
    assert _chosen(resources, text) == [text]


def test_talks_named_by_their_place_said_the_other_way_round_are_parsed():
    """The pack names "the Velmar talks"; "the talks in Velmar" may be them, so the sentence
    is parsed, as is the one naming them the pack's way, and not one naming neither."""
    resources = changed_pack(topics=[Topic(id="velmar_talks", label="the Velmar talks", phrases=("velmar talks",))])
    text = "Borsk rejected the talks in Velmar. Borsk rejected the Velmar talks. Borsk rejected the weather."
    assert _chosen(resources, text) == ["Borsk rejected the talks in Velmar.", "Borsk rejected the Velmar talks."]
