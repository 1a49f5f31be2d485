"""Content builders: model objects to styled ``Content``. Pure functions, no widgets, so tests
can check exactly what the user will read; untrusted text never passes through markup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual.content import Content

from ..core.align import MOVED_NOTE, TRIVIAL
from ..core.lexicon import ABBREVIATIONS
from ..core.text import escape_controls
from . import features
from .safe import plain, safe, safe_same_length, shorten
from .theme import (
    CUE_STYLE,
    HIT_STYLE,
    MENTION_STYLE,
    MUTED,
    SELECTED_STYLE,
    SPEAKER_STYLES,
    UNATTRIBUTED_STYLE,
)

if TYPE_CHECKING:
    from ..core.model import Article, Dossier, Paragraph, Quote


def speaker_style(dossier: Dossier, speaker_id: str | None) -> str:
    if speaker_id is None:
        return UNATTRIBUTED_STYLE
    ids = dossier.derived("tui.speaker_order", lambda d: {s.id: n for n, s in enumerate(d.speakers)})
    return SPEAKER_STYLES[ids.get(speaker_id, 0) % len(SPEAKER_STYLES)]


def outlet_label(article: Article) -> tuple[str, bool]:
    """The outlet, or the file's id as a stand-in; the flag says it is a stand-in."""
    outlet = article.meta.value("outlet")
    return (safe(outlet), False) if outlet else (article.id, True)


def title_label(article: Article) -> tuple[str, bool]:
    """The title, or the first body words as a stand-in (flagged) — metadata is never invented."""
    title = article.meta.value("title")
    if title:
        return safe(title), False
    opening = safe(article.opening_words())
    return (shorten(opening, 70), True) if opening else ("(no text)", True)


def date_label(article: Article) -> str:
    return safe(article.meta.value("date")) or "no date"


def _likeness(verdict: str, similarity: float, labels: frozenset[str] = frozenset()) -> str:
    """Similarity counts only the words both renderings carry, so a trimmed rendering is 100 %
    alike and still substantive: said in words, not as "substantive · 100 % alike". ``labels``:
    the pair's diff labels, so that words that only moved are not called cut or added."""
    percent = round(similarity * 100)
    if percent == 100 and verdict not in ("identical", "trivial"):
        if labels and labels - TRIVIAL <= {"moved"}:
            return f"{verdict} · the same words in another order"
        return f"{verdict} · words cut or added; the words both carry are the same"
    return f"{verdict} · overlap {percent}% alike"


def article_row(dossier: Dossier, article: Article, new: bool = False) -> Content:
    """Two lines for the article list: title, then outlet · date · quote count (after "new" for an
    article added since the dossier was last opened)."""
    title, stand_in = title_label(article)
    outlet, outlet_stand_in = outlet_label(article)
    n = len(dossier.quotes_in(article.id))
    first = Content.styled(title, "italic" if stand_in else "bold")
    second = Content.assemble(
        ("new · " if new else "", "bold $success"),
        (outlet, "italic $foreground-muted" if outlet_stand_in else "$accent"),
        (f" · {date_label(article)} · {n} quote{'s' if n != 1 else ''}", MUTED),
    )
    return Content("\n").join([first, second])


def display_span(paragraph: Paragraph, start: int, end: int) -> tuple[int, int] | None:
    """Map an absolute source span into the paragraph's rejoined display text
    (segments joined by one space), or ``None`` when it does not touch the paragraph."""
    base = 0
    lo = hi = None
    for a, b in paragraph.segments:
        s, e = max(start, a), min(end, b)
        if s < e or (start == end and a <= start <= b):
            lo = base + (s - a) if lo is None else lo
            hi = base + (e - a)
        base += (b - a) + 1
    return None if lo is None or hi is None else (lo, hi)


def paragraph_content(
    dossier: Dossier,
    article: Article,
    paragraph: Paragraph,
    *,
    selected: str | None = None,
    hit_spans: Sequence[tuple[int, int]] = (),
) -> Content:
    """A paragraph with its quotes coloured by speaker, the selected quote emphasised, its cue and
    mention marked, and search-hit characters (absolute spans) underlined."""
    content = Content(safe_same_length(paragraph.text(article.text)), strip_control_codes=False)
    for q in dossier.quotes_in(article.id):
        if q.end <= paragraph.start or q.start >= paragraph.end:
            continue
        span = display_span(paragraph, q.start, q.end)
        if span is None:
            continue
        style = speaker_style(dossier, q.speaker)
        content = content.stylize(style, *span)
        if q.id == selected:
            content = content.stylize(SELECTED_STYLE, *span)
            for mark, mstyle in ((q.cue, CUE_STYLE), (q.mention, MENTION_STYLE)):
                if mark is not None and (m := display_span(paragraph, *mark)):
                    content = content.stylize(mstyle, *m)
    for a, b in hit_spans:
        if (span := display_span(paragraph, a, b)) is not None:
            content = content.stylize(HIT_STYLE, *span)
    return content


def _one_line(label: str, value: str, width: int | None, keep_end: bool) -> Content:
    """``label value`` on one line of ``width`` cells: a URL keeps its start, a file path its end
    (the file's name); wrapped, each took three lines of a short terminal's reader."""
    room = None if width is None else width - len(label)
    if room is not None and room > 8 and cell_len(value) > room:
        if keep_end:
            head = room // 4
            value = value[:head] + "…" + value[len(value) - (room - head - 1) :]
        else:
            value = value[: room - 1] + "…"
    return Content.assemble((label, MUTED), plain(value))


def meta_content(dossier: Dossier, article: Article, width: int | None = None) -> Content:
    """The article's metadata block; missing fields are said to be missing. ``width``: URL and
    file path are cut to one line each (``o`` opens the whole URL)."""
    title, stand_in = title_label(article)
    lines = [Content.styled(title, "bold italic" if stand_in else "bold")]
    # who and when on one line, so that a short terminal still shows the article's first lines
    authors = ", ".join(article.meta.value("authors") or ()) or None
    wire = article.meta.value("wire")
    byline: list[tuple[str, str | None]] = [
        ("", article.meta.value("outlet")),
        ("", article.meta.value("date")),
        ("by ", authors),
        # "by AFP · wire AFP" says one thing twice: the byline already names the agency
        ("wire ", None if wire and authors and wire.casefold() == authors.casefold() else wire),
    ]
    parts = [Content.assemble((label, MUTED), plain(value)) for label, value in byline if value]
    if parts:
        lines.append(Content.styled(" · ", MUTED).join(parts))
    for label, value in (("URL", article.meta.value("url")), ("File", article.path)):
        if value:
            # a file's name with its controls made visible (\x1b), as the CLI and the problems
            # list show it: stripped, it would name a file that does not exist
            shown = escape_controls(value) if label == "File" else safe(value)
            lines.append(_one_line(f"{label}: ", shown, width, keep_end=label == "File"))
    n = len(dossier.quotes_in(article.id))
    lines.append(Content.styled(f"{n} quote{'s' if n != 1 else ''} · encoding {article.encoding}", MUTED))
    return Content("\n").join(lines)


_SENTENCE_END = re.compile(r"[.!?…](?=[\s”\"’)]*\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _sentence_ends(text: str, lo: int, hi: int) -> Iterator[int]:
    """Where sentences end between ``lo`` and ``hi``: not at an abbreviation's period ("U.S.",
    "Sen."), which would cut the evidence in the middle of its sentence."""
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if text[m.start()] == ".":
            w = _WORD_BEFORE.search(text, max(lo, m.start() - 20), m.end())
            if w and (w.group(1).lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", w.group(1))):
                continue
        yield m.end()


def evidence_span(article: Article, quote: Quote) -> tuple[int, int]:
    """The sentence(s) holding the quote, its cue and its mention, inside the quote's paragraph."""
    lo = min([quote.start] + [s[0] for s in (quote.cue, quote.mention) if s])
    hi = max([quote.end] + [s[1] for s in (quote.cue, quote.mention) if s])
    para = article.paragraph_at(lo) or article.paragraph_at(quote.start)
    p_start, p_end = (para.start, para.end) if para else (lo, hi)
    starts = list(_sentence_ends(article.text, p_start, lo))
    start = starts[-1] if starts else p_start
    end = next(_sentence_ends(article.text, hi, p_end), p_end)
    while start < lo and article.text[start].isspace():
        start += 1
    return start, max(end, hi)


def evidence_content(dossier: Dossier, article: Article, quote: Quote) -> Content:
    start, end = evidence_span(article, quote)
    text = safe_same_length(article.text[start:end]).replace("\n", " ")
    content = Content(text, strip_control_codes=False)
    content = content.stylize(speaker_style(dossier, quote.speaker), quote.start - start, quote.end - start)
    for mark, style in ((quote.cue, CUE_STYLE), (quote.mention, MENTION_STYLE)):
        if mark is not None:
            content = content.stylize(style, mark[0] - start, mark[1] - start)
    return content


def _heading(text: str) -> Content:
    return Content.styled(text, "bold $primary")


MAX_ROLES = 4
"""Roles the inspector lists: a speaker seen across a large dossier gathers dozens, which would push
the quote's evidence and citation off the screen."""


def roles_for(roles: tuple[str, ...], article_text: str) -> tuple[list[str], int]:
    """The roles to show beside a quote, those its own article uses first, and how many are left."""
    here = [r for r in roles if r in article_text]
    ordered = here + [r for r in roles if r not in here]
    return ordered[:MAX_ROLES], max(0, len(ordered) - MAX_ROLES)


def speaker_content(dossier: Dossier, quote: Quote) -> Content:
    speaker = dossier.speaker(quote.speaker)
    if speaker is None:
        return Content.styled("not attributed", UNATTRIBUTED_STYLE)
    parts = [Content.styled(safe(speaker.name), f"bold {speaker_style(dossier, speaker.id)}")]
    if speaker.roles:
        shown, hidden = roles_for(speaker.roles, dossier.article(quote.article).text)
        more = f" (+{hidden} more: p, the Speakers view)" if hidden else ""
        parts.append(Content.assemble(("\nrole: ", MUTED), plain("; ".join(shown)), (more, MUTED)))
    others = [v for v in speaker.variants if v != speaker.name]
    if others:
        parts.append(Content.assemble(("\nalso spelled: ", MUTED), plain(", ".join(others))))
    return Content("").join(parts)


def _pair_view(pair: Any, quote_id: str) -> tuple[str, list[tuple[str, tuple[int, int] | None, str, str]]]:
    """The other quote's id and the differences seen from this quote's side."""
    diffs = []
    if pair.a == quote_id:
        other = pair.b
        for d in pair.differences:
            diffs.append((d.label, d.b, d.a_text, d.b_text))
    else:  # seen from b: what b added, a left out, and the other way round
        other = pair.a
        for d in pair.differences:
            diffs.append((_FROM_THE_OTHER_SIDE.get(d.label, d.label), d.a, d.b_text, d.a_text))
    return other, diffs


_FROM_THE_OTHER_SIDE = {"insertion": "omission", "omission": "insertion"}
"""Labels that name a direction: read from the pair's second quote they swap (the rest say what
differs, not who changed it)."""


def _credits_differ(dossier: Dossier, a: Quote, b: Quote) -> bool:
    """Both quotes credited, to speakers with different last names: the families' own test
    (:class:`~dossier_tui.core.family_match.Surnames`), so "Mr. Rubio" and "Marco Rubio" resolved
    apart are still one person."""
    from ..core.family_match import Surnames  # only once families exist: not on the start-up path

    if a.speaker is None or b.speaker is None:
        return False
    surnames = Surnames(dossier)
    return surnames.of(a.speaker) != surnames.of(b.speaker)


def comparison_content(dossier: Dossier, quote: Quote, *, hide_trivial: bool) -> Content:
    """The same utterance in every other outlet, differences highlighted in the other wording and
    labelled below it; trivial ones (punctuation, case, spelling: the core's definition, which
    ``compare --substantive`` uses too) can be hidden. Function words stay: "that" against ":" is
    framing, which fact-checkers look for."""
    if features.families(dossier, wait=False) is None:
        return Content.styled("Comparing outlets… (the comparison appears here when it is ready)", MUTED)
    direct = sorted(features.pairs_for(dossier, quote.id), key=lambda p: -p.similarity)
    if not direct:
        return Content.styled("No other outlet carries this utterance.", MUTED)
    # then the family's other members, met through another rendering: coverage counts them, so
    # the inspector lists them too ("who else ran this, and how?")
    indirect = sorted(features.others_in_family(dossier, quote.id), key=lambda p: -p.similarity)
    blocks: list[Content] = []
    hidden = 0
    for n, pair in enumerate([*direct, *indirect]):
        try:
            other = dossier.quote(pair.b if pair.a == quote.id else pair.a)
        except KeyError:
            continue
        if other.article == quote.article:  # the same story's other part, met through another outlet
            continue
        differ = _credits_differ(dossier, quote, other)
        if hide_trivial and pair.verdict in ("identical", "trivial") and not differ:
            hidden += 1
            continue
        _other_id, diffs = _pair_view(pair, quote.id)
        art = dossier.article(other.article)
        outlet, stand_in = outlet_label(art)
        credited = dossier.speaker_name(other)
        through = n >= len(direct)
        apart = through and pair.similarity == 0  # another part of the utterance: nothing to compare
        head = Content.assemble(
            (outlet, "bold italic" if stand_in else "bold"),
            (
                f"  {_likeness(pair.verdict, pair.similarity, frozenset(d[0] for d in diffs))}"
                if not apart
                else "  no words in common",
                MUTED,
            ),
            ("  · in the family through another rendering" if through else "", MUTED),
        )
        # Who that outlet credits, and a note when it is someone else: the same words given to two
        # people is what a fact-checker looks for, identical wording or not.
        credit = Content.assemble(("  — ", MUTED), plain(credited) if credited else ("unattributed", MUTED))
        if differ:
            credit = Content.assemble(credit, ("  attribution differs", "bold $error"))
        body = Content(safe_same_length(other.text).replace("\n", " "), strip_control_codes=False)
        labels: list[Content] = []
        for label, span, mine, theirs in () if apart else diffs:
            if hide_trivial and label in TRIVIAL:
                continue
            if span is not None:
                body = body.stylize("bold reverse $warning", span[0] - other.start, span[1] - other.start)
            if label == "moved":
                change = [plain(shorten(mine, 40)), (f" ({MOVED_NOTE})", MUTED)]
            else:
                change = [plain(shorten(mine, 40) or "∅"), (" → ", MUTED), plain(shorten(theirs, 40) or "∅")]
            labels.append(Content.assemble((f"  {label}: ", "$warning"), *change))
        blocks.append(Content("\n").join([head, credit, Content.assemble("“", body, "”"), *labels]))
    if hidden:
        blocks.append(
            Content.styled(f"{hidden} identical or trivially different hidden (t shows them)", MUTED)
        )
    blocks.append(Content.styled("> opens each in its article, < goes back", MUTED))
    return Content("\n\n").join(blocks)


def inspector_content(dossier: Dossier, quote: Quote, *, hide_trivial: bool, style: str) -> Content:
    art = dossier.article(quote.article)
    outlet, _ = outlet_label(art)
    # Other outlets' wordings right under who said it: they are what a fact-checker opens the
    # inspector for, and below the evidence and citation they sat a screen or two down.
    sections: list[Iterable[Content]] = [
        [_heading("Quote"), Content.assemble("“", Content(safe(quote.text, one_line=False)), "”")],
        [_heading("Speaker"), speaker_content(dossier, quote)],
        [
            _heading(f"Other outlets (this one: {outlet})"),
            comparison_content(dossier, quote, hide_trivial=hide_trivial),
        ],
        [_heading("Evidence"), evidence_content(dossier, art, quote)],
        [
            _heading("Kind"),
            Content.assemble(
                quote.kind,
                (f"  ·  attribution: {quote.attribution}" if quote.attribution else "", MUTED),
                (f"  ·  {quote.id}", MUTED),
            ),
        ],
        [_heading(f"Citation ({style})"), plain(features.cite_quote(dossier, quote, style), one_line=False)],
    ]
    return Content("\n\n").join(Content("\n").join(s) for s in sections)


NARROW_HIT = 60
"""Below this width a hit's kind is shortened (``SHORT_KINDS``) and not padded."""
SHORT_KINDS = {"paragraph": "para", "speaker": "name"}


def _speaker_label(name: str, narrow: bool) -> str:
    """Narrow, the surname: what is left of "Alexander Lukashenko" at the pane's edge should be
    "Lukashenko", not "Alexande"."""
    name = safe(name)
    return name.split()[-1] if narrow and name.split() else name


def hit_content(dossier: Dossier, hit: Any, width: int = 70) -> Content:
    """A search result: kind, outlet and speaker, then the match with a little context."""
    outlet, date = "", None
    if hit.article is not None:
        try:
            article = dossier.article(hit.article)
            outlet, _ = outlet_label(article)
            date = article.meta.value("date")
        except KeyError:
            outlet = hit.article
    speaker = dossier.speaker(hit.speaker)
    # In the 40-column list beside the reader, the kind takes what it needs, not 10 columns: the
    # date and the speaker after the outlet are what tells hits apart.
    kind = f"{hit.kind:<9} " if width >= NARROW_HIT else f"{SHORT_KINDS.get(hit.kind, hit.kind)} "
    head = Content.assemble(
        (kind, "bold $secondary"),
        (outlet, "$accent"),
        (f" {date}" if date else "", MUTED),  # tells one outlet's articles apart
        (f" · {_speaker_label(speaker.name, narrow=width < NARROW_HIT)}" if speaker else "", MUTED),
    )
    text = safe_same_length(hit.text).replace("\n", " ")
    spans = [tuple(s) for s in hit.spans if 0 <= s[0] < s[1] <= len(text)]
    first = spans[0][0] if spans else 0
    lo = max(0, first - width // 3)
    hi = min(len(text), lo + width)
    snippet = Content(text[lo:hi], strip_control_codes=False)
    for a, b in spans:
        snippet = snippet.stylize(HIT_STYLE, a - lo, b - lo)
    snippet = Content.assemble("…" if lo else "", snippet, "…" if hi < len(text) else "")
    return Content("\n").join([head, snippet])


def hit_source_spans(dossier: Dossier, hit: Any) -> tuple[str | None, list[tuple[int, int]]]:
    """Absolute spans in the hit's article text for the reader to underline."""
    if hit.article is None or hit.start is None:
        return None, []
    out: list[tuple[int, int]] = []
    if hit.kind == "paragraph" and hit.paragraph is not None:
        try:
            para = dossier.article(hit.article).paragraphs[hit.paragraph]
        except (KeyError, IndexError):
            return hit.article, []
        for a, b in hit.spans:
            out.extend(_joined_to_source(para, a, b))
    else:
        out = [(hit.start + a, hit.start + b) for a, b in hit.spans]
    return hit.article, out


def _joined_to_source(paragraph: Paragraph, a: int, b: int) -> list[tuple[int, int]]:
    """Inverse of :func:`display_span`: a span in the rejoined text to source spans."""
    out = []
    base = 0
    for s, e in paragraph.segments:
        length = e - s
        lo, hi = max(a, base), min(b, base + length)
        if lo < hi:
            out.append((s + lo - base, s + hi - base))
        base += length + 1
    return out
