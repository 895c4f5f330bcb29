"""Why a name resolved as it did: the candidates the resolver weighed, where each came from,
the parts of each score, and why the chosen one won (``marsad geocode --explain``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .normalise import loose_key, normalise
from .place import Context

if TYPE_CHECKING:
    from .resolve import Resolver


def explain(resolver: Resolver, name: str, context: Context | None = None, *,
            offline: bool | None = None) -> dict:
    """A JSON-ready account of ``resolver.resolve(name, context)``."""
    context = context or Context()
    res = resolver.resolve(name, context, offline=offline)
    key = normalise(name) if isinstance(name, str) else ""
    gaz = resolver.gazetteer
    ids = [c.id for c in res.candidates if c.id in gaz.places]
    parts = dict((p.id, pp) for p, pp in resolver.score_parts(ids, context)) if ids else {}
    cands = []
    for c in res.candidates:
        score_parts = parts.get(c.id, [])
        cands.append({
            "id": c.id, "name_en": c.name_en, "name_ar": c.name_ar, "kind": c.kind,
            "admin1": c.admin1, "latitude": c.lat, "longitude": c.lon,
            "source": f"places.csv (point: {c.source})" if c.id in gaz.curated else c.source,
            "curated": c.id in gaz.curated,
            "score": round(sum(v for _, v in score_parts), 2),
            "score_parts": {k: round(v, 2) for k, v in score_parts},
        })
    return {
        "query": name, "exact_key": key, "loose_key": loose_key(key) if key else "",
        "method": res.method, "precision": res.precision, "confidence": res.confidence,
        "note": res.note, "chosen": res.place.id if res.place else None,
        "candidates": cands, "why": _why(res, cands),
    }


def _why(res, cands: list[dict]) -> str:
    if res.place is None:
        return res.note or "no place of this name"
    how = {"gazetteer": "its name is in the gazetteer", "fuzzy": "the closest spelling the "
           "gazetteer has", "geopy": "the geocoding service's answer"}.get(res.method or "", res.method or "")
    if len(cands) <= 1:
        return f"the only candidate ({how})"
    best, second = cands[0], cands[1]
    gap = round(best["score"] - second["score"], 2)
    deciding = sorted(
        ((k, v - second["score_parts"].get(k, 0.0)) for k, v in best["score_parts"].items()),
        key=lambda kv: -kv[1])
    reasons = [f"{k} (+{d:g})" for k, d in deciding if d > 0][:3]
    reasons += [f"{second['name_en']} is {k} ({v:g})" for k, v in second["score_parts"].items()
                if v < 0 and k not in best["score_parts"]]
    return (f"{best['name_en']} ({best['id']}) scored {best['score']:g}, {gap:g} above "
            f"{second['name_en']} ({second['id']}): " + ", ".join(reasons or ["the same parts, first in order"]))
