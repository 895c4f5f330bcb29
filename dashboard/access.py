"""Who may see the page. On an analyst's own machine the page listens on 127.0.0.1 only and
needs nothing; on a shared server an optional password guards it.

The password is MARSAD_PASSWORD from the environment, else the MARSAD_PASSWORD key of
Streamlit's secrets (.streamlit/secrets.toml in the working directory or the home folder).
The page asks for it before it reads the store, so nothing of the data reaches a browser
that has not given it. `marsad dashboard --host` with an address other than this machine's
and no password prints a warning: anyone who can reach the port would see every event.
"""
from __future__ import annotations

import hmac
import ipaddress
import os
import time
import tomllib
from collections.abc import Mapping
from pathlib import Path

PASSWORD_KEY = "MARSAD_PASSWORD"
SESSION_KEY = "marsad_signed_in"
# A wrong password costs this long: guessing through the form becomes slow.
WRONG_PASSWORD_DELAY_S = 1.0


def secrets_files(cwd: Path | None = None) -> list[Path]:
    """Where Streamlit looks for secrets by default, in its own order (later files win)."""
    return [Path.home() / ".streamlit" / "secrets.toml", Path(cwd or Path.cwd()) / ".streamlit" / "secrets.toml"]


def configured_password(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> str | None:
    """The page's password as the page will see it, read without starting Streamlit (for the
    command line's warning); None when there is none. An unreadable secrets file counts as none."""
    environ = os.environ if environ is None else environ
    if environ.get(PASSWORD_KEY):
        return environ[PASSWORD_KEY]
    found = None
    for path in secrets_files(cwd):
        try:
            value = tomllib.loads(path.read_text(encoding="utf-8")).get(PASSWORD_KEY)
        except (OSError, ValueError):
            continue
        if isinstance(value, str) and value:
            found = value
    return found


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def exposure_warning(host: str, environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> str | None:
    """The warning for serving on `host`, or None when the page is private or guarded."""
    if is_loopback(host) or configured_password(environ, cwd):
        return None
    where = "every network interface" if host in ("0.0.0.0", "::", "") else host
    return (f"warning: the dashboard listens on {where} with no password: anyone who can reach this "
            f"machine's port sees every stored event. Set {PASSWORD_KEY} (or add it to "
            ".streamlit/secrets.toml), or serve on 127.0.0.1.")


def page_password(st) -> str | None:
    """The password the running page asks for: the environment, else Streamlit's secrets."""
    if os.environ.get(PASSWORD_KEY):
        return os.environ[PASSWORD_KEY]
    try:
        if not st.secrets.load_if_toml_exists():
            return None
        value = st.secrets.get(PASSWORD_KEY)
    except Exception:  # noqa: BLE001 - a broken secrets file must not open the page unguarded
        return configured_password()
    return value if isinstance(value, str) and value else None


def require_password(st, title: str) -> None:
    """Stop the script run here, showing only a password form, until this session gave the
    right password. Without a configured password, do nothing."""
    password = page_password(st)
    if not password or st.session_state.get(SESSION_KEY) is True:
        return
    st.title(title)
    with st.form("marsad_login", clear_on_submit=True):
        typed = st.text_input("Password", type="password", key="marsad_password")
        sent = st.form_submit_button("Open the dashboard")
    if sent:
        if hmac.compare_digest(typed.encode("utf-8"), password.encode("utf-8")):
            st.session_state[SESSION_KEY] = True
            st.session_state.pop("marsad_password", None)
            st.rerun()
        time.sleep(WRONG_PASSWORD_DELAY_S)
        st.error("Wrong password.")
    else:
        st.caption("This dashboard is protected by a password.")
    st.stop()


def sign_out_button(st) -> None:
    """A sidebar button that ends this session's access (shown only when a password is set)."""
    if page_password(st) and st.sidebar.button("Sign out", key="marsad_sign_out"):
        st.session_state.pop(SESSION_KEY, None)
        st.rerun()
