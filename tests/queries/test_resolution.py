"""Words to ids: the suffix rule, the tokenizer and the entity index over the shipped pack."""

import pytest

from stancegraph.queries import QueryError
from stancegraph.queries.resolution import stem, tokenize


@pytest.mark.parametrize("forms", [
    ("troop", "troops"),
    ("peacekeeper", "peacekeepers"),
    ("join", "joining", "joined", "joins"),
    ("guarantee", "guarantees"),
    ("utility", "utilities"),
    ("violate", "violated", "violating"),
    ("stop", "stopped", "stopping"),
    ("give", "given", "gave"),
    ("cancel", "cancels", "canceled", "cancelled", "cancelling"),
    ("expel", "expelled", "expelling"),
    ("call", "called", "calling", "calls"),
    ("sit", "sat", "sitting"),
    ("leave", "left", "leaving"),
    ("tear", "tore", "torn"),
])
def test_inflections_share_a_stem(forms):
    assert len({stem(form) for form in forms}) == 1


def test_tokens_keep_abbreviations_and_drop_possessives():
    tokens = tokenize("Is the U.S. against Ukraine's cease-fire?")
    assert [t.text for t in tokens] == ["Is", "the", "U.S", "against", "Ukraine's", "cease-fire"]
    assert [t.stem for t in tokens][2:] == ["us", "against", "ukrain", "cease-fire"]


@pytest.mark.parametrize("text, actor", [
    ("russia", "russia"),
    ("Kremlin", "russia"),
    ("the Kremlin", "russia"),
    ("Putin", "vladimir_putin"),
    ("Kremlin spokesman", "dmitry_peskov"),
    ("US", "united_states"),
    ("us", "united_states"),
    ("U.S.", "united_states"),
    ("Zelensky", "volodymyr_zelenskyy"),
    ("Zelenskky", "volodymyr_zelenskyy"),
    ("Unerov", "rustem_umerov"),
])
def test_actor_names_aliases_roles_and_typos_resolve(talks_index, text, actor):
    assert talks_index.resolve_actor(text) == actor


@pytest.mark.parametrize("text, topic", [
    ("foreign_troops_in_ukraine", "foreign_troops_in_ukraine"),
    ("foreign troops", "foreign_troops_in_ukraine"),
    ("troops", "foreign_troops_in_ukraine"),
    ("boots on the ground", "foreign_troops_in_ukraine"),
    ("deterrent force", "foreign_troops_in_ukraine"),
    ("NATO membership", "ukraine_nato_membership"),
    ("joining NATO", "ukraine_nato_membership"),
    ("NATO accession", "ukraine_nato_membership"),
    ("NATO membership for Ukraine", "ukraine_nato_membership"),
    ("Black Sea ceasefire", "maritime_ceasefire"),
    ("energy truce", "partial_ceasefire"),
    ("truce", "ceasefire"),
    ("sanctons relief", "sanctions_relief"),
])
def test_topic_words_resolve_through_phrases_synonyms_and_typos(talks_index, text, topic):
    assert talks_index.resolve_topic(text) == topic


def test_an_unknown_topic_is_an_error(talks_index):
    with pytest.raises(QueryError, match="unknown topic 'potash exports'"):
        talks_index.resolve_topic("potash exports")


def test_closest_topics_forgive_what_fuzzy_matching_does_not(talks_index):
    assert talks_index.closest("troups", "topic")[0] == "foreign_troops_in_ukraine"


def test_a_word_naming_nothing_is_an_error(talks_index):
    with pytest.raises(QueryError):
        talks_index.resolve_actor("Atlantis")


def test_short_capitals_that_are_words_match_only_as_written(talks_index):
    mentions = talks_index.mentions(tokenize("tell us what the US wants"))
    assert [(m.text, m.id) for m in mentions if m.kind == "actor"] == [("US", "united_states")]


def test_after_the_a_short_form_needs_no_capitals(talks_index):
    mentions = talks_index.mentions(tokenize("what is the us position"))
    assert [(m.text, m.id) for m in mentions if m.kind == "actor"] == [("us", "united_states")]


def test_a_topic_phrase_beats_the_actor_inside_it(talks_index):
    mentions = talks_index.mentions(tokenize("NATO membership"))
    assert [(m.kind, m.id) for m in mentions] == [("topic", "ukraine_nato_membership")]
