"""The gazetteer place a dataset row names, found without moving the row's point.

A dataset's point is its own coding and stays. What Marsad adds is the link to its gazetteer:
the place id (so a row and an extracted event at the same place can be told so) and the
Arabic name (so the popup, the table and the Arabic free-text filter know "عين زارة" for ACLED's
"Ain Zara"). A place of that name counts only where it lies within reach of the dataset's
point for the row's precision; a homonym elsewhere in Libya is left alone, not adopted.
Only the local gazetteer is asked, never the geocoding service: an export of 20,000 rows
must not become 20,000 requests.
"""
from __future__ import annotations

import dataclasses
import re

from events.records import Event
from geo.errors import MarsadError
from geo.gazetteer import haversine_km
from geo.resolve import Resolver

# km between the dataset's point and the gazetteer's for the name to be the same place, by geo
# precision: a town's centre and ACLED's point differ by a few km; a district's label point
# may lie 50 km from the point a dataset picked for it.
REACH_KM = {1: 15.0, 2: 30.0, 3: 60.0}
# UCDP writes the kind after the name ("Sirte town", "Sabha district"); the gazetteer knows
# the name alone, and "Tripoli town" would otherwise find Tripoli's airport first.
_KIND_SUFFIX = re.compile(r"\s+(?:town|city|village|district|province|governorate|municipality|region|area)$",
                          re.I)


def place_name(location: str) -> str:
    return _KIND_SUFFIX.sub("", location.strip())


def with_gazetteer_place(event: Event, resolver: Resolver) -> Event:
    """``event`` with place_id and location_ar of the gazetteer place its location names, when
    that place lies within reach of the event's point; otherwise ``event`` unchanged."""
    if not event.location or event.latitude is None or event.longitude is None or event.geo_precision is None:
        return event
    try:
        found = resolver.resolve(place_name(event.location), offline=True)
    except MarsadError:  # a name the resolver refuses (too long, no letters) links to nothing
        return event
    places = [p for p in (found.place, *found.candidates) if p is not None]
    reach = REACH_KM.get(event.geo_precision, REACH_KM[3])
    near = [(haversine_km(event.latitude, event.longitude, p.lat, p.lon), p) for p in places]
    near = [(d, p) for d, p in near if d <= reach]
    if not near:
        return event
    place = min(near, key=lambda dp: dp[0])[1]
    return dataclasses.replace(event, place_id=place.id, location_ar=place.name_ar or None)
