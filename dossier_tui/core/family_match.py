"""Which quotes render one utterance: the matching behind :mod:`dossier_tui.core.families`.

Work grows with the number of *distinct* utterances, not with the square of family sizes:

- Matching works on utterances (the parts of one interrupted quote, ``"A," he said. "B."``, share
  ``Quote.utterance``), so one outlet's single quote can meet another's two.
- Identical copies (the same normalised words, quote by quote, in several articles: wire copy,
  syndication) are one *node*; a node is aligned once, however many articles carry it.
- Candidates come from a blocking index of rare content words: each node probes only its rarest
  words' postings, and a pair must share at least two rare words before anything is aligned.
- A candidate becomes an edge only when the local alignment is strong (precision over recall).
- Stock phrases ("boots on the ground"): a short utterance that at least three different speakers
  are quoted saying is an idiom, not one utterance; it joins only quotes of the same known speaker.

The result is a set of *links* (quote pairs, each one edge or one copy): few enough to align each
one lazily when someone asks for its differences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel, LCSseq

from .align import FUNCTION_WORDS, Alignment, align
from .speakers import is_fragment
from .tokens import Token, fold, tokenize, word_keys

if TYPE_CHECKING:  # pragma: no cover
    from .model import Dossier, Quote

# Acceptance thresholds for a pair of utterances.
MIN_MATCHED_WORDS = 4
MIN_MATCHED_CONTENT = 2
MIN_LONGEST_RUN = 3
"""A shared run of three words: two outlets' wording of one sentence nearly always has one."""
MIN_SIMILARITY = 0.5
MIN_COVERAGE = 0.5
"""Matched words over the shorter utterance's words: a fragment must be mostly inside the whole."""
PART_COVERAGE = 0.8
MIN_PART_WORDS = 8
"""Two outlets may cut one long answer at different places: one carries sentences A and B, the
other B and C. Neither utterance is mostly inside the other, but one whole quote (B) is: a quote of
at least this many words with this share of them matched stands for the utterance's coverage."""
SHORT_WORDS = 8
SHORT_COVERAGE = 0.7
"""A short fragment is a few words: two of them swapped for others ("being right" for "get tough")
leave a stock phrase ("on radical Islamic terrorism") as all it shares, which two different
remarks often do. So most of a short side must be matched."""
CONFLICT_SIMILARITY = 0.7
"""Stricter bar when the two sides are attributed to different speakers."""
NEGATORS = frozenset(["not", "no", "never", "nobody", "nothing", "neither", "nor", "none"])
"""With words ending in "n't": a claim and its denial ("I think the conventional wisdom …" / "I
don't think the conventional wisdom") share every other word. Credited to two different people,
they are two remarks, not one line the outlets attribute differently."""
RARE_SHARE = 0.01
"""A content word in more than this share of wordings (and more than ``RARE_FLOOR``) is common in this
dossier: it neither proposes candidates nor counts as evidence (slogans, "the White House")."""
RARE_FLOOR = 30
"""In a small dossier one utterance may come in many wordings (thirty outlets, each trimming it its
own way): words carried by this many different wordings still count as rare."""
MIN_SHARED_RARE = 2
"""Distinct rare content words a match must contain, and candidates must share."""
PROBE_WORDS = 8
"""Each utterance is indexed under its rarest words only: a fragment has few and is indexed under
them all; two renderings of a long utterance share most of theirs."""
NEAR_DUPLICATE = 0.9
"""Word-level similarity from which two wordings are aligned in order only (nothing moved)."""
WINDOW_FACTOR = 3
"""An utterance this many times longer than the other is aligned on a window around the match."""
LCS_SLACK = 0.6
"""Prefilter: in-order shared words must reach this share of what acceptance needs."""
FULL_COMPARE_NODES = 8
"""Up to this many different wordings, a family compares every two of them (the inspector shows
each beside each); beyond, a wording already in the family is not aligned again with the rest, so
an utterance carried in n different wordings costs about n alignments, not n²."""
CACHE_NODES = 16384
"""Tokens and profiles kept while matching: candidates come node by node, so a small cache serves
nearly every lookup and memory stays flat however large the dossier."""
MIN_QUOTE_WORDS = 3
"""Shorter quotes ("lasting peace", markup debris) are too little evidence to join a family."""
MIN_SHORT_WORDS = 2
"""A short quote joins its identical copies (same words, same known speaker) from this many words."""
STOCK_MAX_WORDS = 6
"""An idiom is a phrase, not a sentence: only utterances this short can be stock phrases."""
STOCK_MIN_SPEAKERS = 3
"""Speakers (distinct surnames) quoted saying a short phrase before it counts as an idiom. Two can
be one utterance misattributed by an outlet (a finding); three are a phrase in common use."""


@dataclass(slots=True)
class Node:
    """One utterance's normalised words, and every copy of it in the dossier."""

    keys: tuple[str, ...]
    """Word keys of the utterance, its quotes back to back."""
    owner: tuple[int, ...]
    """For each word: the position of its quote inside the utterance."""
    copies: list[tuple[int, ...]] = field(default_factory=list)
    """Each copy: the dossier indices of its quotes, position by position."""


@dataclass
class Match:
    """What the matcher found: links between quotes (dossier indices), for families to group."""

    links: list[tuple[int, int]]
    """Quote pairs that render the same words: one alignment edge or one identical copy each."""
    rep: dict[int, int]
    """Copy -> the quote it copies (its group's first copy at the same position)."""
    tokenised: list[bool]
    """Whether each quote took part at all (a real quote of at least three words)."""
    stock: set[int]
    """Quotes that belong to stock phrases (for measurement and tests)."""
    scored: int
    """Node pairs aligned (for measurement)."""


class Surnames:
    """Speakers resolved apart in different articles ("Mr. Rubio", "Marco Rubio") are one speaker
    when their last names agree; only different last names make different speakers."""

    def __init__(self, dossier: Dossier):
        self.dossier = dossier
        self.cache: dict[str, str] = {}

    def of(self, sid: str) -> str:
        out = self.cache.get(sid)
        if out is None:
            sp = self.dossier.speaker(sid)
            words = sp.name.split() if sp is not None else []
            out = self.cache[sid] = fold(words[-1]) if words else sid
        return out

    def of_quotes(self, quotes: tuple[Quote, ...], idx: tuple[int, ...]) -> frozenset[str]:
        return frozenset(self.of(s) for i in idx if (s := quotes[i].speaker) is not None)

    def named(self, sid: str) -> bool:
        """Whether the speaker is named ("Marco Rubio"), not described ("a candidate", "A Clinton
        campaign official"): a description contradicts no name, and its last word is no surname."""
        sp = self.dossier.speaker(sid)
        return sp is None or is_name(sp.name)


_DESCRIPTION_OPENERS = frozenset(
    ["a", "an", "the", "one", "some", "another", "his", "her", "their", "its", "our", "two", "three"]
)


def is_name(name: str) -> bool:
    """A proper name opens with a capital and no determiner ("A Clinton aide" is a description), and
    is no cut-off organisation name ("National Convention")."""
    words = name.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and fold(words[0]) not in _DESCRIPTION_OPENERS
        and not is_fragment(name)
    )


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


NEAR_CHARS = 600
"""How far around a quote its article is read for the name of a person another outlet credits
(about a paragraph each side). The whole article is too far: a story about one debate names every
candidate, so a line Megyn Kelly asked and one Clinton said would seem tied."""


class Mentions:
    """Which surnames the text around a quote names (the words of each stretch read once, lazily)."""

    def __init__(self, dossier: Dossier):
        self.dossier = dossier
        self.words: dict[tuple[str, int, int], frozenset[str]] = {}

    def __call__(self, where: tuple[str, int, int], surname: str) -> bool:
        words = self.words.get(where)
        if words is None:
            article, start, end = where
            text = self.dossier.article(article).text[max(0, start - NEAR_CHARS) : end + NEAR_CHARS]
            words = self.words[where] = frozenset(fold(w) for w in _WORD.findall(text))
        return all(part in words for part in surname.split("-"))


def _units(quotes: tuple[Quote, ...], ok: list[bool]) -> list[list[int]]:
    """Utterances as lists of quote indices; consecutive full quotes of one paragraph with
    compatible speakers join too, since ``"A," he said. "B."`` is one utterance whether or not
    attribution linked it. A fragment in the reporter's own sentence (``saying she would "B."``) is
    not: glued to the quote before it, it would be aligned with whatever follows that quote
    elsewhere."""
    units: list[list[int]] = []
    by_utterance: dict[tuple[str, str], list[int]] = {}
    prev: Quote | None = None
    for i, q in enumerate(quotes):
        if not ok[i]:
            continue
        u = by_utterance.get((q.article, q.utterance))
        if (
            u is None
            and prev is not None
            and prev.article == q.article
            and prev.paragraph == q.paragraph
            and prev.kind == q.kind == "full"
            and (prev.speaker is None or q.speaker is None or prev.speaker == q.speaker)
        ):
            u = by_utterance[(prev.article, prev.utterance)]
        if u is None:
            u = []
            units.append(u)
        by_utterance[(q.article, q.utterance)] = u
        u.append(i)
        prev = q
    return units


def _nodes(quotes: tuple[Quote, ...], units: list[list[int]], qkeys: list[tuple[str, ...]]) -> list[Node]:
    by_key: dict[tuple[tuple[str, ...], ...], Node] = {}
    out: list[Node] = []
    for unit in units:
        key = tuple(qkeys[i] for i in unit)
        node = by_key.get(key)
        if node is None:
            keys = tuple(k for part in key for k in part)
            owner = tuple(p for p, part in enumerate(key) for _ in part)
            node = by_key[key] = Node(keys, owner)
            out.append(node)
        node.copies.append(tuple(unit))
    return out


def _rare_words(nodes: list[Node]) -> tuple[dict[str, list[int]], list[frozenset[str]]]:
    """Rare content word -> the nodes holding it; and each node's rare words."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, node in enumerate(nodes):
        for k in set(node.keys) - FUNCTION_WORDS:
            postings[k].append(n)
    cap = max(RARE_FLOOR, int(RARE_SHARE * len(nodes)))
    rare = {k: v for k, v in postings.items() if len(v) <= cap}
    return rare, [frozenset(k for k in set(node.keys) if k in rare) for node in nodes]


def _candidates(
    rare: dict[str, list[int]],
    node_rare: list[frozenset[str]],
    single_article: list[str | None],
) -> Iterator[tuple[int, int]]:
    """Node pairs sharing at least two rare content words, in order, made one node at a time.

    Prefix filtering: with words ordered rarest first, two nodes that share two words share one
    among each node's words but its last (its most common). A node is indexed under that prefix, at
    most ``PROBE_WORDS`` words of it; a longer utterance is also indexed under all its other words,
    which meet only prefixes, so a fragment still finds the long speech it comes from."""
    rank = {w: n for n, w in enumerate(sorted(rare, key=lambda w: (len(rare[w]), w)))}
    prefix: dict[str, list[int]] = defaultdict(list)
    rest: dict[str, list[int]] = defaultdict(list)
    heads: list[list[str]] = []
    tails: list[list[str]] = []
    for x, words in enumerate(node_rare):
        ordered = sorted(words, key=rank.__getitem__) if len(words) >= MIN_SHARED_RARE else []
        cut = min(len(ordered) - MIN_SHARED_RARE + 1, PROBE_WORDS) if ordered else 0
        heads.append(ordered[:cut])
        tails.append(ordered[cut:])
        for k in heads[-1]:
            prefix[k].append(x)
        for k in tails[-1]:
            rest[k].append(x)
    for x in range(len(node_rare)):
        found: set[int] = set()
        for k in heads[x]:
            found.update(prefix[k])
            found.update(rest.get(k, ()))
        for k in tails[x]:
            found.update(prefix.get(k, ()))
        for y in sorted(y for y in found if y > x):
            if single_article[x] is not None and single_article[x] == single_article[y]:
                continue  # one article quoting itself is not a second outlet
            if len(node_rare[x] & node_rare[y]) >= MIN_SHARED_RARE:
                yield x, y


def accept(
    al: Alignment,
    words_a: int,
    words_b: int,
    conflict: bool,
    rare_matched: int,
    content_coverage: float = 1.0,
    part_coverage: float = 0.0,
) -> bool:
    """Whether an alignment of two utterances shows they render the same words.

    ``content_coverage``: matched content words over the content words of the side with fewer. Two
    speakers only conflict over the same *content* ("the leader of the conservative movement" is not
    "the first lady of the conservative movement"). ``part_coverage``: the best share of one
    quote's words matched, over the quotes (of ``MIN_PART_WORDS`` or more) of either utterance."""
    if rare_matched < MIN_SHARED_RARE:
        return False
    matched = len(al.matched)
    coverage = matched / min(words_a, words_b) if min(words_a, words_b) else 0.0
    if conflict:
        return (
            matched >= MIN_MATCHED_WORDS
            and al.similarity >= CONFLICT_SIMILARITY
            and coverage >= CONFLICT_SIMILARITY
            and content_coverage >= CONFLICT_SIMILARITY
        )
    return (
        matched >= MIN_MATCHED_WORDS
        and al.matched_content >= MIN_MATCHED_CONTENT
        and al.longest_run >= MIN_LONGEST_RUN
        and al.similarity >= MIN_SIMILARITY
        and (coverage >= MIN_COVERAGE or part_coverage >= PART_COVERAGE)
        and (min(words_a, words_b) > SHORT_WORDS or coverage >= SHORT_COVERAGE)
    )


def _position_links(
    matched: Iterable[tuple[int, int]], owner_a: Sequence[int], owner_b: Sequence[int], keys_a: Sequence[str]
) -> set[tuple[int, int]]:
    """Quote positions inside two matched utterances that share at least two words, one of content."""
    words: Counter[tuple[int, int]] = Counter()
    content: Counter[tuple[int, int]] = Counter()
    for i, j in matched:
        pair = (owner_a[i], owner_b[j])
        words[pair] += 1
        if keys_a[i] not in FUNCTION_WORDS:
            content[pair] += 1
    return {p for p, n in words.items() if n >= 2 and content[p] >= 1}


def _near_duplicate(keys_a: Sequence[str], keys_b: Sequence[str]) -> Alignment | None:
    """For two wordings that differ in a word or two, the in-order alignment of their words (C++,
    no difflib): nothing is moved, so it is the alignment. ``None`` when they differ more."""
    if Indel.normalized_similarity(keys_a, keys_b) < NEAR_DUPLICATE:
        return None
    matched: list[tuple[int, int]] = []
    longest = 0
    for op in Indel.opcodes(keys_a, keys_b):
        if op.tag == "equal":
            n = op.src_end - op.src_start
            matched.extend(
                zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True)
            )
            longest = max(longest, n)
    similarity = 2 * len(matched) / (len(keys_a) + len(keys_b))
    content = len({keys_a[i] for i, _ in matched} - FUNCTION_WORDS)
    return Alignment((), round(similarity, 3), "trivial", tuple(matched), content, longest)


class _Scorer:
    """Aligns candidate node pairs, with cheap necessary conditions of `accept` checked first."""

    def __init__(self, dossier: Dossier, nodes: list[Node], variants: dict[str, str]):
        self.dossier, self.nodes, self.variants = dossier, nodes, variants
        self._profiles: dict[int, tuple[Counter[str], set[tuple[str, str, str]]]] = {}
        self._tokens: dict[int, tuple[list[Token], list[int]]] = {}
        self._parts: dict[int, list[Counter[str]]] = {}

    def profile(self, n: int) -> tuple[Counter[str], set[tuple[str, str, str]]]:
        p = self._profiles.get(n)
        if p is None:
            if len(self._profiles) >= CACHE_NODES:
                self._profiles.clear()
            keys = self.nodes[n].keys
            p = self._profiles[n] = (Counter(keys), set(zip(keys, keys[1:], keys[2:], strict=False)))
        return p

    def tokens(self, n: int) -> tuple[list[Token], list[int]]:
        """The first copy's tokens (punctuation too) and, for each, its quote's position."""
        t = self._tokens.get(n)
        if t is None:
            if len(self._tokens) >= CACHE_NODES:
                self._tokens.clear()
            toks: list[Token] = []
            owner: list[int] = []
            for pos, qi in enumerate(self.nodes[n].copies[0]):
                q = self.dossier.quotes[qi]
                part = tokenize(q.text, q.start, self.variants)
                toks.extend(part)
                owner.extend([pos] * len(part))
            t = self._tokens[n] = (toks, owner)
        return t

    def plausible(self, x: int, y: int) -> bool:
        kx, ky = self.nodes[x].keys, self.nodes[y].keys
        need = max(MIN_MATCHED_WORDS, MIN_COVERAGE * min(len(kx), len(ky)))
        (bag_a, tri_a), (bag_b, tri_b) = self.profile(x), self.profile(y)
        # In-order shared words (LCS, in C++, so first): moved sentences can add to it, hence the slack.
        if LCSseq.similarity(kx, ky) >= LCS_SLACK * need:
            if not tri_a.isdisjoint(tri_b) and (bag_a & bag_b).total() >= need:
                return True
        # One quote of a longer utterance may stand for it (see PART_COVERAGE): its words must be
        # nearly all in the other utterance.
        if not (self.nodes[x].owner[-1] or self.nodes[y].owner[-1]) or tri_a.isdisjoint(tri_b):
            return False
        return self._part_fits(x, bag_b) or self._part_fits(y, bag_a)

    def _part_fits(self, n: int, other: Counter[str]) -> bool:
        parts = self._parts.get(n)
        if parts is None:
            split: dict[int, Counter[str]] = defaultdict(Counter)
            for key, pos in zip(self.nodes[n].keys, self.nodes[n].owner, strict=True):
                split[pos][key] += 1
            parts = self._parts[n] = [c for c in split.values() if c.total() >= MIN_PART_WORDS]
        return any((part & other).total() >= PART_COVERAGE * part.total() for part in parts)

    def score(
        self, x: int, y: int, conflict: bool, rare: dict[str, list[int]]
    ) -> set[tuple[int, int]] | None:
        """The linked quote positions, when the two utterances render the same words."""
        kx, ky = self.nodes[x].keys, self.nodes[y].keys
        near = _near_duplicate(kx, ky)
        sizes = (Counter(self.nodes[x].owner), Counter(self.nodes[y].owner))
        if near is not None:
            if conflict and negation_flip(kx, ky, near.matched):
                return None
            return self._decide(
                near, kx, ky, kx, self.nodes[x].owner, self.nodes[y].owner, conflict, rare, sizes
            )
        (ta, oa), (tb, ob) = self.tokens(x), self.tokens(y)
        # A short quote against a much longer utterance: align it only with the stretch of the long
        # one where its words are densest (fragment to whole is a local match).
        if len(kx) > WINDOW_FACTOR * len(ky):
            ta, oa = self._window(x, set(ky), len(ky))
        elif len(ky) > WINDOW_FACTOR * len(kx):
            tb, ob = self._window(y, set(kx), len(kx))
        al = align(ta, tb)
        keys_a = [t.key for t in ta]
        if conflict and negation_flip(keys_a, [t.key for t in tb], al.matched):
            return None  # a claim and its denial, by two people
        return self._decide(al, kx, ky, keys_a, oa, ob, conflict, rare, sizes)

    @staticmethod
    def _decide(
        al: Alignment,
        kx: Sequence[str],
        ky: Sequence[str],
        keys_a: Sequence[str],
        owner_a: Sequence[int],
        owner_b: Sequence[int],
        conflict: bool,
        rare: dict[str, list[int]],
        sizes: tuple[Counter[int], Counter[int]],
    ) -> set[tuple[int, int]] | None:
        matched_keys = {keys_a[i] for i, _ in al.matched}
        rare_matched = len(matched_keys & rare.keys())
        content = min(len(set(kx) - FUNCTION_WORDS), len(set(ky) - FUNCTION_WORDS))
        content_coverage = len(matched_keys - FUNCTION_WORDS) / content if content else 0.0
        part = 0.0
        if len(sizes[0]) > 1 or len(sizes[1]) > 1:  # a one-quote utterance: the coverage says it all
            hits_a = Counter(owner_a[i] for i, _ in al.matched)
            hits_b = Counter(owner_b[j] for _, j in al.matched)
            part = max(
                (
                    hits[p] / n
                    for hits, size in zip((hits_a, hits_b), sizes, strict=True)
                    for p, n in size.items()
                    if n >= MIN_PART_WORDS
                ),
                default=0.0,
            )
        if not accept(al, len(kx), len(ky), conflict, rare_matched, content_coverage, part):
            return None
        return _position_links(al.matched, owner_a, owner_b, keys_a)

    def _window(self, n: int, bag: set[str], width: int) -> tuple[list[Token], list[int]]:
        """The tokens of node ``n`` around the ``2 * width`` words richest in ``bag``, with half a
        ``width`` of margin on each side."""
        toks, owner = self.tokens(n)
        words = [i for i, t in enumerate(toks) if t.kind == "word"]
        hits = [1 if toks[i].key in bag else 0 for i in words]
        span = min(len(words), 2 * width)
        best = run = sum(hits[:span])
        start = 0
        for k in range(span, len(words)):
            run += hits[k] - hits[k - span]
            if run > best:
                best, start = run, k - span + 1
        lo = words[max(0, start - width // 2)]
        hi = words[min(len(words) - 1, start + span - 1 + width // 2)] + 1
        return toks[lo:hi], owner[lo:hi]


class _Components:
    """Union-find over nodes, with component sizes."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.sizes = [1] * n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def together(self, x: int, y: int) -> bool:
        return self.find(x) == self.find(y)

    def size(self, x: int) -> int:
        return self.sizes[self.find(x)]

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[ry] = rx
            self.sizes[rx] += self.sizes[ry]


class _Apart:
    """Evidence that short utterances credited to different named people are different remarks.

    A short line ("The numbers don't add up", "take on the Washington cartel") said by two people
    is usually a phrase both used. It is one line credited to two people (the finding a
    fact-checker wants) when the articles know both: near one person's quote, an article names the
    person another article credits (Chris Wallace reading Romney's words aloud; a tweet quoting
    Comey). When none does, nothing ties the remarks together."""

    def __init__(self, dossier: Dossier, quotes: tuple[Quote, ...], nodes: list[Node], surnames: Surnames):
        self.quotes, self.nodes, self.surnames = quotes, nodes, surnames
        self.mentions = Mentions(dossier)

    def _who(self, n: int) -> dict[str, set[tuple[str, int, int]]] | None:
        """Named speakers' surnames -> where they are credited (article, start, end); ``None``
        when a described speaker ("a candidate") is among them: a description contradicts no name."""
        who: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
        for c in self.nodes[n].copies:
            for i in c:
                q = self.quotes[i]
                if q.speaker is None:
                    continue
                if not self.surnames.named(q.speaker):
                    return None
                who[self.surnames.of(q.speaker)].add((q.article, q.start, q.end))
        return who

    def _untied(self, who: dict[str, set[tuple[str, int, int]]]) -> bool:
        """Several named speakers, and no article names another near the quote crediting one."""
        return len(who) > 1 and not any(
            self.mentions(a, other) for s, arts in who.items() for a in arts for other in who if other != s
        )

    def pair(self, x: int, y: int) -> bool:
        """Two short utterances that credit different named people, untied by any article."""
        if min(len(self.nodes[x].keys), len(self.nodes[y].keys)) > SHORT_WORDS:
            return False
        wx, wy = self._who(x), self._who(y)
        if not wx or not wy:
            return False
        merged: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
        for w in (wx, wy):
            for s, arts in w.items():
                merged[s] |= arts
        return self._untied(merged)

    def within(self, n: int) -> bool:
        """A short utterance whose identical copies credit different named people, untied."""
        if len(self.nodes[n].keys) > SHORT_WORDS:
            return False
        who = self._who(n)
        return who is not None and self._untied(who)


def negation_flip(keys_a: Sequence[str], keys_b: Sequence[str], matched: Sequence[tuple[int, int]]) -> bool:
    """Whether one side's matched stretch is negated and the other's is not ("I think the
    conventional wisdom" / "I don't think the conventional wisdom")."""
    if not matched:
        return False

    def negated(keys: Sequence[str], idx: list[int]) -> bool:
        return any(k in NEGATORS or k.endswith("n't") for k in keys[min(idx) : max(idx) + 1])

    return negated(keys_a, [i for i, _ in matched]) != negated(keys_b, [j for _, j in matched])


def _content_ok(keys: tuple[str, ...], node_rare: frozenset[str]) -> bool:
    """Whether an utterance alone is evidence enough that two identical copies are one utterance:
    the bar `accept` sets for a match."""
    content = set(keys) - FUNCTION_WORDS
    return (
        len(keys) >= MIN_MATCHED_WORDS
        and len(content) >= MIN_MATCHED_CONTENT
        and len(node_rare) >= MIN_SHARED_RARE
    )


def match_quotes(dossier: Dossier, variants: dict[str, str]) -> Match:
    quotes = dossier.quotes
    cache: dict[str, tuple[str, ...]] = {}
    qkeys: list[tuple[str, ...]] = []
    for q in quotes:
        k = cache.get(q.text)
        if k is None:
            k = cache[q.text] = word_keys(q.text, variants)
        qkeys.append(k)
    ok = [q.kind != "other" and len(qkeys[i]) >= MIN_QUOTE_WORDS for i, q in enumerate(quotes)]
    nodes = _nodes(quotes, _units(quotes, ok), qkeys)
    rare, node_rare = _rare_words(nodes)
    single_article: list[str | None] = []
    for node in nodes:
        arts = {quotes[c[0]].article for c in node.copies}
        single_article.append(next(iter(arts)) if len(arts) == 1 else None)

    surnames = Surnames(dossier)
    node_speakers = [
        frozenset().union(*(surnames.of_quotes(quotes, c) for c in node.copies)) for node in nodes
    ]
    apart = _Apart(dossier, quotes, nodes, surnames)
    scorer = _Scorer(dossier, nodes, variants)
    edges: list[tuple[int, int, set[tuple[int, int]]]] = []
    unlinked: set[int] = set()
    scored = 0
    joined = _Components(len(nodes))
    for x, y in _candidates(rare, node_rare, single_article):
        if joined.together(x, y) and joined.size(x) >= FULL_COMPARE_NODES:
            continue  # a large family already holds both: one more wording adds one alignment
        if not scorer.plausible(x, y):
            continue
        sx, sy = node_speakers[x], node_speakers[y]
        conflict = bool(sx and sy and not sx & sy)
        scored += 1
        got = scorer.score(x, y, conflict, rare)
        if got is not None:
            edges.append((x, y, got))
            if conflict and apart.pair(x, y):
                # Still heard (idiom detection counts its speakers), never a link.
                unlinked.add(len(edges) - 1)
            elif min(len(nodes[x].keys), len(nodes[y].keys)) > STOCK_MAX_WORDS:
                # Not through a phrase that may turn out an idiom: it must not stand for a link.
                joined.union(x, y)

    # Stock phrases: short utterances that several speakers are quoted saying.
    heard: dict[int, set[str]] = {
        n: set(node_speakers[n]) for n, nd in enumerate(nodes) if len(nd.keys) <= STOCK_MAX_WORDS
    }
    for x, y, _positions in edges:
        if x in heard:
            heard[x] |= node_speakers[y]
        if y in heard:
            heard[y] |= node_speakers[x]
    stock_nodes = {n for n, who in heard.items() if len(who) >= STOCK_MIN_SPEAKERS}
    # Short utterances whose copies credit different people that no article ties: one group per
    # speaker, as for idioms.
    by_speaker_nodes = stock_nodes | {
        n for n in range(len(nodes)) if len(node_speakers[n]) > 1 and apart.within(n)
    }

    # Groups of copies that are one utterance: all copies, or (stock phrases) the copies of one
    # known speaker each. Each group is linked through its first copy.
    groups: dict[int, list[tuple[frozenset[str], tuple[int, ...], list[tuple[int, ...]]]]] = {}
    links: list[tuple[int, int]] = []
    rep: dict[int, int] = {}
    for n, node in enumerate(nodes):
        if n in by_speaker_nodes:
            by_speaker: dict[str, list[tuple[int, ...]]] = defaultdict(list)
            for c in node.copies:
                who = surnames.of_quotes(quotes, c)
                if len(who) == 1:
                    by_speaker[next(iter(who))].append(c)
            parts = [(frozenset([s]), cs[0], cs) for s, cs in by_speaker.items()]
        else:
            parts = [(node_speakers[n], node.copies[0], node.copies)]
        groups[n] = parts
        if not _content_ok(node.keys, node_rare[n]):
            continue
        linkable = _linkable_positions(node, qkeys)
        for _who, first, copies in parts:
            # One copy per article: an article repeating a quote is not a second outlet carrying it.
            seen = {quotes[first[0]].article}
            for c in copies[1:]:
                if quotes[c[0]].article in seen:
                    continue
                seen.add(quotes[c[0]].article)
                for p in linkable:
                    links.append((first[p], c[p]))
                    rep[c[p]] = first[p]

    for e, (x, y, positions) in enumerate(edges):
        if e in unlinked:
            continue
        for wx, fx, _cx in groups[x]:
            for wy, fy, _cy in groups[y]:
                if (x in by_speaker_nodes or y in by_speaker_nodes) and not wx & wy:
                    continue
                for p, r in positions:
                    links.append((fx[p], fy[r]))
    stock = {qi for n in stock_nodes for c in nodes[n].copies for qi in c}
    _short_copies(quotes, qkeys, surnames, links, rep)
    return Match(links, rep, ok, stock, scored)


def _short_copies(
    quotes: tuple[Quote, ...],
    qkeys: list[tuple[str, ...]],
    surnames: Surnames,
    links: list[tuple[int, int]],
    rep: dict[int, int],
) -> None:
    """Short quotes too little to match ("extremely careless", "no reasonable prosecutor"): the same
    words from the same known person in two articles are one utterance, and often the words a
    fact-checker cares about most. Without a speaker, or from two people, they stay apart (stock
    phrases, slogans)."""
    linked = {qi for pair in links for qi in pair}
    groups: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        keys = qkeys[i]
        if q.kind == "other" or q.speaker is None or len(keys) < MIN_SHORT_WORDS:
            continue
        if all(k in FUNCTION_WORDS for k in keys):
            continue
        groups[(keys, surnames.of(q.speaker))].append(i)
    for members in groups.values():
        loose = [qi for qi in members if qi not in linked]
        if not loose or len(members) < 2:
            continue
        # A copy already in a family (its utterance matched another outlet's) is the anchor: a third
        # outlet quoting only these words joins that family rather than staying out of it.
        anchor = next((qi for qi in members if qi in linked), loose[0])
        seen = {quotes[qi].article for qi in members if qi in linked} | {quotes[anchor].article}
        for qi in loose:
            if qi != anchor and quotes[qi].article not in seen:
                seen.add(quotes[qi].article)
                links.append((anchor, qi))
                rep[qi] = anchor


def _linkable_positions(node: Node, qkeys: list[tuple[str, ...]]) -> list[int]:
    """Positions whose quote has at least two words, one of content: the bar for linking two quotes."""
    first = node.copies[0]
    out = []
    for p, qi in enumerate(first):
        keys = qkeys[qi]
        if len(keys) >= 2 and any(k not in FUNCTION_WORDS for k in keys):
            out.append(p)
    return out
