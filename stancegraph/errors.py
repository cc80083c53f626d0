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
