"""Stances and positions: the closed set and the rule that names a position, in one place."""

from __future__ import annotations

import doctest
import subprocess
import sys

import pytest

from stancegraph.schema import models, positions, words
from stancegraph.schema.positions import (
    POLARITY,
    POSITION_LABEL,
    RELATIONSHIP_TYPE,
    STANCES,
    position_about,
    position_id,
)


def test_every_stance_has_a_polarity_a_label_and_a_relationship_type():
    assert set(POLARITY) == set(POSITION_LABEL) == set(RELATIONSHIP_TYPE) == set(STANCES)
    assert len(set(POSITION_LABEL.values())) == len(STANCES)
    assert len(set(RELATIONSHIP_TYPE.values())) == len(STANCES)


@pytest.mark.parametrize(
    ("stance", "topic", "target", "expected"),
    [
        ("demand", "toll_plan", None, "board:demand:toll_plan"),
        ("concede", "toll_plan", None, "board:concede:toll_plan"),
        ("accuse", None, "ferry_company", "board:accuse:ferry_company"),
        ("accuse", "toll_plan", "ferry_company", "board:accuse:ferry_company__toll_plan"),
    ],
)
def test_a_position_is_named_by_actor_stance_and_what_it_is_about(stance, topic, target,
                                                                    expected):
    assert position_id("board", stance, position_about(stance, topic, target)) == expected


def test_importing_the_stances_builds_no_models():
    """Query code reads these constants; it must not pay for the pydantic models."""
    code = ("import sys\n"
            "from stancegraph.schema import POLARITY, positions, words\n"
            "assert 'pydantic' not in sys.modules and 'stancegraph.schema.models' not in "
            "sys.modules, sorted(m for m in sys.modules if 'pydantic' in m)\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("module", [models, positions, words], ids=lambda m: m.__name__)
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0
