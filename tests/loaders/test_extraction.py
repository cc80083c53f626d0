"""Claims read from short news-style sentences, one linguistic phenomenon a test.

Every sentence here was written for these tests; none is taken from an article. Each test
asserts the exact set of claim tuples the extractor returns for its text: ``(actor, stance,
topic)``, or ``(actor, "accuse", target_actor)`` for an accusation. A claim too many fails as
surely as a claim missing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stancegraph.loaders.extraction import RuleExtractor
from stancegraph.loaders.extractor import ExtractionResult
from stancegraph.loaders.packs import load_pack
from stancegraph.schema import Claim, Document

pytestmark = pytest.mark.slow  # loads the spaCy model: whole sentences through the real parser

Tuples = set[tuple[str, str, str | None]]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    """One extractor for the module: building it (pack matchers, spaCy model) takes seconds."""
    return RuleExtractor(load_pack())


@pytest.fixture(scope="module")
def extract(extractor: RuleExtractor) -> Callable[[str], ExtractionResult]:
    def run(text: str) -> ExtractionResult:
        return extractor.extract([Document.from_text(text, "t.txt")])

    return run


@pytest.fixture(scope="module")
def claims_of(extract: Callable[[str], ExtractionResult]) -> Callable[[str], Tuples]:
    """The claim tuples of a text: ``(actor, stance, topic or target actor)``."""

    def run(text: str) -> Tuples:
        return {as_tuple(claim) for claim in extract(text).claims}

    return run


def as_tuple(claim: Claim) -> tuple[str, str, str | None]:
    if claim.stance == "accuse":
        return (claim.actor, claim.stance, claim.target_actor)
    return (claim.actor, claim.stance, claim.topic)


# -- who holds the position -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A month-long truce was proposed by Washington on Tuesday.",
            {("united_states", "propose", "ceasefire")},
        ),
        (
            "The plan for a maritime truce was rejected by Moscow within hours.",
            {("russia", "reject", "maritime_ceasefire")},
        ),
        (
            "The idea of European peacekeepers has been dismissed by the Kremlin as a provocation.",
            {("russia", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "A general ceasefire was proposed by the United States and accepted by Ukraine.",
            {("united_states", "propose", "ceasefire"), ("ukraine", "support", "ceasefire")},
        ),
    ],
    ids=["agent-is-metonym", "agent-of-reject", "agent-with-as-phrase", "two-passives-two-agents"],
)
def test_passive_voice_with_agent(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will never accept Western troops on Ukrainian soil," Lavrov said on Monday.',
            {("sergei_lavrov", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            '"We support the American proposal for a full ceasefire," said Zelenskyy.',
            {("volodymyr_zelenskyy", "support", "ceasefire"), ("united_states", "propose", "ceasefire")},
        ),
    ],
    ids=["speaker-then-verb", "verb-then-speaker"],
)
def test_quote_attributed_after_the_quote(claims_of, text, expected):
    assert claims_of(text) == expected


def test_quote_attributed_before_the_quote(claims_of):
    text = 'Speaking in Jeddah, Rubio said: "We want a full ceasefire within weeks."'
    assert claims_of(text) == {("marco_rubio", "demand", "ceasefire")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both Russia and Ukraine have agreed to a prisoner exchange, officials said.",
            {("russia", "support", "prisoner_exchange"), ("ukraine", "support", "prisoner_exchange")},
        ),
        (
            "The UK and France are pushing for a European peacekeeping force.",
            {
                ("united_kingdom", "propose", "foreign_troops_in_ukraine"),
                ("france", "propose", "foreign_troops_in_ukraine"),
            },
        ),
        (
            "The leaders of Germany, France and Poland backed the 30-day ceasefire on Friday.",
            {
                ("germany", "support", "ceasefire"),
                ("france", "support", "ceasefire"),
                ("poland", "support", "ceasefire"),
            },
        ),
        (
            "Russian President Vladimir Putin and US President Donald Trump agreed to a halt"
            " to strikes on power stations.",
            {("vladimir_putin", "support", "partial_ceasefire"), ("donald_trump", "support", "partial_ceasefire")},
        ),
    ],
    ids=["both-x-and-y", "x-and-y", "leaders-of-a-list", "titled-names"],
)
def test_coordinated_holders(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin rejected a general ceasefire on Wednesday.", {("russia", "reject", "ceasefire")}),
        (
            "Moscow has demanded that Kyiv pull its troops out of the four regions.",
            {("russia", "demand", "annexed_territory")},
        ),
        ("Kyiv welcomed the proposal for a 30-day ceasefire.", {("ukraine", "support", "ceasefire")}),
        ("Kiev has backed a halt to strikes on ports.", {("ukraine", "support", "partial_ceasefire")}),
        ("Washington wants a minerals deal with Ukraine.", {("united_states", "demand", "minerals_deal")}),
        ("The White House proposed a ceasefire at sea.", {("united_states", "propose", "maritime_ceasefire")}),
    ],
    ids=["kremlin", "moscow", "kyiv", "kiev", "washington", "white-house"],
)
def test_metonymy_names_the_state(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ukrainian president said he supported a 30-day ceasefire.",
            {("volodymyr_zelenskyy", "support", "ceasefire")},
        ),
        (
            "Ukraine's defence minister called for an all-for-all exchange of prisoners.",
            {("rustem_umerov", "demand", "prisoner_exchange")},
        ),
        (
            "A top aide to Putin dismissed the idea of a truce.",
            {("yuri_ushakov", "reject", "ceasefire")},
        ),
        (
            "A senior aide to Putin dismissed the idea of a truce.",
            {("russia", "reject", "ceasefire")},
        ),
        (
            "Officials in Moscow rejected the idea of European peacekeepers.",
            {("russia", "reject", "foreign_troops_in_ukraine")},
        ),
        ("Putin\u2019s spokesman rejected a full ceasefire.", {("dmitry_peskov", "reject", "ceasefire")}),
    ],
    ids=["ukrainian-president", "defence-minister", "role-of-one-aide", "some-aide-is-the-party",
         "officials-in-capital", "typeset-apostrophe"],
)
def test_titles_and_roles(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky backed the truce proposal.", {("volodymyr_zelenskyy", "support", "ceasefire")}),
        ("Zelenskyy backed the truce proposal.", {("volodymyr_zelenskyy", "support", "ceasefire")}),
        ("Vlodomyr Zelenskyy backed the truce proposal.", {("volodymyr_zelenskyy", "support", "ceasefire")}),
        ("Unerov proposed an exchange of prisoners of war.", {("rustem_umerov", "propose", "prisoner_exchange")}),
        ("Sergey Lavrov rejected any peacekeepers.", {("sergei_lavrov", "reject", "foreign_troops_in_ukraine")}),
        ("Vladimir V. Putin demanded the lifting of sanctions.", {("vladimir_putin", "demand", "sanctions_relief")}),
        ("Lavrow rejected any peacekeepers.", {("sergei_lavrov", "reject", "foreign_troops_in_ukraine")}),
    ],
    ids=["zelensky", "zelenskyy", "vlodomyr", "unerov", "sergey", "middle-initial", "one-letter-off"],
)
def test_spelling_variants_name_the_same_person(claims_of, text, expected):
    assert claims_of(text) == expected


def test_pronoun_after_named_person(claims_of):
    text = "Lavrov met Rubio in Riyadh on Tuesday. He demanded sanctions relief for Russian banks."
    assert claims_of(text) == {("sergei_lavrov", "demand", "sanctions_relief")}


@pytest.mark.parametrize(
    "text",
    [
        "Putin spoke by phone with Trump for two hours on Tuesday. He later rejected a full ceasefire.",
        "After two hours of talks with Trump, Putin signed a decree. He later rejected a full ceasefire.",
    ],
    ids=["object-named-later", "prepositional-phrase-named-first"],
)
def test_pronoun_prefers_the_subject_of_the_previous_sentence(claims_of, text):
    assert claims_of(text) == {("vladimir_putin", "reject", "ceasefire")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macron has floated a European reassurance force for Ukraine."
            " The Kremlin rejected such a force on Tuesday.",
            {("emmanuel_macron", "propose", "foreign_troops_in_ukraine"), ("russia", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "Macron has floated a European reassurance force for Ukraine."
            " Lavrov said Moscow would not accept such a force.",
            {("emmanuel_macron", "propose", "foreign_troops_in_ukraine"), ("russia", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "Starmer wants to send British troops to Ukraine."
            " Peskov said Russia would never agree to such a deployment.",
            {("keir_starmer", "demand", "foreign_troops_in_ukraine"), ("russia", "reject", "foreign_troops_in_ukraine")},
        ),
    ],
    ids=["such-a-force", "such-a-force-reported", "such-a-deployment"],
)
def test_such_a_noun_points_back_to_the_earlier_topic(claims_of, text, expected):
    assert claims_of(text) == expected


# -- what stance ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said Russia could not accept the deployment of NATO troops in Ukraine.",
            {("russia", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "Zelenskyy said Ukraine will never recognize Crimea as Russian.",
            {("ukraine", "reject", "annexed_territory")},
        ),
        (
            "Ukraine will not accept any limits on the size of its army, Zelenskyy said.",
            {("ukraine", "reject", "limit_ukraine_army")},
        ),
        (
            "\u201cThere will be no recognition of occupied territory,\u201d Zelenskyy said.",
            {("volodymyr_zelenskyy", "reject", "annexed_territory")},
        ),
    ],
    ids=["could-not-accept", "will-never-recognize", "will-not-accept", "no-recognition"],
)
def test_negated_support_is_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin has not ruled out a prisoner exchange.", {("russia", "support", "prisoner_exchange")}),
        ("Moscow did not rule out a meeting between Putin and Zelensky.", {("russia", "support", "direct_talks")}),
    ],
    ids=["has-not-ruled-out", "did-not-rule-out"],
)
def test_not_ruling_out_is_weak_support(extract, text, expected):
    claims = extract(text).claims
    assert {as_tuple(c) for c in claims} == expected
    assert all(c.confidence < 0.8 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine would agree to a cap on the size of its army under the draft, the newspaper reported.",
        "Kyiv would impose new sanctions if it were a member of the EU, an analyst said.",
    ],
    ids=["under-the-draft", "analysts-hypothesis"],
)
def test_hypothetical_or_draft_is_no_claim(claims_of, text):
    assert claims_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If Putin balks at the ceasefire, Trump said he would impose new sanctions.",
         {("donald_trump", "support", "new_sanctions")}),
        ("Should Russia reject the truce, Europe will impose new sanctions.", {("europe", "support", "new_sanctions")}),
        ("If Russia agrees to a ceasefire, Ukraine will halt strikes on Russian refineries.",
         {("ukraine", "support", "partial_ceasefire")}),
    ],
    ids=["if-he-balks", "should-inverted", "if-it-agrees"],
)
def test_a_threat_or_an_offer_on_terms_is_its_makers_position(claims_of, text, expected):
    # the conventions: an offer supports what is offered, a threat of sanctions proposes them
    assert {c for c in claims_of(text) if c[1] != "demand"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskyy does not believe Russia would allow a ceasefire.",
        "Macron has said he does not think Moscow would ever let Kyiv into NATO.",
        "Zelenskyy doubts that Putin wants a ceasefire.",
        "Trump expects Putin to agree to a ceasefire.",
        "Macron admitted doubts about Putin's willingness to agree to a ceasefire.",
        "Macron voiced doubts about Moscow's readiness to accept the energy truce.",
    ],
    ids=["does-not-believe-would", "reported-disbelief", "doubts-that", "expects-other-to", "admitted-doubts",
         "voiced-doubts"],
)
def test_belief_about_another_party_is_no_claim(claims_of, text):
    assert claims_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zhao Junjie, a researcher at the Institute of European Studies, said a lasting peace"
        " would require security guarantees for Ukraine.",
        "An analyst at a Moscow think tank said the Kremlin should accept the ceasefire.",
        "Oleg Petrenko, a military analyst, argued that a truce along the front line was unrealistic.",
        "The Financial Times said in an editorial that Europe should back security guarantees for Ukraine.",
        "Meduza reported that a ceasefire was unrealistic this year.",
    ],
    ids=["researcher", "analyst-advice", "named-analyst", "editorial", "outlet"],
)
def test_commentator_says_no_party_position(claims_of, text):
    assert claims_of(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Dmitry Kuznets, a military analyst, said Russia wants the whole of Donetsk.",
        '"Russia wants the whole of Donetsk," Kuznets said.',
        "Analysts say the Kremlin wants to keep all four regions.",
        "Russia wants the whole of Donetsk, according to Zhao Junjie, a researcher at a Beijing institute.",
    ],
    ids=["appositive-analyst", "quoted-pack-analyst", "analysts-say", "according-to-researcher"],
)
def test_analysts_reading_of_a_party_is_no_claim(claims_of, text):
    assert claims_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reuters reported that the Kremlin had rejected the proposal for a maritime truce.",
            {("russia", "reject", "maritime_ceasefire")},
        ),
        (
            "The US hopes to reach a broad ceasefire within weeks, Bloomberg News reported on Sunday.",
            {("united_states", "propose", "ceasefire")},
        ),
    ],
    ids=["reported-that", "trailing-report"],
)
def test_outlet_reporting_a_party_keeps_the_claim(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelenskyy said Russia must accept the 30-day ceasefire without conditions.",
            {("volodymyr_zelenskyy", "demand", "ceasefire")},
        ),
        (
            '"Russia should agree to an unconditional ceasefire now," Starmer said.',
            {("keir_starmer", "demand", "ceasefire")},
        ),
        ("Europe should back security guarantees for Ukraine.", set()),
        (
            "Orban said Europe should stop sending arms and instead push for an immediate ceasefire.",
            {("viktor_orban", "demand", "ceasefire")},
        ),
    ],
    ids=["must-reported", "should-quoted", "author-advice", "should-on-a-coordinate"],
)
def test_what_another_party_should_do_is_the_speakers_demand(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "infrastructure"),
    [
        ("Kyiv said Russia struck energy facilities overnight.", ("ukraine", "accuse", "russia"), ("energy",)),
        ("Ukraine accused Russia of attacking its ports in Odesa.", ("ukraine", "accuse", "russia"), ("ports",)),
        (
            "The Ukrainian foreign ministry said Russian drones hit a hospital and apartment blocks in Kharkiv.",
            ("ukraine", "accuse", "russia"),
            ("hospitals", "residential"),
        ),
        (
            "According to Kyiv, Russian forces shelled a railway station in Kherson.",
            ("ukraine", "accuse", "russia"),
            ("rail",),
        ),
        (
            "Ukraine's air force said Russia launched 90 drones overnight, hitting a power station in Sumy.",
            ("ukraine", "accuse", "russia"),
            ("energy",),
        ),
    ],
    ids=["said-struck", "accused-of", "hit-civilian-targets", "according-to", "participle-shares-subject"],
)
def test_accusation_names_target_and_infrastructure(extract, text, expected, infrastructure):
    claims = extract(text).claims
    assert {as_tuple(c) for c in claims} == {expected}
    assert {(as_tuple(c), c.infrastructure) for c in claims} == {(expected, infrastructure)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Ukrainian officials, Kyiv is ready to accept a 30-day ceasefire.",
            {("ukraine", "support", "ceasefire")},
        ),
        (
            "A truce at sea is unacceptable, according to Peskov.",
            {("dmitry_peskov", "reject", "maritime_ceasefire")},
        ),
        (
            "The proposal for a truce at sea is acceptable, according to Peskov.",
            {("dmitry_peskov", "support", "maritime_ceasefire")},
        ),
    ],
    ids=["source-first", "source-last", "judged-proposal-is-no-proposal"],
)
def test_according_to_names_the_holder(claims_of, text, expected):
    assert claims_of(text) == expected


def test_calls_for_is_a_demand(claims_of):
    text = "Zelenskyy called for an unconditional ceasefire and an exchange of prisoners."
    assert claims_of(text) == {
        ("volodymyr_zelenskyy", "demand", "ceasefire"),
        ("volodymyr_zelenskyy", "demand", "prisoner_exchange"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow insists on the neutrality of Ukraine.", {("russia", "demand", "ukraine_demilitarization")}),
        (
            "The Kremlin insists that any settlement must include Ukraine's neutrality.",
            {("russia", "demand", "ukraine_demilitarization")},
        ),
    ],
    ids=["insists-on", "insists-that"],
)
def test_insists_is_a_demand(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump ruled out NATO membership for Ukraine.", {("donald_trump", "reject", "ukraine_nato_membership")}),
        ("Russia has ruled out any territorial concessions.", {("russia", "reject", "annexed_territory")}),
        ("Zelenskyy ruled out ceding Donbas to Russia.", {("volodymyr_zelenskyy", "reject", "annexed_territory")}),
    ],
    ids=["rule-out-noun", "ruled-out-concessions", "ruled-out-gerund"],
)
def test_ruled_out_is_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said the deployment of European peacekeepers was a non-starter.",
            {("dmitry_peskov", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "Peskov said the deployment of European peacekeepers was a non-starter for Moscow.",
            {("russia", "reject", "foreign_troops_in_ukraine")},
        ),
    ],
    ids=["speaker-judges", "for-whom"],
)
def test_non_starter_is_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For Moscow, NATO membership for Ukraine is a red line.", {("russia", "reject", "ukraine_nato_membership")}),
        (
            "Peskov said NATO membership for Ukraine was a red line for Russia.",
            {("russia", "reject", "ukraine_nato_membership")},
        ),
        (
            "The Kremlin said NATO membership for Ukraine remained a red line.",
            {("russia", "reject", "ukraine_nato_membership")},
        ),
    ],
    ids=["fronted-for", "trailing-for", "remained"],
)
def test_red_line_is_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov said the presence of foreign troops in Ukraine was unacceptable.",
            {("sergei_lavrov", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "Kyiv has called the withdrawal of its troops from Donbas unacceptable.",
            {("ukraine", "reject", "annexed_territory")},
        ),
        (
            "For the Kremlin, any deployment of Western troops in Ukraine remains unacceptable.",
            {("russia", "reject", "foreign_troops_in_ukraine")},
        ),
    ],
    ids=["was-unacceptable", "called-unacceptable", "remains-unacceptable-for"],
)
def test_unacceptable_is_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelenskyy reluctantly agreed to the energy ceasefire.",
            {("volodymyr_zelenskyy", "concede", "partial_ceasefire")},
        ),
        (
            "Putin grudgingly accepted a pause in attacks on power plants.",
            {("vladimir_putin", "concede", "partial_ceasefire")},
        ),
    ],
    ids=["reluctantly-agreed", "grudgingly-accepted"],
)
def test_reluctant_agreement_is_concession(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia wants Ukraine to drop its bid to join NATO.", {("russia", "reject", "ukraine_nato_membership")}),
        ("Moscow wants Kyiv to abandon its NATO aspirations.", {("russia", "reject", "ukraine_nato_membership")}),
        (
            "The Russian leader demanded an end to Western arms deliveries.",
            {("vladimir_putin", "demand", "halt_military_aid")},
        ),
    ],
    ids=["drop-its-bid", "abandon-aspirations", "end-to-a-cessation-topic"],
)
def test_reversing_verb_under_a_demand(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine will not relinquish Crimea, Zelenskyy said.", {("ukraine", "reject", "annexed_territory")}),
        ('"We will not give up Zaporizhzhia," Zelenskyy said.', {("volodymyr_zelenskyy", "reject", "annexed_territory")}),
        ("Ukraine will not cede territory to Russia, Zelenskyy said.", {("ukraine", "reject", "annexed_territory")}),
        (
            "Zelenskyy said Ukraine would never drop its bid to join NATO.",
            {("ukraine", "propose", "ukraine_nato_membership")},
        ),
    ],
    ids=["will-not-relinquish", "will-not-give-up", "will-not-cede", "never-drop-its-bid"],
)
def test_refusing_to_give_something_up_is_no_concession(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine gave up its demand for security guarantees.", {("ukraine", "concede", "security_guarantees")}),
        ("Russia has softened its demand for Ukraine's neutrality.", {("russia", "concede", "ukraine_demilitarization")}),
    ],
    ids=["gave-up-its-demand", "softened-its-demand"],
)
def test_giving_up_a_demand_is_concession(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelenskyy called for more military aid.", {("volodymyr_zelenskyy", "reject", "halt_military_aid")}),
        ("Kyiv wants continued US intelligence sharing.", {("ukraine", "reject", "halt_intelligence_sharing")}),
        (
            "Russia demanded a halt to intelligence sharing with Kyiv.",
            {("russia", "demand", "halt_intelligence_sharing")},
        ),
        ("Moscow wants the US to stop military aid to Ukraine.", {("russia", "demand", "halt_military_aid")}),
    ],
    ids=["more-aid", "continued-sharing", "halt-to-sharing", "stop-aid"],
)
def test_halt_topic_needs_a_stopping_word(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow has yet to accept the truce.", {("russia", "reject", "ceasefire")}),
        ("Russia declined to accept the 30-day ceasefire.", {("russia", "reject", "ceasefire")}),
        ("Putin said he was not ready for a full ceasefire.", {("vladimir_putin", "reject", "ceasefire")}),
        ("Ukraine is unwilling to hold elections under martial law.", {("ukraine", "reject", "ukraine_elections")}),
    ],
    ids=["has-yet-to", "declined-to", "not-ready", "unwilling"],
)
def test_reluctance_and_delay_are_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is firmly against NATO membership for Ukraine.", {("russia", "reject", "ukraine_nato_membership")}),
        ("Peskov said Russia was not against a prisoner swap.", {("russia", "support", "prisoner_exchange")}),
        ("Putin warned against deploying European troops in Ukraine.", {("vladimir_putin", "reject", "foreign_troops_in_ukraine")}),
        ("Europe voted against lifting sanctions on Russia.", {("europe", "reject", "sanctions_relief")}),
        ("Russia continued its strikes against energy infrastructure.", set()),
    ],
    ids=["is-against", "not-against", "warned-against", "voted-against", "against-as-plain-preposition"],
)
def test_against_as_a_predicate_is_rejection(claims_of, text, expected):
    assert claims_of(text) == expected


# -- clauses: whose position, and how far it reaches ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kremlin welcomed the ceasefire proposed by Trump.",
            {("russia", "support", "ceasefire"), ("donald_trump", "propose", "ceasefire")},
        ),
        (
            "Moscow rejected the peacekeeping force proposed by Britain and France.",
            {
                ("russia", "reject", "foreign_troops_in_ukraine"),
                ("united_kingdom", "propose", "foreign_troops_in_ukraine"),
                ("france", "propose", "foreign_troops_in_ukraine"),
            },
        ),
    ],
    ids=["welcomed-proposed-by", "rejected-proposed-by-two"],
)
def test_participle_with_agent_holds_its_own_position(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain and France met on Monday. They called for a European reassurance force.",
            {("united_kingdom", "demand", "foreign_troops_in_ukraine"), ("france", "demand", "foreign_troops_in_ukraine")},
        ),
        ("Russian officials met in Riyadh. They rejected a full ceasefire.", {("russia", "reject", "ceasefire")}),
    ],
    ids=["they-after-a-pair", "they-after-a-group"],
)
def test_plural_pronoun_after_coordinated_parties(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kremlin has said it will only agree to a broader ceasefire if the West halts weapons shipments.",
            {("russia", "support", "ceasefire"), ("russia", "demand", "halt_military_aid")},
        ),
        (
            "Zelenskyy said Ukraine would accept a ceasefire only if it came with security guarantees.",
            {("ukraine", "support", "ceasefire"), ("ukraine", "demand", "security_guarantees")},
        ),
        (
            "Russia is ready for a truce, but only if Ukraine drops its bid to join NATO.",
            {("russia", "support", "ceasefire"), ("russia", "reject", "ukraine_nato_membership")},
        ),
    ],
    ids=["only-if-a-halt", "only-if-guarantees", "only-if-reversed"],
)
def test_condition_on_a_position_is_a_demand(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said that Moscow wanted Western sanctions on its agricultural exports lifted first.",
            {("russia", "demand", "sanctions_relief")},
        ),
        (
            "Putin insists that any settlement must include Ukraine's neutrality.",
            {("vladimir_putin", "demand", "ukraine_demilitarization")},
        ),
    ],
    ids=["small-clause-subject-is-content", "full-clause-subject-is-not"],
)
def test_subject_of_a_bare_complement_is_in_scope(claims_of, text, expected):
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelenskyy said Ukraine remained committed to the energy truce.",
            {("ukraine", "support", "partial_ceasefire")},
        ),
        (
            "Russia has repeatedly said it would not tolerate any Western troops in Ukraine.",
            {("russia", "reject", "foreign_troops_in_ukraine")},
        ),
        (
            "Britain and France have pledged to keep supplying weapons to Ukraine.",
            {("united_kingdom", "reject", "halt_military_aid"), ("france", "reject", "halt_military_aid")},
        ),
    ],
    ids=["committed-to", "would-not-tolerate", "pledged-to-keep-supplying"],
)
def test_commitment_pledge_and_tolerance(claims_of, text, expected):
    assert claims_of(text) == expected


def test_coordinated_cues_each_make_a_claim(claims_of):
    text = "Putin rejected a full ceasefire but agreed to a pause in strikes on energy facilities."
    assert claims_of(text) == {
        ("vladimir_putin", "reject", "ceasefire"),
        ("vladimir_putin", "support", "partial_ceasefire"),
    }


def test_coordinated_complement_clauses_share_the_cue(claims_of):
    text = (
        "Lavrov has said that a settlement would require Kyiv to stop seeking NATO membership"
        " and that it give up the annexed regions."
    )
    assert claims_of(text) == {
        ("sergei_lavrov", "reject", "ukraine_nato_membership"),
        ("sergei_lavrov", "demand", "annexed_territory"),
    }


def test_possessive_pronoun_holds_a_noun_cue_in_another_clause(claims_of):
    # "its" is Russia's (the party of the insisting subject); the insistence reaches the
    # topic too, through the opposition, and so is Putin's own rejection
    text = (
        "Putin insists that any settlement must address the causes of the war,"
        " above all its opposition to NATO expansion."
    )
    assert claims_of(text) == {("russia", "reject", "nato_expansion"), ("vladimir_putin", "reject", "nato_expansion")}


def test_possessive_pronoun_on_the_object_of_a_cue_is_no_second_holder(claims_of):
    text = "Kyiv rejected their demand for neutrality."
    assert claims_of(text) == {("ukraine", "reject", "ukraine_demilitarization")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow and Kyiv agreed to swap 150 prisoners of war each.",
            {("russia", "support", "prisoner_exchange"), ("ukraine", "support", "prisoner_exchange")},
        ),
        ("The Russian leader demanded an end to Western arms deliveries.", {("vladimir_putin", "demand", "halt_military_aid")}),
        ("Hungary has opposed lifting sanctions on Russia's banks.", {("hungary", "reject", "sanctions_relief")}),
    ],
    ids=["inner-plural", "plural-in-y", "two-words-inflected"],
)
def test_inflected_topic_phrase_is_found(claims_of, text, expected):
    assert claims_of(text) == expected


def test_accusation_needs_no_topic(claims_of):
    assert claims_of("Zelenskyy accused Putin of dragging out the talks.") == {
        ("volodymyr_zelenskyy", "accuse", "russia")
    }


# -- evidence and repeatability -------------------------------------------------------------

ARTICLE = (
    "Talks in Riyadh ended late on Monday.\n\n"
    "The Kremlin rejected a general ceasefire. Zelenskyy called for an exchange of prisoners,"
    ' and Lavrov said: "Western peacekeepers are unacceptable to us."\n'
    "Kyiv said Russia struck a power plant overnight."
)


def test_evidence_offsets_point_at_the_sentence(extract):
    document = Document.from_text(ARTICLE, "t.txt")
    claims = extract(ARTICLE).claims
    assert len(claims) == 4
    for claim in claims:
        evidence = claim.evidence
        assert evidence.document_id == document.id
        assert document.text[evidence.start:evidence.end] == evidence.sentence
    assert {c.evidence.sentence for c in claims} == {
        "The Kremlin rejected a general ceasefire.",
        "Zelenskyy called for an exchange of prisoners,"
        ' and Lavrov said: "Western peacekeepers are unacceptable to us."',
        "Kyiv said Russia struck a power plant overnight.",
    }


def test_two_runs_give_identical_claims(extract):
    first, second = extract(ARTICLE), extract(ARTICLE)
    assert first.claims == second.claims
    assert first.actors == second.actors



def test_not_ruling_out_taking_part_is_weak_support_not_rejection(claims_of):
    text = "Canada has not ruled out taking part in a European reassurance force."
    assert claims_of(text) == {("canada", "support", "foreign_troops_in_ukraine")}


def test_accusation_names_what_was_breached_and_what_was_hit(extract):
    claims = extract("Moscow accused Kyiv of breaching the truce by shelling a power plant.").claims
    assert [(c.actor, c.stance, c.target_actor, c.topic, c.infrastructure) for c in claims] == [
        ("russia", "accuse", "ukraine", "ceasefire", ("energy",))
    ]


def test_accusation_topic_is_not_where_the_strike_fell(extract):
    claims = extract("Russia accused Ukraine of attacking a gas pumping station in the Kursk region.").claims
    assert [(c.actor, c.target_actor, c.topic) for c in claims] == [("russia", "ukraine", None)]


def test_balking_at_another_party_s_proposal(claims_of):
    text = "Putin balked at the American proposal for an immediate truce."
    assert claims_of(text) == {
        ("vladimir_putin", "reject", "ceasefire"),
        ("united_states", "propose", "ceasefire"),
    }


def test_clauses_joined_by_a_semicolon_hold_their_own_positions(claims_of):
    text = "Kyiv wants a 30-day truce; Moscow insists on a halt to Western arms supplies first."
    assert claims_of(text) == {
        ("ukraine", "demand", "ceasefire"),
        ("russia", "demand", "halt_military_aid"),
    }


def test_a_reversing_verb_does_not_reach_its_coordinated_sibling(claims_of):
    text = "Moscow is demanding that Kyiv abandon its NATO aspirations and cap its armed forces."
    assert claims_of(text) == {
        ("russia", "reject", "ukraine_nato_membership"),
        ("russia", "demand", "limit_ukraine_army"),
    }


def test_a_plan_drawn_up_by_two_capitals(claims_of):
    text = "London and Paris are drawing up plans for a reassurance force, officials said."
    assert claims_of(text) == {
        ("united_kingdom", "propose", "foreign_troops_in_ukraine"),
        ("france", "propose", "foreign_troops_in_ukraine"),
    }


def test_a_noun_cue_keeps_the_object_the_parser_hung_on_its_verb(claims_of):
    text = "Russian officials have signalled openness to a maritime truce."
    assert claims_of(text) == {("russia", "support", "maritime_ceasefire")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU said it would not lift sanctions on Russian banks.",
         {("europe", "reject", "sanctions_relief")}),
        ("Britain will send troops to Ukraine once a deal is signed, Starmer said.",
         {("united_kingdom", "support", "foreign_troops_in_ukraine")}),
        ("Russia annexed Crimea in 2014.", set()),
    ],
    ids=["will-not-lift", "will-send", "past-fact-is-no-position"],
)
def test_a_stated_intention_to_do_what_a_topic_names(claims_of, text, expected):
    assert claims_of(text) == expected
