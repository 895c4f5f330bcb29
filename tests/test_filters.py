"""dashboard.filters: each filter, combinations, the URL round trip, junk in links."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.filters import Filters, fold_text
from dashboard.synthetic import synthetic_events


def frame() -> pd.DataFrame:
    rows = [
        dict(id="a", event_date="2019-04-05", event_type="Battles", sub_event_type="Armed clash",
             actor1="LNA", actor2="GNA-aligned forces", assoc_actors=[], admin1="Tripoli", fatalities=12,
             evidence="اشتباكات عنيفة في عين زارة", location="Ain Zara", location_ar="عين زارة",
             report_title="Clashes south of Tripoli"),
        dict(id="b", event_date="2019-06-01", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
             actor1="LNA", actor2=None, assoc_actors=["Wagner Group"], admin1="Misrata", fatalities=None,
             evidence="Drone strike on the air college", location="Misrata", location_ar="مصراتة",
             report_title="Strike on Misrata"),
        dict(id="c", event_date=None, event_type="Protests", sub_event_type="Peaceful protest",
             actor1="Protesters", actor2=None, assoc_actors=[], admin1="Benghazi", fatalities=0,
             evidence="Protest in Benghazi", location="Benghazi", location_ar="بنغازي",
             report_title="Protest"),
        dict(id="d", event_date="2020-01-10", event_type="Battles", sub_event_type="Armed clash",
             actor1="Turkish forces", actor2="LNA", assoc_actors=[], admin1="Tripoli", fatalities=3,
             evidence="Fighting at Mitiga airport", location="Mitiga airport", location_ar="مطار معيتيقة",
             report_title="Mitiga"),
    ]
    df = pd.DataFrame(rows)
    df["event_date"] = pd.to_datetime(df["event_date"])  # as the store gives it: NaT when unknown
    df["fatalities"] = df["fatalities"].astype("Int64")
    return df


def ids(df: pd.DataFrame) -> list[str]:
    return sorted(df["id"])


def test_default_keeps_everything():
    df = frame()
    assert ids(Filters().apply(df)) == ["a", "b", "c", "d"]
    assert Filters().describe() == ""
    assert Filters().to_query_params() == {}


def test_dates_inclusive_and_undated():
    df = frame()
    f = Filters(date_from=date(2019, 4, 5), date_to=date(2019, 6, 1))
    assert ids(f.apply(df)) == ["a", "b", "c"]  # undated shown by default
    assert ids(f.replace(include_undated=False).apply(df)) == ["a", "b"]
    assert ids(Filters(include_undated=False).apply(df)) == ["a", "b", "d"]
    assert ids(Filters(date_from=date(2019, 12, 1)).apply(df)) == ["c", "d"]


def test_dates_as_text_or_date_objects():
    df = frame()
    df["event_date"] = [date(2019, 4, 5), date(2019, 6, 1), None, date(2020, 1, 10)]
    assert ids(Filters(date_to=date(2019, 5, 1), include_undated=False).apply(df)) == ["a"]
    df["event_date"] = ["2019-04-05", "2019-06-01", None, "2020-01-10"]
    assert ids(Filters(date_to=date(2019, 5, 1), include_undated=False).apply(df)) == ["a"]


def test_actor_matches_either_side_and_associated():
    df = frame()
    assert ids(Filters(actors=("LNA",)).apply(df)) == ["a", "b", "d"]
    assert ids(Filters(actors=("GNA-aligned forces",)).apply(df)) == ["a"]
    assert ids(Filters(actors=("Wagner Group",)).apply(df)) == ["b"]
    assert ids(Filters(actors=("Wagner Group", "Protesters")).apply(df)) == ["b", "c"]
    assert ids(Filters(actors=("Nobody",)).apply(df)) == []


def test_types_subtypes_admin1_fatalities():
    df = frame()
    assert ids(Filters(event_types=("Battles",)).apply(df)) == ["a", "d"]
    assert ids(Filters(sub_event_types=("Air/drone strike", "Peaceful protest")).apply(df)) == ["b", "c"]
    assert ids(Filters(admin1=("Tripoli",)).apply(df)) == ["a", "d"]
    assert ids(Filters(min_fatalities=3).apply(df)) == ["a", "d"]  # unknown counts are not >= 3
    assert ids(Filters(min_fatalities=13).apply(df)) == []


def test_text_is_case_and_arabic_spelling_insensitive():
    df = frame()
    assert ids(Filters(text="DRONE").apply(df)) == ["b"]
    assert ids(Filters(text="mitiga").apply(df)) == ["d"]  # location and title
    assert ids(Filters(text="عين زاره").apply(df)) == ["a"]  # ة/ه folded
    assert ids(Filters(text="مصراته").apply(df)) == ["b"]
    assert ids(Filters(text="اشتباكات").apply(df)) == ["a"]
    assert ids(Filters(text="[(*").apply(df)) == []  # not a regex
    assert fold_text("  إشتِباكات  ") == "اشتباكات"


def test_combinations():
    df = frame()
    f = Filters(actors=("LNA",), event_types=("Battles",), admin1=("Tripoli",), min_fatalities=5)
    assert ids(f.apply(df)) == ["a"]
    f = Filters(date_from=date(2019, 1, 1), date_to=date(2019, 12, 31), include_undated=False, text="strike")
    assert ids(f.apply(df)) == ["b"]


def test_apply_does_not_change_the_frame_and_handles_empty():
    df = frame()
    before = df.copy()
    Filters(actors=("LNA",), text="x").apply(df)
    pd.testing.assert_frame_equal(df, before)
    empty = df.iloc[0:0]
    assert Filters(actors=("LNA",), text="x", date_from=date(2019, 1, 1)).apply(empty).empty


def test_query_param_round_trip():
    f = Filters(date_from=date(2019, 4, 1), date_to=date(2019, 6, 30), include_undated=False,
                actors=("LNA", "GNA-aligned forces"), event_types=("Battles",),
                sub_event_types=("Armed clash",), admin1=("Tripoli",), min_fatalities=5, text="عين زارة")
    params = f.to_query_params()
    assert set(params) == {"from", "to", "undated", "actor", "type", "subtype", "admin1", "minfat", "q"}
    assert params["actor"] == ["LNA", "GNA-aligned forces"]
    assert Filters.from_query_params(params) == f
    # Streamlit gives single values as strings
    flat = {k: (v[0] if isinstance(v, list) and len(v) == 1 else v) for k, v in params.items()}
    assert Filters.from_query_params(flat) == f


def test_only_changed_values_in_the_url():
    assert Filters(min_fatalities=2).to_query_params() == {"minfat": "2"}
    assert Filters(event_types=("Riots",)).to_query_params() == {"type": ["Riots"]}


@pytest.mark.parametrize("params", [
    {"from": "yesterday", "to": "2019-13-45", "minfat": "many", "undated": "perhaps"},
    {"from": ["", None], "actor": [None, "", "  "], "q": ""},
    {"unknown": "x", "minfat": "-5"},
    {"minfat": "1e400"},
    None,
    {},
])
def test_junk_params_are_ignored_not_fatal(params):
    assert Filters.from_query_params(params) == Filters()


def test_junk_mixed_with_good_keeps_the_good():
    f = Filters.from_query_params({"from": "2019-02-30", "to": "2019-05-01", "type": "Battles", "minfat": "x"})
    assert f == Filters(date_to=date(2019, 5, 1), event_types=("Battles",))
    # reversed range is put right rather than showing nothing
    f = Filters.from_query_params({"from": "2020-01-01", "to": "2019-01-01"})
    assert f.date_from == date(2019, 1, 1) and f.date_to == date(2020, 1, 1)
    # hand-edited links with huge lists are cut, not trusted
    f = Filters.from_query_params({"actor": [f"a{i}" for i in range(10_000)]})
    assert len(f.actors) == 200


def test_describe_is_one_readable_line():
    f = Filters(date_from=date(2019, 4, 1), include_undated=False, event_types=("Battles", "Riots"),
                actors=tuple(f"actor {i}" for i in range(6)), min_fatalities=5, text="drone")
    text = f.describe()
    assert "\n" not in text
    for part in ("2019-04-01", "undated events hidden", "Battles, Riots", "and 2 more", "≥ 5 killed", "drone"):
        assert part in text


def test_frozen_and_hashable():
    f = Filters(actors=["LNA"])  # lists are taken and kept as tuples
    assert f.actors == ("LNA",)
    assert hash(f) == hash(Filters(actors=("LNA",)))
    with pytest.raises(Exception):
        f.text = "x"  # type: ignore[misc]


def test_synthetic_frame_filters_fast_path():
    df = synthetic_events(2_000, seed=3)
    shown = Filters(event_types=("Battles",), include_undated=False).apply(df)
    assert len(shown) > 0 and set(shown["event_type"]) == {"Battles"}
    assert shown["event_date"].notna().all()
    assert Filters(actors=(df["actor1"].iloc[0],)).apply(df)["id"].iloc[0] is not None


def test_describe_cannot_carry_template_code():
    # a link's text reaches snapshot stamps, which folium compiles as Jinja templates
    import jinja2

    text = Filters.from_query_params({"q": "{{ 7*7 }} {% if 1 %}x{% endif %} {# c #}"}).describe()
    assert "{{" not in text and "{%" not in text and "{#" not in text
    assert "49" not in jinja2.Template(text).render()
    assert "7*7" in text


def test_text_matches_diacritics_and_letter_variants_in_the_reports():
    df = frame()
    df.loc[0, "evidence"] = "قصفٌ على طَرابُلس وإجدابيا"  # harakat and hamza forms in the stored text
    assert ids(Filters(text="طرابلس").apply(df)) == ["a"]
    assert ids(Filters(text="اجدابيا").apply(df)) == ["a"]
    assert ids(Filters(text="قصف على").apply(df)) == ["a"]
    df.loc[1, "evidence"] = "Strike   on   the air college"
    assert ids(Filters(text="strike on").apply(df)) == ["b"]  # runs of spaces


def test_from_streamlit_style_query_params():
    class QueryParams(dict):  # like st.query_params: [key] is the last value, get_all() all of them
        def __getitem__(self, key):
            return super().__getitem__(key)[-1]

        def get_all(self, key):
            return list(super().__getitem__(key))

    qp = QueryParams({"actor": ["LNA", "ISIS"], "minfat": ["3"]})
    assert Filters.from_query_params(qp) == Filters(actors=("LNA", "ISIS"), min_fatalities=3)


def test_events_abroad_hidden_unless_asked_and_unknown_kept() -> None:
    from dashboard.filters import abroad

    df = pd.DataFrame({"id": ["ly", "eg", "unknown", "na"], "in_libya": pd.array([True, False, None, None], dtype="boolean")})
    assert list(abroad(df)) == [False, True, False, False]
    assert list(df[Filters().mask(df)]["id"]) == ["ly", "unknown", "na"]
    shown = Filters(include_abroad=True)
    assert list(df[shown.mask(df)]["id"]) == ["ly", "eg", "unknown", "na"]
    assert shown.to_query_params() == {"abroad": "1"}
    assert Filters.from_query_params({"abroad": "1"}) == shown
    assert "events abroad shown" in shown.describe()
    # Frames without the column (older exports, synthetic data) lose nothing.
    assert Filters().mask(pd.DataFrame({"id": ["a"]})).all()


def test_source_filter_news_datasets_and_outlets():
    from dashboard.filters import NEWS
    from dashboard.state import facets_of

    df = frame().assign(report_source=["Libya Observer", "ACLED", None, "UCDP GED"])
    assert ids(Filters(sources=(NEWS,)).apply(df)) == ["a", "c"]  # every outlet, and one with none named
    assert ids(Filters(sources=("ACLED",)).apply(df)) == ["b"]
    assert ids(Filters(sources=("ACLED", "UCDP GED")).apply(df)) == ["b", "d"]
    assert ids(Filters(sources=("Libya Observer",)).apply(df)) == ["a"]
    assert ids(Filters(sources=("Al Wasat",)).apply(df)) == []
    f = Filters(sources=(NEWS, "ACLED"))
    assert f.to_query_params() == {"src": [NEWS, "ACLED"]}
    assert Filters.from_query_params(f.to_query_params()) == f
    assert "sources: " in f.describe()
    assert facets_of(df).sources == (NEWS, "ACLED", "UCDP GED", "(no source given)", "Libya Observer")
