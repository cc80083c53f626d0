"""Who holds which position, on a graph built by hand (no extraction involved)."""

import pytest

from stancegraph.queries import (
    QueryError,
    accusations,
    concessions,
    evidence,
    infrastructure_wanted,
    positions,
    stances_of,
    who,
)


def rows(answers):
    return {(a.party, a.actor, a.stance, a.topic) for a in answers}


def test_who_rolls_people_up_to_their_party_and_keeps_who_said_it(talks):
    answers = who(talks, "demand", "halt_military_aid")
    assert rows(answers) == {
        ("russia", "vladimir_putin", "demand", "halt_military_aid"),
        ("russia", "dmitry_peskov", "demand", "halt_military_aid"),
    }


def test_who_includes_the_sub_topics_of_the_topic_asked_about(talks):
    # ukraine_nato_membership is a sub-topic of nato_expansion
    answers = who(talks, "against", "nato_expansion")
    assert {(a.party, a.topic) for a in answers} == {
        ("russia", "nato_expansion"), ("united_states", "ukraine_nato_membership"),
    }


def test_who_does_not_climb_from_a_sub_topic_to_its_parent(talks):
    assert {a.topic for a in who(talks, "against", "ukraine_nato_membership")} == {
        "ukraine_nato_membership"
    }


def test_for_means_demand_propose_or_support(talks):
    assert {a.party for a in who(talks, "for", "foreign_troops_in_ukraine")} == {"ukraine"}
    assert stances_of("for") == ("demand", "propose", "support")


def test_commentators_hold_no_positions(talks):
    assert "institute_for_the_study_of_war" not in {a.actor for a in who(talks, None, "ceasefire")}
    assert positions(talks, "institute_for_the_study_of_war") == []


def test_party_kinds_filter_the_party_not_the_speaker(talks):
    states = who(talks, "demand", "halt_military_aid", party_kinds=["state"])
    assert {a.actor for a in states} == {"vladimir_putin", "dmitry_peskov"}
    assert who(talks, "demand", "halt_military_aid", party_kinds=["organization"]) == []


def test_answer_counts_documents_and_orders_evidence_best_first(talks):
    [answer] = who(talks, "demand", "halt_military_aid", actors=["dmitry_peskov"])
    assert answer.documents == 1
    assert answer.evidence[0].doc == "first.txt"
    quotes = evidence(talks, "russia", "demand", "halt_military_aid")
    assert [q.speaker for q in quotes] == ["Putin", "Peskov"]  # the surer claim first


def test_a_pronoun_speaker_is_shown_as_the_name_before_it_in_the_sentence(talks):
    [answer] = who(talks, "reject", "foreign_troops_in_ukraine")
    assert answer.evidence[0].speaker == "it"
    assert answer.speakers == ("Kremlin",)


def test_positions_of_a_party_include_its_people_grouped_by_stance(talks):
    answers = positions(talks, "russia")
    assert [a.stance for a in answers] == sorted(
        [a.stance for a in answers], key=["demand", "propose", "support", "reject",
                                          "concede", "accuse"].index)
    assert ("russia", "vladimir_putin", "demand", "halt_military_aid") in rows(answers)
    assert ("russia", "russia", "reject", "nato_expansion") in rows(answers)


def test_positions_of_a_person_are_theirs_alone(talks):
    assert rows(positions(talks, "vladimir_putin")) == {
        ("russia", "vladimir_putin", "demand", "halt_military_aid")
    }


def test_positions_can_leave_out_the_people(talks):
    assert all(a.actor == "russia" for a in positions(talks, "russia", include_people=False))


def test_concessions_by_actor(talks):
    assert rows(concessions(talks, "ukraine")) == {
        ("ukraine", "ukraine", "concede", "recapture_territory_by_force")
    }
    assert concessions(talks, "russia") == []


def test_accusations_name_accuser_target_topic_and_infrastructure(talks):
    [answer] = accusations(talks, target="russia")
    assert (answer.party, answer.target_actor, answer.topic) == ("ukraine", "russia",
                                                                 "partial_ceasefire")
    assert answer.infrastructure == ("hospitals",)
    # the truce named is a sub-topic of the ceasefire
    assert accusations(talks, target="russia", topic="ceasefire") == [answer]
    assert accusations(talks, accuser="russia") == []


def test_infrastructure_wanted_carries_the_category_hierarchy(talks):
    wanted = infrastructure_wanted(talks, "ukraine")
    assert {(w.actor, w.category) for w in wanted} == {
        ("volodymyr_zelenskyy", "energy"), ("volodymyr_zelenskyy", "ports"), ("ukraine", "rail"),
    }
    energy = next(w for w in wanted if w.category == "energy")
    assert energy.broader == ("critical_infrastructure",)


def test_infrastructure_wanted_by_category_includes_narrower_categories(talks):
    wanted = infrastructure_wanted(talks, category="critical_infrastructure")
    assert {w.category for w in wanted} == {"energy", "ports", "rail"}
    assert infrastructure_wanted(talks, category="hospitals") == []  # named by an accusation


def test_evidence_returns_the_sentences_behind_a_position(talks):
    quotes = evidence(talks, "russia", "demand", "halt_military_aid")
    assert {q.sentence.split()[0] for q in quotes} == {"Putin", "Peskov"}
    assert {q.doc for q in quotes} == {"first.txt"}


@pytest.mark.parametrize("call", [
    lambda v: who(v, "rejects", "ceasefire"),
    lambda v: who(v, "reject", "no_such_topic"),
    lambda v: positions(v, "atlantis"),
    lambda v: infrastructure_wanted(v, category="airports"),
])
def test_unknown_ids_raise_query_error_with_suggestions(talks, call):
    with pytest.raises(QueryError):
        call(talks)


def test_unknown_stance_suggests_the_right_one(talks):
    with pytest.raises(QueryError) as error:
        stances_of("rejects")
    assert "reject" in error.value.suggestions
