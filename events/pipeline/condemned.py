"""Stage "condemned" (an event stage, after the merge): a happening named as what someone
condemned, where the report tells a happening of its kind in Libya with its own place, is
that happening told again, not another one abroad.

"وأدان ليون في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي ... في روما الليلة الماضية
اختطاف الموظفين الإيطاليين" and "يذكر أن أربعة إيطاليين ... قد اختطفوا يوم الأحد الماضي
بالقرب من مجمع مليتة": Rome is where the envoy spoke and the night is when; the kidnapping is
Mellitah's. A condemnation placed abroad, or at no place of its own, with such a telling in the
report joins it (its figures kept, as any telling's). One with no such telling stays: it may be
the only telling of its happening.
"""
from __future__ import annotations

from dataclasses import replace

from events.pipeline.doc import Doc
from events.pipeline.merge import fold_tellings, summed_figures
from events.records import Event


def condemned(doc: Doc) -> None:
    if not doc.condemned:
        return
    joined: dict[int, list[Event]] = {}
    gone: set[int] = set()
    for e in doc.events:
        if e.id not in doc.condemned or e.context or (e.in_libya is not False and e.geo_precision == 1):
            continue
        told = [o for o in doc.events if o is not e and not o.context and o.id not in doc.condemned
                and o.in_libya is not False and (o.event_type, o.sub_event_type) == (e.event_type, e.sub_event_type)]
        if len(told) == 1:  # with two the condemnation could be either's: left alone
            joined.setdefault(id(told[0]), [told[0]]).append(e)
            gone.add(id(e))
    if not gone:
        return

    def combine(e: Event, tellings: list[Event]) -> Event:
        return replace(e, **summed_figures(tellings), confidence=max(t.confidence for t in tellings))

    fold_tellings(doc, joined, gone, combine, "condemned",
                  lambda e, tellings: f"condemned at {', '.join(t.location or '?' for t in tellings[1:])}: the "
                                      f"happening the report tells at {e.location}")
