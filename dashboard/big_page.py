"""The page on a store too large for pandas (see dashboard.big_store for what it does and does
not do), top to bottom as it looks: the sidebar's filters, the title and counts, the timeline,
the map, its exports, the plots and the table."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import access, big_store as big, i18n, mapview, near, offline, plots, sidebar, state, timeline
from dashboard.i18n import t
from geo.errors import MarsadError

MAP_HEIGHT = 600


def render(location: str, version: tuple, title: str) -> None:
    if not st.session_state.get("_p_seeded"):
        i18n.seed(st.query_params, st.session_state)
        st.session_state["_p_seeded"] = True
    lang = i18n.current()
    facets = big.facets(location, version)
    url_problem = state.seed_widgets(st.query_params, facets)
    state.keep_dates_in_span(facets)
    with st.sidebar:
        sidebar.filter_widgets(facets)
        access.sign_out_button(st)
    filters = state.filters_from_widgets(facets)
    try:
        filters = near.locate(filters, state.resolver())
    except MarsadError as exc:
        st.sidebar.error(str(exc))
    q = filters.to_query()
    store = state.open_store(location)
    # The map's grid counts are read on the other core while the timeline's are: two scans of
    # the store at once (when few events are kept, the map draws them instead and the grid goes unused).
    pool = ThreadPoolExecutor(max_workers=1)
    cell = big.cell_degrees(st.session_state.get(big.K_ZOOM))
    cells_job = (cell, pool.submit(big.grid, store, version, q, cell))
    pool.shutdown(wait=False)
    days = big.days(store, version, q)  # the timeline's counts: their sum is the filtered count
    total, shown = big.event_count(location, version), int(days["events"].sum())
    state.write_query_params(filters, extra=i18n.query_params(st.session_state))

    st.html(i18n.direction_css(lang) or "<span></span>")
    st.title(title)
    st.markdown(f"**{total:,}** {t('events')} — {t('Showing')}: **{shown:,}** — {t('filters')}: "
                f"{filters.describe() or t('none')}.")
    st.caption(f"A large store (more than {big.LARGE_EVENTS:,} events): the database filters and counts, and the "
               "map draws each event up to {:,} of them, counts per area above that. Linking across reports, "
               "playback, the front line, districts, the dataset comparison and corrections on the page work "
               "on smaller stores.".format(big.MAP_EVENTS))
    if url_problem:
        st.warning(url_problem)

    lo, hi = filters.date_from or facets.date_min, filters.date_to or facets.date_max
    bin_size = timeline.choose_bin(lo, hi)
    hist = big.histogram(days, bin_size)
    if not hist.empty:
        st.altair_chart(timeline.chart(hist, bin_size, dict(mapview.EVENT_TYPE_COLOURS), date_from=lo, date_to=hi,
                                       lang=lang), width="stretch")
    _map(location, version, q, shown, lang, cells_job)
    _exports(location, q)

    st.subheader(t("Plots"))
    _plots(location, version, q, days, bin_size, filters.describe(), lang)

    st.subheader(f"{t('Events')} ({shown:,})")
    pages = max(1, -(-shown // big.TABLE_PAGE))
    number = st.number_input(f"Page (of {pages:,}, {big.TABLE_PAGE} rows each, oldest first)", min_value=1,
                             max_value=pages, step=1, key=big.K_PAGE)
    table = big._page(location, version, q, int(number) - 1, int(days.loc[days["day"].notna(), "events"].sum()))
    st.dataframe(table.rename(columns=lambda c: t(c.replace("_", " ").capitalize())), hide_index=True,
                 width="stretch")


@st.fragment
def _map(location: str, version: tuple, q, shown: int, lang: str,
         cells_job: tuple[float, Future] | None = None) -> None:
    from streamlit_folium import st_folium

    zoom = st.session_state.get(big.K_ZOOM)
    center = st.session_state.get(big.K_BOUNDS)
    if shown <= big.MAP_EVENTS:
        fmap = mapview.build_map(big._events(location, version, q, big.MAP_EVENTS), event_links=True, lang=lang)
    else:
        cell = big.cell_degrees(zoom)
        # The cells counted beside the timeline, unless the map was zoomed since (a fragment rerun)
        counted = cells_job[1].result() if cells_job is not None and cells_job[0] == cell else None
        marks = big.cells(counted if counted is not None else big.grid(state.open_store(location), version, q, cell))
        fmap = big.grid_map(marks, lang, zoom, center)
        st.caption(f"{shown:,} events: counts per area of about {big.cell_degrees(zoom):g}° (finer as you zoom in); "
                   f"each event is drawn from {big.MAP_EVENTS:,} or fewer.")
    out = st_folium(offline.localise(fmap), key="big_map", height=MAP_HEIGHT, use_container_width=True,
                    returned_objects=["zoom", "center"]) or {}
    new_zoom = out.get("zoom")
    if shown > big.MAP_EVENTS and isinstance(new_zoom, (int, float)) and new_zoom != zoom:
        st.session_state[big.K_ZOOM] = new_zoom
        c = out.get("center") or {}
        if isinstance(c.get("lat"), (int, float)) and isinstance(c.get("lng"), (int, float)):
            st.session_state[big.K_BOUNDS] = [c["lat"], c["lng"]]
        st.rerun(scope="fragment")


def _exports(location: str, q) -> None:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M")
    c1, c2 = st.columns(2)
    for col, kind, make, mime in ((c1, "CSV", big.csv_file, "text/csv"),
                                  (c2, "GeoJSON", big.geojson_file, "application/geo+json")):
        key = f"big_{kind}"
        if col.button(f"{t('Prepare')} {kind} ({t('every filtered event')})", key=f"{key}_make", width="stretch"):
            old = st.session_state.pop(key, None)
            if old is not None:  # one file per kind and session: the last one made (hundreds of MB at 1M)
                Path(old[1]).unlink(missing_ok=True)
            with st.spinner(f"Writing the {kind}…"):
                st.session_state[key] = (repr(q), make(state.open_store(location), q))
        ready = st.session_state.get(key)
        if ready and ready[0] == repr(q) and Path(ready[1]).exists():  # a day-old file is swept
            with open(ready[1], "rb") as fh:
                col.download_button(f"{t('Download')} {kind}", data=fh, file_name=f"marsad-events-{stamp}.{kind.lower()}",
                                    mime=mime, key=f"{key}_dl", width="stretch")


def _plots(location: str, version: tuple, q, days: pd.DataFrame, bin_size: str, described: str, lang: str) -> None:
    from events import store_query as Q

    store = state.open_store(location)
    subtitle = described and f"{t('filters')}: {described}"
    tabs = st.tabs([t("Over time", lang), t("Places", lang), t("Who against whom", lang)])
    with tabs[0]:
        dated = days[days["day"].notna()]
        if dated.empty:
            st.caption(t("No shown event has a known date.", lang))
        else:
            table = pd.DataFrame({"period": timeline.period_start(pd.to_datetime(dated["day"]), bin_size).to_numpy(),
                                  "group": dated["event_type"].to_numpy(), "events": dated["events"].to_numpy()})
            table = table.groupby(["period", "group"])["events"].sum().reset_index()
            st.altair_chart(plots.over_time_chart(table, "events", "event_type", subtitle, lang), theme=None)
    with tabs[1]:
        top = pd.DataFrame(Q.top_values(store, q, "location", plots.TOP_PLACES), columns=["place", "events", "fatalities"])
        top["place"] = top["place"].fillna("(unnamed)")
        st.altair_chart(plots.top_places_chart(top, subtitle, lang), theme=None)
    with tabs[2]:
        pairs = pd.DataFrame(Q.actor_pairs(store, q, plots.PAIR_ACTORS * 3), columns=["actor1", "actor2", "events"])
        pairs = pairs.fillna({"actor1": "Unknown", "actor2": plots.NO_SECOND_ACTOR})
        st.altair_chart(plots.actor_pairs_chart(pairs, subtitle, lang), theme=None)

