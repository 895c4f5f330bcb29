"""Places abroad that Libyan reports name: countries, capitals and the cities where talks,
arrests, landings and deportations happen (Skhirat, Geneva, Lampedusa, Ben Guerdane...).

They are found in running text like Libyan places, each with its own ``country``, so a
reader of the mentions (the event extractor) can tell "in Tunis" from "in Tripoli". They
never win a name over a Libyan place: the resolver ranks the report's country first.

Points are the team's own, from general knowledge: a country's is its rough centre (the
capital where the country is small), a city's its centre (good to a few km).

Names that are also everyday words are kept out of running text (``NOT_IN_TEXT_NAMES``):
مالي is "financial" as often as Mali, عمان is Oman and Amman, "Jordan" a given name.
"""
from __future__ import annotations

from .place import Place

FOREIGN_SOURCE = "marsad (places abroad)"

# (id, name_en, name_ar, kind, lat, lon, country, en aliases, ar aliases, in running text)
_ROWS: tuple[tuple, ...] = (
    # -- countries -------------------------------------------------------------------
    ("country-tn", "Tunisia", "تونس", "country", 34.0, 9.5, "TN", "Tunisian Republic", "", True),
    ("country-eg", "Egypt", "مصر", "country", 26.5, 30.0, "EG", "Arab Republic of Egypt",
     "جمهورية مصر العربية", True),
    ("country-dz", "Algeria", "الجزائر", "country", 28.0, 2.6, "DZ", "", "", True),
    ("country-sd", "Sudan", "السودان", "country", 15.5, 30.0, "SD", "", "", True),
    ("country-td", "Chad", "تشاد", "country", 15.0, 19.0, "TD", "", "التشاد", True),
    ("country-ne", "Niger", "النيجر", "country", 17.0, 9.0, "NE", "", "", True),
    ("country-lb", "Lebanon", "لبنان", "country", 33.9, 35.9, "LB", "Lebanese Republic", "", True),
    ("country-it", "Italy", "إيطاليا", "country", 42.8, 12.6, "IT", "", "ايطاليا", True),
    ("country-fr", "France", "فرنسا", "country", 46.6, 2.4, "FR", "", "", True),
    ("country-gb", "United Kingdom", "بريطانيا", "country", 53.0, -1.5, "GB",
     "Britain|Great Britain|UK|U.K.", "المملكة المتحدة|بريطانيا العظمى", True),
    ("country-de", "Germany", "ألمانيا", "country", 51.1, 10.4, "DE", "", "المانيا", True),
    ("country-ru", "Russia", "روسيا", "country", 55.8, 37.6, "RU", "Russian Federation",
     "روسيا الاتحادية", True),
    ("country-tr", "Turkey", "تركيا", "country", 39.0, 35.2, "TR", "Türkiye|Turkiye", "", True),
    ("country-us", "United States", "الولايات المتحدة", "country", 39.8, -98.6, "US",
     "United States of America|USA|U.S.|US|America",
     "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا", True),
    ("country-ae", "United Arab Emirates", "الإمارات", "country", 24.0, 54.0, "AE",
     "UAE|Emirates", "الإمارات العربية المتحدة|دولة الإمارات", True),
    ("country-qa", "Qatar", "قطر", "country", 25.3, 51.2, "QA", "", "دولة قطر", True),
    ("country-sa", "Saudi Arabia", "السعودية", "country", 24.0, 45.0, "SA", "",
     "المملكة العربية السعودية", True),
    ("country-ma", "Morocco", "المغرب", "country", 32.0, -6.5, "MA", "", "المملكة المغربية", True),
    ("country-mt", "Malta", "مالطا", "country", 35.9, 14.45, "MT", "", "مالطة", True),
    ("country-gr", "Greece", "اليونان", "country", 39.0, 22.0, "GR", "", "", True),
    ("country-es", "Spain", "إسبانيا", "country", 40.2, -3.7, "ES", "", "اسبانيا", True),
    ("country-ml", "Mali", "مالي", "country", 17.5, -3.5, "ML", "", "", True),
    ("country-jo", "Jordan", "الأردن", "country", 31.2, 36.5, "JO", "", "", True),
    ("country-sy", "Syria", "سوريا", "country", 35.0, 38.5, "SY", "", "", True),
    ("country-iq", "Iraq", "العراق", "country", 33.0, 43.7, "IQ", "", "", True),
    ("country-ir", "Iran", "إيران", "country", 32.5, 53.7, "IR", "", "ايران", True),
    ("country-ye", "Yemen", "اليمن", "country", 15.6, 47.6, "YE", "", "", True),
    ("country-ps", "Palestine", "فلسطين", "country", 31.9, 35.2, "PS", "", "", True),
    ("country-il", "Israel", "إسرائيل", "country", 31.4, 34.9, "IL", "", "اسرائيل", True),
    ("country-kw", "Kuwait", "الكويت", "country", 29.3, 47.6, "KW", "", "", True),
    ("country-bh", "Bahrain", "البحرين", "country", 26.1, 50.55, "BH", "", "", True),
    ("country-om", "Oman", "سلطنة عمان", "country", 21.0, 57.0, "OM", "", "عمان", True),
    ("country-cn", "China", "الصين", "country", 35.0, 104.0, "CN", "", "", True),
    ("country-er", "Eritrea", "إريتريا", "country", 15.3, 39.0, "ER", "", "اريتريا|أريتريا", True),
    ("country-et", "Ethiopia", "إثيوبيا", "country", 9.0, 39.5, "ET", "", "اثيوبيا", True),
    ("country-so", "Somalia", "الصومال", "country", 5.5, 46.0, "SO", "", "", True),
    ("country-ng", "Nigeria", "نيجيريا", "country", 9.1, 8.7, "NG", "", "نيجريا", True),
    ("country-gh", "Ghana", "غانا", "country", 7.9, -1.0, "GH", "", "", True),
    ("country-ps-gaza", "Gaza Strip", "قطاع غزة", "region", 31.42, 34.37, "PS", "Gaza", "غزة", True),
    ("country-af", "Afghanistan", "أفغانستان", "country", 33.9, 67.7, "AF", "", "افغانستان", True),
    ("country-be", "Belgium", "بلجيكا", "country", 50.6, 4.6, "BE", "", "", True),
    ("country-nl", "Netherlands", "هولندا", "country", 52.2, 5.4, "NL", "", "", True),
    # -- capitals and cities ---------------------------------------------------------
    ("foreign-tunis", "Tunis", "تونس العاصمة", "city", 36.806, 10.181, "TN", "", "العاصمة التونسية", True),
    ("foreign-cairo", "Cairo", "القاهرة", "city", 30.044, 31.236, "EG", "", "العاصمة المصرية", True),
    ("foreign-alexandria", "Alexandria", "الإسكندرية", "city", 31.2, 29.918, "EG", "",
     "الاسكندرية|الأسكندرية", True),
    ("foreign-algiers", "Algiers", "الجزائر العاصمة", "city", 36.753, 3.059, "DZ", "", "العاصمة الجزائرية", True),
    ("foreign-khartoum", "Khartoum", "الخرطوم", "city", 15.5, 32.56, "SD", "", "العاصمة السودانية", True),
    ("foreign-ndjamena", "N'Djamena", "نجامينا", "city", 12.134, 15.056, "TD", "Ndjamena",
     "انجامينا|إنجامينا|نجمينا|العاصمة التشادية", True),
    ("foreign-niamey", "Niamey", "نيامي", "city", 13.512, 2.112, "NE", "", "العاصمة النيجرية", True),
    ("foreign-rome", "Rome", "روما", "city", 41.893, 12.483, "IT", "", "العاصمة الإيطالية", True),
    ("foreign-palermo", "Palermo", "باليرمو", "city", 38.116, 13.361, "IT", "", "", True),
    ("foreign-sicily", "Sicily", "صقلية", "region", 37.6, 14.1, "IT", "", "جزيرة صقلية", True),
    ("foreign-lampedusa", "Lampedusa", "لامبيدوزا", "town", 35.508, 12.603, "IT", "",
     "لامبيدوسا|جزيرة لامبيدوزا", True),
    ("foreign-valletta", "Valletta", "فاليتا", "city", 35.899, 14.514, "MT", "", "العاصمة المالطية", True),
    ("foreign-paris", "Paris", "باريس", "city", 48.857, 2.352, "FR", "", "العاصمة الفرنسية", True),
    ("foreign-marseille", "Marseille", "مرسيليا", "city", 43.296, 5.37, "FR", "Marseilles", "", True),
    ("foreign-geneva", "Geneva", "جنيف", "city", 46.204, 6.143, "CH", "Genève", "", True),
    ("foreign-berlin", "Berlin", "برلين", "city", 52.52, 13.405, "DE", "", "العاصمة الألمانية", True),
    ("foreign-moscow", "Moscow", "موسكو", "city", 55.756, 37.617, "RU", "", "العاصمة الروسية", True),
    ("foreign-ankara", "Ankara", "أنقرة", "city", 39.934, 32.86, "TR", "", "انقره|العاصمة التركية", True),
    ("foreign-istanbul", "Istanbul", "إسطنبول", "city", 41.008, 28.978, "TR", "",
     "اسطنبول|إستانبول|استانبول", True),
    ("foreign-washington", "Washington", "واشنطن", "city", 38.895, -77.036, "US",
     "Washington DC|Washington D.C.", "العاصمة الأمريكية|العاصمة الأميركية", True),
    ("foreign-new-york", "New York", "نيويورك", "city", 40.713, -74.006, "US", "", "", True),
    ("foreign-london", "London", "لندن", "city", 51.507, -0.128, "GB", "", "العاصمة البريطانية", True),
    ("foreign-manchester", "Manchester", "مانشستر", "city", 53.48, -2.242, "GB", "", "", True),
    ("foreign-brussels", "Brussels", "بروكسل", "city", 50.847, 4.357, "BE", "", "العاصمة البلجيكية", True),
    ("foreign-amsterdam", "Amsterdam", "أمستردام", "city", 52.373, 4.893, "NL", "", "امستردام|العاصمة الهولندية", True),
    ("foreign-chemnitz", "Chemnitz", "كيمنتس", "city", 50.833, 12.921, "DE", "", "كيمنتز|كمنيتس", True),
    ("foreign-abu-dhabi", "Abu Dhabi", "أبوظبي", "city", 24.454, 54.377, "AE", "",
     "أبو ظبي|ابوظبي|العاصمة الإماراتية", True),
    ("foreign-dubai", "Dubai", "دبي", "city", 25.205, 55.271, "AE", "", "", True),
    ("foreign-doha", "Doha", "الدوحة", "city", 25.286, 51.531, "QA", "", "العاصمة القطرية", True),
    ("foreign-riyadh", "Riyadh", "الرياض", "city", 24.713, 46.675, "SA", "", "العاصمة السعودية", True),
    ("foreign-rabat", "Rabat", "الرباط", "city", 34.02, -6.834, "MA", "", "العاصمة المغربية", True),
    ("foreign-skhirat", "Skhirat", "الصخيرات", "town", 33.852, -7.031, "MA", "Skhirate", "", True),
    ("foreign-tangier", "Tangier", "طنجة", "city", 35.759, -5.834, "MA", "Tangiers", "", True),
    ("foreign-amman", "Amman", "العاصمة الأردنية عمان", "city", 31.954, 35.911, "JO", "", "العاصمة الأردنية", True),
    ("foreign-tripoli-lb", "Tripoli (Lebanon)", "طرابلس اللبنانية", "city", 34.437, 35.85, "LB",
     "", "طرابلس الشام|طرابلس لبنان", True),
    ("foreign-beirut", "Beirut", "بيروت", "city", 33.894, 35.502, "LB", "", "العاصمة اللبنانية", True),
    ("foreign-damascus", "Damascus", "دمشق", "city", 33.513, 36.292, "SY", "", "العاصمة السورية", True),
    # Yemen's al-Bayda, a front of its war: "محافظة البيضاء" is never Libya's (Libya has no
    # governorates), and Yemen reports name Libya in passing
    ("foreign-bayda-ye", "Al Bayda (Yemen)", "محافظة البيضاء", "region", 13.985, 45.573, "YE", "",
     "البيضاء اليمنية", True),
    ("foreign-baghdad", "Baghdad", "بغداد", "city", 33.315, 44.366, "IQ", "", "العاصمة العراقية", True),
    ("foreign-tehran", "Tehran", "طهران", "city", 35.689, 51.389, "IR", "", "العاصمة الإيرانية", True),
    ("foreign-beijing", "Beijing", "بكين", "city", 39.904, 116.407, "CN", "", "بيجين", True),
    ("foreign-madrid", "Madrid", "مدريد", "city", 40.417, -3.704, "ES", "", "العاصمة الإسبانية", True),
    ("foreign-athens", "Athens", "أثينا", "city", 37.984, 23.728, "GR", "", "اثينا|العاصمة اليونانية", True),
    ("foreign-brazzaville", "Brazzaville", "برازافيل", "city", -4.263, 15.242, "CG", "", "", True),
    ("foreign-addis-ababa", "Addis Ababa", "أديس أبابا", "city", 9.03, 38.74, "ET", "",
     "اديس ابابا", True),
    ("foreign-naples", "Naples", "نابولي", "city", 40.852, 14.268, "IT", "", "", True),
    ("foreign-sinai", "Sinai", "سيناء", "region", 29.5, 33.8, "EG", "Sinai Peninsula",
     "شبه جزيرة سيناء|شمال سيناء", True),
    # border towns of Libya's neighbours, on the routes reports follow
    ("foreign-ben-guerdane", "Ben Guerdane", "بن قردان", "town", 33.138, 11.22, "TN",
     "Ben Gardane|Ben Guerdan", "بنقردان", True),
    ("foreign-djerba", "Djerba", "جربة", "town", 33.807, 10.845, "TN", "Jerba", "جزيرة جربة", True),
    ("foreign-sfax", "Sfax", "صفاقس", "city", 34.74, 10.76, "TN", "", "", True),
    ("foreign-medenine", "Medenine", "مدنين", "city", 33.355, 10.505, "TN", "Médenine", "", True),
    ("foreign-tataouine", "Tataouine", "تطاوين", "city", 32.929, 10.451, "TN", "", "", True),
    ("foreign-sousse", "Sousse", "سوسة التونسية", "city", 35.826, 10.636, "TN", "", "سوسة",
     True),
    ("foreign-monastir", "Monastir", "المنستير", "city", 35.764, 10.811, "TN", "", "", True),
    ("foreign-kairouan", "Kairouan", "القيروان", "city", 35.678, 10.096, "TN", "", "", True),
    ("foreign-jendouba", "Jendouba", "جندوبة", "city", 36.501, 8.78, "TN", "", "", True),
    ("foreign-gabes", "Gabes", "قابس", "city", 33.881, 10.098, "TN", "Gabès", "", True),
    ("foreign-gafsa", "Gafsa", "قفصة", "city", 34.425, 8.784, "TN", "", "", True),
    ("foreign-kasserine", "Kasserine", "القصرين", "city", 35.168, 8.836, "TN", "", "", True),
    ("foreign-bizerte", "Bizerte", "بنزرت", "city", 37.274, 9.874, "TN", "", "", True),
    ("foreign-nabeul", "Nabeul", "نابل", "city", 36.456, 10.735, "TN", "", "", True),
    ("foreign-zarzis", "Zarzis", "جرجيس", "town", 33.504, 11.112, "TN", "", "", True),
    ("foreign-sidi-bouzid", "Sidi Bouzid", "سيدي بوزيد", "city", 35.038, 9.485, "TN", "", "", True),
    ("foreign-kebili", "Kebili", "قبلي", "town", 33.705, 8.969, "TN", "", "", True),
    ("foreign-tozeur", "Tozeur", "توزر", "town", 33.92, 8.134, "TN", "", "", True),
    # the other governorates' seats, so a Tunisian radio's news of its own towns lands in Tunisia
    ("foreign-mahdia", "Mahdia", "المهدية", "city", 35.504, 11.062, "TN", "", "", True),
    ("foreign-souassi", "Souassi", "السواسي", "town", 35.344, 10.549, "TN", "Essouassi", "", True),
    ("foreign-beja", "Beja", "باجة", "city", 36.725, 9.182, "TN", "Béja", "", True),
    ("foreign-le-kef", "Le Kef", "الكاف", "city", 36.182, 8.715, "TN", "El Kef|Kef", "", True),
    ("foreign-siliana", "Siliana", "سليانة", "city", 36.085, 9.371, "TN", "", "", True),
    ("foreign-zaghouan", "Zaghouan", "زغوان", "city", 36.403, 10.143, "TN", "", "", True),
    ("foreign-manouba", "Manouba", "منوبة", "city", 36.81, 10.097, "TN", "", "", True),
    ("foreign-ariana", "Ariana", "أريانة", "city", 36.862, 10.195, "TN", "", "اريانة", True),
    ("foreign-ben-arous", "Ben Arous", "بن عروس", "city", 36.754, 10.22, "TN", "", "", True),
    ("foreign-sidi-ali-ben-aoun", "Sidi Ali Ben Aoun", "سيدي علي بن عون", "town", 34.733, 9.15, "TN", "", "", True),
    ("foreign-port-said", "Port Said", "بورسعيد", "city", 31.265, 32.302, "EG", "",
     "بور سعيد", True),
    ("foreign-suez", "Suez", "السويس", "city", 29.967, 32.55, "EG", "", "", True),
    ("foreign-aswan", "Aswan", "أسوان", "city", 24.089, 32.899, "EG", "", "اسوان", True),
    ("foreign-sallum", "Sallum", "السلوم", "town", 31.553, 25.159, "EG", "Salloum|El Salloum", "", True),
    ("foreign-marsa-matruh", "Marsa Matruh", "مرسى مطروح", "city", 31.353, 27.237, "EG",
     "Mersa Matruh", "مطروح", True),
    ("foreign-arish", "Arish", "العريش", "city", 31.131, 33.8, "EG", "El Arish|Al Arish", "", True),
    ("foreign-minya", "Minya", "المنيا", "city", 28.11, 30.75, "EG", "El Minya|Al Minya", "", True),
    ("foreign-agadez", "Agadez", "أغاديس", "city", 16.97, 7.99, "NE", "", "اغاديس|أغاديز", True),
    ("foreign-djanet", "Djanet", "جانت", "town", 24.555, 9.485, "DZ", "", "", True),
    ("foreign-darfur", "Darfur", "دارفور", "region", 13.5, 24.0, "SD", "", "إقليم دارفور", True),
)


def foreign_places() -> list[Place]:
    return [Place(id=pid, name_en=en, name_ar=ar, kind=kind, lat=lat, lon=lon,
                  aliases=tuple(a for a in (*aen.split("|"), *aar.split("|")) if a),
                  country=cc, source=FOREIGN_SOURCE)
            for pid, en, ar, kind, lat, lon, cc, aen, aar, _ in _ROWS]


# Names of places abroad kept out of running text (resolvable only when asked by name).
NOT_IN_TEXT = frozenset(pid for pid, *_rest, text in _ROWS if not text)
# Spellings that are given names even though the place is allowed in text (Arabic الأردن
# is only the country; English "Jordan" is also a first name).
NOT_IN_TEXT_NAMES = frozenset({"Jordan", "مالي", "عمان", "قبلي"})
