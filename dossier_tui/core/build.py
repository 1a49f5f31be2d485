"""From loaded articles to the full dossier: quotes, their kinds, attribution, speakers."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .attribution import Attribution, Entity, attribute
from .cache import ParseCache, code_version, content_key, open_cache
from .gc_pause import collector_paused
from .loader import (
    Ids,
    Issue,
    Loaded,
    Parsed,
    Plan,
    Source,
    dossier_title,
    is_html,
    make_article,
    name_hint,
    parse_content,
    plan,
    problems_of,
    read_source,
    title_hint,
)
from .mentions import MASK, mask_quotes
from .model import Article, Dossier, Problem, Quote, QuoteKind, Speaker
from .pool import MIN_JOBS, Pool, default_workers
from .quotes import RawQuote, find_quotes
from .speakers import resolve_speakers

if TYPE_CHECKING:  # pragma: no cover
    from .families_job import HeadStart

_SENTENCE_END = re.compile(r"[.!?…][’'”\"]?\s*$")


_CALLED = re.compile(
    r"\b(?:called|calling|calls|dubbed|dubbing|labeled|labelled|described|describing)\b[^.!?]{0,30}$"
    r"|\b(?:refer|refers|referred|referring|address|addressed|addressing|identified|identifying|"
    r"branded|branding|nicknamed|portrayed|portraying)\b[^.!?]{0,40}\bas\s*$"
)


def _name_calling(att: Attribution, masked: str, lo: int, hi: int) -> bool:
    """`Trump called her “Crooked Hillary”`, `Smith refers to him as “Chris”`: a nickname someone is
    heard giving is their words."""
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


def _spoken_words(att: Attribution, text: str, words: list[str], masked: str, rq: RawQuote) -> bool:
    """Capitalised words that are still speech, not a title: an exclamation or question put to
    someone ("What a Super Tuesday!"), shouting in capitals ("THIS IS NOT OK."), or words that
    stand straight after their cue (`interjecting, “Only Rosie O'Donnell.”`)."""
    if att.entity is None or att.cue is None or att.rule != "cue-before":
        return False
    letters = [c for c in text if c.isalpha()]
    if len(words) >= 2 and letters and all(c.isupper() for c in letters):
        return True
    if att.cue[1] > rq.outer_start:
        return False  # the cue comes after the quote: titles stand there too (“Veep,” she named)
    right_after = not masked[att.cue[1] : rq.outer_start].strip(" ,:\u00a0")
    return text.rstrip().endswith(("!", "?")) or (right_after and _SENTENCE_END.search(text) is not None)


def classify(article: Article, rq: RawQuote, att: Attribution, masked: str) -> QuoteKind:
    """full: speech that stands as a sentence; fragment: a few words quoted inside the reporter's
    sentence; other: scare quotes, titles and nicknames (no speech cue anywhere near)."""
    text = article.text[rq.start : rq.end]
    words = text.split()
    para = article.paragraphs[rq.paragraph]
    before = masked[para.start : rq.outer_start].rstrip()
    # quote opens the paragraph, or follows a colon / comma-cue, or a finished sentence
    standalone = not before or before.endswith((":", ",", ".", "?", "!", MASK, "—", "--"))
    if att.inscription or (att.entity is None and att.cue is None and len(words) <= 4):
        return "other"  # an inscription ("a shirt that read …") is nobody's speech either
    if (
        len(words) <= 10
        and _title_case(words if not standalone else words[1:])
        and not (standalone and len(words) == 1)
        and not _name_calling(att, masked, max(para.start, rq.outer_start - 40), rq.outer_start)
        and not _spoken_words(att, text, words, masked, rq)
    ):
        return "other"  # a title or name: “The Walking Dead”, “Eclipsed.”, “Make America Great Again”
    if standalone and (len(words) >= 4 or _SENTENCE_END.search(text)) and (text[:1].isupper() or not before):
        return "full"
    if standalone and len(words) >= 2 and text[:1].isupper() and _ENDS_ON_COMMA.search(text):
        if att.rule == "cue-after" and att.cue is not None and att.cue[0] > rq.outer_end:
            return "full"  # `“Hello there,” Bob Jones said.`: the comma stands for the full stop
    return "fragment"


_ENDS_ON_COMMA = re.compile(r",\s*$")


def _linked(
    raws: tuple[RawQuote, ...], atts: tuple[Attribution, ...], kinds: tuple[QuoteKind, ...]
) -> tuple[list[QuoteKind], list[int]]:
    """`"A," he said. "B."`: B continues A's utterance when only A's attribution stands between.
    Each quote's kind after linking and the number (in the article) of the quote whose utterance it
    is part of: a pure function of the article's analysis (no speaker is read)."""
    out = list(kinds)
    head = list(range(len(raws)))
    for i in range(1, len(raws)):
        # the previous quote's cue stands between the two parts, and nothing else does: `"A," he
        # said. "B."` (B has no cue of its own) or `"A," Pence said, "and B."` (B rests on the same)
        cue, att, q, p = atts[i - 1].cue, atts[i], raws[i], raws[i - 1]
        same_cue = att.cue == cue and att.entity is not None and kinds[i] != "other"
        if cue is not None and atts[i - 1].rule == "cue-after" and (att.continues or same_cue):
            if q.paragraph == p.paragraph and p.end < cue[0] < q.start and q.start - p.end < 200:
                # the rest of a full sentence is full too (`“A,” Pence said, “and B.”`)
                out[i] = "full" if out[i - 1] == "full" and kinds[i] == "fragment" else kinds[i]
                head[i] = head[i - 1]
    return out, head


@dataclass(frozen=True)
class ArticleAnalysis:
    """What one article yields on its own, before the dossier's speakers are resolved: the unit
    that is cached by content and computed in worker processes."""

    raws: tuple[RawQuote, ...]
    atts: tuple[Attribution, ...]
    kinds: tuple[QuoteKind, ...]
    names: tuple[str, ...]
    """Full person names the article mentions (spellings for speaker resolution)."""
    article_id: str
    """The id the analysis was made under: description keys (``desc:<id>:…``) carry it."""


@dataclass(frozen=True)
class FileResult:
    parsed: Parsed
    analysis: ArticleAnalysis
    article: Article | None = None
    """The article as made for the analysis, under its provisional id (reused when that is its id;
    ×10: 8,400 articles made again cost 0.12 s after the parallel stage). Never cached: it carries
    the file's path and id, not just its content."""


def analyse_article(art: Article) -> ArticleAnalysis:
    """Quotes, their attribution and kinds: depends on the article's text, paragraphs and id only."""
    raws = find_quotes(art)
    masked = mask_quotes(art.text, [(q.outer_start, q.outer_end) for q in raws])
    atts, names = attribute(art, raws, masked)  # (masked once for both)
    kinds = tuple(classify(art, rq, att, masked) for rq, att in zip(raws, atts, strict=True))
    return ArticleAnalysis(tuple(raws), tuple(atts), kinds, tuple(names), art.id)


def _rekeyed(an: ArticleAnalysis, aid: str) -> ArticleAnalysis:
    """The analysis as if made under ``aid``: a cached or provisional result may have been made under
    another id (same content, another file name or another file failing before it)."""
    if an.article_id == aid:
        return an
    old, new = f"desc:{an.article_id}:", f"desc:{aid}:"

    def entity(e: Entity | None) -> Entity | None:
        if e is None or not e.key.startswith(old):
            return e
        return replace(e, key=new + e.key[len(old) :])

    atts = tuple(replace(att, entity=entity(att.entity)) for att in an.atts)
    return replace(an, atts=atts, article_id=aid)


def process_file(job: tuple[Source, bytes | None, str]) -> FileResult | Issue:
    """The per-article stage for one file's bytes (``None``: read here), under a provisional id:
    parse, then analyse. Runs in the loading process or in a worker process."""
    src, data, aid = job
    if data is None:
        data = read_source(src)
        if isinstance(data, tuple):
            return data
    try:
        parsed = parse_content(data, is_html(src), title_hint(src), name_hint(src))
    except Exception as e:  # a bug must cost one article, not the dossier
        return (f"could not be read: {type(e).__name__}: {e}", "error")
    if isinstance(parsed, tuple):
        return parsed
    art = make_article(src, parsed, aid)
    return FileResult(parsed, analyse_article(art), art)


QuoteColumns = tuple[list[Any], ...]
"""The dossier's quotes, one list per field of :class:`.model.Quote` in its order (``article``
first as the article's number in the dossier), then that number: what :func:`assemble` makes
before the quotes themselves."""


def assemble(
    title: str,
    articles: tuple[Article, ...],
    analyses: list[ArticleAnalysis],
    problems: tuple[Problem, ...],
    root: str | None,
    quoted: Callable[[QuoteColumns, tuple[Speaker, ...]], None] | None = None,
) -> Dossier:
    """The dossier-wide stage: speakers resolved across articles, then the quotes. ``quoted``: told
    the quotes' fields and the speakers before the quotes are made (the families' worker of a
    large load starts matching on them meanwhile)."""
    entities: list[Entity] = []
    mentioned: list[str] = []
    scoped: list[list[str | None]] = []  # each quote's scoped entity key, made once
    for art, an in zip(articles, analyses, strict=True):
        mentioned.extend(an.names)
        keys: list[str | None] = []
        for att in an.atts:
            if att.entity is not None:
                e = _scoped(art, att.entity)
                entities.append(e)
                keys.append(e.key)
            else:
                keys.append(None)
        scoped.append(keys)
    speakers, speaker_of = resolve_speakers(entities, mentioned)
    columns = _quote_columns(articles, analyses, scoped, speaker_of)
    used = set(columns[7])
    speakers = tuple(s for s in speakers if s.id in used)
    if quoted is not None:
        quoted(columns, speakers)
    # (the constructor, not object.__new__ and a __dict__ update: an instance whose __dict__ was
    # touched reads its attributes 4x slower in families, search and the app)
    quotes = tuple(map(Quote, *columns[:-1]))
    return Dossier(title, articles, quotes, speakers, problems, root)


def _quote_columns(
    articles: tuple[Article, ...],
    analyses: list[ArticleAnalysis],
    scoped: list[list[str | None]],
    speaker_of: dict[str, str],
) -> QuoteColumns:
    """Every quote's fields (see :data:`QuoteColumns`), article by article in document order."""
    cols: QuoteColumns = tuple([] for _ in range(14))
    ids, arts, starts, ends, texts, paras, kinds, spk, mentions, cues, vias, utts, rules, numbers = cols
    for n, (art, an, keys) in enumerate(zip(articles, analyses, scoped, strict=True)):
        aid, text = art.id, art.text
        linked, head = _linked(an.raws, an.atts, an.kinds)
        first = len(ids)
        for k, (rq, att, kind, key) in enumerate(zip(an.raws, an.atts, an.kinds, keys, strict=True)):
            speaker = speaker_of.get(key) if key is not None and kind != "other" else None
            ids.append(f"{aid}:q{k + 1}")
            starts.append(rq.start)
            ends.append(rq.end)
            texts.append(text[rq.start : rq.end])
            paras.append(rq.paragraph)
            spk.append(speaker)
            mentions.append(att.mention if speaker else None)
            cues.append(att.cue if speaker else None)
            vias.append(att.via)
            rules.append(att.rule if speaker else None)
        m = len(ids) - first
        arts.extend([aid] * m)
        numbers.extend([n] * m)
        kinds.extend(linked)
        utts.extend([ids[first + h] for h in head])
    return cols


def build_dossier(loaded: Loaded) -> Dossier:
    """A dossier from articles already loaded (no cache, in this process)."""
    analyses = [analyse_article(art) for art in loaded.articles]
    return assemble(loaded.title, loaded.articles, analyses, loaded.problems, loaded.root)


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


def load(*paths, cache: bool | None = None, workers: int | None = None) -> Dossier:
    """Load a dossier from article files, directories or manifests; no paths: the bundled seeds.

    ``cache``: use the content cache (:mod:`.cache`; default: unless ``DOSSIER_NO_CACHE=1``).
    ``workers``: processes for the per-article stage (default: :func:`.pool.default_workers`).
    """
    # A load's result holds no cycles (tests/test_warm.py): the collector, on, would rescan it as it
    # grows (1.5 of 15 s CPU at ×10), and then scan it all at its next collection.
    with collector_paused(keep=True):
        return _load(paths, cache, workers)


def _load(paths: tuple, cache: bool | None, workers: int | None) -> Dossier:
    store = open_cache(cache)
    started: list[Pool] = []

    def planned(sources: int) -> None:
        # Enough files already (the first of several directories or manifests): the workers start
        # now, their imports overlapping the rest of the plan (×10: ten manifests, 0.3 s)
        if started or sources < MIN_JOBS:
            return
        n = default_workers(sources) if workers is None else workers
        if n > 1:
            started.append(Pool(process_file, n))

    try:
        p = plan(*paths, progress=planned)
    except BaseException:
        for pool in started:
            pool.close(kill=True)
        raise
    done, keys, parallel = _per_article_stage(p, store, workers, started[0] if started else None)
    # Workers paid here: a core is about to be idle. The families' matching begins on it (its text
    # part) while this process puts the dossier together; :func:`.warm.warm` finishes it.
    head = _head_start() if parallel else None
    try:
        d = _assembled(p, done, keys, store, head)
    except BaseException:
        if head is not None:
            head.close()
        raise
    if head is not None:
        from .families_job import keep

        keep(d, head)
    return d


def _head_start() -> HeadStart:
    from .families_job import HeadStart

    return HeadStart()


def _assembled(
    p: Plan,
    done: list[FileResult | Issue],
    keys: list[str | None],
    store: ParseCache | None,
    head: HeadStart | None,
) -> Dossier:
    ids = Ids()
    problems = list(p.problems)
    articles: list[Article] = []
    analyses: list[ArticleAnalysis] = []
    built_from = hashlib.sha256(code_version().encode())
    for src, res, key in zip(p.sources, done, keys, strict=True):
        if not isinstance(res, FileResult):
            problems.extend(problems_of(src, [res]))
            continue
        problems.extend(problems_of(src, res.parsed.issues))
        aid = ids.next(src)
        made = res.article
        articles.append(made if made is not None and made.id == aid else make_article(src, res.parsed, aid))
        analyses.append(_rekeyed(res.analysis, aid))
        built_from.update(f"\0{aid}\0{key}".encode("utf-8", "surrogatepass"))
    if head is not None:
        head.begin(articles)
    quoted = head.quoted if head is not None else None  # (matching begins before the quotes are made)
    d = assemble(dossier_title(p, articles), tuple(articles), analyses, tuple(problems), p.root, quoted)
    # Everything the dossier's quotes, speakers and families depend on is in the fingerprint: the
    # code, and each article's id (quote ids carry it) and content key (bytes and manifest fields).
    return replace(d, fingerprint=built_from.hexdigest()) if store is not None else d


def _per_article_stage(
    p: Plan,
    store: ParseCache | None,
    workers: int | None,
    started: Pool | None = None,
) -> tuple[list[FileResult | Issue], list[str | None], bool]:
    """Each source's result, from the cache or computed (in worker processes when it pays), under a
    provisional id (the id it gets if every file loads; :func:`_rekeyed` corrects the rest), its
    content key (``None`` without a cache), and whether workers did some. ``started``: the workers,
    if already started."""
    done: list[FileResult | Issue | None] = [None] * len(p.sources)
    keys: list[str | None] = [None] * len(p.sources)
    jobs: list[tuple[Source, bytes | None, str]] = []
    where: list[tuple[int, str | None]] = []
    provisional = Ids()
    n = default_workers(len(p.sources)) if workers is None else workers
    # Workers start now, so that their start overlaps the reading; idle if the cache has the files.
    with started or Pool(process_file, min(n, len(p.sources))) as pool:
        for i, src in enumerate(p.sources):
            aid = provisional.next(src)
            if store is None:  # no content key to look up: each file is read where it is parsed
                jobs.append((src, None, aid))
                where.append((i, None))
                continue
            data = read_source(src)
            if isinstance(data, tuple):
                done[i] = data
                continue
            key = keys[i] = (
                content_key(data, is_html(src), src.fields, name_hint(src)) if store is not None else None
            )
            hit = store.get(key) if store is not None and key is not None else None
            if isinstance(hit, FileResult):
                done[i] = hit
                continue
            jobs.append((src, data, aid))
            where.append((i, key))
        if workers is None and len(jobs) < MIN_JOBS:
            pool.close()  # most files came from the cache: too few left for workers to pay
        results = pool.map(jobs)
        parallel = pool.used
    del jobs  # the files' bytes
    written: set[str] = set()
    for (i, key), res in zip(where, results, strict=True):
        done[i] = res
        if store is not None and key is not None and key not in written and isinstance(res, FileResult):
            store.put(key, replace(res, article=None) if res.article is not None else res)
            written.add(key)
    if store is not None and store.written:
        store.prune()
    return [r for r in done if r is not None], keys, parallel
