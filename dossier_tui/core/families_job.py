"""The families' matching as a job for a worker process (:mod:`.warm`): what it reads of a dossier,
in a form that is quick to pickle, and the worker's side, which rebuilds a dossier of just that.

Matching reads each article's id, text and outlet, each quote's place, text, kind, speaker and
utterance, and each speaker's id, name and spellings: nothing else (paragraphs, metadata, cues). A
text carried by several articles (wire copy) is sent once. The result is the same plain tuple the
cache stores (:func:`.families.encode_matched`), checked by the same decoder when it comes back.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import fields
from operator import attrgetter

from .families import Encoded, compute_matched, encode_matched
from .family_match import match_quotes
from .gc_pause import collector_paused
from .model import Article, ArticleMeta, Dossier, Field, Provenance, Quote, Speaker
from .name_variants import scan_texts, variant_map, variants_of
from .pool import Background, staged

TextJob = tuple[
    list[str],  # distinct article texts
    list[tuple[str, int, str | None]],  # articles: id, text number, outlet
]
RestJob = tuple[
    tuple[Sequence, ...],  # quotes, one column per field of _Quote (the article as its number)
    list[tuple[str, str, tuple[str, ...]]],  # speakers: id, name, spellings
]
Job = tuple[
    list[str],
    list[tuple[str, int, str | None]],
    tuple[Sequence, ...],
    list[tuple[str, str, tuple[str, ...]]],
]
"""A :data:`TextJob` and a :data:`RestJob` in one."""
_PROVENANCE = Provenance("worker")


class _Quote:
    """The fields of :class:`.model.Quote` that matching reads. Made 90,000 times at ×10: a frozen
    dataclass takes 0.15 s to build them, this 0.04 s. Reading any other field fails, and the job's
    property test with it (tests/test_warm.py)."""

    __slots__ = FIELDS = (
        "article",
        "id",
        "start",
        "end",
        "text",
        "paragraph",
        "kind",
        "speaker",
        "utterance",
    )

    def __init__(
        self,
        article: str,
        id: str,
        start: int,
        end: int,
        text: str,
        paragraph: int,
        kind: str,
        speaker: str | None,
        utterance: str,
    ) -> None:
        self.article, self.id, self.start, self.end, self.text = article, id, start, end, text
        self.paragraph, self.kind, self.speaker, self.utterance = paragraph, kind, speaker, utterance


_COLUMNS = tuple([f.name for f in fields(Quote)].index(name) for name in _Quote.FIELDS[1:])
"""Where :data:`.build.QuoteColumns` (the fields of :class:`.model.Quote`) holds _Quote's fields
after ``article`` (sent as the article's number, the columns' last list)."""


def job_of(dossier: Dossier) -> Job:
    """Sent field by field (a column per field pickles in a third less time than a tuple per quote)."""
    return (*texts_of(dossier.articles), *rest_of(dossier))


def texts_of(articles: Sequence[Article]) -> TextJob:
    """The job's first part: what the articles alone give, known before their quotes are."""
    texts: dict[str, int] = {}
    listed = [(a.id, texts.setdefault(a.text, len(texts)), a.meta.value("outlet")) for a in articles]
    return list(texts), listed


def rest_of(dossier: Dossier) -> RestJob:
    """The job's second part: the quotes and speakers (the articles as numbers in ``dossier.articles``)."""
    number = {a.id: n for n, a in enumerate(dossier.articles)}
    qs = dossier.quotes
    # one pass over the quotes, every field at once, then turned into columns (in C): ×10, 0.09 s;
    # nine passes of one field each took 0.125 s
    columns = list(zip(*map(attrgetter(*_Quote.FIELDS), qs), strict=True)) or [() for _ in _Quote.FIELDS]
    quotes = ([number[a] for a in columns[0]], *columns[1:])
    speakers = [(s.id, s.name, s.variants) for s in dossier.speakers]
    return quotes, speakers


def dossier_of(job: Job) -> Dossier:
    """A dossier holding what matching reads, equal to the original's in every field it reads."""
    texts, arts, quotes, speakers = job
    return _with_quotes(_articles_of((texts, arts)), (quotes, speakers))


def _articles_of(texts: TextJob) -> tuple[Article, ...]:
    return tuple(
        Article(
            aid,
            "",
            texts[0][t],
            (),
            ArticleMeta(outlet=Field(outlet, _PROVENANCE)) if outlet else ArticleMeta(),
        )
        for aid, t, outlet in texts[1]
    )


def _with_quotes(articles: tuple[Article, ...], rest: RestJob) -> Dossier:
    quotes, speakers = rest
    ids = [a.id for a in articles]
    quotes[0][:] = [ids[n] for n in quotes[0]]
    return Dossier(
        "",
        articles,
        tuple(map(_Quote, *quotes)),  # type: ignore[arg-type]
        tuple(Speaker(sid, name, variants=variants) for sid, name, variants in speakers),
    )


def matched(job: Job) -> Encoded:
    """The worker's side: name variants and matches, encoded as the cache stores them."""
    return encode_matched(compute_matched(dossier_of(job)))


@staged
def matched_in_parts(texts: TextJob, receive: Callable[[], RestJob | None]) -> Encoded:
    """:func:`matched` begun on the articles alone (:class:`HeadStart`): the name variants' text
    phase runs while the loading process still resolves speakers and makes the quotes; then the
    rest of the job is received and matching finishes as :func:`matched` does."""
    scan = scan_texts((aid, texts[0][t], outlet or aid) for aid, t, outlet in texts[1])
    articles = _articles_of(texts)
    rest = receive()
    if rest is None:
        raise RuntimeError("the rest of the job never came")
    d = _with_quotes(articles, rest)
    with collector_paused():
        variants = variants_of(scan, d.speakers)
        return encode_matched((variants, match_quotes(d, variant_map(variants))))


class HeadStart:
    """The families' matching begun in a worker during a load (:func:`.build.load` starts it when
    the per-article stage used workers, so a core is free while the dossier is put together), and
    finished by :func:`.warm.warm`. Kept by the dossier until taken (:func:`take`); a dossier
    nobody warms ends it when it goes (or at exit)."""

    def __init__(self) -> None:
        self._bg = Background(matched_in_parts)
        self._finished = False

    def begin(self, articles: Sequence[Article]) -> None:
        self._bg.give(texts_of(articles))

    def quoted(self, columns: Sequence[list], speakers: Sequence[Speaker]) -> None:
        """Send the rest of the job as soon as the load knows it (:func:`.build.assemble`'s quotes'
        fields, before it makes the quotes): what :func:`rest_of` would read of the dossier."""
        numbers, *fields = (columns[-1], *(columns[n] for n in _COLUMNS))
        self._send(((numbers, *fields), [(s.id, s.name, s.variants) for s in speakers]))

    def finish(self, dossier: Dossier) -> None:
        """Send the rest of the job: the dossier the articles became (nothing if already sent)."""
        if self._finished:
            return
        with collector_paused():
            rest = rest_of(dossier)
        self._send(rest)

    def _send(self, rest: RestJob) -> None:
        self._finished = True
        self._bg.give_more(rest)

    def result(self) -> Encoded | None:
        """The worker's result (``None`` if it failed: the caller computes here)."""
        return self._bg.result(lambda: None)

    def close(self) -> None:
        self._bg.close(kill=True)


_KEY = "families_head_start"


def keep(dossier: Dossier, head: HeadStart) -> None:
    """Hang ``head`` on the dossier, ended when the dossier goes if nobody took it."""
    dossier._derived[_KEY] = head
    weakref.finalize(dossier, head.close)


def take(dossier: Dossier) -> HeadStart | None:
    """The dossier's head start, once (the caller finishes or closes it)."""
    return dossier._derived.pop(_KEY, None)
