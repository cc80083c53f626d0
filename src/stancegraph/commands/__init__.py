"""The click commands, one module per concern; ``stancegraph.cli`` knows them by name.

``store`` (ingest, stats), ``extraction`` (extract, evaluate), ``schema``, ``exports``
(export), ``neo4j`` (push) and ``queries`` (ask, positions, who, compare, matrix); shared
options and error reporting in ``options``. Each command is a thin shell over a library
function: it parses options, calls the library, formats the result.
"""
