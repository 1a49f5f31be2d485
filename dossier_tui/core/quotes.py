"""Direct quote extraction: pairing quote marks inside body paragraphs (placeholder)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article

_PAIR = re.compile(r"“([^”“\n]+)”|\"([^\"\n]+)\"|«([^»\n]+)»")


@dataclass(frozen=True)
class RawQuote:
    start: int
    end: int
    paragraph: int


def find_quotes(article: Article) -> list[RawQuote]:
    out = []
    for p in article.paragraphs:
        if p.kind != "body":
            continue
        for m in _PAIR.finditer(article.text, p.start, p.end):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            out.append(RawQuote(m.start(g), m.end(g), p.index))
    return out
