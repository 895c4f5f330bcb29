"""Turning a matched date expression into a value and a precision, against the anchor
(the report's publication date) and what earlier mentions in the same text settled (the
year last written with a month, the month last named, the last day)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from events.dates.base import DateLanguage, hijri_day, last_day, month_start, safe_date, shift_month
from events.dates.languages import BACKWARD, MOD_KINDS, PART_KINDS, PERIOD_UNITS, recent_unit


@dataclass
class Context:
    anchor: date | None
    year: int | None = None          # last explicit year written with a month
    month: tuple[int, int] | None = None  # (year, month) of the last mention that knew it
    day: date | None = None          # last day-precision value
    named_year: int | None = None    # last year written alone ("عام 2011"), for "the same year"
    year_above: int | None = None    # ``year`` of the paragraphs above, once a new one began


_DECADES = {"الخمسين": 50, "الستين": 60, "السبعين": 70, "الثمانين": 80, "التسعين": 90}
# a day-month with no year, within this many days of the last day told in an explicit year
# of the paragraphs above, goes on with that year
CHRONICLE_DAYS = 60
TODAY_NAMED_BACK = 3  # days "today, <weekday>" may lie before the report's date


def _year_for_month(ctx: Context, m: int, d: int | None, mod: str | None) -> int | None:
    a = ctx.anchor
    kind = _mod_kind(mod)
    if kind == "cur":
        return a.year if a else ctx.year
    if a is None:
        return ctx.year if kind is None else None
    if kind == "past":
        if d is None:
            return a.year if m < a.month else a.year - 1
        return a.year if safe_date(a.year, m, d) and date(a.year, m, d) < a else a.year - 1
    if kind == "next":
        if d is None:
            return a.year if m > a.month else a.year + 1
        return a.year if safe_date(a.year, m, d) and date(a.year, m, d) > a else a.year + 1
    if ctx.year is not None:
        return ctx.year
    if d is not None and ctx.year_above is not None and ctx.day is not None and ctx.day.year == ctx.year_above:
        near = safe_date(ctx.year_above, m, d)
        if near is not None and abs((near - ctx.day).days) <= CHRONICLE_DAYS:
            # a chronicle's next paragraph: "20 آذار/مارس 2003" above, then "في 21 آذار/مارس"
            return ctx.year_above
    if d is None:
        return a.year if m <= a.month else a.year - 1
    probe = safe_date(a.year, m, d) or safe_date(a.year, m, min(d, 28))
    return a.year if probe and probe <= a + timedelta(days=7) else a.year - 1


def _mod_kind(mod: str | None) -> str | None:
    """past / next / cur / same for a modifier word of any language, else None."""
    if not mod:
        return None
    return MOD_KINDS.get(mod.lower())


def _weekday_date(anchor: date, wd: int, kind: str | None) -> date:
    back = (anchor.weekday() - wd) % 7
    if kind == "past":
        return anchor - timedelta(days=back or 7)
    if kind == "next":
        fwd = (wd - anchor.weekday()) % 7
        return anchor + timedelta(days=fwd or 7)
    return anchor - timedelta(days=back)


def _day_value(g: dict, lang: DateLanguage) -> int | None:
    if g.get("dd"):
        return int(re.sub(r"\D", "", g["dd"]))
    o = g.get("ord")
    if o:
        o = " ".join(o.split()).lower()
        if o.startswith("ال") and o[2:].isdigit():
            return int(o[2:])  # "الـ15", tatweel folded away
        return lang.ordinal(o)
    return None


def _month_value(name: str, lang: DateLanguage) -> int | None:
    return lang.months.get(" ".join(name.split()).lower().rstrip("."))


def _context_month(ctx: Context, smod: str | None) -> tuple[int, int] | None:
    kind = _mod_kind(smod)
    a = ctx.anchor
    if kind in (None, "same"):
        if ctx.month:
            return ctx.month
        return (a.year, a.month) if a else None
    if a is None:
        return None
    if kind == "past":
        return shift_month(a.year, a.month, -1)
    if kind == "next":
        return shift_month(a.year, a.month, 1)
    return a.year, a.month


def _part_value(part: str, y: int, m: int) -> date:
    kind = PART_KINDS.get(part.lower().split()[-1])
    if kind == "early":
        return date(y, m, 1)
    if kind == "mid":
        return date(y, m, 12)
    return date(y, m, last_day(y, m) - 6)


def _part_year_month(part: str) -> int:
    kind = PART_KINDS.get(part.lower().split()[-1])
    return {"mid": 7, "early": 1}.get(kind or "", 12)


def _ago(anchor: date, unit: str, n: int | None, vague: bool) -> tuple[date | None, str]:
    if unit == "h":
        return anchor, "day"
    if unit == "d":
        if n is None:
            return (anchor - timedelta(days=6), "week") if vague else (None, "unknown")
        return anchor - timedelta(days=n), "day"
    if unit == "w":
        if n is None:
            return (month_start(anchor - timedelta(days=21)), "month") if vague else (None, "unknown")
        return anchor - timedelta(days=7 * n + 3), "week"
    if unit == "m":
        if n is None:
            return None, "unknown"
        y, m = shift_month(anchor.year, anchor.month, -n)
        return date(y, m, 1), "month"
    if unit == "y":
        if n is None:
            return None, "unknown"
        y, m = shift_month(anchor.year, anchor.month, -12 * n)
        return date(y, m, 1), "month"
    return None, "unknown"


# a season by its middle month ("last winter" in March is January's)
_SEASON_MONTH = {"الصيف": 7, "الشتاء": 1, "الربيع": 4, "الخريف": 10,
                 "summer": 7, "winter": 1, "spring": 4, "autumn": 10, "fall": 10}


def resolve(kind: str, g: dict, lang: DateLanguage, ctx: Context, raw: str,
             before: str = "") -> tuple[date | None, str] | None:
    """Value and precision of one candidate, or None if it turns out not to be a date."""
    a = ctx.anchor
    if kind == "hijri":
        v = hijri_day(int(g["yy"]), int(g["mm"]), int(g["dd"]))
        if v is None:
            return None
        ctx.year, ctx.month = v.year, (v.year, v.month)
        return v, "day"
    if kind in ("ymd", "dmy_num"):
        y, m, d = int(g["yy"]), int(g["mm"]), int(g["dd"])
        if y < 100:
            y += 2000 if y < 50 else 1900
        if kind == "dmy_num" and m > 12 and d <= 12:
            m, d = d, m  # month-first only when the day-first reading is impossible
        v = safe_date(y, m, d)
        if v is None:
            return None
        ctx.year, ctx.month = y, (y, m)
        return v, "day"
    if kind in ("dmy", "mdy"):
        m = _month_value(g["mon"], lang)
        d = _day_value(g, lang)
        if m is None or d is None:
            return None
        if g.get("yy"):
            y = int(g["yy"])
            if y < 100:
                y += 2000 if y < 50 else 1900
            explicit = True
        elif g.get("ymod") or g.get("ythis"):
            y = _year_for_month(ctx, m, None, "cur" if g.get("ythis") else g["ymod"])
            if y is not None and _mod_kind(g.get("ymod")) == "past":
                y = a.year - 1 if a else None
            elif y is not None and _mod_kind(g.get("ymod")) == "next":
                y = a.year + 1 if a else None
            explicit = False
        else:
            y = _year_for_month(ctx, m, d, g.get("mod"))
            explicit = False
        if y is None:
            return None, "unknown"
        v = safe_date(y, m, d)
        if v is None:
            return None
        if explicit:
            ctx.year = y
        ctx.month = (y, m)
        return v, "day"
    if kind == "same_month":
        d = _day_value(g, lang)
        ym = _context_month(ctx, g.get("smod"))
        if d is None:
            return None
        if ym is None:
            return None, "unknown"
        v = safe_date(ym[0], ym[1], d)
        if v is None:
            return None
        ctx.month = ym
        return v, "day"
    if kind == "day_only":
        d = _day_value(g, lang)
        if d is None:
            return None
        if ctx.month:
            y, m = ctx.month
        elif a:
            y, m = (a.year, a.month) if d <= a.day + 7 else shift_month(a.year, a.month, -1)
        else:
            return None, "unknown"
        v = safe_date(y, m, d)
        return (v, "day") if v else None
    if kind in ("part", "part2"):
        part = g["part"]
        if g.get("mon"):
            m = _month_value(g["mon"], lang)
            if m is None:
                return None
            if g.get("yy"):
                y = int(g["yy"])
                ctx.year = y
            elif g.get("ymod") or g.get("ythis"):
                k = _mod_kind(g.get("ymod")) if g.get("ymod") else "cur"
                y = None if a is None else a.year + {"past": -1, "next": 1}.get(k or "", 0)
            else:
                y = _year_for_month(ctx, m, None, g.get("mod"))
            if y is None:
                return None, "unknown"
            ctx.month = (y, m)
            return _part_value(part, y, m), "week"
        if g.get("yonly") or g.get("yrel") is not None or g.get("ythis2") is not None:
            if g.get("yonly"):
                y = int(g["yonly"])
            elif a is None:
                return None, "unknown"
            else:
                y = a.year + {"past": -1, "next": 1}.get(_mod_kind(g.get("yrel")) or "", 0)
            return date(y, _part_year_month(part), 1), "month"
        ym = _context_month(ctx, g.get("smod"))
        if ym is None:
            return None, "unknown"
        return _part_value(part, *ym), "week"
    if kind == "earlier_this":
        if a is None:
            return None, "unknown"
        unit = g["unit"].lower()
        if unit == "week":
            return a - timedelta(days=a.weekday()), "week"
        if unit == "month":
            return date(a.year, a.month, 1), "month"
        return date(a.year, 1, 1), "year"
    if kind == "month":
        name = g["mon"]
        m = _month_value(name, lang)
        if m is None:
            return None
        key = name.lower().strip()
        has_cue = bool(g.get("yy") or g.get("mod") or g.get("ymod") or g.get("ythis"))
        gated = lang.month_gate(g, name, key, has_cue, raw, before)
        if gated is None:
            return None  # a word that is also a month name ("مارس", "may")
        g = gated
        if g.get("yy"):
            y = int(g["yy"])
            ctx.year = y
        elif g.get("ymod") or g.get("ythis"):
            k = _mod_kind(g.get("ymod")) if g.get("ymod") else "cur"
            if a is None:
                return None, "unknown"
            y = a.year + {"past": -1, "next": 1}.get(k or "", 0)
        else:
            y = _year_for_month(ctx, m, None, g.get("mod"))
        if y is None:
            return None, "unknown"
        ctx.month = (y, m)
        return date(y, m, 1), "month"
    if kind in ("year", "year_prep", "year_suffix", "year_line"):
        ctx.named_year = int(g["yy"])
        return date(ctx.named_year, 1, 1), "year"
    if kind == "decade":
        return date(1900 + _DECADES[g["dec"]], 1, 1), "year"
    if kind == "same_year":
        y = ctx.named_year or ctx.year
        return (date(y, 1, 1), "year") if y is not None else (None, "unknown")
    if kind == "same_day":
        base = ctx.day
        if base is None:
            if a is None:
                return None, "unknown"
            base = a
        if g.get("shift"):
            s = g["shift"].lower()
            step = -1 if any(w in s for w in BACKWARD) else 1
            return base + timedelta(days=step), "day"
        return base, "day"
    # Everything below is relative to the anchor.
    if a is None:
        return None, "unknown"
    if kind in ("today", "yesterday", "yesterday2"):
        base = a - timedelta(days={"today": 0, "yesterday": 1, "yesterday2": 2}[kind])
        wd = lang.weekdays.get(" ".join(g["wd"].split()).lower()) if g.get("wd") else None
        if wd is not None:
            # "صباح اليوم، الإثنين" in a report dated Tuesday (filed after midnight, or a
            # teaser of the day before), "اول امس السبت" two days after a Saturday: the day
            # named is the day meant
            back = (base.weekday() - wd) % 7
            if back <= TODAY_NAMED_BACK:
                return base - timedelta(days=back), "day"
            if back == 6 and kind == "today":  # "yesterday, <the report's own day>" stays yesterday
                return base + timedelta(days=1), "day"
        return base, "day"
    if kind == "tomorrow":
        return a + timedelta(days=1), "day"
    if kind == "tonight":
        return a, "day"
    if kind == "weekday":
        wd_name = " ".join(g["wd"].split()).lower()
        wd = lang.weekdays.get(wd_name)
        if wd is None:
            return None
        is_date, mod = lang.weekday_mod(g, raw)
        if not is_date:
            return None
        return _weekday_date(a, wd, _mod_kind(mod)), "day"
    if kind == "ago":
        got = lang.ago(g)
        if got is None:
            return None
        unit, n = got
        if n is not None and n > 400:
            return None, "unknown"
        return _ago(a, unit, n, bool(g.get("vague")) or unit in ("d", "w"))
    if kind == "recent_days":
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        kind_of_unit = recent_unit(unit)
        if kind_of_unit == "h":
            return a, "day"
        if kind_of_unit == "w":
            return month_start(a - timedelta(days=21)), "month"
        return a - timedelta(days=6), "week"
    if kind == "weekend":
        return a - timedelta(days=(a.weekday() - 4) % 7), "week"  # from the last Friday
    if kind == "season":
        # its middle month, in the latest year whose season had ended by the anchor
        m = _SEASON_MONTH[g["season"].lower()]
        y = a.year if (a.year, a.month) > (a.year, m + 1) else a.year - 1
        return date(y, m, 1), "month"
    if kind == "rel_period":
        unit = g["unit"].lower()
        mod = g.get("rmod")
        k = _mod_kind(mod) if mod else ("cur" if g.get("this") else None)
        if k is None:
            return None  # "الشهر" alone is not a date
        step = {"past": -1, "next": 1, "cur": 0}.get(k, 0)
        period = PERIOD_UNITS.get(unit, "year")
        if period == "week":
            return a - timedelta(days=a.weekday()) + timedelta(weeks=step), "week"
        if period == "month":
            y, m = shift_month(a.year, a.month, step)
            return date(y, m, 1), "month"
        return date(a.year + step, 1, 1), "year"
    return None
