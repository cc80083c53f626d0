"""The examples in the query modules' docstrings run and print what they show."""

import doctest
import importlib

import pytest

# By name: the package's functions ``positions`` and ``who`` hide two of its modules.
MODULES = ["answers", "comparison", "positions", "questions", "resolution", "view"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(f"stancegraph.queries.{name}")
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0
