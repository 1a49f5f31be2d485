"""JSON-ready views of the model, shared by the CLI and the exports."""

from __future__ import annotations

from typing import Any

from .model import Article, Dossier, Quote


def _span(s: tuple[int, int] | None) -> list[int] | None:
    return None if s is None else [s[0], s[1]]


def article_json(dossier: Dossier, article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {"id": article.id, "path": article.path, "encoding": article.encoding}
    out.update(article.meta.as_json())
    out["paragraphs"] = len(article.body)
    out["quotes"] = len(dossier.quotes_in(article.id))
    return out


def quote_json(dossier: Dossier, quote: Quote) -> dict[str, Any]:
    art = dossier.article(quote.article)
    speaker = dossier.speaker(quote.speaker)

    def text_of(s: tuple[int, int] | None) -> str | None:
        return None if s is None else art.text[s[0] : s[1]]

    return {
        "id": quote.id,
        "article": quote.article,
        "path": art.path,
        "outlet": art.meta.value("outlet"),
        "date": art.meta.value("date"),
        "title": art.meta.value("title"),
        "url": art.meta.value("url"),
        "speaker": None if speaker is None else speaker.name,
        "speaker_id": quote.speaker,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "paragraph": quote.paragraph,
        "para": art.para_numbers.get(quote.paragraph),
        "kind": quote.kind,
        "mention": _span(quote.mention),
        "mention_text": text_of(quote.mention),
        "cue": _span(quote.cue),
        "cue_text": text_of(quote.cue),
        "via": _span(quote.via),
        "via_text": text_of(quote.via),
        "utterance": quote.utterance,
        "attribution": quote.attribution,
    }
