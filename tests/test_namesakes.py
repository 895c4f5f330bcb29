"""Articles that name a Libyan town but never Libya (benchmarks/not_libya.py, the
`not-libya ant-namesakes` line: 4 of 1,001 ANT articles got an event in Libya at its first run).
The sentences are the team's own, in the shape of those articles:

- "زنقة بنغازي" (a Casablanca street; زنقة and نهج are the Maghreb's words for one) is no Benghazi;
- the towns retaken "in Eastern Ghouta" (استعادتها في الغوطة الشرقية ... أرض الزاوية) are in Syria,
  a region the table of places abroad now holds;
- what a side "is trying" to seize (وهو يحاول السيطرة على الموانئ) it has not taken;
- a strike a government "does not rule out" (لا تستبعد شن هجوم صاروخي) is a possibility.
"""
from __future__ import annotations

from datetime import date

from events.extract import extract
from events.read import read_text


def _events(text: str, resolver, published: date = date(2018, 4, 8)):
    return extract(read_text(text, published=published), resolver)


def test_a_street_named_after_benghazi_is_no_benghazi(resolver):
    text = ("تعرض صباح اليوم النائب المغربي عبد اللطيف مرداس للاغتيال بالرصاص داخل سيارته التي اصطدمت بحائط "
            "إحدى الفيلات في زنقة بنغازي.")
    assert all(not e.in_libya for e in _events(text, resolver, date(2017, 3, 8)))


def test_towns_retaken_in_eastern_ghouta_are_in_syria(resolver):
    text = ("وأضاف البيان أن المدن والبلدات التي تمت استعادتها في الغوطة الشرقية هي: حزرما، النشابية، "
            "الصالحية، حوش الأشعري، أرض الزاوية، أرض الصفصافة.")
    (e,) = _events(text, resolver, date(2018, 3, 31))
    assert e.location == "Eastern Ghouta" and e.in_libya is False


def test_what_a_group_is_trying_to_seize_is_not_taken(resolver):
    text = ("وأضاف أن التنظيم قام برفض الجباية على أهالي سرت وهو يحاول السيطرة على الموانئ النفطية "
            "ليسيطر عليها.")
    assert _events(text, resolver, date(2016, 3, 1)) == []


def test_a_strike_not_ruled_out_is_no_strike(resolver):
    text = ("قال مستشار البيت الأبيض إن الولايات المتحدة لا تستبعد شن هجوم صاروخي على مطار في مدينة "
            "دمشق.")
    assert _events(text, resolver) == []
