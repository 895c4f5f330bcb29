"""`marsad export`: the stored events, one row per happening, for scripts.

Events that several reports tell are linked (``events.linking``) and written once, with
``source_count`` and every source (report, event, evidence sentence); ``--no-link`` writes the
stored events as they are. Rows are written as they are made, so an export of many events
never holds its text twice in memory.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date
from typing import IO

from events.errors import StoreError
from events.records import Event

FORMATS = ("jsonl", "csv", "geojson")
# The columns of a linked row, in the order a CSV shows them; "sources" and "links" are lists
# (JSON text in a CSV cell).
LINKED_FIELDS = (
    "id", "source_count", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
    "place_id", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high",
    "fatalities_disputed", "score", "corrected", "sources", "links")
# "corrected": an analyst changed the event (events.corrections); a moved one's geocoder is "manual".
EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.metadata.get("stored") is not False) + ("corrected",)


def _keep(e: Event, args: argparse.Namespace) -> bool:
    """The same kinds of filter as the page's sidebar, for scripts."""
    if args.date_from and (e.event_date is None or e.event_date < args.date_from):
        return False
    if args.date_to and (e.event_date is None or e.event_date > args.date_to):
        return False
    if args.type and e.event_type not in args.type:
        return False
    if args.actor and not ({e.actor1, e.actor2, *e.assoc_actors} & set(args.actor)):
        return False
    return args.abroad or e.in_libya is not False


def linked_rows(events: list[Event], never_rows: Iterable[dict] = (),
                corrected: frozenset[str] = frozenset(), merged_rows: Iterable[dict] = ()) -> Iterator[dict]:
    """One row per happening: the linked event's fields plus its sources; ``corrected`` when an
    analyst corrected any of its events (ids in ``corrected``)."""
    from events.linking import NeverLink, link_events

    by_id = {e.id: e for e in events}
    linking = link_events(events, never=[NeverLink.from_row(r) for r in never_rows],
                          always=[NeverLink.from_row(r) for r in merged_rows])
    for g in sorted(linking.groups, key=lambda g: (g.event_date or date.max, g.id)):
        row = {name: getattr(g, name, None) for name in LINKED_FIELDS if name not in ("sources", "links")}
        row["source_count"] = g.source_count
        row["event_date"] = g.event_date.isoformat() if g.event_date else None
        row["sources"] = [{"report_id": by_id[i].report_id, "event_id": i, "evidence": by_id[i].evidence,
                           "fatalities": by_id[i].fatalities} for i in g.event_ids]
        row["links"] = [m.as_row() for m in g.links]
        row["corrected"] = any(i in corrected for i in g.event_ids)
        yield row


def event_rows(events: list[Event], corrected: frozenset[str] = frozenset()) -> Iterator[dict]:
    for e in events:
        yield {**e.to_dict(), "corrected": e.id in corrected}


def write(rows: Iterable[dict], fmt: str, out: IO[str], fields: tuple[str, ...]) -> int:
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                             for k, v in row.items()})
            n += 1
        return n
    if fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
    for row in rows:
        if fmt == "geojson":
            point = ({"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
                     if row.get("latitude") is not None else None)
            out.write((",\n" if n else "") + json.dumps({"type": "Feature", "geometry": point, "properties": row},
                                                        ensure_ascii=False))
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    if fmt == "geojson":
        out.write("\n]}\n")
    return n


def cmd_export(args: argparse.Namespace) -> int:
    from events.cli import default_db
    from events.store import Store

    db = args.db or default_db()
    with Store(db, readonly=True) as store:
        events = [e for e in store.events() if _keep(e, args)]
        db = store.display_name  # a server URL's password stays out of the message
        from events.corrections import corrected_ids
        from events.link_store import merged_links, never_links
        corrected = corrected_ids(store)
        never = [n.as_row() for n in never_links(store)]
        merged = [n.as_row() for n in merged_links(store)]
    rows = event_rows(events, corrected) if args.no_link else \
        linked_rows(events, never, corrected=corrected, merged_rows=merged)
    fields = EVENT_FIELDS if args.no_link else LINKED_FIELDS
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as exc:
        raise StoreError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    try:
        n = write(rows, args.format, out, fields)
    finally:
        if args.output:
            out.close()
    what = "events" if args.no_link else "happenings"
    print(f"{n} {what} from {len(events)} stored events (store: {db})", file=sys.stderr)
    return 0


def add_command(sub: argparse._SubParsersAction, parse_date) -> None:
    p = sub.add_parser("export", help="write the stored events (linked across reports) as JSONL, CSV or GeoJSON",
                       description="Write the stored events for scripts: one row per happening, events "
                                   "that several reports tell linked into one with source_count and every "
                                   "source (report, event, evidence), and why they were linked. Events "
                                   "abroad are left out unless --abroad.")
    p.add_argument("--db", metavar="FILE", help="the store (default: $MARSAD_DB, else ./marsad.sqlite)")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--type", action="append", metavar="EVENT_TYPE", help="repeatable: Battles, …")
    p.add_argument("--actor", action="append", metavar="NAME", help="repeatable: actor1, actor2 or associated")
    p.add_argument("--abroad", action="store_true", help="include events abroad (in_libya false)")
    p.add_argument("--no-link", action="store_true", help="the stored events as they are, one row each")
    p.set_defaults(func=cmd_export)
