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
