"""The map's own state, kept in the URL beside the filters so that a link opens what its sender
saw: the view (events or districts) and how districts are shaded, the chosen event, and the
map's centre and zoom once someone moved it. Junk in a link is ignored, never an error."""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import streamlit as st

# The map's view, kept in the URL beside the filters: key -> (widget key, allowed values, default first).
K_VIEW, K_SHADE, K_LINK = "m_view", "m_shade", "m_link"
VIEW_PARAMS = {"view": (K_VIEW, ("points", "districts", "frontline")), "shade": (K_SHADE, ("events", "fatalities")),
               # one marker per happening (events linked across reports), or per extracted event
               "link": (K_LINK, ("happenings", "events"))}
# The chosen event and the map's centre and zoom, also kept in the URL (see query_params).
K_EVENT, K_AT = "m_event", "m_at"
# The front-line view's "recent": the last N days of the shown events (in the URL as days=N).
K_DAYS, DEFAULT_DAYS, MAX_DAYS = "m_days", 7, 366
_AT_FIRST = "_marsad_at_first"
_AT_LINK = "_marsad_at_link"
_EVENT_ID = re.compile(r"[0-9A-Za-z_.:-]{1,128}")


def seed(params: Mapping[str, Any]) -> None:
    """On a session's first run, the map's state from the link's parameters."""
    ss = st.session_state
    for param, (key, allowed) in VIEW_PARAMS.items():
        value = _first(params, param)
        ss[key] = value if value in allowed else allowed[0]
    event = _first(params, "event")
    ss[K_EVENT] = event if event and _EVENT_ID.fullmatch(event) else None
    try:
        ss[K_DAYS] = min(max(int(_first(params, "days") or DEFAULT_DAYS), 1), MAX_DAYS)
    except ValueError:
        ss[K_DAYS] = DEFAULT_DAYS
    ss[K_AT] = ss[_AT_LINK] = parse_at(_first(params, "at"))


def _first(params: Mapping[str, Any], key: str) -> str | None:
    try:
        value = params.get(key)
    except Exception:  # noqa: BLE001 - a hand-edited link is never an error page
        return None
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    return str(value) if value is not None else None


def query_params() -> dict[str, str]:
    """The map's view as URL parameters, only where it differs from the default."""
    ss = st.session_state
    out = {param: ss[key] for param, (key, allowed) in VIEW_PARAMS.items()
           if ss.get(key) in allowed and ss.get(key) != allowed[0]}
    if out.get("view") != "districts":  # how districts are shaded means nothing elsewhere
        out.pop("shade", None)
    if out.get("view") == "frontline" and int(ss.get(K_DAYS) or DEFAULT_DAYS) != DEFAULT_DAYS:
        out["days"] = str(int(ss[K_DAYS]))
    if ss.get(K_EVENT):
        out["event"] = ss[K_EVENT]
    if ss.get(K_AT):
        out["at"] = format_at(ss[K_AT])
    return out


def parse_at(text: str | None) -> tuple[float, float, int] | None:
    """"lat,lon,zoom" from a link, or None when absent or out of range."""
    try:
        lat, lon, zoom = (float(x) for x in (text or "").split(","))
    except ValueError:
        return None
    if not (all(math.isfinite(v) for v in (lat, lon, zoom)) and -85 <= lat <= 85 and -180 <= lon <= 180
            and 3 <= zoom <= 18):
        return None
    return round(lat, 4), round(lon, 4), int(zoom)


def link_view() -> tuple[float, float, int] | None:
    """The centre and zoom the session's link asked for. Only this goes back to the map: fed
    the map's own reports, st_folium and Leaflet would nudge each other by a pixel forever."""
    return st.session_state.get(_AT_LINK)


def _moved(a: tuple[float, float, int] | None, b: tuple[float, float, int]) -> bool:
    """More than a few pixels apart at the zoom (or another zoom)."""
    if a is None or a[2] != b[2]:
        return True
    degrees_per_px = 360 / (256 * 2 ** b[2])
    return max(abs(a[0] - b[0]), abs(a[1] - b[1])) > 4 * degrees_per_px


def format_at(at: tuple[float, float, int]) -> str:
    return f"{at[0]:.4f},{at[1]:.4f},{int(at[2])}"


def remember_map_view(center: Any, zoom: Any) -> None:
    """Keep the map's centre and zoom (as st_folium reports them) for the URL. The view a
    session's map first shows by itself is not written: a link gets `at` once someone moved."""
    try:
        at = parse_at(f"{float(center['lat'])},{float(center['lng'])},{int(zoom)}")
    except (TypeError, KeyError, ValueError):
        return
    ss = st.session_state
    if at is None:
        return
    if ss.get(K_AT) is None and ss.get(_AT_FIRST) in (None, at):
        ss[_AT_FIRST] = at
        return
    if _moved(ss.get(K_AT), at):
        ss[K_AT] = at
        st.query_params["at"] = format_at(at)
