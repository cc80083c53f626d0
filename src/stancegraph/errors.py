"""The project's error hierarchy: library code raises these, the CLI prints them in one line."""


class StancegraphError(Exception):
    """Base class of every error stancegraph raises on purpose."""


class InputError(StancegraphError):
    """A document could not be read: missing, empty, binary, badly encoded, too large."""


class PackError(StancegraphError):
    """A domain pack is malformed; the message names the file, line and field."""


class StoreError(StancegraphError):
    """The graph store cannot be opened, read or written."""


class BackendError(StancegraphError):
    """An external backend (Neo4j) failed or cannot be reached."""


class ExportError(StancegraphError):
    """A graph cannot be exported: a label, type, property or value no format may carry."""


class QueryError(StancegraphError):
    """A query names an actor, topic, category or stance the graph does not know.

    ``suggestions`` holds the closest known ids, best first, for the caller to show.
    """

    def __init__(self, message: str, suggestions=()) -> None:
        super().__init__(message)
        self.suggestions = tuple(suggestions)
