"""The page in Arabic or English: the chosen language is kept in the URL (``lang=ar``), Arabic
lays the page out right to left, and place and actor names follow the language where the
gazetteer or the actor lexicon has them in it.

``t(text)`` gives a label in the chosen language: the English label is the key, so a new label
is one line of ``AR`` (a label missing there stays English, never an error).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGS = {"en": "English", "ar": "العربية"}
K_LANG = "ui_lang"

AR: dict[str, str] = {
    # sidebar
    "Filters": "المرشِّحات", "Dates": "التواريخ", "Show events of unknown date": "إظهار الأحداث مجهولة التاريخ",
    "Show events abroad": "إظهار الأحداث خارج ليبيا", "Actors": "الأطراف", "All actors": "كل الأطراف",
    "Event types": "أنواع الأحداث", "All types": "كل الأنواع", "Sub-types": "الأنواع الفرعية",
    "All sub-types": "كل الأنواع الفرعية", "Sources": "المصادر", "All sources": "كل المصادر",
    "Region (admin1)": "المنطقة (الشعبية)", "All of Libya": "كل ليبيا", "Minimum killed": "أدنى عدد للقتلى",
    "Text contains": "نص يحتوي على", "Near a place": "قرب مكان", "Within (km)": "ضمن (كم)",
    "Map": "الخريطة", "Events": "الأحداث", "Districts": "الشعبيات", "Front line": "خط الجبهة",
    "Recent: the last N days": "الأخيرة: آخر N يوماً", "Shade districts by": "تلوين الشعبيات حسب",
    "People killed": "القتلى", "Markers": "العلامات", "One per happening": "واحدة لكل حدث",
    "One per report's event": "واحدة لكل حدث في كل تقرير", "Play through time": "تشغيل عبر الزمن",
    "Frame": "الإطار", "A day": "يوم", "A week": "أسبوع", "Everything up to the frame": "كل ما قبل الإطار",
    "Speed": "السرعة", "slow": "بطيء", "normal": "عادي", "fast": "سريع",
    "Web map tiles (needs internet)": "بلاطات خريطة الويب (تحتاج الإنترنت)", "Language": "اللغة",
    # page
    "event": "حدث", "events": "أحداث", "report": "تقرير", "reports": "تقارير", "Showing": "المعروض",
    "filters": "المرشِّحات", "none": "لا شيء", "no known dates": "لا تواريخ معروفة",
    "of unknown date": "مجهولة التاريخ", "Forget this event": "انسَ هذا الحدث",
    "CSV of the events": "الأحداث بصيغة CSV", "GeoJSON of the events": "الأحداث بصيغة GeoJSON",
    "Map as HTML (works offline)": "الخريطة بصيغة HTML (تعمل دون اتصال)",
    "Snapshot PNG of this view": "لقطة PNG لهذا العرض", "Download the PNG": "تنزيل الصورة",
    "Plots": "الرسوم", "Reports": "التقارير", "Report": "التقرير", "No report stored yet.": "لا تقارير مخزنة بعد.",
    # table headings
    "Date": "التاريخ", "Date precision": "دقة التاريخ", "Type": "النوع", "Sub-type": "النوع الفرعي",
    "Actor 1": "الطرف 1", "Actor 2": "الطرف 2", "Place": "المكان", "Admin1": "الشعبية", "Killed": "القتلى",
    "Wounded": "الجرحى", "Geo precision": "دقة الموقع", "Geocoder": "طريقة التحديد", "Corrected": "مصحَّح",
    "Killed, by report": "القتلى حسب التقرير", "Evidence": "الدليل", "Other reports": "تقارير أخرى",
    # the map's popups and legend
"With": "مع", "Located by": "طريقة التحديد", "Told by": "روته",
    "Event id": "معرّف الحدث", "Link to this event": "رابط إلى هذا الحدث", "unknown": "غير معروف",
    "Event type": "نوع الحدث", "exact place": "مكان دقيق", "near / part of a larger place": "قرب مكان أو جزء منه",
    "region only": "المنطقة فقط",
    # event types (ACLED's six)
    "Battles": "معارك", "Explosions/Remote violence": "انفجارات/عنف عن بعد",
    "Violence against civilians": "عنف ضد المدنيين", "Protests": "احتجاجات", "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
    # the timeline
    "Day": "اليوم", "Week (from Monday)": "الأسبوع (من الاثنين)", "Playback frame": "إطار التشغيل",
    # plots
    "all events": "كل الأحداث", "{measure} over time, by {grouping}": "{measure} عبر الزمن، حسب {grouping}",
    "Places with most events": "الأماكن الأكثر أحداثاً", "Who against whom (events)": "من ضد من (عدد الأحداث)",
    "Over time": "عبر الزمن", "Places": "الأماكن", "Who against whom": "من ضد من", "Count": "العدّ", "By": "حسب",
    "Actor": "الطرف", "From": "من", "Other": "أخرى", "Unknown": "غير معروف", "(none named)": "(لم يُسمَّ)",
    "No event to plot under these filters.": "لا حدث لرسمه مع هذه المرشِّحات.",
    "No shown event has a known date.": "لا حدث معروضاً بتاريخ معروف.",
    "No shown event has a known date, so the timeline is empty.": "لا حدث معروضاً بتاريخ معروف، فالخط الزمني فارغ.",
    "No event has a known date.": "لا حدث بتاريخ معروف.",
    # the map's legends
    "Size: people killed · grey disc: cluster of events · dashed ring: area of a vague place "
    "(near ≈ 8 km, region ≈ 40 km; hidden up close)":
        "الحجم: عدد القتلى · القرص الرمادي: مجموعة أحداث · الحلقة المتقطعة: نطاق مكان غير دقيق "
        "(قرب ≈ 8 كم، منطقة ≈ 40 كم؛ تختفي عند التقريب)",
    "{metric} per district": "{metric} لكل شعبية", "Today": "اليوم",
    "Districts: Natural Earth (older 22-district layout)": "الشعبيات: Natural Earth (التقسيم الأقدم، 22 شعبية)",
    "{n} events outside the districts (at sea or abroad)": "{n} حدثاً خارج الشعبيات (في البحر أو خارج ليبيا)",
    "Front line: bold = {start} – {end} (last {days} days); older events fade with age":
        "خط الجبهة: الغامق = {start} – {end} (آخر {days} يوماً)؛ الأحداث الأقدم تبهت مع الزمن",
    # forms: correcting an event, adding a report
    "Correct an event": "تصحيح حدث", "No event is shown: widen the filters to pick one.":
        "لا حدث معروضاً: وسّع المرشِّحات لاختيار حدث.", "Event": "الحدث", "Move to the place": "انقله إلى المكان",
    "…or latitude": "…أو خط العرض", "longitude": "خط الطول", "name of the point": "اسم النقطة",
    "Not an event (hide it)": "ليس حدثاً (أخفه)", "Save the correction": "احفظ التصحيح",
    "Same happening as event": "الحدث نفسه مثل", "Link them": "اربطهما", "Not the same": "ليسا الحدث نفسه",
    "Undo": "تراجع", "Spelling": "التهجئة", "Place it means": "المكان المقصود", "Add the spelling": "أضف التهجئة",
    "Add a report": "إضافة تقرير", "Report text": "نص التقرير", "Published on": "تاريخ النشر",
    "Title (optional)": "العنوان (اختياري)", "Source (optional)": "المصدر (اختياري)", "URL (optional)": "الرابط (اختياري)",
    "Extract": "استخراج", "Store": "تخزين",
    "No publication date: relative dates in the text stay unknown.": "لا تاريخ نشر: تبقى التواريخ النسبية في النص مجهولة.",
    "No event found in this report; storing it keeps its text for the report view.":
        "لم يُعثر على حدث في هذا التقرير؛ تخزينه يحفظ نصه لعرض التقارير.",

}


def seed(params: Mapping[str, Any], ss: Any) -> None:
    """The language of a link (``lang=ar``), on a session's first run."""
    try:
        value = params.get("lang")
    except Exception:  # noqa: BLE001 - a hand-edited link is never an error page
        value = None
    value = value[0] if isinstance(value, (list, tuple)) and value else value
    ss[K_LANG] = value if value in LANGS else "en"


def current(ss: Any = None) -> str:
    if ss is None:
        import streamlit as st

        ss = st.session_state
    return ss.get(K_LANG, "en") if ss.get(K_LANG) in LANGS else "en"


def t(text: str, lang: str | None = None) -> str:
    """``text`` (an English label) in the chosen language."""
    return AR.get(text, text) if (lang or current()) == "ar" else text


def query_params(ss: Any) -> dict[str, str]:
    return {"lang": "ar"} if current(ss) == "ar" else {}


def direction_css(lang: str) -> str:
    """Right-to-left for Arabic: the page, the sidebar, tables and widgets; numbers and Latin
    names keep their own direction inside (the browser's bidi does that per run of text)."""
    if lang != "ar":
        return ""
    return ("<style>[data-testid=stMain], [data-testid=stSidebar] {direction: rtl; text-align: right}"
            "[data-testid=stMain] h1, [data-testid=stMain] h2, [data-testid=stMain] h3 {text-align: right}"
            "[data-testid=stSidebar] label, [data-testid=stMain] label {direction: rtl}"
            # The map and the charts are drawn left to right (west is left).
            "iframe, [data-testid=stVegaLiteChart] {direction: ltr}</style>")


def name_column(lang: str) -> str:
    """The event column holding the place's name in ``lang``."""
    return "location_ar" if lang == "ar" else "location"


# What the map's popups say, per language (the browser looks each label up; English is the key).
POPUP_WORDS = ("Date", "Actors", "With", "Place", "Located by", "Killed", "Wounded", "Told by", "Event id",
               "Report", "Link to this event", "unknown", "Event type", "exact place",
               "near / part of a larger place", "region only", "Battles", "Explosions/Remote violence",
               "Violence against civilians", "Protests", "Riots", "Strategic developments")


def popup_words(lang: str) -> dict[str, str]:
    if lang != "ar":
        return {}
    return {w: AR[w] for w in POPUP_WORDS if w in AR}
