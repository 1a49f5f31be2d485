"""Making untrusted article text safe to show: no control or escape sequences reach a terminal.

Besides escape sequences and C0/C1 controls, three kinds of characters need care in what is shown
or copied: lone surrogates (from broken decodes or file names that are not UTF-8) cannot be
encoded at all, so printing them crashes; bidirectional embeddings, overrides and isolates
(U+202A-202E, U+2066-2069) reorder whatever follows them on a bidi-capable terminal, far beyond
the field they came in; and line breaks other than LF (CR, VT, FF, U+0085, U+2028/2029) glue
words together when merely deleted.
"""

from __future__ import annotations

import json
import re

# CSI, OSC (terminated by BEL or ST), other ESC sequences, then any remaining C0/C1 controls
# except tab and newline. String sequences (OSC, DCS...) are removed whole only when terminated
# within the line: an unterminated one loses its introducer, not the rest of the article.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b\n]{0,4096}(?:\x07|\x1b\\)"  # OSC
    r"|\x1b[PX^_][^\x1b\n]{0,4096}\x1b\\"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # two-byte escapes and a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c\n]{0,4096}[\x07\x9c]"  # 8-bit OSC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
    r"|[\u202a-\u202e\u2066-\u2069]"  # bidi embeddings, overrides, isolates
)
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""Line and paragraph breaks other than LF: become LF (or a space) rather than vanish."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSAFE_CHAR = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


_GAP = re.compile(f" ?(?:{_ESCAPES.pattern})+ ?")


def _one_space(m: re.Match[str]) -> str:
    gap = m.group()
    return " " if gap[0] == " " or gap[-1] == " " else ""


def clean_for_display(text: str, keep_newlines: bool = True) -> str:
    """Strip escape sequences and control characters; keeps length-independent meaning only,
    so never use it on text whose offsets matter."""
    out = _BREAKS.sub("\n", text)
    # "Clear \x1b[2J the screen" reads "Clear the screen", not with the two spaces around the gap
    out = _SURROGATE.sub("\ufffd", _GAP.sub(_one_space, out))
    if not keep_newlines:
        out = out.replace("\n", " ")
    return out


def clean_same_length(text: str) -> str:
    """Replace each control/escape character with a space (a lone surrogate with U+FFFD), keeping
    offsets valid."""
    out = _ESCAPES.sub(lambda m: " " * len(m.group()), text)
    return _SURROGATE.sub("\ufffd", _BREAKS.sub(lambda m: " " * len(m.group()), out))


def is_display_safe(text: str, keep_newlines: bool = True) -> bool:
    """True when ``text`` holds nothing :func:`clean_for_display` would remove or replace (tab
    allowed, newline only with ``keep_newlines``): what tests assert of every shown string."""
    return _UNSAFE_CHAR.search(text.replace("\n", "") if keep_newlines else text) is None


def escape_controls(text: str) -> str:
    """Each control, bidi, line-separator or surrogate character as a visible Python escape
    (``\\x1b``, ``\\u202e``, ``\\udcff``): for naming a file whose name is hostile, so the user can
    still tell which file it is."""
    return _UNSAFE_CHAR.sub(lambda m: ascii(m.group())[1:-1], text)


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def json_text(data: object, indent: int | None = 2) -> str:
    """JSON as readable UTF-8, except that what a terminal would act on is written as a ``\\uXXXX``
    escape: C1 controls (an 8-bit CSI), bidi overrides, line separators and lone surrogates (which
    cannot even be encoded). ``json`` already escapes C0 controls (ESC included). The data a JSON
    reader gets back is the same, character for character."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


def shorten(text: str, width: int) -> str:
    """Cut text to ``width`` characters with an ellipsis, for one-line rows and table cells."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)].rstrip() + "…"
