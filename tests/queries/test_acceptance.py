"""The questions of the issue, asked through the library of stores the pipeline built.

On ``examples/articles`` always; on the seed corpus (``../shared/seeds``) when present.
Each acceptance point is asked in several phrasings.
"""

import pytest

from stancegraph.queries import EntityIndex, ask, infrastructure_wanted, who

# Every test asks a store that the pipeline (and the NLP model) built.
pytestmark = pytest.mark.slow


def answer(view, question):
    response = ask(view, question, index=_index(view))
    assert response.understood, response.message
    return response


_INDEXES: dict[int, EntityIndex] = {}


def _index(view) -> EntityIndex:
    if id(view) not in _INDEXES:
        _INDEXES[id(view)] = EntityIndex(view)
    return _INDEXES[id(view)]


def parties(response):
    return {a.party for a in response.answers}


def topics(response):
    return {a.topic for a in response.answers}


def speakers(response):
    return {s for a in response.answers for s in a.speakers}


REJECT_TROOPS = [
    "who rejects foreign troops?",
    "who is against foreign troops",
    "Who opposes foreign peacekeepers in Ukraine?",
    "who refuses boots on the ground?",
    "which countries reject a deterrent force in Ukraine?",
]
WANT_TROOPS = [
    "who wants foreign troops in Ukraine?",
    "who wants foreign peacekeepers in Ukraine?",
    "who supports sending troops to Ukraine?",
    "who backs a peacekeeping force?",
]
OPPOSE_NATO = [
    "who opposes NATO membership for Ukraine?",
    "which countries oppose Ukraine joining NATO?",
    "who is against Ukraine's NATO accession?",
    "who rejects Ukraine joining NATO?",
]
CONCEDED = [
    "what has Ukraine conceded?",
    "what concessions has Ukraine made?",
    "what has Kyiv given up?",
]
ACCUSED_RUSSIA = [
    "who accused Russia of violating the ceasefire?",
    "who accused Russia of breaking the truce?",
    "who blamed Moscow for violating the ceasefire?",
    "who has accused the Kremlin of breaching the truce?",
]
DISAGREE = [
    "where do Russia and Ukraine disagree?",
    "how do Russia and Ukraine differ?",
    "what do Moscow and Kyiv disagree on?",
    "compare Russia and Ukraine",
]
INFRASTRUCTURE = [
    "which infrastructure does Ukraine want protected?",
    "what targets does Kyiv want spared?",
    "which infrastructure should a ceasefire cover according to Ukraine?",
]
DEMANDS = ["what does Russia demand?", "what are Russia's demands?", "what does Moscow insist on?"]
BLACK_SEA = ["who supports a Black Sea ceasefire?", "who wants a maritime truce?",
             "who backs a ceasefire at sea?"]


# -- examples/articles: always ---------------------------------------------------------------


@pytest.mark.parametrize("question", REJECT_TROOPS)
def test_examples_who_rejects_foreign_troops(examples_view, question):
    response = answer(examples_view, question)
    assert "russia" in parties(response)
    assert {"Moscow", "Russia"} <= speakers(response)
    assert not parties(response) & {"ukraine", "france", "united_kingdom"}


def test_examples_only_russia_rejects_foreign_troops(examples_view):
    assert parties(answer(examples_view, "who rejects foreign troops?")) == {"russia"}


@pytest.mark.parametrize("question", WANT_TROOPS)
def test_examples_who_wants_foreign_troops(examples_view, question):
    response = answer(examples_view, question)
    assert {"ukraine", "united_kingdom", "france"} <= parties(response)
    assert "russia" not in parties(response)
    # people roll up to their party and stay the speaker
    assert ("ukraine", "volodymyr_zelenskyy") in {(a.party, a.actor) for a in response.answers}


@pytest.mark.parametrize("question", DEMANDS)
def test_examples_what_russia_demands(examples_view, question):
    response = answer(examples_view, question)
    demanded = {"halt_military_aid", "halt_intelligence_sharing", "sanctions_relief"}
    assert demanded <= topics(response)
    assert {a.stance for a in response.answers} == {"demand"}
    assert ("russia", "dmitry_peskov") in {(a.party, a.actor) for a in response.answers}


@pytest.mark.parametrize("question", ACCUSED_RUSSIA)
def test_examples_who_accused_russia(examples_view, question):
    response = answer(examples_view, question)
    assert parties(response) == {"ukraine"}
    assert {a.target_actor for a in response.answers} == {"russia"}


@pytest.mark.parametrize("question", DISAGREE)
def test_examples_where_russia_and_ukraine_disagree(examples_view, question):
    response = answer(examples_view, question)
    assert {"foreign_troops_in_ukraine", "halt_military_aid"} <= {
        c.topic for c in response.disagreements
    }


@pytest.mark.parametrize("question", INFRASTRUCTURE)
def test_examples_which_infrastructure_ukraine_wants_protected(examples_view, question):
    response = answer(examples_view, question)
    assert {"energy", "ports", "rail"} <= {c.category for c in response.categories}
    assert {c.party for c in response.categories} == {"ukraine"}


@pytest.mark.parametrize("question", BLACK_SEA)
def test_examples_who_supports_a_black_sea_ceasefire(examples_view, question):
    assert {"russia", "ukraine", "united_states"} <= parties(answer(examples_view, question))


def test_examples_a_question_without_claims_is_answered_as_such(examples_view):
    response = answer(examples_view, "what has Ukraine conceded?")
    assert response.answers == ()
    assert "No claim in the store matches" in response.message


def test_examples_library_and_question_agree(examples_view):
    direct = who(examples_view, "for", "foreign_troops_in_ukraine")
    asked = answer(examples_view, "who wants foreign troops in Ukraine?").answers
    assert [a.to_dict() for a in direct] == [a.to_dict() for a in asked]


# -- the seed corpus: when ../shared/seeds is present -------------------------------------------


@pytest.mark.seeds
@pytest.mark.parametrize("question", REJECT_TROOPS)
def test_seeds_who_rejects_foreign_troops_is_russia_from_three_documents(seeds_view, question):
    response = answer(seeds_view, question)
    assert parties(response) == {"russia"}
    assert {"Putin", "Kremlin", "Russian officials"} <= speakers(response)
    [russia] = response.parties
    assert russia.documents == 3


@pytest.mark.seeds
@pytest.mark.parametrize("question", WANT_TROOPS)
def test_seeds_who_wants_foreign_troops(seeds_view, question):
    assert {"ukraine", "united_kingdom", "france"} <= parties(answer(seeds_view, question))


@pytest.mark.seeds
@pytest.mark.parametrize("question", OPPOSE_NATO)
def test_seeds_who_opposes_nato_membership(seeds_view, question):
    assert {"russia", "united_states"} <= parties(answer(seeds_view, question))


@pytest.mark.seeds
@pytest.mark.parametrize("question", CONCEDED)
def test_seeds_what_ukraine_conceded(seeds_view, question):
    response = answer(seeds_view, question)
    assert {"security_guarantees", "recapture_territory_by_force"} <= topics(response)
    assert {a.stance for a in response.answers} == {"concede"}


@pytest.mark.seeds
@pytest.mark.parametrize("question", ACCUSED_RUSSIA)
def test_seeds_who_accused_russia_of_violating_the_ceasefire(seeds_view, question):
    assert parties(answer(seeds_view, question)) == {"ukraine"}


@pytest.mark.seeds
@pytest.mark.parametrize("question", DISAGREE)
def test_seeds_where_russia_and_ukraine_disagree(seeds_view, question):
    response = answer(seeds_view, question)
    assert {"foreign_troops_in_ukraine", "ukraine_nato_membership", "annexed_territory"} <= {
        c.topic for c in response.disagreements
    }


@pytest.mark.seeds
@pytest.mark.parametrize("question", INFRASTRUCTURE)
def test_seeds_which_infrastructure_ukraine_wants_protected(seeds_view, question):
    response = answer(seeds_view, question)
    assert {"energy", "ports", "rail"} <= {c.category for c in response.categories}


@pytest.mark.seeds
def test_seeds_infrastructure_through_the_library(seeds_view):
    wanted = infrastructure_wanted(seeds_view, "ukraine")
    assert {"energy", "ports", "rail"} <= {w.category for w in wanted}


@pytest.mark.seeds
def test_seeds_the_us_position_on_nato_membership_shows_both_sides(seeds_view):
    response = answer(seeds_view, "what is the US position on NATO membership for Ukraine?")
    assert parties(response) == {"united_states"}
    assert {"support", "reject"} <= {a.stance for a in response.answers}
    assert topics(response) == {"ukraine_nato_membership"}


@pytest.mark.seeds
def test_seeds_who_supports_a_black_sea_ceasefire(seeds_view):
    response = answer(seeds_view, "who supports a Black Sea ceasefire?")
    assert {"russia", "united_states"} <= parties(response)
