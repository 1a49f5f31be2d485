"""Word wrapping as character offsets, fast enough to lay out a 10,000-paragraph article at once.

The reader draws only visible lines (line API), but it must know every line's extent up front for
its scroll height. Text made only of single-cell characters (nearly all news text, curly quotes
included) is wrapped by one C-level regex; anything else (CJK, emoji, zero-width and combining
characters) by a per-character loop that counts terminal cells, so no line ever overflows.
"""

from __future__ import annotations

import re
from functools import lru_cache

_not_narrow: re.Pattern[str] | None = None


def _narrow_pattern() -> re.Pattern[str]:
    """Characters that may not be exactly one cell wide (built once from Rich's cell table)."""
    global _not_narrow
    if _not_narrow is None:
        from rich.cells import get_character_cell_size

        ranges: list[tuple[int, int]] = []
        for cp in range(0x20, 0x3000):
            if get_character_cell_size(chr(cp)) == 1:
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
        body = "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
        )
        _not_narrow = re.compile(f"[^{body}]")
    return _not_narrow


@lru_cache(maxsize=16)
def _line_pattern(width: int) -> re.Pattern[str]:
    # The longest run of up to ``width`` characters that ends before a space or the end; a word
    # longer than the line is cut at ``width``.
    return re.compile(rf"[^ ].{{0,{width - 1}}}(?= |$)|[^ ]{{1,{width}}}", re.DOTALL)


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` wrapped at ``width`` cells. Spaces at a break are
    dropped; every other character is in exactly one line, in order. ``text`` must hold no
    newlines or tabs (the reader turns them into spaces, keeping offsets)."""
    width = max(1, width)
    if not text:
        return []
    if text.isascii() or _narrow_pattern().search(text) is None:
        out = []
        for m in _line_pattern(width).finditer(text):
            start, end = m.span()
            while end > start and text[end - 1] == " ":
                end -= 1
            out.append((start, end))
        return out
    return _wrap_cells(text, width)


def _wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    """The slow path: count cells per character (wide characters take two, zero-width none)."""
    from rich.cells import get_character_cell_size

    out: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        if i >= n:
            break
        cells, j, last_space = 0, i, -1
        while j < n:
            w = get_character_cell_size(text[j])
            if cells + w > width:
                break
            if text[j] == " ":
                last_space = j
            cells += w
            j += 1
        if j >= n or text[j] == " ":
            end = j
        elif last_space > i:
            end = last_space
        else:
            end = max(j, i + 1)  # a single character wider than the line still gets one
            while end < n and get_character_cell_size(text[end]) == 0:
                end += 1  # keep combining marks with their base character
        stop = end
        while stop > i and text[stop - 1] == " ":
            stop -= 1
        out.append((i, stop))
        i = end
    return out
