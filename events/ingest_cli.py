"""`marsad ingest`: read reports, extract their events, store them; on one core, on the cores
of this machine (--workers N) or on a Dask cluster (--dask ADDRESS). See events.ingest and
events.parallel."""
from __future__ import annotations

import argparse
import sys

INGEST_HELP = """\
examples:
  marsad ingest reports/                          one process
  marsad ingest reports/ --workers 4              extraction on 4 processes of this machine
  marsad ingest shards/*.jsonl --dask local --workers 2     a Dask LocalCluster of 2 workers
  marsad ingest shards/ --dask tcp://10.0.0.5:8786 --db postgresql://marsad@db/marsad
                                                  the workers of a running Dask cluster (each with
                                                  Marsad installed), into a server store
"""


def _workers(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--workers wants a whole number from 1 up, not {text!r}")
    return n


def cmd_ingest(args: argparse.Namespace) -> int:
    from events.cli import default_db, make_resolver
    from events.corrections import resolver_for
    from events.ingest import ReportOutcome, ingest
    from events.parallel import extractor
    from events.store import Store

    store = Store(args.db or default_db())
    # The spellings an analyst added to gazetteer places (`marsad alias`) are read from here on.
    resolver = resolver_for(store, make_resolver(args.offline))
    show_bar = not args.quiet and sys.stderr.isatty()

    def say(outcome: ReportOutcome) -> None:
        if not outcome.ok:
            print(outcome.line(), file=sys.stderr, flush=True)
        elif not args.quiet:
            print(outcome.line(), flush=True)

    try:
        with extractor(resolver, workers=args.workers, dask=args.dask) as ex:
            summary = ingest(args.paths, store, resolver=resolver, progress=show_bar,
                             anchor=args.date, on_report=say, replace=args.replace, extractor=ex)
    finally:
        store.close()
    print(summary.line() + f" (store: {store.display_name})", flush=True)  # a server URL's password hidden
    return 0 if summary.ok else 1


def add_command(sub) -> None:
    from events.cli import EPILOG, PATHS_HELP, _add_offline, parse_published, wrap

    p = sub.add_parser("ingest", help="read reports, extract their events, store them",
                       description=wrap("Read reports, extract their events and store them (one transaction "
                                        "per report; a report already stored adds nothing). Prints one line "
                                        "per report and a total; a progress bar on stderr when it is a "
                                        "terminal."),
                       epilog=INGEST_HELP + "\n" + EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=PATHS_HELP + "; .csv exports of ACLED or UCDP GED are imported as events")
    p.add_argument("--db", metavar="FILE",
                   help="the store: an SQLite file (created if absent) or an SQLAlchemy URL "
                        "(default: $MARSAD_DB, else ./marsad.sqlite)")
    p.add_argument("--date", type=parse_published, metavar="YYYY-MM-DD",
                   help="publication date for reports that carry none (anchors 'yesterday', 'Sunday'…)")
    _add_offline(p)
    p.add_argument("--replace", action="store_true",
                   help="re-extract reports already stored and replace their events (e.g. after a "
                        "Marsad upgrade); without it a stored report adds nothing")
    p.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="extract on N processes of this machine (default 1); with --dask local, the "
                        "LocalCluster's worker count. Storing stays in this process, in reading order")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="extract on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' "
                        "for a LocalCluster on this machine (needs pip install 'marsad[dask]')")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no line per stored report (errors and the total still shown)")
    p.set_defaults(func=cmd_ingest)
