"""geo: Libyan place names -> places. Normalisation, the gazetteer, the resolver, the
geopy fallback. Knows places and nothing else (never imports events or dashboard).

    >>> import geo
    >>> geo.resolve("طرابلس").place.name_en
    'Tripoli'
"""
from __future__ import annotations

from . import errors
from .gazetteer import Gazetteer, load_gazetteer
from .mentions import PlaceMention
from .normalise import normalise_ar, normalise_en
from .place import (KINDS, PRECISION_EXACT, PRECISION_NEAR, PRECISION_REGION, Context, Place,
                    Resolution)
from .resolve import Resolver, default_resolver, resolve

__all__ = [
    "Context", "Fallback", "Gazetteer", "KINDS", "Place", "PlaceMention", "PRECISION_EXACT",
    "PRECISION_NEAR", "PRECISION_REGION", "Resolution", "Resolver", "default_resolver",
    "errors", "load_gazetteer", "normalise_ar", "normalise_en", "resolve",
]


def __getattr__(name: str):
    # The fallback pulls in geopy; only load it when someone asks for it.
    if name == "Fallback":
        from .fallback import Fallback

        return Fallback
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
