"""Fuzzy search across a dossier: quotes, body paragraphs, titles and speaker names.

The index keeps, per document, a normalised copy of its text (diacritics folded, typographic quotes,
dashes and spaces unified, lowercased) built by a strictly one-character-for-one-character mapping,
so every offset in the normalised text is the same offset in the original: the offset map back to
the original is the identity, by construction, and spans need no translation. Characters whose fold
would take several characters (``ß``, ``æ``, ligatures) are kept as they are.

Candidates come from an inverted index of words (postings sorted by document id), reached through
the vocabulary: exact word, word prefix, substring, fuzzy subsequence, then typo (rapidfuzz on the
vocabulary, bounded). Documents are numbered quotes first, then speakers, titles, paragraphs, shorter
first, so walking postings in id order visits the best tie-breaks first and can stop as soon as
``limit`` hits are found: only candidates are ever verified and scored, never the whole corpus.

Ranking, best first: the whole query as one contiguous phrase; then every term as a whole word;
as a word prefix; as a substring; fuzzy (characters in order within a word; only while fewer than
``FUZZY_FILL`` exact hits were found); with a typo (only when nothing else matched). Within a level,
an fzf-like score (bonuses for word starts and consecutive runs, penalties for gaps), then quotes
before other kinds, shorter first. A query that is an exact substring of a quote always gets such a
quote as its first hit.

Departures from fzf, on purpose: a fuzzy term matches within one whitespace-delimited token (on
a long paragraph, characters scattered over whole sentences would match almost anything);
``^``/``$`` ignore leading quote marks and trailing punctuation unless the term itself has them.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process

from .cache import dossier_result
from .fzf_query import Query, Term, parse
from .gc_pause import collector_paused
from .single_flight import shared_build

if TYPE_CHECKING:  # pragma: no cover
    from .model import Dossier

HitKind = Literal["quote", "paragraph", "title", "speaker"]
KIND_ORDER: tuple[HitKind, ...] = ("quote", "speaker", "title", "paragraph")


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    text: str
    """The whole quote, paragraph, title or speaker name that matched."""
    spans: tuple[tuple[int, int], ...]
    """Matched character ranges, relative to ``text``."""
    score: float
    """Higher is better; hits come back in descending score order."""
    article: str | None
    quote: str | None
    speaker: str | None
    paragraph: int | None
    start: int | None
    """Offset of ``text`` in the article text (paragraph hits: ``paragraph.start``)."""


# --- normalisation ---------------------------------------------------------------------------

_PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2039": "'",
    "\u203a": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2212": "-",
    "\u2026": ".",
    "\u2022": "*",
    "\u00b7": ".",
}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_SPACES = "\n\t\r\x0b\x0c"
# A word is a run of ASCII letters, digits and underscores, or of any non-ASCII characters (after
# folding, those are nearly all letters); the same definition everywhere: tokeniser, query pieces,
# word-boundary tests and scoring.
_W = "0-9A-Za-z_\x80-\U0010ffff"
_WORD = re.compile(f"[{_W}]+")
_NOT_WORD_BYTES = bytes(c if (chr(c).isalnum() or c == 95 or c >= 128) else 32 for c in range(256))
# Per-query regexes use \w (compiling a wide character class costs milliseconds); it differs from
# _W only for non-ASCII symbols, which then match one tier later, never not at all.
_BEFORE_WORD = r"(?<!\w)"
_AFTER_WORD = r"(?!\w)"
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@cache
def _fold_char(c: str, lower: bool) -> str:
    """Always exactly one character, so offsets survive folding."""
    r = _PUNCT.get(c)
    if r is None:
        cat = unicodedata.category(c)
        if cat == "Pd":
            r = "-"
        elif cat[0] == "Z" or cat == "Cc":
            r = " "
        else:
            base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
            r = base if len(base) == 1 else c
    if lower:
        low = r.lower()
        if len(low) == 1:
            r = low
    return r


def _sub_lower(m: re.Match[str]) -> str:
    return _fold_char(m.group(), True)


def _sub_keep(m: re.Match[str]) -> str:
    return _fold_char(m.group(), False)


def fold(text: str, lower: bool = True) -> str:
    """The search form of ``text``: same length, same offsets, diacritics and punctuation unified."""
    if not text.isascii():
        text = _NON_ASCII.sub(_sub_lower if lower else _sub_keep, text)
    for c in _ASCII_SPACES:
        if c in text:
            text = text.replace(c, " ")
    if lower:
        low = text.lower()
        if len(low) != len(text):  # a character whose lowercase is longer (İ): fold one by one
            low = "".join(c.lower() if c.isascii() else _fold_char(c, True) for c in text)
        text = low
    return text


def words_of(folded: str) -> list[str]:
    """The words of a folded text, in order (bytes translate + split: several times faster than a
    regex over the whole corpus)."""
    raw = folded.encode("utf-8", "surrogatepass").translate(_NOT_WORD_BYTES)
    return raw.decode("utf-8", "surrogatepass").split()


def fold_query(text: str, lower: bool = True) -> str:
    """Queries may change length: decomposed accents are dropped before folding."""
    return fold(_COMBINING.sub("", unicodedata.normalize("NFC", text)), lower)


# --- scoring (fzf-like) ----------------------------------------------------------------------

SCORE_MATCH = 16
BONUS_BOUNDARY = 8
BONUS_CONSECUTIVE = 4
BONUS_WORD_END = 8
PENALTY_GAP_START = 3
PENALTY_GAP_EXTENSION = 1
LEVEL_WEIGHT = 100_000.0
SPEAKER_MATCHES = 50
"""``@name``: how many speaker names a name term may match (a fuzzy "a" matches many)."""
FILTERED_POOL = 1000
"""``@name words``: hits searched before keeping the named speakers' quotes."""
VARIANT_PENALTY = 10_000
"""Below any difference of fzf scores, above none of the levels: a spelling the user did not type
(another outlet's) ranks after the typed one at the same level, never below a worse level."""


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_" or c >= "\x80"


def _score_positions(text: str, positions: list[int]) -> int:
    score = 0
    prev = -2
    for k, p in enumerate(positions):
        bonus = BONUS_BOUNDARY if p == 0 or not _is_word(text[p - 1]) else 0
        s = SCORE_MATCH
        if k == 0:
            s += 2 * bonus
        elif p == prev + 1:
            s += max(bonus, BONUS_CONSECUTIVE)
        else:
            s += bonus - PENALTY_GAP_START - PENALTY_GAP_EXTENSION * (p - prev - 2)
        score += s
        prev = p
    last = positions[-1] + 1
    if last == len(text) or not _is_word(text[last]):
        score += BONUS_WORD_END
    return score


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in positions:
        if out and out[-1][1] == p:
            out[-1] = (out[-1][0], p + 1)
        else:
            out.append((p, p + 1))
    return out


def _merge_spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


_EDGE_STRIP = " \"'([{<*-"
_TAIL_STRIP = " \"')]}>*.,;:!?-"


# --- vocabulary ------------------------------------------------------------------------------

MAX_FUZZY_WORDS = 300
FUZZY_FILL = 10
"""Fuzzy matches are looked for only when the exact levels found fewer hits than this."""
INTERSECT_FROM = 200
INTERSECT_RATIO = 20
UNKNOWN_SIZE = 1 << 60
"""Size given to candidate sets too costly to look up (short pieces as prefixes or substrings)."""
MAX_TYPO_WORDS = 20


class _Vocab:
    """Every distinct normalised word, with its postings (sorted document ids)."""

    def __init__(self, postings: dict[str, list[int]]):
        self.postings = postings
        self.words = sorted(postings)
        self.blob = "\n".join(self.words)
        self.starts = list(accumulate((len(w) + 1 for w in self.words[:-1]), initial=0))

    def exact(self, w: str) -> list[str]:
        return [w] if w in self.postings else []

    def prefixed(self, w: str) -> list[str]:
        lo = bisect_left(self.words, w)
        hi = bisect_left(self.words, w + "\U0010ffff", lo)
        return self.words[lo:hi]

    def _word_at(self, offset: int) -> str:
        return self.words[bisect_right(self.starts, offset) - 1]

    def containing(self, w: str) -> list[str]:
        if self.blob.count(w) > 1000:
            # Common: one regex over the newline-joined vocabulary returns whole words.
            return re.findall("(?m)^[^\n]*" + re.escape(w) + "[^\n]*$", self.blob)
        found: dict[str, None] = {}
        i = self.blob.find(w)
        while i != -1:  # rare: a few literal finds (memchr speed), each mapped to its word
            found[self._word_at(i)] = None
            i = self.blob.find(w, i + 1)
        return list(found)

    def fuzzy(self, w: str) -> list[str]:
        """Words holding ``w``'s characters in order, tightest first (bounded)."""
        if len(w) < 3:
            return []  # two characters in order: nearly every word, and no better than a substring
        rx = re.compile("[^\n]*?".join(re.escape(c) for c in w))
        found: dict[str, int] = {}
        for m in rx.finditer(self.blob):
            word = self._word_at(m.start())
            gap = m.end() - m.start() - len(w)
            if gap < found.get(word, 1 << 30):
                found[word] = gap
        return sorted(found, key=lambda x: (found[x], len(x)))[:MAX_FUZZY_WORDS]

    def typos(self, w: str) -> dict[str, float]:
        """Words within a small edit distance of ``w``, with their similarity (0-100)."""
        if len(w) < 4:
            return {}
        cutoff = 80 if len(w) < 7 else 75
        found = process.extract(w, self.words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=MAX_TYPO_WORDS)
        return {word: score for word, score, _i in found}

    def size(self, words: Iterable[str]) -> int:
        return sum(len(self.postings[w]) for w in words)


# --- one query term against the index --------------------------------------------------------

TIER_WORD, TIER_PREFIX, TIER_SUBSTRING, TIER_FUZZY, TIER_TYPO = range(5)


def _intersect(sized: list[tuple[int, Callable[[], list[list[int]] | None]]]) -> list[list[int]] | None:
    """Posting lists of documents in every one of several unions, given as (size, lists): start
    from the smallest and intersect while the next one is not much bigger (checking a candidate's
    text is cheaper than building a set of a huge union)."""
    usable = sorted(sized, key=lambda x: x[0])
    if not usable:
        return None
    size0, lists0 = usable[0][0], usable[0][1]()
    if lists0 is None or len(usable) == 1 or size0 <= INTERSECT_FROM or size0 >= UNKNOWN_SIZE:
        return lists0
    cand = set().union(*lists0)
    for size, lists in usable[1:]:
        if size > INTERSECT_RATIO * len(cand):
            break
        cand = cand.intersection(chain.from_iterable(lists() or ()))
    return [sorted(cand)]


class _Lexicon:
    """Every word's postings, and each document's first and (reversed) last word's, for anchors."""

    def __init__(self, words: _Vocab, first: _Vocab, last: _Vocab):
        self.words = words
        self.first = first
        self.last = last


class _TermMatcher:
    """Candidate postings of one term at each tier, and the exact test and score on a document."""

    def __init__(self, lex: _Lexicon, term: Term, case_sensitive: bool):
        self.lex = lex
        self.term = term
        self.key = fold_query(term.text, lower=True)
        self.s = fold_query(term.text, lower=not case_sensitive)
        pieces = [(m.start(), m.end()) for m in _WORD.finditer(self.key)]
        self.pieces = pieces
        self.simple = len(pieces) == 1 and pieces[0] == (0, len(self.key))
        if term.mode == "fuzzy" and self.simple:
            self.max_tier = TIER_TYPO
        elif term.mode == "word":
            self.max_tier = TIER_WORD
        else:
            self.max_tier = TIER_SUBSTRING
        esc = re.escape(self.s)
        self._rx_word = re.compile(_BEFORE_WORD + esc + _AFTER_WORD)
        self._rx_prefix = re.compile(_BEFORE_WORD + esc)
        self._rx_fuzzy = (
            re.compile(
                "".join(f"({re.escape(c)})" + r"\S*?" for c in self.s[:-1]) + f"({re.escape(self.s[-1])})"
            )
            if len(self.s) > 1
            else None
        )
        self._rx_lower: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._rx_fuzzy_lower = (
            re.compile(r"\S*?".join(re.escape(c) for c in self.key)) if len(self.key) > 1 else None
        )
        self._tier_words: dict[int, list[str]] = {}
        self._lists: dict[int, list[list[int]]] = {}
        self._rx_typo: re.Pattern[str] | None = None
        self._typo_scores: dict[str, float] = {}
        self.relaxes = term.mode in ("fuzzy", "exact") and not term.inverse
        """Whether a later tier can accept what an earlier one refused."""

    # candidates -------------------------------------------------------------------------------
    def _words(self, tier: int) -> list[str]:
        """Vocabulary words new at ``tier`` (simple keys only)."""
        if tier not in self._tier_words:
            v, k = self.lex.words, self.key
            seen = {w for t in range(tier) for w in self._words(t)}
            if tier == TIER_WORD:
                words = v.exact(k)
            elif tier == TIER_PREFIX:
                words = v.prefixed(k)
            elif tier == TIER_SUBSTRING:
                words = v.containing(k)
            elif tier == TIER_FUZZY:
                words = v.fuzzy(k)
            else:
                self._typo_scores = v.typos(k)
                words = list(self._typo_scores)
                if words:
                    self._rx_typo = re.compile(
                        _BEFORE_WORD + "(?:" + "|".join(re.escape(w) for w in words) + ")" + _AFTER_WORD
                    )
            self._tier_words[tier] = [w for w in words if w not in seen]
        return self._tier_words[tier]

    def lists(self, tier: int) -> list[list[int]] | None:
        """Sorted postings whose union holds every document this term can match at ``tier`` or
        better; None means "any document" (a term with no word characters)."""
        anchored = self.term.mode in ("prefix", "suffix", "equal")
        tier = min(tier, self.max_tier) if self.simple and not anchored else 0
        if tier in self._lists:
            return self._lists[tier]
        v = self.lex.words
        out: list[list[int]] | None
        if not self.pieces:
            out = None
        elif anchored:
            out = self._edge_lists()
        elif self.simple:
            out = [v.postings[w] for t in range(tier + 1) for w in self._words(t)]
        else:
            out = self._phrase_lists()
        self._lists[tier] = out
        return out

    def _edge_lists(self) -> list[list[int]]:
        """Anchored terms: candidates from the index of each document's first (or last) word."""
        key = self.key
        if self.term.mode == "suffix":
            a, b = self.pieces[-1]
            last = self.lex.last
            rev = key[a:b][::-1]
            words = last.exact(rev) if a > 0 else last.prefixed(rev)
            return [last.postings[w] for w in words]
        a, b = self.pieces[0]
        first = self.lex.first
        words = first.exact(key[a:b]) if b < len(key) else first.prefixed(key[a:b])
        return [first.postings[w] for w in words]

    def _phrase_lists(self) -> list[list[int]]:
        """Several words (or a word with punctuation): intersect the pieces' postings, rarest
        first, while that still narrows things cheaply; the exact test does the rest."""
        v = self.lex.words
        n = len(self.key)
        options = []
        for i, (a, b) in enumerate(self.pieces):
            open_left = a == 0 and i == 0
            open_right = b == n and i == len(self.pieces) - 1
            how = 2 if open_left else 1 if open_right else 0
            options.append((how, -(b - a), self.key[a:b]))
        options.sort()
        sized: list[tuple[int, list[list[int]]]] = []
        for how, _neg_len, p in options:
            if sized and how == 2 and len(p) < 3:
                continue  # a short substring is costly to look up and narrows nothing
            words = (v.exact, v.prefixed, v.containing)[how](p)
            sized.append((v.size(words), [v.postings[w] for w in words]))
        return _intersect([(size, lambda lists=lists: lists) for size, lists in sized])

    def size(self, tier: int) -> int:
        if self.simple and len(self.key) < 3 and min(tier, self.max_tier) > TIER_WORD:
            return UNKNOWN_SIZE  # every word holds "a" or "th": never worth listing
        lists = self.lists(tier)
        return UNKNOWN_SIZE if lists is None else sum(map(len, lists))

    # exact test and score ----------------------------------------------------------------------
    def _anchored(self, text: str, s: str | None = None) -> tuple[int, int] | None:
        s = self.s if s is None else s
        mode = self.term.mode
        if mode in ("prefix", "equal"):
            a = len(text) - len(text.lstrip(_EDGE_STRIP)) if s[0] not in _EDGE_STRIP else 0
        if mode in ("suffix", "equal"):
            b = len(text.rstrip(_TAIL_STRIP)) if s[-1] not in _TAIL_STRIP else len(text)
        if mode == "prefix":
            return (a, a + len(s)) if text.startswith(s, a) else None
        if mode == "suffix":
            return (b - len(s), b) if b >= len(s) and text.endswith(s, 0, b) else None
        return (a, b) if text[a:b] == s else None

    def test(self, lower: str, tier: int) -> bool:
        """A cheap necessary condition on the lowercase text (no score, no spans): most candidates
        are refused here. Inverse terms are left to :meth:`match` (case matters to them)."""
        if self.term.inverse:
            return True
        tier = min(tier, self.max_tier)
        k = self.key
        if self.term.mode in ("prefix", "suffix", "equal"):
            return self._anchored(lower, k) is not None
        if k in lower:
            if tier >= TIER_SUBSTRING:
                return True
            if self._rx_lower is None:
                esc = re.escape(k)
                self._rx_lower = (
                    re.compile(_BEFORE_WORD + esc + _AFTER_WORD),
                    re.compile(_BEFORE_WORD + esc),
                )
            return self._rx_lower[tier].search(lower) is not None
        if tier >= TIER_FUZZY and self._rx_fuzzy_lower is not None and self._rx_fuzzy_lower.search(lower):
            return True
        if tier >= TIER_TYPO:
            self._words(TIER_TYPO)
            return self._rx_typo is not None and self._rx_typo.search(lower) is not None
        return False

    def match(self, text: str, lower: str, tier: int) -> tuple[int, int, list[tuple[int, int]]] | None:
        """(tier reached, score, spans) of the best match at ``tier`` or better, or None."""
        tier = min(tier, self.max_tier)
        if self.term.mode in ("prefix", "suffix", "equal"):
            span = self._anchored(text)
            if span is None:
                return None
            positions = list(range(*span))
            return TIER_SUBSTRING, _score_positions(text, positions), [span]
        s = self.s
        if s in text:
            for t, rx in ((TIER_WORD, self._rx_word), (TIER_PREFIX, self._rx_prefix), (TIER_SUBSTRING, None)):
                if t > tier:
                    return None
                found = self._best_occurrence(text, rx)
                if found is not None:
                    return t, found[0], found[1]
            return None
        if tier >= TIER_FUZZY and self._rx_fuzzy is not None:
            top: tuple[int, list[int]] | None = None
            for n, m in enumerate(self._rx_fuzzy.finditer(text)):
                positions = self._tighten(text, [m.start(g) for g in range(1, len(s) + 1)])
                sc = _score_positions(text, positions)
                if top is None or sc > top[0]:
                    top = (sc, positions)
                if n >= 8:
                    break
            if top is not None:
                return TIER_FUZZY, top[0], _runs(top[1])
        if tier >= TIER_TYPO:
            self._words(TIER_TYPO)
            if self._rx_typo is not None:
                m = self._rx_typo.search(lower)
                if m:
                    similarity = self._typo_scores.get(m.group(), 0.0)
                    return TIER_TYPO, int(SCORE_MATCH * len(s) * similarity / 100), [m.span()]
        return None

    def _best_occurrence(
        self, text: str, rx: re.Pattern[str] | None
    ) -> tuple[int, list[tuple[int, int]]] | None:
        """The best-scoring of the first few occurrences (plain substring when ``rx`` is None)."""
        n = len(self.s)
        if rx is None:
            starts = []
            i = text.find(self.s)
            while i != -1 and len(starts) < 8:
                starts.append(i)
                i = text.find(self.s, i + 1)
        else:
            starts = [m.start() for _, m in zip(range(8), rx.finditer(text), strict=False)]
        best: tuple[int, list[tuple[int, int]]] | None = None
        for a in starts:
            sc = _score_positions(text, list(range(a, a + n)))
            if best is None or sc > best[0]:
                best = (sc, [(a, a + n)])
        return best

    def _tighten(self, text: str, positions: list[int]) -> list[int]:
        """fzf v1's backward pass: the latest start that still ends at the same place."""
        s = self.s
        out = [positions[-1]]
        p = positions[-1]
        for c in reversed(s[:-1]):
            p = text.rfind(c, positions[0], p)
            out.append(p)
        out.reverse()
        return out


# --- query groups ----------------------------------------------------------------------------


class _Group:
    """An OR of terms; the query is an AND of groups."""

    def __init__(self, lex: _Lexicon, terms: Iterable[Term], case_sensitive: bool):
        self.terms = [_TermMatcher(lex, t, case_sensitive) for t in terms]
        self.indexable = all(not m.term.inverse for m in self.terms)

    def lists(self, tier: int) -> list[list[int]] | None:
        out: list[list[int]] = []
        for m in self.terms:
            lists = m.lists(tier)
            if lists is None:
                return None
            out.extend(lists)
        return out

    def size(self, tier: int) -> int:
        return sum(m.size(tier) for m in self.terms)

    def relaxes_at(self, tier: int) -> bool:
        return any(m.relaxes and 0 < tier <= m.max_tier for m in self.terms)

    def test(self, lower: str, tier: int) -> bool:
        return any(m.test(lower, tier) for m in self.terms)

    def match(self, text: str, lower: str, tier: int) -> tuple[int, list[tuple[int, int]]] | None:
        best: tuple[int, list[tuple[int, int]]] | None = None
        for m in self.terms:
            if m.term.inverse:
                if m.match(text, lower, TIER_SUBSTRING) is None:
                    return best or (0, [])
                continue
            found = m.match(text, lower, tier)
            if found is None:
                continue
            score = found[1] - VARIANT_PENALTY if m.term.variant else found[1]
            if best is None or score > best[0]:
                best = (score, found[2])
        return best


def _stream(lists: list[list[int]] | None, n_docs: int, within: range | None = None) -> Iterator[int]:
    """Document ids in ascending order, each once; only those in ``within`` when it is given."""
    if lists is None:
        yield from within if within is not None else range(n_docs)
        return
    if within is not None:
        lo, hi = within.start, within.stop
        lists = [x[bisect_left(x, lo) : bisect_left(x, hi)] for x in lists]
    lists = [x for x in lists if x]
    if len(lists) == 1:
        yield from lists[0]
        return
    prev = -1
    for i in heapq.merge(*lists):
        if i != prev:
            yield i
            prev = i


# --- the index -------------------------------------------------------------------------------

PHRASE = -1


class _Docs:
    """One kind's documents as they are made: lengths, normalised texts and references, side by
    side (no tuple per document, no key function to call per document when sorting)."""

    __slots__ = ("lengths", "norms", "refs")

    def __init__(self) -> None:
        self.lengths: list[int] = []
        self.norms: list[str] = []
        self.refs: list[tuple] = []

    def __len__(self) -> int:
        return len(self.lengths)

    def add(self, length: int, norm: str, ref: tuple) -> None:
        self.lengths.append(length)
        self.norms.append(norm)
        self.refs.append(ref)

    def appends(self) -> tuple[Callable[[int], None], Callable[[str], None], Callable[[tuple], None]]:
        return self.lengths.append, self.norms.append, self.refs.append

    def sorted_into(self, norms: list[str], refs: list[tuple]) -> None:
        """Appended shortest first; equal lengths in the order made (a stable sort)."""
        order = sorted(range(len(self.lengths)), key=self.lengths.__getitem__)
        norms.extend(map(self.norms.__getitem__, order))
        refs.extend(map(self.refs.__getitem__, order))


_START_BITS = 40
"""A quote's start fits in this many bits (a terabyte of text): ``_by_speaker``'s sort key."""


class SearchIndex:
    """Documents numbered by (kind, length), their normalised text, and word postings."""

    def __init__(self, dossier: Dossier):
        self.dossier = dossier
        kinds = {k: _Docs() for k in KIND_ORDER}
        quote_docs, title_docs, paragraph_docs = kinds["quote"], kinds["title"], kinds["paragraph"]
        # (bound appends, not a method call per document: 264,000 documents at ×10)
        q_len, q_norm, q_ref = quote_docs.appends()
        p_len, p_norm, p_ref = paragraph_docs.appends()
        folded: dict[str, str] = {}  # article text -> its fold (wire copy: one text, many articles)
        for art in dossier.articles:
            norm = folded.get(art.text)
            if norm is None:
                norm = folded[art.text] = fold(art.text)
            for q in dossier.quotes_in(art.id):
                q_len(q.end - q.start)
                q_norm(norm[q.start : q.end])
                q_ref(("quote", art, q))
            for p in art.paragraphs:
                if p.kind == "body":
                    seg = p.segments
                    # (most paragraphs are one segment: a slice, no join)
                    text = (
                        norm[seg[0][0] : seg[0][1]] if len(seg) == 1 else " ".join(norm[a:b] for a, b in seg)
                    )
                    p_len(len(text))
                    p_norm(text)
                    p_ref(("paragraph", art, p))
            title = art.meta.value("title")
            if title is None:
                heads = [p for p in art.paragraphs if p.kind == "title"]
                if heads:
                    title = heads[0].text(art.text)
            if title:
                start = art.text.find(title)
                title_docs.add(len(title), fold(title), ("title", art, title, None if start < 0 else start))
        for sp in dossier.speakers:
            for variant in dict.fromkeys((sp.name, *sp.variants)):
                if variant:
                    kinds["speaker"].add(len(variant), fold(variant), ("speaker", sp, variant))
        # Numbered by kind (KIND_ORDER), then by length, then in the order made: each kind's
        # documents sorted apart by a C-level key, then put one after the other.
        self.norms: list[str] = []
        self.refs: list[tuple] = []
        for docs in kinds.values():
            docs.sorted_into(self.norms, self.refs)
        self.n_quotes = len(quote_docs)
        """Quotes come first: documents ``0 .. n_quotes - 1``."""
        self.speaker_docs = range(self.n_quotes, self.n_quotes + len(kinds["speaker"]))
        """Speakers' names come next."""
        self._speaker_lists: dict[str, list[int]] | None = None
        self._in_order: list[int] = []
        self.lex = dossier_result(
            "search",
            dossier.fingerprint,
            lambda: _lexicon(self.norms),
            _postings,
            lambda e: _from_postings(e, len(self.norms)),
        )

    def __len__(self) -> int:
        return len(self.norms)

    def original(self, i: int) -> str:
        ref = self.refs[i]
        kind = ref[0]
        if kind == "quote":
            return ref[2].text
        if kind == "paragraph":
            return ref[2].text(ref[1].text)
        return ref[2]

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        return self.search_query(parse(query), limit)

    def search_query(self, q: Query, limit: int = 50) -> list[Hit]:
        """Hits for an already parsed query (one rewritten, e.g. with a name's other spellings)."""
        if limit <= 0:
            return []
        if q.speakers:
            return self._by_speakers(q, limit)
        return self._run(q, limit) if q.groups else []

    def _by_speakers(self, q: Query, limit: int) -> list[Hit]:
        """``@name``: the quotes of every speaker whose name (or a spelling of it) matches a name
        term, searched for the rest of the query, or all of them, in dossier order, without it."""
        ids: set[str] = set()
        for name in q.speakers:
            found = [
                h
                for h in self._run(
                    Query(((Term(name),),), q.case_sensitive), SPEAKER_MATCHES, self.speaker_docs
                )
                if h.speaker
            ]
            # only the names matched best: "@ryan" is Paul Ryan, not every name with r, y, a, n in order
            best = max((h.score // LEVEL_WEIGHT for h in found), default=0)
            ids.update(h.speaker for h in found if h.score // LEVEL_WEIGHT == best and h.speaker)
        if not ids:
            return []
        if not q.groups:
            by_speaker = self._by_speaker()
            lists = [by_speaker.get(sid, []) for sid in sorted(ids)]
            theirs = lists[0] if len(lists) == 1 else sorted(i for x in lists for i in x)
            return [self._hit(self._in_order[i], (), 0.0) for i in theirs[:limit]]
        wide = self._run(replace(q, speakers=()), max(limit * 20, FILTERED_POOL))
        return [h for h in wide if h.kind == "quote" and h.speaker in ids][:limit]

    def _by_speaker(self) -> dict[str, list[int]]:
        """Each speaker's quotes as positions in dossier order (article, then offset), which index
        ``self._in_order``; built on the first ``@name`` alone, not at load."""
        if self._speaker_lists is None:
            order = {a.id: n for n, a in enumerate(self.dossier.articles)}
            quotes = [ref[2] for ref in self.refs[: self.n_quotes]]
            # (article number, start) as one int, read by a C-level key: the same order and the same
            # ties (kept in index order) as the tuple key; the sort takes half as long (×10: 52 → 25 ms)
            key = [order[q.article] << _START_BITS | q.start for q in quotes]
            self._in_order = sorted(range(self.n_quotes), key=key.__getitem__)
            lists: dict[str, list[int]] = {}
            for pos, q in enumerate(map(quotes.__getitem__, self._in_order)):
                sid = q.speaker
                if sid is not None:
                    lists.setdefault(sid, []).append(pos)
            self._speaker_lists = lists
        return self._speaker_lists

    def _run(self, q: Query, limit: int, within: range | None = None) -> list[Hit]:
        """The hits in rank order; ``within``: only these documents (a speaker filter reads names
        only, or "@trump" would find quotes that name Trump and no speaker)."""
        cs = q.case_sensitive
        groups = [_Group(self.lex, g, cs) for g in q.groups]
        indexable = [g for g in groups if g.indexable]
        max_tier = max((m.max_tier for g in indexable for m in g.terms), default=TIER_SUBSTRING)
        levels: list[int] = list(range(max_tier + 1))
        phrase: _Group | None = None
        # each group's typed term: the spellings and possessives added beside it do not make a
        # pasted line any less a phrase
        typed = [[m.term for m in g.terms if not m.term.variant] for g in groups]
        plain = [t[0] for t in typed if len(t) == 1 and t[0].mode in ("fuzzy", "exact")]
        if len(groups) >= 2 and len(plain) == len(groups) and not any(t.inverse for t in plain):
            text = q.phrase if q.phrase is not None else " ".join(t.text for t in plain)
            phrase = _Group(self.lex, [Term(text, "exact")], cs)
            levels.insert(0, PHRASE)
        emitted: set[int] = set()
        rejected: dict[int, _Group] = {}  # doc -> the group that refused it
        cs_text: dict[int, str] = {}
        speakers_seen: set[str] = set()
        hits: list[Hit] = []
        n_levels = len(levels)
        for li, level in enumerate(levels):
            need = limit - len(hits)
            if need <= 0 or (level == TIER_TYPO and hits):
                break  # typo corrections are a fallback for queries that find nothing
            if level == TIER_FUZZY and len(hits) >= FUZZY_FILL:
                break  # fuzzy matches only fill in when exact ones are few
            if level == PHRASE:
                assert phrase is not None
                source: _Group | None = phrase
                checks = [phrase] + [g for g in groups if not g.indexable]
                tier = TIER_SUBSTRING
            else:
                source = None
                checks = groups
                tier = level
            cap = need if level < TIER_FUZZY else max(need * 3, 60)
            found: list[tuple[float, int, tuple[tuple[int, int], ...]]] = []
            if source is not None:
                lists = source.lists(tier)
            else:
                lists = _intersect([(g.size(tier), lambda g=g, t=tier: g.lists(t)) for g in indexable])
            relaxed = {g for g in checks if level == PHRASE or g.relaxes_at(level)}
            for i in _stream(lists, len(self.norms), within):
                if i in emitted:
                    continue
                refused = rejected.get(i)
                if refused is not None and refused not in relaxed:
                    continue
                lower = self.norms[i]
                failed = next((g for g in checks if not g.test(lower, tier)), None)
                if failed is not None:
                    if level != PHRASE:
                        rejected[i] = failed
                    continue
                if cs:
                    text = cs_text.get(i) or cs_text.setdefault(i, fold(self.original(i), lower=False))
                else:
                    text = lower
                total = 0
                spans: list[tuple[int, int]] = []
                for g in checks:
                    m = g.match(text, lower, tier)
                    if m is None:
                        if level != PHRASE:
                            rejected[i] = g
                        break
                    total += m[0]
                    spans.extend(m[1])
                else:
                    ref = self.refs[i]
                    if ref[0] == "speaker":
                        if ref[1].id in speakers_seen:
                            continue
                        speakers_seen.add(ref[1].id)
                    emitted.add(i)
                    found.append((total, i, _merge_spans(spans)))
                    if len(found) >= cap:
                        break
            found.sort(key=lambda f: (-f[0], f[1]))
            for total, i, spans in found[:need]:
                hits.append(self._hit(i, spans, (n_levels - li) * LEVEL_WEIGHT + total))
        if hits and within is None and len(plain) == len(groups) and not any(t.inverse for t in plain):
            whole = phrase if phrase is not None else groups[0]
            self._pin_quote(whole.terms[0], hits, cs, limit)
        return hits

    def _pin_quote(self, m: _TermMatcher, hits: list[Hit], cs: bool, limit: int) -> None:
        """A query typed (or pasted) from a quote finds that quote first: when the query is an exact
        substring of some quote and the top hit is not such a quote, the best such quote goes first."""

        def holds(text: str) -> bool:
            return m.s in fold(text, lower=not cs)

        if hits[0].kind == "quote" and holds(hits[0].text):
            return
        best: tuple[tuple[int, int, int], tuple[tuple[int, int], ...]] | None = None
        seen = 0
        for i in _stream(m.lists(TIER_SUBSTRING), self.n_quotes):
            if i >= self.n_quotes or seen >= 200:
                break
            lower = self.norms[i]
            text = fold(self.original(i), lower=False) if cs else lower
            found = m.match(text, lower, TIER_SUBSTRING)
            if found is None:
                continue
            seen += 1
            key = (found[0], -found[1], i)
            if best is None or key < best[0]:
                best = (key, _merge_spans(found[2]))
        if best is None:
            return
        i = best[0][2]
        pinned = self._hit(i, best[1], hits[0].score + 1)
        hits[:] = [pinned, *(h for h in hits if h.quote != pinned.quote)][:limit]

    def _hit(self, i: int, spans: tuple[tuple[int, int], ...], score: float) -> Hit:
        ref = self.refs[i]
        kind = ref[0]
        if kind == "quote":
            art, q = ref[1], ref[2]
            return Hit("quote", q.text, spans, score, art.id, q.id, q.speaker, q.paragraph, q.start)
        if kind == "paragraph":
            art, p = ref[1], ref[2]
            return Hit("paragraph", p.text(art.text), spans, score, art.id, None, None, p.index, p.start)
        if kind == "title":
            art = ref[1]
            return Hit("title", ref[2], spans, score, art.id, None, None, None, ref[3])
        sp = ref[1]
        return Hit("speaker", ref[2], spans, score, None, None, sp.id, None, None)


def _lexicon(norms: list[str]) -> _Lexicon:
    """Postings of every word, first and (reversed) last word. A text carried by several documents
    (wire copy, an article loaded twice) is split into words once and posted for all of them."""
    docs_of: dict[str, list[int]] = {}
    for i, text in enumerate(norms):
        ids = docs_of.get(text)
        if ids is None:
            docs_of[text] = [i]
        else:
            ids.append(i)
    postings: defaultdict[str, list[int]] = defaultdict(list)
    firsts: defaultdict[str, list[int]] = defaultdict(list)
    lasts: defaultdict[str, list[int]] = defaultdict(list)
    unsorted: set[str] = set()
    unsorted_firsts: set[str] = set()
    unsorted_lasts: set[str] = set()
    # Texts come in the order of their first document, so postings stay sorted unless a text
    # has several documents: only the lists those touched are sorted afterwards.
    for text, ids in docs_of.items():
        words = words_of(text)
        distinct = set(words)
        if not words:
            continue
        first, last = words[0], words[-1][::-1]
        if len(ids) == 1:
            i = ids[0]
            firsts[first].append(i)
            lasts[last].append(i)
            for w in distinct:
                postings[w].append(i)
        else:
            firsts[first].extend(ids)
            lasts[last].extend(ids)
            for w in distinct:
                postings[w].extend(ids)
            unsorted |= distinct
            unsorted_firsts.add(first)
            unsorted_lasts.add(last)
    for table, keys in ((postings, unsorted), (firsts, unsorted_firsts), (lasts, unsorted_lasts)):
        for w in keys:
            table[w].sort()
    return _Lexicon(_Vocab(dict(postings)), _Vocab(dict(firsts)), _Vocab(dict(lasts)))


def _postings(lex: _Lexicon) -> tuple[tuple[list[str], bytes, bytes], ...]:
    """Each table as its words, the length of each word's list, and every id back to back, as
    4-byte arrays: compact, and unpickling makes no int object per posting."""
    out = []
    for table in (lex.words.postings, lex.first.postings, lex.last.postings):
        every = array("I")
        for ids in table.values():
            every.extend(ids)
        out.append((list(table), array("I", map(len, table.values())).tobytes(), every.tobytes()))
    return tuple(out)


def _from_postings(entry: object, n_docs: int) -> _Lexicon | None:
    """The lexicon back from :func:`_postings`; ``None`` (or an error) for an entry that does not
    fit this index: an id beyond its documents raises IndexError."""
    docs = list(range(n_docs))  # one int per document, shared by every list, as when built
    tables = []
    for words, lengths, flat in entry:  # type: ignore[attr-defined]
        every = list(map(docs.__getitem__, array("I", flat)))
        ends = list(accumulate(array("I", lengths)))
        if len(ends) != len(words) or (ends[-1] if ends else 0) != len(every):
            return None
        if not all(type(w) is str for w in words):
            return None
        tables.append(
            dict(zip(words, map(every.__getitem__, map(slice, [0, *ends[:-1]], ends)), strict=True))
        )
    return _Lexicon(*(_Vocab(t) for t in tables)) if len(tables) == 3 else None


def build_index(dossier: Dossier) -> SearchIndex:
    """The dossier's index; when another thread is building it (the app's loading thread, while a
    search is typed), its result, waited for rather than built a second time beside it."""
    return shared_build(dossier, "search_index", lambda: _build_index(dossier))


def _build_index(dossier: Dossier) -> SearchIndex:
    # The collector off (with it on, the build time grows quadratically), and everything just built,
    # which lives as long as the dossier, frozen out of its scans before it comes back on: else its
    # first young collection scans all of it at once (×10 polnear-train: 0.2 s), and the first
    # searches pay for a full collection of a heap that holds no garbage.
    with collector_paused(keep=True):
        return SearchIndex(dossier)
