"""The scoring the extraction benchmark uses: matching rules of EVENT_CODING.md."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import ROOT

from benchmarks.matching import (
    Coded, accuracy_line, actor_family, actors_agree, date_agrees, km, per_gold_line, score,
)

LNA = "Military Forces of Libya (2014-) Libyan National Army"
DERNA = (32.7594, 22.6383)
BENGHAZI = (32.1167, 20.0667)
LEXICON = {"lna": LNA, "isis": "Islamic State (Libya)", "civilians": "Civilians (Libya)"}


def ev(article="a", day="2018-05-28", precision="day", types=("Battles",), a1=LNA, a2=None,
       where=DERNA, dead=None, in_libya=None) -> Coded:
    lat, lon = where if where else (None, None)
    return Coded(article, date.fromisoformat(day) if day else None, precision, frozenset(types), a1, a2,
                 lat, lon, dead, in_libya)


@pytest.mark.parametrize("gold, precision, got, agrees", [
    ("2018-05-28", "day", "2018-05-29", True),
    ("2018-05-28", "day", "2018-05-26", False),
    ("2018-05-28", "week", "2018-06-04", True),
    ("2018-05-28", "week", "2018-06-05", False),
    ("2018-05-01", "month", "2018-05-31", True),
    ("2018-05-01", "month", "2018-06-01", False),
    ("2018-01-01", "year", "2018-12-31", True),
    ("2018-01-01", "year", "2017-12-31", False),
    (None, "unknown", "2011-02-17", True),
    ("2018-05-28", "day", None, False),
])
def test_dates_agree_at_the_gold_precision(gold, precision, got, agrees):
    as_date = lambda s: date.fromisoformat(s) if s else None  # noqa: E731
    assert date_agrees(as_date(gold), precision, as_date(got)) is agrees


def test_distance_is_great_circle():
    assert km(*DERNA, *DERNA) == 0
    assert km(32.0, 20.0, 33.0, 20.0) == pytest.approx(111.19, abs=0.01)  # a degree of a meridian
    assert km(32.0, 20.0, 32.0, 21.0) == pytest.approx(94.30, abs=0.01)  # shorter at 32 N


def test_actor_families_follow_acled_naming():
    # the forces of one government in one period are one family, whatever the unit
    assert actor_family("Military Forces of Libya (2014-)") == actor_family(LNA)
    assert actor_family("Military Forces of Libya (2014-) Special Forces") == actor_family(LNA)
    assert actor_family("Military Forces of Libya (2016-) Presidential Guard") != actor_family(LNA)
    # a bracketed place or a leading acronym does not make another group; renamings are one group
    assert actor_family("Islamic State (Tripoli)") == actor_family("Islamic State (Libya)")
    assert actor_family("BRSC: Shura Council of Benghazi Revolutionaries") == \
        actor_family("Shura Council of Benghazi Revolutionaries")
    assert actor_family("Shura Council of Darnah Mujahidin") == actor_family("Mujahideen Shura Council of Derna")
    # the early 2015 notes' name of the Islamic State's Tripoli province; a 2014 typo
    assert actor_family("Islamic State of Tripoli") == actor_family("Islamic State (Libya)")
    assert actor_family("Shura Council\xa0of\xa0Islamic Youth") == actor_family("Shura CouncilofIslamic Youth")
    # ... but a militia's bracket is its name
    assert actor_family("Militia (Ibrahim Jadran)") != actor_family("Militia (Pro-Government of National Accord)")
    assert actor_family("Unidentified Armed Group (Libya)") != actor_family("Unidentified Communal Militia (Libya)")
    assert actor_family("") is None and actor_family(None) is None
    # an extracted short name goes through the lexicon's ACLED name
    assert actor_family("LNA", LEXICON) == actor_family(LNA)


def test_actor_pair_agrees_in_order_and_only_with_both():
    gold = ev(a1=LNA, a2="Islamic State (Libya)")
    assert actors_agree(gold, ev(a1="LNA", a2="ISIS"), LEXICON)
    assert not actors_agree(gold, ev(a1="ISIS", a2="LNA"), LEXICON)
    assert actors_agree(gold, ev(a1="ISIS", a2="LNA"), LEXICON, ordered=False)
    assert not actors_agree(gold, ev(a1="LNA", a2=None), LEXICON)


def test_precision_recall_and_pairs():
    gold = {"a": [ev(), ev(where=BENGHAZI, types=("Explosions/Remote violence",), dead=3)],
            "quiet": []}
    found = {"a": [ev(day="2018-05-29", a1="LNA"),  # Derna, a day later: matches
                   ev(day="2018-05-28", where=(32.70, 22.60)),  # a second telling of Derna, 7 km off
                   ev(where=(31.0, 20.0)),  # nowhere near any gold event
                   ev(where=None)],  # no point: can never match
             "quiet": [ev(article="quiet")]}
    s = score(gold, found, LEXICON)
    assert (s.gold, s.found, s.found_matched, s.gold_matched) == (2, 5, 2, 1)
    assert s.precision == pytest.approx(2 / 5) and s.recall == pytest.approx(1 / 2)
    assert s.duplication == pytest.approx(2.0)
    assert s.one_to_one == 1  # the second telling of Derna stands for no other gold event
    assert (s.empty_articles, s.empty_quiet, s.found_in_empty) == (1, 0, 1)
    # the pair is the nearest telling (the exact point), which agrees on every field but the day
    assert len(s.pairs) == 1 and s.pairs[0][1].date == date(2018, 5, 29)
    assert s.share("type") == 1 and s.share("actors") == 1 and s.share("loc") == 1
    assert s.share("date") == 0
    assert s.share("type", over_gold=True) == pytest.approx(0.5)
    whys = sorted(why for _, why in s.false_events)
    assert whys[0] == "article reports no event" and "no point" in whys
    assert any(w.startswith("no gold event within 25 km") for w in whys)
    assert [why for _, why in s.misses] == ["no extracted event within 25 km"]


def test_a_false_event_dated_long_before_the_report_is_history():
    gold = {"a": [ev()], "quiet": []}
    found = {"a": [ev(day="2011-02-17", where=BENGHAZI)], "quiet": [ev(article="quiet", day="2018-05-01")]}
    published = {"a": date(2018, 5, 31), "quiet": date(2018, 5, 31)}
    whys = [why for _, why in score(gold, found, published=published).false_events]
    assert whys == ["dated over a month before the report (history, background)", "article reports no event"]


def test_unplaced_or_misdated_gold_is_missed_and_abroad_said():
    gold = {"a": [ev(where=BENGHAZI, in_libya=False), ev(day="2018-05-01")]}
    s = score(gold, {"a": [ev(day="2018-05-28")]})
    assert s.gold_matched == 0 and s.found_matched == 0
    assert sorted(why for _, why in s.misses) == [
        "abroad, no extracted event within 25 km", "events at its place on other days (2018-05-28)"]
    assert s.false_events[0][1] == "date disagrees with the gold event at its place"


def test_fatalities_none_is_zero_and_lines_are_machine_readable():
    gold = {"a": [ev(dead=None), ev(where=BENGHAZI, dead=4)]}
    s = score(gold, {"a": [ev(dead=0), ev(where=BENGHAZI, dead=5)]})
    assert s.share("fatalities") == pytest.approx(0.5)
    assert accuracy_line("x", s) == ("accuracy x: precision 1.000, recall 1.000, type 1.000, actors 1.000, "
                                     "date 1.000, fatalities 0.500, loc 1.000 (n 2)")
    assert per_gold_line("x", s).startswith("per-gold x: type 1.000,")


def test_ucdp_subset_reads_as_one_event_per_headline_report():
    from benchmarks.gold_sets import ucdp_gold

    gold, reports = ucdp_gold(ROOT / "benchmarks" / "gold" / "ucdp_ged_libya_2014.csv")
    assert len(gold) == 103 and set(gold) == set(reports)
    for art, (text, day) in reports.items():
        (g,) = gold[art]
        assert text.strip() and g.date.year == 2014 and day.year in (2014, 2015)
        assert g.precision in ("day", "week", "month", "year") and g.placed
        assert "Battles" in g.types or "Violence against civilians" in g.types
    # event 144242: 4 dead in Sabha on 10 January, told by a BBC Monitoring headline of the 11th
    (sabha,) = gold["ged 144242"]
    assert (sabha.date, sabha.precision, sabha.fatalities) == (date(2014, 1, 10), "day", 4)
    assert reports["ged 144242"][1] == date(2014, 1, 11)


def test_acled_rows_read_old_capital_letter_exports(tmp_path):
    from benchmarks.gold_sets import acled_gold, acled_rows

    path = tmp_path / "old.csv"
    path.write_text(
        "EVENT_DATE,TIME_PRECISION,EVENT_TYPE,ACTOR1,ACTOR2,COUNTRY,LOCATION,LATITUDE,LONGITUDE,NOTES,FATALITIES\n"
        "2014-05-16,1,Remote violence,Unidentified Armed Group (Libya),,Libya,Benghazi,32.1167,20.0667,A car bomb.,2\n"
        "2014-05-16,1,Battle-No change of territory,A,B,Libya,Benghazi,32.1167,20.0667,A car bomb.,0\n"
        "2014-05-17,2,Riots/Protests,Protesters (Libya),,Libya,Tripoli,32.8925,13.18,,0\n"  # no note: left out
        "2014-05-18,1,Riots/Protests,Protesters (Tunisia),,Tunisia,Tunis,36.8,10.18,A march.,0\n",
        encoding="utf-8")
    rows = acled_rows(path)
    assert [r["day"] for r in rows] == [date(2014, 5, 16)] * 2
    gold, notes = acled_gold(rows)
    assert list(notes) == ["row 2"] and len(gold["row 2"]) == 2  # one note, two rows: one article
    assert gold["row 2"][0].types == {"Explosions/Remote violence"} and gold["row 2"][0].fatalities == 2


def test_the_type_names_of_2015_are_read_as_the_current_ones():
    from benchmarks.gold_sets import acled_types

    # ACLED's realtime files of 2015 write "Remote Violence", and "Non-violent activity by a
    # conflict actor" for a strategic development: read as written, no extracted type could agree
    assert acled_types("Remote Violence") == acled_types("Remote violence") == {"Explosions/Remote violence"}
    assert acled_types("Non-violent activity by a conflict actor") == {"Strategic developments"}
    assert acled_types("Battles") == {"Battles"}  # a current name stays


def test_the_2011_span_of_early_2015_files_is_the_government_of_its_day():
    from benchmarks.gold_sets import acled_dated_name

    # January 2015: "Gen. Haftar's warplanes bombarded ..." is coded "Military Forces of Libya
    # (2011-)"; from March the same files call that army "(2014-)", as Marsad does
    army = "Military Forces of Libya (2011-)"
    jan_2015 = acled_dated_name(army, date(2015, 1, 20))
    assert actor_family(jan_2015) == actor_family("Military Forces of Libya (2014-)")
    assert actor_family(acled_dated_name(army, date(2014, 6, 1))) == actor_family("Military Forces of Libya (2012-2014)")
    assert acled_dated_name("Police Forces of Libya (2011-)", date(2015, 2, 1)) == "Police Forces of Libya (2014-)"
    # under the GNA "the state" is two: the name stays as ACLED wrote it
    assert acled_dated_name(army, date(2016, 5, 1)) == army
    assert acled_dated_name("Military Forces of Libya (2014-)", date(2015, 1, 20)) == "Military Forces of Libya (2014-)"
    assert acled_dated_name(None, date(2015, 1, 20)) is None


def test_one_to_one_lets_an_event_stand_for_one_gold_event_only():
    # three gold events in one town the same day, two extracted: at most two pairs, and the
    # augmenting path finds them even when the first event could take either gold event
    tripoli = (32.8967, 13.1778)
    week = ev(where=tripoli, day="2018-05-20", precision="week")  # the 20th to the 27th
    day = ev(where=tripoli, day="2018-05-28")
    gold = {"a": [week, day, ev(where=BENGHAZI)]}
    on_27, on_21 = ev(where=tripoli, day="2018-05-27"), ev(where=tripoli, day="2018-05-21")
    # the week event takes the 27th first; the day event needs it, so the week moves to the 21st
    s = score(gold, {"a": [on_27, on_21]})
    assert s.gold_matched == 2 and s.one_to_one == 2
    assert score(gold, {"a": [on_27]}).one_to_one == 1 and score(gold, {"a": [on_27]}).gold_matched == 2


def test_articles_outside_the_shared_file_are_read_from_a_corpus_checkout(tmp_path):
    from benchmarks.gold_sets import ant_gold, corpus_articles

    doc = tmp_path / "SkyNews" / "middleEast" / "SK-middleEast-1-20180601.txt"
    doc.parent.mkdir(parents=True)
    body = "قصف الجيش مواقع في درنة أمس.\nوقال مصدر إن الاشتباكات توقفت."
    doc.write_text(f"<DOC>\n<DOCNO>SK-middleEast-1-20180601</DOCNO>\n<URL>https://example.org/1</URL>\n"
                   f"<TITLE>قصف في درنة</TITLE>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n", encoding="utf-8")
    gold_file = tmp_path / "ant_extra_test.jsonl"
    gold_file.write_text(
        '{"docno": "SK-middleEast-1-20180601", "path": "SkyNews/middleEast/SK-middleEast-1-20180601.txt", "events": '
        '[{"date": "2018-05-31", "date_precision": "day", "event_type": "Explosions/Remote violence", '
        '"actor1": null, "actor2": null, "lat": 32.76, "lon": 22.64, "fatalities": null, "in_libya": true, '
        '"evidence_start": 0, "evidence_end": 28}], "notes": ""}\n', encoding="utf-8")
    texts = corpus_articles(gold_file, tmp_path)
    assert texts["SK-middleEast-1-20180601"]["text"] == body
    assert texts["SK-middleEast-1-20180601"]["date"] == "2018-06-01"
    gold, _ = ant_gold(gold_file, texts)
    assert gold["SK-middleEast-1-20180601"][0].label == body[:28]


def test_a_gold_file_may_draw_on_two_corpus_checkouts(tmp_path):
    import pytest

    from benchmarks.gold_sets import MissingArticles, corpus_articles

    multi, data = tmp_path / "multisource", tmp_path / "data"
    for root, rel, doc in ((multi, "SkyNews/middleEast", "SK-middleEast-1-20180601"),
                           (data, "localNews", "JA-localNews-548-25012014")):
        (root / rel).mkdir(parents=True)
        (root / rel / f"{doc}.txt").write_text(f"<DOC>\n<DOCNO>{doc}</DOCNO>\n<TEXT>\nنص {doc}\n</TEXT>\n</DOC>\n",
                                               encoding="utf-8")
    gold_file = tmp_path / "ant_extra_two.jsonl"
    gold_file.write_text(
        '{"docno": "SK-middleEast-1-20180601", "path": "SkyNews/middleEast/SK-middleEast-1-20180601.txt", '
        '"events": [], "notes": ""}\n'
        '{"docno": "JA-localNews-548-25012014", "repo": "antcorpus/antcorpus.data", '
        '"path": "localNews/JA-localNews-548-25012014.txt", "events": [], "notes": ""}\n', encoding="utf-8")
    texts = corpus_articles(gold_file, [multi, data])
    assert texts["JA-localNews-548-25012014"]["date"] == "2014-01-25"  # Jawhara's day-first docnos
    assert texts["SK-middleEast-1-20180601"]["date"] == "2018-06-01"
    with pytest.raises(MissingArticles, match="antcorpus/antcorpus.data"):
        corpus_articles(gold_file, [multi])


def test_the_corpus_gold_files_name_their_articles_and_spans():
    import json
    from pathlib import Path

    for path in sorted((Path(__file__).parent.parent / "benchmarks" / "gold").glob("ant_extra_*.jsonl")):
        for row in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines())):
            assert row["docno"] in row["path"] and row["path"].endswith(".txt")
            for e in row["events"]:
                assert 0 <= e["evidence_start"] < e["evidence_end"], row["docno"]
