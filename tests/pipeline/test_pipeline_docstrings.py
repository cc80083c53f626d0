"""The examples in the docstrings of the application's modules and the readers run."""

import doctest
import importlib

import pytest

MODULES = ["stancegraph.pipeline", "stancegraph.parallel", "stancegraph.claims_folder",
           "stancegraph.loaders.documents"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    failures, tried = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0
