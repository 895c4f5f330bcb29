"""The ingest loop on real files and a real SQLite store."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

import geo
from conftest import SEED, shared_file
from events.ingest import IngestSummary, ingest, ingest_text, split_error
from events.store import Store

ARABIC_REPORT = ("قصفت طائرات الجيش الوطني الليبي اليوم مواقع للميليشيات في منطقة عين زارة جنوب طرابلس، "
                 "ما أسفر عن مقتل 5 مسلحين وإصابة 7 آخرين.")


@pytest.fixture(scope="module")
def resolver() -> geo.Resolver:
    return geo.Resolver(offline=True)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "ingest.sqlite")
    yield s
    s.close()


def copy_seed(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / SEED.name
    shutil.copy(SEED, target)
    sidecar = SEED.with_name(SEED.name + ".meta.json")
    if sidecar.exists():
        shutil.copy(sidecar, folder / sidecar.name)
    return target


def test_seed_goes_in_once(store: Store, resolver: geo.Resolver, tmp_path: Path) -> None:
    seen = []
    summary = ingest([SEED], store, resolver=resolver, progress=False, on_report=seen.append)
    assert isinstance(summary, IngestSummary) and summary.ok
    [outcome] = summary.outcomes
    assert seen == [outcome]
    assert outcome.events_found > 0 and outcome.events_added == outcome.events_found
    assert outcome.report_id and outcome.title
    assert store.counts() == {"reports": 1, "events": outcome.events_added}
    assert outcome.line().endswith(f"{outcome.events_found} events ({outcome.events_found} new), "
                                   f"{outcome.places_unresolved} "
                                   f"place{'' if outcome.places_unresolved == 1 else 's'} unresolved")
    stored = store.report(outcome.report_id)
    assert stored is not None and stored.published == date(2019, 9, 29)  # from the sidecar

    again = ingest([SEED], store, resolver=resolver, progress=False)
    assert again.ok and again.events_added == 0 and again.events_found == outcome.events_found
    assert again.outcomes[0].already_stored
    assert store.counts() == {"reports": 1, "events": outcome.events_added}


def test_bad_inputs_are_one_line_each_and_the_rest_goes_in(store: Store, resolver: geo.Resolver,
                                                           tmp_path: Path) -> None:
    before = ingest([SEED], store, resolver=resolver, progress=False)
    stored_before = store.counts()
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "cp1256.txt").write_bytes(ARABIC_REPORT.encode("cp1256"))
    (folder / "page.html").write_text(
        "<html><head><script>var x = 'غارة على سرت';</script><style>p{}</style></head>"
        "<body><nav>menu</nav><article><p>Clashes broke out in Sirte between LNA forces and "
        "GNA-aligned brigades, killing 4 fighters.</p></article></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": "Armed clashes in Sabha left 2 dead.", "date": "2019-05-01"}),
             "{broken json",
             json.dumps({"id": "b", "text": ARABIC_REPORT.replace("5", "6"), "date": "2019-05-02"})]
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    summary = ingest([folder], store, resolver=resolver, progress=False)
    assert not summary.ok
    failed = {Path(o.path.split(" line ")[0]).name: o for o in summary.failed}
    assert set(failed) == {"empty.txt", "binary.txt", "reports.jsonl"}
    assert " line 2" in failed["reports.jsonl"].path
    for o in summary.failed:
        assert "\n" not in o.line() and ": error: " in o.line()
    good = [o for o in summary.outcomes if o.ok]
    assert len(good) == 4  # cp1256, html, two jsonl lines
    texts = {store.report(o.report_id).text for o in good}
    assert ARABIC_REPORT in texts  # decoded, not mojibake
    assert not any("var x" in t for t in texts)  # scripts are not text
    assert store.counts()["reports"] == stored_before["reports"] + 4
    assert len(store.events(before.outcomes[0].report_id)) == before.events_added  # intact


def test_anchor_dates_undated_reports_only(store: Store, resolver: geo.Resolver, tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(ARABIC_REPORT, encoding="utf-8")
    summary = ingest([path], store, resolver=resolver, progress=False, anchor=date(2019, 9, 29))
    report = store.report(summary.outcomes[0].report_id)
    assert report.published == date(2019, 9, 29) and report.date_precision == "day"
    seed = ingest([SEED], store, resolver=resolver, progress=False, anchor=date(2000, 1, 1))
    assert store.report(seed.outcomes[0].report_id).published == date(2019, 9, 29)


def test_ingest_text_for_the_dashboard_form(store: Store, resolver: geo.Resolver) -> None:
    outcome = ingest_text(ARABIC_REPORT, store, resolver=resolver, title="paste", published="2019-09-29")
    assert outcome.ok and outcome.events_added >= 1
    assert store.report(outcome.report_id).title == "paste"
    empty = ingest_text("   ", store, resolver=resolver)
    assert not empty.ok and "\n" not in empty.error


class BrokenResolver(geo.Resolver):
    """A resolver that fails on one report: stands for a bug met on one odd input."""

    def find_places(self, text, context=None):  # type: ignore[override]
        if "Sabha" in text:
            raise RuntimeError("boom")
        return super().find_places(text, context)


def test_a_bug_on_one_report_does_not_lose_the_batch(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Armed clashes in Sabha left 2 dead.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARABIC_REPORT, encoding="utf-8")
    summary = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store,
                     resolver=BrokenResolver(offline=True), progress=False)
    assert [o.ok for o in summary.outcomes] == [False, True]
    assert "RuntimeError: boom" in summary.outcomes[0].error
    assert store.counts()["reports"] == 1


def test_split_error_names_file_and_line() -> None:
    from events.errors import ReportError

    err = ReportError("/x/y.jsonl line 3: not valid JSON")
    err.path = "/x/y.jsonl"
    assert split_error(err) == ("/x/y.jsonl line 3", "not valid JSON")


def test_ant_articles_twice_add_nothing_the_second_time(store: Store, resolver: geo.Resolver) -> None:
    ant = shared_file("ant_libya_arabic_news.jsonl")
    first = ingest([ant], store, resolver=resolver, progress=False)
    assert first.ok, [o.line() for o in first.failed][:5]
    assert first.reports == 241
    assert first.events_added > 0
    counts = store.counts()
    second = ingest([ant], store, resolver=resolver, progress=False)
    assert second.ok and second.reports == 241
    assert second.events_added == 0
    assert store.counts() == counts
    print(f"ANT: {counts['reports']} reports stored, {counts['events']} events; "
          f"{sum(1 for o in first.outcomes if o.events_found)} reports with events")


def test_replace_re_extracts_stored_reports(store: Store, resolver: geo.Resolver) -> None:
    first = ingest([SEED], store, resolver=resolver, progress=False)
    again = ingest([SEED], store, resolver=resolver, progress=False, replace=True)
    assert again.ok and again.events_added == first.events_added
    assert store.counts() == {"reports": 1, "events": first.events_added}
