"""The filter state of the page: one frozen value that filters the events frame, travels in the
URL's query parameters and describes itself for snapshot stamps.

Everything here is vectorised pandas so that a filter change on 100k events stays well under
the map's time budget (see benchmarks/bench_map.py).
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

# Short, stable URL keys: links made today must still work after the code moves on.
K_FROM, K_TO, K_UNDATED, K_ACTOR, K_TYPE, K_SUBTYPE, K_ADMIN1, K_MINFAT, K_TEXT, K_NEAR, K_KM = (
    "from", "to", "undated", "actor", "type", "subtype", "admin1", "minfat", "q", "near", "km")
K_ABROAD, K_SOURCE = "abroad", "src"
QUERY_KEYS = (K_FROM, K_TO, K_UNDATED, K_ACTOR, K_TYPE, K_SUBTYPE, K_ADMIN1, K_MINFAT, K_TEXT, K_NEAR, K_KM,
              K_ABROAD, K_SOURCE)
# The datasets `marsad ingest` imports (events.datasets) name themselves as the report source;
# every other source is a news outlet whose reports Marsad read. NEWS stands for all of those.
DATASETS = ("ACLED", "UCDP GED")
NEWS = "Extracted from news"
NO_SOURCE = "(no source given)"
# "Within N km of a place": the default radius, and what a link may ask for.
DEFAULT_RADIUS_KM = 20.0
RADIUS_RANGE_KM = (1.0, 500.0)
EARTH_RADIUS_KM = 6371.0
# Columns the free text is looked for in.
TEXT_COLUMNS = ("evidence", "location", "location_ar", "report_title")
# Bounds on what a hand-edited link can ask for, so junk cannot blow up a regex or the page.
MAX_VALUES = 200
MAX_TEXT = 500

# Arabic folding of the search text: the same orthographic noise geo.normalise_ar removes
# (diacritics, tatweel, alef forms, ى/ي, ة/ه).
_AR_FOLD: dict[int, str | None] = {cp: None for cp in range(0x064B, 0x0660)}
_AR_FOLD.update({0x0670: None, 0x0640: None, 0x200C: None, 0x200D: None, 0x200E: None, 0x200F: None})
_AR_FOLD.update({ord(c): "ا" for c in "أإآٱ"})
_AR_FOLD.update({ord("ى"): "ي", ord("ة"): "ه", ord("ی"): "ي", ord("ک"): "ك"})
_AR_FOLD.update({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})
_FOLD_TABLE = str.maketrans(_AR_FOLD)
_SPACES = re.compile(r"\s+")


def fold_text(s: str) -> str:
    """Case- and Arabic-spelling-insensitive form of a search text."""
    return _SPACES.sub(" ", s.translate(_FOLD_TABLE)).strip().casefold()


# Spellings one folded letter stands for, and the marks that may sit between letters: the
# needle becomes a regular expression, so the haystack is searched as stored (folding 100k
# evidence sentences per keystroke took 1.5 s; the pattern takes ~0.1 s).
_VARIANTS = {"ا": "اأإآٱ", "ي": "يىیې", "ه": "هةۀھە", "ك": "كک",
             **{str(i): f"{i}{a}{p}" for i, (a, p) in enumerate(zip("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"))}}
_MARKS = "[" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640\u200c\u200d\u200e\u200f]*"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def needle_pattern(text: str) -> str:
    """A regex (Python re and RE2 alike) matching `text` however its Arabic is spelled."""
    out = []
    for ch in fold_text(text):
        if ch == " ":
            out.append(r"\s+")
        elif ch in _VARIANTS:
            out.append("[" + _VARIANTS[ch] + "]")
        else:
            out.append(re.escape(ch))
        if _ARABIC_LETTER.match(ch):
            out.append(_MARKS)
    return "".join(out)


def _contains(s: pd.Series, pattern: str) -> pd.Series:
    try:
        # Arrow's RE2 scans 100k strings in a few ms; object columns go through Python's re.
        return s.astype("string[pyarrow]").str.contains(pattern, case=False, regex=True, na=False).astype(bool)
    except Exception:  # noqa: BLE001 - no pyarrow, or a pattern RE2 refuses
        s = s.astype(object).where(s.notna(), "")
        return s.astype(str).str.contains(pattern, case=False, regex=True, na=False).astype(bool)


@dataclass(frozen=True)
class Filters:
    """What the user asked to see. Empty tuples and None mean "no limit"."""

    date_from: date | None = None
    date_to: date | None = None
    include_undated: bool = True
    # Happenings abroad that Libyan reports tell (a raid in Egypt): kept, hidden unless asked.
    include_abroad: bool = False
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    min_fatalities: int = 0
    text: str = ""
    # A place typed by name and a radius. The name is what the URL keeps; where it is
    # (near_point: latitude, longitude) and how to call it are settled by the page through
    # the geo resolver (dashboard.near). A name not settled keeps no event.
    near: str = ""
    radius_km: float = DEFAULT_RADIUS_KM
    near_point: tuple[float, float] | None = None
    near_label: str = ""
    # Where events come from: NEWS (every extracted report), a dataset (ACLED, UCDP GED) or
    # one outlet by its name (report_source); empty: all.
    sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Accept lists/strings from callers but keep the value hashable and comparable.
        for name in ("actors", "event_types", "sub_event_types", "admin1", "sources"):
            v = getattr(self, name)
            if isinstance(v, str):
                v = (v,)
            object.__setattr__(self, name, tuple(str(x) for x in (v or ()) if str(x).strip()))
        for name in ("date_from", "date_to"):
            v = getattr(self, name)
            if isinstance(v, datetime):
                object.__setattr__(self, name, v.date())
        object.__setattr__(self, "text", (self.text or "").strip())
        object.__setattr__(self, "min_fatalities", max(0, int(self.min_fatalities or 0)))
        object.__setattr__(self, "include_undated", bool(self.include_undated))
        object.__setattr__(self, "include_abroad", bool(self.include_abroad))
        object.__setattr__(self, "near", " ".join((self.near or "").split())[:MAX_TEXT])
        lo, hi = RADIUS_RANGE_KM
        try:
            # Without a place the radius means nothing, and a link leaves it out: keep the default
            # so the filters a link reopens equal the ones that wrote it.
            radius = float(self.radius_km) if self.near else DEFAULT_RADIUS_KM
        except (TypeError, ValueError):
            radius = DEFAULT_RADIUS_KM
        object.__setattr__(self, "radius_km", min(max(radius, lo), hi) if radius == radius else DEFAULT_RADIUS_KM)

    # ------------------------------------------------------------ filtering

    def is_default(self) -> bool:
        return self == Filters()

    def mask(self, df: pd.DataFrame) -> pd.Series:
        """Boolean Series over df's index: True for rows these filters keep."""
        keep = pd.Series(True, index=df.index)
        if df.empty:
            return keep
        if self.date_from is not None or self.date_to is not None or not self.include_undated:
            when = _dates(df)
            undated = when.isna()
            dated_ok = pd.Series(True, index=df.index)
            if self.date_from is not None:
                dated_ok &= when >= pd.Timestamp(self.date_from)
            if self.date_to is not None:
                dated_ok &= when <= pd.Timestamp(self.date_to)
            keep &= (dated_ok & ~undated) | (undated & self.include_undated)
        if not self.include_abroad:
            keep &= ~abroad(df)
        if self.event_types:
            keep &= df["event_type"].isin(self.event_types)
        if self.sub_event_types:
            keep &= df["sub_event_type"].isin(self.sub_event_types)
        if self.admin1:
            keep &= df["admin1"].isin(self.admin1)
        if self.actors:
            keep &= _actor_mask(df, frozenset(self.actors))
        if self.min_fatalities > 0:
            fat = pd.to_numeric(df["fatalities"], errors="coerce").fillna(0)
            keep &= fat >= self.min_fatalities
        if self.text:
            pattern = needle_pattern(self.text)
            if pattern:
                found = pd.Series(False, index=df.index)
                for col in TEXT_COLUMNS:
                    if col in df.columns:
                        # Only rows still kept and not yet found are searched.
                        rows = keep & ~found
                        if rows.any():
                            hit = _contains(df.loc[rows, col], pattern)
                            found.loc[hit.index[hit.to_numpy()]] = True
                keep &= found
        if self.near:
            keep &= self._near_mask(df)
        if self.sources:
            keep &= source_mask(df, self.sources)
        return keep

    def _near_mask(self, df: pd.DataFrame) -> pd.Series:
        if self.near_point is None or "latitude" not in df or "longitude" not in df:
            return pd.Series(False, index=df.index)
        lat0, lon0 = (np.radians(v) for v in self.near_point)
        lat = np.radians(pd.to_numeric(df["latitude"], errors="coerce").to_numpy(dtype=float))
        lon = np.radians(pd.to_numeric(df["longitude"], errors="coerce").to_numpy(dtype=float))
        # Haversine: great-circle distance, good to ~0.5 % (the Earth is not a sphere).
        h = np.sin((lat - lat0) / 2) ** 2 + np.cos(lat0) * np.cos(lat) * np.sin((lon - lon0) / 2) ** 2
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
        return pd.Series(np.nan_to_num(km, nan=np.inf) <= self.radius_km, index=df.index)

    def to_query(self):
        """These filters as the store's SQL query (events.store_query): the same rows as
        ``apply`` on ``Store.events_frame()``, picked by the database."""
        from events.store_query import EventQuery

        return EventQuery(
            date_from=self.date_from, date_to=self.date_to, include_undated=self.include_undated,
            include_abroad=self.include_abroad, actors=self.actors, event_types=self.event_types,
            sub_event_types=self.sub_event_types, admin1=self.admin1, min_fatalities=self.min_fatalities,
            text_pattern=needle_pattern(self.text) if self.text else "",
            near=(*self.near_point, self.radius_km) if self.near and self.near_point is not None else None,
            near_nowhere=bool(self.near) and self.near_point is None,
            sources=tuple(s for s in self.sources if s != NEWS), news=NEWS in self.sources, datasets=DATASETS)

    def apply(self, df: pd.DataFrame) -> pd.DataFrame:
        """The rows of df these filters keep (a new frame; df is not changed)."""
        if self.is_default() and not abroad(df).any():
            return df  # nothing to drop: the same frame, not a copy
        return df.loc[self.mask(df)]

    # ------------------------------------------------------------ URL

    def to_query_params(self) -> dict[str, str | list[str]]:
        """Only what differs from the defaults, under short stable keys."""
        out: dict[str, str | list[str]] = {}
        if self.date_from is not None:
            out[K_FROM] = self.date_from.isoformat()
        if self.date_to is not None:
            out[K_TO] = self.date_to.isoformat()
        if not self.include_undated:
            out[K_UNDATED] = "0"
        if self.include_abroad:
            out[K_ABROAD] = "1"
        for key, values in ((K_ACTOR, self.actors), (K_TYPE, self.event_types),
                            (K_SUBTYPE, self.sub_event_types), (K_ADMIN1, self.admin1),
                            (K_SOURCE, self.sources)):
            if values:
                out[key] = list(values)
        if self.min_fatalities > 0:
            out[K_MINFAT] = str(self.min_fatalities)
        if self.text:
            out[K_TEXT] = self.text
        if self.near:
            out[K_NEAR] = self.near
            if self.radius_km != DEFAULT_RADIUS_KM:
                out[K_KM] = f"{self.radius_km:g}"
        return out

    @classmethod
    def from_query_params(cls, params: Mapping[str, Any] | None) -> Filters:
        """Filters from a URL's parameters. Junk never raises: a bad date, number or flag is
        ignored (that filter stays at its default), unknown keys are ignored, and lists are cut
        to a sane length."""
        if not params:
            return cls()
        try:
            keys = list(params.keys())
        except Exception:
            return cls()

        def values(key: str) -> list[str]:
            if key not in keys:
                return []
            try:
                # st.query_params gives only the last value by [key]; get_all gives them all.
                raw = params.get_all(key) if hasattr(params, "get_all") else params[key]
            except Exception:
                return []
            items = raw if isinstance(raw, (list, tuple)) else [raw]
            out = []
            for item in items[:MAX_VALUES]:
                if item is None:
                    continue
                text = str(item).strip()[:MAX_TEXT]
                if text:
                    out.append(text)
            return out

        def last(key: str) -> str | None:
            v = values(key)
            return v[-1] if v else None

        date_from, date_to = _parse_date(last(K_FROM)), _parse_date(last(K_TO))
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        undated = _parse_bool(last(K_UNDATED))
        return cls(
            date_from=date_from,
            date_to=date_to,
            include_undated=True if undated is None else undated,
            include_abroad=bool(_parse_bool(last(K_ABROAD))),
            actors=tuple(dict.fromkeys(values(K_ACTOR))),
            event_types=tuple(dict.fromkeys(values(K_TYPE))),
            sub_event_types=tuple(dict.fromkeys(values(K_SUBTYPE))),
            admin1=tuple(dict.fromkeys(values(K_ADMIN1))),
            min_fatalities=_parse_count(last(K_MINFAT)),
            text=last(K_TEXT) or "",
            near=last(K_NEAR) or "",
            radius_km=_parse_km(last(K_KM)),
            sources=tuple(dict.fromkeys(values(K_SOURCE))),
        )

    # ------------------------------------------------------------ words

    def describe(self) -> str:
        """One line for a snapshot stamp: "" when nothing is filtered.

        The text typed in a link ends up here, and stamps are often put into folium Elements,
        which branca compiles as Jinja templates: "{{", "{%" and "{#" get a zero-width space
        inside so a link can never run template code (it would read the server's files)."""
        parts: list[str] = []
        if self.date_from or self.date_to:
            lo = self.date_from.isoformat() if self.date_from else "…"
            hi = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"dates {lo} – {hi}")
        if not self.include_undated:
            parts.append("undated events hidden")
        if self.include_abroad:
            parts.append("events abroad shown")
        for label, values in (("types", self.event_types), ("sub-types", self.sub_event_types),
                              ("actors", self.actors), ("admin1", self.admin1), ("sources", self.sources)):
            if values:
                parts.append(f"{label}: {_join(values)}")
        if self.min_fatalities > 0:
            parts.append(f"≥ {self.min_fatalities} killed")
        if self.text:
            parts.append(f"text “{self.text}”")
        if self.near:
            parts.append(f"within {self.radius_km:g} km of {self.near_label or self.near}")
        # A link may carry line breaks in any value; the stamp is one line.
        return _inert(" ".join("; ".join(parts).split()))

    def replace(self, **changes: Any) -> Filters:
        return dataclasses.replace(self, **changes)


def source_names(df: pd.DataFrame) -> pd.Series:
    """Each event's source as the source filter names it: the dataset, else the outlet."""
    if "report_source" not in df:
        return pd.Series(NO_SOURCE, index=df.index, dtype=object)
    names = df["report_source"].astype(object).where(df["report_source"].notna(), "")
    names = names.map(lambda v: " ".join(str(v).split()) or NO_SOURCE)
    return names


def source_mask(df: pd.DataFrame, sources: Iterable[str]) -> pd.Series:
    """True for events from one of ``sources`` (NEWS: any report that is not a dataset's row)."""
    wanted = set(sources)
    names = source_names(df)
    keep = names.isin(wanted)
    if NEWS in wanted:
        keep |= ~names.isin(DATASETS)
    return keep


_TEMPLATE_START = re.compile(r"\{(?=[{%#])")


def _inert(text: str) -> str:
    return _TEMPLATE_START.sub("{\u200b", text)


def _join(values: Iterable[str], most: int = 4) -> str:
    values = list(values)
    shown = ", ".join(values[:most])
    return shown + (f" and {len(values) - most} more" if len(values) > most else "")


def _dates(df: pd.DataFrame) -> pd.Series:
    """event_date as datetime64 whatever the frame holds (datetime64, date objects, ISO text)."""
    s = df["event_date"]
    if pd.api.types.is_datetime64_any_dtype(s):
        return s.dt.tz_localize(None) if getattr(s.dt, "tz", None) is not None else s
    return pd.to_datetime(s.astype(object).where(s.notna(), None), errors="coerce", format="mixed")


def _actor_mask(df: pd.DataFrame, wanted: frozenset[str]) -> pd.Series:
    hit = pd.Series(False, index=df.index)
    for col in ("actor1", "actor2"):
        if col in df.columns:
            hit |= df[col].isin(wanted)
    if "assoc_actors" in df.columns:
        assoc = df["assoc_actors"]
        # Nearly every list is empty: only the others are looked into, one by one.
        has = assoc.map(lambda v: bool(v) if isinstance(v, (list, tuple)) else False).astype(bool)
        if has.any():
            sub = assoc[has & ~hit]
            found = sub.map(lambda v: any(a in wanted for a in v)).astype(bool)
            hit.loc[found.index[found.to_numpy()]] = True
    return hit


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _parse_bool(text: str | None) -> bool | None:
    if text is None:
        return None
    t = text.strip().lower()
    if t in ("1", "true", "yes", "on", "show"):
        return True
    if t in ("0", "false", "no", "off", "hide"):
        return False
    return None


def abroad(df: pd.DataFrame) -> pd.Series:
    """True for events known to be abroad. Only a known "abroad" counts: "not known" (a store
    an older Marsad wrote, an import) is never hidden as abroad."""
    if "in_libya" not in df:
        return pd.Series(False, index=df.index)
    known = df["in_libya"].astype(object)
    return known.map({False: True, np.False_: True}).fillna(False).astype(bool)


def _parse_km(text: str | None) -> float:
    try:
        value = float(text) if text else DEFAULT_RADIUS_KM
    except (ValueError, OverflowError):
        return DEFAULT_RADIUS_KM
    return value if value == value and abs(value) != float("inf") else DEFAULT_RADIUS_KM


def _parse_count(text: str | None) -> int:
    if not text:
        return 0
    try:
        value = int(float(text))
    except (ValueError, OverflowError):
        return 0
    return min(max(0, value), 10**6)
