"""Stage "sentences": the report's sentences and words (folded once for the whole text),
and where a wire dateline ends ("دبي، الإمارات (CNN) –", "TRIPOLI (Reuters) -"): it
says where the report was written and names no actor."""
from __future__ import annotations

import bisect
import re

from events.event_types import has_air_word
from events.pipeline.doc import Doc, Lazy
from events.sentences import split_sentences, tokenize

_DATELINE = re.compile(
    r"\A\W{0,3}[^\n()]{2,60}?\s*\((?:CNN|AFP|Reuters|AP|Xinhua|Anadolu|رويترز|أ ف ب|ا ف ب|أ ش أ|د ب أ|"
    r"الأناضول|وام|سكاي نيوز عربية|العربية\.نت)\)\s*[-–—:]+"
    r"|\A\W{0,3}[A-Z][A-Z .,'-]{2,40}\s*(?:\([^)\n]{1,30}\))?\s*[-–—]+\s"
    # "رويترز - بنغازي (ليبيا):", "رويترز- بنغازي:": the agency first, then the city
    r"|\A\W{0,3}(?:رويترز|أ ف ب|ا ف ب|الأناضول|د ب أ|أ ش أ)\s*[-–—]\s*[^\n():،.]{2,30}?(?:\s*\([^)\n]{1,30}\))?\s*:")


def dateline_end(text: str) -> int:
    """End of a wire dateline ("دبي، الإمارات العربية المتحدة (CNN) –", "TRIPOLI (Reuters) -",
    "رويترز - بنغازي (ليبيا):"):
    where the report was written, which names no actor."""
    m = _DATELINE.match(text[:120])
    return m.end() if m else 0


# A news page's tag line ("سمات خطف داعش ليبيا", "Tags: Libya, ISIS"): keywords, no sentence
_TAGS = re.compile(r"^\W*(?:سمات|الوسوم|الكلمات الدالة|كلمات مفتاحية|كلمات دلالية|Tags)\s*:?\s", re.I)


def sentences(doc: Doc) -> None:
    text = doc.text
    doc.sentences = [s for s in split_sentences(text) if not _TAGS.match(s.text)]
    doc.tokens = tokenize(text)
    doc.dateline_end = dateline_end(text)
    doc.starts = [t.start for t in doc.tokens]
    doc.sent_tokens = [(bisect.bisect_left(doc.starts, s.start), bisect.bisect_left(doc.starts, s.end))
                       for s in doc.sentences]
    tokens = doc.tokens
    doc.report_air = Lazy(lambda: has_air_word(tokens))
