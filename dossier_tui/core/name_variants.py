"""Spelling variants of one name across a dossier (Zelensky / Zelenskyy / Zelenskiy, Nawfal / Naufal).

Found by rule, not from a list: capitalised words that are mostly capitalised in the dossier (proper
names) and that differ only the way transliterations differ: y for i, w for u, doubled letters,
diacritics, or one vowel for another in a long name (Lukashenko / Lukashenka).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .tokens import fold

if TYPE_CHECKING:  # pragma: no cover
    from .model import Dossier

_CAP_WORD = re.compile(r"\b[^\W\d_][^\W\d_'’\-]+")
_VOWELS = set("aeiou")
_MIN_LEN = 5
"""Shorter names collide too easily (Iran / Iraq)."""
_MIN_LEN_VOWEL_SWAP = 7
_MIN_LEN_FINAL_VOWEL_SWAP = 10
"""A final vowel often marks gender in shorter names (Antonio / Antonia); only long ones swap it."""


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


def find_name_variants(dossier: Dossier) -> tuple[NameVariant, ...]:
    capitalised: Counter[str] = Counter()
    where: dict[str, dict[str, None]] = defaultdict(dict)
    lower: Counter[str] = Counter()
    for art in dossier.articles:
        label = outlet_label(dossier, art.id)
        for w, n in Counter(_CAP_WORD.findall(art.text)).items():
            if w[0].isupper():
                if len(w) >= _MIN_LEN and not w.isupper():
                    capitalised[w] += n
                    where[w].setdefault(label, None)
            else:
                lower[fold(w)] += n
    names = [w for w, n in capitalised.items() if n > lower.get(fold(w), 0)]
    # Union-find over spellings: same skeleton, or one vowel apart in a long name.
    parent = {w: w for w in names}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    buckets: dict[str, list[str]] = defaultdict(list)
    for w in names:
        sk = skeleton(w)
        buckets[sk].append(w)
        if len(sk) >= _MIN_LEN_VOWEL_SWAP:
            for k in _vowel_swap_keys(sk):
                buckets[k].append(w)
    for group in buckets.values():
        for other in group[1:]:
            union(group[0], other)
    groups: dict[str, list[str]] = defaultdict(list)
    for w in names:
        groups[find(w)].append(w)
    out = []
    for members in groups.values():
        # Spellings that differ only in case are the same spelling.
        if len({fold(w) for w in members}) < 2:
            continue
        members.sort(key=lambda w: (-capitalised[w], w))
        out.append(NameVariant(members[0], {w: tuple(where[w]) for w in members}))
    out.sort(key=lambda v: v.canonical)
    return tuple(out)


def variant_map(variants: tuple[NameVariant, ...]) -> dict[str, str]:
    """Folded spelling -> folded canonical spelling, for token keys."""
    return {fold(s): fold(v.canonical) for v in variants for s in v.spellings}
