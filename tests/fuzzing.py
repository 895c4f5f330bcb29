"""What the fuzz tests share: Hypothesis settings sized for the test suite, a tally of the
examples each input path was given, and strategies for report-like text and bytes.

The suite runs a bounded number of examples (``MARSAD_FUZZ_SCALE`` multiplies them);
``benchmarks/fuzz_inputs.py`` sets a large scale and prints the tally.
"""
from __future__ import annotations

import codecs
import json
import os
from collections import Counter

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SCALE = float(os.environ.get("MARSAD_FUZZ_SCALE", "1"))

# Examples tried per input path ("reader", "dates", ...), summed over the tests that feed it.
TRIED: Counter[str] = Counter()


def fuzz(examples: int) -> settings:
    """Settings for one fuzz test: ``examples`` times the scale, no deadline (a loaded 2-core
    machine must not turn slowness into failures), no example database left in the checkout."""
    return settings(max_examples=max(1, int(examples * SCALE)), deadline=None, database=None,
                    derandomize=SCALE <= 1, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# Words that lead the extractors into their rules: places, relations, casualty and date
# vocabulary, numbers in three scripts, actor names, and the punctuation that splits
# sentences. Random letters alone would almost never reach past the first check.
AR_WORDS = (
    "طرابلس", "بنغازي", "سرت", "مصراتة", "درنة", "سبها", "مرزق", "عين زارة", "الزاوية", "غريان",
    "ترهونة", "صلاح الدين", "جنوب", "شمال", "غرب", "شرق", "قرب", "كم", "كيلومترات", "من", "في",
    "مقتل", "قتل", "مصرع", "إصابة", "جرح", "قتيلا", "قتلى", "جريحا", "جرحى", "أكثر من", "نحو",
    "ما لا يقل عن", "عشرات", "عدة", "ثلاثة", "خمسة عشر", "مئة وخمسين", "٣", "١٥", "۲۰", "12",
    "أبريل", "نيسان", "أفريل", "سبتمبر", "الماضي", "المقبل", "أمس", "اليوم", "الأحد", "يوم",
    "الرابع من", "الشهر نفسه", "2019", "٢٠١٩", "عام", "قصف", "اشتباكات", "غارة جوية", "انفجار",
    "الجيش الوطني الليبي", "قوات الوفاق", "داعش", "الليبية", "مدني", "مدنيين", "و", "ب", "لل",
)
EN_WORDS = (
    "Tripoli", "Benghazi", "Sirte", "Misrata", "Ain Zara", "Murzuq", "km", "south of", "near",
    "killed", "wounded", "at least", "dozens", "two", "fifteen", "4 April 2019", "last Sunday",
    "yesterday", "two days ago", "the 15th of the same month", "clashes", "airstrike", "LNA",
    "GNA", "ISIS", "civilians", "Mr.", "U.S.", "2.3", "the", "in", "of", "on",
)
PUNCT = (" ", " ", " ", "، ", ". ", "\n", "\n\n", "؟ ", "! ", "؛ ", ": ", " - ", "«", "»", "\"",
         "(", ")", "…", "\r\n", "\t", "\u200f", "\u200e", "\u0640", "\u064b", "\ufeff", "\u00a0")

_pieces = st.one_of(
    st.sampled_from(AR_WORDS), st.sampled_from(EN_WORDS), st.sampled_from(PUNCT),
    st.integers(min_value=0, max_value=10**12).map(str),
    st.text(max_size=6),
)
# Report-like text: mostly vocabulary, some arbitrary Unicode in between.
report_text = st.lists(_pieces, max_size=80).map("".join)
any_text = st.one_of(report_text, st.text(max_size=300))

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256", "iso-8859-6",
             "cp1252", "latin-1", "mac-arabic", "cp720")


def _encode(text: str, encoding: str) -> bytes:
    return codecs.encode(text, encoding, errors="replace")


encoded_text = st.builds(_encode, any_text, st.sampled_from(ENCODINGS))

_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                         any_text)
_json_value = st.recursive(_json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
_META_KEYS = ("text", "id", "title", "date", "published", "time_raw", "date_precision", "date_note",
              "source", "url", "language", "lang")
_DATES = ("2019-09-29", "2019-09-29T10:00:00Z", "29/09/2019", "13/13/2019", "2019-02-30", "0001-01-01",
          "9999-12-31", "Thu, 05 Apr 2018 07:58:55 +0400", "29 سبتمبر 2019", "٢٠١٩-٠٩-٢٩", "2019",
          "2019-13", "today", "", "estimated", "month", "day")
report_object = st.dictionaries(
    st.sampled_from(_META_KEYS),
    st.one_of(any_text, st.sampled_from(_DATES), _json_value), max_size=8)


def _jsonl(objs: list, junk: list[str]) -> str:
    lines = [json.dumps(o, ensure_ascii=bool(i % 2)) for i, o in enumerate(objs)]
    return "\n".join(lines + junk)


json_docs = st.one_of(
    report_object.map(json.dumps),
    st.lists(report_object, max_size=4).map(json.dumps),
    st.builds(_jsonl, st.lists(report_object, max_size=4), st.lists(st.text(max_size=20), max_size=2)),
    _json_value.map(json.dumps),
    st.integers(min_value=1, max_value=3000).map(lambda n: "[" * n + "]" * n),
)


def _front_matter(pairs: list[tuple[str, str]], body: str) -> str:
    return "---\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n---\n" + body


markdown_docs = st.builds(_front_matter, st.lists(st.tuples(st.sampled_from(_META_KEYS), st.one_of(
    st.sampled_from(_DATES), st.text(max_size=20))), max_size=5), report_text)

_TAGS = ("p", "div", "script", "style", "nav", "form", "article", "h1", "title", "meta", "time", "br",
         "body", "html", "head", "!--", "![CDATA[", "header", "footer", "aside", "a")


def _html(parts: list[tuple[str, str, bool]]) -> str:
    out = []
    for tag, inner, closed in parts:
        out.append(f"<{tag} lang=ar content=\"{inner[:10]}\" charset=x>{inner}" + (f"</{tag}>" if closed else ""))
    return "<!doctype html>" + "".join(out)


html_docs = st.builds(_html, st.lists(st.tuples(st.sampled_from(_TAGS), report_text, st.booleans()),
                                      max_size=8))

# A file's bytes: arbitrary, text in some encoding, or a document of some format encoded.
file_bytes = st.one_of(
    st.binary(max_size=600),
    encoded_text,
    st.builds(_encode, st.one_of(json_docs, markdown_docs, html_docs), st.sampled_from(ENCODINGS)),
    st.sampled_from((b"\x89PNG\r\n\x1a\n", b"%PDF-1.4", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe",
                     b"\xff\xfe\x00\x00", b"\x00" * 40)).flatmap(
        lambda head: st.binary(max_size=80).map(lambda tail: head + tail)),
)

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".TXT", ".Json", "", ".csv",
            ".pdf", ".docx", ".bin", ".xml", ".meta.json", ".tar.gz")
