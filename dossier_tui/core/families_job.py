"""The families' matching as a job for a worker process (:mod:`.warm`): what it reads of a dossier,
in a form that is quick to pickle, and the worker's side, which rebuilds a dossier of just that.

Matching reads each article's id, text and outlet, each quote's place, text, kind, speaker and
utterance, and each speaker's id, name and spellings: nothing else (paragraphs, metadata, cues). A
text carried by several articles (wire copy) is sent once. The result is the same plain tuple the
cache stores (:func:`.families.encode_matched`), checked by the same decoder when it comes back.
"""

from __future__ import annotations

from .families import Encoded, compute_matched, encode_matched
from .model import Article, ArticleMeta, Dossier, Field, Provenance, Quote, Speaker

Job = tuple[
    list[str],  # distinct article texts
    list[tuple[str, int, str | None]],  # articles: id, text number, outlet
    list[tuple[int, str, int, int, str, int, str, str | None, str]],  # quotes (see job_of)
    list[tuple[str, str, tuple[str, ...]]],  # speakers: id, name, spellings
]
_PROVENANCE = Provenance("worker")


def job_of(dossier: Dossier) -> Job:
    texts: dict[str, int] = {}
    articles = []
    number: dict[str, int] = {}
    for n, a in enumerate(dossier.articles):
        articles.append((a.id, texts.setdefault(a.text, len(texts)), a.meta.value("outlet")))
        number[a.id] = n
    quotes = [
        (number[q.article], q.id, q.start, q.end, q.text, q.paragraph, q.kind, q.speaker, q.utterance)
        for q in dossier.quotes
    ]
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
    return Dossier(
        "",
        articles,
        tuple(
            Quote(qid, ids[a], start, end, text, paragraph, kind, speaker, utterance=utterance)  # type: ignore[arg-type]
            for a, qid, start, end, text, paragraph, kind, speaker, utterance in quotes
        ),
        tuple(Speaker(sid, name, variants=variants) for sid, name, variants in speakers),
    )


def matched(job: Job) -> Encoded:
    """The worker's side: name variants and matches, encoded as the cache stores them."""
    return encode_matched(compute_matched(dossier_of(job)))
