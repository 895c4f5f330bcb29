"""Spellings an analyst adds to a gazetteer place ("Gasr Bin Ghashir" for Qasr Bin Ghashir),
used by the resolver from then on.

The shipped gazetteer is read-only and cached; an analyst's aliases live in the event store
(events.corrections) and are laid over a copy of its name indexes here. An added spelling
means that place and nothing else: it replaces whatever the spelling resolved to before.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from .errors import GazetteerError
from .gazetteer import Gazetteer, _eligible_for_text
from .normalise import loose_key, normalise
from .resolve import Resolver


def with_aliases(gaz: Gazetteer, aliases: Iterable[tuple[str, str]]) -> Gazetteer:
    """A copy of ``gaz`` that also knows each (spelling, place id) of ``aliases``."""
    pairs = list(aliases)
    if not pairs:
        return gaz
    exact, loose, mention = dict(gaz.exact), dict(gaz.loose), dict(gaz.mention)
    first_words = dict(gaz.first_words)
    for name, place_id in pairs:
        place = gaz.get(place_id)
        if place is None:
            raise GazetteerError(f"alias {name!r}: no gazetteer place has the id {place_id!r}")
        key = normalise(name)
        if not key:
            raise GazetteerError(f"alias {name!r}: the spelling has no letters")
        exact[key] = (place_id,)
        loose[loose_key(key)] = (place_id,)
        # Running text finds it too, unless it is a common word ("حاجة") or an airport code.
        if _eligible_for_text(name, key, place, curated=True):
            mention[key] = (place_id,)
            words = key.split(" ")
            first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return dataclasses.replace(gaz, exact=exact, loose=loose, mention=mention, first_words=first_words)


def resolver_with_aliases(resolver: Resolver, aliases: Iterable[tuple[str, str]]) -> Resolver:
    """A resolver like ``resolver`` (same fallback, same offline setting) over the gazetteer
    with ``aliases`` added; ``resolver`` itself when there are none."""
    pairs = list(aliases)
    if not pairs:
        return resolver
    return resolver.over(with_aliases(resolver.gazetteer, pairs))
