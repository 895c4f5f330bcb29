"""Stage "places": the report's place mentions that can be where something happened.

``resolver.find_places`` runs over the whole text, so names are disambiguated jointly (a
Tripoli report's صلاح الدين is the Tripoli district), then assigned to sentences by span.
A "place" right after a speech verb or a rank (وأفاد المحجوب, العميد ...) is a person, and
one right before Post/Herald/TV a newspaper, one right after "شارع" a street's name: all dropped. So are places outside Libya
(Berlin, Cairo: never an event's place) and a relation anchor that only says where the
place before it lies ("Tarhuna, southeast of Tripoli", "Ajdabiya, 150 km south of
Benghazi"; but "in Libya, near Sirte" is near Sirte). A place inside an actor's name, an institution's seat, a source's place ("a source at
Zliten hospital") or an actor's home ("اللواء السابع القادم من ترهونة", "fighters coming from
Misrata", "شاب تونسي أصيل المنستير"), where a condemnation was voiced ("وفي الرباط أكدت الوزارة أنها
تدين ...", "بيان أصدرته من مقرها في ...") or the place it fled ("الإرهابيين الهاربين من الهلال
النفطي", "militants fleeing from Ras Lanuf") is kept, marked ``in_actor``: where an actor is from, not where it happened.
The report's main place is its most mentioned town (or, for a body that names none, its
headline's); whether the report is set elsewhere at all is ``elsewhere.py``'s to say.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from events.errors import ReportError
from events.pipeline.cues import cue
from events.pipeline.doc import Doc, ExtractedPlace
from events.pipeline.elsewhere import (LEBANON_NAMED, LIBYA_NAMED, LONG_REPORT, a_word, elsewhere_report, in_libya,
                                       mostly_abroad, named_in_passing, names_abroad, not_about_libya)
from events.sentences import Token, tokenize
from geo.normalise import ar_clitic_forms, normalise_ar
from geo.text_cues import CAPITAL, EN_CAPITAL

_PERSON_BEFORE = cue("person_before")
_AREA_BEFORE = cue("area_before")
_MEDIA_AFTER = cue("media_after")
_SETTLEMENT = cue("settlement")
_SOURCE_NOUN = cue("source_noun")
_ORIGIN = cue("origin")
_NATIVE = cue("native_of")
_INSTITUTION = cue("institution")
_ARMED_OF_PLACE = cue("armed_of_place")
_OWNED_AFTER = cue("owned_after", "en")
_SEAT_MEMBER = cue("seat_member", "en")
_AT_A_BUILDING = cue("at_a_building", "en")
_STREET = cue("street_before")
_CONDEMN = cue("condemnation")
_SEAT = cue("seat_of_statement")
_DIACRITICS = re.compile(r"[\u064B-\u0652]")
_ARMED_STEMS = ("مسلح", "جماع", "ميليشي", "مليشي", "كتيب", "militia", "gunmen", "fighters")
_FLIGHT = ("رحله", "رحلات", "مسار", "flight", "diverted", "rerouted")  # not "طائرات": warplanes strike
_CLUB = frozenset({"نادي", "لنادي", "فريق", "لفريق"})
POINT_KINDS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "district",
                         "airport", "air base", "military camp", "port", "oil field",
                         "oil terminal", "refinery", "border crossing", "road", "landmark"})
REGION_KINDS = frozenset({"region", "admin1", "wadi", "country"})


def places(doc: Doc) -> None:
    doc.raw_places = _capital_of_elsewhere(find_place_mentions(doc.text, doc.resolver), doc.text)
    actor_spans = [(m.start, m.end) for m in doc.all_mentions]
    doc.places = usable_places(doc.text, doc.tokens, doc.starts, doc.raw_places, actor_spans)
    if not LIBYA_NAMED.search(doc.text):
        if LEBANON_NAMED.search(doc.text) or LEBANON_NAMED.search(doc.report.title or ""):
            # "نائب طرابلس محمد كبارة" under "لبنان: ...", "أبناء طرابلس" beside "وفي لبنان": in a
            # report that names Lebanon and never Libya, Tripoli is Lebanon's
            doc.places = [p for p in doc.places if p.place.id != "tripoli"]
        # "بالقرب من منطقة القبة" in al-Dhale, "بحي الحيلة" in Muhayil: in a report that never
        # names Libya and whose places are mostly abroad, or a long one whose only Libyan
        # places are such words, a Libyan name that is also a word is that word
        worded = [p for p in doc.places if a_word(p)]
        if worded and (mostly_abroad(doc.raw_places)
                       or (len(worded) == len(doc.places) and len(doc.text) > LONG_REPORT)):
            doc.places = [p for p in doc.places if not a_word(p)]
        if doc.places and not_about_libya(doc):
            doc.places = []
    doc.place_starts = [p.start for p in doc.places]
    doc.main_place = main_place(doc.places)
    title = doc.report.title or ""
    # the headline is read only where it can matter: a body that names places abroad, or none
    abroad = names_abroad(doc.raw_places)
    nothing = all(m.resolution.place is None or m.resolution.place.kind == "country" for m in doc.raw_places)
    headline = _capital_of_elsewhere(find_place_mentions(title, doc.resolver), doc.text) \
        if title and (abroad or nothing) else []
    if doc.main_place is not None and (elsewhere_report(doc.raw_places, doc.places, doc.main_place)
                                       or named_in_passing(doc) or _headline_abroad(title, headline)):
        doc.main_place = None
    elif doc.main_place is None and nothing:
        doc.main_place = headline_place(title, headline)


def _headline_abroad(title: str, headline: list) -> bool:
    """A headline set abroad, naming no place in Libya, sets the report there ("الجزائر :
    سقوط جرحى ... بسبب حمار"): a Libyan town its body recalls lends itself to no sentence.
    Set abroad: a town abroad, or a country as a dateline ("الجزائر :"); a country named
    otherwise is as often a side ("حفتر يتهم تركيا مجددا بدعم الإرهاب")."""
    placed = [m for m in headline if m.resolution.place is not None]
    if not placed or any(in_libya(m.resolution.place) for m in placed):
        return False
    return any(m.resolution.place.kind != "country" or (m.start < 3 and _DATELINE_COLON.match(title, m.end))
               for m in placed)


_DATELINE_COLON = re.compile(r"\s*[:：]")


def headline_place(title: str, headline: list) -> ExtractedPlace | None:
    """The Libyan town a headline names (``headline``: its place mentions), for a body that
    names no place at all ("انتهاء أزمة المؤسسة الوطنية للنفط بطرابلس" over a text that says
    only "the building"): where the report is set. None if the headline names a place abroad too."""
    if names_abroad(headline):
        return None
    tokens = tokenize(title)
    found = [p for p in usable_places(title, tokens, [t.start for t in tokens], headline, [])
             if not p.in_actor and not p.country_level and not a_word(p)]
    return main_place(found)


def _capital_of_elsewhere(raw: list, text: str) -> list:
    """"the capital" alone is Tripoli in a report about Libya; in one whose only Libyan
    place is that word (or "وسط العاصمة": the Kuwait mosque bombing "بمنطقة الصوابر وسط
    العاصمة") and that names places abroad ("في منطقة دنغارا على بعد 150 كلم جنوب
    العاصمة دوشانبي في طاجيكستان") or never names Libya ("جنرال في الجيش البوروندي ... في
    العاصمة"), it is the other country's, so it is no place here."""
    local = [m for m in raw if m.resolution.place is not None and in_libya(m.resolution.place)
             and m.resolution.place.kind not in REGION_KINDS]
    if not local or not all(_names_the_capital(m.text) for m in local):
        return raw
    if not names_abroad(raw) and LIBYA_NAMED.search(text):
        return raw
    return [m for m in raw if m not in local]



def _names_the_capital(text: str) -> bool:
    """"العاصمة" with its clitics ("للعاصمة", "بالعاصمة") or a part of it ("وسط العاصمة"),
    unnamed: "العاصمة طرابلس" names its city; in English "the capital (city)"."""
    if text.lower() in EN_CAPITAL:
        return True
    words = normalise_ar(text).split()
    return bool(words) and CAPITAL in (f for f, _skip in ar_clitic_forms(words[-1]))


def sentence_places(doc: Doc, start: int, end: int) -> list[ExtractedPlace]:
    return doc.places[bisect.bisect_left(doc.place_starts, start):bisect.bisect_left(doc.place_starts, end)]


def find_place_mentions(text: str, resolver) -> list:
    from geo.errors import GeoError

    try:
        return resolver.find_places(text)
    except GeoError as exc:
        raise ReportError(f"cannot look for places in this report: {exc}") from None



def usable_places(text: str, tokens: list[Token], starts: list[int], raw: list,
                   actor_spans: list[tuple[int, int]], for_events: bool = True) -> list[ExtractedPlace]:
    """The place mentions that can be where something happened. ``for_events=False`` (the
    rows of `marsad places`) keeps places abroad and relation anchors: they are mentions."""
    out = []
    actor_spans = sorted(actor_spans)
    actor_starts = [s for s, _e in actor_spans]
    for k, m in enumerate(raw):
        if m.resolution.place is None:
            continue
        if for_events and not in_libya(m.resolution.place):
            continue  # "the ceasefire agreed in Berlin": not where a Libyan event happened
        if for_events and m.relation and k > 0 and raw[k - 1].resolution.place is not None \
                and raw[k - 1].resolution.place.kind != "country" and not _PART_OF_LIBYA.search(raw[k - 1].text) \
                and locates(text[raw[k - 1].end:m.start], m.relation) and in_libya(raw[k - 1].resolution.place) \
                and (_LYING.search(text[raw[k - 1].end:m.start])  # "من سبها الواقعة ... جنوبي طرابلس"
                     or not _FROM_LIST.search(text[max(0, raw[k - 1].start - 40):raw[k - 1].start])):
            # "Tarhuna, southeast of Tripoli": Tripoli only says where Tarhuna lies; but in
            # "forces from Gharian and Zintan near Gharian" the relation says where they fought,
            # and "In western Libya, near Al-Watiyah airbase" where in the region
            continue
        if for_events and _lies_abroad(text, m, raw[k + 1] if k + 1 < len(raw) else None):
            continue  # "بلدة النعيمة في درعا", "منطقة المرج بشرق القاهرة": a namesake abroad
        i = bisect.bisect_left(starts, m.start)
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and m.start - prev.end <= 2:
            if prev.key in _PERSON_BEFORE or prev.orig in _PERSON_BEFORE:
                if m.resolution.place.kind not in ("city", "country", "admin1"):
                    continue  # "وأفاد المحجوب": a person, not Zawiyat al-Mahjoub
        if for_events and prev is not None and m.start - prev.end <= 2 and prev.key in _STREET:
            continue  # "شارع الأربعين" in Taiz, "شارع طرابلس" in Misrata: a street's name
        area = bool(m.relation) or (prev is not None and m.start - prev.end <= 2 and prev.key in _AREA_BEFORE)
        if not area and prev is not None and prev.key in _SETTLEMENT and i > 1 and tokens[i - 2].key in _AREA_BEFORE:
            area = True  # "في محيط مدينة غريان"
        if not area and k + 1 < len(raw):
            nxt = raw[k + 1]
            if nxt.relation and nxt.start - m.end <= 3:
                area = True  # "السدادة جنوب غربي مصراتة": known by where it lies
        j = bisect.bisect_left(starts, m.end)
        if for_events and _unit_named(tokens, i, j, m):
            continue  # "the Abu Slim Martyrs Brigade" (of Derna), "كتيبة شهداء الزاوية": a unit's name, never where
        if j < len(tokens) and tokens[j].key in _MEDIA_AFTER and tokens[j].start - m.end <= 1 \
                and tokens[j].orig[:1].isupper():
            continue  # "The Tripoli Post", "Libya Herald": a newspaper, not a place ("Sirte today" is)
        # actor_spans are sorted and do not overlap: only the last one starting at or
        # before the mention can hold it.
        a = bisect.bisect_right(actor_starts, m.start) - 1
        in_actor = a >= 0 and m.end <= actor_spans[a][1]
        if not in_actor and of_an_institution(tokens, i):
            in_actor = True  # "المجلس البلدي لمدينة ترهونة", "Misrata's municipal council": who speaks
        if not in_actor and any(tokens[k].key.lstrip("و") in _SOURCE_NOUN for k in range(max(0, i - 3), i)) \
                and m.resolution.place is not None and m.resolution.place.kind not in ("city", "town", "country", "admin1", "region"):
            in_actor = True  # "وقال مصدر طبي بمركز بنغازي الطبي", "a source at Zliten hospital": who tells
        if not in_actor and left_from(tokens, i):
            in_actor = True  # "اللواء السابع القادم من ترهونة", "الهاربين من الهلال النفطي": a home, a place left
        if not in_actor and native_of(tokens, i):
            in_actor = True  # "شاب تونسي أصيل المنستير", "أصيلا معتمدية بن قردان": a home
        if not in_actor and (_armed_of(tokens, prev, j, m) or _armed_of_the(tokens, i)):
            in_actor = True  # "Misratah militias", "كتائب الزنتان", "the militias of Misratah": whose the fighters are
        if not in_actor and _in_solidarity(text[max(0, m.start - 60):m.start]):
            in_actor = True  # "rallies in solidarity with the people of Benghazi", "تضامنا مع أهالي درنة": a cause
        if not in_actor and _owned_en(text, tokens, i, j, m):
            in_actor = True  # "Misratah's Third Force", "the Tobruk government", "the HoR member for Tarhouna": whose
        if not in_actor and _armed_from(tokens, i):
            in_actor = True  # "جماعة مسلحة من مدينة مصراتة", "gunmen from Zintan": a side's home
        if not in_actor and speaks_from(text, tokens, i):
            in_actor = True  # "وفي الرباط أكدت الوزارة أنها تدين الجريمة": whence a condemnation came
        if not in_actor and _on_a_route(tokens, i):
            in_actor = True  # "رحلة قادمة من الإسكندرية إلى طرابلس ... مسارها إلى مصراتة": a flight's ends
        out.append(ExtractedPlace(m.start, m.end, m.text, m, in_actor, area))
    return out


_TOWN_WORD = r"(?:(?:ب|في\s+)?(?:مدينة|محافظة|ريف|بلدة|العاصمة)\s+|(?:the\s+)?(?:city|capital)\s+(?:of\s+)?)?"
_IN_ABROAD = re.compile(r"^\s*(?:(?:في|in)\s+|ب)" + _TOWN_WORD + r"\s*$")
_BEARING_ABROAD = re.compile(r"^\s*،?\s*(?:ب|في\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ى)?\s*" + _TOWN_WORD + r"$|"
                             r"^\s*,?\s*(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+" + _TOWN_WORD + r"$", re.I)


def _lies_abroad(text: str, m, nxt) -> bool:
    """Whether a Libyan name is placed by the foreign place right after it: "in" it (a town
    or site; a Libyan city never loses) or by a bearing from it ("بشرق القاهرة")."""
    if nxt is None or nxt.resolution.place is None or in_libya(nxt.resolution.place) \
            or not 0 <= nxt.start - m.end <= 24 or nxt.resolution.place.kind == "country":
        return False
    gap = text[m.end:nxt.start]
    if _BEARING_ABROAD.match(gap):
        return True
    return bool(_IN_ABROAD.match(gap)) and m.resolution.place.kind != "city"


def native_of(tokens: list[Token], i: int) -> bool:
    """Whether the place at token ``i`` is where someone is a native of ("أصيل المنستير",
    "أصيلا معتمدية بن قردان"): a person's home, not where anything happened."""
    if i > 0 and (tokens[i - 1].key in _NATIVE
                  or i > 1 and tokens[i - 2].key in _NATIVE and tokens[i - 1].key in _SETTLEMENT):
        return True
    # "درمبة الذي ينتمي إلى مدينة الزنتان": the town a person belongs to
    k = i - 1 if i > 0 and tokens[i - 1].key in _SETTLEMENT else i
    return k > 1 and tokens[k - 1].key in ("الي", "لي") and tokens[k - 2].key in _BELONGS


_BELONGS = frozenset({"ينتمي", "تنتمي", "ينتمون", "المنتمي", "المنتمين", "ينحدر", "تنحدر", "المنحدر"})


def _armed_from(tokens: list[Token], i: int) -> bool:
    k = i - 1
    if i < len(tokens) and not tokens[i].arabic:
        # "forces from Gharian and Zintan", "who came from Misrata, Al-Zawiya, Al-Khoms, Zlitin
        # and Sobratha": every home of a list
        while k > 0 and i - k < 12 and (tokens[k].orig[:1].isupper() or tokens[k].key in ("and", "or", "al", "el")):
            k -= 1
    elif k > 0 and i < len(tokens) and tokens[i].arabic and tokens[i].orig.startswith("و") and tokens[k].arabic:
        k -= 1  # "مسلحون من غريان والزنتان"
    if k > 0 and tokens[k].key in _SETTLEMENT:
        k -= 1
    if k < 1 or tokens[k].key not in ("من", "from"):
        return False
    if tokens[k - 1].key in _FORCES_EN or tokens[k - 1].key in _PEOPLE_EN or tokens[k - 1].key in _CAME_EN:
        return True  # "forces from Gharian", "2 men from Shahat", "who came from Misrata": a home,
        # not "forces withdrew from Sirte"
    return any(tokens[x].key.lstrip("و").removeprefix("ال").startswith(_ARMED_STEMS) for x in range(max(0, k - 3), k))


_FORCES_EN = frozenset({"forces", "troops", "militiamen", "brigades", "units", "reinforcements"})
_CAME_EN = frozenset({"came", "come", "comes", "coming", "hailing", "originating", "hail"})
_PEOPLE_EN = frozenset({"men", "man", "people", "residents", "youths", "family", "families", "workers",
                        "nationals", "citizens", "tribesmen", "students", "members"})


def _on_a_route(tokens: list[Token], i: int) -> bool:
    """Whether the place at token ``i`` is where a flight came from or went ("من مدينة
    الإسكندرية إلى طرابلس", "diverted to Misrata"): a flight word a few words before."""
    k = i - 1
    if k > 0 and tokens[k].key in _SETTLEMENT:
        k -= 1
    if k < 0 or tokens[k].key not in ("من", "الي", "الى", "to", "from"):
        return False
    return any(tokens[x].key.lstrip("و").removeprefix("ال").startswith(_FLIGHT) for x in range(max(0, k - 12), k))


def _armed_of(tokens: list[Token], prev: Token | None, j: int, m) -> bool:
    """Whether a place names whose fighters they are: "Zintan militias" (the word after,
    ``tokens[j]``) or "ميليشيات مصراتة" (the word before, ``prev``)."""
    if prev is not None and prev.key.lstrip("و") in _ARMED_OF_PLACE and m.start - prev.end <= 2:
        return True
    return j < len(tokens) and tokens[j].key in _ARMED_OF_PLACE and tokens[j].start - m.end <= 1 \
        or _martyrs_after(tokens, j, m)


_MARTYRS = frozenset({"martyrs", "martyr", "shuhada"})
_UNIT_AR = frozenset({"كتيبه", "كتائب", "لواء", "سريه"})


def _martyrs_after(tokens: list[Token], j: int, m) -> bool:
    # "the Brega Martyrs Brigade", "Abu Sleem [Abu-Salim] Martyrs Brigade": a unit's name
    k = j
    if k < len(tokens) and tokens[k].start - m.end == 2 and not tokens[k].arabic and tokens[k].orig[:1].isupper():
        while k < min(len(tokens), j + 3) and tokens[k].orig[:1].isupper() and tokens[k].key not in _MARTYRS:
            k += 1  # past a name given again in brackets
    return k + 1 < len(tokens) and tokens[k].key in _MARTYRS and tokens[k + 1].key in _ARMED_OF_PLACE


def _unit_named(tokens: list[Token], i: int, j: int, m) -> bool:
    """A place inside a unit named for it or its dead ("the Abu Slim Martyrs Brigade", of
    Derna; "كتيبة شهداء الزاوية"): never where the unit fought."""
    return _martyrs_after(tokens, j, m) or 1 < i < len(tokens) and tokens[i].arabic \
        and tokens[i - 1].key.removeprefix("ال") == "شهداء" and tokens[i - 2].key.lstrip("و") in _UNIT_AR


_SOLIDARITY = re.compile(r"(?:solidarity|sympathy)(?:\s+[a-z]+){0,2}?\s+with\s+(?:the\s+|their\s+)?(?:(?:people|residents|"
                         r"families|victims|inhabitants|relatives|kin|city|town)\s+(?:of|in)\s+)?(?:the\s+)?$"
                         r"|(?:تضامنا|تضامن[اًه]?|التضامن)\s+مع\s+(?:(?:أهالي|اهالي|سكان|أهل|اهل|مدينة|أبناء|ابناء)\s+)?$",
                         re.I)


def _in_solidarity(before: str) -> bool:
    # every place mention passes here: a substring test spares the regex nearly always
    low = before.lower()
    return ("solidarity" in low or "sympathy" in low or "تضامن" in low) and _SOLIDARITY.search(before) is not None


_POSSESSIVE = re.compile(r"['’]s\b")


def _owned_en(text: str, tokens: list[Token], i: int, j: int, m) -> bool:
    """In English, a place that says whose someone is: "Misratah's Third Force", "Misrata's
    Battalion 166", "the Tobruk government", "Benghazi displaced persons", "a Tarhouna
    elder", "the HoR member for Tarhouna". "Tripoli's Salahaddin district", "Tripoli
    residents" and "Sebha-based Fezzan TV" (whose premises are there) still say where."""
    if i < len(tokens) and tokens[i].arabic:
        return False
    if i > 1 and tokens[i - 1].key in ("for", "of") and tokens[i - 2].key in _SEAT_MEMBER:
        return True
    # "the member of the House of Representatives (HoR) for Tarhouna"
    if i > 1 and tokens[i - 1].key == "for" and any(tokens[k].key in _SEAT_MEMBER for k in range(max(0, i - 9), i - 1)):
        return True
    after = text[m.end:m.end + 8]
    owned = _POSSESSIVE.match(after) is not None
    if not owned and not after.startswith(" "):
        return False
    # past "'s" (part of the place's token) and up to two words of a unit's name ("Third", "166")
    for k in range(j, min(len(tokens), j + 3)):
        if tokens[k].key in _OWNED_AFTER:
            return True
        # "Misrata 166 battalion": a unit's number may stand between with no "'s" too
        if not (tokens[k].key.isdigit() or owned and tokens[k].orig[:1].isupper()):
            return False
    return False


def _armed_of_the(tokens: list[Token], i: int) -> bool:
    return 1 < i < len(tokens) and tokens[i - 1].key == "of" and not tokens[i].arabic \
        and (tokens[i - 2].key in _ARMED_OF_PLACE or tokens[i - 2].key in _FORCES_EN)


_DISTANCE = re.compile(r"(?:(?:about|some|around|roughly|نحو|حوالي|حوالى|على بعد|على مسافة)\s*)*"
                       r"(?:\d+|ألف|الف|مئة|مائة|مئتي|مائتي)\s*(?:km|kilometres|kilometers|miles|كلم|كم|كيلومترا|كيلومتر|كيلو مترا|ميلا|ميل|أميال)?",
                       re.IGNORECASE)


_BEARING = re.compile(
    r"(?:\b|(?<=\s))(?:[وب]?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط|قرب|محيط|جنوبي|شمالي|شرقي|غربي)(?:ي|ا)?|بالقرب|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west|central|near|outside)(?:\b|(?=\s)|$)", re.IGNORECASE)


_PART_OF_LIBYA = re.compile(r"Libya|ليبيا|البلاد")  # "western Libya", "جنوب البلاد": a quarter of the country
_FROM_LIST = re.compile(r"(?:^|\s)(?:from|من)\s+(?:\S+(?:\s+and\s+|\s+و|,\s*))?$", re.IGNORECASE)


def locates(gap: str, relation: str | None) -> bool:
    """Whether only a relation lies between a place and the next ("Tarhuna, southeast of
    Tripoli", "Ajdabiya, 150 km south of Benghazi", "السدادة جنوب غربي مصراتة")."""
    rest = _DIACRITICS.sub("", gap)  # "على بُعد"
    if len(rest) > 60:  # room for a distance given twice: "200 كيلومتر (120 ميل)"
        return False
    if relation:
        rest = re.sub(re.escape(relation), " ", rest, flags=re.IGNORECASE)
    rest = _DISTANCE.sub(" ", rest)
    rest = _BEARING.sub(" ", rest)
    rest = _LYING.sub(" ", rest)
    # "Ain Mara, near the town of Derna", "near the city of"
    rest = re.sub(r"\b(?:of|the|from|town|city|village|oasis)\b|\bمن\b|[\s,،()\-–]", "", rest, flags=re.IGNORECASE)
    return rest == ""


# "سبها الواقعة على مسافة 700 كيلومتر تقريبا جنوبي طرابلس", "which lies about 700 km": words of
# lying somewhere, which only tie the distance to the place before
_LYING = re.compile(r"(?<!\S)(?:الواقعة|الواقعه|الواقع|التي\s+تقع|الذي\s+يقع|وتقع|تقع|يقع|تقريبا|تقريباً"
                    r"|which|lies|located|is|about|approximately)(?!\S)", re.IGNORECASE)



def speaks_from(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the place at token ``i`` is where a statement came from, not where the
    happening was: "بيان أصدرته من مقرها الرئيسي في العاصمة التونسية" (a seat), or a
    sentence that opens on the place and condemns ("وفي الرباط أكدت الوزارة ... أنها تدين
    هذه الجريمة"). "وفي طرابلس، قال شهود إن اشتباكات اندلعت" is left alone: the witnesses are
    where it happened."""
    if i < 1 or i >= len(tokens) or tokens[i - 1].key not in ("في", "وفي", "in"):
        return False
    seat = next((k for k in range(max(0, i - 4), i - 1) if tokens[k].key in _SEAT), None)
    if seat is not None:
        # "a protest in front of the UN headquarters in Tripoli", "gunmen stormed the
        # headquarters in Sirte": the building is where it happened, not a speaker's seat
        return not any(tokens[k].key in _AT_A_BUILDING for k in range(max(0, seat - 4), seat))
    j = tokens[i - 1].start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j and text[j - 1] not in ".!?:":
        return False  # not the sentence's opening
    for k in range(i, len(tokens)):
        if tokens[k].key in _CONDEMN:
            return True
        if k + 1 < len(tokens) and any(ch in ".\n" for ch in text[tokens[k].end:tokens[k + 1].start]):
            return False  # the sentence ends
    return False


def of_an_institution(tokens: list[Token], i: int) -> bool:
    """Whether the place starting at token ``i`` names an institution's seat (the
    municipal council of X, the mayor of X), not where something happened."""
    back = [tokens[k].key for k in range(max(0, i - 3), i)]
    if any(k in ("في", "in", "at") for k in back[-1:]):
        return False
    if back and back[-1] in ("لمدينه", "مدينه", "بمدينه", "of", "لبلديه", "بلديه"):
        back = back[:-1]
    if len(back) > 1 and back[-2] in _CLUB:
        return True  # "مدرب نادي الوفاء بمدينة أوباري": the club's town, not where he was shot
    return bool(back) and back[-1] in _INSTITUTION or (len(back) > 1 and back[-2] in _INSTITUTION and back[-1] in ("of", "ل"))


_DIRECTIONS = frozenset(t.key for t in tokenize("جنوب شمال شرق غرب جنوبي شمالي شرقي غربي south north east west"))


def left_from(tokens: list[Token], i: int) -> bool:
    """"القادم من ترهونة", "قدموا من جنوب مدينة درنة": a home or a place set out from (a
    direction and a settlement word may stand between "من" and the name)."""
    k = i - 1
    if k >= 0 and tokens[k].key in _SETTLEMENT:
        k -= 1
    if k >= 0 and (tokens[k].key in _DIRECTIONS or tokens[k].key in _AREA_BEFORE):
        k -= 1
    if k >= 0 and tokens[k].key in _SETTLEMENT:
        k -= 1
    return k > 0 and tokens[k].key in ("من", "from") and tokens[k - 1].key in _ORIGIN


def main_place(places: list[ExtractedPlace]) -> ExtractedPlace | None:
    """The report's main place: its most mentioned town (first mentioned among equals); a
    place inside a group's name ("Misratah's Third Force") counts only where no other is
    named (one in a unit's name, "the Abu Sleem Martyrs Brigade", is no place at all)."""
    counts: Counter[str] = Counter()
    first: dict[str, ExtractedPlace] = {}
    named = [p for p in places if not p.in_actor] or places
    for p in named:
        if p.country_level:
            continue
        pid = p.place.id
        counts[pid] += 1 if p.place.kind in POINT_KINDS else 0.5
        first.setdefault(pid, p)
    if not counts:
        return None
    best = max(counts, key=lambda pid: (counts[pid], -first[pid].start))
    return first[best]
