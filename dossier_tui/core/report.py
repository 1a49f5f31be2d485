"""The Markdown dossier report: what a fact-checker hands on — every article with its citation, who
spoke, each quote as every outlet worded it with the differences labelled, and what is missing."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .align import MOVED_NOTE, SIMILARITY_NOTE
from .citation import cite_article, md_escape
from .model import Dossier, Quote
from .text import clean_for_display


def _md(text: str) -> str:
    return md_escape(clean_for_display(text, keep_newlines=False))


def _code(text: str) -> str:
    """A code span: no escapes inside, so backticks are dropped instead."""
    return "`" + clean_for_display(text, keep_newlines=False).replace("`", "") + "`"


def _blockquote(text: str, indent: str = "") -> str:
    lines = clean_for_display(text).split("\n")
    return "\n".join(f"{indent}> {md_escape(line)}" if line.strip() else f"{indent}>" for line in lines)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _outlet(dossier: Dossier, quote: Quote) -> str:
    art = dossier.article(quote.article)
    return art.meta.value("outlet") or art.id


def _families(dossier: Dossier) -> Any | None:
    """The families module is optional until it lands; the report says so instead of failing."""
    try:
        return dossier.families
    except (ImportError, AttributeError, NotImplementedError):
        return None


def _articles(dossier: Dossier) -> list[str]:
    out = ["## Articles", ""]
    for n, art in enumerate(dossier.articles, 1):
        head = art.meta.value("outlet") or art.id
        title = art.meta.value("title")
        out.append(f"{n}. **{_md(head)}**" + (f" — {_md(title)}" if title else ""))
        out.append(f"   - APA: {cite_article(dossier, art, 'apa').markdown}")
        out.append(f"   - Chicago note: {cite_article(dossier, art, 'chicago-note').markdown}")
        quotes = dossier.quotes_in(art.id)
        out.append(f"   - {_n(len(quotes), 'quote')} · file {_code(art.path)}")
    return [*out, ""]


def _speakers(dossier: Dossier) -> list[str]:
    counts = Counter(q.speaker for q in dossier.quotes)
    outlets: dict[str | None, set[str]] = {}
    unknown: dict[str | None, set[str]] = {}  # articles whose outlet is not known: not outlets
    for q in dossier.quotes:
        outlet = dossier.article(q.article).meta.value("outlet")
        if outlet:
            outlets.setdefault(q.speaker, set()).add(outlet)
        else:
            unknown.setdefault(q.speaker, set()).add(q.article)
    out = ["## Speakers", ""]
    for s in sorted(dossier.speakers, key=lambda s: (-counts.get(s.id, 0), s.name)):
        n_out, n_art = len(outlets.get(s.id, ())), len(unknown.get(s.id, ()))
        where = [_n(n_out, "outlet")] if n_out else []
        if n_art:
            where.append(f"{_n(n_art, 'article')} with no outlet known")
        line = f"- **{_md(s.name)}** ({s.kind}): {_n(counts.get(s.id, 0), 'quote')} in {' and '.join(where)}"
        others = [v for v in s.variants if v != s.name]
        if others:
            line += "; also written " + ", ".join(_md(v) for v in others)
        if s.roles:
            line += "; described as " + ", ".join(_md(r) for r in s.roles)
        out.append(line)
    if counts.get(None):
        out.append(f"- *unattributed*: {_n(counts[None], 'quote')}")
    return [*out, ""]


def _family_section(dossier: Dossier, families: Any) -> list[str]:
    out = ["## Quote families", ""]
    shown = [f for f in families.families if len(f.members) > 1]
    if not shown:
        return [*out, "No quote appears in more than one outlet.", ""]
    for n, fam in enumerate(shown, 1):
        names = [dossier.speaker(s).name if dossier.speaker(s) else "unattributed" for s in fam.speakers]
        title = " / ".join(_md(x) for x in names) or "unattributed"
        flag = " — **speakers disagree**" if fam.conflict else ""
        out += [f"### {n}. {title}{flag}", ""]
        for qid in fam.members:
            q = dossier.quote(qid)
            art = dossier.article(q.article)
            cite = cite_article(dossier, art, "apa", in_text=True).markdown
            out += [
                f"- *{_md(_outlet(dossier, q))}* {cite}, {_code(qid)}:",
                "",
                _blockquote(q.text, "  "),
                "",
            ]
        for pair in fam.pairs:
            a, b = _outlet(dossier, dossier.quote(pair.a)), _outlet(dossier, dossier.quote(pair.b))
            out.append(
                f"- {_md(a)} vs {_md(b)}: {pair.verdict}, similarity {pair.similarity:.2f} {SIMILARITY_NOTE}"
            )
            for d in pair.differences:
                if d.label == "moved":
                    out.append(f"  - moved: “{_md(d.a_text)}” ({MOVED_NOTE})")
                else:
                    out.append(f"  - {d.label}: “{_md(d.a_text)}” → “{_md(d.b_text)}”")
        out.append("")
    return out


def _coverage(dossier: Dossier, families: Any) -> list[str]:
    out = ["## Coverage gaps", ""]
    singles = list(getattr(families, "singletons", ()))
    if not singles:
        return [*out, "Every quote appears in more than one outlet.", ""]
    by_outlet: dict[str, list[str]] = {}
    for qid in singles:
        by_outlet.setdefault(_outlet(dossier, dossier.quote(qid)), []).append(qid)
    out.append("Quotes that only one outlet carries:")
    out.append("")
    for outlet, ids in by_outlet.items():
        out.append(f"- *{_md(outlet)}* ({len(ids)}):")
        for qid in ids:
            q = dossier.quote(qid)
            who = dossier.speaker_name(q) or "unattributed"
            text = clean_for_display(q.text, keep_newlines=False)
            out.append(f"  - {_md(who)}: “{_md(text)}” {_code(qid)}")
    return [*out, ""]


def _variants(dossier: Dossier, families: Any) -> list[str]:
    out = ["## Name variants", ""]
    variants = list(getattr(families, "name_variants", ()))
    if not variants:
        return [*out, "No name is spelled differently across outlets.", ""]
    for v in variants:
        spellings = "; ".join(
            f"{_md(s)} ({', '.join(_md(o) for o in outlets)})" for s, outlets in v.spellings.items()
        )
        out.append(f"- **{_md(v.canonical)}**: {spellings}")
    return [*out, ""]


def markdown_report(dossier: Dossier) -> str:
    out = [f"# {_md(dossier.title)}", ""]
    outlets = ", ".join(_md(o) for o in dossier.outlets) or "outlets unknown"
    unknown = sum(1 for a in dossier.articles if not a.meta.value("outlet"))
    if unknown and dossier.outlets:
        outlets += f"; {unknown} with no outlet known"
    out += [f"{len(dossier.articles)} articles ({outlets}), {len(dossier.quotes)} quotes.", ""]
    out += _articles(dossier)
    out += _speakers(dossier)
    families = _families(dossier)
    if families is None:
        out += ["## Quote families", "", "Not available: quote families are not built yet.", ""]
    else:
        out += _family_section(dossier, families)
        out += _coverage(dossier, families)
        out += _variants(dossier, families)
    if dossier.problems:
        out += ["## Problems", ""] + [f"- {_md(str(p))}" for p in dossier.problems] + [""]
    return "\n".join(out).rstrip("\n") + "\n"
