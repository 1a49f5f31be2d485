"""Features that other engineers deliver over time (search, families, citations), reached through
feature checks so the app works before, and after, each one lands."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .safe import safe

if TYPE_CHECKING:
    from ..core.model import Dossier, Quote

log = logging.getLogger(__name__)

FALLBACK_STYLES = ("plain",)


@dataclass(frozen=True)
class FallbackHit:
    """The shape of ``core.search.Hit``, for the substring search used until the real one exists."""

    kind: str
    text: str
    spans: tuple[tuple[int, int], ...]
    score: float
    article: str | None
    quote: str | None = None
    speaker: str | None = None
    paragraph: int | None = None
    start: int | None = None


def _fallback_search(dossier: Dossier, query: str, limit: int) -> list[FallbackHit]:
    """Case-insensitive AND of words; only used when ``core.search`` is missing."""
    terms = [t for t in query.lower().split() if t]
    if not terms:
        return []
    hits: list[FallbackHit] = []

    def spans_of(text: str) -> tuple[tuple[int, int], ...] | None:
        low = text.lower()
        found = []
        for t in terms:
            i = low.find(t)
            if i < 0:
                return None
            found.append((i, i + len(t)))
        return tuple(sorted(found))

    for q in dossier.quotes:
        sp = spans_of(q.text)
        if sp:
            hits.append(
                FallbackHit("quote", q.text, sp, 2.0, q.article, q.id, q.speaker, q.paragraph, q.start)
            )
    for a in dossier.articles:
        for p in a.body:
            text = p.text(a.text)
            sp = spans_of(text)
            if sp:
                hits.append(FallbackHit("paragraph", text, sp, 1.0, a.id, None, None, p.index, p.start))
            if len(hits) >= limit * 4:
                break
    return sorted(hits, key=lambda h: -h.score)[:limit]


def search(dossier: Dossier, query: str, limit: int = 50) -> tuple[list[Any], tuple[str, ...]]:
    """Ranked hits, and the other spellings of names in the query searched too. Spellings come
    from the families only once they are built (the loading thread warms them): a keystroke never
    waits for them, nor builds them a second time beside the loader."""
    try:
        hits, spellings = dossier.search_spellings(query, limit, dossier.built("families"))
        return list(hits), spellings
    except (ImportError, AttributeError, NotImplementedError):
        return _fallback_search(dossier, query, limit), ()


def families(dossier: Dossier, *, wait: bool = True) -> Any | None:
    """``Dossier.families``, or ``None`` while the comparison module is not there. ``wait=False``
    is for views drawn on the UI thread: ``None`` also while the loading thread still builds them
    (at 8,000 articles that takes seconds, and the screen would freeze); the screen redraws those
    views when the families arrive (``DossierWarmed``)."""
    try:
        return dossier.families if wait else dossier.built("families")
    except (ImportError, AttributeError, NotImplementedError):
        return None


def _family_pairs(dossier: Dossier, method: str, quote_id: str) -> tuple[Any, ...]:
    """``Families.<method>(quote_id)``, or nothing while families are not built (or a test's
    stand-in lacks the method). Never waits: only the inspector, on the UI thread, asks."""
    fam = families(dossier, wait=False)
    if fam is None:
        return ()
    try:
        return tuple(getattr(fam, method)(quote_id))
    except (AttributeError, KeyError):
        return ()


def pairs_for(dossier: Dossier, quote_id: str) -> tuple[Any, ...]:
    return _family_pairs(dossier, "pairs_for", quote_id)


def others_in_family(dossier: Dossier, quote_id: str) -> tuple[Any, ...]:
    return _family_pairs(dossier, "others_in_family", quote_id)


def family_members(dossier: Dossier, quote_id: str) -> tuple[str, ...]:
    fam = families(dossier)
    f = None
    if fam is not None:
        try:
            f = fam.family_of(quote_id)
        except (AttributeError, KeyError):
            f = None
    return tuple(f.members) if f is not None else (quote_id,)


def renderings(dossier: Dossier, quote_id: str) -> tuple[str, ...] | None:
    """The utterance as each article renders it: one quote per article of the quote's family (this
    one for its own article), in dossier order; ``None`` while the families are being built."""
    if families(dossier, wait=False) is None:
        return None
    own = dossier.quote(quote_id).article
    out: dict[str, str] = {own: quote_id}
    for m in family_members(dossier, quote_id):
        out.setdefault(dossier.quote(m).article, m)
    order = {a.id: n for n, a in enumerate(dossier.articles)}
    return tuple(sorted(out.values(), key=lambda q: order.get(dossier.quote(q).article, 0)))


def citation_styles() -> tuple[str, ...]:
    try:
        from ..core.citation import STYLES
    except ImportError:
        return FALLBACK_STYLES
    return tuple(STYLES)


def _says(text: str) -> str:
    """The quote with the comma a citation line needs, inside the closing mark (US rule)."""
    text = " ".join(text.split())
    return f"“{text}”" if text[-1:] in ".,!?…" else f"“{text},”"


def fallback_cite_quote(dossier: Dossier, quote: Quote) -> str:
    """'“text,” Speaker said, Outlet, date, URL' with missing fields left out, never invented."""
    art = dossier.article(quote.article)
    parts = [p for p in (art.meta.value("outlet"), art.meta.value("date"), art.meta.value("url")) if p]
    speaker = dossier.speaker_name(quote)
    if speaker:
        return ", ".join([f"{_says(quote.text)} {speaker} said", *parts])
    # no speaker: the comma is already inside the closing mark
    return " ".join([_says(quote.text), ", ".join(parts)]) if parts else _says(quote.text).replace(",”", "”")


def citation_gaps(dossier: Dossier, quote: Quote) -> str:
    """What the quote's citation lacks, as a phrase for the copy toast ("" when nothing)."""
    from ..core.citation import gap_note, missing_parts

    return gap_note(missing_parts(dossier, dossier.article(quote.article)))


def cite_quote(dossier: Dossier, quote: Quote, style: str = "plain") -> str:
    """What ``y`` copies: ``core.citation.cite_quote`` once it exists, else the fallback line."""
    try:
        from ..core.citation import cite_quote as core_cite
    except ImportError:
        return fallback_cite_quote(dossier, quote)
    try:
        return core_cite(dossier, quote, style)
    except Exception:  # a citation bug must not lose the copy
        log.exception("cite_quote failed")
        return fallback_cite_quote(dossier, quote)


def family_text(dossier: Dossier, quote: Quote, style: str = "plain") -> str:
    """Every outlet's wording of the utterance with its citation."""
    fam = families(dossier)
    try:
        from ..core.citation import family_text as core_family_text
    except ImportError:
        core_family_text = None
    if fam is not None and core_family_text is not None:
        try:
            f = fam.family_of(quote.id)
            if f is not None:
                return core_family_text(dossier, f, style)
        except Exception:  # a citation bug must not lose the copy
            log.exception("family_text failed")
    members = family_members(dossier, quote.id)
    return "\n\n".join(cite_quote(dossier, dossier.quote(m), style) for m in members)


def markdown_quote(dossier: Dossier, quote: Quote) -> str:
    try:
        from ..core.citation import STYLES
    except ImportError:
        STYLES = ()
    if "markdown" in STYLES:
        return cite_quote(dossier, quote, "markdown")
    body = " ".join(quote.text.split())
    return f"> {body}\n>\n> — {fallback_cite_quote(dossier, quote).split('” ', 1)[-1]}"


def copy_choices(dossier: Dossier, quote: Quote) -> list[tuple[str, str]]:
    """(label, payload) pairs for the ``Y`` menu; payloads are made safe by the clipboard."""
    # The words only: a comma or colon after them was the reporter's sentence, not the speaker's.
    choices = [("Quote only", quote.text.rstrip().rstrip(",;:").rstrip())]
    styles = citation_styles()
    for style in styles:
        choices.append((f"Quote + citation ({style})", cite_quote(dossier, quote, style)))
    if "markdown" not in styles:  # else the same text is already there as a citation style
        choices.append(("Markdown", markdown_quote(dossier, quote)))
    choices.append(("Whole family (every outlet's wording)", family_text(dossier, quote)))
    return choices


_WORD = re.compile(r"\w+", re.UNICODE)


def normalised(text: str) -> str:
    """Comparison key used by the coverage view before families exist."""
    return " ".join(_WORD.findall(safe(text).casefold()))
