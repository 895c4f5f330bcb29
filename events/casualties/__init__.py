"""Killed and wounded figures in Arabic and English report text.

    find_casualties(text, lang) -> Casualties

Where things are: ``ar`` and ``en`` read each language's figures (patterns and their own
rules), ``base`` holds the figure records and what both share; this module combines the
figures. A new language is one module with a ``figures(folded_text)`` function, added to
``READERS`` below.

A figure is a casualty word and a number next to each other, in either order:
- trigger then number: مقتل / مصرع / قتل / استشهاد / وفاة / إعدام / إصابة / جرح / أصيب ...,
  killing / killed / executed / wounding / injuring / wounded ..., with an optional
  qualifier between ("مقتل أكثر من 90", "killing at least 5 civilians");
- number then casualty noun: "20 قتيلا", "150 جريحا", "عشرات القتلى", "3 people killed",
  "four soldiers were killed", "two died", "dozens of deaths", "63 injured";
- the verb after its subject: "ثلاثة أشخاص قتلوا", "شخصان قتلا"; "two" after its noun:
  "مقتل إرهابيين اثنين"; duals: "مقتل شخصين", "قتيلان"; one: "مقتل جندي", "لقي شخص مصرعه";
- "لقي 5 أشخاص مصرعهم/حتفهم", "ارتفاع حصيلة القتلى إلى 20", "عدد الجرحى بلغ بالعشرات",
  "the death toll rose to 20" (a toll is a total: it overrides the other figures of its kind);
- zero: "no casualties", "no one was killed", "caused no injuries", "دون وقوع إصابات",
  "لا خسائر بشرية" (0, kept only when no other figure of that kind is found).

Numbers are digits (ASCII, Arabic-Indic, Persian, "1,200"), number words (ثلاثة، خمسة عشر،
مئة وخمسين، ثلاثة آلاف، أحد = one of; two, fifteen, twenty-five, a dozen) or vague words, which
take ACLED's conventional values and are marked estimates (see events.numbers): عشرات/dozens
12, مئات/hundreds 100, عدة/several/many 10. "A boy was killed", "executed a man" count 1.

Qualifiers: أكثر من / ما لا يقل عن / ما يزيد عن / أزيد من / على الأقل / at least / more than /
over / no fewer than give a lower bound ("أكثر من 90" -> 90, lower bound); نحو / حوالي /
قرابة / زهاء / ما يقارب / about / around / nearly / some / up to / an estimated give an estimate.

Not casualties: numbers that are units, dates or names — a number after لواء/كتيبة/brigade/
battalion/No., before كم/km/بالمئة/%/سنوات/years/a month name/غارات/targets/vehicles ...,
a bare year; "مقتل وإصابة 20" (killed and wounded together, split unknown) gives neither;
death sentences ("قضت بإعدام 14") are not killings. Spans leave attached clitics (و ب ل ف)
outside, like events.dates.

Several figures of one kind in the text (decision, as ACLED sums an event's dead):
- a toll/total figure wins (the largest toll);
- otherwise the distinct precise figures are summed ("40 men were killed ... and 18
  Misratans dead" -> 58); the same number twice counts once (a restatement is likelier than
  two equal groups);
- vague figures count only when there is no precise one ("مقتل عدة قادة ... مقتل أكثر من 90"
  -> 90, lower bound), and then the largest vague value;
- the lower-bound flag is set if any figure used is a lower bound; ``estimate`` if any figure
  used is vague or approximate.
Callers pass a sentence or an event's text; a whole multi-event report sums across events.
"""
from __future__ import annotations

import re

from events.casualties import ar, en
from events.casualties.base import NONE, Casualties, Figure
from events.numbers import fold

__all__ = ["Casualties", "find_casualties"]

READERS = {"ar": ar.figures, "en": en.figures}
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _combine(figs: list[Figure], kind: str) -> tuple[int | None, bool, bool, list[tuple[int, int]]]:
    mine = [f for f in figs if f.kind == kind]
    if not mine:
        return None, False, False, []
    totals = [f for f in mine if f.total and f.q.value > 0]
    if totals:
        best = max(totals, key=lambda f: f.q.value)
        return best.q.value, best.q.lower_bound, best.q.estimate, [(best.start, best.end)]
    precise = [f for f in mine if f.q.value > 0 and not f.vague]
    if precise:
        seen: dict[int, Figure] = {}
        for f in precise:
            seen.setdefault(f.q.value, f)
        used = list(seen.values())
        return (sum(f.q.value for f in used), any(f.q.lower_bound for f in used),
                any(f.q.estimate for f in used), [(f.start, f.end) for f in used])
    vague = [f for f in mine if f.q.value > 0]
    if vague:
        best = max(vague, key=lambda f: f.q.value)
        return best.q.value, best.q.lower_bound, True, [(best.start, best.end)]
    zero = mine[0]
    return 0, False, False, [(zero.start, zero.end)]



def find_casualties(text: str, lang: str) -> Casualties:
    """Killed and wounded figures in ``text`` (Arabic "ar" or English "en"; anything else:
    decided by the script). Never raises on odd input: junk gives ``Casualties()``."""
    if not isinstance(text, str) or not text.strip():
        return NONE
    f = fold(text)
    ft = f.text
    lang = (lang or "").lower()[:2]
    if lang not in READERS:
        lang = "ar" if _ARABIC.search(ft) else "en"
    try:
        figs = READERS[lang](ft)
        if lang != "en" and en.quoted_in(ft):
            figs += en.figures(ft)
    except (RecursionError, ValueError):
        return NONE
    if not figs:
        return NONE
    k, klb, kest, kspans = _combine(figs, "killed")
    w, wlb, west, wspans = _combine(figs, "wounded")
    spans = sorted(set(f.span(s, e) for s, e in kspans + wspans))
    return Casualties(k, klb, w, wlb, tuple(spans), kest or west)
