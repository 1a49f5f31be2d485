"""Search that folds a name's spellings: a query for one outlet's spelling ("Naufal") also finds the
other outlets' ("Nawfal"), since comparing outlets is the point of a dossier. The spellings come
from the dossier's name variants (:mod:`.name_variants`); the query's own term is kept and the
others are OR-ed beside it, marked as variants: at each level of the ranking, documents with the
spelling typed come before those with another outlet's. Possessives fold the same way: outlets
write "ISIS’s", "ISIS’" and "ISIS's" for one word, and a pasted line must find all three."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from .fzf_query import Query, Term
from .search import fold

_FOLDABLE = ("fuzzy", "exact", "word", "prefix", "suffix", "equal")


def alternatives(variants: Iterable[object]) -> dict[str, tuple[str, ...]]:
    """Folded spelling -> every spelling of that name (``NameVariant.spellings`` keys)."""
    out: dict[str, tuple[str, ...]] = {}
    for v in variants:
        spellings = tuple(getattr(v, "spellings", {}) or ())
        for s in spellings:
            out[fold(s)] = spellings
    return out


def with_variants(q: Query, alts: Mapping[str, tuple[str, ...]]) -> tuple[Query, tuple[str, ...]]:
    """The query with each term that is a known spelling joined by the name's other spellings, and
    those added spellings (to say so). An excluded spelling (``!Naufal``) excludes them all. A
    query that itself names two spellings of one name is telling them apart: those stay as typed."""
    if not alts:
        return q, ()
    typed = [fold(t.text) for g in q.groups for t in g]
    groups: list[tuple[Term, ...]] = []
    added: list[str] = []
    for group in q.groups:
        kept: list[Term] = []
        extra_groups: list[tuple[Term, ...]] = []
        for term in group:
            kept.append(term)
            if term.mode not in _FOLDABLE:
                continue
            others = [s for s in alts.get(fold(term.text), ()) if fold(s) != fold(term.text)]
            if any(fold(s) in typed for s in others):
                continue
            for s in others:
                text = s if q.case_sensitive else fold(s)
                if term.inverse:  # NOT any of them: each its own AND-ed group
                    extra_groups.append((Term(text, term.mode, True),))
                else:
                    kept.append(Term(text, term.mode, False, variant=True))
                if s not in added:
                    added.append(s)
        groups.append(tuple(kept))
        groups.extend(extra_groups)
    return replace(q, groups=tuple(groups)), tuple(added)


_POSSESSIVE = "'s"
"""A folded term's possessive ending (typographic apostrophes fold to ``'``)."""


def with_possessives(q: Query) -> Query:
    """Each typed term that ends in a possessive ("isis's") joined by its stem ("isis", which also
    matches "isis'" and "isis’s"), marked as a variant: the spelling typed ranks first. Exact and
    anchored terms are left as typed (``'isis's`` asks for those characters)."""
    groups: list[tuple[Term, ...]] = []
    for group in q.groups:
        kept = list(group)
        for term in group:
            stem = term.text[: -len(_POSSESSIVE)]
            if (
                term.mode == "fuzzy"
                and not term.inverse
                and not term.variant
                and fold(term.text).endswith(_POSSESSIVE)
                and len(stem) >= 2
            ):
                kept.append(Term(stem if q.case_sensitive else fold(stem), term.mode, False, variant=True))
        groups.append(tuple(kept))
    return replace(q, groups=tuple(groups))
