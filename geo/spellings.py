"""Latin spellings in running text that the text index leaves out, taken only where the
sentence tells them as a place (right after "in", "at", "near" ..., after "the town / district
of", as the next item of a list that began with a place, or before "area").

- A one-word name only the open-data table knows (OSM's "Tikah", "Bersis"): the index
  keeps such names out of running text, where "Serraj said" would make OSM's "Al Serraj"
  a place; after a place preposition the word is a place.
- A possessive the index lists without its apostrophe ("Libya's capital", "the country's
  east" as "Libyas capital", "countrys east"): the tokens split at the apostrophe.
- A misspelling of a Libyan name ("Qasr Bin Gashr", "Guewarsha", "Bengahzi", "Matouba"): the
  resolver's own look-up by name (its generated variants, then rapidfuzz on the loose
  key at a high score) finds what the exact scan cannot. Before "area" alone only a spelling
  the look-up knows exactly counts; a word a noun follows ("Zintani positions", "Algerian
  custody") describes, it does not place.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import COMMON_EN_WORDS
from .normalise import has_arabic, is_latin_article, normalise_en
from .text_cues import JOIN_GAP, LATIN_ARTICLE_PREFIX, LATIN_PARTICLES, en_misspelt_cue, en_open_cued

if TYPE_CHECKING:
    from .mentions import _Scanner

# The fuzzy score (0-100) a misspelling must reach: "Qasr Bin Gashr" 95.7, "Guewarsha" 94.1
# and one letter off in seven ("in Matouba", "near Ajilat", "district of Boudhima": 92.3)
# reach it; "Arabic" (90.9 to the village Al Arabi) does not.
MISSPELT_MIN_SCORE = 92.0
MISSPELT_MIN_LETTERS = 5
_NOT_PLACE_KINDS = frozenset({"country", "region"})
_DEMONYM_ENDS = ("ian", "ians", "ese", "ish", "ans")  # "in Algerian custody" is no Gharyan
# nouns an adjective of a town describes ("Zintani forces", fuzzy 92.3 to Zintan)
_DESCRIBED = frozenset("""forces force militia militias fighters brigade brigades troops positions
    units unit custody border authorities government army side hands officials men gunmen tribe
    tribes revolutionaries territory controlled control led backed allied loyalists""".split())


def open_latin(sc: _Scanner, toks: list, norms: list[str], text: str, i: int, out: list):
    """A one-word Latin name only the open-data table knows, told as a place."""
    if len(norms[i]) < 4 or not en_open_cued(toks, norms, text, i, out):
        return None
    ids = tuple(x for x in sc.gaz.exact.get(norms[i], ()) if x in sc.open_ids and x not in sc.abroad)
    return (1, ids, 0, norms[i]) if ids else None


def possessive_name(sc: _Scanner, toks: list, norms: list[str], text: str, i: int):
    """"Libya's capital", "the country's east": a name written with a possessive."""
    if i + 2 >= len(toks) or norms[i + 1] != "s" or text[toks[i][1]:toks[i + 1][0]] not in ("'", "’") \
            or not JOIN_GAP.match(text[toks[i + 1][1]:toks[i + 2][0]]):
        return None
    key = f"{norms[i]}s {norms[i + 2]}"
    ids = tuple(x for x in sc.mention.get(key, ()) if x in sc.curated)
    return (3, ids, 0, key) if ids else None


def misspelt_latin(sc: _Scanner, toks: list, norms: list[str], text: str, i: int, out: list):
    """Up to three capitalised words after a place preposition that the resolver's name
    look-up knows as a Libyan place under another spelling."""
    cue = en_misspelt_cue(toks, norms, text, i, out)
    if not cue:
        return None
    words = name_words(toks, norms, text, i)
    headed = cue == "head"
    if headed:
        words = words[:1]  # "the Jaruthah area": the one word before the head noun
    while words and not toks[words[-1]][2][:1].isupper():
        words.pop()  # a name ends on a name word, not on "al" or "of"
    # the whole run of capitalised words, not a part ("outside Marwa Hospital" is no Maraua)
    key = normalise_en(" ".join(toks[k][2] for k in words))
    if len(key.replace(" ", "")) < MISSPELT_MIN_LETTERS or key in COMMON_EN_WORDS:
        return None
    nxt = words[-1] + 1 if words else i
    described = nxt < len(toks) and toks[nxt][2][:1].islower() and JOIN_GAP.match(text[toks[nxt - 1][1]:toks[nxt][0]])
    if described and (key.endswith(_DEMONYM_ENDS) or norms[nxt] in _DESCRIBED):
        return None  # "in Algerian custody", "near Zintani positions": whose, not where
    if key.endswith(_DEMONYM_ENDS) and cue != "list":
        return None  # a list's "Sebha [Sabha] and Ghirian [Gharyan]" is a town
    hit = sc.misspelt.get(key)
    if hit is None:  # the fuzzy look-up is the costly part: once per spelling
        ids, method, score = sc.resolver._local_ids(key)
        if method == "fuzzy" and (score < MISSPELT_MIN_SCORE or len(key) < MISSPELT_MIN_LETTERS + 1):
            ids = ()
        places = sc.gaz.places
        ids = tuple(x for x in ids if x not in sc.abroad and places[x].kind not in _NOT_PLACE_KINDS)
        if len(sc.misspelt) > 200_000:
            sc.misspelt.clear()
        hit = sc.misspelt[key] = (ids, method == "fuzzy")
    ids, fuzzy = hit
    if fuzzy and headed:
        return None  # "Benghazi's Zeitun area" is no Zaytunah in Murzuq: a near spelling wants "in", "of"
    return (len(words), ids, 0, key) if ids else None


def name_words(toks: list, norms: list[str], text: str, i: int, most: int = 3) -> list[int]:
    """Indexes of the capitalised Latin words (and articles or particles between them) from
    ``i``, at most ``most``."""
    n = len(toks)
    words: list[int] = []
    j = i
    while j < n and len(words) < most:
        raw = toks[j][2]
        if j > i and not JOIN_GAP.match(text[toks[j - 1][1]:toks[j][0]]):
            break
        if has_arabic(raw) or raw.isdigit():
            break
        if not raw[:1].isupper() and norms[j] not in LATIN_PARTICLES \
                and not LATIN_ARTICLE_PREFIX.match(raw) \
                and not (j + 1 < n and is_latin_article(norms[j], norms[j + 1])):
            break
        words.append(j)
        j += 1
    return words
