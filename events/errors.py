"""Errors on reports and events; each message is one line a person can act on."""
from geo.errors import MarsadError


class ReportError(MarsadError):
    """A report file could not be read (empty, binary, undecodable, too large, malformed)."""


class StoreError(MarsadError):
    """The event store could not be opened or written."""


class LexiconError(MarsadError):
    """An actor or trigger lexicon (events/lexicon/*.csv) is missing or malformed."""


def printable(name: str) -> str:
    """A file name as it may appear in a one-line message: line breaks, tabs and terminal
    escapes (all legal in a Linux file name) are shown as \\n, \\t, \\x1b, so a name can never
    split a message or drive the terminal it is printed on."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)
