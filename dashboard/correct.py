"""The page's "Correct an event" form: move an event to a gazetteer place or a point, change its
type, actors, date or casualties, mark it not an event, undo a correction, and add a spelling to
a gazetteer place. The corrections are events.corrections', so they persist over re-ingest and
show in the exports, as those from `marsad correct` do.
"""
from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import map_state, state
from dashboard.i18n import t
from events.event_types import EVENT_TYPES
from geo.errors import MarsadError

K_PICK = "fix_event"
PICK_MAX = 2_000
NOTE = "fix_note"


@st.cache_resource(show_spinner=False, max_entries=4)
def _resolver(location: str, aliases: tuple):
    from geo.user_aliases import resolver_with_aliases

    return resolver_with_aliases(state.resolver(), aliases)


def resolver(location: str):
    """The page's resolver with the store's added spellings (rebuilt when they change)."""
    from events.corrections import aliases

    return _resolver(location, tuple(aliases(state.open_store(location))))


CLICK = "fix_click"


def remember_click(clicked: object) -> None:
    """The point last clicked on the map (streamlit-folium's last_clicked), for "move it here"."""
    if isinstance(clicked, dict) and isinstance(clicked.get("lat"), (int, float)) \
            and isinstance(clicked.get("lng"), (int, float)):
        st.session_state[CLICK] = (round(float(clicked["lat"]), 5), round(float(clicked["lng"]), 5))


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - a system without a user name: leave it blank
        return ""


def _label(r: pd.Series) -> str:
    day = r["event_date"].date().isoformat() if pd.notna(r["event_date"]) else "date unknown"
    return f"{day} · {r['event_type']} · {r['location'] or 'no place'} · {r['id']}"


def _place(location: str, name: str):
    res = resolver(location).resolve(name.strip(), offline=True)
    if res.place is None:
        raise MarsadError(f"The gazetteer knows no place called “{name.strip()}”: give a point instead, "
                          "or add the spelling to a place below.")
    return res.place


def changes(location: str, ev: pd.Series, form: dict) -> list[tuple[str, object]]:
    """What the submitted form changes of event ``ev`` (only what differs from it)."""
    from events.corrections import place_values, point_values

    out: list[tuple[str, object]] = []
    if form["not_event"]:
        return [("not_event", True)]
    if form["place"].strip():
        out.append(("place", place_values(_place(location, form["place"]))))
    elif form["lat"] is not None and form["lon"] is not None:
        out.append(("place", point_values(form["lat"], form["lon"], form["label"].strip() or None)))
    kind = f"{form['type']}/{form['sub_type']}"
    if (form["type"], form["sub_type"]) != (ev["event_type"], ev["sub_event_type"]):
        out.append(("event_type", kind))
    for field in ("actor1", "actor2"):
        if (form[field].strip() or None) != (ev[field] or None):
            out.append((field, form[field]))
    old_day = ev["event_date"].date() if pd.notna(ev["event_date"]) else None
    if form["date"] is not None and form["date"] != old_day:
        out.append(("event_date", form["date"]))
    for field, key in (("fatalities", "killed"), ("injuries", "wounded")):
        old = None if pd.isna(ev[field]) else int(ev[field])
        if form[key] is not None and int(form[key]) != old:
            out.append((field, int(form[key])))
    return out


def section(location: str, shown: pd.DataFrame, *, plain: Callable[[object], str]) -> None:
    from events import corrections as C

    with st.expander(t("Correct an event"), expanded=bool(st.session_state.get(map_state.K_EVENT))):
        if shown.empty:
            st.caption(t("No event is shown: widen the filters to pick one."))
            return
        chosen = st.session_state.get(map_state.K_EVENT)
        # The list is sent to the browser whole: the first PICK_MAX shown events, and the
        # link's event wherever it is.
        offered = shown.head(PICK_MAX)
        if chosen and chosen not in set(offered["id"]):
            offered = pd.concat([shown[shown["id"] == chosen], offered])
        ids = list(offered["id"])
        labels = {r["id"]: _label(r) for _, r in offered.iterrows()}
        pick = st.selectbox(t("Event"), ids, index=ids.index(chosen) if chosen in ids else 0,
                            format_func=labels.get, key=K_PICK,
                            help=f"The event open from a link is chosen; the first {PICK_MAX:,} shown events "
                                 "can be picked (narrow the filters for others).")
        ev = shown[shown["id"] == pick].iloc[0]
        st.caption(f"Evidence: {plain(ev['evidence'])}")
        with st.form("fix_form"):
            c1, c2 = st.columns(2)
            types = list(EVENT_TYPES)
            kind = c1.selectbox(t("Type"), types, index=types.index(ev["event_type"]) if ev["event_type"] in types else 0)
            subs = list(EVENT_TYPES[kind])
            sub = c2.selectbox(t("Sub-type"), subs, index=subs.index(ev["sub_event_type"])
                               if ev["sub_event_type"] in subs else 0,
                               help="Pick the type first; a sub-type of another type is refused.")
            actor1 = c1.text_input(t("Actor 1"), value=ev["actor1"] or "")
            actor2 = c2.text_input(t("Actor 2"), value=ev["actor2"] or "")
            day = c1.date_input(t("Date"), value=ev["event_date"].date() if pd.notna(ev["event_date"]) else None,
                                min_value=date(1900, 1, 1), format="YYYY-MM-DD")
            killed = c2.number_input(t("Killed"), min_value=0, step=1,
                                     value=None if pd.isna(ev["fatalities"]) else int(ev["fatalities"]))
            wounded = c2.number_input(t("Wounded"), min_value=0, step=1,
                                      value=None if pd.isna(ev["injuries"]) else int(ev["injuries"]))
            place = c1.text_input(t("Move to the place"), placeholder=f"now: {ev['location'] or 'no place'}",
                                  help="A name the gazetteer knows, in Arabic or English.")
            p1, p2, p3 = st.columns(3)
            lat = p1.number_input(t("…or latitude"), value=None, min_value=-90.0, max_value=90.0, format="%.5f")
            lon = p2.number_input(t("longitude"), value=None, min_value=-180.0, max_value=180.0, format="%.5f")
            label = p3.text_input(t("name of the point"), value="")
            click = st.session_state.get(CLICK)
            use_click = st.checkbox(f"…or the point last clicked on the map ({click[0]}, {click[1]})",
                                    key="fix_use_click") if click else False
            not_event = st.checkbox(t("Not an event (hide it)"))
            sent = st.form_submit_button(t("Save the correction"), type="primary")
        if sent:
            if use_click:
                lat, lon = click
            form = dict(type=kind, sub_type=sub, actor1=actor1, actor2=actor2, date=day, killed=killed,
                        wounded=wounded, place=place, lat=lat, lon=lon, label=label, not_event=not_event)
            try:
                todo = changes(location, ev, form)
                if not todo:
                    raise MarsadError("Nothing changed: edit a field first.")
                store = state.open_store(location)
                for field, value in todo:
                    C.correct(store, pick, field, value, who=_who())
            except MarsadError as exc:
                st.error(plain(exc))
            else:
                state.clear_caches()
                st.session_state[NOTE] = f"Saved {len(todo)} correction(s) of event {pick}."
                st.rerun()
        if note := st.session_state.pop(NOTE, None):
            st.success(note)
        _linked_with(location, ev, plain)
        _history(location, pick, plain)
        _alias_form(location, plain)


def _linked_with(location: str, ev: pd.Series, plain: Callable[[object], str]) -> None:
    """The other reports' events linked with this one, each with a button to keep it apart."""
    from events import link_store

    with st.form("merge_form"):
        m1, m2 = st.columns([3, 1])
        other = m1.text_input(t("Same happening as event"), placeholder="another event's id (from the table or a popup)",
                              help="Link them as one happening though the rules did not (undo: marsad merge --undo)")
        if m2.form_submit_button(t("Link them")) and other.strip():
            try:
                link_store.merge(state.open_store(location), ev["id"], [other.strip()], by=_who())
            except MarsadError as exc:
                st.error(plain(exc))
            else:
                state.clear_caches()
                st.rerun()
    srcs = ev.get("sources") if "sources" in ev else None
    if not isinstance(srcs, list) or len(srcs) < 2:
        return
    st.markdown(f"**Linked: {len(srcs)} reports tell this happening**")
    for s in srcs[1:]:
        a, b = st.columns([6, 1])
        a.caption(plain(f"{s['label']}: {s['evidence']} (event {s['id']})"))
        if b.button(t("Not the same"), key=f"split_{s['id']}",
                    help="Keep this report's event apart from the happening (undo: marsad split --undo)"):
            try:
                link_store.split(state.open_store(location), ev["id"], [s["id"]], by=_who())
            except MarsadError as exc:
                st.error(plain(exc))
            else:
                state.clear_caches()
                st.rerun()


def _history(location: str, event_id: str, plain: Callable[[object], str]) -> None:
    from events import corrections as C

    store = state.open_store(location)
    done = [c for c in C.corrections(store) if c.event_id == event_id or (
        c.field == "not_event" and c.undone_at is None)]
    if not done:
        return
    st.markdown("**Corrections** (this event's, and events marked not an event)")
    for c in reversed(done):
        a, b = st.columns([6, 1])
        a.caption(plain(c.describe()))
        if c.undone_at is None and b.button(t("Undo"), key=f"undo_{c.id}"):
            try:
                C.undo(store, c.id)
            except MarsadError as exc:
                st.error(plain(exc))
            else:
                state.clear_caches()
                st.rerun()


def _alias_form(location: str, plain: Callable[[object], str]) -> None:
    from events import corrections as C

    with st.form("alias_form"):
        st.markdown("**Add a spelling to a gazetteer place** (used for reports read from now on)")
        a1, a2 = st.columns(2)
        spelling = a1.text_input(t("Spelling"), placeholder="Gasr Bin Gashir")
        target = a2.text_input(t("Place it means"), placeholder="Qasr Bin Ghashir / قصر بن غشير")
        if st.form_submit_button(t("Add the spelling")):
            try:
                if not spelling.strip() or not target.strip():
                    raise MarsadError("Give the spelling and the place it means.")
                place = _place(location, target)
                C.add_alias(state.open_store(location), spelling, place.id, who=_who())
            except MarsadError as exc:
                st.error(plain(exc))
            else:
                st.success(f"“{plain(spelling.strip())}” now means {plain(place.name_en)}.")
