"""Article layout: which lines are body text and which are titles, bylines, captions, footers.

Placeholder: every blank-line-separated block is a body paragraph and no metadata is inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import ArticleMeta, Paragraph

_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    meta: ArticleMeta = field(default_factory=ArticleMeta)


def parse_layout(text: str) -> Layout:
    paras = []
    for m in _BLOCK.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            paras.append(Paragraph(len(paras), ((a, b),), "body"))
    return Layout(tuple(paras))
