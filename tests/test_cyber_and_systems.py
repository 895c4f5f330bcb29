"""A cyber attack is no violence ("تعرض موقع الوزارة لهجوم إلكتروني", nor what it "targeted");
a website that tells a real attack keeps it. Missile batteries and systems deployed are weapons
held, no strike ("نشرت بطاريات صواريخ"), and so are missiles in a cache found ("عثرت على مخزن
أسلحة يحتوي على صواريخ")."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def _types(text: str, resolver, language: str = "ar") -> list[str]:
    return [e.event_type for e in extract(read_text(text, published=date(2018, 4, 16), language=language),
                                          resolver, context=True)]


@pytest.mark.parametrize("text, language", [
    ("تعرض موقع وزارة الداخلية في طرابلس لهجوم إلكتروني أمس.", "ar"),
    ("اتهم الوزير روسيا بهجوم إلكتروني استهدف وزارة الخارجية في طرابلس أمس.", "ar"),
    ("A cyber attack hit the interior ministry in Tripoli on Sunday.", "en"),
    ("نشرت قوات الجيش بطاريات صواريخ مضادة للطائرات في قاعدة الجفرة أمس.", "ar"),
    ("كما عثرت قوات الجيش على مخزن أسلحة يحتوي على صواريخ موجهة في مدينة سرت أمس.", "ar"),
])
def test_no_violence(text, language, resolver):
    assert _types(text, resolver, language) == []


def test_a_website_telling_a_bombing_keeps_it(resolver):
    text = "ونشرت الصحيفة على موقعها الإلكتروني خبر مقتل الطبيب إثر تفجير استهدف سيارته في مدينة سرت أمس."
    assert _types(text, resolver) == ["Explosions/Remote violence"]


def test_a_strike_on_a_cache_stays(resolver):
    assert _types("قصفت الطائرات مخزن أسلحة للمليشيات في مدينة سرت بصواريخ موجهة أمس.", resolver) \
        == ["Explosions/Remote violence"]
