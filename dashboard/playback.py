"""Time playback: the filtered events played through time, a day or a week a frame, each frame
showing that step's events (or everything up to it), the timeline marking where playback is.
Play advances the frame on its own at the chosen speed; a link keeps the frame (``frame=`` its
first day, ``step=``, ``upto=1`` for "everything so far"), and a PNG snapshot of a frame is
stamped with the frame's dates (its filters carry them).

``frames``/``window``/``select`` are plain pandas (tests call them without Streamlit);
``controls`` draws the bar above the map and ``ticker`` advances it.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

import pandas as pd

STEPS = {"day": 1, "week": 7}
SPEEDS = {"slow": 2.0, "normal": 1.0, "fast": 0.5}  # seconds a frame is shown
K_ON, K_FRAME, K_STEP, K_UPTO, K_PLAYING, K_SPEED = ("p_on", "p_frame", "p_step", "p_upto", "p_playing",
                                                     "p_speed")


class Frame(NamedTuple):
    """The frame on screen: its first and last day, the first day of every frame, its events."""
    lo: date
    hi: date
    starts: list[date]
    events: pd.DataFrame


def frames(dates: pd.Series, step: str) -> list[date]:
    """The first day of every frame from the first dated event to the last."""
    when = pd.to_datetime(dates, errors="coerce").dropna()
    if when.empty:
        return []
    lo, hi = when.min().date(), when.max().date()
    if step == "week":
        lo -= timedelta(days=lo.weekday())  # weeks from Monday, as the timeline's bars
    n = (hi - lo).days // STEPS[step] + 1
    return [lo + timedelta(days=k * STEPS[step]) for k in range(n)]


def window(starts: list[date], index: int, step: str, upto: bool) -> tuple[date, date]:
    """The days frame ``index`` shows: its step, or from the first frame on (``upto``)."""
    index = min(max(index, 0), len(starts) - 1)
    lo = starts[0] if upto else starts[index]
    return lo, starts[index] + timedelta(days=STEPS[step] - 1)


def select(df: pd.DataFrame, lo: date, hi: date) -> pd.DataFrame:
    """The events dated within [lo, hi] (undated ones have no frame)."""
    when = pd.to_datetime(df["event_date"], errors="coerce")
    return df.loc[(when >= pd.Timestamp(lo)) & (when <= pd.Timestamp(hi))]


# ---------------------------------------------------------------- the URL

def seed(params: Mapping[str, Any], ss: Any) -> None:
    """A session's first run: playback as the link says."""
    def first(key: str) -> str | None:
        try:
            v = params.get(key)
        except Exception:  # noqa: BLE001 - a hand-edited link is never an error page
            return None
        return (v[0] if isinstance(v, (list, tuple)) and v else v) if v else None

    ss[K_STEP] = first("step") if first("step") in STEPS else "day"
    ss[K_UPTO] = first("upto") == "1"
    try:
        ss["_p_frame_day"] = date.fromisoformat(str(first("frame"))[:10]) if first("frame") else None
    except ValueError:
        ss["_p_frame_day"] = None
    ss[K_ON] = ss["_p_frame_day"] is not None
    ss[K_PLAYING] = False
    ss[K_SPEED] = "normal"


def query_params(ss: Any, starts: list[date]) -> dict[str, str]:
    if not ss.get(K_ON) or not starts:
        return {}
    out = {"frame": starts[min(int(ss.get(K_FRAME) or 0), len(starts) - 1)].isoformat()}
    if ss.get(K_STEP) == "week":
        out["step"] = "week"
    if ss.get(K_UPTO):
        out["upto"] = "1"
    return out


# ---------------------------------------------------------------- the page

def controls(shown: pd.DataFrame) -> Frame | None:
    """The playback bar (when switched on in the sidebar); the frame on screen, or None."""
    import streamlit as st

    ss = st.session_state
    if not ss.get(K_ON):
        return None
    starts = frames(shown["event_date"] if "event_date" in shown else pd.Series(dtype=object), ss[K_STEP])
    if not starts:
        st.caption("Playback needs dated events: none is shown.")
        return None
    wanted = ss.pop("_p_frame_day", None)
    if wanted is not None:  # a link's frame: the frame holding that day
        ss[K_FRAME] = max(0, min(len(starts) - 1, (wanted - starts[0]).days // STEPS[ss[K_STEP]]))
    ss[K_FRAME] = min(max(int(ss.get(K_FRAME) or 0), 0), len(starts) - 1)
    c1, c2, c3, c4 = st.columns([1, 1, 1, 5])
    if c1.button("⏸ Pause" if ss.get(K_PLAYING) else "▶ Play", key="p_play", width="stretch"):
        ss[K_PLAYING] = not ss.get(K_PLAYING)
        if ss[K_PLAYING] and ss[K_FRAME] >= len(starts) - 1:
            ss[K_FRAME] = 0  # play again from the start
    if c2.button("◀ Step", key="p_back", width="stretch"):
        ss[K_FRAME] = max(0, ss[K_FRAME] - 1)
        ss[K_PLAYING] = False
    if c3.button("Step ▶", key="p_next", width="stretch"):
        ss[K_FRAME] = min(len(starts) - 1, ss[K_FRAME] + 1)
        ss[K_PLAYING] = False
    if len(starts) > 1:
        c4.slider("Frame", 0, len(starts) - 1, key=K_FRAME, label_visibility="collapsed",
                  format=f"frame %d of {len(starts) - 1} (0 = the first)")
    lo, hi = window(starts, ss[K_FRAME], ss[K_STEP], bool(ss.get(K_UPTO)))
    on_map = select(shown, lo, hi)
    st.caption(f"Playback: {lo.isoformat()} – {hi.isoformat()} · {len(on_map)} event(s) on the map "
               f"(frame {ss[K_FRAME]} of {len(starts) - 1}, counted from 0 as on the slider)")
    return Frame(lo, hi, starts, on_map)


def ticker(n_frames: int) -> None:
    """While playing, the next frame every SPEEDS[speed] seconds (a fragment that reruns the
    whole page when it moves on); at the last frame, playback stops there."""
    import streamlit as st

    ss = st.session_state
    if not ss.get(K_ON) or not ss.get(K_PLAYING) or n_frames < 2:
        return

    @st.fragment(run_every=SPEEDS.get(ss.get(K_SPEED), 1.0))
    def tick() -> None:
        if not ss.get(K_PLAYING):
            return
        if ss.get("_p_ticked"):
            if int(ss.get(K_FRAME) or 0) >= n_frames - 1:
                ss[K_PLAYING] = False
            else:
                ss[K_FRAME] = int(ss.get(K_FRAME) or 0) + 1
            ss["_p_ticked"] = False
            st.rerun(scope="app")
        ss["_p_ticked"] = True  # the fragment's first run draws; the next one moves on

    tick()
