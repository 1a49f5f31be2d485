"""Speakers resolved across the whole dossier.

"Lukashenko", "Alexander Lukashenko" and "the Belarusian leader" (once resolved in its article)
are one speaker; so are transliteration variants of one person ("Volodymyr Zelensky" /
"Volodymyr Zelenskyy", "Mario Nawfal" / "Mario Naufal"), with every spelling kept. Two people who
share a surname stay apart when their first names differ.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .attribution import Entity
from .model import Speaker


def fold(s: str) -> str:
    """Casefold and strip diacritics: the key names are compared on."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'")


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-") or "speaker"


def _close_spelling(a: str, b: str) -> bool:
    """Transliteration variants: one or two edits apart, same initial, long enough to be safe."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    limit = 1 if min(len(a), len(b)) < 8 else 2
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


@dataclass
class _Cluster:
    first: str | None
    last: str
    kind: str
    names: Counter
    roles: set

    def canonical(self) -> str:
        full = [n for n in self.names if len(n.split()) > 1] or list(self.names)
        return max(
            full, key=lambda n: (self.names[n] if len(n.split()) > 1 else 0, len(n.split()), len(n), n)
        )


def resolve_speakers(entities: list[Entity]) -> tuple[tuple[Speaker, ...], dict[str, str]]:
    """Cluster article-level entities into speakers; return the speakers and a map from entity key
    to speaker id."""
    clusters: list[_Cluster] = []
    by_key: dict[str, _Cluster] = {}
    persons = [e for e in entities if e.kind == "person" and not e.key.startswith("desc:")]
    others = [e for e in entities if e not in persons]

    # Full names first, so bare surnames can attach to them.
    def parts(name: str) -> tuple[str | None, str]:
        w = fold(name).split()
        return (w[0] if len(w) > 1 else None), w[-1]

    for e in sorted(persons, key=lambda e: -len(e.name.split())):
        first, last = parts(e.name)
        matches = []
        for c in clusters:
            if c.kind != "person" or not _close_spelling(c.last, last):
                continue
            if c.last != last and (first is None or c.first is None):
                continue  # a spelling variant needs first names that agree
            if first is None or c.first is None or c.first == first:
                matches.append(c)
        # a bare surname goes to the most quoted person of that name
        target = max(matches, key=lambda c: sum(c.names.values()), default=None)
        if target is None:
            target = _Cluster(first, last, "person", Counter(), set())
            clusters.append(target)
        target.names[e.name] += 1
        target.roles.update(e.roles)
        if target.first is None and first is not None:
            target.first = first
        by_key[e.key] = target
    for e in others:
        key = fold(e.name) if not e.key.startswith("desc:") else e.key
        target = next((c for c in clusters if c.kind != "person" and c.last == key), None)
        if target is None:
            target = _Cluster(None, key, e.kind, Counter(), set())
            clusters.append(target)
        target.names[e.name] += 1
        target.roles.update(e.roles)
        by_key[e.key] = target

    speakers: list[Speaker] = []
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for c in clusters:
        name = c.canonical()
        sid, n = _slug(name), 2
        while sid in taken:
            sid, n = f"{_slug(name)}-{n}", n + 1
        taken.add(sid)
        ids[id(c)] = sid
        variants = [name, *sorted((v for v in c.names if v != name), key=lambda v: (-c.names[v], v))]
        kind = c.kind if c.kind in ("person", "organisation") else "unknown"
        speakers.append(Speaker(sid, name, kind, tuple(variants), tuple(sorted(c.roles))))  # type: ignore[arg-type]
    mapping = {key: ids[id(c)] for key, c in by_key.items()}
    return tuple(speakers), mapping


def group_by_article(pairs: list[tuple[str, Entity]]) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = defaultdict(list)
    for aid, e in pairs:
        out[aid].append(e)
    return out
