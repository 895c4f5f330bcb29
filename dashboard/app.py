"""Marsad's page: the stored events on a map of Libya with a timeline, filters, a table, a report
view, a form to add a report, and exports of what is on screen.

Run through `marsad dashboard --db FILE` (or `streamlit run dashboard/app.py -- --db FILE`, or
with MARSAD_DB set). The page reads top to bottom the way it looks.
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the checkout holding it.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from dashboard import (access, add_report, big_page, big_store, compare, correct, detail, export,  # noqa: E402
                       i18n, map_state, mapview, near, playback, plots, report_view, sidebar, state, timeline)
from dashboard.i18n import t  # noqa: E402
from dashboard.filters import DATASETS  # noqa: E402
from geo.errors import MarsadError  # noqa: E402

TITLE = "Marsad — مرصد"
TABLE_MAX = 5_000
# Columns of the events table, in reading order, with their headings.
TABLE_COLUMNS = {
    "event_date": "Date", "date_precision": "Date precision", "event_type": "Type",
    "sub_event_type": "Sub-type", "actor1": "Actor 1", "actor2": "Actor 2", "location": "Place",
    "location_ar": "المكان", "admin1": "Admin1", "fatalities": "Killed", "injuries": "Wounded",
    "geo_precision": "Geo precision", "geocoder": "Geocoder", "corrected": "Corrected", "source_count": "Reports",
    "fatalities_range": "Killed, by report", "evidence": "Evidence", "other_reports": "Other reports",
    "report_title": "Report",
}

st.set_page_config(page_title="Marsad — مرصد", layout="wide", initial_sidebar_state="expanded")
# Before anything reads the store: without the password, no data reaches the browser.
access.require_password(st, TITLE)


def _table(df: pd.DataFrame) -> pd.DataFrame:
    """The events as the table shows them: chosen columns, plain dates, readable headings."""
    if "sources" in df.columns:
        from dashboard.linked import sources_text
        df = df.assign(other_reports=df["sources"].map(sources_text))
    out = df[[c for c in TABLE_COLUMNS if c in df.columns]].copy()
    if "event_date" in out and pd.api.types.is_datetime64_any_dtype(out["event_date"]):
        out["event_date"] = out["event_date"].dt.date
    if i18n.current() == "ar":
        # Names in Arabic where the gazetteer and the actor lexicon have them.
        if "location_ar" in out and "location" in out:
            out["location"] = out["location_ar"].where(out["location_ar"].notna(), out["location"])
            out = out.drop(columns="location_ar")
        arabic = state.actor_arabic()
        for col in ("actor1", "actor2"):
            if col in out:
                out[col] = out[col].map(lambda a: arabic.get(a, a) if isinstance(a, str) else a)
        if "event_type" in out:
            out["event_type"] = out["event_type"].map(lambda v: t(v) if isinstance(v, str) else v)
    return out.rename(columns={k: t(v) for k, v in TABLE_COLUMNS.items()})


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:"})


def _plain(text: object) -> str:
    """Text from users or reports made inert for Streamlit's markdown (links, emphasis, colour
    directives, LaTeX): shown as typed."""
    return " ".join(str(text).split()).translate(_MARKDOWN)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _linked_note(shown: pd.DataFrame, n_events: int) -> str:
    if "source_count" not in shown or len(shown) == n_events:
        return ""
    return f" happenings ({n_events} events, linked across reports)"


def _fail(message: str) -> None:
    st.title(TITLE)
    st.error(message)
    st.stop()


# ---------------------------------------------------------------- data
location = state.db_location()
if not location:
    _fail("No event store given: start the page with `marsad dashboard --db FILE` "
          "(or `marsad demo`), or set MARSAD_DB to a store file.")
try:
    state.open_store(location)
    version = state.store_version(location)
    if big_store.is_big(location, version):
        # Too many events for pandas: the database filters and counts (dashboard/big_page.py).
        big_page.render(location, version, TITLE)
        st.stop()
    events = state.load_events(location, version)
    facets = state.load_facets(location, version)
except MarsadError as exc:
    _fail(f"Could not read the event store: {_plain(exc)}")

if not st.session_state.get("_p_seeded"):  # playback and language as the link says, on the first run only
    playback.seed(st.query_params, st.session_state)
    i18n.seed(st.query_params, st.session_state)
    st.session_state["_p_seeded"] = True
url_problem = state.seed_widgets(st.query_params, facets)
state.keep_dates_in_span(facets)

# ---------------------------------------------------------------- sidebar filters
with st.sidebar:
    sidebar.filter_widgets(facets)
    st.divider()
    st.radio(t("Map"), map_state.VIEW_PARAMS["view"][1], key=map_state.K_VIEW, horizontal=True,
             format_func=lambda v: t({"points": "Events", "districts": "Districts", "frontline": "Front line"}[v]),
             help="Events: one marker per event. Districts: each district shaded by its events. "
                  "Front line: the last days' events bold over older ones, which fade with age.")
    if st.session_state.get(map_state.K_VIEW) == "frontline":
        st.number_input(t("Recent: the last N days"), min_value=1, max_value=map_state.MAX_DAYS, step=1,
                        key=map_state.K_DAYS, help="Counted back from the last day of the shown events.")
    if st.session_state.get(map_state.K_VIEW) == "districts":
        st.radio(t("Shade districts by"), map_state.VIEW_PARAMS["shade"][1], key=map_state.K_SHADE, horizontal=True,
                 format_func=lambda v: t({"events": "Events", "fatalities": "People killed"}[v]))
    st.radio(t("Markers"), map_state.VIEW_PARAMS["link"][1], key=map_state.K_LINK, horizontal=True,
             format_func=lambda v: t({"happenings": "One per happening", "events": "One per report's event"}[v]),
             help="One per happening: events that several reports tell (an Arabic and an English "
                  "report of one strike, a dataset row) are linked into one marker with its sources.")
    st.toggle(t("Play through time"), key=playback.K_ON,
              help="Step or play the shown events a day or a week at a time; the timeline marks the frame.")
    if st.session_state.get(playback.K_ON):
        st.radio(t("Frame"), list(playback.STEPS), key=playback.K_STEP, horizontal=True,
                 format_func=lambda v: t({"day": "A day", "week": "A week"}[v]))
        st.checkbox(t("Everything up to the frame"), key=playback.K_UPTO,
                    help="Off: only the frame's own events. On: every event from the first frame on.")
        st.radio(t("Speed"), list(playback.SPEEDS), key=playback.K_SPEED, horizontal=True, format_func=t)
    show_tiles = st.checkbox(t("Web map tiles (needs internet)"), value=False, key="tiles",
                             help="The map draws Libya from local data; tiles are an extra layer.")
    access.sign_out_button(st)

filters = state.filters_from_widgets(facets)
try:
    filters = near.locate(filters, state.resolver())
except MarsadError as exc:  # the place filter then keeps nothing, and says why
    st.sidebar.error(_plain(exc))
try:
    shown = filters.apply(events)
except MarsadError as exc:
    st.sidebar.error(_plain(exc))
    shown = events.iloc[0:0]
n_shown_events = len(shown)
if st.session_state.get(map_state.K_LINK, "happenings") == "happenings":
    shown = state.linked(location, version, filters, shown)

# ---------------------------------------------------------------- title and status
# Less empty space over the title; pasted Arabic runs right-to-left in the text box (each
# paragraph takes the direction of its first letter). Style only: st.html keeps it out of the flow.
st.html("<style>[data-testid=stMainBlockContainer]{padding-top:2.2rem}"
        "[data-testid=stTextArea] textarea{unicode-bidi:plaintext;text-align:start}</style>")
st.html(i18n.direction_css(i18n.current()) or "<span></span>")
st.title(TITLE)
reports = state.load_reports(location, version)
n_reports = len(reports)
span = (f"{facets.date_min.isoformat()} – {facets.date_max.isoformat()}"
        if facets.date_min is not None else "no known dates")
undated_note = f", {facets.undated} of unknown date" if facets.undated else ""
if i18n.current() == "ar":
    st.markdown(f"**{len(events)}** {t('events')} من **{n_reports}** {t('reports')}، {span}. "
                f"{t('Showing')}: **{len(shown)}** — {t('filters')}: {_plain(filters.describe() or t('none'))}.")
else:
    st.markdown(f"**{_n(len(events), 'event')}** from **{_n(n_reports, 'report')}**, {span}{undated_note}. "
                f"Showing **{len(shown)}**{_linked_note(shown, n_shown_events)} — filters: "
                f"{_plain(filters.describe() or 'none')}.")
if url_problem:
    st.warning(_plain(url_problem))
marker_of_chosen = None  # the marker standing for the link's event (its happening's, when linked)
if chosen := st.session_state.get(map_state.K_EVENT):
    marker_of_chosen = state.marker_for(shown, chosen)
    on_map = marker_of_chosen is not None
    n1, n2 = st.columns([5, 1])
    n1.caption(f"Event {_plain(chosen)} (from the link) is open on the map." if on_map else
               f"The link's event {_plain(chosen)} is not among the events shown: widen the filters.")
    if n2.button(t("Forget this event"), key="forget_event"):
        st.session_state[map_state.K_EVENT] = None
        st.rerun()
if events.empty:
    st.info("The store holds no events yet: add a report below, or ingest files with "
            "`marsad ingest FILES… --db FILE`.")

# ---------------------------------------------------------------- timeline

dated_lo = filters.date_from or facets.date_min
dated_hi = filters.date_to or facets.date_max
bin_size = timeline.choose_bin(dated_lo, dated_hi)
hist = timeline.histogram(shown, bin_size)
chart_slot = st.container()
# Playback: the frame's events go to the map, its dates to the snapshot's stamp and the URL.
frame = playback.controls(shown)
on_map, map_filters = shown, filters
if frame is not None:
    on_map, map_filters = frame.events, filters.replace(date_from=frame.lo, date_to=frame.hi)
state.write_query_params(filters, extra=i18n.query_params(st.session_state)
                         | playback.query_params(st.session_state, frame.starts if frame else []))
if not hist.empty:
    with chart_slot:
        st.altair_chart(timeline.chart(hist, bin_size, dict(mapview.EVENT_TYPE_COLOURS),
                                       date_from=dated_lo, date_to=dated_hi,
                                       mark=(frame.lo, frame.hi) if frame else None, lang=i18n.current()),
                        width="stretch")
undated_shown = timeline.undated_count(shown)
if hist.empty and not shown.empty:
    st.caption(t("No shown event has a known date, so the timeline is empty."))
elif undated_shown:
    st.caption(f"{undated_shown} shown event(s) of unknown date are on the map but not on the timeline.")


# ---------------------------------------------------------------- map and exports
MAP_HEIGHT = 600
STAMP_BAND = 80  # CSS pixels of the title band above the map in a snapshot


def _snapshot(shown: pd.DataFrame, filters, bounds, zoom, view: dict) -> bytes:
    """The PNG of the map as it is on screen: its size (from bounds and zoom), its view, drawn
    at twice the pixel density so it stays sharp on a slide."""
    size = export.view_size(bounds, zoom)
    if size is None:
        return export.export_png(shown, filters, bounds, width=1400, height=900, scale=2, **view)
    width, height = min(max(size[0], 500), 2400), min(max(size[1], 300), 1800) + STAMP_BAND
    return export.export_png(shown, filters, bounds, width=width, height=height, zoom=zoom, scale=2, **view)


@st.fragment
def map_and_exports(shown: pd.DataFrame, filters, tiles: bool, view: dict, selected: str | None) -> None:
    """A fragment, so panning the map (which returns its bounds) reruns only this part.
    view: {"view": "points" | "districts", "metric": "events" | "fatalities"}; selected: the
    marker whose popup opens (the link's event or its happening)."""
    from dashboard.mapview import build_map

    bounds = zoom = None
    try:
        from streamlit_folium import st_folium

        from dashboard import offline

        # Leaflet and its plugins from dashboard/static (served by Streamlit), never a CDN.
        at = map_state.link_view()
        around = (*filters.near_point, filters.radius_km) if filters.near_point else None
        fmap = offline.localise(build_map(shown, tiles=tiles, selected=selected,
                                          event_links=True, near=around, **view))
        # The link's centre and zoom go to the map as values it moves to, not into its HTML,
        # so the map is not redrawn for them; where the map is moved to goes into the URL.
        out = st_folium(fmap, key="map", height=MAP_HEIGHT, use_container_width=True,
                        center=at[:2] if at else None, zoom=at[2] if at else None,
                        returned_objects=["bounds", "zoom", "center", "last_clicked"]) or {}
        map_state.remember_map_view(out.get("center"), out.get("zoom"))
        correct.remember_click(out.get("last_clicked"))
        bounds = export.bounds_from_st_folium(out.get("bounds"))
        zoom = out.get("zoom") if isinstance(out.get("zoom"), (int, float)) else None
    except MarsadError as exc:
        st.error(f"The map could not be drawn: {_plain(exc)}")
    if bounds is None:
        bounds, zoom = export.data_bounds(shown), None

    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M")
    c1, c2, c3, c4 = st.columns(4)
    c1.download_button(t("CSV of the events"), data=lambda: export.export_csv(shown),
                       file_name=f"marsad-events-{stamp}.csv", mime="text/csv", on_click="ignore",
                       key="dl_csv", width="stretch")
    c2.download_button(t("GeoJSON of the events"), data=lambda: export.export_geojson(shown),
                       file_name=f"marsad-events-{stamp}.geojson", mime="application/geo+json",
                       on_click="ignore", key="dl_geojson", width="stretch")
    c3.download_button(t("Map as HTML (works offline)"),
                       data=lambda: export.export_html(shown, filters, bounds, **view),
                       file_name=f"marsad-map-{stamp}.html", mime="text/html", on_click="ignore",
                       key="dl_html", width="stretch")
    shot = (repr(filters), repr(bounds), zoom, len(shown), repr(view))
    if c4.button(t("Snapshot PNG of this view"), key="png", width="stretch"):
        try:
            with st.spinner("Drawing the map in headless Chromium…"):
                st.session_state["png_bytes"] = (shot, _snapshot(shown, filters, bounds, zoom, view))
        except MarsadError as exc:
            st.session_state.pop("png_bytes", None)
            st.error(_plain(exc))
    ready = st.session_state.get("png_bytes")
    if ready and ready[0] == shot:
        st.image(ready[1], caption=f"Snapshot of this view — {_plain(filters.describe() or 'no filters')}",
                 width=420, output_format="PNG")
        st.download_button(t("Download the PNG"), data=ready[1], file_name=f"marsad-map-{stamp}.png",
                           mime="image/png", on_click="ignore", key="dl_png")


playback.ticker(len(frame.starts) if frame else 0)
map_and_exports(on_map, map_filters, show_tiles,
                {"view": st.session_state.get(map_state.K_VIEW, "points"),
                 "metric": st.session_state.get(map_state.K_SHADE, "events"),
                 "days": int(st.session_state.get(map_state.K_DAYS) or map_state.DEFAULT_DAYS),
                 "lang": i18n.current()}, marker_of_chosen)

# ---------------------------------------------------------------- the chosen event in detail
if marker_of_chosen is not None:
    detail.section(location, version, shown[shown["id"] == marker_of_chosen].iloc[0],
                   correct.resolver(location), plain=_plain)

# ---------------------------------------------------------------- plots
st.subheader(t("Plots"))
plots.section(shown, filters.describe() and f"{t('filters')}: {filters.describe()}",
              datetime.now(timezone.utc).strftime("%Y%m%d-%H%M"), lang=i18n.current())

# ---------------------------------------------------------------- table
st.subheader(f"{t('Events')} ({len(shown)})")
# The table is sent to the browser whole on every rerun: past a few thousand rows the page
# slows down for rows nobody scrolls to. The exports carry every row.
st.dataframe(_table(shown.head(TABLE_MAX)), hide_index=True, width="stretch",
             height=min(420, 38 + 35 * max(min(len(shown), TABLE_MAX), 1)), key="events_table")
if len(shown) > TABLE_MAX:
    st.caption(f"The first {TABLE_MAX:,} of {len(shown):,} events (oldest first); narrow the filters "
               "or download the CSV for all of them.")

# ---------------------------------------------------------------- compare with a dataset
# The dataset beside the news whatever the source filter says: the filters' other choices hold.
if datasets := tuple(s for s in facets.sources if s in DATASETS):  # no filtering pass without one
    compare.section(filters.replace(sources=()).apply(events), datasets, filters.replace(sources=()).describe(),
                    plain=_plain)

# ---------------------------------------------------------------- corrections
correct.section(location, shown, plain=_plain)

# ---------------------------------------------------------------- report view
st.subheader(t("Reports"))
if reports.empty:
    st.caption(t("No report stored yet."))
else:
    in_view = set(shown["report_id"]) if "report_id" in shown else set()
    reports = reports.assign(in_view=reports["id"].isin(in_view))
    reports = reports.sort_values(["in_view", "events", "published"], ascending=[False, False, False],
                                  na_position="last", kind="stable")
    when = reports["published"].dt.strftime("%Y-%m-%d").fillna("date unknown")
    titles = reports["title"].fillna("").astype(str).str.split().str.join(" ").replace("", "(untitled)")
    titles = titles.where(titles.str.len() <= 90, titles.str.slice(0, 87) + "…")
    # Date and count first: an Arabic title would otherwise turn the whole line around.
    labels = dict(zip(reports["id"], when + " · " + reports["events"].map(lambda n: _n(int(n), "event"))
                      + " · " + titles))

    chosen = st.selectbox(t("Report"), list(reports["id"]), format_func=labels.get, key="report",
                          help="Reports with events in the current view come first.")
    report = state.load_report(location, version, chosen)
    if report is None:
        st.error(f"Report {_plain(chosen)} is no longer in the store.")
    else:
        own = events[events["report_id"] == chosen]
        marks = report_view.evidence_marks(own)
        marks += state.place_marks(location, version, chosen)
        marks += report_view.term_marks(report.text, state.actor_terms())
        meta = " · ".join(b for b in (
            report.source, report.published.isoformat() if report.published else "date unknown",
            report.url, _n(len(own), "event")) if b)
        st.html(report_view.report_html(report.text, marks, language=report.language,
                                        title=report.title, meta=meta))

# ---------------------------------------------------------------- add a report
add_report.section(location, table=_table, plain=_plain)
