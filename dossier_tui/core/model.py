"""The dossier model: immutable dataclasses that every view and script reads.

Offsets are always character offsets into ``Article.text``, the source file's decoded text with
any BOM removed, so ``article.text[q.start:q.end] == q.text`` holds for every quote. Anything
inferred carries a :class:`Provenance` saying which rule produced it and from where; anything
unknown is ``None`` rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:  # pragma: no cover - imports for type checkers only
    from collections.abc import Callable, Iterator

T = TypeVar("T")

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of character offsets into an article's text."""

ParagraphKind = Literal[
    "body",  # reporter's text: the only kind quotes are extracted from
    "title",
    "byline",
    "date",
    "dateline",
    "caption",  # photo captions and image credits
    "related",  # "Related article:" teasers
    "url",  # "Original url:" lines and bare URLs
    "footer",  # copyright lines and other trailing boilerplate
    "other",  # other non-body lines (navigation, share buttons, ...)
]

QuoteKind = Literal["full", "fragment", "other"]
"""``full``: a sentence or more of speech; ``fragment``: a few words quoted inside the reporter's
sentence; ``other``: scare quotes, titles and nicknames that are not speech."""


@dataclass(frozen=True)
class Provenance:
    """Where an inferred value came from, so a reader can check it."""

    rule: str
    """The rule that produced the value, e.g. ``"manifest"``, ``"markdown-heading"``, ``"url-domain"``."""
    line: int | None = None
    """1-based line of the source file the value was read from, when it came from the text."""
    detail: str | None = None
    """Free text: the manifest path, the matched source line, the URL the domain came from."""

    def as_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "line": self.line, "detail": self.detail}


@dataclass(frozen=True)
class Field(Generic[T]):
    """A metadata value together with its provenance."""

    value: T
    provenance: Provenance

    def as_json(self) -> dict[str, Any]:
        value: Any = list(self.value) if isinstance(self.value, tuple) else self.value
        return {"value": value, "provenance": self.provenance.as_json()}


META_FIELDS = ("title", "outlet", "authors", "wire", "date", "url", "dateline")


@dataclass(frozen=True)
class ArticleMeta:
    """Per-article metadata; a missing field is ``None``, never invented."""

    title: Field[str] | None = None
    outlet: Field[str] | None = None
    authors: Field[tuple[str, ...]] | None = None
    wire: Field[str] | None = None
    """Wire/agency credit (AFP, AP, Reuters) when the outlet ran agency copy."""
    date: Field[str] | None = None
    """ISO 8601 date, ``YYYY-MM-DD``."""
    url: Field[str] | None = None
    dateline: Field[str] | None = None
    """The place in a dateline such as ``(LONDON) --``."""

    def value(self, name: str) -> Any:
        f = getattr(self, name)
        return None if f is None else f.value

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in META_FIELDS:
            f = getattr(self, name)
            out[name] = None if f is None else f.as_json()
        return out


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the article; a broken paragraph is rejoined from several source segments."""

    index: int
    segments: tuple[Span, ...]
    """Source spans of the pieces, in order; more than one when a paragraph was rejoined."""
    kind: ParagraphKind = "body"

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def text(self, source: str) -> str:
        """The clean paragraph text: the segments joined by single spaces."""
        return " ".join(source[a:b] for a, b in self.segments)


@dataclass(frozen=True)
class Problem:
    """Something that could not be read or was read with doubt; the rest still loads."""

    path: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message, "severity": self.severity}


_FULL_TEXT_LABEL = re.compile(r"\W*full text\W*", re.I)


@dataclass(frozen=True)
class Article:
    id: str
    """Stable id: derived from the file name, made unique within the dossier."""
    path: str
    """The source file as given (relative or absolute, as the user or manifest named it)."""
    text: str
    """The decoded source text, BOM removed. All offsets point into this string."""
    paragraphs: tuple[Paragraph, ...]
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    encoding: str = "utf-8"
    """The encoding the file was decoded with."""

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")

    def opening_words(self, limit: int = 200) -> str:
        """The first body words, whitespace folded: what lists show, flagged as a stand-in, for an
        article with no title (a title is never invented). Raw text: callers clean it for display."""
        for p in self.body:
            words = " ".join(p.text(self.text).split()[:60]).lstrip("# ")
            if words:
                return words[:limit]
        return ""

    @cached_property
    def para_numbers(self) -> dict[int, int]:
        """Paragraph index -> the number a reader counts on the page: body paragraphs only, and in
        an archive export (ProQuest's ``ABSTRACT.`` … ``FULL TEXT.``) only those after the full-text
        label, since the abstract is the archive's summary, not the story. Citations' "para. N" and
        the JSON ``para`` field both read this, so a sheet and its citations agree."""
        paras = self.paragraphs
        start = 0
        for n, p in enumerate(paras):
            if p.kind != "body" and _FULL_TEXT_LABEL.fullmatch(p.text(self.text)):
                start = n + 1
                break
        numbers: dict[int, int] = {}
        for p in paras[start:]:
            if p.kind == "body":
                numbers[p.index] = len(numbers) + 1
        return numbers

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset; LF, CRLF and CR each end a line."""
        t = self.text
        return t.count("\n", 0, offset) + t.count("\r", 0, offset) - t.count("\r\n", 0, offset) + 1


@dataclass(frozen=True)
class Quote:
    id: str
    """Stable id: ``<article id>:q<n>`` in document order."""
    article: str
    """The id of the article the quote is in."""
    start: int
    end: int
    text: str
    """Exactly ``article.text[start:end]``: the characters between the quote marks."""
    paragraph: int
    """Index of the paragraph (in ``Article.paragraphs``) where the quote opens."""
    kind: QuoteKind = "full"
    speaker: str | None = None
    """Id of the :class:`Speaker`, or ``None`` when nobody could be attributed."""
    mention: Span | None = None
    """The words the attribution rests on: "he", "Lukashenko", "the Belarusian leader"."""
    cue: Span | None = None
    """The cue: "said", "told reporters", "added"."""
    via: Span | None = None
    """A secondary source: "as quoted by the Belta state-owned news agency"."""
    utterance: str = ""
    """Id shared by the parts of one interrupted utterance (``"A," he said. "B."``)."""
    attribution: str | None = None
    """The rule that attributed the speaker (``"cue-after"``, ``"pronoun"``, ``"continuation"``...)."""

    def __post_init__(self) -> None:
        if not self.utterance:
            object.__setattr__(self, "utterance", self.id)


@dataclass(frozen=True)
class Speaker:
    """One person or organisation, resolved across the whole dossier."""

    id: str
    name: str
    """Canonical name: the fullest proper name seen, e.g. "Alexander Lukashenko"."""
    kind: Literal["person", "organisation", "unknown"] = "person"
    variants: tuple[str, ...] = ()
    """Every spelling seen (Zelensky, Zelenskyy), canonical first."""
    roles: tuple[str, ...] = ()
    """Descriptions seen: "Belarusian President", "the Belarusian leader"."""


@dataclass(frozen=True, eq=False)
class Dossier:
    """A set of articles about one event, with every quote and speaker in them."""

    title: str
    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    problems: tuple[Problem, ...] = ()
    root: str | None = None
    """The directory or manifest the dossier was opened from, when there was one."""
    fingerprint: str | None = None
    """What the dossier was built from (code version, each article's id and content key), when
    loaded with the content cache on: dossier-wide results (families) are cached under it. ``None``
    for a dossier built any other way, which then caches nothing."""

    # Compared and hashed by identity (eq=False): a dossier is one loaded thing, and value hashing
    # would walk every article's text.

    # Lookups are built once, on first use; the dataclass stays immutable.
    @cached_property
    def _derived(self) -> dict[str, Any]:
        return {}

    def derived(self, key: str, build: Callable[[Dossier], T]) -> T:
        """Compute a derived structure (search index, families...) once per dossier and cache it,
        so no view recomputes it."""
        cache = self._derived
        if key not in cache:
            cache[key] = build(self)
        return cache[key]

    def built(self, key: str) -> Any | None:
        """A derived structure if it is already built, else ``None`` (never builds it: for a view
        that must not wait, or a thread that must not build it twice)."""
        return self._derived.get(key)

    def search(self, query: str, limit: int = 50, *, spellings: bool = False) -> list[Any]:
        """Ranked hits for an fzf-syntax query across quotes, paragraphs, titles and speakers;
        ``spellings``: a name's other spellings in the dossier are searched too (see
        :func:`search_spellings`, which also says which were added)."""
        return self.search_spellings(query, limit, families=self.families if spellings else None)[0]

    def search_spellings(
        self, query: str, limit: int = 50, families: Any = None
    ) -> tuple[list[Any], tuple[str, ...]]:
        """Hits, and the other spellings searched: those of ``families.name_variants`` that the
        query names (none without ``families``)."""
        from .fzf_query import parse
        from .query_variants import alternatives, with_possessives, with_variants
        from .search import build_index

        q, added = with_possessives(parse(query)), ()
        if families is not None:
            q, added = with_variants(q, alternatives(getattr(families, "name_variants", ())))
        return self.derived("search_index", build_index).search_query(q, limit=limit), added

    @property
    def families(self) -> Any:
        """Quote families across outlets (see :mod:`dossier_tui.core.families`)."""
        from .families import build_families

        return self.derived("families", build_families)

    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def _quotes_by_id(self) -> dict[str, Quote]:
        return {q.id: q for q in self.quotes}

    @cached_property
    def _speakers_by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in self.speakers}

    @cached_property
    def _quotes_by_article(self) -> dict[str, tuple[Quote, ...]]:
        out: dict[str, list[Quote]] = {a.id: [] for a in self.articles}
        for q in self.quotes:
            out.setdefault(q.article, []).append(q)
        return {k: tuple(v) for k, v in out.items()}

    def article(self, article_id: str) -> Article:
        return self._articles_by_id[article_id]

    def quote(self, quote_id: str) -> Quote:
        return self._quotes_by_id[quote_id]

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return None if speaker_id is None else self._speakers_by_id.get(speaker_id)

    def speaker_name(self, quote: Quote) -> str | None:
        s = self.speaker(quote.speaker)
        return None if s is None else s.name

    def quotes_in(self, article_id: str) -> tuple[Quote, ...]:
        return self._quotes_by_article.get(article_id, ())

    def iter_quotes(self) -> Iterator[tuple[Article, Quote]]:
        for a in self.articles:
            for q in self.quotes_in(a.id):
                yield a, q

    @property
    def outlets(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for a in self.articles:
            if a.meta.outlet is not None:
                seen.setdefault(a.meta.outlet.value, None)
        return tuple(seen)
