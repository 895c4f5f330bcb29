"""Sentences with exact spans: ``text[s.start:s.end] == s.text`` for every sentence.

Ends of sentences: ``.`` ``!`` ``?`` ``؟`` ``؛`` ``;`` ``…`` and line breaks. The Arabic comma
``،`` is not an end: Arabic news chains whole paragraphs with it. A single line break
after a comma (``اليوم الأحد، \\nأن غارة``) or before a lower-case Latin word is a wrapped
line, not an end. Full stops inside numbers (2.3), in initials (U.S., Mr.) and in common
abbreviations are not ends. Closing quotes and brackets after an end stay with their
sentence; a straight quote only when it closes one opened in the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_TERMINATORS = frozenset(".!?؟؛;…")
_SPECIAL = re.compile(r'[.!?؟؛;…\n"]')
_CLOSERS = frozenset("\"'”’»)]}›")
_WRAP_BEFORE = frozenset("،,:-–—(«“")  # a line ending with one of these goes on
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt st no nos vs etc inc ltd co corp jr sr "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est fig dept govt".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """A full stop that belongs to a number, an initial or an abbreviation."""
    before = text[max(0, dot - 12):dot]
    after = text[dot + 1:dot + 2]
    if before[-1:].isdigit() and after.isdigit():
        return True  # 2.3
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # U.S. / J. Smith
    return word.lower() in _ABBREVIATIONS and not (after == "" or after == "\n")


# "Demonstrations were staged in several towns. Towns included Tripoli, Misratah and Sabha.":
# the list says where the sentence before happened, so the two are read as one
_LIST_GOES_ON = re.compile(r"\s+(?:The\s+)?(?:Towns|Cities|Places|Areas|These|They)\s+(?:included|include)\s+[A-Z]")


def _span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; whitespace-only pieces are dropped, spans are exact."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    quotes = 0  # straight double quotes seen in the current sentence
    while i < n:
        m = _SPECIAL.search(text, i)  # jump to the next character that can matter
        if m is None:
            break
        i = m.start()
        c = text[i]
        if c == '"':
            quotes += 1
        if c in _TERMINATORS:
            if c == "." and (_is_abbreviation(text, i) or _LIST_GOES_ON.match(text, i + 1)):
                i += 1
                continue
            j = i + 1
            while j < n and text[j] in _TERMINATORS:  # "?!" and "..."
                j += 1
            while j < n and text[j] in _CLOSERS:
                if text[j] == '"':
                    if quotes % 2 == 0:
                        break
                    quotes += 1
                j += 1
            # Inside an open straight quote, a full stop followed by more quoted text
            # does not end the sentence unless a line break follows.
            if quotes % 2 == 1 and j < n and text[j] not in "\r\n":
                nxt = text.find('"', j)
                nl = text.find("\n", j)
                if nxt != -1 and (nl == -1 or nxt < nl) and nxt - j < 400:
                    i = j
                    continue
            span = _span(text, start, j)
            if span:
                spans.append(span)
            start, i, quotes = j, j, 0
            continue
        if c == "\n":
            j = i + 1
            blank = False
            while j < n and (text[j].isspace() or text[j] in "\u200f\u200e"):
                if text[j] == "\n":
                    blank = True
                j += 1
            k = i - 1
            while k >= start and (text[k].isspace() or text[k] in "\u200f\u200e"):
                k -= 1
            prev = text[k] if k >= start else ""
            nxt = text[j] if j < n else ""
            wrapped = not blank and (prev in _WRAP_BEFORE or (nxt.isascii() and nxt.islower()))
            if not wrapped:
                span = _span(text, start, i)
                if span:
                    spans.append(span)
                start, quotes = j, 0
            i = j
            continue
        i += 1
    span = _span(text, start, n)
    if span:
        spans.append(span)
    return [Sentence(s, e, text[s:e]) for s, e in spans]


# --- words -------------------------------------------------------------------------------
# Words are what the lexicons match against: a key folded for lookup and the span of the
# original word, so a match maps straight back to the text.
# Not frozen, though nothing changes a token: a report makes hundreds, and a frozen
# dataclass's __init__ (one object.__setattr__ per field) was 5 % of extraction time.
# unsafe_hash keeps the frozen one's hash. (A NamedTuple is built as fast, but its fields
# are read slower, and tokens are read far more often than built.)

@dataclass(unsafe_hash=True)
class Token:
    start: int
    end: int
    key: str  # normalised: Arabic folded (geo.normalise_ar), Latin lower-cased, no 's
    orig: str  # the word as written (acronyms like IS / US match case-sensitively)
    arabic: bool


_WORD = re.compile(
    r"[\u0621-\u063A\u0641-\u065F\u0670\u0640\u0671-\u06D3\u06FA-\u06FC]+"
    r"|[A-Za-z\u00C0-\u024F0-9]+(?:['’][A-Za-z]+)*"
    r"|[0-9\u0660-\u0669\u06F0-\u06F9]+"
)
_ARABIC_START = re.compile(r"[\u0621-\u06FC]")
_KEY_CACHE: dict[str, tuple[str, bool]] = {}


def _fold_ar(word: str) -> str:
    from geo.normalise import normalise_ar  # geo is below events: allowed, and cached

    return normalise_ar(word)


def word_key(word: str) -> tuple[str, bool]:
    """(lookup key, is Arabic) of one word as written."""
    got = _KEY_CACHE.get(word)
    if got is None:
        if _ARABIC_START.match(word):
            got = (_fold_ar(word), True)
        else:
            w = word.lower().replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            got = (w.replace("'", ""), False)
        if len(_KEY_CACHE) < 200_000:
            _KEY_CACHE[word] = got
    return got


def tokenize(text: str, base: int = 0) -> list[Token]:
    """Words of ``text`` with spans offset by ``base``."""
    out = []
    add = out.append
    known = _KEY_CACHE.get  # read inline: a report has thousands of words, most seen before
    for m in _WORD.finditer(text):
        w = m.group()
        key, ar = known(w) or word_key(w)
        if key:
            s, e = m.span()
            add(Token(s + base, e + base, key, w, ar))
    return out


# --- phrase matching ---------------------------------------------------------------------

_CAND_CACHE: dict[str, tuple[str, ...]] = {}


def clitic_forms(key: str) -> tuple[str, ...]:
    """An Arabic word key with its proclitics (و ف ب ل ك, لل→ال, ال) stripped, whole first."""
    got = _CAND_CACHE.get(key)
    if got is None:
        from geo.normalise import ar_candidates

        got = tuple(ar_candidates(key))
        if len(_CAND_CACHE) < 200_000:
            _CAND_CACHE[key] = got
    return got


@dataclass(frozen=True)
class PhraseWord:
    key: str
    prefix: bool = False  # "غاره*": any word starting with the key
    case: str | None = None  # an acronym that must match as written ("IS", "US")
    gap: bool = False  # "...": up to MAX_GAP words of anything ("أطلق ... عملية" over a subject)


MAX_GAP = 4


@dataclass(frozen=True)
class PhraseMatch:
    first: int  # token indexes, [first, last]
    last: int
    start: int  # character span
    end: int
    payload: object
    prefix: bool = False  # matched through a "word*" stem rather than whole words


def phrase_words(phrase: str) -> tuple[PhraseWord, ...]:
    """A lexicon phrase as words: "air strike*" -> (air, strike*); "IS" keeps its case."""
    words = []
    for raw in phrase.split():
        if raw == "...":
            if words and not words[-1].gap:
                words.append(PhraseWord("", gap=True))
            continue
        prefix = raw.endswith("*") and len(raw) > 1
        raw = raw.rstrip("*")
        toks = tokenize(raw)
        for i, t in enumerate(toks):
            case = t.orig if (not t.arabic and t.orig.isupper() and len(t.orig) <= 5) else None
            is_prefix = prefix and i == len(toks) - 1
            key = t.key
            if is_prefix and t.arabic and key.endswith("ه") and len(key) > 3:
                key = key[:-1]  # غارة* is the stem غار: غارات, غارتين
            words.append(PhraseWord(key, is_prefix, case))
    while words and words[-1].gap:
        words.pop()
    return tuple(words)


def _plain_key(w: PhraseWord) -> str | None:
    """The key a word of a phrase matches exactly, or None (a stem, an acronym, a gap)."""
    return w.key if not (w.prefix or w.case is not None or w.gap) else None


class PhraseIndex:
    """Phrases (sequences of words) found in token lists: longest match, then the order the
    phrases were added. Clitics are stripped from the first word of an Arabic phrase only,
    and the first stripped form that starts some phrase is kept (so بنغازي stays whole)."""

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[tuple[PhraseWord, ...], object]]] = {}
        self._prefix: dict[str, list[tuple[tuple[PhraseWord, ...], object]]] = {}
        self._prefix_lengths: tuple[int, ...] = ()
        self._memo: dict[str, tuple] = {}  # word form -> phrases that may start with it
        # word key -> its (form, phrases) pairs with phrases, per script: most words start no
        # phrase, and one look-up says so instead of one per clitic form.
        self._starts: tuple[dict[str, tuple], dict[str, tuple]] = ({}, {})

    def add(self, phrase: str, payload: object) -> bool:
        words = phrase_words(phrase)
        if not words:
            return False
        first = words[0]
        table = self._prefix if first.prefix else self._exact
        table.setdefault(first.key, []).append((words, payload))
        if first.prefix:
            self._prefix_lengths = tuple(sorted(set(self._prefix_lengths) | {len(first.key)}))
        self._memo.clear()
        for memo in self._starts:
            memo.clear()
        return True

    def _entries(self, form: str) -> tuple:
        """(words, payload, the key the second word must be or None, stem-matched) of the
        phrases that may start with ``form``. A common first word starts dozens of phrases
        ("قوات ..."); the second word's key turns most away without trying the rest."""
        got = self._memo.get(form)
        if got is None:
            out = list(self._exact.get(form, ()))
            for n in self._prefix_lengths:
                if n > len(form):
                    break
                out.extend(self._prefix.get(form[:n], ()))
            got = tuple((words, payload, _plain_key(words[1]) if len(words) > 1 else None,
                         any(w.prefix for w in words)) for words, payload in out)
            if len(self._memo) < 300_000:
                self._memo[form] = got
        return got

    @staticmethod
    def _word_ok(w: PhraseWord, t: Token, key: str) -> bool:
        if w.case is not None:
            orig = t.orig[:-2] if t.orig.endswith(("'s", "’s")) else t.orig
            return orig == w.case
        return key.startswith(w.key) if w.prefix else key == w.key

    def _rest(self, words: tuple[PhraseWord, ...], k: int, tokens: list[Token], j: int) -> int:
        """Index of the last token when words[k:] match from tokens[j]; -1 if they do not."""
        n = len(words)
        while k < n:
            w = words[k]
            if w.gap:
                for skip in range(MAX_GAP + 1):  # the shortest gap that lets the rest match
                    got = self._rest(words, k + 1, tokens, j + skip)
                    if got >= 0:
                        return got
                return -1
            if j >= len(tokens) or not self._word_ok(w, tokens[j], tokens[j].key):
                return -1
            k += 1
            j += 1
        return j - 1

    def _starting(self, t: Token) -> tuple:
        memo = self._starts[t.arabic]
        got = memo.get(t.key)
        if got is None:
            forms = clitic_forms(t.key) if t.arabic else (t.key,)
            got = tuple((form, entries) for form in forms if (entries := self._entries(form)))
            if len(memo) < 300_000:
                memo[t.key] = got
        return got

    def match_at(self, tokens: list[Token], i: int) -> list[PhraseMatch]:
        t = tokens[i]
        nxt = tokens[i + 1].key if i + 1 < len(tokens) else None
        for form, entries in self._starting(t):
            found = []
            for words, payload, second, prefix in entries:
                if second is not None and second != nxt:
                    continue
                if not self._word_ok(words[0], t, form):
                    continue
                last = self._rest(words, 1, tokens, i + 1)
                if last >= 0:
                    found.append(PhraseMatch(i, last, t.start, tokens[last].end, payload, prefix))
            if found:
                return found
        return []

    # Most words start no phrase: find_all and find skip a word the memo of _starting
    # already says that of, without a call per word.

    def find_all(self, tokens: list[Token]) -> list[PhraseMatch]:
        """Every match at every token (overlapping)."""
        out = []
        starts = self._starts
        for i, t in enumerate(tokens):
            if starts[t.arabic].get(t.key) != ():
                out.extend(self.match_at(tokens, i))
        return out

    def find(self, tokens: list[Token]) -> list[PhraseMatch]:
        """Non-overlapping matches, left to right, the longest at each place."""
        out = []
        i = 0
        n = len(tokens)
        starts = self._starts
        while i < n:
            t = tokens[i]
            found = self.match_at(tokens, i) if starts[t.arabic].get(t.key) != () else None
            if not found:
                i += 1
                continue
            best = max(found, key=lambda m: (m.last - m.first, not m.prefix))
            out.append(best)
            i = best.last + 1
        return out
