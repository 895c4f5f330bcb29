"""Errors a person can act on. Every layer's errors derive from MarsadError."""


class MarsadError(Exception):
    """Base of every error Marsad raises on bad input or a broken environment."""


class GeoError(MarsadError):
    """A place name or gazetteer could not be handled."""


class BadPlaceName(GeoError):
    """The name given is empty, too long, or not text."""


class GazetteerError(GeoError):
    """The gazetteer table is missing or malformed."""


class GeocoderUnavailable(GeoError):
    """The fallback geocoding service could not be reached or answered garbage."""
