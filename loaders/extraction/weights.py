"""How sure the rule engine is of what it reads: every confidence it assigns, in one table.

A claim's confidence is its cue's (``cues.yaml``, 0.8 unless set), times the weight of the
way it was read (below), times its holder's confidence, clipped to [``floor``, 1].
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    # claims read without a cue of their own
    condition: float = 0.6
    """A demand read from a condition set on a position ("will agree only if X")."""
    listed: float = 0.7
    """An item of a list spelling out positions named before ("These include X")."""
    quoted_topic: float = 0.45
    """A topic a party's speaker mentions in a quotation, with no cue."""
    stated_intention: float = 0.5
    """A party's stated intention to do what a topic names ("will not lift sanctions")."""
    plan_content: float = 0.6
    """What a plan says, as its author's proposal; what an agreement says, as its signatories'."""
    action: float = 0.5
    """A party's act on a topic, done or under way ("has suspended intelligence sharing")."""
    threat: float = 0.6
    """What a party warns it will answer with ("would be met with full force, the army warned")."""
    evaluation: float = 0.55
    """A party's evaluation of a topic ("a step in the right direction") as its stance."""
    existential: float = 0.7
    """A party saying "there will be no X" as its rejection of X."""
    answer: float = 0.6
    """A party's short answer ("said no") to a question about a topic."""
    response: float = 0.6
    """A bare response to what was just put forward ("X proposed a truce. Y agreed.")."""
    efficacy: float = 0.6
    """A party saying a topic will not work ("sanctions have never solved anything")."""
    means: float = 0.6
    """A party saying a dispute will be settled through a topic ("through bilateral channels")."""
    criterion: float = 0.6
    """What a party will judge a deal by ("will judge it by whether the troops leave")."""
    accusation: float = 0.7
    """An accusation, by a cue or by a report of an attack."""
    # polarity
    reversed_rejection: float = 0.5
    """A rejection reversed ("has not ruled out X"): weak support."""
    reversed_support: float = 0.9
    """A demand, proposal or support reversed: a rejection."""
    reversed_other: float = 0.7
    """A concession or accusation under an odd number of reversals."""
    kept_stance: float = 0.9
    """Refusing to give something up ("will not drop its bid for X")."""
    # holders
    pair: float = 0.8
    """Each party of "both sides", "the two leaders"."""
    known_entity: float = 0.8
    """A pack actor recognised only through a named entity (a misspelt full name)."""
    new_entity: float = 0.6
    """An actor the pack does not know, from the named-entity recognizer."""
    governing_pronoun: float = 0.9
    """A pronoun resolved to the subject of the clause above it."""
    antecedent_pronoun: float = 0.8
    """A pronoun resolved to an actor named before it."""
    group_pronoun: float = 0.7
    """"They" resolved to parties named together before it."""
    floor: float = 0.05
    """No claim is less sure than this."""


WEIGHTS = Weights()
