"""The datasets' precision codes on Marsad's scales.

Marsad: date precision day / week / month / year / unknown; geo precision 1 the place itself,
2 near it or part of a larger place, 3 only a region (events.records, DESIGN.md).

- ACLED time_precision: 1 the day, 2 a week or a few days, 3 only the month. The date ACLED
  gives is kept as it is.
- ACLED geo_precision: the same three levels as Marsad's (Marsad took them from ACLED).
- UCDP date_prec: 1 the day, 2 a span of 2–6 days, 3 a week, 4 up to a month, 5 longer, within
  the year. The event is dated by date_start (Marsad's rule: the first day of what is known).
- UCDP where_prec: 1 the place, 2 within about 25 km of it, 3 a second-order and 4 a first-order
  division (district), 5 a road, river or the area between places, 6 only the country,
  7 international waters or airspace. 6 and 7 give no point: UCDP's coordinates for them are a
  country centroid, which on a map would read as a place.
"""
from __future__ import annotations

ACLED_TIME = {1: "day", 2: "week", 3: "month"}
ACLED_GEO = {1: 1, 2: 2, 3: 3}
UCDP_DATE = {1: "day", 2: "week", 3: "week", 4: "month", 5: "year"}
UCDP_WHERE: dict[int, int | None] = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3, 6: None, 7: None}
