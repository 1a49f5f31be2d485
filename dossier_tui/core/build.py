"""From loaded articles to the full dossier: quotes, their kinds, attribution, speakers."""

from __future__ import annotations

import re

from .attribution import Attribution, Entity, attribute
from .loader import Loaded, load_articles
from .mentions import MASK, mask_quotes
from .model import Article, Dossier, Quote, QuoteKind
from .quotes import RawQuote, find_quotes
from .speakers import resolve_speakers

_SENTENCE_END = re.compile(r"[.!?…][’'”\"]?\s*$")


_CALLED = re.compile(
    r"\b(?:called|calling|calls|dubbed|dubbing|labeled|labelled|described|describing)\b[^.!?]{0,30}$"
)


def _name_calling(att: Attribution, masked: str, lo: int, hi: int) -> bool:
    """`Trump called her “Crooked Hillary”`: a nickname someone is heard giving is their words."""
    return att.cue is not None and att.entity is not None and _CALLED.search(masked, lo, hi) is not None


_SMALL = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is"]
)


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the small ones: a title or a name, not speech."""
    content = [w for w in words if w.lower().strip(".,!?:;") not in _SMALL]
    return (
        bool(content)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in content)
        and any(w[:1].isalpha() for w in content)
    )


def classify(article: Article, rq: RawQuote, att: Attribution, masked: str) -> QuoteKind:
    """full: speech that stands as a sentence; fragment: a few words quoted inside the reporter's
    sentence; other: scare quotes, titles and nicknames (no speech cue anywhere near)."""
    text = article.text[rq.start : rq.end]
    words = text.split()
    para = article.paragraphs[rq.paragraph]
    before = masked[para.start : rq.outer_start].rstrip()
    # quote opens the paragraph, or follows a colon / comma-cue, or a finished sentence
    standalone = not before or before.endswith((":", ",", ".", "?", "!", MASK, "—", "--"))
    if att.entity is None and att.cue is None and len(words) <= 4:
        return "other"
    if (
        len(words) <= 10
        and _title_case(words if not standalone else words[1:])
        and not (standalone and len(words) == 1)
        and not _name_calling(att, masked, max(para.start, rq.outer_start - 40), rq.outer_start)
    ):
        return "other"  # a title or name: “The Walking Dead”, “Eclipsed.”, “Make America Great Again”
    if standalone and (len(words) >= 4 or _SENTENCE_END.search(text)) and (text[:1].isupper() or not before):
        return "full"
    return "fragment"


def _link_utterances(quotes: list[Quote], atts: list[Attribution], article: Article) -> list[Quote]:
    """`"A," he said. "B."`: B continues A's utterance when only A's attribution stands between."""
    out: list[Quote] = []
    for i, q in enumerate(quotes):
        # the previous quote's cue stands between the two parts, and nothing else does
        if i and atts[i].continues and atts[i - 1].rule == "cue-after" and atts[i - 1].cue is not None:
            p = out[-1]
            if q.paragraph == p.paragraph and p.end < atts[i - 1].cue[0] < q.start and q.start - p.end < 200:
                q = Quote(**{**q.__dict__, "utterance": p.utterance})
        out.append(q)
    return out


def build_dossier(loaded: Loaded) -> Dossier:
    per_article: list[tuple[Article, list[RawQuote], list[Attribution], str]] = []
    entities: list[Entity] = []
    states: list[list[str]] = []
    for art in loaded.articles:
        raws = find_quotes(art)
        atts, names = attribute(art, raws)
        states.append(names)
        masked = mask_quotes(art.text, [(q.outer_start, q.outer_end) for q in raws])
        per_article.append((art, raws, atts, masked))
        for att in atts:
            if att.entity is not None:
                entities.append(_scoped(art, att.entity))
    mentioned = [m for st in states for m in st]
    speakers, speaker_of = resolve_speakers(entities, mentioned)
    quotes: list[Quote] = []
    for art, raws, atts, masked in per_article:
        qs = []
        for n, (rq, att) in enumerate(zip(raws, atts, strict=True), 1):
            kind = classify(art, rq, att, masked)
            speaker = None
            if att.entity is not None and kind != "other":
                speaker = speaker_of.get(_scoped(art, att.entity).key)
            qs.append(
                Quote(
                    id=f"{art.id}:q{n}",
                    article=art.id,
                    start=rq.start,
                    end=rq.end,
                    text=art.text[rq.start : rq.end],
                    paragraph=rq.paragraph,
                    kind=kind,
                    speaker=speaker,
                    mention=att.mention if speaker else None,
                    cue=att.cue if speaker else None,
                    via=att.via,
                    attribution=att.rule if speaker else None,
                )
            )
        quotes.extend(_link_utterances(qs, atts, art))
    used = {q.speaker for q in quotes}
    speakers = tuple(s for s in speakers if s.id in used)
    return Dossier(loaded.title, loaded.articles, tuple(quotes), speakers, loaded.problems, loaded.root)


def _scoped(art: Article, e: Entity) -> Entity:
    """Entity keys are per article: a bare "Clinton" may mean different people in two articles."""
    return Entity(f"{art.id}|{e.key}", e.name, e.kind, e.roles, e.spellings)


def from_texts(texts: dict[str, str], title: str = "dossier") -> Dossier:
    """Build a dossier from in-memory texts (name → text): for scripts and tests."""
    from .layout import parse_layout
    from .model import Article as _Article

    articles = []
    for n, (name, text) in enumerate(texts.items()):
        layout = parse_layout(text)
        articles.append(_Article(f"a{n}", name, text, layout.paragraphs, layout.meta))
    return build_dossier(Loaded(title, tuple(articles), (), None))


def load(*paths) -> Dossier:
    """Load a dossier from article files, directories or manifests; no paths: the bundled seeds."""
    return build_dossier(load_articles(*paths))
