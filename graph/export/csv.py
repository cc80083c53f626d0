"""CSV export: a folder of files that ``neo4j-admin database import`` loads into Neo4j.

One file per node label (``nodes_Actor.csv``) and one per relationship type
(``relationships_DEMANDS.csv``), each with its header line: ``:ID`` (the graph's node id,
used to link relationships and not stored), ``:LABEL``, ``:START_ID``, ``:END_ID``,
``:TYPE`` and typed property columns (``start:long``, ``confidence:double``,
``aliases:string[]``). The nodes and properties are those the Cypher export creates.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import networkx as nx

from stancegraph.graph.export.items import (
    ExportError,
    graph_items,
    neo4j_groups,
    text_destination,
)
from stancegraph.graph.model import NODE_LABELS, RELATIONSHIP_TYPES

__all__ = ["DEFAULT_ARRAY_DELIMITER", "CsvExport", "export_csv"]

DEFAULT_ARRAY_DELIMITER = ";"
"""neo4j-admin's own default for separating the items of an array column."""


@dataclass(frozen=True)
class CsvExport:
    """The files one ``export_csv`` wrote, and how to import them."""

    folder: Path
    node_files: tuple[Path, ...]
    relationship_files: tuple[Path, ...]
    array_delimiter: str = DEFAULT_ARRAY_DELIMITER

    def neo4j_admin_arguments(self, database: str = "neo4j") -> list[str]:
        """Return the arguments of ``neo4j-admin`` that import these files.

        The database name comes first (after ``full``), as Neo4j 5.19 and later need.
        ``--multiline-fields=true`` because sentences may hold line breaks.

        >>> export = CsvExport(Path("out"), (Path("out/nodes_Actor.csv"),),
        ...                    (Path("out/relationships_SPEAKS_FOR.csv"),))
        >>> export.neo4j_admin_arguments()
        ['database', 'import', 'full', 'neo4j', '--nodes=out/nodes_Actor.csv', '--relationships=out/relationships_SPEAKS_FOR.csv', '--id-type=string', '--array-delimiter=;', '--multiline-fields=true']
        """
        return [
            "database", "import", "full", database,
            *(f"--nodes={path}" for path in self.node_files),
            *(f"--relationships={path}" for path in self.relationship_files),
            "--id-type=string",
            f"--array-delimiter={self.array_delimiter}",
            "--multiline-fields=true",
        ]

    def neo4j_admin_command(self, database: str = "neo4j") -> str:
        """Return the shell command line that imports these files into ``database``."""
        return shlex.join(["neo4j-admin", *self.neo4j_admin_arguments(database)])


def node_file_name(label: str) -> str:
    """Return the name of the file holding one label's nodes.

    >>> node_file_name("Actor")
    'nodes_Actor.csv'
    """
    return f"nodes_{label}.csv"


def relationship_file_name(relationship_type: str) -> str:
    """Return the name of the file holding one type's relationships.

    >>> relationship_file_name("DEMANDS")
    'relationships_DEMANDS.csv'
    """
    return f"relationships_{relationship_type}.csv"


def export_csv(
    graph: nx.MultiDiGraph,
    folder: str | Path,
    *,
    array_delimiter: str = DEFAULT_ARRAY_DELIMITER,
) -> CsvExport:
    """Write the graph as CSV files for ``neo4j-admin database import``.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A stance graph, as ``build_graph`` or ``GraphStore.load_graph`` return it.
    folder : str or path
        Where to write; created if missing. Files of an earlier export for labels or types
        this graph no longer has are removed; no other file is touched.
    array_delimiter : str, default ";"
        Separates the items of list properties; pass the same to neo4j-admin.

    Returns
    -------
    CsvExport
        The files written, and ``neo4j_admin_command()`` to import them.

    Raises
    ------
    ExportError
        As ``graph_items`` and ``neo4j_groups`` do; if a list item holds the array
        delimiter, a property mixes kinds of value, or the folder cannot be written.

    Notes
    -----
    Every string is quoted, with ``"`` doubled; numbers and booleans are not; a missing
    value is an empty field, an empty string the field ``""`` (neo4j-admin keeps the two
    apart). Files are UTF-8 with ``\\n`` line ends; each is written atomically.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> graph = nx.MultiDiGraph()
    >>> graph.add_node("actor:russia", label="Actor", id="russia", name='The "Kremlin" says',
    ...                aliases='["Moscow"]')
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     export = export_csv(graph, folder)
    ...     print(export.node_files[0].read_text(encoding="utf-8"), end="")
    :ID,:LABEL,id:string,aliases:string[],name:string
    "actor:russia","Actor","russia","Moscow","The ""Kremlin"" says"
    """
    if len(array_delimiter) != 1 or array_delimiter in '"\n\r,':
        raise ExportError(
            f"EXPORT: the array delimiter must be one character other than a comma, a quote "
            f"or a line break, got {array_delimiter!r}"
        )
    node_groups, relationship_groups = neo4j_groups(graph_items(graph))
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ExportError(f"EXPORT: {target} is a file; CSV export writes a folder")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"EXPORT: cannot create {target}: {error.strerror or error}") from error

    node_files: list[Path] = []
    for group in node_groups:
        rows = [{"id": row.id, **row.properties} for row in group.rows]
        columns = _columns(rows, f"{group.label} nodes", first="id")
        path = target / node_file_name(group.label)
        with text_destination(path) as stream:
            _write_line(stream, [":ID", ":LABEL", *(f"{name}:{kind}" for name, kind in columns)])
            for row, values in zip(group.rows, rows):
                fields = [_quoted(row.node_id), _quoted(group.label)]
                fields += [_field(values.get(name), kind, array_delimiter, row.node_id, name)
                           for name, kind in columns]
                _write_line(stream, fields)
        node_files.append(path)

    by_type: dict[str, list[tuple[Any, ...]]] = {}
    for group in relationship_groups:
        by_type.setdefault(group.type, []).extend(
            (row.source_node_id, row.target_node_id, row.properties) for row in group.rows
        )
    relationship_files: list[Path] = []
    for relationship_type, rows in by_type.items():
        columns = _columns([properties for _, _, properties in rows], relationship_type)
        path = target / relationship_file_name(relationship_type)
        with text_destination(path) as stream:
            _write_line(stream, [":START_ID", ":END_ID", ":TYPE",
                                 *(f"{name}:{kind}" for name, kind in columns)])
            for source, end, properties in rows:
                where = f"{source} -> {end}"
                fields = [_quoted(source), _quoted(end), _quoted(relationship_type)]
                fields += [_field(properties.get(name), kind, array_delimiter, where, name)
                           for name, kind in columns]
                _write_line(stream, fields)
        relationship_files.append(path)

    _remove_stale_files(target, set(node_files) | set(relationship_files))
    return CsvExport(target, tuple(node_files), tuple(relationship_files), array_delimiter)


def _columns(
    rows: Sequence[dict[str, Any]], what: str, first: str | None = None
) -> list[tuple[str, str]]:
    """Return (name, neo4j-admin type) of every property, ``first`` first, then by name."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        for name, value in row.items():
            kinds.setdefault(name, set()).add(_kind(value))
    names = sorted(kinds, key=lambda name: (name != first, name))
    columns = []
    for name in names:
        found = kinds[name]
        if len(found) == 1:
            kind = next(iter(found))
        elif found <= {"long", "double"}:
            kind = "double"
        else:
            raise ExportError(
                f"EXPORT: {what}: property {name!r} holds values of kinds "
                f"{', '.join(sorted(found))}; a CSV column has one type"
            )
        columns.append((name, kind))
    return columns


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, list):
        return "string[]"
    return "string"


def _field(value: Any, kind: str, delimiter: str, where: str, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(float(value)) if kind == "double" else repr(value)
    if isinstance(value, list):
        for item in value:
            if delimiter in item:
                raise ExportError(
                    f"EXPORT: {where}: an item of {name}, {item[:80]!r}, holds the array "
                    f"delimiter {delimiter!r}; export with another array delimiter"
                )
        return _quoted(delimiter.join(value))
    return _quoted(value)


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _write_line(stream: IO[str], fields: list[str]) -> None:
    stream.write(",".join(fields) + "\n")


def _remove_stale_files(folder: Path, written: set[Path]) -> None:
    names = [node_file_name(label) for label in NODE_LABELS]
    names += [relationship_file_name(kind) for kind in RELATIONSHIP_TYPES]
    for name in names:
        path = folder / name
        if path not in written and path.is_file():
            path.unlink()
