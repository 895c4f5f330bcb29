"""Errors on reports and events; each message is one line a person can act on."""
from geo.errors import MarsadError


class ReportError(MarsadError):
    """A report file could not be read (empty, binary, undecodable, too large, malformed)."""


class StoreError(MarsadError):
    """The event store could not be opened or written."""


class LexiconError(MarsadError):
    """An actor or trigger lexicon (events/lexicon/*.csv) is missing or malformed."""
