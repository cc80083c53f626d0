"""Finding actors in text: a title several actors share names the one mentioned last."""

import spacy

from stancegraph.loaders.mentions import ActorIndex, MentionTable
from stancegraph.schema import Actor, DomainPack, Topic

PACK = DomainPack(
    id="titles", label="Shared titles",
    actors=(
        Actor(id="arland", name="Arland", kind="state", roles=("government",)),
        Actor(id="borsk", name="Borsk", kind="state", roles=("government",)),
        Actor(id="mara_venn", name="Mara Venn", kind="person", party="arland", roles=("the envoy",)),
        Actor(id="tomas_kell", name="Tomas Kell", kind="person", party="borsk", roles=("the envoy",)),
        Actor(id="ivo_tarn", name="Ivo Tarn", kind="person", party="borsk", roles=("the Borsk spokesman",)),
        Actor(id="ola_brenn", name="Ola Brenn", kind="person", party="borsk", roles=("the Borsk spokesman",)),
    ),
    topics=(Topic(id="ceasefire", label="ceasefire"),),
)


def mentions(text: str) -> list[tuple[str, str]]:
    nlp = spacy.blank("en")
    return [(m.text, m.actor) for m in ActorIndex(PACK, nlp).find(nlp.make_doc(text))]


def test_a_shared_title_names_the_one_of_its_holders_mentioned_last():
    assert mentions("Mara Venn arrived first. Then Tomas Kell spoke. Later the envoy left.") == [
        ("Mara Venn", "mara_venn"), ("Tomas Kell", "tomas_kell"), ("the envoy", "tomas_kell")]


def test_a_shared_title_names_the_holder_that_opened_a_sentence_over_one_named_after_it():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Arland said no aid would reach Borsk. The government added that talks were over.")
    assert [(m.text, m.actor) for m in ActorIndex(PACK, nlp).find(doc)] == [
        ("Arland", "arland"), ("Borsk", "borsk"), ("government", "arland")]


def test_a_shared_title_before_any_of_its_holders_names_nobody():
    assert mentions("The envoy left Arland.") == [("Arland", "arland")]


def test_a_shared_title_followed_by_a_name_is_that_person():
    assert mentions("Talks began. The envoy Tomas Kell said no.") == [
        ("The envoy", "tomas_kell"), ("Tomas Kell", "tomas_kell")]


def test_a_title_shared_within_one_party_names_the_party_before_any_holder():
    assert mentions("The Borsk spokesman said no.") == [("The Borsk spokesman", "borsk")]


def test_a_title_after_his_or_her_is_the_office_of_the_person_named_last():
    assert mentions("Borsk shelled a village, Arland said. Ivo Tarn defended his government.") == [
        ("Borsk", "borsk"), ("Arland", "arland"), ("Ivo Tarn", "ivo_tarn"), ("government", "borsk")]


def test_a_misspelt_surname_is_its_holder():
    assert mentions("Talks began. Brennn said no.") == [("Brennn", "ola_brenn")]


def test_a_first_name_like_a_surname_is_someone_else():
    assert mentions("Talks began. Brennn Odell said no.") == []


def test_a_sentence_maps_each_of_its_tokens_to_the_mention_it_is_part_of():
    nlp = spacy.blank("en")
    text = "Talks began. Then Tomas Kell and the Borsk spokesman met Mara Venn in Arland."
    table = MentionTable(ActorIndex(PACK, nlp).find(nlp.make_doc(text)))
    base = text.index("Then")
    sentence = nlp.make_doc(text[base:])
    mapped = {sentence[i].text: m.actor for i, m in table.by_token(sentence, base).items()}
    assert mapped == {"Tomas": "tomas_kell", "Kell": "tomas_kell", "the": "borsk", "Borsk": "borsk",
                      "spokesman": "borsk", "Mara": "mara_venn", "Venn": "mara_venn", "Arland": "arland"}
    assert [m.actor for m in table.at(0, base)] == []
