"""Spelling variants of one name across a dossier (Zelensky / Zelenskyy / Zelenskiy, Nawfal / Naufal).

Found by rule, not from a list, in two steps:

1. *Could* two spellings be one name? Capitalised words that are mostly capitalised in the dossier
   (proper names) and differ only the way transliterations differ: y for i, w for u, doubled
   letters, diacritics, or one vowel for another in a long name (Lukashenko / Lukashenka).
2. *Are* they one name here? Similar spelling alone over-reports on a dossier with many people
   (Brian / Bryan, Diane / Dianne, Thomas Barrack / Barack Obama are different people). Two
   spellings are kept together only when something in the dossier ties them to one person: they
   stand beside the same name-partner word (Mario Nawfal / Mario Naufal, Hillary / Hilary Clinton),
   or one speaker's recorded spellings contain both.

Each distinct article text is scanned once (a dossier often holds the same wire story twice).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from .tokens import fold

if TYPE_CHECKING:  # pragma: no cover
    from .model import Dossier, Speaker

_WORD = re.compile(r"\b[^\W\d_][^\W\d_'’\-]+")
# Two or more capitalised-looking words separated only by spaces or one line break (name + name).
# "Capitalised-looking" cannot be said in `re` for every script; the first letter of each word is
# checked again with str.isupper.
_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_'’\-]*"
_CAP_FIRST = r"[^\W\d_a-zß-ÿ]"
# Opens on the first letter's class, so the regex engine skips to candidates (1.5× faster than
# opening on ``\b``); the lookbehind is that ``\b``: no word character before the first letter.
_NAME_RUN = re.compile(rf"{_CAP_FIRST}(?<!\w{_CAP_FIRST})[^\W\d_'’\-]*(?:[ \t]*\n?[ \t]*{_CAP})+")
_VOWELS = set("aeiou")
_MIN_LEN = 5
"""Shorter names collide too easily (Iran / Iraq)."""
_MIN_LEN_VOWEL_SWAP = 7
_MIN_LEN_FINAL_VOWEL_SWAP = 10
"""A final vowel often marks gender in shorter names (Antonio / Antonia); only long ones swap it."""
_MAX_PARTNER_FANOUT = 8
"""A word *before* more distinct names than this is a title ("President", "Senator"), not a first
name: no evidence that two spellings name one person. (A surname after many first names is still
a surname: Hillary / Bill Clinton.)"""


@dataclass(frozen=True)
class NameVariant:
    canonical: str
    """The most frequent spelling in the dossier."""
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Each spelling -> the outlets using it (the article id when an article has no outlet)."""


def skeleton(word: str) -> str:
    """The transliteration-insensitive form: folded, y->i, w->u, doubled letters collapsed."""
    s = fold(word).replace("y", "i").replace("w", "u")
    return re.sub(r"(.)\1+", r"\1", s)


def _vowel_swap_keys(skel: str) -> list[str]:
    last = len(skel) - 1 if len(skel) < _MIN_LEN_FINAL_VOWEL_SWAP else len(skel)
    return [skel[:i] + "?" + skel[i + 1 :] for i, c in enumerate(skel) if c in _VOWELS and 0 < i < last]


def outlet_label(dossier: Dossier, article_id: str) -> str:
    """The outlet name, or the article id when the outlet is unknown (never a guess)."""
    outlet = dossier.article(article_id).meta.value("outlet")
    return outlet if outlet else article_id


class _Union:
    def __init__(self, items: list[str]):
        self.parent = {w: w for w in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for w in self.parent:
            out[self.find(w)].append(w)
        return list(out.values())


def _look_alike_groups(names: list[str]) -> list[list[str]]:
    """Step 1: spellings with one skeleton, or one vowel apart in a long name."""
    uf = _Union(names)
    buckets: dict[str, list[str]] = defaultdict(list)
    for w in names:
        sk = skeleton(w)
        buckets[sk].append(w)
        if len(sk) >= _MIN_LEN_VOWEL_SWAP:
            for k in _vowel_swap_keys(sk):
                buckets[k].append(w)
    for group in buckets.values():
        for other in group[1:]:
            uf.union(group[0], other)
    return [g for g in uf.groups() if len({fold(w) for w in g}) >= 2]


def _partners(runs: Counter[tuple[str, str]], spellings: set[str]) -> dict[str, set[tuple[str, str]]]:
    """Spelling -> its specific name partners, as (side, folded word): the first name before a
    surname, the surname after a first name."""
    fanout: dict[str, set[str]] = defaultdict(set)
    for x, y in runs:
        fanout[x].add(y)
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for x, y in runs:
        if y in spellings and x not in spellings and len(fanout[x]) <= _MAX_PARTNER_FANOUT:
            out[y].add(("before", fold(x)))
        if x in spellings and y not in spellings:
            out[x].add(("after", fold(y)))
    return out


@dataclass
class TextScan:
    """What the article texts alone say about name spellings (step 1 and the name partners): all
    that step 2 needs of the texts. Made before the speakers are known (:mod:`.families_job` makes
    it in a worker while this process is still putting the dossier together)."""

    groups: list[list[str]]
    """Look-alike spellings (step 1)."""
    counts: dict[str, int]
    """Each spelling's occurrences in the dossier (a wire text carried twice counts twice)."""
    partners: dict[str, set[tuple[str, str]]]
    where: dict[str, dict[str, None]]
    """Each spelling -> the outlets using it, in the order of the articles."""


def scan_texts(articles: Iterable[tuple[str, str, str]]) -> TextScan:
    """The text phase, from each article's ``(id, text, outlet label)`` (:func:`outlet_label`)."""
    by_text: dict[str, list[str]] = defaultdict(list)
    label: dict[str, str] = {}
    for aid, text, outlet in articles:
        by_text[text].append(aid)
        label[aid] = outlet
    pairs: list[tuple[str, str]] = []
    vocab: list[tuple[list[str], list[str]]] = []
    # Words of texts carried equally often are counted together (in C), then weighted.
    by_copies: dict[int, list[str]] = defaultdict(list)
    for text, article_ids in by_text.items():
        words = _WORD.findall(text)
        by_copies[len(article_ids)].extend(words)
        for run in _NAME_RUN.findall(text):
            # Initials ("Lawrence H. Summers", "Laurence H. Tribe") are no partners.
            pairs.extend(pairwise([w for w in run.split() if w[0].isupper() and len(w) > 1]))
        vocab.append((words, article_ids))
    runs = Counter(pairs)
    del pairs
    counts: Counter[str] = Counter(by_copies.pop(1, ()))
    for copies, words in by_copies.items():
        for w, n in Counter(words).items():
            counts[w] += copies * n
    del by_copies
    lower: Counter[str] = Counter()
    for w, n in counts.items():
        if not w[0].isupper():
            lower[fold(w)] += n
    names = [
        w
        for w, n in counts.items()
        if w[0].isupper() and len(w) >= _MIN_LEN and not w.isupper() and n > lower.get(fold(w), 0)
    ]
    groups = _look_alike_groups(names)
    candidates = {w for g in groups for w in g}
    where: dict[str, dict[str, None]] = defaultdict(dict)
    for words, article_ids in vocab if candidates else ():
        hits = candidates.intersection(words)  # a few candidates: cheaper than a set of each text's
        for art_id in article_ids if hits else ():
            outlet = label[art_id]
            for w in hits:
                where[w].setdefault(outlet, None)
    return TextScan(groups, {w: counts[w] for w in candidates}, _partners(runs, candidates), where)


def find_name_variants(dossier: Dossier) -> tuple[NameVariant, ...]:
    return variants_of(
        scan_texts((a.id, a.text, outlet_label(dossier, a.id)) for a in dossier.articles), dossier.speakers
    )


def variants_of(scan: TextScan, speakers: Iterable[Speaker]) -> tuple[NameVariant, ...]:
    """The speaker phase: step 2 on a text scan, with the speakers' recorded spellings."""
    groups, counts, partners = scan.groups, scan.counts, scan.partners
    candidates = counts.keys()
    # Which speakers' recorded spellings hold each candidate word (one pass over the speakers, not
    # one per pair of spellings: ×10 polnear-train has 5,400 speakers)
    spoken_by: dict[str, set[int]] = defaultdict(set)
    for n, sp in enumerate(speakers):
        for w in {w for v in sp.variants for w in v.split()} & candidates:
            spoken_by[w].add(n)
    none: set = set()

    out = []
    for group in groups:
        # Step 2: only spellings tied to one person stay together.
        uf = _Union(group)
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if partners.get(x, none) & partners.get(y, none) or spoken_by.get(x, none) & spoken_by.get(
                    y, none
                ):
                    uf.union(x, y)
        for members in uf.groups():
            if len({fold(w) for w in members}) < 2:  # spellings that differ only in case
                continue
            members.sort(key=lambda w: (-counts[w], w))
            out.append(NameVariant(members[0], {w: tuple(scan.where.get(w, ())) for w in members}))
    out.sort(key=lambda v: v.canonical)
    return tuple(out)


def variant_map(variants: tuple[NameVariant, ...]) -> dict[str, str]:
    """Folded spelling -> folded canonical spelling, for token keys."""
    return {fold(s): fold(v.canonical) for v in variants for s in v.spellings}
