"""Word-level alignment of two renderings of one utterance, and a label for every difference.

Alignment runs on token keys (``difflib.SequenceMatcher(autojunk=False)``: the default junk
heuristic drops frequent tokens once a sequence has 200 items). It is local: the aligned *core* runs
from the first to the last anchor (a matched run with a content word, or two words), so a fragment
quoted inside a longer quote aligns where it belongs and what lies outside the core is a truncation,
not a flood of insertions. Unmatched runs that match each other in different places are *moved*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from rapidfuzz.distance import Levenshtein

from .name_variants import skeleton
from .tokens import Token, unify_marks

Label = Literal[
    "punctuation",
    "case",
    "spelling",
    "function-word",
    "substitution",
    "insertion",
    "omission",
    "truncation-start",
    "truncation-end",
    "moved",
]
TRIVIAL = frozenset({"punctuation", "case", "spelling"})
Verdict = Literal["identical", "trivial", "substantive"]

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "it's",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "while",
        "why",
        "how",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "over",
        "to",
        "up",
        "down",
        "with",
        "within",
        "without",
        "about",
        "after",
        "before",
        "since",
        "because",
        "although",
        "though",
        "if",
        "unless",
        "until",
        "so",
        "than",
        "then",
        "thus",
        "therefore",
        "however",
        "also",
        "too",
        "very",
        "just",
        "only",
        "even",
        "and",
        "or",
        "but",
        "nor",
        "not",
        "no",
        "yes",
        "be",
        "am",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "done",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "let",
        "'s",
        "i'm",
        "we're",
        "you're",
        "they're",
        "he's",
        "she's",
        "that's",
        "there's",
        "i've",
        "we've",
        "i'll",
        "we'll",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "won't",
        "can't",
        "all",
        "any",
        "some",
        "such",
        "own",
        "same",
        "other",
        "each",
        "both",
        "more",
        "most",
        "much",
        "many",
    ]
)
"""Words whose change is framing rather than content ("that" vs ":", "since" vs "because")."""


def is_content(tok: Token) -> bool:
    return tok.kind == "word" and tok.key not in FUNCTION_WORDS


@dataclass(frozen=True)
class Difference:
    label: str
    a: tuple[int, int] | None
    """Span in the first quote's article text (absolute offsets); ``None`` if absent there."""
    b: tuple[int, int] | None
    a_text: str
    b_text: str


@dataclass(frozen=True)
class Alignment:
    differences: tuple[Difference, ...]
    similarity: float
    """2 x matched words / words in both aligned regions (truncated ends excluded): 0..1."""
    verdict: Verdict
    matched: tuple[tuple[int, int], ...]
    """Index pairs (in ``a``, in ``b``) of matched word tokens, moved ones included."""
    matched_content: int
    """Distinct content-word keys among the matched tokens."""
    longest_run: int
    """Words in the longest matched run."""


def verdict_of(differences: Sequence[Difference]) -> Verdict:
    if not differences:
        return "identical"
    return "trivial" if all(d.label in TRIVIAL for d in differences) else "substantive"


def _is_anchor(tokens: Sequence[Token]) -> bool:
    words = [t for t in tokens if t.kind == "word"]
    return len(words) >= 2 or any(is_content(t) for t in words)


def _span(tokens: Sequence[Token]) -> tuple[int, int] | None:
    return (tokens[0].start, tokens[-1].end) if tokens else None


def _text(tokens: Sequence[Token], source: str | None) -> str:
    if not tokens:
        return ""
    if source is not None:
        return source[tokens[0].start : tokens[-1].end]
    return " ".join(t.text for t in tokens)


MOVED_NOTE = "same words, another place"
"""How a move reads beside its words: both sides hold the same words, so "X → X" would say nothing."""
SIMILARITY_NOTE = "where they overlap"
"""Similarity is measured on the words both renderings carry: a trimmed quote can be 100 % alike
there and still differ (truncation), so the figure always says so."""
_POSSESSIVE = re.compile(r"['’]s?$")


def _spelling_close(x: Token, y: Token) -> bool:
    if skeleton(x.text) == skeleton(y.text):
        return True
    if _POSSESSIVE.sub("", x.text) == _POSSESSIVE.sub("", y.text) != x.text:  # ISIS’s / ISIS’
        return True
    return len(x.key) == len(y.key) >= 5 and Levenshtein.distance(x.key, y.key) == 1


_WHOLE_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "let's": ("let", "us"),
}
_ENDINGS = {"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will"}
_IS_BASES = frozenset(["it", "that", "there", "here", "he", "she", "what", "who", "where", "how", "this"])
"""Words whose "'s" is "is" ("it's"); after a name it is a possessive ("Trump's") and stays."""


def _expanded(words: Sequence[Token]) -> tuple[str, ...]:
    """The words with contractions written out ("it's" → it is, "can't" and "cannot" → can not):
    the same words said, however a transcriber wrote them."""
    out: list[str] = []
    for t in words:
        k = t.key
        if k in _WHOLE_CONTRACTIONS:
            out.extend(_WHOLE_CONTRACTIONS[k])
            continue
        end = next((e for e in _ENDINGS if k.endswith(e) and len(k) > len(e)), None)
        if end is not None:
            out.extend((k[: -len(end)], _ENDINGS[end]))
        elif k.endswith("'s") and k[:-2] in _IS_BASES:
            out.extend((k[:-2], "is"))
        else:
            out.append(k)
    return tuple(out)


def classify(a: Sequence[Token], b: Sequence[Token]) -> Label:
    """The label of one unmatched stretch (``a`` or ``b`` may be empty)."""
    wa = [t for t in a if t.kind == "word"]
    wb = [t for t in b if t.kind == "word"]
    if not wa and not wb:
        return "punctuation"
    if wa and wb and _expanded(wa) == _expanded(wb):  # cannot / can't, it is / it's
        return "spelling"
    framing = all(t.key in FUNCTION_WORDS for t in (*wa, *wb))
    if framing:
        return "function-word"
    if not b:
        return "omission"
    if not a:
        return "insertion"
    if len(wa) == len(wb) and all(_spelling_close(x, y) for x, y in zip(wa, wb, strict=True)):
        return "spelling"
    if _compound(wa) == _compound(wb):  # third-grade / third grade / thirdgrade
        return "spelling"
    return "substitution"


def _compound(words: Sequence[Token]) -> str:
    """The words run together without hyphens: one compound however it is written."""
    return "".join(t.key for t in words).replace("-", "").replace("‐", "")


def _runs(idx: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for i in idx:
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


class _Builder:
    def __init__(self, a: Sequence[Token], b: Sequence[Token], a_source: str | None, b_source: str | None):
        self.a, self.b, self.a_source, self.b_source = a, b, a_source, b_source
        self.out: list[tuple[tuple[float, int], Difference]] = []

    def add(self, label: str, ia: Sequence[int], ib: Sequence[int], at: float) -> None:
        """``at``: where the difference sits in reading order of ``a`` (a token index)."""
        ta = [self.a[i] for i in ia]
        tb = [self.b[j] for j in ib]
        order = (at, ib[0] if ib else -1)
        self.out.append(
            (
                order,
                Difference(label, _span(ta), _span(tb), _text(ta, self.a_source), _text(tb, self.b_source)),
            )
        )

    def differences(self) -> tuple[Difference, ...]:
        return tuple(d for _, d in sorted(self.out, key=lambda x: x[0]))


_NEAR = 3
"""A lone function word matched within this many tokens of the core joins it ("we [will] sit")."""


def _core(a: Sequence[Token], blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    anchored = [k for k, (i, _j, n) in enumerate(blocks) if _is_anchor(a[i : i + n])]
    if not anchored:
        return []
    lo, hi = anchored[0], anchored[-1]
    while lo > 0:
        i, j, n = blocks[lo - 1]
        ni, nj, _ = blocks[lo]
        if ni - (i + n) > _NEAR or nj - (j + n) > _NEAR:
            break
        lo -= 1
    while hi < len(blocks) - 1:
        pi, pj, pn = blocks[hi]
        i, j, _ = blocks[hi + 1]
        if i - (pi + pn) > _NEAR or j - (pj + pn) > _NEAR:
            break
        hi += 1
    return blocks[lo : hi + 1]


def align(
    a: Sequence[Token],
    b: Sequence[Token],
    a_source: str | None = None,
    b_source: str | None = None,
) -> Alignment:
    """Align two token sequences and label every difference.

    ``a_source``/``b_source`` are the article texts the token offsets point into; when given, each
    difference's text is the exact source slice (original spacing kept)."""
    keys_a, keys_b = [t.key for t in a], [t.key for t in b]
    sm = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    blocks = [(i, j, n) for i, j, n in sm.get_matching_blocks() if n]
    # Too short for an anchor ("we") but the same words: still the same words.
    core = _core(a, blocks) if keys_a != keys_b else blocks
    out = _Builder(a, b, a_source, b_source)
    if not core:
        if a or b:
            out.add(classify(a, b) if a and b else "substitution", range(len(a)), range(len(b)), 0)
        diffs = out.differences()
        return Alignment(diffs, 0.0, verdict_of(diffs), (), 0, 0)

    matched: list[tuple[int, int]] = []
    # Gaps: before the core, between core blocks, after it; each with its position in ``a``.
    gaps: list[tuple[list[int], list[int], int]] = []
    pa = pb = 0
    for i, j, n in core:
        gaps.append((list(range(pa, i)), list(range(pb, j)), pa))
        for k in range(n):
            ta, tb = a[i + k], b[j + k]
            if ta.kind == "word":
                matched.append((i + k, j + k))
            if ta.text != tb.text:
                if ta.kind == "punct":
                    label = "punctuation"
                elif unify_marks(ta.text) == unify_marks(tb.text):
                    label = "punctuation"  # the apostrophe's form ("I’m" / "I'm")
                elif ta.text.casefold() == tb.text.casefold():
                    label = "case"
                else:
                    label = "spelling"
                out.add(label, [i + k], [j + k], i + k)
        pa, pb = i + n, j + n
    gaps.append((list(range(pa, len(a))), list(range(pb, len(b))), pa))

    # Moved: an unmatched anchor-worthy run in one gap that matches one in another gap.
    moved_a: set[int] = set()
    moved_b: set[int] = set()
    for ga, (ia, _, _) in enumerate(gaps):
        for gb, (_, ib, _) in enumerate(gaps):
            if ga == gb:
                continue
            ra = [i for i in ia if i not in moved_a]
            rb = [j for j in ib if j not in moved_b]
            if not ra or not rb:
                continue
            # Cheap test first: an anchor needs a shared word.
            words_b = {b[j].key for j in rb if b[j].kind == "word"}
            if not any(a[i].kind == "word" and a[i].key in words_b for i in ra):
                continue
            sub = SequenceMatcher(None, [a[i].key for i in ra], [b[j].key for j in rb], autojunk=False)
            for x, y, n in sub.get_matching_blocks():
                if n and _is_anchor([a[i] for i in ra[x : x + n]]):
                    seg_a, seg_b = ra[x : x + n], rb[y : y + n]
                    moved_a.update(seg_a)
                    moved_b.update(seg_b)
                    matched.extend((i, j) for i, j in zip(seg_a, seg_b, strict=True) if a[i].kind == "word")
                    out.add("moved", seg_a, seg_b, seg_a[0])

    last = len(gaps) - 1
    for g, (ia, ib, at) in enumerate(gaps):
        runs_a = _runs([i for i in ia if i not in moved_a])
        runs_b = _runs([j for j in ib if j not in moved_b])
        if g in (0, last):
            where: Literal["start", "end"] = "start" if g == 0 else "end"
            outer_a, runs_a = _outer(runs_a, moved_a, where)
            outer_b, runs_b = _outer(runs_b, moved_b, where)
            if outer_a or outer_b:
                _edge(out, a, b, outer_a, outer_b, where, at)
        if not runs_a and not runs_b:
            continue
        if len(runs_a) <= 1 and len(runs_b) <= 1:
            ra = runs_a[0] if runs_a else []
            rb = runs_b[0] if runs_b else []
            ra, rb = _punctuation_apart(out, a, b, ra, rb)
            out.add(classify([a[i] for i in ra], [b[j] for j in rb]), ra, rb, ra[0] if ra else at - 0.5)
        else:
            for r in runs_a:
                out.add(classify([a[i] for i in r], []), r, [], r[0])
            for r in runs_b:
                out.add(classify([], [b[j] for j in r]), [], r, at - 0.5)

    diffs = out.differences()
    # The aligned region: the core's extent (punctuation anchors too) and anything moved.
    words_a = _region_words(a, [core[0][0], core[-1][0] + core[-1][2] - 1, *moved_a])
    words_b = _region_words(b, [core[0][1], core[-1][1] + core[-1][2] - 1, *moved_b])
    similarity = 2 * len(matched) / (words_a + words_b) if words_a + words_b else 0.0
    content = {a[i].key for i, _ in matched if is_content(a[i])}
    longest = max(sum(1 for t in a[i : i + n] if t.kind == "word") for i, _j, n in core)
    return Alignment(diffs, round(similarity, 3), verdict_of(diffs), tuple(matched), len(content), longest)


def _punctuation_apart(
    out: _Builder, a: Sequence[Token], b: Sequence[Token], ra: list[int], rb: list[int]
) -> tuple[list[int], list[int]]:
    """Where both sides put other words, the punctuation at either edge is a difference of its own:
    "spelling: third-grade → third grade" and "punctuation: , → ∅", not "spelling: , third-grade →
    third grade"; "substitution: Minsk → it", not ", Minsk → it". Returns the words' stretches."""

    def edges(tokens: Sequence[Token], run: list[int]) -> tuple[int, int]:
        lo, hi = 0, len(run)
        while lo < hi and tokens[run[lo]].kind == "punct":
            lo += 1
        while hi > lo and tokens[run[hi - 1]].kind == "punct":
            hi -= 1
        return lo, hi

    (la, ha), (lb, hb) = edges(a, ra), edges(b, rb)
    if la == ha or lb == hb:  # a side with no words: the stretch is read as a whole
        return ra, rb
    for pa, pb in ((ra[:la], rb[:lb]), (ra[ha:], rb[hb:])):
        if [a[i].text for i in pa] != [b[j].text for j in pb]:
            out.add("punctuation", pa, pb, pa[0] if pa else ra[la])
    return ra[la:ha], rb[lb:hb]


def _outer(runs: list[list[int]], moved: set[int], where: str) -> tuple[list[int], list[list[int]]]:
    """Split off the outermost run of an edge gap (nothing matched or moved beyond it)."""
    if not runs:
        return [], runs
    if where == "start":
        first = runs[0]
        if not any(m < first[0] for m in moved):
            return first, runs[1:]
        return [], runs
    lastrun = runs[-1]
    if not any(m > lastrun[-1] for m in moved):
        return lastrun, runs[:-1]
    return [], runs


def _region_words(tokens: Sequence[Token], matched: list[int]) -> int:
    if not matched:
        return 0
    lo, hi = min(matched), max(matched)
    return sum(1 for t in tokens[lo : hi + 1] if t.kind == "word")


def _edge(
    out: _Builder,
    a: Sequence[Token],
    b: Sequence[Token],
    ra: list[int],
    rb: list[int],
    where: Literal["start", "end"],
    at: int,
) -> None:
    """Label what lies outside the aligned core: the longer side's extra words are a truncation;
    words facing each other next to the core are compared like any other stretch."""
    label = f"truncation-{where}"
    pos = float(ra[0]) if ra else at - 0.5
    wa = [i for i in ra if a[i].kind == "word"]
    wb = [j for j in rb if b[j].kind == "word"]
    if not wa and not wb:
        out.add("punctuation", ra, rb, pos)
        return
    if not wa or not wb:
        out.add(label, ra, rb, pos)
        return
    if all(t.key in FUNCTION_WORDS for t in (*(a[i] for i in wa), *(b[j] for j in wb))):
        # "This is" against "It's": framing words facing each other, not words one outlet cut
        ra, rb = _punctuation_apart(out, a, b, ra, rb)
        out.add(classify([a[i] for i in ra], [b[j] for j in rb]), ra, rb, pos)
        return
    # Both sides have words here: the k words nearest the core face each other.
    k = min(len(wa), len(wb))
    if where == "start":
        near_a = [i for i in ra if i >= wa[-k]] if len(wa) > k else ra
        near_b = [j for j in rb if j >= wb[-k]] if len(wb) > k else rb
    else:
        near_a = [i for i in ra if i <= wa[k - 1]] if len(wa) > k else ra
        near_b = [j for j in rb if j <= wb[k - 1]] if len(wb) > k else rb
    far_a = [i for i in ra if i not in near_a]
    far_b = [j for j in rb if j not in near_b]
    near_pos = float(near_a[0]) if near_a else pos
    if where == "start" and (far_a or far_b):
        out.add(label, far_a, far_b, pos - 0.25)
    near_a, near_b = _punctuation_apart(out, a, b, near_a, near_b)
    out.add(classify([a[i] for i in near_a], [b[j] for j in near_b]), near_a, near_b, near_pos)
    if where == "end" and (far_a or far_b):
        out.add(label, far_a, far_b, (far_a[0] if far_a else len(a)) + 0.5)
