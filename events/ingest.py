"""The ingest loop: read reports, extract their events, store each report in one transaction.

Shared by ``marsad ingest``, ``marsad demo`` and the dashboard's "add a report" form. A file
that cannot be read, or a report whose extraction fails, becomes one line in the summary and
the loop goes on; what was stored before is never touched (each report is its own
transaction, and a report already stored adds nothing).
"""
from __future__ import annotations

import itertools
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable
import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from events.errors import ReportError, StoreError, printable
from events.records import Report
from geo.errors import MarsadError

if TYPE_CHECKING:
    from events.store import Store
    from geo.resolve import Resolver


@dataclass(frozen=True)
class ReportOutcome:
    """What happened to one report (or one file that could not be read)."""

    path: str
    report_id: str | None = None
    title: str = ""
    events_found: int = 0
    events_added: int = 0
    places_unresolved: int = 0
    error: str | None = None
    already_stored: bool = False  # stored before: not extracted again, events_found = stored count

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        """The summary line ``marsad ingest`` prints for this report."""
        where = self.path or self.report_id or "?"
        if self.error is not None:
            return f"{where}: error: {self.error}"
        noun = "event" if self.events_found == 1 else "events"
        if self.already_stored:
            return f"{where}: {self.events_found} {noun} (0 new: already stored)"
        places = "place" if self.places_unresolved == 1 else "places"
        return (f"{where}: {self.events_found} {noun} ({self.events_added} new), "
                f"{self.places_unresolved} {places} unresolved")


@dataclass(frozen=True)
class IngestSummary:
    outcomes: tuple[ReportOutcome, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> tuple[ReportOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.ok)

    @property
    def ok(self) -> bool:
        """True when every report went in (already-stored ones count as in)."""
        return not self.failed

    @property
    def reports(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def events_found(self) -> int:
        return sum(o.events_found for o in self.outcomes)

    @property
    def events_added(self) -> int:
        return sum(o.events_added for o in self.outcomes)

    @property
    def places_unresolved(self) -> int:
        return sum(o.places_unresolved for o in self.outcomes)

    def line(self) -> str:
        """The final total line."""
        failed = len(self.failed)
        return (f"total: {self.reports} report{'s' if self.reports != 1 else ''} read, "
                f"{self.events_found} events found, {self.events_added} new, "
                f"{self.places_unresolved} places unresolved, "
                f"{failed} failed")


def display_path(path: str | Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    text = str(path)
    if not text or text == "-" or text.startswith("<"):
        return printable(text)
    try:
        return printable(str(Path(text).resolve().relative_to(Path.cwd().resolve())))
    except (ValueError, OSError):
        return printable(text)


def with_anchor(report: Report, anchor: date | None) -> Report:
    """Give a report with no publication date of its own the date the user supplied."""
    if anchor is None or report.published is not None:
        return report
    return dataclasses.replace(report, published=anchor, date_precision="day",
                   date_note=report.date_note or "publication date given on the command line")


def count_unresolved(report: Report, resolver: Resolver | None) -> int:
    """Place mentions the resolver could not place (what an analyst may add to the gazetteer)."""
    from events.extract import place_mentions

    return sum(1 for row in place_mentions(report, resolver) if row.get("latitude") is None)


def ingest_report(report: Report, store: Store, *, resolver: Resolver | None = None,
                  replace: bool = False) -> ReportOutcome:
    """Extract one report's events and store them; a bad report gives an outcome with an error."""
    skipped = already_stored(report, store, replace)
    if skipped is not None:
        return skipped
    return store_extracted(report, store, extract_report(report, resolver), replace=replace)


def already_stored(report: Report, store: Store, replace: bool) -> ReportOutcome | None:
    """The outcome of a report stored before (same text, same id: it would add nothing, so its
    extraction is skipped), or None when it must be extracted."""
    if replace:
        return None
    stored = store.stored_events(report.id)
    if stored is None:
        return None
    where = display_path(report.path) if report.path else report.id
    return ReportOutcome(where, report.id, report.title, stored, 0, 0, already_stored=True)


def extract_report(report: Report, resolver: Resolver | None) -> tuple[list, int] | str:
    """(events, places unresolved) of one report, or the one-line error of a report that could
    not be read through. Pure: it runs in this process or in a worker (events.parallel)."""
    from events.extract import extract

    try:
        found = extract(report, resolver)
        return found, count_unresolved(report, resolver)
    except MarsadError as exc:
        if isinstance(exc, StoreError):
            raise
        return _one_line(exc)
    except Exception as exc:  # noqa: BLE001 - a bug on one odd report must not lose the batch
        return (f"extraction failed (a bug in Marsad, please report it): "
                f"{type(exc).__name__}: {_one_line(exc)}")


def store_extracted(report: Report, store: Store, extracted: tuple[list, int] | str, *,
                    replace: bool = False) -> ReportOutcome:
    """Store what ``extract_report`` gave for ``report`` (one transaction)."""
    where = display_path(report.path) if report.path else report.id
    if isinstance(extracted, str):
        return ReportOutcome(where, report.id, report.title, error=extracted)
    found, unresolved = extracted
    added = store.add(report, found, replace=replace)
    return ReportOutcome(where, report.id, report.title, len(found), added, unresolved)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def split_error(error: MarsadError) -> tuple[str, str]:
    """(where, message) of a read error: ``where`` is the file as the user would type it, with
    " line N" for a .jsonl line; ``message`` is the rest, so the file is named once."""
    raw = str(getattr(error, "path", "") or "")
    text = _one_line(error)
    where = display_path(raw) if raw else "?"
    if raw:
        named = " ".join(printable(raw).split())  # as read_error wrote it into the message
        m = re.match(rf"{re.escape(named)}(?P<line> line \d+)?: (?P<msg>.*)$", text)
        if m:
            return where + (m.group("line") or ""), m.group("msg")
    return where, text


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    resolver: Resolver | None = None,
    progress: bool = True,
    anchor: date | None = None,
    on_report: Callable[[ReportOutcome], None] | None = None,
    progress_file: TextIO | None = None,
    replace: bool = False,
    extractor=None,
) -> IngestSummary:
    """Read every report under ``paths`` (files, folders, "-"), extract and store its events.

    ``progress`` shows a tqdm bar (on ``progress_file``, stderr by default); ``on_report`` is
    called with each report's outcome as soon as it is known (the CLI prints it there).
    ``replace`` re-extracts reports already stored and swaps their events (each report still one
    transaction); by default a stored report adds nothing. ``extractor`` (events.parallel) runs
    the extraction on worker processes or a Dask cluster; storing stays here, in reading order.
    A :class:`StoreError` (disk full, database locked for too long) stops the loop: the
    reports already done stay stored.
    """
    from events.read import read_reports

    # Dataset exports (ACLED, UCDP GED: .csv) are event tables, not reports: events/datasets.
    from events.datasets import dataset_files_in, is_dataset_file
    from events.datasets.importer import import_datasets

    paths = [str(p) for p in paths]
    # A folder's .csv files are dataset exports too (its reports are read by read_reports).
    tables: list[str] = []
    for p in paths:
        if is_dataset_file(p):
            tables.append(p)
        elif Path(p).is_dir():
            tables += dataset_files_in(p)
    items = itertools.chain(read_reports([p for p in paths if not is_dataset_file(p)]),
                            import_datasets(tables, store, resolver=resolver, replace=replace))
    outcomes: list[ReportOutcome] = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" reports", desc="ingest", file=progress_file or sys.stderr,
                   dynamic_ncols=True, leave=False)
    from events.parallel import Extractor

    ex = extractor if extractor is not None else Extractor(resolver)
    # (report, its extraction in flight) or (None, an outcome already known), in reading order
    pending: deque = deque()

    def done(entry) -> ReportOutcome:
        report, handle = entry
        if report is None:
            return handle
        return store_extracted(report, store, ex.result(handle), replace=replace)

    def report_done(outcome: ReportOutcome) -> None:
        outcomes.append(outcome)
        if bar is not None:
            bar.update(1)
            bar.set_postfix(new_events=sum(o.events_added for o in outcomes), refresh=False)
        if on_report is not None:
            if bar is not None:
                # Print through tqdm so the line lands above the bar, not through it.
                with bar.external_write_mode():
                    on_report(outcome)
            else:
                on_report(outcome)

    try:
        for item in items:
            if isinstance(item, ReportOutcome):  # a dataset file or row, already stored
                pending.append((None, item))
            elif isinstance(item, Report):
                report = with_anchor(item, anchor)
                skipped = already_stored(report, store, replace)
                pending.append((None, skipped) if skipped is not None else (report, ex.submit(report)))
            elif isinstance(item, MarsadError):
                where, message = split_error(item)
                pending.append((None, ReportOutcome(where, error=message)))
            else:  # read_reports only yields the two; anything else is a bug to see, not hide
                raise TypeError(f"read_reports yielded {type(item).__name__}")
            while len(pending) > ex.window or (pending and pending[0][0] is None):
                report_done(done(pending.popleft()))
        while pending:
            report_done(done(pending.popleft()))
    finally:
        if extractor is None:
            ex.close()
        if bar is not None:
            bar.close()
    return IngestSummary(tuple(outcomes))


def ingest_text(text: str, store: Store, *, resolver: Resolver | None = None, **meta) -> ReportOutcome:
    """One pasted report (the dashboard's form): ``meta`` as for events.read.read_text."""
    from events.read import read_text

    try:
        report = read_text(text, **meta)
    except ReportError as exc:
        return ReportOutcome("<pasted text>", error=_one_line(exc))
    return ingest_report(report, store, resolver=resolver)
