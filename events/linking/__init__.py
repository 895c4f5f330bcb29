"""One event, many reports: events from different reports that tell the same happening are
linked into one ``LinkedEvent`` with all its sources (``link_events``); each link says which
fields matched and how (``PairMatch``); an analyst's ``split`` gives ``NeverLink`` rows the
caller stores and hands back to the next run.

    link_events(events, never=(), rules=LinkRules()) -> Linking
    split(linking, link_id, event_id, by="", note="") -> list[NeverLink]
"""
from events.linking.group import Linking, LinkedEvent, NeverLink, link_events, split
from events.linking.rules import LinkRules, PairMatch, compare

__all__ = ["link_events", "split", "compare", "Linking", "LinkedEvent", "NeverLink", "LinkRules", "PairMatch"]
