"""The English lexicon: stance cues (``cues.yaml``) and word classes (``english.yaml``).

Both files describe English, not one negotiation, and both are validated when loaded, the
way packs are: a misspelt field or class is an error naming the file and the line. Besides
the cue table the lexicon gives the inflected word forms used to decide cheaply, before
parsing, whether a sentence can carry a claim at all.
"""

from __future__ import annotations

import functools
from importlib import resources

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from stancegraph.loaders.yamldata import parse_model
from stancegraph.schema import Cue, PackLexicon
from stancegraph.schema.words import forms_of

Words = frozenset[str]


class CueTable(BaseModel):
    """``cues.yaml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cues: tuple[Cue, ...] = Field(min_length=1)


class EnglishWords(BaseModel):
    """``english.yaml``: the word classes the extractor reasons with (see the file)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first_person: Words
    personal: Words
    neuter: Words
    plural: Words
    possessive: Words
    relative: Words
    list_openers: Words
    list_verbs: Words
    pair_determiners: Words
    pointing_words: Words
    antecedent_words: Words
    reciprocal_words: Words
    negators: Words
    impossible_words: Words
    duty_nouns: Words
    efficacy_verbs: Words
    people_nouns: Words
    people_kinds: Words
    obligation: Words
    semi_modals: Words
    hedges: Words
    intent_auxiliaries: Words
    intent_frames: Words
    aspect_verbs: Words
    occurring_verbs: Words
    enacting_verbs: Words
    inflicting_verbs: Words
    mission_verbs: Words
    light_verbs: Words
    giving_verbs: Words
    leading_verbs: Words
    settling_verbs: Words
    more_words: Words
    condition_marks: Words
    prompt_conditions: Words
    lasting_conditions: Words
    lasting_marks: Words
    copulas: Words
    predicate_heads: Words
    governing_reversers: Words
    ceasing_verbs: Words
    forecasting_verbs: Words
    mutual_verbs: Words
    mutual_prepositions: Words
    progress_nouns: Words
    general_nouns: Words
    breaches: Words
    scrutiny: Words
    framing_verbs: Words
    prepositions: Words
    reluctance: Words
    reversers: Words
    stoppings: Words
    speech: Words
    outspoken: Words
    view_nouns: Words
    table_nouns: Words
    leaving_nouns: Words
    belief: Words
    allegation_nouns: Words
    franchise_words: Words
    complicity_nouns: Words
    condition_nouns: Words
    inclusion_nouns: Words
    talk_nouns: Words
    agenda_items: Words
    voicing_texts: Words
    manner_nouns: Words
    opinion_verbs: Words
    enquiry_nouns: Words
    asking_verbs: Words
    entitlement_nouns: Words
    linkage_words: Words
    regret_words: Words
    room_nouns: Words
    imputing_verbs: Words
    evidence_nouns: Words
    charging_verbs: Words
    abetting_verbs: Words
    answering_verbs: Words
    undergoing_verbs: Words
    leaving_verbs: Words
    examining_verbs: Words
    refusable_verbs: Words
    speaking_verbs: Words
    engagement_nouns: Words
    engaging_verbs: Words
    militant_nouns: Words
    voiceless_nouns: Words
    civil_society_words: Words
    content_nouns: Words
    portion_words: Words
    quantity_nouns: Words
    repelling_verbs: Words
    causing_verbs: Words
    obstructing_verbs: Words
    conditional_marks: Words
    conditioning_adjectives: Words
    linking_verbs: Words
    depending_verbs: Words
    draft_nouns: Words
    part_nouns: Words
    keeping_verbs: Words
    judging_verbs: Words
    naming_verbs: Words
    harmed_participles: Words
    purpose_nouns: Words
    summing_nouns: Words
    agenda_verbs: Words
    occasion_nouns: Words
    carrying_out_nouns: Words
    agreement_nouns: Words
    signing_verbs: Words
    joint_texts: Words
    content_verbs: Words
    truce_nouns: Words
    opening_verbs: Words
    presenting_verbs: Words
    arriving_verbs: Words
    violations: Words
    attempt_verbs: Words
    attack_nouns: Words
    waging_verbs: Words
    fighting_nouns: Words
    sparking_verbs: Words
    swaying_verbs: Words
    preventing_verbs: Words
    blame_nouns: Words
    framing_accusers: Words
    hostile_framings: Words
    positive_evaluations: Words
    negative_evaluations: Words
    neutral_evaluations: Words
    remedy_nouns: Words
    hearsay_nouns: Words
    rumour_sources: Words
    placing_verbs: Words
    quoting_verbs: Words
    breach_nouns: Words
    bargaining_nouns: Words
    rival_nouns: Words
    countering_words: Words
    signature_nouns: Words
    equating_verbs: Words
    mediator_nouns: Words
    commenting_verbs: Words
    withholding_verbs: Words
    measuring_verbs: Words
    yardstick_nouns: Words
    question_nouns: Words
    sending_verbs: Words
    outcome_nouns: Words
    accepting_verbs: Words
    binding_verbs: Words
    unsettled_words: Words
    evaluation_phrases: dict[str, Literal[-1, 1]]
    reaction_verbs: Words
    institution_nouns: Words
    body_nouns: Words
    portfolio_words: Words
    circumstance_preps: Words
    setting_preps: Words
    closing_verbs: Words
    perception_verbs: Words
    harmless_charges: Words
    sport_words: Words
    response_nouns: Words
    time_nouns: Words
    revision_nouns: Words
    participation_words: Words
    preferring_verbs: Words
    frame_nouns: Words
    commentator_nouns: Words
    outlet_nouns: Words
    crowd_origins: Words
    analyst_nouns: Words
    former_words: Words
    study_places: Words
    pair_nouns: Words
    pair_plurals: Words
    group_numbers: dict[str, int]
    meeting_verbs: Words
    listing_words: Words
    anaphoric_nouns: Words
    group_nouns: Words
    official_nouns: Words
    one_official_titles: Words
    request_nouns: Words
    office_nouns: Words
    coordination_joints: Words
    pair_joints: Words
    coordinators: Words
    owner_prepositions: Words
    judge_prepositions: Words
    member_prepositions: Words
    posted_nouns: Words
    object_prepositions: Words

    @functools.cached_property
    def pronouns(self) -> Words:
        return self.first_person | self.personal | self.neuter | self.plural


class Lexicon:
    """The cue table, indexed by lemma, and the word classes (``lexicon.words``)."""

    def __init__(self, cues: tuple[Cue, ...], words: EnglishWords):
        self.cues = cues
        self.words = words
        by_lemma: dict[str, list[Cue]] = {}
        for cue in cues:
            by_lemma.setdefault(cue.lemma.split("-")[-1], []).append(cue)
        self.by_lemma = {lemma: tuple(found) for lemma, found in by_lemma.items()}
        self._cue_keys: dict[int, bool] = {}
        """String key -> whether its string is in ``cue_words`` (``is_cue_word``)."""

    def cues_for(self, lemma: str, pos: str, form: str = "") -> tuple[Cue, ...]:
        """The cues a token with this lemma (or, failing that, word form) and part of speech may be.

        The word form is a fallback for the lemmatizer's slips ("hopes" -> "hop").
        """
        found = tuple(c for c in self.by_lemma.get(lemma, ()) if pos in c.pos)
        if found or not form:
            return found
        return tuple(c for c in self.by_lemma.get(self.form_lemmas.get(form, ""), ()) if pos in c.pos)

    @functools.cached_property
    def cue_words(self) -> frozenset[str]:
        """Every lemma and word form that may be a cue: a cheap test before ``cues_for``
        (the verbs that are one when refused included)."""
        return frozenset(self.by_lemma) | frozenset(self.form_lemmas) | self.words.refusable_verbs

    def is_cue_word(self, strings, key: int) -> bool:
        """Whether the string ``key`` stands for in ``strings`` (a lemma or a word's lower
        case, as spaCy's token arrays hold them), lower-cased, is in ``cue_words``: each
        string is tested once a process."""
        known = self._cue_keys.get(key)
        if known is None:
            known = self._cue_keys[key] = strings[key].lower() in self.cue_words
        return known

    @functools.cached_property
    def form_lemmas(self) -> dict[str, str]:
        """Inflected form -> cue lemma, for forms that belong to one cue lemma only."""
        owners: dict[str, set[str]] = {}
        for lemma in self.by_lemma:
            for form in inflections(lemma):
                owners.setdefault(form, set()).add(lemma)
        return {form: next(iter(lemmas)) for form, lemmas in owners.items() if len(lemmas) == 1}

    def forms(self, lemmas: set[str] | frozenset[str]) -> frozenset[str]:
        """Lower-case word forms of the given lemmas."""
        found: set[str] = set()
        for lemma in lemmas:
            found.update(inflections(lemma))
        return frozenset(found)

    def extended(self, additions: PackLexicon) -> Lexicon:
        """This lexicon with a pack's own cues, stopping words and reversers added."""
        if not (additions.cues or additions.stoppings or additions.reversers):
            return self
        words = self.words.model_copy(update={
            "stoppings": self.words.stoppings | frozenset(additions.stoppings),
            "reversers": self.words.reversers | frozenset(additions.reversers),
        })
        return Lexicon(additions.cues + self.cues, words)  # a pack's cue wins over the built-in one

    def stance_forms(self) -> frozenset[str]:
        """Word forms of every stance cue (accusations included), and of the verbs that are
        one when refused."""
        return self.forms({c.lemma.split("-")[-1] for c in self.cues} | self.words.refusable_verbs)

    def companion_words(self) -> dict[str, frozenset[str]]:
        """For each word form of a cue that is one only with a word of its own ("call for",
        "said no to"), those words; a form that is also some cue on its own is left out."""
        free = self.forms({lemma for lemma, cues in self.by_lemma.items() if any(not c.with_word for c in cues)}
                          | self.words.refusable_verbs)
        return {form: frozenset(c.with_word for c in cues)
                for lemma, cues in self.by_lemma.items() if all(c.with_word for c in cues)
                for form in self.forms({lemma}) if form not in free}

    def accusation_forms(self) -> frozenset[str]:
        return self.forms({c.lemma for c in self.cues if c.stance == "accuse"})


def inflections(lemma: str) -> set[str]:
    """Likely inflected forms of an English verb or noun (over-generation is harmless).

    >>> sorted(inflections("drop"))[:4]
    ['drop', 'dropped', 'dropping', 'drops']
    """
    if " " in lemma:  # a verb and its particle: "winding down", "wound down"
        verb, rest = lemma.split(" ", 1)
        return {f"{form} {rest}" for form in inflections(verb)}
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    if len(lemma) >= 3 and lemma.endswith("l") and lemma[-2] in "aeiou":
        forms.update({lemma + "led", lemma + "ling"})  # British: "initialled", "fuelled", "dialling"
    forms.update(forms_of(lemma))
    return forms


def read_lexicon(cues_text: str, words_text: str, cues_label: str = "cues.yaml",
                 words_label: str = "english.yaml") -> Lexicon:
    """Validate the two lexicon files' texts into a ``Lexicon``.

    Raises
    ------
    StancegraphError
        One line naming the file, the line and the field at fault.
    """
    table = parse_model(cues_text, cues_label, CueTable, expected="a mapping with cues")
    words = parse_model(words_text, words_label, EnglishWords,
                        expected="a mapping of word classes")
    return Lexicon(table.cues, words)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``cues.yaml`` and ``english.yaml`` shipped beside this module, once a process."""
    here = resources.files("stancegraph.loaders")
    return read_lexicon(here.joinpath("cues.yaml").read_text("utf-8"),
                        here.joinpath("english.yaml").read_text("utf-8"),
                        str(here.joinpath("cues.yaml")), str(here.joinpath("english.yaml")))
