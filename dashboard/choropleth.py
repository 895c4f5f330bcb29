"""The districts view of the map: each district shaded by its events or people killed under the
current filters, with a tooltip per district and a legend of the classes (DistrictLayer).

Counting is done here in Python (dashboard.districts), so the page, the tests and an export
agree; the browser only draws. Browser-side names: window.marsadDistricts (iso -> {events,
fatalities, colour}), the map container's data-marsad-view="districts" and
data-marsad-metric; each district's path carries the class marsad-district.
"""
from __future__ import annotations

import html

import pandas as pd
from jinja2 import Template

from dashboard import districts
from dashboard.i18n import t
from dashboard.raw_element import RawMacroElement, script_json

METRIC_WORDS = {"events": "Events", "fatalities": "People killed"}
LAYOUT_NOTE = "Districts: Natural Earth (older 22-district layout)"
TIP_WORDS = ("Events", "People killed", "Today")


def legend_html(metric: str, breaks: list[int], outside: int, lang: str = "en") -> str:
    """The choropleth's legend: its classes, the pale "none", the source and the older layout."""
    rows, low = [], 1
    for upper in breaks:
        label = f"{low}" if low == upper else f"{low}–{upper}"
        rows.append((districts.class_colour(upper, breaks), label))
        low = upper + 1
    rows.insert(0, (districts.ZERO_COLOUR, t("none", lang)))
    body = "".join(f'<div class="marsad-legend-row"><span class="marsad-swatch" style="background:{c};'
                   f'border-radius:2px"></span>{html.escape(label)}</div>' for c, label in rows)
    note = f"<div>{html.escape(t('{n} events outside the districts (at sea or abroad)', lang).format(n=outside))}</div>" \
        if outside else ""
    rtl = "direction:rtl;text-align:right;" if lang == "ar" else ""
    return (
        f'<div class="marsad-legend" style="{rtl}background:rgba(255,255,255,.92);padding:5px 8px;border-radius:5px;'
        'box-shadow:0 1px 4px rgba(0,0,0,.3);font:11px/1.3 system-ui,sans-serif;color:#222;max-width:220px">'
        f'<div style="font-weight:600;margin-bottom:3px">'
        f'{html.escape(t("{metric} per district", lang).format(metric=t(METRIC_WORDS[metric], lang)))}</div>'
        f'{body}<div style="margin-top:3px;color:#555">{html.escape(t(LAYOUT_NOTE, lang))}</div>'
        f'{note}<style>.marsad-legend-row{{display:flex;align-items:center;gap:6px}}'
        '.marsad-swatch{display:inline-block;width:12px;height:10px;border:1px solid rgba(0,0,0,.35)}</style></div>')


def choropleth_payload(df: pd.DataFrame, metric: str = "events", lang: str = "en") -> dict:
    if metric not in districts.METRICS:
        raise ValueError(f"metric must be one of {districts.METRICS}, not {metric!r}")
    counts = districts.district_counts(df)
    breaks = districts.class_breaks(counts[metric].to_numpy())
    shapes = districts.load_districts()
    per = {row.iso: {"events": int(row.events), "fatalities": int(row.fatalities),
                     "colour": districts.class_colour(getattr(row, metric), breaks)}
           for row in counts.itertuples()}
    return {"shapes": shapes, "counts": per, "metric": metric, "metricWord": METRIC_WORDS[metric],
            "breaks": breaks, "outside": counts.attrs["outside"],
            "legend": legend_html(metric, breaks, counts.attrs["outside"], lang),
            "words": {w: t(w, lang) for w in TIP_WORDS}}


class DistrictLayer(RawMacroElement):
    """The districts shaded by a count; names set with textContent (data files are not markup)."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>
  .marsad-district-tip { font: 12px/1.35 system-ui, sans-serif; }
  .marsad-district-tip .ar { font-size: 13px; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var D = {{ this.payload }};
  if (!map.getPane('marsadDistricts')) map.createPane('marsadDistricts').style.zIndex = 300;
  map.getContainer().setAttribute('data-marsad-view', 'districts');
  map.getContainer().setAttribute('data-marsad-metric', D.metric);
  function tip(p) {
    var c = D.counts[p.iso] || {events: 0, fatalities: 0};
    var box = document.createElement('div');
    box.className = 'marsad-district-tip';
    var h = document.createElement('b');
    h.textContent = p.name;
    box.appendChild(h);
    if (p.name_ar) {
      var ar = document.createElement('div');
      ar.className = 'ar'; ar.setAttribute('dir', 'rtl'); ar.setAttribute('lang', 'ar');
      ar.textContent = p.name_ar;
      box.appendChild(ar);
    }
    var W = D.words || {};
    [[W['Events'] || 'Events', c.events], [W['People killed'] || 'People killed', c.fatalities]].forEach(function (kv) {
      var r = document.createElement('div');
      r.textContent = kv[0] + ': ' + kv[1];
      box.appendChild(r);
    });
    if (p.admin1_in && p.admin1_in.length && p.admin1_in.join() !== p.name) {
      var n = document.createElement('div');
      n.style.color = '#666';
      n.textContent = (W['Today'] || 'Today') + ': ' + p.admin1_in.join(', ');
      box.appendChild(n);
    }
    return box;
  }
  var layer = L.geoJSON(D.shapes, {
    pane: 'marsadDistricts',
    style: function (f) {
      var c = D.counts[f.properties.iso];
      return {color: '#6b6456', weight: 0.8, opacity: 0.8, fillColor: c ? c.colour : '#efeee9',
              fillOpacity: 0.78, className: 'marsad-district marsad-district-' + f.properties.iso};
    },
    onEachFeature: function (f, l) {
      l.bindTooltip(function () { return tip(f.properties); }, {sticky: true, direction: 'top'});
      l.on('mouseover', function () { l.setStyle({weight: 2, color: '#222'}); });
      l.on('mouseout', function () { layer.resetStyle(l); });
    }
  }).addTo(map);
  var legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'marsad-legend-control');
    div.innerHTML = D.legend;  // our own markup: numbers and fixed words only
    return div;
  };
  legend.addTo(map);
  window.marsadDistricts = D.counts;
  window.marsadDistrictLayer = layer;
  if (window.marsadRelabel) window.marsadRelabel();
})();
{% endmacro %}
""")

    def __init__(self, df: pd.DataFrame, metric: str = "events", lang: str = "en") -> None:
        super().__init__()
        self._name = "MarsadDistricts"
        self.data = choropleth_payload(df, metric, lang)
        self.payload = script_json(self.data)
