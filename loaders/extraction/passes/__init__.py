"""Claim passes: each reads one phenomenon in a parsed sentence and returns what it found.

A pass declares which sentences the cheap pass must have parsed for it (``wants``, on a
``Survey`` of the tokenized sentence) and reads a parsed ``Sentence`` into a ``Found``:
its claims, the tokens it covered (so that later passes do not read them again) and, for a
noun cue, the position a following list may spell out. Passes never change shared state:
the engine threads a ``Reading`` from one pass to the next. They run in the order of
``PASSES``; a new phenomenon is one module here and one line below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from stancegraph.loaders.extraction.resources import PackResources
from stancegraph.loaders.extraction.sentence import Holder, Sentence
from stancegraph.schema import Claim


@dataclass(frozen=True)
class Survey:
    """What the cheap pass knows of one sentence before anything is parsed."""

    index: int
    words: frozenset[str]
    """Its words, lower case."""
    stems: frozenset[str]
    """Its words' crude stems (``stancegraph.schema.words.stem``)."""
    first_word: str
    has_topic: bool
    """Whether a topic or infrastructure phrase of the pack (on stems) or "such"/"similar" is in it."""
    quoted: bool
    """Whether it overlaps a quotation."""
    names_party: bool = True
    """Whether it may name a party: a pack actor's mention, or a word that may stand for
    one (a pronoun, "both sides")."""
    follows_topic: bool = False
    """Whether the sentence before it names a topic phrase of the pack."""


@dataclass(frozen=True)
class ListCue:
    """A noun cue's position ("Moscow's conditions"), which a following sentence may list."""

    stance: str
    holders: tuple[Holder, ...]
    base: int


@dataclass(frozen=True)
class PlanInMind:
    """The plan or agreement the document last named with its authors ("the US plan",
    "the accord Thailand and Cambodia signed"), which "it" and "the plan" point back to."""

    authors: tuple[Holder, ...]
    is_agreement: bool
    """Signed by its authors (whose contents they support), not put forward (proposed)."""
    base: int
    """Where the sentence naming it starts."""


@dataclass(frozen=True)
class Reading:
    """What earlier passes found, handed to the next: tokens of this sentence already read
    by a cue, the last noun cue of the document so far, and the plan in mind."""

    covered: frozenset[int] = frozenset()
    list_cue: ListCue | None = None
    plan: PlanInMind | None = None

    def after(self, found: Found) -> Reading:
        return Reading(self.covered | found.covered, found.list_cue or self.list_cue,
                       found.plan or self.plan)

    def next_sentence(self) -> Reading:
        return Reading(frozenset(), self.list_cue, self.plan)


@dataclass(frozen=True)
class Found:
    """What a pass read in one sentence."""

    claims: tuple[Claim, ...] = ()
    covered: frozenset[int] = frozenset()
    list_cue: ListCue | None = None
    plan: PlanInMind | None = None


NOTHING = Found()


class ClaimPass(Protocol):
    name: str

    def wants(self, survey: Survey) -> tuple[int, ...]:
        """Offsets of the sentences to parse for this one (0 itself, -1 the one before); () for none."""

    def read(self, sentence: Sentence, reading: Reading) -> Found:
        """The claims of one parsed sentence."""


PassFactory = Callable[[PackResources], ClaimPass]


def default_passes() -> dict[str, PassFactory]:
    """The passes of the rule engine, by name, in the order they run."""
    from stancegraph.loaders.extraction.passes import (
        accusations,
        agendas,
        answers,
        actions,
        alternatives,
        attack_reports,
        conditioning,
        criteria,
        efficacy,
        evaluations,
        exceptions,
        existentials,
        intentions,
        lists,
        means,
        missions,
        obligations,
        plan_contents,
        preconditions,
        predicates,
        quoted_topics,
        requests,
        responses,
        stance_cues,
        threats,
        violations,
    )

    return {
        "plan_contents": plan_contents.PlanContents,
        "agendas": agendas.Agendas,
        "stance_cues": stance_cues.StanceCues,
        "conditioning": conditioning.Conditioning,
        "preconditions": preconditions.Preconditions,
        "criteria": criteria.Criteria,
        "accusations": accusations.Accusations,
        "violations": violations.Violations,
        "attack_reports": attack_reports.AttackReports,
        "lists": lists.Lists,
        "intentions": intentions.Intentions,
        "threats": threats.Threats,
        "actions": actions.Actions,
        "missions": missions.Missions,
        "obligations": obligations.Obligations,
        "evaluations": evaluations.Evaluations,
        "predicates": predicates.Predicates,
        "existentials": existentials.Existentials,
        "exceptions": exceptions.Exceptions,
        "answers": answers.Answers,
        "efficacy": efficacy.Efficacy,
        "means": means.Means,
        "alternatives": alternatives.Alternatives,
        "requests": requests.Requests,
        "responses": responses.Responses,
        "quoted_topics": quoted_topics.QuotedTopics,
    }
