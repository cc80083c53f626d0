"""Stances and the positions they make: the closed set, and the rule that names a position.

A claim is an actor's stance on a topic, or an accusation against a target actor. Each
distinct (actor, stance, topic or target) is one position: ``position_about`` says what a
position is about and ``position_id`` names it. The schema's ``Claim``, the graph builder
and the store's SQL counts all use these functions, so a position is spelled one way.

Plain data and pure functions of strings: cheap to import (no pydantic), so query
commands can use them without building the models.
"""

from __future__ import annotations

from typing import Literal, get_args

Stance = Literal["demand", "propose", "support", "reject", "concede", "accuse"]
Polarity = Literal["for", "against", "concede", "accuse"]

STANCES: tuple[str, ...] = get_args(Stance)
"""demand, propose, support, reject, concede, accuse: the order stances are listed in."""

POLARITY: dict[str, Polarity] = {
    "demand": "for",
    "propose": "for",
    "support": "for",
    "reject": "against",
    "concede": "concede",
    "accuse": "accuse",
}
"""Stance -> whether it is for or against its topic, a concession or an accusation."""

POSITION_LABEL: dict[str, str] = {
    "demand": "Demand",
    "propose": "Proposal",
    "support": "Support",
    "reject": "Rejection",
    "concede": "Concession",
    "accuse": "Accusation",
}
"""Stance -> the graph label of its position nodes."""

RELATIONSHIP_TYPE: dict[str, str] = {
    "demand": "DEMANDS",
    "propose": "PROPOSES",
    "support": "SUPPORTS",
    "reject": "REJECTS",
    "concede": "CONCEDES",
    "accuse": "ACCUSES",
}
"""Stance -> the type of the relationship from an actor to its position."""


def polarity_of(stance: Stance) -> Polarity:
    """Return whether a stance is for, against, a concession or an accusation.

    >>> polarity_of("propose")
    'for'
    """
    return POLARITY[stance]


def stances_with_polarity(polarity: Polarity) -> tuple[str, ...]:
    """The stances of one polarity, in ``STANCES`` order.

    >>> stances_with_polarity("for"), stances_with_polarity("against")
    (('demand', 'propose', 'support'), ('reject',))
    """
    return tuple(stance for stance in STANCES if POLARITY[stance] == polarity)


def position_about(stance: str, topic: str | None, target_actor: str | None) -> str:
    """Return what a position is about: its topic, or for an accusation whom it accuses.

    Parameters
    ----------
    stance : str
        One of ``STANCES``.
    topic, target_actor : str or None
        The claim's topic and, for accusations, the accused actor.

    Returns
    -------
    str
        The topic id; for an accusation the target, or ``target__topic`` when it names a
        topic.

    Examples
    --------
    >>> position_about("demand", "ceasefire", None)
    'ceasefire'
    >>> position_about("accuse", None, "russia"), position_about("accuse", "ceasefire", "russia")
    ('russia', 'russia__ceasefire')
    """
    if stance != "accuse":
        return f"{topic}"
    if topic:
        return f"{target_actor}__{topic}"
    return f"{target_actor}"


def position_id(actor: str, stance: str, about: str) -> str:
    """Return the id of the position (actor, stance, about); ``about`` is ``position_about``'s.

    >>> position_id("russia", "accuse", position_about("accuse", "ceasefire", "ukraine"))
    'russia:accuse:ukraine__ceasefire'
    """
    return f"{actor}:{stance}:{about}"
