"""Direct quote extraction: pairing quote marks inside body paragraphs.

Marks are classified by glyph *and* context (what stands on each side), and paired with a small
state machine per paragraph, so apostrophes (don't, Zelenskyy's, '90s) never open a quote and an
unmatched mark closes at its paragraph's end instead of swallowing the rest of the article. A
paragraph that opens a quote without closing it continues into the next paragraph when that one
reopens it (newspaper convention), giving one quote whose span covers both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, Paragraph

# Double marks. “ ” „ ‟ « » and the straight ". Single marks are handled apart (apostrophes).
_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‛‹"
_SINGLE_CLOSE = "’›"
_MARKS = frozenset(_DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + "\"'")

# What may stand right before an opening mark / right after a closing mark.
_OPEN_BEFORE = set(" \t\n\r([{—–-/:;,\u00a0\u2009\u202f") | {""}
_CLOSE_AFTER = set(" \t\n\r)]}—–-/:;,.?!…\u00a0\u2009\u202f") | {""}
_MAX_QUOTE = 20_000
"""Longest quote accepted, in characters; bounds the work per article on hostile input."""


@dataclass(frozen=True)
class RawQuote:
    start: int
    """Offset just after the opening mark."""
    end: int
    """Offset of the closing mark (or the paragraph end when it never closed)."""
    paragraph: int
    closed: bool = True
    """False when no closing mark was found and the quote stops at its paragraph's end."""
    single: bool = False
    """True for a top-level quote in single marks (‘…’), mostly headlines and UK style."""
    outer_start: int = -1
    """Offset of the opening mark (its first character when the mark is two characters long)."""
    outer_end: int = -1
    """Offset just after the closing mark (``end`` when the quote never closed)."""


def _ctx(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    before = text[i - 1] if i > lo else ""
    after = text[i + 1] if i + 1 < hi else ""
    return before, after


def _can_open(ch: str, before: str, after: str) -> bool:
    if after == "" or after.isspace():
        return False
    if ch in _DOUBLE_OPEN or ch in _SINGLE_OPEN:
        return True
    # straight mark, or a closing glyph misused as an opener
    return before in _OPEN_BEFORE or before in _DOUBLE_OPEN + _SINGLE_OPEN + "\"'"


def _can_close(ch: str, before: str, after: str) -> bool:
    if before == "" or before.isspace():
        return ch in _DOUBLE_CLOSE and not (after and after.isalnum())
    if ch in _DOUBLE_CLOSE or ch in _SINGLE_CLOSE:
        return True
    return after in _CLOSE_AFTER or after in _DOUBLE_CLOSE + _SINGLE_CLOSE + "\"'" or not after.isalnum()


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """An apostrophe inside or at the edge of a word: don't, Zelenskyy's, '90s, leaders'."""
    before, after = _ctx(text, i, lo, hi)
    if before.isalnum() and after.isalnum():
        return True  # don't, O'Malley
    if after.isdigit() and (before == "" or not before.isalnum()):
        return True  # '90s
    return before in "sS" and (after == "" or after.isspace() or after in ",.;:")  # leaders'


_DOUBLE_PLAIN = r"''(?!')|``|[\"“”„‟«»]"
"""What a double mark is (the readable form; tests/test_fast_scans.py checks the scan below)."""
_DOUBLE_RE = re.compile(r"[\"“”„‟«»'`](?:(?<=')'(?!')|(?<=`)`|(?<=[\"“”„‟«»]))")
"""``_DOUBLE_PLAIN``'s matches, found twice as fast: a pattern that opens on one character class
lets the regex engine skip to the marks (an alternation is tried at every position)."""
_SINGLE_RE = re.compile(r"['‘’‚‛‹›]")


def _double_marks(text: str, lo: int, hi: int) -> list[tuple[int, int, bool, bool]]:
    """Double marks in ``text[lo:hi]`` as (position, length, can_open, can_close). Two straight
    apostrophes ('') and two backticks (``) are typewriter double marks, common in archive text."""
    out = []
    for m in _DOUBLE_RE.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if m.end() - i == 2:
            if ch == "`":
                out.append((i, 2, True, False))
                continue
            before = text[i - 1] if i > lo else ""
            after = text[i + 2] if i + 2 < hi else ""
            if before == "'":
                run = i - 1  # three apostrophes (more: a rule or an artefact, not marks)
                if run > lo and text[run - 1] == "'":
                    continue
                # A nested quote at a typewriter quote's edge (NYT archive): after a word or a
                # comma the single closes, then the double; at a word's start the double opens.
                prev = text[run - 1] if run > lo else ""
                if prev and not prev.isspace():
                    out.append((i, 2, False, _can_close('"', prev, after)))
                else:
                    out.append((run, 2, _can_open('"', prev, "'"), False))
                continue
            out.append((i, 2, _can_open('"', before, after), _can_close('"', before, after)))
            continue
        if ch == '"' and i - 2 >= lo and text[i - 1] == " " and text[i - 2] in "'’":
            # `"… it is important,' " Magel said`: the space only parts two closing marks
            out.append((i, 1, False, True))
            continue
        before, after = _ctx(text, i, lo, hi)
        if after == " " and before in _OPEN_BEFORE and text.startswith(_ELLIPSES, i + 2):
            # `” … they are so not like him,” she said`: a quote that opens on an ellipsis, its
            # mark parted from the words (whatever its glyph)
            out.append((i, 1, True, False))
            continue
        out.append((i, 1, _can_open(ch, before, after), _can_close(ch, before, after)))
    return out


_ELLIPSES = ("…", "...", ". . .")


def _pair_doubles(text: str, para: Paragraph) -> tuple[list[tuple[int, int]], int | None]:
    """Pair double marks in one paragraph; return closed pairs as (content start, content end) and
    the content start of a quote left open at the paragraph's end (or None)."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None  # content start of the open quote
    for seg_a, seg_b in para.segments:
        for i, n, can_open, can_close in _double_marks(text, seg_a, seg_b):
            ch = text[i]
            if open_at is None:
                if can_open and (ch not in _DOUBLE_CLOSE or not can_close):
                    open_at = i + n
            elif can_close and (not can_open or ch in _DOUBLE_CLOSE or ch in "\"'"):
                if i > open_at and i - open_at < _MAX_QUOTE:
                    pairs.append((open_at, i))
                open_at = None
            elif can_open and ch in _DOUBLE_OPEN + "`":
                open_at = i + n  # the earlier opener was stray: restart here
    return pairs, open_at


def _single_quotes(text: str, para: Paragraph, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Top-level quotes in single marks (not inside a double quote), apostrophes excluded."""
    out: list[tuple[int, int]] = []
    inside = sorted(taken)
    for seg_a, seg_b in para.segments:
        open_at: int | None = None
        for m in _SINGLE_RE.finditer(text, seg_a, seg_b):
            i = m.start()
            ch = text[i]
            # Each test below only skips the mark, so their order is free: the commonest first.
            if seg_a < i < seg_b - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue  # an apostrophe inside a word (don't, O'Malley): most single marks
            if ch == "'" and ((i + 1 < seg_b and text[i + 1] == "'") or (i > seg_a and text[i - 1] == "'")):
                continue  # a typewriter double mark
            if any(a <= i <= b for a, b in inside):
                continue
            if _is_apostrophe(text, i, seg_a, seg_b):
                continue
            before, after = _ctx(text, i, seg_a, seg_b)
            if open_at is None:
                if ch not in _SINGLE_CLOSE and _can_open(ch, before, after) and before in _OPEN_BEFORE:
                    open_at = i
            elif _can_close(ch, before, after) and ch not in _SINGLE_OPEN:
                if i - open_at > 1 and i - open_at <= 600:
                    out.append((open_at, i))
                open_at = None
    return out


def _starts_with_open(text: str, para: Paragraph) -> int | None:
    """Content start of a quote that opens the paragraph, if one does."""
    marks = _double_marks(text, para.start, min(para.end, para.start + 3))
    if marks and marks[0][0] == para.start and marks[0][2]:
        return para.start + marks[0][1]
    return None


def find_quotes(article: Article) -> list[RawQuote]:
    """Every direct quote in the article's body paragraphs, in document order."""
    text = article.text
    body = [p for p in article.paragraphs if p.kind == "body"]
    out: list[tuple[int, int, int, bool, bool]] = []
    carry: tuple[int, int] | None = None  # (open offset, paragraph index) of a quote running on
    for n, para in enumerate(body):
        pairs, left_open = _pair_doubles(text, para)
        if carry is not None:
            reopen = _starts_with_open(text, para)
            if reopen is not None and pairs and pairs[0][0] == reopen:
                # The paragraph reopens the running quote and its first pair closes it.
                out.append((carry[0], pairs[0][1], carry[1], True, False))
                pairs, carry = pairs[1:], None
            elif reopen is not None and not pairs and left_open == reopen:
                left_open = None  # reopened and still running: carry on to the next paragraph
            else:
                out.append((carry[0], body[n - 1].end, carry[1], False, False))
                carry = None
        for a, b in pairs:
            out.append((a, b, para.index, True, False))
        if (
            carry is not None
            and left_open is None
            and (n + 1 == len(body) or _starts_with_open(text, body[n + 1]) is None)
        ):
            out.append((carry[0], para.end, carry[1], False, False))
            carry = None
        if left_open is not None and carry is None:
            nxt = body[n + 1] if n + 1 < len(body) else None
            if nxt is not None and _starts_with_open(text, nxt) is not None:
                carry = (left_open, para.index)
            elif para.end > left_open:
                out.append((left_open, para.end, para.index, False, False))
        for a, b in _single_quotes(text, para, [(a - 2, b + 2) for a, b in pairs]):
            out.append((a + 1, b, para.index, True, True))
    if carry is not None and body:
        out.append((carry[0], body[-1].end, carry[1], False, False))
    # (start, end, paragraph, closed, single) until here: each RawQuote is made once, with its bounds
    quotes = [_with_bounds(text, *q) for q in out if q[1] > q[0] and text[q[0] : q[1]].strip()]
    quotes.sort(key=lambda q: q.start)
    return _outermost(quotes)


def _outermost(quotes: list[RawQuote]) -> list[RawQuote]:
    """Drop a quote that starts inside the one before it (a single-quoted quote inside a double
    one left open, marks nested deeper than two): quotes never overlap."""
    kept: list[RawQuote] = []
    for q in quotes:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


_MARK_CHARS = frozenset("\"'`“”„‟«»‘’‚‛‹›")


def _with_bounds(text: str, start: int, end: int, paragraph: int, closed: bool, single: bool) -> RawQuote:
    lo = start
    while lo > 0 and start - lo < 2 and text[lo - 1] in _MARK_CHARS:
        lo -= 1
    hi = end
    if closed:
        while hi < len(text) and hi - end < 2 and text[hi] in _MARK_CHARS:
            hi += 1
            if text[hi - 1] not in "'`":
                break
    return RawQuote(start, end, paragraph, closed, single, lo, hi)
