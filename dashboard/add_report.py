"""The page's "Add a report" form: paste text or upload a file, Extract to see the events Marsad
reads, Store to add them. Uploads are capped at UPLOAD_MAX_MB: a news report is kilobytes, and
a big file is a batch for `marsad ingest`, which streams it and reports per file.
"""
from __future__ import annotations

import dataclasses
import inspect
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import state
from dashboard.i18n import t
from geo.errors import MarsadError

PENDING = "pending_report"
UPLOAD_MAX_MB = 5
UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024
UPLOAD_TYPES = ["txt", "md", "html", "htm", "json"]


class UploadTooLarge(MarsadError):
    """An uploaded file over the page's limit."""


def check_upload_size(size: int, name: str) -> None:
    if size > UPLOAD_MAX_BYTES:
        raise UploadTooLarge(
            f"{name} is {size / (1024 * 1024):.1f} MB; the page takes files up to {UPLOAD_MAX_MB} MB. "
            "Ingest bigger files from the command line: marsad ingest FILE --db STORE")


def read_upload(data: bytes, name: str):
    """The one report in an uploaded file, read as `marsad ingest` reads files (any format)."""
    from events.read import read_reports

    check_upload_size(len(data), name)
    with tempfile.TemporaryDirectory(prefix="marsad-upload-") as tmp:
        path = Path(tmp) / (Path(name).name or "report.txt")
        path.write_bytes(data)
        items = list(read_reports([str(path)]))
    for item in items:
        if isinstance(item, MarsadError):
            raise MarsadError(" ".join(str(item).replace(str(path), name).split()))
    if len(items) != 1:
        raise MarsadError(f"{name} holds {len(items)} reports; add one at a time here, "
                          "or ingest the file with `marsad ingest FILE --db STORE`")
    return items[0]


def read_form(text: str, upload, published: date | None, title: str, source: str, url: str, resolver=None):
    """The report the form describes, and its events (not stored yet), read with ``resolver``
    (the page's, with the store's added spellings) or the default one."""
    from events.extract import extract
    from events.read import read_text

    meta = {k: v.strip() for k, v in (("title", title), ("source", source), ("url", url)) if v.strip()}
    if upload is not None:
        check_upload_size(upload.size, upload.name)  # before reading it into memory
        report = read_upload(upload.getvalue(), upload.name)
        if published is not None:
            meta.update(published=published, date_precision="day")
        report = dataclasses.replace(report, **meta)
    else:
        if not text.strip():
            raise MarsadError("Paste a report's text or upload a file first.")
        report = read_text(text, published=published, **meta)
    return report, extract(report, resolver or state.resolver())


def _uploader():
    """The file box, refusing big files in the browser already where Streamlit can (its own
    message names the limit); read_form checks again on the server either way."""
    limit = ({"max_upload_size": UPLOAD_MAX_MB}
             if "max_upload_size" in inspect.signature(st.file_uploader).parameters else {})
    return st.file_uploader(f"…or a file (up to {UPLOAD_MAX_MB} MB)", type=UPLOAD_TYPES, key="add_file",
                            **limit)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def section(location: str, *, table: Callable[[pd.DataFrame], pd.DataFrame], plain: Callable[[object], str]) -> None:
    """The form, its preview and its Store button. `table` formats events as the page's table
    does; `plain` makes user text inert for markdown."""
    with st.expander(t("Add a report"), expanded=False):
        st.caption("Paste a report (Arabic or English) or upload a text file; Extract shows the events "
                   "Marsad reads from it, Store adds them to the map.")
        pasted = st.text_area(t("Report text"), key="add_text", height=180)
        uploaded = _uploader()
        c1, c2 = st.columns(2)
        published = c1.date_input(t("Published on"), value=None, key="add_date", format="YYYY-MM-DD",
                                  help="Relative dates in the text (yesterday, اليوم) count from it.")
        title = c2.text_input(t("Title (optional)"), key="add_title")
        source = c1.text_input(t("Source (optional)"), key="add_source")
        url = c2.text_input(t("URL (optional)"), key="add_url")
        b1, b2, _ = st.columns([1, 1, 4])
        if b1.button(t("Extract"), key="add_extract", type="primary"):
            st.session_state.pop(PENDING, None)
            try:
                from dashboard.correct import resolver
                st.session_state[PENDING] = read_form(pasted, uploaded, published, title, source, url,
                                                      resolver=resolver(location))
            except MarsadError as exc:
                st.error(plain(exc))
        pending = st.session_state.get(PENDING)
        if pending is not None:
            rep, found = pending
            if published is None and rep.published is None:
                st.warning(t("No publication date: relative dates in the text stay unknown."))
            if found:
                st.dataframe(table(pd.DataFrame([e.to_dict() for e in found])),
                             hide_index=True, width="stretch", key="add_preview")
            else:
                st.info(t("No event found in this report; storing it keeps its text for the report view."))
            if b2.button(t("Store"), key="add_store"):
                try:
                    added = state.open_store(location).add(rep, found)
                except MarsadError as exc:
                    st.error(plain(exc))
                else:
                    st.session_state.pop(PENDING, None)
                    state.clear_caches()
                    st.session_state["added_note"] = (
                        f"Stored “{plain(rep.title or rep.id)}”: {_n(added, 'new event')}." if added or not found
                        else "This report was already stored: nothing added.")
                    st.rerun()
        if note := st.session_state.pop("added_note", None):
            st.success(note)
