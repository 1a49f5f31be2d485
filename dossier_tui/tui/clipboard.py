"""Copying: OSC 52 through the app (works over SSH), the local clipboard via pyperclip where one
exists, and tmux's own buffer inside tmux. Never blocks the UI and never raises; payloads carry no
control sequences. The toast claims a copy only where one can be confirmed: a terminal never
answers OSC 52, so with no local clipboard and no tmux the toast says the text was *sent*."""

from __future__ import annotations

import contextlib
import functools
import os
import subprocess
import threading

from textual.app import App

from ..core.text import clean_for_display

TMUX_HINT = "In tmux, copies reach your terminal only with: tmux set -s set-clipboard on"
_hinted = False


def clean_payload(text: str) -> str:
    """What may go to a clipboard: no escape or control characters (tabs and newlines kept)."""
    return clean_for_display(text.replace("\r\n", "\n"))


@functools.cache
def local_clipboard_available() -> bool:
    """Whether pyperclip found a clipboard program (xclip, wl-copy, pbcopy, ...); checked once."""
    try:
        import pyperclip

        copy, _paste = pyperclip.determine_clipboard()
        return bool(copy)  # pyperclip's "unavailable" stand-in is falsy
    except Exception:
        return False


def _local_copy(text: str) -> str | None:
    """Copy with pyperclip; the error, if any, as a sentence."""
    try:
        import pyperclip

        pyperclip.copy(text)
    except Exception as e:  # no local clipboard (SSH, headless): OSC 52 is all we have
        return f"{type(e).__name__}: {e}"
    return None


def _tmux_copy(text: str) -> bool:
    """Put the text in tmux's paste buffer; ``-w`` (tmux 3.2+) also hands it to the outer
    terminal's clipboard, which works with tmux's default ``set-clipboard external`` where an
    app's own OSC 52 is dropped."""
    if not os.environ.get("TMUX"):
        return False
    for cmd in (["tmux", "load-buffer", "-w", "-"], ["tmux", "load-buffer", "-"]):
        with contextlib.suppress(Exception):
            done = subprocess.run(cmd, input=text.encode(), capture_output=True, timeout=3, check=False)
            if done.returncode == 0:
                return True
    return False


def _preview(payload: str) -> str:
    preview = " ".join(payload.split())
    return preview if len(preview) <= 80 else preview[:79] + "…"


def copy_text(app: App, text: str, what: str, note: str = "") -> str:
    """Copy ``text`` and toast ``what`` was copied, and ``note`` (what the copy lacks) under it;
    returns the payload actually copied."""
    payload = clean_payload(text)
    with contextlib.suppress(Exception):
        app.copy_to_clipboard(payload)
    local = local_clipboard_available()
    in_tmux = bool(os.environ.get("TMUX"))
    under = f"\n{note[:1].upper()}{note[1:]}" if note else ""
    if local or in_tmux:
        app.notify(
            f"Copied {what}: {_preview(payload)}{under}",
            title="Clipboard",
            markup=False,
            timeout=6 if note else 4,
        )
        threading.Thread(target=_copy_elsewhere, args=(app, payload, local, in_tmux), daemon=True).start()
    else:
        app.notify(
            f"Sent {what} to the terminal (OSC 52; no local clipboard here, so it is copied only if "
            f"your terminal accepts OSC 52): {_preview(payload)}{under}",
            title="Clipboard",
            markup=False,
            timeout=6,
        )
    return payload


def _copy_elsewhere(app: App, payload: str, local: bool, in_tmux: bool) -> None:
    """The slow copies, off the UI thread; a failure is reported, never raised."""
    global _hinted
    error = _local_copy(payload) if local else None
    tmux_ok = _tmux_copy(payload) if in_tmux else False
    messages: list[tuple[str, str]] = []
    if error:
        messages.append((f"The local clipboard refused the copy ({error})", "warning"))
    if in_tmux and not tmux_ok and not _hinted:
        _hinted = True
        messages.append((TMUX_HINT, "information"))
    for message, severity in messages:
        with contextlib.suppress(Exception):  # the app may have closed meanwhile
            app.call_from_thread(
                app.notify, message, title="Clipboard", severity=severity, markup=False, timeout=8
            )
