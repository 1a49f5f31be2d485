"""Copying: OSC 52 through the app (works over SSH), and the local clipboard via pyperclip where
one exists. Never blocks the UI and never raises; payloads carry no control sequences."""

from __future__ import annotations

import contextlib
import os
import threading

from textual.app import App

from ..core.text import clean_for_display

TMUX_HINT = "In tmux, copies reach your terminal only with: tmux set -s set-clipboard on"
_hinted = False


def clean_payload(text: str) -> str:
    """What may go to a clipboard: no escape or control characters (tabs and newlines kept)."""
    return clean_for_display(text.replace("\r\n", "\n"))


def _local_copy(text: str) -> None:
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception:  # no local clipboard (SSH, headless): OSC 52 is all we have
        pass


def copy_text(app: App, text: str, what: str) -> str:
    """Copy ``text`` and toast ``what`` was copied; returns the payload actually copied."""
    global _hinted
    payload = clean_payload(text)
    with contextlib.suppress(Exception):
        app.copy_to_clipboard(payload)
    threading.Thread(target=_local_copy, args=(payload,), daemon=True).start()
    preview = " ".join(payload.split())
    preview = preview if len(preview) <= 80 else preview[:79] + "…"
    app.notify(f"Copied {what}: {preview}", title="Clipboard", markup=False, timeout=4)
    if os.environ.get("TMUX") and not _hinted:
        _hinted = True
        app.notify(TMUX_HINT, title="tmux", markup=False, timeout=8)
    return payload
