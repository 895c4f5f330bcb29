"""Page elements whose text goes into the map's HTML as it is, never through Jinja.

branca wraps a MacroElement's rendered macros in Element(text), which compiles the text as a
Jinja template: slow for megabytes of data, and dangerous for text from reports ("{{ ... }}"
would be evaluated). The basemap, the event layer and the export's title band use these.
"""
from __future__ import annotations

import json
from typing import Any

from branca.element import Element, Figure, MacroElement

from geo.errors import MarsadError


class LayerRenderError(MarsadError):
    """A map layer was rendered outside a folium Map."""


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element and inert for Jinja: "<" cannot close the element,
    and "{{", "{%", "{#" (which only occur inside strings in JSON) cannot start a template tag
    if the text ever passes through Jinja again (branca compiles rendered scripts as templates)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return text.replace("{{", "{\\u007b").replace("{%", "{\\u0025").replace("{#", "{\\u0023")


class RawElement(Element):
    """Text put into the page as it is. branca wraps a MacroElement's rendered macros in
    Element(text), which compiles the text as a Jinja template: slow for megabytes of data, and
    dangerous for text from reports ("{{ ... }}" would be evaluated). This does neither."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class RawMacroElement(MacroElement):
    """A MacroElement whose rendered header/html/script go into the figure as RawElement."""

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise LayerRenderError("a map layer can only be rendered inside a folium Map")
        module = self._template.module
        for part, box in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = getattr(module, part, None)
            if macro is not None:
                box.add_child(RawElement(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
