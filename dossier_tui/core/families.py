"""Quote families: the quotes in different articles that render one utterance, and how they differ.

Matching works on *utterances* (the parts of one interrupted quote, ``"A," he said. "B."``, share
``Quote.utterance``), so one outlet's single quote can meet another's two. Candidates are blocked by
shared rare content words before anything is aligned; a candidate becomes an edge only when the
local alignment is strong (precision over recall: a reader can see a similarity, not a missed
false friend). Families are the connected parts of the quote-pair graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rapidfuzz.distance import LCSseq

from .align import Alignment, Difference, align, is_content
from .name_variants import NameVariant, find_name_variants, outlet_label, variant_map
from .tokens import Token, fold, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from .model import Dossier, Quote

__all__ = ["Difference", "Families", "Family", "NameVariant", "PairDiff", "build_families"]

# Acceptance thresholds for a pair of utterances (see module docstring).
MIN_MATCHED_WORDS = 4
MIN_MATCHED_CONTENT = 2
MIN_LONGEST_RUN = 3
"""A shared run of three words: two outlets' wording of one sentence nearly always has one."""
MIN_SIMILARITY = 0.5
MIN_COVERAGE = 0.5
"""Matched words over the shorter utterance's words: a fragment must be mostly inside the whole."""
CONFLICT_SIMILARITY = 0.7
"""Stricter bar when the two sides are attributed to different speakers."""
RARE_SHARE = 0.01
"""A content word in more than this share of utterances (and more than 10) is common in this dossier:
it neither proposes candidates nor counts as evidence (slogans, "the White House")."""
MIN_SHARED_RARE = 2
"""Distinct rare content words a match must contain, and candidates must share."""
LCS_SLACK = 0.6
"""Prefilter: in-order shared words must reach this share of what acceptance needs."""
MIN_QUOTE_WORDS = 3
"""Shorter quotes ("lasting peace", markup debris) are too little evidence to join a family."""


@dataclass(frozen=True)
class PairDiff:
    a: str
    b: str
    similarity: float
    verdict: Literal["identical", "trivial", "substantive"]
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class Family:
    id: str
    members: tuple[str, ...]
    speakers: tuple[str | None, ...]
    conflict: bool
    pairs: tuple[PairDiff, ...]


@dataclass(frozen=True)
class Families:
    families: tuple[Family, ...] = ()
    singletons: tuple[str, ...] = ()
    """Quotes that only one outlet carries (no family, or a family within one outlet)."""
    name_variants: tuple[NameVariant, ...] = ()
    candidates_scored: int = 0
    """Utterance pairs aligned while building (for measurement)."""
    _by_quote: dict[str, Family] = field(default_factory=dict, repr=False, compare=False)
    _pairs_by_quote: dict[str, tuple[PairDiff, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        pairs: dict[str, list[PairDiff]] = defaultdict(list)
        for fam in self.families:
            for m in fam.members:
                self._by_quote[m] = fam
            for p in fam.pairs:
                pairs[p.a].append(p)
                pairs[p.b].append(p)
        self._pairs_by_quote.update({k: tuple(v) for k, v in pairs.items()})

    def family_of(self, quote_id: str) -> Family | None:
        return self._by_quote.get(quote_id)

    def pairs_for(self, quote_id: str) -> tuple[PairDiff, ...]:
        return self._pairs_by_quote.get(quote_id, ())


@dataclass
class _Unit:
    """One utterance: its quotes' tokens back to back, each token knowing its quote."""

    article: str
    speakers: set[str]
    tokens: list[Token] = field(default_factory=list)
    owner: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(1 for t in self.tokens if t.kind == "word")

    def profile(self) -> tuple[Counter[str], set[tuple[str, str, str]]]:
        """Word-key counts and word trigrams: cheap bounds checked before aligning."""
        keys = [t.key for t in self.tokens if t.kind == "word"]
        return Counter(keys), set(zip(keys, keys[1:], keys[2:], strict=False))


def _units(dossier: Dossier, quote_tokens: dict[str, list[Token]]) -> list[_Unit]:
    """Utterances; consecutive quotes of one paragraph with compatible speakers join too, since
    ``"A," he said. "B."`` is one utterance whether or not attribution linked it."""
    units: list[_Unit] = []
    by_utterance: dict[tuple[str, str], _Unit] = {}
    prev: Quote | None = None
    for q in dossier.quotes:
        if q.id not in quote_tokens:
            continue
        u = by_utterance.get((q.article, q.utterance))
        if (
            u is None
            and prev is not None
            and prev.article == q.article
            and prev.paragraph == q.paragraph
            and (prev.speaker is None or q.speaker is None or prev.speaker == q.speaker)
        ):
            u = by_utterance[(prev.article, prev.utterance)]
        if u is None:
            u = _Unit(q.article, set())
            units.append(u)
        by_utterance[(q.article, q.utterance)] = u
        if q.speaker is not None:
            u.speakers.add(q.speaker)
        u.tokens.extend(quote_tokens[q.id])
        u.owner.extend([q.id] * len(quote_tokens[q.id]))
        prev = q
    return units


def _rare_postings(units: list[_Unit]) -> dict[str, list[int]]:
    """Rare content word -> the utterances holding it."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, u in enumerate(units):
        for k in {t.key for t in u.tokens if is_content(t)}:
            postings[k].append(n)
    cap = max(10, int(RARE_SHARE * len(units)))
    return {k: v for k, v in postings.items() if len(v) <= cap}


def _candidates(units: list[_Unit], postings: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Pairs of utterances in different articles sharing enough rare content words."""
    shared: Counter[tuple[int, int]] = Counter()
    for post in postings.values():
        if len(post) < 2:
            continue
        for x in range(len(post)):
            ux = post[x]
            for uy in post[x + 1 :]:
                if units[ux].article != units[uy].article:
                    shared[(ux, uy)] += 1
    return sorted(p for p, n in shared.items() if n >= MIN_SHARED_RARE)


def accept(al: Alignment, words_a: int, words_b: int, conflict: bool, rare_matched: int) -> bool:
    """Whether an alignment of two utterances shows they render the same words."""
    if rare_matched < MIN_SHARED_RARE:
        return False
    matched = len(al.matched)
    coverage = matched / min(words_a, words_b) if min(words_a, words_b) else 0.0
    if conflict:
        return (
            matched >= MIN_MATCHED_WORDS
            and al.similarity >= CONFLICT_SIMILARITY
            and coverage >= CONFLICT_SIMILARITY
        )
    return (
        matched >= MIN_MATCHED_WORDS
        and al.matched_content >= MIN_MATCHED_CONTENT
        and al.longest_run >= MIN_LONGEST_RUN
        and al.similarity >= MIN_SIMILARITY
        and coverage >= MIN_COVERAGE
    )


def _quote_edges(al: Alignment, ua: _Unit, ub: _Unit) -> set[tuple[str, str]]:
    """Quote pairs inside two matched utterances that share at least two words, one of content."""
    words: Counter[tuple[str, str]] = Counter()
    content: Counter[tuple[str, str]] = Counter()
    for i, j in al.matched:
        pair = (ua.owner[i], ub.owner[j])
        words[pair] += 1
        if is_content(ua.tokens[i]):
            content[pair] += 1
    return {p for p, n in words.items() if n >= 2 and content[p] >= 1}


def build_families(dossier: Dossier) -> Families:
    variants = find_name_variants(dossier)
    vmap = variant_map(variants)
    quote_tokens = {}
    for q in dossier.quotes:
        toks = tokenize(q.text, q.start, vmap)
        if q.kind != "other" and sum(1 for t in toks if t.kind == "word") >= MIN_QUOTE_WORDS:
            quote_tokens[q.id] = toks
    units = _units(dossier, quote_tokens)
    postings = _rare_postings(units)
    order = {q.id: n for n, q in enumerate(dossier.quotes)}
    edges: set[tuple[str, str]] = set()
    scored = 0
    profiles = [u.profile() for u in units]
    word_keys = [[t.key for t in u.tokens if t.kind == "word"] for u in units]

    def surnames(ids: set[str]) -> set[str]:
        """Speakers resolved apart in different articles ("Mr. Rubio", "Marco Rubio") are
        compatible when their last names agree; only incompatible ones make a conflict."""
        out = set()
        for sid in ids:
            sp = dossier.speaker(sid)
            words = sp.name.split() if sp is not None else []
            out.add(fold(words[-1]) if words else sid)
        return out

    for x, y in _candidates(units, postings):
        ua, ub = units[x], units[y]
        # Necessary conditions of `accept`: a shared three-word run, and enough shared words.
        (bag_a, tri_a), (bag_b, tri_b) = profiles[x], profiles[y]
        if tri_a.isdisjoint(tri_b):
            continue
        need = max(MIN_MATCHED_WORDS, MIN_COVERAGE * min(ua.words, ub.words))
        if (bag_a & bag_b).total() < need:
            continue
        # In-order shared words (LCS, in C++): moved sentences can add to it, hence the slack.
        if LCSseq.similarity(word_keys[x], word_keys[y]) < LCS_SLACK * need:
            continue
        conflict = bool(ua.speakers and ub.speakers and not (surnames(ua.speakers) & surnames(ub.speakers)))
        scored += 1
        al = align(ua.tokens, ub.tokens)
        rare = len({ua.tokens[i].key for i, _ in al.matched} & postings.keys())
        if accept(al, ua.words, ub.words, conflict, rare):
            for qa, qb in _quote_edges(al, ua, ub):
                edges.add((qa, qb) if order[qa] < order[qb] else (qb, qa))

    # Connected parts of the quote graph.
    parent: dict[str, str] = {}

    def find(q: str) -> str:
        parent.setdefault(q, q)
        while parent[q] != q:
            parent[q] = parent[parent[q]]
            q = parent[q]
        return q

    for qa, qb in edges:
        ra, rb = find(qa), find(qb)
        if ra != rb:
            parent[max(ra, rb, key=order.__getitem__)] = min(ra, rb, key=order.__getitem__)
    groups: dict[str, list[str]] = defaultdict(list)
    for q in parent:
        groups[find(q)].append(q)
    pairs_by_root: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for qa, qb in sorted(edges, key=lambda e: (order[e[0]], order[e[1]])):
        pairs_by_root[find(qa)].append((qa, qb))

    families: list[Family] = []
    for root in sorted(groups, key=order.__getitem__):
        members = tuple(sorted(groups[root], key=order.__getitem__))
        pairs = tuple(_pair_diff(dossier, quote_tokens, qa, qb) for qa, qb in pairs_by_root[root])
        speakers = tuple(dict.fromkeys(dossier.quote(m).speaker for m in members))
        named = {s for s in speakers if s is not None}
        families.append(Family(f"f{len(families) + 1}", members, speakers, len(surnames(named)) > 1, pairs))

    by_quote = {m: f for f in families for m in f.members}
    singletons = []
    for q in dossier.quotes:
        if q.id not in quote_tokens:
            continue
        fam = by_quote.get(q.id)
        outlets = {_outlet(dossier, dossier.quote(m)) for m in fam.members} if fam else set()
        if len(outlets) < 2:
            singletons.append(q.id)
    return Families(tuple(families), tuple(singletons), variants, scored)


def _outlet(dossier: Dossier, q: Quote) -> str:
    return outlet_label(dossier, q.article)


def _pair_diff(dossier: Dossier, quote_tokens: dict[str, list[Token]], qa: str, qb: str) -> PairDiff:
    a, b = dossier.quote(qa), dossier.quote(qb)
    al = align(
        quote_tokens[qa],
        quote_tokens[qb],
        dossier.article(a.article).text,
        dossier.article(b.article).text,
    )
    return PairDiff(qa, qb, al.similarity, al.verdict, al.differences)


def singletons_by(dossier: Dossier, families: Families) -> dict[str, dict[str, list[str]]]:
    """Coverage: single-outlet quotes grouped per speaker name (``"?"`` when unattributed) and
    per outlet."""
    by_speaker: dict[str, list[str]] = defaultdict(list)
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for qid in families.singletons:
        q = dossier.quote(qid)
        by_speaker[dossier.speaker_name(q) or "?"].append(qid)
        by_outlet[_outlet(dossier, q)].append(qid)
    return {"speaker": dict(by_speaker), "outlet": dict(by_outlet)}
