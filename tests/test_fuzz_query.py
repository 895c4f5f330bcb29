"""Fuzzing the page's URL: any query parameters a hand-edited or hostile link can carry.

Filters.from_query_params never raises, what it builds survives a round trip through the URL,
filters a real events frame, and describes itself without template syntax."""
from __future__ import annotations

import pandas as pd
import pytest
from fuzzing import TRIED, any_text, fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from dashboard.filters import QUERY_KEYS, Filters
from dashboard.synthetic import synthetic_events

_values = st.one_of(any_text, st.sampled_from(("2019-04-04", "2019-13-45", "0001-01-01", "9999-12-31", "1e308",
                                               "-5", "nan", "inf", "true", "off", "{{ 7*7 }}", "{% x %}")),
                    st.integers(), st.floats(), st.none(), st.binary(max_size=10))
_params = st.dictionaries(st.one_of(st.sampled_from(QUERY_KEYS), st.text(max_size=8)),
                          st.one_of(_values, st.lists(_values, max_size=5)), max_size=len(QUERY_KEYS) + 3)


class QueryParams:
    """The shape of st.query_params: [key] gives the last value, get_all(key) all of them."""

    def __init__(self, data: dict) -> None:
        self._data = data

    def keys(self):
        return self._data.keys()

    def __getitem__(self, key):
        v = self._data[key]
        return v[-1] if isinstance(v, list) and v else v

    def get_all(self, key):
        v = self._data.get(key, [])
        return v if isinstance(v, list) else [v]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return synthetic_events(120, seed=7)


@given(params=_params, as_streamlit=st.booleans())
@fuzz(100)
@example(params={"from": "2019-05-01", "to": "2019-04-01", "minfat": "1e400", "q": "(" * 400}, as_streamlit=False)
@example(params={"actor": ["x"] * 1000, "q": "{{ config }}"}, as_streamlit=True)
def test_any_query_parameters(frame: pd.DataFrame, params: dict, as_streamlit: bool) -> None:
    TRIED["page URL"] += 1
    f = Filters.from_query_params(QueryParams(params) if as_streamlit else params)
    if f.date_from and f.date_to:
        assert f.date_from <= f.date_to
    assert f.min_fatalities >= 0
    # A link the page writes opens the same view.
    assert Filters.from_query_params(f.to_query_params()) == f
    shown = f.apply(frame)
    assert len(shown) <= len(frame)
    stamp = f.describe()
    for marker in ("{{", "{%", "{#"):
        assert marker not in stamp


def test_the_stamp_of_any_link_is_one_line() -> None:
    assert "\n" not in Filters.from_query_params({"actor": "0\nطرابلس"}).describe()
