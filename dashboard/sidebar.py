"""The sidebar's filters, with the language switch above them: the same widgets whether the page
filters events in pandas (app.py) or in the database (big_store.py). Their values live in
st.session_state under the keys of dashboard.state; state.filters_from_widgets reads them."""
from __future__ import annotations

import streamlit as st

from dashboard import i18n, state
from dashboard.i18n import t


def filter_widgets(facets: state.Facets) -> None:
    """The widgets, in the sidebar's order; call inside ``with st.sidebar``."""
    st.radio(t("Language"), list(i18n.LANGS), key=i18n.K_LANG, horizontal=True, format_func=i18n.LANGS.get)
    st.header(t("Filters"))
    if facets.date_min is not None and facets.date_max is not None:
        if facets.date_min < facets.date_max:
            st.slider(t("Dates"), min_value=facets.date_min, max_value=facets.date_max,
                      key=state.K_DATES, format="YYYY-MM-DD")
        else:
            st.caption(f"All dated events are of {facets.date_min.isoformat()}.")
    else:
        st.caption(t("No event has a known date."))
    st.checkbox(f"{t('Show events of unknown date')} ({facets.undated})", key=state.K_UNDATED)
    if facets.abroad:
        st.checkbox(f"{t('Show events abroad')} ({facets.abroad})", key=state.K_ABROAD,
                    help="Happenings outside Libya that the reports tell (a raid in Egypt, an arrest in Tunisia)")
    actor_names = state.actor_labels()
    st.multiselect(t("Actors"), state.options_with(st.session_state[state.K_ACTORS], facets.actors),
                   key=state.K_ACTORS, format_func=lambda a: actor_names.get(a, a),
                   placeholder=t("All actors"))
    st.multiselect(t("Event types"), state.options_with(st.session_state[state.K_TYPES], facets.event_types),
                   key=state.K_TYPES, placeholder=t("All types"), format_func=t)
    chosen_types = st.session_state[state.K_TYPES] or list(facets.sub_event_types)
    sub_options = sorted({s for t in chosen_types for s in facets.sub_event_types.get(t, ())})
    st.multiselect(t("Sub-types"), state.options_with(st.session_state[state.K_SUBTYPES], sub_options),
                   key=state.K_SUBTYPES, placeholder=t("All sub-types"))
    if len(facets.sources) > 1 or st.session_state.get(state.K_SOURCES):
        st.multiselect(t("Sources"), state.options_with(st.session_state[state.K_SOURCES], facets.sources),
                       key=state.K_SOURCES, placeholder=t("All sources"),
                       help="Events Marsad extracted from news (all outlets, or one), or rows of an "
                            "imported dataset (ACLED, UCDP GED).")
    admin1_names = state.admin1_labels()
    st.multiselect(t("Region (admin1)"), state.options_with(st.session_state[state.K_ADMIN1], facets.admin1),
                   key=state.K_ADMIN1, format_func=lambda a: admin1_names.get(a, a),
                   placeholder=t("All of Libya"))
    st.number_input(t("Minimum killed"), min_value=0, step=1, key=state.K_MINFAT,
                    max_value=max(facets.max_fatalities, int(st.session_state[state.K_MINFAT] or 0), 0) or None)
    st.text_input(t("Text contains"), key=state.K_TEXT, placeholder="place, actor, word of the evidence…",
                  help="Looked for in the evidence sentence, the place names and the report title "
                       "(Arabic spelling variants match).")
    st.text_input(t("Near a place"), key=state.K_NEAR, placeholder="Gharyan, غريان, Ain Zara…",
                  help="Events within a radius of a place the gazetteer knows, named in Arabic or English.")
    if st.session_state.get(state.K_NEAR):
        st.number_input(t("Within (km)"), min_value=1.0, max_value=500.0, step=5.0, key=state.K_KM)
