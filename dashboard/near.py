"""Where "within N km of <place>" is: the typed name (Arabic or English, any spelling the
gazetteer knows) settled by the geo resolver's public API, as events/ settles place names.
Only the local gazetteer is asked: a filter must answer at typing speed, offline too.
"""
from __future__ import annotations

import dataclasses

from dashboard.filters import Filters
from geo.errors import MarsadError


class PlaceNotFound(MarsadError):
    """A typed place name that the gazetteer does not know."""


def locate(filters: Filters, resolver) -> Filters:
    """`filters` with near_point and near_label set from its `near` name; unchanged without
    one. Raises PlaceNotFound (one line, saying what to do) for a name nobody knows."""
    if not filters.near:
        return filters
    try:
        res = resolver.resolve(filters.near, offline=True)
    except MarsadError as exc:
        raise PlaceNotFound(f"“{filters.near}” cannot be a place name ({exc})") from None
    place = res.place
    if place is None or place.lat is None or place.lon is None:
        raise PlaceNotFound(f"No place called “{filters.near}” in the gazetteer: check the spelling, "
                            "or use the region filter")
    label = place.name_en or place.name_ar or filters.near
    if place.name_en and place.name_ar:
        label = f"{place.name_en} ({place.name_ar})"
    return dataclasses.replace(filters, near_point=(float(place.lat), float(place.lon)), near_label=label)
