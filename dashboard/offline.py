"""Make a folium map need nothing from the internet.

folium elements list their scripts and styles as (name, CDN URL) pairs in ``default_js`` /
``default_css``; the page's <head> and streamlit-folium's frame both load from those lists.
Here every name the map uses is mapped to a file of an installed XStatic package
(xstatic-leaflet, -leaflet-markercluster, -jquery), and names the map does not use are
dropped (Bootstrap, awesome-markers, Font Awesome, glyphicons: our markers are circles and
our icons are DivIcons, so nothing needs them). Two ways out:

- ``standalone_html(m)``: one HTML file with every script and style inlined (Leaflet's
  images as data: URIs), for the "works offline" export and PNG snapshots;
- ``localise(m)``: the map's lists point at files served by Streamlit's static serving
  (``server.enableStaticServing = true`` serves dashboard/static/ at /app/static/), which
  st_folium's frame then loads. ``ensure_static_assets()`` copies the files there from the
  XStatic packages when missing (they are also vendored, see dashboard/static/README.md).

A map element asking for an asset with no local copy raises OfflineAssetError naming it,
rather than leaving a blank map when the CDN is out of reach.
"""
from __future__ import annotations

import base64
import importlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import branca.colormap
from folium.elements import JSCSSMixin

from geo.errors import MarsadError

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR = "vendor"  # dashboard/static/vendor/...
# URL of dashboard/static as seen from st_folium's component frame
# (<server>/component/streamlit_folium.st_folium/index.html): relative, so that a
# server.baseUrlPath prefix is kept.
STATIC_URL = "../../app/static"


class OfflineAssetError(MarsadError):
    """A map needs a script or style that has no local copy."""


@dataclass(frozen=True)
class Asset:
    name: str  # folium's name for it in default_js/default_css
    kind: str  # "js" or "css"
    package: str  # xstatic module that carries it
    file: str  # path inside the package's data dir
    target: str  # path under dashboard/static/vendor/

    def source(self) -> Path:
        try:
            module = importlib.import_module(f"xstatic.pkg.{self.package}")
        except ImportError as exc:
            raise OfflineAssetError(f"the map needs {self.name} from xstatic-{self.package.replace('_', '-')}, "
                                    "which is not installed: pip install the project's dependencies") from exc
        return Path(module.BASE_DIR) / self.file


ASSETS: dict[str, Asset] = {a.name: a for a in (
    Asset("leaflet", "js", "leaflet", "leaflet.js", "leaflet/leaflet.js"),
    Asset("leaflet_css", "css", "leaflet", "leaflet.css", "leaflet/leaflet.css"),
    Asset("jquery", "js", "jquery", "jquery.min.js", "jquery/jquery.min.js"),
    Asset("markerclusterjs", "js", "leaflet_markercluster", "leaflet.markercluster.js",
          "markercluster/leaflet.markercluster.js"),
    Asset("markerclustercss", "css", "leaflet_markercluster", "MarkerCluster.css", "markercluster/MarkerCluster.css"),
    Asset("markerclusterdefaultcss", "css", "leaflet_markercluster", "MarkerCluster.Default.css",
          "markercluster/MarkerCluster.Default.css"),
)}
# Files a served asset refers to by relative url(): copied beside it.
EXTRA_FILES = tuple(("leaflet", f"images/{n}", f"leaflet/images/{n}") for n in (
    "layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png"))
# folium's defaults that our maps do not use (circle markers and DivIcons need none of them).
UNUSED = frozenset({"bootstrap", "bootstrap_css", "glyphicons_css", "awesome_markers", "awesome_markers_css",
                    "awesome_markers_font_css", "awesome_rotate_css"})
# Loaded in this order whatever order the elements list them in: Leaflet before its plugins.
ORDER = ("leaflet", "jquery", "markerclusterjs", "leaflet_css", "markerclustercss", "markerclusterdefaultcss")


def _walk(element) -> Iterator:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def _elements_with_assets(m) -> list[JSCSSMixin]:
    root = m.get_root() if hasattr(m, "get_root") else m
    seen, out = set(), []
    for el in list(_walk(root)) + list(_walk(m)):
        if isinstance(el, JSCSSMixin) and id(el) not in seen:
            seen.add(id(el))
            out.append(el)
        if isinstance(el, branca.colormap.ColorMap):
            raise OfflineAssetError("a colour-map legend needs d3 from a CDN; use mapview.legend_html() instead")
    return out


def needed_assets(m) -> list[Asset]:
    """The local assets `m` needs, in load order; OfflineAssetError for any without a copy."""
    names: list[str] = []
    for el in _elements_with_assets(m):
        for name, url in list(el.default_js) + list(el.default_css):
            if name in UNUSED or name in names:
                continue
            if name not in ASSETS:
                raise OfflineAssetError(
                    f"map element {type(el).__name__} needs {name} ({url}), which has no local copy: "
                    "add it to dashboard/offline.py ASSETS or drop that element")
            names.append(name)
    return [ASSETS[n] for n in sorted(names, key=lambda n: ORDER.index(n) if n in ORDER else len(ORDER))]


def _set_assets(m, url_for) -> None:
    """Point every element's lists at url_for(asset) (instance attributes: folium's class
    lists, shared by every map in the process, stay untouched)."""
    for el in _elements_with_assets(m):
        el.default_js = [(n, url_for(ASSETS[n])) for n, _ in el.default_js if n not in UNUSED]
        el.default_css = [(n, url_for(ASSETS[n])) for n, _ in el.default_css if n not in UNUSED]


# ---------------------------------------------------------------- served by Streamlit

def ensure_static_assets(static_dir: Path = STATIC_DIR) -> Path:
    """Copy the XStatic files the maps use into static_dir/vendor/ when missing or stale."""
    vendor = Path(static_dir) / VENDOR
    pairs = [(a.source(), vendor / a.target) for a in ASSETS.values()]
    pairs += [(ASSETS["leaflet"].source().parent / src, vendor / dst) for _, src, dst in EXTRA_FILES]
    for src, dst in pairs:
        if not src.exists():
            raise OfflineAssetError(f"{src} is missing from its XStatic package; reinstall it")
        if dst.exists() and dst.stat().st_size == src.stat().st_size:
            continue
        try:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
        except OSError as exc:
            raise OfflineAssetError(f"cannot copy map assets into {dst.parent} ({exc}); "
                                    "make the directory writable or vendor the files there") from exc
    return vendor


def localise(m, base_url: str = STATIC_URL, *, copy: bool = True):
    """Make `m` load its scripts and styles from Streamlit's static serving (for st_folium).

    The app must run with server.enableStaticServing=true and live beside dashboard/static/.
    Returns `m` (changed in place)."""
    needed_assets(m)  # fail early, naming the asset, if something has no local copy
    if copy:
        ensure_static_assets()
    base = base_url.rstrip("/")
    _set_assets(m, lambda a: f"{base}/{VENDOR}/{a.target}")
    return m


use_local_assets = localise  # the name the page looks for


# ---------------------------------------------------------------- one self-contained file

_PLACEHOLDER = "marsad-asset:"
_IMAGE_URL = re.compile(r"url\((['\"]?)(images/[\w.-]+\.png)\1\)")


def _inline_css(asset: Asset) -> str:
    text = asset.source().read_text(encoding="utf-8")
    if asset.package == "leaflet":
        base = asset.source().parent

        def data_uri(match: re.Match) -> str:
            data = base64.b64encode((base / match.group(2)).read_bytes()).decode("ascii")
            return f"url(data:image/png;base64,{data})"

        text = _IMAGE_URL.sub(data_uri, text)
    return text.replace("</style", "<\\/style")


def _inline_js(asset: Asset) -> str:
    # A literal "</script" would end the element early; inside JS "<\/script" means the same.
    return asset.source().read_text(encoding="utf-8").replace("</script", "<\\/script")


def standalone_html(m) -> str:
    """The whole page of `m` with every script and style inlined: opens from a file with no
    network. (Web tiles, if the map has them, still need the internet; build the map with
    tiles=False for exports.)"""
    assets = needed_assets(m)
    elements = _elements_with_assets(m)
    saved = [(el, el.__dict__.get("default_js"), el.__dict__.get("default_css")) for el in elements]
    _set_assets(m, lambda a: _PLACEHOLDER + a.name)
    try:
        page = m.get_root().render()
    finally:
        for el, js, css in saved:
            for attr, value in (("default_js", js), ("default_css", css)):
                if value is None:
                    el.__dict__.pop(attr, None)
                else:
                    setattr(el, attr, value)
    blocks = {a.name: (f"<script>/* {a.name} (XStatic {a.package}) */\n{_inline_js(a)}\n</script>" if a.kind == "js"
                       else f"<style>/* {a.name} (XStatic {a.package}) */\n{_inline_css(a)}\n</style>")
              for a in assets}
    # Replace the placeholders with the files, in load order, where the first one stood.
    tag = re.compile(r'<script src="' + re.escape(_PLACEHOLDER) + r'([\w-]+)"></script>|'
                     r'<link rel="stylesheet" href="' + re.escape(_PLACEHOLDER) + r'([\w-]+)"\s*/>')
    first = True

    def swap(match: re.Match) -> str:
        nonlocal first
        if first:
            first = False
            css = "\n".join(blocks[a.name] for a in assets if a.kind == "css")
            js = "\n".join(blocks[a.name] for a in assets if a.kind == "js")
            return css + "\n" + js
        return ""

    page = tag.sub(swap, page)
    if _PLACEHOLDER in page:
        raise OfflineAssetError("a map asset link was not inlined; dashboard/offline.py does not know its tag")
    return page


def external_urls(page: str) -> list[str]:
    """http(s) URLs a page would load by itself (src/href of scripts, styles, images, fonts;
    url() in styles) — for checks. Links a person may click (<a href>) are not counted."""
    found = re.findall(r"<(?:script|img|iframe|source|embed)\b[^>]*\bsrc=[\"'](https?:[^\"']+)", page, re.I)
    found += re.findall(r"<link\b[^>]*\bhref=[\"'](https?:[^\"']+)", page, re.I)
    found += re.findall(r"url\(\s*['\"]?(https?:[^)'\"]+)", page, re.I)
    found += re.findall(r"@import\s+['\"](https?:[^'\"]+)", page, re.I)
    return found
