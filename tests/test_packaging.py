"""What `pip install .` puts in site-packages: one import package, nothing named graph or schema."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_only_the_stancegraph_package(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
    )
    wheel = next(tmp_path.glob("stancegraph-*.whl"))
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"stancegraph"}
    names = set(zipfile.ZipFile(wheel).namelist())
    for sub in ("schema", "graph", "loaders", "queries"):
        assert f"stancegraph/{sub}/__init__.py" in names
    assert "stancegraph/packs/russia_ukraine_2025.yaml" in names
    assert "stancegraph/loaders/cues.yaml" in names


def test_subpackages_import_and_top_level_names_do_not():
    code = (
        "import stancegraph.schema, stancegraph.graph, stancegraph.loaders, stancegraph.queries\n"
        "import importlib.util as u\n"
        "assert u.find_spec('schema') is None and u.find_spec('graph') is None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")


def test_query_startup_does_not_import_spacy():
    code = (
        "import sys, stancegraph.cli, stancegraph.graph.store, stancegraph.queries\n"
        "assert 'spacy' not in sys.modules, 'spacy imported at start-up'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")
