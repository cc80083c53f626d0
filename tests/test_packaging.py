"""What `pip install .` puts in site-packages: one import package, nothing named graph or schema."""

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from stancegraph.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]

IMPORT_EVERY_SUBPACKAGE = (
    "import stancegraph.queries, stancegraph.loaders, stancegraph.graph, stancegraph.schema\n"
    "import stancegraph.cli, stancegraph.pipeline, stancegraph.commands\n"
    "import stancegraph.loaders.extraction.passes, stancegraph.loaders.extraction.learned.extractor\n"
    "from stancegraph.loaders.extraction.learned.model import load_model\n"
    "from stancegraph.loaders.lexicon import load_lexicon\n"
    "load_model(), load_lexicon()\n"
    "print(stancegraph.__file__)\n"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(folder)],
        check=True,
    )
    return next(folder.glob("stancegraph-*.whl"))


@pytest.mark.slow
def test_wheel_installs_only_the_stancegraph_package(wheel):
    tops = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"stancegraph"}
    names = set(zipfile.ZipFile(wheel).namelist())
    for sub in ("schema", "graph", "graph/export", "loaders", "loaders/extraction",
                "loaders/extraction/passes", "loaders/extraction/learned", "queries", "commands"):
        assert f"stancegraph/{sub}/__init__.py" in names
    assert "stancegraph/loaders/extraction/learned/claims.json" in names
    assert "stancegraph/loaders/english.yaml" in names
    assert "stancegraph/packs/russia_ukraine_2025.yaml" in names
    assert "stancegraph/loaders/cues.yaml" in names


@pytest.mark.slow
def test_normal_install_imports_every_subpackage_from_the_repository_root(wheel, tmp_path):
    # A fresh environment holding the built wheel, not the editable install; the
    # dependencies come from this environment's site-packages through a .pth line (whose
    # own .pth files, the editable finder among them, are not run).
    env = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    site = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site,
                    str(wheel)], check=True)
    result = subprocess.run([python, "-c", IMPORT_EVERY_SUBPACKAGE], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ""})
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(site)


def test_editable_install_imports_every_subpackage_from_the_repository_root():
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERY_SUBPACKAGE], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_top_level_graph_or_schema_package_is_installed():
    code = ("import importlib.util as u\n"
            "assert u.find_spec('schema') is None and u.find_spec('graph') is None\n")
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
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


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
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_ask_starts_without_networkx_pydantic_or_the_other_commands(tmp_path):
    """A query command reads rows into its view: no graph library, no model classes, and
    none of the modules of ingest, extract or push (the measured start-up depends on it)."""
    from stancegraph.loaders.packs import load_pack

    store = tmp_path / "store"
    with GraphStore.open(store) as graph_store:
        graph_store.write(load_pack())
    code = (
        "import sys\n"
        "from stancegraph.cli import cli\n"
        f"cli.main(['ask', 'who rejects foreign troops?', '--store', {str(store)!r}],\n"
        "         standalone_mode=False)\n"
        "heavy = ('networkx', 'pydantic', 'spacy', 'stancegraph.pipeline',\n"
        "         'stancegraph.commands.store', 'stancegraph.commands.neo4j')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "assert not loaded, f'imported by ask: {loaded}'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "No claim in the store matches" in result.stdout
