"""The pack format's newer fields, as a pack author meets them: each mistake is one line
naming the file, the line and the field, and says what to write instead."""

from __future__ import annotations

import textwrap

import pytest

from stancegraph.errors import PackError
from stancegraph.loaders.packs import load_pack

HEAD = """\
id: tiny
label: A tiny pack
actors:
  - {id: ruritania, name: Ruritania, kind: state}
  - {id: borduria, name: Borduria, kind: state}
  - {id: rudolf, name: Rudolf, kind: person, party: ruritania}
"""


def write(tmp_path, body: str):
    path = tmp_path / "pack.yaml"
    path.write_text(HEAD + textwrap.dedent(body))
    return path


def error(tmp_path, body: str) -> str:
    with pytest.raises(PackError) as raised:
        load_pack(write(tmp_path, body))
    return str(raised.value)


def test_is_halt_is_refused_with_the_way_to_migrate(tmp_path):
    message = error(tmp_path, """\
        topics:
          - id: halt_aid
            label: Halt to aid
            is_halt: true
            phrases: [military aid]
        """)
    assert message.startswith(f"{tmp_path / 'pack.yaml'}:8: field topics[0]: is_halt is no longer a field")
    assert "opposite_phrases" in message


def test_opposite_phrases_and_phrases_with_a_context_load(tmp_path):
    pack = load_pack(write(tmp_path, """\
        topics:
          - id: withdrawal
            label: Withdrawal of forces
            is_cessation: true
            phrases: [pullback, {phrase: withdrawal, near: [troop, force]}]
            opposite_phrases: [buffer zone, reinforcement]
        """))
    [topic] = pack.topics
    assert topic.phrases == ("pullback", "withdrawal")
    assert topic.opposite_phrases == ("buffer zone", "reinforcement")
    assert topic.phrase_context == {"withdrawal": ("troop", "force")}


def test_a_phrase_context_must_be_written_with_phrase_and_near(tmp_path):
    message = error(tmp_path, """\
        topics:
          - id: withdrawal
            label: Withdrawal of forces
            phrases: [{phrase: withdrawal, with: [troop]}]
        """)
    assert "field topics[0]" in message and "{phrase: ..., near: [...]}" in message


def test_a_phrase_given_two_contexts_keeps_the_words_of_both(tmp_path):
    pack = load_pack(write(tmp_path, """\
        topics:
          - id: relief
            label: Sanctions relief
            phrases: [sanctions relief]
            opposite_phrases: [{phrase: sanction, near: [lift, ease]}, {phrase: sanction, near: [extend]}]
        """))
    [topic] = pack.topics
    assert topic.opposite_phrases == ("sanction",)
    assert topic.phrase_context == {"sanction": ("lift", "ease", "extend")}


def test_one_wording_cannot_carry_a_context_on_both_sides(tmp_path):
    message = error(tmp_path, """\
        topics:
          - id: relief
            label: Sanctions relief
            phrases: [{phrase: sanction, near: [lift]}]
            opposite_phrases: [{phrase: sanction, near: [extend]}]
        """)
    assert "field topics[0]" in message and "'sanction' has a context under both" in message


def test_a_coalition_names_declared_parties(tmp_path):
    message = error(tmp_path, """\
          - {id: mediators, name: the mediators, kind: coalition, members: [ruritania, syldavia]}
        topics:
          - {id: ceasefire, label: Ceasefire}
        """)
    assert "member 'syldavia' is not a declared party" in message
    assert message.startswith(f"{tmp_path / 'pack.yaml'}:7:")


def test_a_coalition_needs_two_members_and_only_a_coalition_has_members(tmp_path):
    assert "at least two members" in error(tmp_path, """\
          - {id: mediators, name: the mediators, kind: coalition, members: [ruritania]}
        topics: [{id: ceasefire, label: Ceasefire}]
        """)
    assert "only a coalition has members" in error(tmp_path, """\
          - {id: bloc, name: the bloc, kind: organization, members: [ruritania, borduria]}
        topics: [{id: ceasefire, label: Ceasefire}]
        """)


def test_a_placeholder_must_name_a_declared_actor(tmp_path):
    message = error(tmp_path, """\
        topics:
          - {id: agency_role, label: The agency's role, phrases: ["{iaea} role"]}
        """)
    assert "names {iaea}, which is not a declared actor" in message


def test_a_pack_lexicon_is_validated_like_the_cue_table(tmp_path):
    message = error(tmp_path, """\
        topics: [{id: ceasefire, label: Ceasefire}]
        lexicon:
          cues:
            - {lemma: spurn, pos: [VERB], stance: rejekt}
        """)
    assert "field lexicon.cues[0].stance" in message and "'rejekt'" in message
