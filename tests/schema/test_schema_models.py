"""The schema models refuse what a pack author or a developer gets wrong, with a message
that names the field: the contract between loaders, graph and queries holds at the edge."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from stancegraph.schema import (
    Actor,
    Claim,
    Document,
    DomainPack,
    Evidence,
    InfrastructureCategory,
    Topic,
    all_model_json_schemas,
)

TEXT = "The harbour board rejected the toll plan. Its chair wants the ferries to keep running."
FIRST = "The harbour board rejected the toll plan."


@pytest.fixture
def document() -> Document:
    return Document.from_text(TEXT, source="notes/harbour.txt")


def evidence(document: Document, sentence: str = FIRST, **changes) -> Evidence:
    start = document.text.index(sentence)
    fields = {"document_id": document.id, "sentence": sentence, "start": start,
              "end": start + len(sentence), "speaker": "The harbour board"}
    return Evidence(**{**fields, **changes})


def claim(document: Document, **changes) -> Claim:
    fields = {"actor": "harbour_board", "stance": "reject", "topic": "toll_plan",
              "evidence": evidence(document), "confidence": 0.7}
    return Claim(**{**fields, **changes})


def error_at(raised: pytest.ExceptionInfo) -> tuple[str, str]:
    """The first error's field path and message."""
    first = raised.value.errors()[0]
    return ".".join(str(part) for part in first["loc"]), first["msg"]


# -- unknown fields and ids -------------------------------------------------------------------


def test_a_misspelt_field_is_refused_not_ignored():
    with pytest.raises(ValidationError) as raised:
        Topic(id="toll_plan", label="Toll plan", phrase=("toll",))
    assert error_at(raised) == ("phrase", "Extra inputs are not permitted")


@pytest.mark.parametrize("bad_id", ["Harbour", "harbour-board", "_board", "harbour board", ""])
def test_an_id_must_be_lower_snake_case(bad_id):
    with pytest.raises(ValidationError) as raised:
        Actor(id=bad_id, name="Harbour board", kind="organization")
    field, message = error_at(raised)
    assert field == "id" and "pattern" in message


def test_an_unknown_actor_kind_lists_the_kinds():
    with pytest.raises(ValidationError) as raised:
        Actor(id="harbour_board", name="Harbour board", kind="council")
    field, message = error_at(raised)
    assert field == "kind" and "'organization'" in message and "'commentator'" in message


def test_models_are_frozen():
    topic = Topic(id="toll_plan", label="Toll plan")
    with pytest.raises(ValidationError):
        topic.label = "Another plan"


# -- documents and evidence -------------------------------------------------------------------


def test_a_document_id_is_the_hash_of_its_text(document):
    with pytest.raises(ValidationError, match="SHA-256 of text"):
        Document(id=document.id, source="notes/harbour.txt", text=TEXT + " Later, rain.")
    assert document.name == "harbour.txt"


def test_evidence_offsets_must_span_the_sentence(document):
    with pytest.raises(ValidationError, match="end - start must equal the length of sentence"):
        evidence(document, end=10)


def test_evidence_offsets_are_not_negative(document):
    with pytest.raises(ValidationError) as raised:
        evidence(document, start=-1, end=len(FIRST) - 1)
    assert error_at(raised)[0] == "start"


def test_evidence_names_its_speaker(document):
    with pytest.raises(ValidationError) as raised:
        evidence(document, speaker="")
    assert error_at(raised)[0] == "speaker"


# -- claims -----------------------------------------------------------------------------------


def test_an_accusation_needs_a_target(document):
    with pytest.raises(ValidationError, match="an accusation needs target_actor"):
        claim(document, stance="accuse")


def test_a_stance_other_than_accuse_needs_a_topic(document):
    with pytest.raises(ValidationError, match="a reject claim needs a topic"):
        claim(document, topic=None)


def test_only_accusations_have_a_target(document):
    with pytest.raises(ValidationError, match="only accusations have a target_actor"):
        claim(document, target_actor="ferry_company")


@pytest.mark.parametrize("confidence", [-0.1, 1.5])
def test_confidence_is_between_0_and_1(document, confidence):
    with pytest.raises(ValidationError) as raised:
        claim(document, confidence=confidence)
    assert error_at(raised)[0] == "confidence"


def test_an_unknown_stance_is_refused(document):
    with pytest.raises(ValidationError) as raised:
        claim(document, stance="oppose")
    assert error_at(raised)[0] == "stance"


def test_a_claim_id_changes_with_its_place_and_not_with_its_confidence(document):
    second = "Its chair wants the ferries to keep running."
    base = claim(document)
    assert claim(document, confidence=0.2).id == base.id
    assert claim(document, evidence=evidence(document, second)).id != base.id
    assert claim(document, stance="support").id != base.id


@pytest.mark.parametrize(
    ("stance", "topic", "target", "about"),
    [
        ("reject", "toll_plan", None, "toll_plan"),
        ("accuse", None, "ferry_company", "ferry_company"),
        ("accuse", "toll_plan", "ferry_company", "ferry_company__toll_plan"),
    ],
)
def test_position_key_names_what_the_position_is_about(document, stance, topic, target, about):
    made = claim(document, stance=stance, topic=topic, target_actor=target)
    assert made.position_key == ("harbour_board", stance, about)
    assert made.polarity == {"reject": "against", "accuse": "accuse"}[stance]


# -- domain packs -----------------------------------------------------------------------------


def pack(**changes) -> DomainPack:
    fields = {
        "id": "harbour_talks",
        "label": "Harbour talks",
        "actors": (Actor(id="harbour_board", name="Harbour board", kind="organization"),
                   Actor(id="board_chair", name="Board chair", kind="person",
                         party="harbour_board")),
        "topics": (Topic(id="toll_plan", label="Toll plan"),),
        "infrastructure": (InfrastructureCategory(id="ferries", label="Ferries"),),
    }
    return DomainPack(**{**fields, **changes})


def test_a_pack_finds_its_actors_and_commentators_by_id():
    analyst = Actor(id="port_watch", name="Port Watch", kind="commentator")
    found = pack(commentators=(analyst,))
    assert found.actor("board_chair").party_id == "harbour_board"
    assert found.actor("port_watch").is_commentator
    assert found.actor("nobody") is None


def test_a_party_must_be_declared():
    person = Actor(id="deputy", name="Deputy", kind="person", party="city_council")
    with pytest.raises(ValidationError, match="party 'city_council' is not a declared actor"):
        pack(actors=(person,))


def test_an_id_declared_twice_is_refused():
    board = Actor(id="harbour_board", name="Harbour board", kind="organization")
    with pytest.raises(ValidationError, match="actor id 'harbour_board' is declared twice"):
        pack(actors=(board, board))


def test_a_topic_parent_must_be_declared():
    child = Topic(id="night_tolls", label="Night tolls", parent="tolls")
    with pytest.raises(ValidationError, match="parent 'tolls' is not a declared topic"):
        pack(topics=(child,))


def test_a_topic_is_conceded_only_by_a_declared_party():
    tolls = Topic(id="tolls", label="Tolls", conceded_by=("board_chair",))
    with pytest.raises(ValidationError, match="conceded_by 'board_chair' is not a declared party"):
        pack(topics=(tolls,))


def test_a_broader_category_must_be_declared():
    category = InfrastructureCategory(id="piers", label="Piers", broader="port")
    with pytest.raises(ValidationError, match="broader 'port' is not declared"):
        pack(infrastructure=(category,))


def test_a_commentator_speaks_for_nobody():
    with pytest.raises(ValidationError, match="a commentator cannot speak for a party"):
        Actor(id="port_watch", name="Port Watch", kind="commentator", party="harbour_board")
    with pytest.raises(ValidationError, match="must have kind 'commentator'"):
        pack(commentators=(Actor(id="port_watch", name="Port Watch", kind="organization"),))


def test_only_a_person_has_a_pronoun():
    assert Actor(id="ana_roe", name="Ana Roe", kind="person", pronoun="she").pronoun == "she"
    with pytest.raises(ValidationError, match="only a person has a pronoun, not a state"):
        Actor(id="harbour_state", name="Harbour State", kind="state", pronoun="she")
    with pytest.raises(ValidationError, match="'he' or 'she'"):
        Actor(id="ana_roe", name="Ana Roe", kind="person", pronoun="they")


# -- the JSON Schema ----------------------------------------------------------------------------


def test_the_json_schema_carries_the_constraints():
    schemas = json.loads(json.dumps(all_model_json_schemas()))
    claim_schema = schemas["Claim"]
    assert claim_schema["additionalProperties"] is False
    assert claim_schema["properties"]["stance"]["enum"] == [
        "demand", "propose", "support", "reject", "concede", "accuse"]
    assert schemas["Actor"]["properties"]["id"]["pattern"] == "^[a-z0-9][a-z0-9_]*$"


def test_every_public_name_of_the_package_imports():
    import stancegraph.schema as schema

    namespace: dict = {}
    exec("from stancegraph.schema import *", namespace)
    assert set(schema.__all__) <= set(namespace)
    with pytest.raises(AttributeError, match="has no attribute 'Stances'"):
        schema.Stances  # noqa: B018 - a typo is an AttributeError, as for any module
