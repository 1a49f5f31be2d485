"""One screen line of ``Content`` as a ``Strip``, for the line-API widgets.

``Visual.to_strips`` wraps, aligns and handles selections: about half a millisecond a line. Our
lines are already cut to the width, so rendering their segments directly is several times cheaper;
styles (theme variables included) are resolved by the widget exactly as ``to_strips`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.content import Content
    from textual.style import Style
    from textual.widget import Widget


def line_strip(widget: Widget, content: Content, width: int, style: Style) -> Strip:
    """``content`` (one line, no markup ever parsed) on ``style``, padded or cut to ``width``."""
    segments = [
        Segment(text, part.rich_style)
        for text, part in content.render(style, end="", parse_style=widget._get_style)
        if text
    ]
    return Strip(segments).crop_extend(0, width, style.rich_style)
