"""One place where untrusted article text becomes something a widget may show.

Article text is hostile: it may hold Rich/Textual markup (``[@click=app.quit]``) and escape
sequences. Everything shown goes through :func:`plain` (a ``Content`` that is never parsed as
markup) after control sequences are stripped.
"""

from __future__ import annotations

from textual.content import Content

from ..core.text import clean_for_display, clean_same_length, shorten

__all__ = ["plain", "safe", "safe_same_length", "shorten"]


def safe(text: str | None, *, one_line: bool = True) -> str:
    """Text with every control and escape sequence removed (lengths may change)."""
    if not text:
        return ""
    out = clean_for_display(text, keep_newlines=not one_line)
    return out.replace("\t", " ") if one_line else out


def safe_same_length(text: str) -> str:
    """Like :func:`safe` but keeps offsets valid (escapes become spaces), for text with spans."""
    return clean_same_length(text)


def plain(text: str | None, style: str = "", *, one_line: bool = True) -> Content:
    """Untrusted text as literal ``Content``: square brackets stay square brackets."""
    return (
        Content.styled(safe(text, one_line=one_line), style)
        if style
        else Content(safe(text, one_line=one_line))
    )
