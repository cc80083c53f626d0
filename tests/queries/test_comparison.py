"""Disagreements, common ground, contradictions and the matrix, on a graph built by hand."""

import pytest

from stancegraph.queries import (
    common_ground,
    compare,
    contradictions,
    disagreements,
    matrix,
)


def test_disagreement_is_one_for_and_the_other_against(talks):
    [found] = disagreements(talks, "russia", "ukraine")
    assert found.topic == "foreign_troops_in_ukraine"
    assert (found.first_polarity, found.second_polarity) == ("against", "for")
    assert {a.party for a in found.first} == {"russia"}


def test_disagreement_compares_exact_topics_not_their_parents(talks):
    # Russia rejects NATO expansion in general; the US is split on Ukraine's membership.
    assert disagreements(talks, "russia", "united_states") == []


def test_common_ground_is_both_for(talks):
    [found] = common_ground(talks, "russia", "ukraine")
    assert found.topic == "maritime_ceasefire"


def test_compare_holds_both(talks):
    result = compare(talks, "ukraine", "russia")
    assert [c.topic for c in result.disagreements] == ["foreign_troops_in_ukraine"]
    assert [c.topic for c in result.common_ground] == ["maritime_ceasefire"]
    assert result.to_dict()["disagreements"][0]["first_polarity"] == "for"


def test_disagreements_with_everyone(talks):
    found = disagreements(talks, "ukraine")
    assert {(c.topic, c.second[0].party) for c in found} == {
        ("foreign_troops_in_ukraine", "russia")
    }


def test_contradiction_is_officials_of_one_party_on_both_sides(talks):
    [found] = contradictions(talks)
    assert (found.party, found.topic) == ("united_states", "ukraine_nato_membership")
    assert [a.actor for a in found.supporting] == ["marco_rubio"]
    assert [a.actor for a in found.opposing] == ["pete_hegseth"]
    assert contradictions(talks, "russia") == []
    # a person stands for their party
    assert contradictions(talks, "marco_rubio") == [found]


def test_matrix_rolls_people_up_by_default(talks):
    table = matrix(talks)
    assert "vladimir_putin" not in table.rows
    assert table.polarity("russia", "halt_military_aid") == "for"
    assert table.polarity("united_states", "ukraine_nato_membership") == "mixed"
    assert table.polarity("ukraine", "recapture_territory_by_force") == "concede"
    assert table.cells["russia"]["halt_military_aid"] == {"demand": 1}
    assert table.polarity("russia", "ceasefire") == ""


def test_matrix_by_actor_keeps_each_speaker(talks):
    table = matrix(talks, by="actor", topics=["ukraine_nato_membership"])
    assert set(table.rows) == {"marco_rubio", "pete_hegseth"}
    assert table.columns == ("ukraine_nato_membership",)
    cell = table.to_dict()["cells"]["pete_hegseth"]["ukraine_nato_membership"]
    assert cell["polarity"] == "against"


def test_matrix_rejects_an_unknown_grouping(talks):
    with pytest.raises(ValueError):
        matrix(talks, by="topic")
