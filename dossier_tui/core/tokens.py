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
    r"|[^\W_]+(?:['’‘\-][^\W_]+)*)"  # (‘ too: "Trump‘s" is typed with the wrong apostrophe)
    r"|(?P<punct>-{2,}|[—–―]|\.{3}|…|\S)"
)

_QUOTE_MARKS = str.maketrans({c: '"' for c in "“”„‟«»‹›〝〞＂"} | {c: "'" for c in "‘’‚‛′`´"})


def unify_marks(text: str) -> str:
    """Quote marks and apostrophes in one form each: what keys compare, and what tells a
    difference of typography alone ("I’m" / "I'm") from one of words."""
    return text.translate(_QUOTE_MARKS)


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


# The same tokens, the word group alone captured: ``findall`` gives each word, and "" for punctuation.
_WORDS_ONLY = re.compile(_TOKEN.pattern.replace("(?P<word>", "(").replace("(?P<punct>", "(?:"))


# What makes most quotes non-ASCII, made ASCII without changing a word or a token boundary: the
# apostrophe inside words ("don’t", whose fold is "don't"), spaces, and marks that are punctuation
# tokens of their own (any other lone punctuation character stands in for them).
_TO_ASCII = str.maketrans(
    {"’": "'", "‘": "'"} | dict.fromkeys("\u00a0\u2009\u202f", " ") | dict.fromkeys("“”«»—–―…", "#")
)


def word_keys(text: str, variants: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The keys of ``text``'s word tokens only: what blocking and identity compare, without the
    cost of building tokens.

    ASCII text (most quotes, once typographic apostrophes, quote marks and dashes are made ASCII)
    is lowercased whole and split in one pass: for ASCII, a word's `fold` is its lowercase (no quote
    mark is ever inside a word token) and lowercasing moves no token boundary. Words go through
    `word_key` one by one only when a name variant is among them."""
    if not text.isascii():
        text = text.translate(_TO_ASCII)
        if not text.isascii():
            return tuple(word_key(w, variants) for w in filter(None, _WORDS_ONLY.findall(text)))
    low = text.lower()
    keys = tuple(filter(None, _WORDS_ONLY.findall(low)))
    if variants and (
        not variants.keys().isdisjoint(keys)
        or ("'s" in low and any(k.endswith("'s") and k[:-2] in variants for k in keys))
    ):
        return tuple(word_key(k, variants) for k in keys)
    return keys
