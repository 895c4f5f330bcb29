"""Name keys: Arabic and Latin place names folded so that spellings of one name meet.

Two keys per name:
- the exact key (``normalise_ar`` / ``normalise_en``): orthographic noise removed
  (diacritics, tatweel, alef forms, ة/ه, case, accents, apostrophes, hyphens, the article);
  two spellings with the same exact key are the same written name.
- the loose key (``loose_key``): also folds transliteration habits (Misratah/Misrata,
  Tajoura/Tajura, Sebha/Sabha, Murzuk/Murzuq) and drops spaces; used for a second exact
  lookup and as the string rapidfuzz compares, because raw ratios cannot tell a variant
  from a different place (Ain Zara/Ayn Zarah 82 vs Ain Zara/Ain Zuwara 89) while ratios on
  loose keys can (variants >= 93, different places <= 89).

No stemmer touches names: light stemmers turn مصراتة into مصرات and بنغازي into نغاز.
Clitics are handled by ``ar_candidates`` instead, which proposes stripped forms in order
and lets the caller keep the first one the gazetteer knows.
"""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

# --- Arabic -----------------------------------------------------------------------------

_AR_MAP: dict[int, str | None] = {}
for _cp in range(0x064B, 0x0660):  # harakat, shadda, sukun, maddah/hamza marks
    _AR_MAP[_cp] = None
for _cp in (0x0670, 0x0640, 0x06D6, 0x06D7, 0x06D8, 0x06D9, 0x06DA, 0x06DB, 0x06DC,
            0x06DF, 0x06E0, 0x06E1, 0x06E2, 0x06E3, 0x06E4, 0x06E7, 0x06E8, 0x06EA,
            0x06EB, 0x06EC, 0x06ED, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF):
    _AR_MAP[_cp] = None  # dagger alef, tatweel, Quranic marks, joiners, direction marks
_AR_MAP.update({ord(c): "ا" for c in "أإآٱ"})
_AR_MAP.update({
    ord("ى"): "ي", ord("ة"): "ه",
    ord("ی"): "ي", ord("ې"): "ي", ord("ک"): "ك",
    ord("ڤ"): "ق", ord("ڨ"): "ق",  # ڤ is the Maghreb's g (بن ڤردان = بن قردان), not a v ord("گ"): "ك", ord("پ"): "ب", ord("چ"): "ج",
    ord("ە"): "ه", ord("ۀ"): "ه", ord("ھ"): "ه",
})
for _i, _c in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _AR_MAP[ord(_c)] = str(_i)
for _i, _c in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _AR_MAP[ord(_c)] = str(_i)
for _c in "،؛؟«»٪٫٬۔.,;:!?\"'()[]{}<>/\\|*_+=~^&%$#@“”„‘’`´ʿʾ–—-…":
    _AR_MAP[ord(_c)] = " "
_AR_TABLE = str.maketrans(_AR_MAP)

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def has_arabic(s: str) -> bool:
    return ARABIC_LETTER.search(s) is not None


def normalise_ar(s: str) -> str:
    """Arabic exact key: no diacritics/tatweel, plain alef, ي for ى, ه for ة, ASCII digits,
    punctuation as space, single spaces. Latin letters in the string are lowercased."""
    s = _CONTROL.sub(" ", s.translate(_AR_TABLE))
    return _SPACES.sub(" ", s).strip().lower()


# Loose Arabic: hamza on carriers to its carrier, bare hamza dropped, the article dropped
# from every word, spaces dropped (بن غشير / بنغشير).
_AR_LOOSE_TABLE = str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None})


def _ar_loose(key: str) -> str:
    # A final ه (from ة) and a final ا are written for one another in names:
    # مصراتة / مصراتا, إجدابيا / إجدابية.
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split(" ")]
    words = [w[:-1] + "ا" if len(w) > 2 and w[-1] == "ه" else w for w in words]
    return "".join(words).translate(_AR_LOOSE_TABLE)


# Proclitics: conjunctions first (و ف), then prepositions (ب ل ك; ل + ال is written لل),
# then the article. A stripped form must keep at least two letters.
_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")


# Words whose first letters read as a proclitic before a town's name, but that are words:
# "لغات" (languages, not "to Ghat"), "كسبها" (earning it, not "like Sabha"), "وسوسة" (a
# whisper, not "and Susa"), "كردفان" (Sudan's Kordofan, not "like Radfan"). Normalised (ة is ه).
_WHOLE_WORDS = frozenset("لغات للغات بلغات ولغات كسبها لكسبها وسوسه الوسوسه كردفان وكردفان".split())


@lru_cache(maxsize=200_000)
def ar_clitic_forms(word: str) -> tuple[tuple[str, int], ...]:
    """Forms of one normalised Arabic word with its proclitics stripped, whole word first,
    each with the number of leading letters that are a proclitic rather than the name
    (so a mention's span can leave them out; an article stays part of the name). A
    stripped form keeps at least two letters (بأم -> أم, for أم الأرانب); callers take a
    two-letter form only as the first word of a longer name.

    ``وبطرابلس`` -> [(وبطرابلس, 0), (بطرابلس, 1), (طرابلس, 2)];
    ``للزاويه`` -> [(للزاويه, 0), (الزاويه, 0), (زاويه, 0)];
    ``بنغازي`` -> [(بنغازي, 0), (نغازي, 1)]: the caller keeps the first form the gazetteer
    knows, so names beginning with clitic letters stay whole.
    """
    if word in _WHOLE_WORDS:
        return ((word, 0),)
    out = [(word, 0)]
    stage = [(word, 0)]
    # Two letters may remain: the first word of أم الأرانب، بن جواد (بأم، وبن)
    if len(word) > 2 and word[0] in _CONJ:
        stage.append((word[1:], 1))
    for w, skip in list(stage):
        if len(w) > 3 and w.startswith("لل"):
            # ل + ال is written لل: the name keeps its article, the span starts at the ل
            stage.append(("ال" + w[2:], skip))
        elif len(w) > 2 and w[0] in _PREP and (w[0] != "ك" or len(w) > 4):
            # ك ("like") leaves at least four letters: "كسرت" is "broke", not "like Sirte"
            stage.append((w[1:], skip + 1))
    seen = {word}
    for w, skip in stage[1:]:
        if w not in seen:
            seen.add(w)
            out.append((w, skip))
    for w, skip in list(out):
        if w.startswith("ال") and len(w) > 4 and w[2:] not in seen:
            seen.add(w[2:])
            out.append((w[2:], skip))
    return tuple(out)


# Cached: the scan asks for the same few thousand words' forms again and again.
@lru_cache(maxsize=200_000)
def ar_candidates(word: str) -> tuple[str, ...]:
    """The forms of ``ar_clitic_forms`` without their offsets."""
    return tuple(w for w, _ in ar_clitic_forms(word))


# --- Latin ------------------------------------------------------------------------------

_EN_PUNCT = str.maketrans({c: " " for c in "-‐‑‒–—_.,;:!?\"()[]{}<>/\\|*+=~^&%$#@“”„«»"})
_EN_DROP = str.maketrans({
    **{c: None for c in "'‘’`´ʿʾʻʼ′"},
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
})
# al/el/il always an article; the assimilated forms only before their own consonant
# (as-Sidra, ash-Shati, az-Zawiya), so English "at", "as", "an" survive.
_ALWAYS_ARTICLES = frozenset({"al", "el", "il", "ul"})
_SUN_ARTICLES = {
    "as": ("s",), "es": ("s",), "ash": ("sh",), "esh": ("sh",), "az": ("z",), "ez": ("z",),
    "ad": ("d",), "ed": ("d",), "adh": ("dh",), "at": ("t",), "et": ("t",), "ath": ("th",),
    "ar": ("r",), "er": ("r",), "an": ("n",), "en": ("n",),
}


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin_article(word: str, following: str) -> bool:
    """Is ``word`` an Arabic article in Latin letters before ``following``? (al Khums,
    as-Sidra: yes; "at Ganfouda", "an airport": no)."""
    if word in _ALWAYS_ARTICLES:
        return True
    starts = _SUN_ARTICLES.get(word)
    return bool(starts) and any(following.startswith(p) for p in starts)


def _drop_articles(words: list[str]) -> list[str]:
    out: list[str] = []
    n = len(words)
    for i, w in enumerate(words):
        if i + 1 < n:
            nxt = words[i + 1]
            if w in _ALWAYS_ARTICLES:
                continue
            starts = _SUN_ARTICLES.get(w)
            if starts and any(nxt.startswith(p) for p in starts):
                continue
        if len(w) > 3 and w[:3] in ("al-", "el-"):
            w = w[3:]
        out.append(w)
    return out or words


def normalise_en(s: str) -> str:
    """Latin exact key: lowercase, no accents or ʿ ' ’, hyphens as spaces, articles
    (al-, el-, as-, ash-, az-, ad-, at-, ar-, an-) dropped: "Az-Zāwiyah" -> "zawiyah"."""
    s = _strip_accents(_CONTROL.sub(" ", s)).lower().translate(_EN_DROP).translate(_EN_PUNCT)
    words = s.split()
    if not words:
        return ""
    return " ".join(_drop_articles(words))


# Transliteration folds on an exact Latin key, in four passes (each a habit of
# romanising Arabic): name particles, digraphs and endings, c, then vowels and doubles.
_EN_WORDS = re.compile(r"\b(?:bin|ben|ibn|bn|abu|abou|bou|bu)\b")
_EN_WORD_MAP = {"bin": "bn", "ben": "bn", "ibn": "bn", "bn": "bn",  # Qasr bin/Ben Ghashir
                "abu": "bu", "abou": "bu", "bou": "bu", "bu": "bu"}
_EN_DIGRAPHS = re.compile(r"[ae]h\b|ou|oo|ee|ay|ey|ei|ck|dh|th|ph|dj")
_EN_DIGRAPH_MAP = {
    "ah": "a", "eh": "a",                  # Misratah -> Misrata, Zawiyah -> Zawiya
    "ou": "u", "oo": "u", "ee": "i",       # Tajoura -> Tajura
    "ay": "ai", "ey": "ai", "ei": "ai",    # Ayn -> Ain
    "ck": "k", "dh": "d", "th": "t", "ph": "f", "dj": "j",
}
_EN_C = re.compile(r"c(?!h)([eiy]?)")  # Cyrenaica: s before e/i/y, else k (Tocra)
_EN_GLIDE = re.compile(r"([aiu])y(?=[aiu])")  # Zawiya / Zawia, Ajdabiya / Ajdabia
_EN_VOWELS = str.maketrans({"q": "k", "e": "a", "o": "u", " ": None})  # Sebha / Sabha
_EN_DOUBLES = re.compile(r"(.)\1+")  # Khallat / Khalat
# An article written onto its word ("Alshaal", "Assabri"): dropped in the loose key only.
_ATTACHED_ARTICLE = re.compile(
    r"\b(?:al|el)(?=(?:sh|s|z|d|t|r|n)\w{3,})|"
    r"\b(?:as(?=s\w{3,})|az(?=z\w{3,})|ad(?=d\w{3,})|at(?=t\w{3,})|ar(?=r\w{3,})|an(?=n\w{3,}))"
)


def _en_loose(key: str) -> str:
    key = _ATTACHED_ARTICLE.sub("", key)
    key = _EN_WORDS.sub(lambda m: _EN_WORD_MAP[m.group()], key)
    key = _EN_DIGRAPHS.sub(lambda m: _EN_DIGRAPH_MAP[m.group()], key)
    key = _EN_C.sub(lambda m: ("s" if m.group(1) else "k") + m.group(1), key)
    key = _EN_GLIDE.sub(r"\1", key)
    return _EN_DOUBLES.sub(r"\1", key.translate(_EN_VOWELS))


def normalise(s: str) -> str:
    """Exact key of a name in either script (Arabic rules when it holds Arabic letters)."""
    return normalise_ar(s) if has_arabic(s) else normalise_en(s)


# Generic words around a name ("حقل الشرارة", "Sharara oil field", "Port of Sirte"):
# a name without them is a second way to find the place.
_AR_HEADS = frozenset(normalise_ar(w) for w in
                      "حقل قاعدة مطار ميناء معبر مصفاة منطقة مدينة بلدة قرية شعبية حي سجن معسكر ضاحية"
                      .split())
_EN_HEADS = ("port of ", "city of ", "town of ", "district of ")
_EN_TAILS = (" oil field", " field", " air base", " airbase", " airport", " airfield",
             " port", " harbour", " refinery", " oil terminal", " terminal", " border crossing",
             " crossing", " district", " city", " town", " village", " camp", " prison")


def without_head(key: str) -> str | None:
    """An exact key without its generic head or tail word, or None when it has none."""
    if has_arabic(key):
        words = key.split(" ")
        if len(words) >= 2 and words[0] in _AR_HEADS:
            rest = " ".join(words[1:])
            for w in ("النفطي", "الجويه", "الدولي", "البري", "الحدودي"):
                if rest.endswith(" " + w):
                    rest = rest[: -len(w) - 1]
            return rest or None
        return None
    return _without_word(key, _EN_HEADS, _EN_TAILS)


def _without_word(key: str, heads: tuple[str, ...], tails: tuple[str, ...]) -> str | None:
    """``key`` without the first of ``heads`` it starts with or of ``tails`` it ends with,
    when a name of three letters or more is left; None when it has none of them."""
    for h in heads:
        if key.startswith(h) and len(key) > len(h) + 2:
            return key[len(h):]
    for t in tails:
        if key.endswith(t) and len(key) > len(t) + 2:
            return key[: -len(t)]
    return None


_EN_SETTLEMENT = (" city", " town", " village")
_EN_SETTLEMENT_HEADS = ("city of ", "town of ", "village of ")


def settlement_name(key: str) -> str | None:
    """"tripoli city", "town of gharyan" (as UCDP and ACLED write places): the name of the
    settlement without the word that says it is one; None for any other key."""
    return _without_word(key, _EN_SETTLEMENT_HEADS, _EN_SETTLEMENT)


def loose_key(key: str) -> str:
    """Looser key of an exact key (from ``normalise``): transliteration folded, no spaces."""
    return _ar_loose(key) if has_arabic(key) else _en_loose(key)
