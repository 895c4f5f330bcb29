"""`marsad correct` and `marsad alias`: an analyst's corrections from the command line (the page
makes the same ones). See events.corrections for how they are kept."""
from __future__ import annotations

import argparse
import getpass
import sys

from events.errors import StoreError

CORRECT_HELP = """\
examples:
  marsad correct 22ab5a145d009168 --place Gharyan          move it to a gazetteer place
  marsad correct 22ab5a145d009168 --point 32.17,13.02      move it to a point (lat,lon)
  marsad correct 22ab5a145d009168 --type "Battles/Armed clash" --actor1 LNA --killed 3
  marsad correct 22ab5a145d009168 --not-event              hide it: not an event
  marsad correct --list [EVENT_ID]                         every correction, with its number
  marsad correct --undo 7                                  take correction #7 back
"""


def _who(args: argparse.Namespace) -> str:
    if args.who:
        return args.who
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: leave it blank
        return ""


def _point(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(x) for x in text.replace(" ", "").split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a point LAT,LON: {text!r} (e.g. 32.17,13.02)") from None
    return lat, lon


def _place(resolver, text: str):
    """A gazetteer place by id or by name (the best resolution of the name)."""
    gaz = resolver.gazetteer
    place = gaz.get(text)
    if place is None:
        hit = resolver.resolve(text, offline=True)
        place = gaz.get(hit.place.id) if hit.place is not None else None
    if place is None:
        raise StoreError(f"no gazetteer place is called {text!r}: try `marsad geocode --offline {text}` "
                         "or give a point with --point LAT,LON")
    return place


def cmd_correct(args: argparse.Namespace) -> int:
    from events import corrections as C
    from events.cli import default_db, make_resolver
    from events.store import Store

    store = Store(args.db or default_db())
    if args.list is not None or args.undo is not None:
        if args.undo is not None:
            done = C.undo(store, args.undo)
            print(f"undone: {done.describe()}", file=sys.stderr)
            return 0
        lost = C.orphaned(store)
        for c in C.corrections(store, event_id=args.list or None):
            print(c.describe() + ("  [no such event stored now]" if c.id in lost else ""))
        return 0
    if not args.event:
        raise StoreError("give the event's id (see `marsad correct --help`)")
    changes: list[tuple[str, object]] = []
    if args.place and args.point:
        raise StoreError("give --place or --point, not both")
    if args.place:
        resolver = C.resolver_for(store, make_resolver(True))
        changes.append(("place", C.place_values(_place(resolver, args.place))))
    if args.point:
        changes.append(("place", C.point_values(*args.point, label=args.label)))
    for field, value in (("event_type", args.type), ("actor1", args.actor1), ("actor2", args.actor2),
                         ("event_date", args.date), ("fatalities", args.killed), ("injuries", args.wounded)):
        if value is not None:
            changes.append((field, value))
    if args.not_event:
        changes.append(("not_event", True))
    if not changes:
        raise StoreError("nothing to correct: give --place, --point, --type, --actor1, --actor2, --date, "
                         "--killed, --wounded or --not-event")
    who = _who(args)
    for field, value in changes:
        c = C.correct(store, args.event, field, value, who=who)
        print(c.describe())
    return 0


def cmd_alias(args: argparse.Namespace) -> int:
    from events import corrections as C
    from events.cli import default_db, make_resolver
    from events.store import Store

    store = Store(args.db or default_db())
    if args.remove:
        if not C.remove_alias(store, args.name):
            raise StoreError(f"no alias {args.name!r} in this store")
        print(f"removed alias {args.name!r}", file=sys.stderr)
        return 0
    if args.list or not args.name:
        for name, pid in C.aliases(store):
            print(f"{name}\t{pid}")
        return 0
    if not args.place:
        raise StoreError("give the place the spelling means: marsad alias NAME PLACE")
    resolver = C.resolver_for(store, make_resolver(True))
    place = _place(resolver, args.place)
    C.add_alias(store, args.name, place.id, who=_who(args))
    print(f"alias {args.name!r} -> {place.name_en} ({place.id}); used by `marsad ingest` and the page "
          "from now on (re-ingest with --replace to re-read stored reports)", file=sys.stderr)
    return 0


def cmd_links(args: argparse.Namespace) -> int:
    from events import link_store
    from events.cli import default_db
    from events.store import Store

    if args.action == "split":
        listing, act, undo, done, said = (link_store.never_links, link_store.split, link_store.unsplit, "split",
                                          "kept apart")
    else:
        listing, act, undo, done, said = (link_store.merged_links, link_store.merge, link_store.unmerge,
                                          "merged", "one happening")
    store = Store(args.db or default_db())
    if args.list:
        for n in listing(store):
            print(f"{n.event_a}\t{n.event_b}\t{n.by}\t{n.at}\t{n.note}")
        return 0
    if not args.event or not args.others:
        raise StoreError(f"give two event ids: marsad {args.action} EVENT_ID OTHER_ID…")
    if args.undo:
        for other in args.others:
            if not undo(store, args.event, other):
                raise StoreError(f"events {args.event} and {other} were not {done}")
            print(f"{args.event} and {other}: the linking rules decide again", file=sys.stderr)
        return 0
    for n in act(store, args.event, args.others, by=_who(args), note=args.note or ""):
        print(f"{said}: {n.event_a} {n.event_b}", file=sys.stderr)
    return 0


def _add_link_command(sub: argparse._SubParsersAction, action: str, help: str, description: str,
                      undo_help: str) -> None:
    p = sub.add_parser(action, help=help, description=description)
    p.add_argument("event", nargs="?", metavar="EVENT_ID")
    p.add_argument("others", nargs="*", metavar="OTHER_ID")
    p.add_argument("--db", metavar="FILE", help="the store (default: $MARSAD_DB, else ./marsad.sqlite)")
    p.add_argument("--undo", action="store_true", help=undo_help)
    p.add_argument("--list", action="store_true", help=f"list the {action}s")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--who", metavar="NAME")
    p.set_defaults(func=cmd_links, action=action)


def add_commands(sub: argparse._SubParsersAction, parse_date) -> None:
    p = sub.add_parser("correct", help="correct a stored event (place, type, actors, date, casualties), "
                                       "list or undo corrections",
                       description="Correct one stored event. Corrections are kept apart from the events and "
                                   "applied again after every ingest of their report (--replace too); each "
                                   "can be undone.",
                       epilog=CORRECT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("event", nargs="?", metavar="EVENT_ID", help="the event's id (the table's and exports' id)")
    p.add_argument("--db", metavar="FILE", help="the store (default: $MARSAD_DB, else ./marsad.sqlite)")
    p.add_argument("--place", metavar="NAME_OR_ID", help="move it to this gazetteer place")
    p.add_argument("--point", type=_point, metavar="LAT,LON", help="move it to this point")
    p.add_argument("--label", metavar="TEXT", help="a name for --point (default: its coordinates)")
    p.add_argument("--type", metavar="TYPE[/SUB-TYPE]", help='e.g. "Explosions/Remote violence/Air/drone strike"'
                   ' is ambiguous: write the type, a slash, then the sub-type as ACLED spells them')
    p.add_argument("--actor1", metavar="NAME")
    p.add_argument("--actor2", metavar="NAME")
    p.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--killed", type=int, metavar="N")
    p.add_argument("--wounded", type=int, metavar="N")
    p.add_argument("--not-event", action="store_true", help="it is not an event: hide it (undo brings it back)")
    p.add_argument("--who", metavar="NAME", help="who corrects (default: the login name)")
    p.add_argument("--list", nargs="?", const="", metavar="EVENT_ID", help="list the corrections (of one event)")
    p.add_argument("--undo", type=int, metavar="N", help="take correction #N back")
    p.set_defaults(func=cmd_correct)

    p = sub.add_parser("alias", help="add a spelling to a gazetteer place (used from then on)",
                       description="Add a spelling that reports use to a gazetteer place: `marsad ingest` and "
                                   "the page resolve it to that place from then on.")
    p.add_argument("name", nargs="?", metavar="SPELLING")
    p.add_argument("place", nargs="?", metavar="PLACE", help="the gazetteer place: its id or a name it already has")
    p.add_argument("--db", metavar="FILE", help="the store (default: $MARSAD_DB, else ./marsad.sqlite)")
    p.add_argument("--who", metavar="NAME")
    p.add_argument("--list", action="store_true", help="list the aliases added")
    p.add_argument("--remove", action="store_true", help="remove the alias SPELLING")
    p.set_defaults(func=cmd_alias)

    _add_link_command(sub, "split", "keep two linked events apart (not one happening), or --undo it",
                      "An analyst's \"these are not one happening\": events linked across reports (the "
                      "page's markers, `marsad export`) are kept apart from now on.", "let them link again")
    _add_link_command(sub, "merge", "link two events as one happening (the rules did not), or --undo it",
                      "An analyst's \"these are one happening\": the events are linked on the page and in "
                      "`marsad export` whatever the linking rules say.", "let the rules decide again")
