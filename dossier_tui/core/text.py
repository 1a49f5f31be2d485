"""Making untrusted article text safe to show: no control or escape sequences reach a terminal."""

from __future__ import annotations

import re

# CSI, OSC (terminated by BEL or ST), other ESC sequences, then any remaining C0/C1 controls
# except tab and newline.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # two-byte escapes and a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def clean_for_display(text: str, keep_newlines: bool = True) -> str:
    """Strip escape sequences and control characters; keeps length-independent meaning only,
    so never use it on text whose offsets matter."""
    out = _ESCAPES.sub("", text)
    if not keep_newlines:
        out = out.replace("\n", " ")
    return out


def clean_same_length(text: str) -> str:
    """Replace each control/escape character with a space, keeping offsets valid."""
    return _ESCAPES.sub(lambda m: " " * len(m.group()), text)
