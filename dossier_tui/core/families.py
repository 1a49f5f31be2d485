"""Quote families: the quotes in different articles that render one utterance, and how they differ.

Which quotes match is decided in :mod:`dossier_tui.core.family_match` (blocking, identical copies as
one node, stock phrases). Here the matches become families; the word-level differences of a pair
are aligned only when someone asks for them (the report, ``dossier compare``, the inspector), then
kept. A family of n quotes holds about n pairs, never n².
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from .align import Difference, align
from .cache import dossier_result
from .family_match import Match, Surnames, match_quotes
from .gc_pause import collector_paused
from .name_variants import NameVariant, find_name_variants, outlet_label, variant_map
from .single_flight import shared_build
from .tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    from .model import Dossier

__all__ = ["Difference", "Families", "Family", "NameVariant", "PairDiff", "build_families"]

Verdict = Literal["identical", "trivial", "substantive"]
_Resolved = tuple[float, Verdict, tuple[Difference, ...]]


class PairDiff:
    """Two quotes of one family: their similarity, verdict and labelled differences. Built with
    values, or with ``resolve``, which aligns the pair the first time a value is read."""

    __slots__ = ("_resolve", "_values", "a", "b")

    def __init__(
        self,
        a: str,
        b: str,
        similarity: float | None = None,
        verdict: Verdict | None = None,
        differences: tuple[Difference, ...] = (),
        *,
        resolve: Callable[[str, str], _Resolved] | None = None,
    ):
        self.a, self.b = a, b
        self._resolve = resolve
        self._values: _Resolved | None = None
        if resolve is None:
            self._values = (similarity or 0.0, verdict or "identical", tuple(differences))

    def _get(self) -> _Resolved:
        if self._values is None:
            assert self._resolve is not None
            self._values = self._resolve(self.a, self.b)
        return self._values

    @property
    def similarity(self) -> float:
        return self._get()[0]

    @property
    def verdict(self) -> Verdict:
        return self._get()[1]

    @property
    def differences(self) -> tuple[Difference, ...]:
        return self._get()[2]

    def __repr__(self) -> str:
        return f"PairDiff({self.a!r}, {self.b!r})"


class Family:
    """Quotes that render one utterance. ``pairs`` ties every member into the family (each pair is
    one alignment that matched, or one identical copy), aligned when first read."""

    __slots__ = ("_pairs", "conflict", "id", "members", "speakers")

    def __init__(
        self,
        id: str,
        members: tuple[str, ...],
        speakers: tuple[str | None, ...],
        conflict: bool,
        pairs: Sequence[PairDiff] | Callable[[], Iterable[PairDiff]] = (),
    ):
        self.id, self.members, self.speakers, self.conflict = id, members, speakers, conflict
        self._pairs = pairs

    @property
    def pairs(self) -> tuple[PairDiff, ...]:
        if callable(self._pairs):
            self._pairs = tuple(self._pairs())
        return tuple(self._pairs)

    def __repr__(self) -> str:
        return f"Family({self.id!r}, {self.members!r})"


class Families:
    """Every family of a dossier, the quotes only one outlet carries, and the name spellings."""

    def __init__(
        self,
        families: tuple[Family, ...] = (),
        singletons: tuple[str, ...] = (),
        name_variants: tuple[NameVariant, ...] = (),
        candidates_scored: int = 0,
        *,
        neighbours: Callable[[str], Iterable[str]] | None = None,
        pair: Callable[[str, str], PairDiff] | None = None,
    ):
        self.families = families
        self.singletons = singletons
        """Quotes that only one outlet carries (no family, or a family within one outlet)."""
        self.name_variants = name_variants
        self.candidates_scored = candidates_scored
        """Utterance pairs aligned while building (for measurement)."""
        self._by_quote = {m: f for f in families for m in f.members}
        self._neighbours = neighbours
        self._pair = pair

    def family_of(self, quote_id: str) -> Family | None:
        return self._by_quote.get(quote_id)

    def pairs_for(self, quote_id: str) -> tuple[PairDiff, ...]:
        """This quote beside every quote it was matched with or is a copy of; a copy also sees
        what its original was matched with."""
        fam = self._by_quote.get(quote_id)
        if fam is None:
            return ()
        if self._neighbours is None or self._pair is None:
            return tuple(p for p in fam.pairs if quote_id in (p.a, p.b))
        return tuple(self._pair(quote_id, other) for other in self._neighbours(quote_id))

    def others_in_family(self, quote_id: str) -> tuple[PairDiff, ...]:
        """This quote beside the members of its family it was not matched with directly (a
        family is joined through its links: a headline's full quote and its three-word form meet
        through a middle-length rendering); aligned on first read like every pair."""
        fam = self._by_quote.get(quote_id)
        if fam is None or self._pair is None:
            return ()
        direct = {p.b if p.a == quote_id else p.a for p in self.pairs_for(quote_id)}
        return tuple(self._pair(quote_id, m) for m in fam.members if m != quote_id and m not in direct)


class _Pairs:
    """PairDiffs made on demand and kept, one per quote pair, aligned on first read."""

    def __init__(self, dossier: Dossier, variants: dict[str, str], order: dict[str, int]):
        self.dossier, self.variants, self.order = dossier, variants, order
        self.made: dict[tuple[str, str], PairDiff] = {}

    def get(self, qa: str, qb: str) -> PairDiff:
        if self.order[qa] > self.order[qb]:
            qa, qb = qb, qa
        p = self.made.get((qa, qb))
        if p is None:
            p = self.made[(qa, qb)] = PairDiff(qa, qb, resolve=self.resolve)
        return p

    def resolve(self, qa: str, qb: str) -> _Resolved:
        d = self.dossier
        a, b = d.quote(qa), d.quote(qb)
        al = align(
            tokenize(a.text, a.start, self.variants),
            tokenize(b.text, b.start, self.variants),
            d.article(a.article).text,
            d.article(b.article).text,
        )
        return al.similarity, al.verdict, al.differences


Matched = tuple[tuple[NameVariant, ...], Match]
Encoded = tuple
"""A :data:`Matched` as plain built-in values: what the cache stores and a worker returns."""


def build_families(dossier: Dossier, matched: Matched | None = None) -> Families:
    """``matched``: the name variants and matches when they were computed elsewhere (:mod:`.warm`).
    Without them, the families another thread is building (the app's loading thread, while an
    article is opened) are waited for, not built a second time beside them."""
    if matched is None:
        return shared_build(dossier, "families", lambda: _built(dossier, None))
    return _built(dossier, matched)


def _built(dossier: Dossier, matched: Matched | None) -> Families:
    # Matching's keys, nodes and postings all live on (a third of the time). Kept out of the
    # collector's scans (frozen) before it comes back on, as the load and the index are: else its
    # next young collections, on whatever thread allocates next (the app's UI), scan all of it
    # (×10 polnear-train: 0.2 s). They live as long as the dossier, with which they form cycles
    # (``Families`` -> pairs -> dossier -> its derived structures), as the search index does.
    with collector_paused(keep=True):
        return _build(dossier, matched or _matched(dossier))


def compute_matched(dossier: Dossier) -> Matched:
    """The name variants and the matches: the expensive part, what :mod:`.warm` hands to a worker."""
    with collector_paused():
        variants = find_name_variants(dossier)
        return variants, match_quotes(dossier, variant_map(variants))


def _matched(dossier: Dossier) -> Matched:
    """:func:`compute_matched`, cached under the dossier's fingerprint (what it was built from), so a
    dossier opened again skips it."""
    return dossier_result(
        "families",
        dossier.fingerprint,
        lambda: _finished_or_computed(dossier),
        encode_matched,
        decoder(dossier),
    )


def _finished_or_computed(dossier: Dossier) -> Matched:
    """:func:`compute_matched`, or the matching the load began in a worker, finished there (the
    families asked for without :func:`.warm.warm`: ``dossier compare`` on a large dossier)."""
    from . import families_job  # (it imports this module)

    head = families_job.take(dossier)
    if head is not None:
        try:
            head.finish(dossier)
            got = head.result()
        finally:
            head.close()
        try:
            matched = _decoded(got, len(dossier.quotes)) if got is not None else None
        except Exception:  # garbage from a broken worker: computed here instead
            matched = None
        if matched is not None:
            return matched
    return compute_matched(dossier)


def decoder(dossier: Dossier) -> Callable[[object], Matched | None]:
    return lambda e: _decoded(e, len(dossier.quotes))


def encode_matched(value: Matched) -> Encoded:
    variants, match = value
    spelled = tuple((v.canonical, tuple(v.spellings.items())) for v in variants)
    return (spelled, match.links, match.rep, match.tokenised, match.stock, match.scored)


def _decoded(entry: object, n_quotes: int) -> Matched | None:
    spelled, links, rep, tokenised, stock, scored = entry  # type: ignore[misc]
    variants = tuple(
        NameVariant(canonical, {w: tuple(outlets) for w, outlets in spellings})
        for canonical, spellings in spelled
    )
    ok = (
        isinstance(links, list)
        and isinstance(rep, dict)
        and isinstance(tokenised, list)
        and isinstance(stock, set)
        and isinstance(scored, int)
        and len(tokenised) == n_quotes
        and all(0 <= a < n_quotes and 0 <= b < n_quotes for a, b in links)
        and all(0 <= a < n_quotes and 0 <= b < n_quotes for a, b in rep.items())
    )
    return (variants, Match(links, rep, tokenised, stock, scored)) if ok else None


def _build(dossier: Dossier, matched: Matched) -> Families:
    variants, match = matched
    vmap = variant_map(variants)
    quotes = dossier.quotes
    order = {q.id: n for n, q in enumerate(quotes)}

    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in match.links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    linked = sorted({i for link in match.links for i in link})
    groups: dict[int, list[int]] = defaultdict(list)
    for i in linked:
        groups[find(i)].append(i)
    links_by_root: dict[int, list[tuple[int, int]]] = defaultdict(list)
    partners: dict[int, list[int]] = defaultdict(list)
    for a, b in sorted({(min(x, y), max(x, y)) for x, y in match.links}):
        links_by_root[find(a)].append((a, b))
        partners[a].append(b)
        partners[b].append(a)

    made = _Pairs(dossier, vmap, order)
    people = Surnames(dossier)
    surnames = people.of
    outlets = {a.id: outlet_label(dossier, a.id) for a in dossier.articles}
    single_outlet: set[int] = set()
    families: list[Family] = []
    for root in sorted(groups):
        idx = groups[root]
        if len({outlets[quotes[i].article] for i in idx}) < 2:
            single_outlet.update(idx)
        members = tuple(quotes[i].id for i in idx)
        speakers = tuple(dict.fromkeys(quotes[i].speaker for i in idx))
        # Only names conflict: "a candidate" beside "Donald Trump" credits the line to nobody else.
        named = {surnames(s) for s in speakers if s is not None and people.named(s)}
        specs = links_by_root[root]

        def pairs(specs: list[tuple[int, int]] = specs) -> list[PairDiff]:
            return [made.get(quotes[a].id, quotes[b].id) for a, b in specs]

        families.append(Family(f"f{len(families) + 1}", members, speakers, len(named) > 1, pairs))

    def neighbours(quote_id: str) -> list[str]:
        i = order[quote_id]
        out = dict.fromkeys(partners.get(i, ()))
        original = match.rep.get(i)
        if original is not None:  # a copy sees its original's partners as its own
            out.update(dict.fromkeys(partners.get(original, ())))
        out.pop(i, None)
        return [quotes[j].id for j in sorted(out)]

    in_family = set(linked)
    singletons = tuple(
        q.id
        for i, q in enumerate(quotes)
        if match.tokenised[i] and (i not in in_family or i in single_outlet)
    )
    return Families(
        tuple(families),
        singletons,
        variants,
        match.scored,
        neighbours=neighbours,
        pair=made.get,
    )


def _outlet(dossier: Dossier, quote_article: str) -> str:
    return outlet_label(dossier, quote_article)


def singletons_by(dossier: Dossier, families: Families) -> dict[str, dict[str, list[str]]]:
    """Coverage: single-outlet quotes grouped per speaker name (``"?"`` when unattributed) and
    per outlet."""
    by_speaker: dict[str, list[str]] = defaultdict(list)
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for qid in families.singletons:
        q = dossier.quote(qid)
        by_speaker[dossier.speaker_name(q) or "?"].append(qid)
        by_outlet[_outlet(dossier, q.article)].append(qid)
    return {"speaker": dict(by_speaker), "outlet": dict(by_outlet)}
