"""When geo may ask a geocoding service, and how a failed request is marked. Shared by the
resolver and the fallback, so that the fallback never imports the resolver (the imports
run one way: resolve -> mentions, resolve -> fallback, and both -> service)."""
from __future__ import annotations

import os

# A Resolution note that starts with this is a transient failure: not memoised, asked again
TRANSIENT_NOTE = "geocoding service failed"


def offline_from_env() -> bool:
    return os.environ.get("MARSAD_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")
