"""The families' matching as a job for a worker process (:mod:`.warm`): what it reads of a dossier,
in a form that is quick to pickle, and the worker's side, which rebuilds a dossier of just that.

Matching reads each article's id, text and outlet, each quote's place, text, kind, speaker and
utterance, and each speaker's id, name and spellings: nothing else (paragraphs, metadata, cues). A
text carried by several articles (wire copy) is sent once. The result is the same plain tuple the
cache stores (:func:`.families.encode_matched`), checked by the same decoder when it comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from .families import Encoded, compute_matched, encode_matched
from .model import Article, ArticleMeta, Dossier, Field, Provenance, Speaker

Job = tuple[
    list[str],  # distinct article texts
    list[tuple[str, int, str | None]],  # articles: id, text number, outlet
    tuple[Sequence, ...],  # quotes, one column per field of _Quote (the article as its number)
    list[tuple[str, str, tuple[str, ...]]],  # speakers: id, name, spellings
]
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


def job_of(dossier: Dossier) -> Job:
    """Sent field by field (a column per field pickles in a third less time than a tuple per quote)."""
    texts: dict[str, int] = {}
    articles = []
    number: dict[str, int] = {}
    for n, a in enumerate(dossier.articles):
        articles.append((a.id, texts.setdefault(a.text, len(texts)), a.meta.value("outlet")))
        number[a.id] = n
    qs = dossier.quotes
    # one pass over the quotes, every field at once, then turned into columns (in C): ×10, 0.09 s;
    # nine passes of one field each took 0.125 s
    columns = list(zip(*map(attrgetter(*_Quote.FIELDS), qs), strict=True)) or [() for _ in _Quote.FIELDS]
    quotes = ([number[a] for a in columns[0]], *columns[1:])
    speakers = [(s.id, s.name, s.variants) for s in dossier.speakers]
    return list(texts), articles, quotes, speakers


def dossier_of(job: Job) -> Dossier:
    """A dossier holding what matching reads, equal to the original's in every field it reads."""
    texts, arts, quotes, speakers = job
    articles = tuple(
        Article(
            aid, "", texts[t], (), ArticleMeta(outlet=Field(outlet, _PROVENANCE)) if outlet else ArticleMeta()
        )
        for aid, t, outlet in arts
    )
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
