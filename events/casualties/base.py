"""What the casualty readers of every language share: the figure records, the look-back
window, number qualifiers and the "X and Y were killed" coordination rule."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from events.dates import Occupied
from events.numbers import Quantity, parse_quantity


@dataclass(frozen=True)
class Casualties:
    """Figures found in a text. None: nothing said; 0: said to be none. ``spans`` are the
    (start, end) offsets in the caller's text of the phrases the figures came from;
    ``estimate`` is True when a figure used was a vague word or qualified as approximate."""
    killed: int | None = None
    killed_lower_bound: bool = False
    wounded: int | None = None
    wounded_lower_bound: bool = False
    spans: tuple[tuple[int, int], ...] = ()
    estimate: bool = False


@dataclass(frozen=True)
class Figure:
    kind: str  # "killed" | "wounded"
    q: Quantity
    start: int
    end: int
    total: bool = False
    vague: bool = False  # from a word like عشرات / several, not a count


NONE = Casualties()

# a title's full stop ("six of Gen. Haftar's soldiers were killed") ends no sentence
# (the look-behinds follow the mark, so they are tried only where a mark stands)
_SENTENCE_END = re.compile(r"[.!?؟\n;؛](?<!\bGen\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bMaj\.)(?<!\bBrig\.)(?<!\bCapt\.)"
                           r"(?<!\bSgt\.)(?<!\bDr\.)(?<!\bMr\.)(?!\d)")
_BACK_WINDOW = 160


def qualified(q: Quantity, lb: bool, est: bool) -> Quantity:
    return Quantity(q.value, q.lower_bound or lb, q.estimate or est)


def is_vague(m: re.Match, vague: re.Pattern) -> bool:
    """Whether the match's number is a vague word (عشرات, several) per ``vague``."""
    n = m.groupdict().get("n")
    return bool(n) and vague.match(n) is not None


def number(m: re.Match) -> Quantity | None:
    """The quantity a match names (group ``n``, ``one`` for "a man", ``both``), with its
    qualifiers (groups ``lb``, ``after_lb``: a lower bound; ``est``: an estimate)."""
    if m.group("n"):
        q = parse_quantity(m.group("n"))
    elif "one" in m.groupdict() and m.group("one"):
        q = Quantity(1)
    elif m.groupdict().get("both"):
        q = Quantity(2)
    else:
        return None
    if q is None:
        return None
    gd = m.groupdict()
    return qualified(q, bool(gd.get("lb") or gd.get("after_lb")), bool(gd.get("est")))


def is_year(n: str | None) -> bool:
    return bool(n) and n.isdigit() and len(n) == 4 and n[:2] in ("19", "20")


def window_before(text: str, end: int, floor: int) -> tuple[int, str]:
    """The text before ``end`` within reach of a number read backwards: at most 160
    characters, not before ``floor``, not across a sentence end."""
    start = max(floor, end - _BACK_WINDOW)
    chunk = text[start:end]
    last = None
    for last in _SENTENCE_END.finditer(chunk):
        pass
    if last is not None:
        start += last.end()
        chunk = text[start:end]
    return start, chunk


def coordinated(ft: str, figs: list[Figure], occupied: Occupied, fwd: re.Pattern,
                not_people: re.Pattern, vague: re.Pattern,
                otherwise: Callable[[str, Figure, str, Occupied], Figure | None]) -> list[Figure]:
    """"Nine soldiers and two civilians were killed", "killing three soldiers and two
    civilians", "مقتل 9 جنود و2 مدنيين": a figure joined by and/و to a counted group shares
    its verb, so both groups count. ``fwd`` matches the group after a figure; where it
    does not give one, ``otherwise(ft, figure, text after it, occupied)`` may."""
    out: list[Figure] = []
    for f in list(figs):
        if f.total or f.q.value <= 0:
            continue
        after = ft[f.end:f.end + 80]
        m = fwd.match(after)
        if m is not None:
            s, e = f.end + m.start("n"), f.end + m.end()
            q = number(m)
            if q is not None and 0 < q.value <= 100000 and not is_year(m.group("n")) and occupied.free(s, e) \
                    and not not_people.match(ft, e):
                out.append(Figure(f.kind, q, s, e, vague=is_vague(m, vague)))
                occupied.take(s, e)
                continue
        extra = otherwise(ft, f, after, occupied)
        if extra is not None:
            out.append(extra)
    return out
