"""What the page keeps between reruns: the store and its events (cached), the choices the data
offers (facets), and the filter state kept in step between the sidebar widgets and the URL's
query parameters, so that a link reproduces the view."""
from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import map_state
from dashboard.filters import DATASETS, NEWS, Filters, abroad, source_names
from dashboard.timeline import event_dates

# Widget keys of the sidebar filters (session_state holds their values).
K_DATES, K_UNDATED, K_ACTORS, K_TYPES, K_SUBTYPES, K_ADMIN1, K_MINFAT, K_TEXT, K_NEAR, K_KM = (
    "f_dates", "f_undated", "f_actors", "f_types", "f_subtypes", "f_admin1", "f_minfat", "f_text", "f_near",
    "f_km")
K_ABROAD, K_SOURCES = "f_abroad", "f_sources"
_SEEDED = "_marsad_seeded"
_SPAN = "_marsad_span"
_LINK_DATES = "_marsad_link_dates"
_URL_DATES = "_marsad_url_dates"


# ---------------------------------------------------------------- where the events are

def db_location(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> str | None:
    """The store given as `-- --db FILE` after `streamlit run app.py`, else $MARSAD_DB."""
    argv = list(sys.argv[1:] if argv is None else argv)
    env = os.environ if env is None else env
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg.split("=", 1)[1]
    return env.get("MARSAD_DB") or None


def store_version(location: str) -> tuple:
    """Changes whenever the SQLite file (or its write-ahead log) does, so that events ingested by
    `marsad ingest` in another process show on the next rerun. A server database (a URL) has no
    file to watch: its events are read again at most once a minute."""
    if "://" in location:
        return ("every minute", int(time.time() // 60))
    path = Path(location)
    parts: list[Any] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            s = p.stat()
            parts += [s.st_mtime_ns, s.st_size]
        except OSError:
            parts += [None, None]
    return tuple(parts)


@st.cache_resource(show_spinner=False)
def open_store(location: str):
    from events.store import Store

    return Store(location)


# A resource, not data: st.cache_data would hand each rerun a pickled copy (a second at 100k
# events). The page only reads this frame; nothing may change it in place.
@st.cache_resource(show_spinner="Reading events…", max_entries=2)
def load_events(location: str, version: tuple) -> pd.DataFrame:
    return open_store(location).events_frame()


@st.cache_data(show_spinner=False, max_entries=4)
def load_reports(location: str, version: tuple) -> pd.DataFrame:
    """One row per stored report without its text: id, title, published, events, …"""
    return open_store(location).reports_frame()


@st.cache_data(show_spinner=False, max_entries=64)
def load_report(location: str, version: tuple, report_id: str):
    return open_store(location).report(report_id)


def marker_for(shown: pd.DataFrame, event_id: str) -> str | None:
    """The id of the row standing for ``event_id`` among ``shown``: its own, or that of the
    happening it was linked into; None when it is not shown."""
    if "id" not in shown or shown.empty:
        return None
    if bool((shown["id"] == event_id).any()):
        return event_id
    if "sources" in shown:
        for rid, srcs in zip(shown["id"], shown["sources"]):
            if isinstance(srcs, list) and any(s.get("id") == event_id for s in srcs):
                return rid
    return None


def clear_caches() -> None:
    _linked.clear()
    load_events.clear()
    load_reports.clear()
    load_report.clear()
    load_facets.clear()
    place_marks.clear()


# ---------------------------------------------------------------- what the data offers

@dataclass(frozen=True)
class Facets:
    date_min: date | None = None
    date_max: date | None = None
    undated: int = 0
    abroad: int = 0
    actors: tuple[str, ...] = ()  # most frequent first
    event_types: tuple[str, ...] = ()
    sub_event_types: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per event type
    admin1: tuple[str, ...] = ()
    max_fatalities: int = 0
    # NEWS first when there is news, then the datasets, then the outlets, most events first
    sources: tuple[str, ...] = ()


@st.cache_resource(show_spinner="Linking reports' events…", max_entries=8)
def _linked(location: str, version: tuple, key: str, never_key: tuple, merged_key: tuple,
            _shown: pd.DataFrame) -> pd.DataFrame:
    # key (the filters) and the pair tuples stand for _shown, which is not hashed.
    from dashboard.linked import collapse

    def rows(pairs: tuple) -> list[dict]:
        return [dict(zip(("event_a", "event_b"), pair)) for pair in pairs]

    return collapse(_shown, rows(never_key), rows(merged_key))


def linked(location: str, version: tuple, filters: Filters, shown: pd.DataFrame) -> pd.DataFrame:
    """The shown events linked into happenings (dashboard.linked), cached per filter state and
    per the analyst's splits."""
    from events.link_store import merged_links, never_links

    store = open_store(location)
    never = tuple((n.event_a, n.event_b) for n in never_links(store))
    merged = tuple((n.event_a, n.event_b) for n in merged_links(store))
    return _linked(location, version, repr(filters), never, merged, shown)


@st.cache_data(show_spinner=False, max_entries=4)
def load_facets(location: str, version: tuple) -> Facets:
    return facets_of(load_events(location, version))


def _names(series: pd.Series) -> pd.Series:
    """Non-empty names of a column, lists (assoc_actors) opened up: one name per row."""
    if series.map(lambda v: isinstance(v, (list, tuple)), na_action="ignore").fillna(False).astype(bool).any():
        series = series.explode()
    series = series.dropna().astype(str).str.strip()
    return series[series != ""]


def facets_of(df: pd.DataFrame) -> Facets:
    if df.empty:
        return Facets()
    dates = event_dates(df)
    known = dates.dropna()
    actors = pd.concat([_names(df[c]) for c in ("actor1", "actor2", "assoc_actors") if c in df],
                       ignore_index=True)
    counts = actors.value_counts()
    # Most frequent first, ties by name, so the list reads the same on every run.
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    subs: dict[str, tuple[str, ...]] = {}
    if "event_type" in df and "sub_event_type" in df:
        pairs = df[["event_type", "sub_event_type"]].dropna().drop_duplicates()
        for t, group in pairs.groupby("event_type"):
            subs[str(t)] = tuple(sorted(set(_names(group["sub_event_type"]))))
    fatal = pd.to_numeric(df["fatalities"], errors="coerce") if "fatalities" in df else pd.Series(dtype=float)
    return Facets(
        date_min=known.min().date() if not known.empty else None,
        date_max=known.max().date() if not known.empty else None,
        undated=int(dates.isna().sum()),
        abroad=int(abroad(df).sum()),
        actors=tuple(a for a, _ in ranked),
        event_types=tuple(sorted(set(_names(df["event_type"])))) if "event_type" in df else (),
        sub_event_types=subs,
        admin1=tuple(sorted(set(_names(df["admin1"])))) if "admin1" in df else (),
        max_fatalities=int(fatal.max()) if fatal.notna().any() else 0,
        sources=_sources(df),
    )


def _sources(df: pd.DataFrame) -> tuple[str, ...]:
    counts = source_names(df).value_counts()
    ranked = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    datasets = [n for n in ranked if n in DATASETS]
    outlets = [n for n in ranked if n not in DATASETS]
    return tuple(([NEWS] if outlets else []) + datasets + outlets)


# ---------------------------------------------------------------- URL <-> widgets

def _clamp(d: date | None, lo: date, hi: date, default: date) -> date:
    d = d or default
    return min(max(d, lo), hi)


def seed_widgets(params: Mapping[str, Any], facets: Facets) -> str | None:
    """On a session's first run, set the widgets from the URL. Returns a one-line problem with the
    URL's parameters (they are then ignored), or None."""
    ss = st.session_state
    if ss.get(_SEEDED):
        return None
    problem = None
    try:
        f = Filters.from_query_params(params)
    except Exception as exc:  # a hand-edited link: say so, show everything
        problem = f"The link's filter parameters were not understood ({exc}); showing all events."
        f = Filters()
    if facets.date_min is not None and facets.date_max is not None:
        lo, hi = facets.date_min, facets.date_max
        ss[K_DATES] = (_clamp(f.date_from, lo, hi, lo), _clamp(f.date_to, lo, hi, hi))
        ss[_SPAN] = (lo, hi)
        # A link's dates beyond the data's span are kept as given while the slider is left
        # alone, so the link still means the same once more events are added.
        ss[_LINK_DATES] = (ss[K_DATES], (f.date_from, f.date_to))
    ss[K_UNDATED] = bool(f.include_undated)
    ss[K_ABROAD] = bool(f.include_abroad)
    ss[K_ACTORS] = list(f.actors or ())
    ss[K_TYPES] = list(f.event_types or ())
    ss[K_SUBTYPES] = list(f.sub_event_types or ())
    ss[K_ADMIN1] = list(f.admin1 or ())
    ss[K_SOURCES] = list(f.sources or ())
    ss[K_MINFAT] = int(f.min_fatalities or 0)
    ss[K_TEXT] = f.text or ""
    ss[K_NEAR] = f.near
    ss[K_KM] = f.radius_km
    ss[_URL_DATES] = (f.date_from, f.date_to)
    map_state.seed(params)
    ss[_SEEDED] = True
    return problem


def keep_dates_in_span(facets: Facets) -> None:
    """New events can widen the span: a slider left at the full span follows it, and a chosen
    range is kept inside it (a value outside a slider's range is an error in Streamlit)."""
    ss = st.session_state
    if facets.date_min is None or facets.date_max is None:
        return
    lo, hi = facets.date_min, facets.date_max
    old = ss.get(_SPAN)
    value = ss.get(K_DATES)
    if value is None or (old is not None and tuple(value) == tuple(old)):
        ss[K_DATES] = (lo, hi)
    else:
        a, b = value
        a, b = _clamp(a, lo, hi, lo), _clamp(b, lo, hi, hi)
        ss[K_DATES] = (min(a, b), max(a, b))
    ss[_SPAN] = (lo, hi)


def options_with(selected: Sequence[str], options: Sequence[str]) -> list[str]:
    """The data's options plus any chosen value the data lacks (from a link): a multiselect
    whose value is not among its options is an error, and dropping it would change the view."""
    return list(options) + [s for s in selected if s not in options]


def filters_from_widgets(facets: Facets) -> Filters:
    ss = st.session_state
    date_from = date_to = None
    value = ss.get(K_DATES)
    if value is not None and facets.date_min is not None:
        a, b = value
        # The full span means "no date limit", so a link keeps working as events are added.
        date_from = a if a > facets.date_min else None
        date_to = b if b < facets.date_max else None
        link = ss.get(_LINK_DATES)
        if link is not None and tuple(link[0]) == (a, b):
            date_from, date_to = link[1]
    elif facets.date_min is None:
        date_from, date_to = ss.get(_URL_DATES, (None, None))
    default = Filters()
    return dataclasses.replace(
        default,
        date_from=date_from,
        date_to=date_to,
        include_undated=bool(ss.get(K_UNDATED, default.include_undated)),
        include_abroad=bool(ss.get(K_ABROAD, default.include_abroad)),
        actors=tuple(ss.get(K_ACTORS) or ()),
        event_types=tuple(ss.get(K_TYPES) or ()),
        sub_event_types=tuple(ss.get(K_SUBTYPES) or ()),
        admin1=tuple(ss.get(K_ADMIN1) or ()),
        sources=tuple(ss.get(K_SOURCES) or ()),
        min_fatalities=int(ss.get(K_MINFAT) or 0) or default.min_fatalities,
        text=(ss.get(K_TEXT) or "").strip(),
        near=ss.get(K_NEAR) or "",
        radius_km=ss.get(K_KM, default.radius_km),
    )


def _normal(params: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    out = {}
    for k, v in params.items():
        vals = tuple(str(x) for x in (v if isinstance(v, (list, tuple)) else [v]))
        if vals and vals != ("",):
            out[str(k)] = vals
    return out


def current_query_params() -> dict[str, tuple[str, ...]]:
    qp = st.query_params
    return {k: tuple(qp.get_all(k)) for k in qp.keys()}


def write_query_params(filters: Filters, extra: Mapping[str, str] | None = None) -> bool:
    """Put the filter state, the map's view and ``extra`` (playback's frame) in the URL when they
    differ; True when the URL changed."""
    wanted = _normal({**filters.to_query_params(), **map_state.query_params(), **(extra or {})})
    if _normal(current_query_params()) == wanted:
        return False
    st.query_params.from_dict({k: list(v) if len(v) > 1 else v[0] for k, v in wanted.items()})
    return True


# ---------------------------------------------------------------- labels and marks

@st.cache_data(show_spinner=False)
def actor_labels() -> dict[str, str]:
    """Canonical actor name -> "English — Arabic" where the lexicon knows the Arabic name."""
    return {a["name"]: (f"{a['name']} — {a['name_ar']}" if a.get("name_ar") else a["name"])
            for a in _actors()}


@st.cache_data(show_spinner=False)
def actor_arabic() -> dict[str, str]:
    """Canonical actor name -> its Arabic name, where the lexicon has one."""
    return {a["name"]: a["name_ar"] for a in _actors() if a.get("name_ar")}


@st.cache_data(show_spinner=False)
def actor_terms() -> dict[str, str]:
    """Each way an actor is written (its names and aliases) -> its canonical name, for marking."""
    terms: dict[str, str] = {}
    for a in _actors():
        for term in (a["name"], a.get("name_ar"), *a.get("aliases", ())):
            if term and len(term) >= 3:
                terms.setdefault(term, a["name"])
    return terms


def _actors() -> list[dict]:
    """The actor lexicon (events/lexicon/actors.csv) as dicts; empty when it is not there, and
    the page then shows plain names."""
    import csv
    from importlib import resources

    try:
        source = resources.files("events.lexicon").joinpath("actors.csv")
        rows = list(csv.DictReader(source.read_text(encoding="utf-8").splitlines()))
    except (ImportError, OSError, UnicodeDecodeError, csv.Error):
        return []
    out = []
    for r in rows:
        name = (r.get("name_en") or "").strip()
        if not name:
            continue
        aliases = [a.strip() for col in ("aliases_en", "aliases_ar") for a in (r.get(col) or "").split("|")]
        out.append({"name": name, "name_ar": (r.get("name_ar") or "").strip(),
                    "aliases": tuple(a for a in aliases if a)})
    return out


@st.cache_data(show_spinner=False)
def admin1_labels() -> dict[str, str]:
    """English admin1 name -> "English — Arabic" from the gazetteer's admin1 rows."""
    try:
        import geo

        places = geo.load_gazetteer().places.values()
    except Exception:  # noqa: BLE001 - labels are a nicety
        return {}
    return {p.name_en: f"{p.name_en} — {p.name_ar}" if p.name_ar else p.name_en
            for p in places if p.kind == "admin1"}


@st.cache_resource(show_spinner=False)
def resolver():
    import geo

    return geo.default_resolver()


@st.cache_data(show_spinner="Finding the places in the report…", max_entries=64)
def place_marks(location: str, version: tuple, report_id: str) -> list:
    """The report's place mentions as marks (resolving places is the slow part: cached)."""
    from dashboard.report_view import place_marks as marks_of

    report = load_report(location, version, report_id)
    if report is None:
        return []
    try:
        from events.extract import place_mentions

        return marks_of(place_mentions(report, resolver()))
    except ImportError:
        return []
