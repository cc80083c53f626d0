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
    for sub in ("schema", "graph", "graph/export", "loaders", "queries", "commands"):
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
        "import stancegraph.queries.answers, stancegraph.queries.comparison\n"
        "import stancegraph.queries.positions, stancegraph.queries.questions\n"
        "import stancegraph.queries.resolution, stancegraph.queries.view\n"
        "import stancegraph.queries.vocabulary, stancegraph.commands.queries\n"
        "nlp = ('stancegraph.loaders.extraction', 'stancegraph.loaders.mentions',\n"
        "       'stancegraph.loaders.nlp')\n"
        "loaded = [m for m in sys.modules\n"
        "          if m.split('.')[0] in ('spacy', 'thinc') or m.startswith(nlp)]\n"
        "assert not loaded, f'imported at start-up: {loaded}'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")


def test_query_commands_run_without_importing_spacy(tmp_path):
    # A store holding the pack's entities and no claims: every command runs to the end.
    code = (
        "import sys\n"
        "from stancegraph.graph.store import GraphStore\n"
        "from stancegraph.loaders.packs import load_pack\n"
        "from stancegraph.cli import cli\n"
        f"store = {str(tmp_path / 'store')!r}\n"
        "with GraphStore.open(store) as graph_store:\n"
        "    graph_store.write(load_pack())\n"
        "for args in (['ask', 'who rejects foreign troops?'], ['who', 'reject', 'troops'],\n"
        "             ['positions', 'Kremlin'], ['compare', 'russia', 'ukraine'], ['matrix']):\n"
        "    cli.main([*args, '--store', store], standalone_mode=False)\n"
        "assert 'spacy' not in sys.modules, 'spacy imported by a query command'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd="/", capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
