"""Markdown's inline syntax (and stray HTML tags) in clippings, styled rather than removed.

Articles saved as Markdown show ``[AFP](#)`` and ``**Related article:**``. Hiding the syntax would
make the reader's text differ from the source, and every offset (quotes, hits, selections) would
need a map; instead the syntax characters are dimmed and the text they mark is styled, so what is
read is the source, character for character.
"""

from __future__ import annotations

import re

from ..core.metadata import MD_EMPHASIS, MD_STRONG
from .theme import MARKUP_STYLE

_LINK = re.compile(r"(!?\[)([^\[\]\n]{1,300})(\]\([^()\s]{0,2000}\))")
_HEADING = re.compile(r"^(#{1,6} )")
_TAG = re.compile(r"</?[A-Za-z][\w:-]{0,30}(?:\s[^<>\n]{0,500})?/?>")
"""An HTML or XML tag left in a clipping (``<tweet id="…" author="@…">``): dimmed like Markdown."""

Mark = tuple[int, int, str]


def markdown_marks(text: str) -> list[Mark]:
    """(start, end, style) spans for one paragraph's display text: syntax dimmed, marked text styled."""
    marks: list[Mark] = []
    if m := _HEADING.match(text):
        marks.append((0, m.end(1), MARKUP_STYLE))
    for m in _LINK.finditer(text):
        marks.append((m.start(1), m.end(1), MARKUP_STYLE))
        marks.append((m.start(2), m.end(2), "underline"))
        marks.append((m.start(3), m.end(3), MARKUP_STYLE))
    for m in _TAG.finditer(text):
        marks.append((m.start(), m.end(), MARKUP_STYLE))
    for pattern, style in ((MD_STRONG, "bold"), (MD_EMPHASIS, "italic")):
        for m in pattern.finditer(text):
            width = len(m.group(1))
            marks.append((m.start(1), m.end(1), MARKUP_STYLE))
            marks.append((m.start(2), m.end(2), style))
            marks.append((m.end(2), m.end(2) + width, MARKUP_STYLE))
    return marks
