"""A report that names a side only Libya has (Haftar's forces, the Government of National
Accord) is about Libya, though it never writes "ليبيا": its towns that share a name abroad
(العزيزية, also a district of Mecca; حي الأندلس) are Libya's. Before, such a report was read
as possibly about the namesakes and its fighting had no place. Guard: "الوفاق" alone (also
Bahrain's al-Wefaq) makes no report Libyan. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from events.extract import extract
from events.read import read_text


def arabic(text: str, resolver) -> list:
    return extract(read_text(text, language="ar", published=date(2019, 7, 4), date_precision="day"), resolver)


@pytest.mark.parametrize("text,place", [
    ("اندلعت اشتباكات بين قوات الوفاق وقوات حفتر في مدينة العزيزية أمس.", "Al-Aziziya"),
    ("اندلعت اشتباكات بين قوات الوفاق وقوات حفتر في حي الأندلس أمس.", "Hay al-Andalus"),
])
def test_a_report_naming_libyas_sides_is_about_libya(resolver, text, place):
    got = arabic(text, resolver)
    assert [(e.location, e.in_libya) for e in got] == [(place, True)], [e.to_dict() for e in got]


def test_al_wefaq_alone_is_no_libyan_side(resolver):
    # guard: Bahrain's al-Wefaq society in a report with Mecca's Aziziyah
    got = arabic("نظمت جمعية الوفاق وقفة احتجاجية في حي العزيزية بمكة المكرمة أمس.", resolver)
    assert all(e.in_libya is not True for e in got), [e.to_dict() for e in got]
