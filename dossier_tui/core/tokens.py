"""Word-level tokens that keep two forms: the original text (shown) and a normalised key (compared).

The CollateX split: alignment runs on ``key``; every display uses ``text`` and the absolute offsets,
so a difference can always be shown on the article's own characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

# Words keep inner apostrophes and hyphens ("don't", "long-term"), numbers keep separators
# ("200,000", "2.5"), initialisms keep their dots ("U.S."). Dashes and ellipses are one token
# each however they are typed; any other non-space character is a punctuation token of its own.
_TOKEN = re.compile(
    r"(?P<word>(?:[^\W\d_]\.){2,}"  # U.S. / U.N.
    r"|\d+(?:[.,:]\d+)*%?"
    r"|[^\W_]+(?:['’\-][^\W_]+)*)"
    r"|(?P<punct>-{2,}|[—–―]|\.{3}|…|\S)"
)

_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟«»‹›〝〞＂"} | {c: "'" for c in "‘’‚‛′`´"})
_DASHES = {"--", "---", "—", "–", "―", "-"}
_ELLIPSES = {"...", "…"}

TokenKind = Literal["word", "punct"]


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    """The original characters, exactly as in the article."""
    key: str
    """What is compared: casefolded, diacritics stripped, quotes/dashes/ellipses unified, name
    variants mapped to one spelling."""
    start: int
    """Absolute offset in the article's text."""
    end: int
    kind: TokenKind


@lru_cache(maxsize=1 << 17)
def fold(word: str) -> str:
    """Casefold and strip diacritics; apostrophes and quote marks unified (cached: words repeat)."""
    if word.isascii():
        return word.translate(_QUOTE_MARKS).casefold()
    decomposed = unicodedata.normalize("NFKD", word.translate(_QUOTE_MARKS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _punct_key(text: str) -> str:
    if text in _DASHES or set(text) == {"-"}:
        return "-"
    if text in _ELLIPSES:
        return "…"
    return text.translate(_QUOTE_MARKS)


def word_key(text: str, variants: Mapping[str, str] | None = None) -> str:
    """The comparison key of a word; a possessive keeps its ``'s`` around the mapped name."""
    key = fold(text)
    if variants:
        base, tail = (key[:-2], key[-2:]) if key.endswith("'s") else (key, "")
        mapped = variants.get(base)
        if mapped is not None:
            key = mapped + tail
    return key


def tokenize(text: str, offset: int = 0, variants: Mapping[str, str] | None = None) -> list[Token]:
    """Split ``text`` (which starts at ``offset`` in its article) into word and punctuation tokens."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if m.group("word") is not None:
            out.append(Token(m.group(), word_key(m.group(), variants), offset + s, offset + e, "word"))
        else:
            out.append(Token(m.group(), _punct_key(m.group()), offset + s, offset + e, "punct"))
    return out


def word_keys(text: str, variants: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The keys of ``text``'s word tokens only: what blocking and identity compare, without the
    cost of building tokens."""
    return tuple(word_key(w, variants) for w, _p in _TOKEN.findall(text) if w)
