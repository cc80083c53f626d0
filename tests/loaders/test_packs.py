"""Loading domain packs: the shipped pack's coverage, and one-line errors for broken packs."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import yaml

from stancegraph.errors import PackError
from stancegraph.loaders.packs import DEFAULT_PACK, load_pack, shipped_packs
from stancegraph.schema import DomainPack

ONTOLOGY = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ontology.yaml"

VALID_PACK = """\
id: tiny
label: A tiny pack
actors:
  - id: ruritania
    name: Ruritania
    kind: state
  - id: rudolf
    name: Rudolf
    kind: person
    party: ruritania
topics:
  - id: ceasefire
    label: Ceasefire
"""


@pytest.fixture(scope="module")
def ontology() -> dict:
    if not ONTOLOGY.is_file():
        pytest.skip("../shared/eval not present")
    return yaml.safe_load(ONTOLOGY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pack() -> DomainPack:
    return load_pack()


def write_pack(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def pack_error(path: Path) -> str:
    with pytest.raises(PackError) as caught:
        load_pack(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def line_of(path: Path, fragment: str) -> int:
    """The 1-based line of the first line of ``path`` that contains ``fragment``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if fragment in line)


# ------------------------------------------------------------------ the shipped pack


def test_default_pack_loads_and_is_cached(pack):
    assert pack.id == DEFAULT_PACK == "russia_ukraine_2025"
    assert load_pack() is pack
    assert load_pack(DEFAULT_PACK) is pack
    assert DEFAULT_PACK in shipped_packs()


def test_shipped_pack_loads_from_its_path_too(pack):
    with resources.as_file(resources.files("stancegraph.packs") / f"{DEFAULT_PACK}.yaml") as path:
        assert load_pack(path) == pack
        assert load_pack(str(path)) == pack


def test_default_pack_has_every_ontology_party(pack, ontology):
    for party_id in ontology["parties"]:
        actor = pack.actor(party_id)
        assert actor is not None, f"party {party_id} missing"
        assert actor.party is None
        expected_kind = "organization" if party_id in ("europe", "nato") else "state"
        assert actor.kind == expected_kind, party_id


def test_default_pack_has_every_ontology_person_with_their_party(pack, ontology):
    for person_id, person in ontology["people"].items():
        actor = pack.actor(person_id)
        assert actor is not None, f"person {person_id} missing"
        assert (actor.kind, actor.party) == ("person", person["party"]), person_id


def test_default_pack_knows_every_ontology_name(pack, ontology):
    entries = {**ontology["parties"], **ontology["people"]}
    for actor_id, entry in entries.items():
        actor = pack.actor(actor_id)
        known = {_bare(name) for name in (actor.name, *actor.aliases)}
        missing = [name for name in entry["names"] if _bare(name) not in known]
        assert not missing, f"{actor_id} lacks the aliases {missing}"


def test_default_pack_has_every_ontology_topic(pack, ontology):
    topics = {topic.id: topic for topic in pack.topics}
    missing = set(ontology["topics"]) - set(topics)
    assert not missing
    assert all(topics[topic_id].phrases for topic_id in ontology["topics"])


def test_default_pack_has_every_ontology_infrastructure_category(pack, ontology):
    categories = {category.id: category for category in pack.infrastructure}
    for category_id, entry in ontology["infrastructure"].items():
        assert category_id in categories, category_id
        assert categories[category_id].broader == (entry or {}).get("broader"), category_id
        assert categories[category_id].phrases, category_id


def test_ontology_commentators_are_not_parties(pack):
    for commentator_id in ("zhao_junjie", "dmitry_kuznets", "tucker_carlson"):
        commentator = pack.actor(commentator_id)
        assert commentator.is_commentator and commentator.party is None


def test_a_name_or_alias_names_one_actor(pack):
    counts = Counter(
        name.casefold()
        for actor in pack.actors + pack.commentators
        for name in {actor.name.casefold(), *(alias.casefold() for alias in actor.aliases)}
    )
    assert [name for name, count in counts.items() if count > 1] == []


def test_a_role_is_no_actors_name(pack):
    # Several actors may share a title ("defence minister": it names the one mentioned
    # last), but a title that is also a name would make the name ambiguous.
    names = {name.casefold() for actor in pack.actors + pack.commentators
             for name in (actor.name, *actor.aliases)}
    roles = {role.casefold() for actor in pack.actors + pack.commentators for role in actor.roles}
    assert sorted(roles & names) == []


def test_aliases_and_roles_do_not_start_with_the(pack):
    actors = pack.actors + pack.commentators
    written = [text for actor in actors for text in actor.aliases + actor.roles]
    assert [text for text in written if text.casefold().startswith("the ")] == []


@pytest.mark.parametrize("section", ["topics", "infrastructure"])
def test_a_phrase_is_lower_case_and_signals_one_entry(pack, section):
    # A phrase may stand in several topics when each place but one gives it a context
    # (what `stancegraph pack check` reports otherwise).
    entries = getattr(pack, section)
    phrases = [phrase for entry in entries for phrase in entry.phrases
               if phrase not in getattr(entry, "phrase_context", {})]
    assert [phrase for phrase in phrases if phrase != phrase.strip()] == []
    assert [phrase for phrase, count in Counter(phrases).items() if count > 1] == []


# ------------------------------------------------------------------ broken packs


def test_valid_pack_loads(tmp_path):
    pack = load_pack(write_pack(tmp_path, VALID_PACK))
    assert pack.actor("rudolf").party_id == "ruritania"


def test_typo_in_a_field_name_names_file_line_and_field(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("    name: Rudolf", "    nmae: Rudolf"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'nmae:')}: field actors[1].nmae: ")
    assert "Extra inputs are not permitted (did you mean 'name'?)" in message


def test_typo_in_a_top_level_key_suggests_the_right_one(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("topics:", "topcis:"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'topcis:')}: field topcis: ")
    assert "did you mean 'topics'?" in message


def test_unquoted_no_is_explained(tmp_path):
    text = VALID_PACK.replace("    party: ruritania", "    party: ruritania\n    aliases: [no]")
    path = write_pack(tmp_path, text)
    message = pack_error(path)
    line = line_of(path, "aliases: [no]")
    assert message.startswith(f"{path}:{line}: field actors[1].aliases[0]: ")
    assert "quote it" in message


def test_bad_kind_names_file_line_field_and_value(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("kind: state", "kind: country"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'kind: country')}: field actors[0].kind: ")
    assert "'state'" in message and "'country'" in message


def test_missing_field_points_at_the_entry(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("    name: Ruritania\n", ""))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'id: ruritania')}: field actors[0].name: ")
    assert "Field required" in message


def test_bad_id_reports_the_offending_value(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("id: ceasefire", "id: Cease-Fire"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'Cease-Fire')}: field topics[0].id: ")
    assert "'Cease-Fire'" in message


def test_person_with_unknown_party_is_rejected_at_the_party_line(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("party: ruritania", "party: graustark"))
    message = pack_error(path)
    line = line_of(path, "party: graustark")
    assert message.startswith(f"{path}:{line}: field actors[1].party: ")
    assert "'graustark' is not a declared actor" in message


def test_actor_declared_twice_points_at_the_second(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("id: rudolf", "id: ruritania"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'name: Rudolf') - 1}: field actors[1].id: ")
    assert "declared twice" in message


def test_commentator_with_a_party_is_rejected(tmp_path):
    pundit = "  - {id: pundit, name: Pundit, kind: commentator, party: ruritania}\n"
    text = VALID_PACK + "commentators:\n" + pundit
    path = write_pack(tmp_path, text)
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'id: pundit')}: field commentators[0]: ")
    assert "cannot speak for a party" in message


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("    name: Rudolf", "    name: [Rudolf"))
    message = pack_error(path)
    assert re.match(rf"{re.escape(str(path))}:\d+: invalid YAML: ", message)
    line = int(message.split(":")[1])
    assert line_of(path, "[Rudolf") <= line <= line_of(path, "[Rudolf") + 2


def test_bad_indentation_names_the_line(tmp_path):
    path = write_pack(tmp_path, VALID_PACK.replace("    kind: person", "   kind: person"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, '   kind: person')}: invalid YAML: ")


def test_duplicate_key_is_an_error_not_a_silent_overwrite(tmp_path):
    text = VALID_PACK.replace("    name: Rudolf", "    name: Rudolf\n    name: Rudi")
    path = write_pack(tmp_path, text)
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of(path, 'name: Rudi')}: field actors[1]: ")
    assert f"first on line {line_of(path, 'name: Rudolf')}" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the pack is empty"),
        ("# only a comment\n", "the pack is empty"),
        ("- a\n- b\n", "must be a mapping"),
        ("just words\n", "must be a mapping"),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path, text, expected):
    path = write_pack(tmp_path, text)
    message = pack_error(path)
    assert message.startswith(f"{path}:1: ") and expected in message


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_bytes(VALID_PACK.replace("Rudolf", "Rudolf \xe9").encode("latin-1"))
    message = pack_error(path)
    assert message.startswith(f"{path}:{line_of_bytes(path, b'Rudolf')}: not UTF-8")


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    message = pack_error(path)
    assert message.startswith(f"{path}: no such pack file")


def test_unknown_pack_name_lists_the_shipped_packs():
    with pytest.raises(PackError, match=r"unknown pack 'atlantis'.*russia_ukraine_2025"):
        load_pack("atlantis")


def _bare(name: str) -> str:
    """Case-folded, without a leading 'the' (the pack writes 'Europeans' for 'the Europeans')."""
    return name.casefold().removeprefix("the ")


def line_of_bytes(path: Path, fragment: bytes) -> int:
    lines = path.read_bytes().splitlines()
    return next(number for number, line in enumerate(lines, 1) if fragment in line)


@pytest.mark.parametrize("name", shipped_packs())
def test_every_shipped_pack_passes_pack_check(name):
    from stancegraph.loaders.authoring import check_pack

    path = resources.files("stancegraph.packs").joinpath(f"{name}.yaml")
    result = check_pack(str(path))
    assert result.valid, result.error
    assert result.findings == []
    names = [n for a in result.pack.actors + result.pack.commentators for n in (*a.aliases, *a.roles)]
    assert [n for n in names if n.lower().startswith("the ")] == []
