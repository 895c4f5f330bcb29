"""Words around place names in running text: the tokeniser, the cue words that let a
name that is also a word or surname count as a place (منطقة، حي، "in"), and the words that
say a name is a person's, a newspaper's or a set phrase's instead (geo.mentions uses them)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .normalise import ar_candidates, has_arabic, normalise_ar

if TYPE_CHECKING:
    from .mentions import _Match

# A word: letters with their Arabic marks (harakat are not \w), Latin words may carry
# inner hyphens and apostrophes (al-Khums, Sha'ab). Runs of letters and runs of marks
# alternate, rather than single characters: a sixth less time for the scan's tokens.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_LETTERS = rf"(?:[^\W\d_]+|[{_MARKS}]+)+"
TOKEN = re.compile(  # "Sirte's": the possessive is not part of the name
    rf"{_LETTERS}(?:[-'’ʿ](?![sS]\b){_LETTERS})*|\d+"
)
# between the words of one name: space, hyphen, tatweel, and a plural's possessive mark
# ("Martyrs' Square")
JOIN_GAP = re.compile(r"^['’]?[\s\-\u0640]*$")
LATIN_PARTICLES = frozenset({"of", "de", "du", "la", "bin", "ben", "ibn", "abu", "bu", "wa"})
LATIN_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|az|ad|at|ar|an|en|es|ez|ed)[-'’]\w", re.I)
CONFIDENT_MARGIN = 30.0
# A place name right after one of these is a person's name (فايز السراج, Fayez al-Serraj,
# صلاح الدين after a given name...), not a place.
PERSON_BEFORE = frozenset(normalise_ar(w) for w in """
    فايز محمد احمد أحمد علي عمر خالد صلاح عبد عبدالله ابو أبو بن ابن السيد الرئيس اللواء العميد
    المشير العقيد الشيخ الدكتور المهندس الحاج النقيب الرائد المقدم الفريق رجب طيب خليفة
    عقيلة فتحي حسن حسين مصطفى ابراهيم إبراهيم يوسف سالم عثمان
    """.split()) | frozenset("""
    fayez fayiz mr president general gen col colonel brig maj major sheikh dr khalifa
    mohammed muhammad mohamed ahmed ali omar khaled aguila fathi hassan hussein mustafa
    ibrahim youssef salem osman prime minister
    """.split())


# Names of real places that are also everyday words or surnames (البلاد "the country" is
# also Derna's old town; التميمي a village and a surname): matched only after a cue word
# ("منطقة البلاد", "حي السراج") or as the next item of a list of places; not after a
# relation word, since "شرق البلاد" is the east of the country. "ودان" opens "and condemned"
# ("ودان رئيس النيجر هجوما") far more often than it names the Jufra town; "سلطان", a
# village of Benghazi's, is a man's name far more often ("القنصل سلطان العنقري"); so is
# "صلاح الدين" Tripoli's district ("المستشار صلاح الدين عبد الكريم"), and "الشقيقة",
# "السياحية" are "sister" and "tourist" ("الشقيقة ليبيا"، "مدينة سوسة السياحية"), and a
# village named for عقبة بن نافع shares it with Tunisia's jihadist brigade and many mosques.
# Saudi papers showed more: jurists (الفقهاء), a baton (هراوة), a crime (جرما، جرمه), a
# blessing or a surname (البركة، البراك), Barack Obama (براك), the open
# land (الخلا), the shore (الشط), a brigade (لواء اليرموك), a crown (للتاج: Kufra's al-Taj).
NEEDS_CUE = frozenset(normalise_ar(w) for w in """
    البلاد المحكمة السراج البشر بشر الهضبة الربيع الآجال الأجال التميمي الليثي المنشية المهدية
    المغار الجبيلة الساحل الفتائح الهواري الصابري الكيش الحدائق السلام النصر الوحدة
    الفاتح المطار الميناء الجامعة السبعة القبة الجميل الماية تيجي الخادم الأبيض درج زلة
    الجديد الجوف الحيلة السلطان سلطان ودان الناصرية القواسم قيرة الحجارة حجارة
    الموصل درعا أدري ادري الزعفران بردية زوارا الشاطئ الشقيقة السياحية
    الفقهاء هراوة الهراوة جرما جرمه البركة الوحيشي البراك براك الخلا الشط اليرموك التاج
    السويداء
    """.split()) | frozenset(normalise_ar(w) for w in ("المدينة القديمة", "الساحل الشرقي", "صلاح الدين",
                                                      "عقبة بن نافع"))
# The same for Latin names that are titles, given names or words ("Sultan Qaboos", "Hun Sen",
# "Amal Clooney"): taken after a locative preposition or as the next item of a list of
# places, and never right before another capitalised word.
EN_NEEDS_CUE = frozenset("""
    sultan hun bishr zahra jadid amal waha hamada nasser khadra
    """.split())
EN_CUES = frozenset("""
    in at near from to towards toward into around outside of via through between across
    reached entered captured seized retook controlled control controls took hit struck
    shelled attacked bombed stormed liberated recaptured besieged left
    """.split())
CUES = frozenset(normalise_ar(w) for w in """
    منطقة منطقتي حي أحياء محور محوري محاور مدينة بلدة قرية ضاحية شارع جبهة جبهات
    بلدية مدينتي معسكر قاعدة مطار ميناء سجن تمركزات ريف محافظة
    """.split())
# Of those, the ones that are surnames rather than words: a place after "في", "إلى" or
# an attached ب ("اشتباكات في الهواري", "بالصابري"), where a person's name is not.
PLACE_AFTER_PREPOSITION = frozenset(normalise_ar(w) for w in """
    الهواري الصابري الليثي التميمي المنشية الفتائح المغار الكيش الهضبة الجبيلة الحيلة درج السلطان
    سلطان
    ودان الناصرية القواسم الموصل درعا أدري ادري البركة براك جرمه
    """.split()) | frozenset({normalise_ar("صلاح الدين")})
PREPOSITIONS = frozenset(normalise_ar(w) for w in """
    في وفي الى إلى والى وإلى نحو باتجاه داخل وسط
    """.split())


# "The capital" alone is Tripoli in Libyan news ("اشتباكات في العاصمة"); geo/mentions.py and
# events/pipeline/places.py decide when it is another country's.
CAPITAL = normalise_ar("العاصمة")
EN_CAPITAL = frozenset({"the capital", "the capital city"})  # English notes: "protest in the capital city"


# A nom de guerre is a name and a people's masculine adjective ("صلاح الدين الأوزبكي", "أبو
# عمر التونسي"); a town takes the feminine ("طرابلس الليبية"), so a place name right before
# one of these is a man's name. Not "الليبي": "الهلال النفطي الليبي" is the Oil Crescent.
PERSON_NISBA = frozenset(normalise_ar(w) for w in """
    الأوزبكي الشيشاني التونسي المصري السوري العراقي الأردني السعودي الجزائري المغربي
    السوداني الأفغاني الباكستاني التركي الكويتي القطري اليمني الفلسطيني الأمريكي الأميركي
    البريطاني الفرنسي الألماني البلجيكي الروسي الداغستاني التركستاني الموريتاني البحريني
    الأيوبي
    """.split())
# "المدينة الخضراء" (Aden's Green City), "المطار الجديد" (the new airport), "المنطقة الشرقية":
# a definite place noun and a definite adjective. A town after a place noun takes the
# construct ("مدينة البيضاء", "منطقة الخضراء"), so a name with the article right after one
# of these nouns with the article is its adjective.
DEFINITE_PLACE_NOUNS = frozenset(normalise_ar(w) for w in """
    المدينة المنطقة البلدة القرية الساحة الضاحية الجزيرة الحي المدن المناطق القرى الأحياء
    المطار الميناء
    """.split())
# "سرت تكهنات بإجراء الانتخابات": سرت is also the verb "spread", before what spreads
SPREAD_NOUNS = frozenset(normalise_ar(w) for w in """
    تكهنات شائعات إشاعات أنباء أخبار موجة حالة أجواء مخاوف توقعات تسريبات
    """.split())
# ... and a place name right before another country's feminine adjective is that country's
# town or island ("جزيرة سرت البحرينية" is Bahrain's Sitra, not Sirte; "طرابلس اللبنانية"
# and "سوسة التونسية" are table names of their own, matched as two words first).
FOREIGN_FEMININE = frozenset(normalise_ar(w) for w in """
    البحرينية المصرية التونسية الجزائرية المغربية السودانية التشادية النيجرية السورية
    العراقية اليمنية السعودية الأردنية اللبنانية الفلسطينية الإسرائيلية الإيرانية التركية
    الكويتية القطرية الإماراتية العمانية الإيطالية الفرنسية البريطانية الألمانية الإسبانية
    اليونانية المالطية الروسية الأمريكية الأميركية الأفغانية الباكستانية الصومالية النيجيرية
    الهولندية البلجيكية
    """.split())


# A place name that is part of the name of a newspaper, channel or armed coalition is no
# place: "قناة ليبيا"، "فجر ليبيا"، "درع ليبيا"، "ليبيا المستقبل"، "Libya Herald",
# "Libya Observer", "Radio Tripoli".
MEDIA_BEFORE = frozenset(normalise_ar(w) for w in """
    قناة قناه صحيفة جريدة إذاعة اذاعة راديو تلفزيون مجلة فجر درع نادي لنادي
    """.split()) | frozenset({"radio"})
# ... and football clubs named for their city ("باريس سان جيرمان", "مانشستر يونايتد"), on the
# sports pages of the news sites; and Italy's Five Star Movement ("حركة الخمس نجوم"), not Khoms
MEDIA_AFTER = frozenset(normalise_ar(w) for w in """
    المستقبل الأحرار الحدث الإخبارية اوبزرفر أوبزرفر هيرالد ريفيو تايمز بوست سان يونايتد سيتي
    نجوم
    """.split()) | frozenset("""
    herald observer review times post express tribune gazette dawn shield channel tv
    radio ahrar
    """.split())
QUOTES_GAP = re.compile(r"^[\s\"'«»“”„]*$")
_QUOTED_NAME = re.compile(r"^\s*[\"«“]\|[\"»”]$")  # the gap before the name, then the character after it


# Set phrases in which a place name is a word: "القوة القاهرة" is force majeure, not Cairo.
_RUMOURS = "أنباء الأنباء شائعات الشائعات إشاعات الإشاعات أخبار الأخبار روايات"
_KILLED_OR_COUNTED = "قتل وقتل مقتل ومقتل اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
_COUNT_AFTER = frozenset(normalise_ar(w) for w in "اثنين اثنان ثلاثة أربعة خمسة".split())
WORD_AFTER = {normalise_ar("القاهرة"): frozenset(normalise_ar(w) for w in
                                                 "القوة قوة الظروف ظروف الأسباب".split()),
              # "شجرة السدر": the lote tree, not the port
              normalise_ar("السدر"): frozenset(normalise_ar(w) for w in "شجرة شجر أشجار أوراق ورق".split()),
              # "حجر الزاوية" is the cornerstone, "هذه الزاوية" this angle, not Zawiya
              normalise_ar("الزاوية"): frozenset(normalise_ar(w) for w in "حجر هذه تلك بهذه".split()),
              # "وكانت أنباء سرت أن الثوار ...": news spread (the verb), not Sirte
              normalise_ar("سرت"): frozenset(normalise_ar(w) for w in _RUMOURS.split()),
              # "نظام القبة الحديدة": Israel's Iron Dome misspelt (الحديدية), not Hodeidah
              normalise_ar("الحديدة"): frozenset({normalise_ar("القبة")}),
              # "قتل مدنين اثنين", "مقتل أربعة مدنين": civilians misspelt (مدنيين), not Medenine
              normalise_ar("مدنين"): frozenset(normalise_ar(w) for w in _KILLED_OR_COUNTED.split())}
_ANGLE = normalise_ar("الزاوية")
_MEDENINE = normalise_ar("مدنين")
_TOWN_ADJECTIVES = frozenset(normalise_ar(w) for w in "الغربية الشرقية الجنوبية الشمالية الليبية الساحلية النفطية".split())
_ANGLE_WORDS = frozenset(normalise_ar(w) for w in "المائلة الحادة القائمة المنفرجة".split())


def _angle_adjective(word: str) -> bool:
    """A definite adjective after "الزاوية" that makes it an angle: a nisba ("اللغوية") that is
    no direction and none a town takes ("الزاوية الغربية"، "الزاوية الليبية"، "الساحلية"), or a
    geometer's word."""
    return word in _ANGLE_WORDS or (word.startswith("ال") and word.endswith(normalise_ar("ية"))
                                    and word not in _TOWN_ADJECTIVES)


def in_a_name(toks: list, norms: list[str], text: str, first: int, last: int) -> bool:
    before = WORD_AFTER.get(norms[first]) if first == last else None
    if before and first > 0 and any(f in before for f in ar_candidates(norms[first - 1])[:2]):
        return True
    if first > 0 and any(f in MEDIA_BEFORE for f in ar_candidates(norms[first - 1])[:2]) \
            and QUOTES_GAP.match(text[toks[first - 1][1]:toks[first][0]]):
        return True
    if first > 0 and toks[first - 1][2].rstrip("ـ") == "ل" and _QUOTED_NAME.match(
            text[toks[first - 1][1]:toks[first][0]] + "|" + text[toks[last][1]:toks[last][1] + 1]):
        return True  # 'وقالت مصادر محلية ل"الرياض"', "لـ«عكاظ»": told to a newspaper of that name
    nxt = last + 1
    if first == last and norms[first] == _MEDENINE and nxt < len(toks) and (
            norms[nxt] in _COUNT_AFTER or norms[nxt].isdigit()):
        return True  # "قتل مدنين اثنين", "مدنين 2": civilians counted, not Medenine
    if first == last and norms[first].endswith(_ANGLE) and nxt < len(toks) and _angle_adjective(norms[nxt]):
        return True  # "من الزاوية اللغوية والثقافية", "في الزاوية المائلة": an angle, not Zawiya
    return nxt < len(toks) and norms[nxt] in MEDIA_AFTER and (
        has_arabic(toks[nxt][2]) or toks[nxt][2][:1].isupper() or toks[nxt][2].isdigit()) \
        and QUOTES_GAP.match(text[toks[last][1]:toks[nxt][0]]) is not None


def cued(norms: list[str], i: int, raw: str, found: list[_Match], key: str = "",
           skip: int = 0, cues: frozenset[str] = CUES) -> bool:
    if skip and raw[:1] == "ف":
        return False  # "أحياء فقيرة" (poor quarters): no "and so Qira" after a quarter word
    if key in PLACE_AFTER_PREPOSITION and (
            (skip and raw[skip - 1:skip] == "ب") or (i > 0 and norms[i - 1] in PREPOSITIONS)):
        return True
    if i == 0:
        return False
    prev = norms[i - 1]
    if any(f in cues for f in ar_candidates(prev)) if has_arabic(prev) else prev in cues:
        return True
    # "محاور صلاح الدين والخلة": the next item of a list that began with a place
    return raw[:1] == "و" and bool(found) and found[-1].last == i - 1


def en_cued(toks: list, norms: list[str], text: str, i: int, last: int,
             found: list[_Match]) -> bool:
    nxt = last + 1
    if nxt < len(toks) and toks[nxt][2][:1].isupper() and \
            JOIN_GAP.match(text[toks[last][1]:toks[nxt][0]]):
        return False  # "Sultan Qaboos", "Hun Sen": part of a person's name
    gap_before = text[toks[i - 1][1]:toks[i][0]] if i else ""
    opens = i == 0 or "\n" in gap_before or gap_before.strip()[-1:] in (".", "-", "—", ":")
    if opens and text[toks[last][1]:toks[last][1] + 1] == ",":
        return True  # a dateline or a sentence that opens on the place ("HUN, Libya -")
    if i == 0:
        return False
    prev = norms[i - 1]
    if prev == "the" and nxt < len(toks) and norms[nxt] in EN_AREA_AFTER:
        return True  # "in the Sultan area, northern Ajdabiya"
    if prev in ("and", "or") or text[toks[i - 1][1]:toks[i][0]].strip() == ",":
        # the next item of a list that began with a place ("Waddan, Hun and Sokna")
        return bool(found) and found[-1].last >= i - 2
    return prev in EN_CUES



def english_word_before(raw: str, gap: str) -> bool:
    # "rockets at Tripoli", "as Sirte fell": lower-case at/as/an/ad before a space are English;
    # the article is written joined ("as-Sidra") or capitalised ("Az Zawiyah").
    return raw.islower() and raw not in ("al", "el") and "-" not in gap


def is_given_name(raw: str, norm: str) -> bool:
    # Folding ى→ي makes the preposition على ("on": غارة على سرت) look like the name علي.
    return norm in PERSON_BEFORE and not raw.endswith("ى")


# Where an English report puts a village only open data knows: "in Tikah", "at Bersis",
# "in the citys Tikah area" (not "of", "to" or a verb, which precede names of every kind).
EN_OPEN_BEFORE = frozenset({"in", "at", "near", "outside", "around", "into"})
EN_AREA_AFTER = frozenset({"area", "district", "neighbourhood", "neighborhood", "village", "suburb", "region"})


def en_open_cued(toks: list, norms: list[str], text: str, i: int, found: list, heads: bool = True) -> bool:
    """Whether a capitalised Latin word is told as a place: right after "in", "at", "near"
    ..., or (``heads``, one word) before "area", "district" ...."""
    if not toks[i][2][:1].isupper() or i == 0:
        return False
    if norms[i - 1] in EN_OPEN_BEFORE or _of_a_settlement(norms, i):
        return not heads or en_cued(toks, norms, text, i, i, found)  # not "in Sultan Qaboos"
    return heads and i + 1 < len(norms) and norms[i + 1] in EN_AREA_AFTER


def _of_a_settlement(norms: list[str], i: int) -> bool:
    # "in the town of Al-Qala", "the central Benghazi district of Boudhima", and a bearing
    # from a place ("at Suweniya south west of Ajilat", "15 km west of Gharyan"): what
    # follows "of" there is the place a reader finds on a map
    return i > 1 and norms[i - 1] == "of" and (norms[i - 2] in _SETTLEMENT_HEADS or norms[i - 2] in _BEARINGS
                                               or norms[i - 2] in _PART_OF)


_LIST_JOIN = re.compile(r"\s*[\])]?\s*(?:\[[^\]]{1,40}\]\s*)?(?:,|,?\s*\b(?:and|or)\b)\s*$")
_QUARTER_HEADS = frozenset({"area", "district", "neighbourhood", "neighborhood", "suburb"})
_SETTLEMENT_HEADS = EN_AREA_AFTER | {"town", "city", "villages", "towns", "districts", "areas"}
# "on the outskirts of Ajilat", "part of Ajilat district": a part of a town is told by the
# town a reader finds on a map
_PART_OF = frozenset({"part", "parts", "outskirts", "edge", "edges", "centre", "center", "heart", "entrance",
                      "gates", "suburbs", "environs"})
_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                       "north east", "north west", "south east", "south west"})  # "south-west" folded


def en_misspelt_cue(toks: list, norms: list[str], text: str, i: int, found: list) -> str:
    """How capitalised Latin words from ``i`` stand where a place is told: "in" (after "in",
    "at" ...), "of" (after "the district / town of"), "list" (the next item of a list that
    began with a place: "Tripoli, Misratah, Benghazi and Ghiryan"), "head" (one word before
    "area": "the Jaruthah area of Benghazi"), or "" (not told as a place)."""
    if i == 0 or not toks[i][2][:1].isupper():
        return ""
    prev = norms[i - 1]
    if prev in EN_OPEN_BEFORE:
        return "in"
    if _of_a_settlement(norms, i):
        return "of"
    if found and found[-1].last < i and _LIST_JOIN.match(text[found[-1].end:toks[i][0]]):
        return "list"  # "Sebha [Sabha] and Ghirian": a bracketed spelling may close the item before
    # not "the Tourist Village", "the Western Region": a word, capitalised as part of a name
    return "head" if i + 1 < len(norms) and norms[i + 1] in _QUARTER_HEADS else ""


def adjective_of_noun(norms: list[str], i: int, skip: int = 0) -> bool:
    """Whether the one-word Arabic name at ``i`` is the adjective of the definite place noun
    before it ("المدينة الخضراء"), or a colour after any definite noun ("الخوذ البيضاء", the
    White Helmets; "الشاحنة البيضاء", "للقلعة البيضاء") or after another colour ("اللحوم
    الحمراء والبيضاء"), not a place. ``skip``: the proclitic letters before the name."""
    word = norms[i][skip:]
    if i == 0 or not word.startswith("ال"):
        return False
    if word in _COLOURS:
        prev = norms[i - 1]
        if skip:  # "والبيضاء": one colour joined to another
            return norms[i][:skip] == "و" and prev in _COLOURS
        return any(f.startswith("ال") and len(f) > 3 for f in ar_candidates(prev)[:3]) \
            and prev not in PREPOSITIONS
    if word in _ALSO_ADJECTIVES and not skip:
        # "الإرهابيين الكفرة", "والقياصرة الكفرة": after a definite noun, the adjective
        # "infidels" (Kufra's own name follows an indefinite one: "واحة الكفرة", "منطقة الكفرة")
        prev = norms[i - 1].removeprefix("و")
        return prev.startswith("ال") and len(prev) > 4 and prev not in PREPOSITIONS
    return not skip and norms[i - 1] in DEFINITE_PLACE_NOUNS


_COLOURS = frozenset(normalise_ar(w) for w in "البيضاء الخضراء الحمراء السوداء الصفراء الزرقاء".split())
_ALSO_ADJECTIVES = frozenset({normalise_ar("الكفرة")})
