"""The main screen: article list, reader, quote inspector, search. It owns the dossier's view
state; workers (loading, search) only post messages that its handlers apply."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from ..messages import ArticleChosen, DossierLoaded, DossierWarmed, LoadFailed, QuoteSelected, SearchResults
from ..safe import safe
from ..widgets.article_list import ArticleList
from ..widgets.dossier_footer import DossierFooter
from ..widgets.dossier_header import HINT_BELOW, DossierHeader
from ..widgets.filter_box import FilterBox
from ..widgets.quote_inspector import QuoteInspector
from ..widgets.reader import Reader
from ..widgets.search_panel import SearchPanel

if TYPE_CHECKING:
    from ...core.model import Dossier, Quote
    from ..app import DossierApp


def _load_and_warm(source: list[str] | Dossier, settle: Any, loaded: Any, warmed: Any) -> None:
    """The loading thread: parse (unless handed a dossier), hand the dossier over, then warm the
    shared caches (families, search index) so the first search and comparison are quick."""
    from ... import load
    from .. import features

    # Hand the GIL back to the UI thread within 1 ms (not 5) so keys work while this parses.
    sys.setswitchinterval(0.001)
    new: frozenset[str] = frozenset()
    if isinstance(source, list):
        try:
            dossier = load(*source)
        except Exception as exc:  # shown as a notice; the app stays up
            settle(loaded, exc)
            settle(warmed, None)
            return
        with contextlib.suppress(Exception):  # a state directory that fails marks nothing new
            from ...core.seen import new_since_last_open

            new = new_since_last_open(source, (a.id for a in dossier.articles))
    else:
        dossier = source
    settle(loaded, (dossier, new))
    with contextlib.suppress(Exception):
        from ...core.warm import warm

        warm(dossier)  # families in a worker process while the index is built here
    for first_use in (lambda: features.families(dossier), lambda: dossier.search("a", limit=1)):
        with contextlib.suppress(Exception):
            first_use()  # already built (kept by the dossier) unless warm failed
    settle(warmed, None)


def _focus_selected(box: Input) -> None:
    """Focus a box reopened by its key with what it holds selected, as a browser's find box does:
    typing replaces the old query (appended to it, a new query found nothing), and an arrow key
    keeps it to edit. Tabbing into the box leaves the selection alone."""
    box.focus()
    box.select_all()


HIT_LIMIT = 50
"""Hits listed per search: the best ones (ranked), enough to scan; the title says when more exist."""
COMPACT_FOOTER_BELOW = HINT_BELOW
"""Columns: where the full footer cannot hold every key, the compact one (and the header's hint)."""


class MainScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", tooltip="Fuzzy search across every outlet", id="dossier.search"),
        Binding("right_square_bracket", "next_quote", "Next quote", id="dossier.next_quote"),
        Binding(
            "left_square_bracket", "previous_quote", "Prev quote", show=False, id="dossier.previous_quote"
        ),  # "]" in the footer stands for the pair; both are in the help
        Binding("n", "next_hit", "Next hit", show=False, id="dossier.next_hit"),
        Binding("N", "previous_hit", "Prev hit", show=False, id="dossier.previous_hit"),
        Binding("y", "copy_quote", "Copy", tooltip="Copy the quote with its citation", id="dossier.copy"),
        Binding(
            "Y",
            "copy_menu",
            "Copy…",
            tooltip="Copy quote, citation styles, Markdown or family",
            id="dossier.copy_menu",
        ),
        Binding(
            "greater_than_sign",
            "other_rendering(1)",
            "Other outlet",
            show=False,  # (the footer is full at 80 columns; the inspector and help say it)
            tooltip="This quote as the next outlet renders it, open in its article",
            id="dossier.next_rendering",
        ),
        Binding(
            "less_than_sign",
            "other_rendering(-1)",
            "Prev outlet",
            show=False,
            id="dossier.previous_rendering",
        ),
        Binding("o", "open_url", "Open URL", show=False, id="dossier.open_url"),
        Binding("p", "speakers", "Speakers", tooltip="Who said what, across outlets", id="dossier.speakers"),
        Binding(
            "c", "coverage", "Coverage", tooltip="Which outlet carries which quote", id="dossier.coverage"
        ),
        # The list's order, bound here so it works wherever the focus is (the id stays the list's).
        Binding(
            "s", "cycle_sort", "Sort", tooltip="Group by outlet, date, title or quote count", id="list.sort"
        ),
        Binding(
            "f",
            "filter_articles",
            "Filter",
            tooltip="Narrow the article list by outlet, title, author or date (2016-06, 2016-06-20..2016-06-30)",
            id="list.filter",
        ),
        # The inspector's toggle, bound here too so it works wherever the focus is (the id stays the inspector's).
        Binding(
            "t",
            "toggle_trivial",
            "Trivial diffs",
            show=False,
            tooltip="Show or hide punctuation, case and spelling differences",
            id="inspector.toggle_trivial",
        ),
        Binding("exclamation_mark", "problems", "Problems", show=False, id="dossier.problems"),
        Binding("escape", "back", "Back", show=False, id="dossier.back"),
    ]

    AUTO_FOCUS = "#articles"  # never the hidden search input: keys typed while loading are commands
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-tiny"), (60, "-normal"), (150, "-wide")]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-short"), (20, "-tall")]

    def __init__(self, paths: list[str], dossier: Dossier | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.dossier: Dossier | None = dossier
        self.query_text = ""
        self.hits: list[Any] = []
        self.hit_index = -1
        self._progress_timer: Timer | None = None

    # -- typed accessors -------------------------------------------------------------------
    @property
    def articles(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def inspector(self) -> QuoteInspector:
        return self.query_one(QuoteInspector)

    @property
    def search_panel(self) -> SearchPanel:
        return self.query_one(SearchPanel)

    @property
    def dossier_app(self) -> DossierApp:
        return self.app  # type: ignore[return-value]

    def compose(self):
        yield DossierHeader(id="header")
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield SearchPanel(id="search")
                yield FilterBox("filter: nyt 2016-06 -opinion by:name", id="article-filter")
                yield ArticleList(id="articles")
            with Horizontal(id="right"):
                yield Reader(id="reader")
                yield QuoteInspector(id="inspector")
        yield DossierFooter()

    def on_resize(self, event: Resize) -> None:
        # Below this width the footer's padding would push Quit and Help off the line.
        self.query_one(DossierFooter).compact = event.size.width < COMPACT_FOOTER_BELOW

    # -- loading ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        if self.dossier is not None:  # handed over loaded: only the warming is left to do
            self.post_message(DossierLoaded(self.dossier))
            self._load()
            return
        what = ", ".join(safe(p) for p in self.paths) if self.paths else "the bundled seed articles"
        self.add_class("-loading")
        # A line of text, not a LoadingIndicator: its animation would compete with the loader.
        self.reader.show_message(f"Loading {what}…")
        started = time.monotonic()

        def progress() -> None:
            label = f"Loading {what}… {time.monotonic() - started:.0f}s"
            self.query_one(DossierHeader).show(None, label)

        progress()
        self._progress_timer = self.set_interval(0.5, progress)
        # Start loading once the first frame is out: the worker thread competes for the GIL.
        self.call_after_refresh(self._load)

    @work(exclusive=True, group="load", exit_on_error=False, description="load")
    async def _load(self) -> None:
        """Parse in a daemon thread, so ``q`` quits at once even while a big dossier loads (a
        Textual thread worker would keep the process alive until parsing ends)."""
        loop = asyncio.get_running_loop()
        loaded: asyncio.Future[Any] = loop.create_future()
        warmed: asyncio.Future[Any] = loop.create_future()

        def settle(future: asyncio.Future[Any], value: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the app (and its loop) already closed
                loop.call_soon_threadsafe(lambda: future.done() or future.set_result(value))

        given = self.dossier  # handed over already loaded (tests, scripts): warmed only
        threading.Thread(
            target=_load_and_warm,
            args=(self.paths if given is None else given, settle, loaded, warmed),
            name="dossier-load",
            daemon=True,
        ).start()
        result = await loaded
        if isinstance(result, BaseException):
            self.post_message(LoadFailed(f"{type(result).__name__}: {result}"))
            return
        if given is None:
            dossier, new = result
            self.post_message(DossierLoaded(dossier, new))
        await warmed
        self.post_message(DossierWarmed())

    def _stop_progress(self) -> None:
        self.remove_class("-loading")
        if self._progress_timer is not None:
            self._progress_timer.stop()

    def on_dossier_loaded(self, message: DossierLoaded) -> None:
        self.dossier = dossier = message.dossier
        self._stop_progress()
        self.query_one(DossierHeader).show(dossier, new=len(message.new))
        self.articles.show(dossier, new=message.new)
        if self.has_class("-searching"):
            # "/" pressed while loading: keep the box and what was typed, and search it now.
            self.search_panel.input.focus()
            if self.query_text.strip():
                self._run_search(dossier, self.query_text)
        else:
            self.articles.focus()
        if not dossier.articles:
            self.reader.show_message(
                "No articles could be loaded." + (" Press ! for problems." if dossier.problems else "")
            )
        if message.new:
            n = len(message.new)
            self.notify(
                f"{n} article{'s' if n != 1 else ''} new since you last opened this dossier: "
                "marked “new” in the list.",
                timeout=6,
                markup=False,
            )
        if dossier.problems:
            self.notify(
                f"{len(dossier.problems)} problem(s) while loading; press ! to see them.",
                severity="warning",
                markup=False,
            )

    def on_dossier_warmed(self, message: DossierWarmed) -> None:
        """The families exist now: redraw the views that showed "comparing outlets…" without
        them (the inspector's comparison, an open coverage table)."""
        from .coverage_screen import CoverageScreen

        self.inspector.refresh_view(keep_scroll=True)
        for screen in self.app.screen_stack:
            if isinstance(screen, CoverageScreen):
                screen.refill()

    def on_load_failed(self, message: LoadFailed) -> None:
        self._stop_progress()
        self.query_one(DossierHeader).show(None, "nothing loaded")
        self.reader.show_message("Nothing loaded.")
        self.notify(
            f"Could not load the dossier: {safe(message.error)}", severity="error", markup=False, timeout=10
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.notify(
                f"Background task failed: {safe(str(event.worker.error))}", severity="error", markup=False
            )

    # -- navigation ------------------------------------------------------------------------
    async def on_article_chosen(self, message: ArticleChosen) -> None:
        if self.dossier is None:
            return
        try:
            article = self.dossier.article(message.article_id)
        except KeyError:
            return
        if self.reader.article is not article or message.quote_id or message.hit is not None:
            spans = message.hit[1] if message.hit is not None else ()
            await self.reader.show(self.dossier, article, quote_id=message.quote_id, hit_spans=spans)
        if message.focus:
            self.reader.focus()

    def on_quote_selected(self, message: QuoteSelected) -> None:
        if self.dossier is not None:
            self.inspector.show(self.dossier, message.quote_id, self.dossier_app.citation_style)

    def jump_to_quote(self, quote_id: str) -> None:
        if self.dossier is None:
            return
        quote = self.dossier.quote(quote_id)
        self.articles.select_article(quote.article)
        self.post_message(ArticleChosen(quote.article, quote_id=quote_id, focus=True))

    def jump_to_article(self, article_id: str) -> None:
        self.articles.select_article(article_id)
        self.post_message(ArticleChosen(article_id, focus=True))

    def current_quote(self) -> Quote | None:
        if self.dossier is None or self.reader.quote_id is None:
            return None
        try:
            return self.dossier.quote(self.reader.quote_id)
        except KeyError:
            return None

    def action_other_rendering(self, step: int) -> None:
        """Open the same utterance in the next (or previous) outlet's article, at its quote: the
        other rendering read in its context, and back again with the opposite key."""
        from .. import features
        from ..render import outlet_label

        quote = self.current_quote()
        if quote is None or self.dossier is None:
            self.notify("No quote selected: pick one with [ and ] in the reader", markup=False, timeout=3)
            return
        ids = features.renderings(self.dossier, quote.id)
        if ids is None:
            self.notify("Still comparing outlets; try again in a moment", markup=False, timeout=3)
            return
        if len(ids) < 2:
            self.notify("No other outlet carries this utterance", markup=False, timeout=3)
            return
        target = ids[(ids.index(quote.id) + step) % len(ids)]
        self.jump_to_quote(target)
        self.app.clear_notifications()  # one toast, not a stack over the block the reader came to read
        outlet, _stand_in = outlet_label(self.dossier.article(self.dossier.quote(target).article))
        self.notify(
            f"{outlet}: rendering {ids.index(target) + 1} of {len(ids)} (> next, < previous)",
            markup=False,
            timeout=3,
        )

    def action_next_quote(self) -> None:
        self.reader.action_next_quote()

    def action_previous_quote(self) -> None:
        self.reader.action_previous_quote()

    # -- search ----------------------------------------------------------------------------
    def action_search(self) -> None:
        self.add_class("-searching")
        _focus_selected(self.search_panel.input)

    def close_search(self) -> None:
        self.remove_class("-searching")
        self.articles.focus()

    def action_filter_articles(self) -> None:
        if self.has_class("-searching"):
            self.remove_class("-searching")
        self.add_class("-filtering")
        _focus_selected(self.query_one("#article-filter", FilterBox))

    @on(Input.Changed, "#article-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        from ...core.article_filter import FilterError, parse_filter

        event.stop()
        box = self.query_one("#article-filter", FilterBox)
        try:
            article_filter = parse_filter(event.value)
        except FilterError as exc:  # keep the last good filter; say why this one is not applied
            box.border_subtitle = Content.styled(safe(str(exc)), "$error")
            return
        box.border_subtitle = None
        self.articles.set_filter(article_filter)

    @on(Input.Submitted, "#article-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.remove_class("-filtering")
        self.articles.focus()

    @on(FilterBox.Cleared, "#article-filter")
    def _filter_cleared(self, event: FilterBox.Cleared) -> None:
        event.stop()
        self.remove_class("-filtering")
        self.articles.focus()

    @on(SearchPanel.QueryChanged)
    def _query_changed(self, event: SearchPanel.QueryChanged) -> None:
        self.query_text = event.query
        if not event.query.strip() or self.dossier is None:
            self.hits, self.hit_index = [], -1
            if self.dossier is not None:
                self.search_panel.show_hits(self.dossier, "", [])
            return
        if self.dossier.built("search_index") is None:
            self.search_panel.show_indexing()
        self._run_search(self.dossier, event.query)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, description="search")
    def _run_search(self, dossier: Dossier, query: str) -> None:
        from .. import features

        try:
            # One more than shown: whether the list is cut (the title then says "first 50").
            (hits, spellings), error = features.search(dossier, query, limit=HIT_LIMIT + 1), None
        except Exception as exc:
            hits, spellings, error = [], (), f"search failed: {type(exc).__name__}: {exc}"
        self.post_message(SearchResults(query, hits, error, spellings))

    def on_search_results(self, message: SearchResults) -> None:
        if message.query != self.query_text or self.dossier is None:
            return  # stale: the user typed on
        more = len(message.hits) > HIT_LIMIT
        self.hits, self.hit_index = message.hits[:HIT_LIMIT], -1
        self.search_panel.show_hits(
            self.dossier, message.query, self.hits, message.error, more, message.spellings
        )

    @on(SearchPanel.HitChosen)
    def _hit_chosen(self, event: SearchPanel.HitChosen) -> None:
        self.show_hit(event.index)

    def show_hit(self, index: int) -> None:
        if self.dossier is None or not self.hits:
            return
        self.hit_index = index % len(self.hits)
        hit = self.hits[self.hit_index]
        results = self.search_panel.results
        if results.hit_count > self.hit_index:
            results.highlighted = self.hit_index
        if hit.article is None:  # a speaker hit: show who said what
            self.action_speakers(hit.speaker)
            return
        from ..render import hit_source_spans

        article_id, spans = hit_source_spans(self.dossier, hit)
        assert article_id is not None
        self.articles.select_article(article_id)
        self.post_message(ArticleChosen(article_id, quote_id=hit.quote, hit=(hit, spans), focus=True))
        self.notify(f"Hit {self.hit_index + 1} of {len(self.hits)}", timeout=1.5, markup=False)

    def action_next_hit(self) -> None:
        if not self.hits:
            self.notify("No search hits: press / to search", timeout=2)
            return
        self.show_hit(self.hit_index + 1)

    def action_previous_hit(self) -> None:
        if not self.hits:
            self.notify("No search hits: press / to search", timeout=2)
            return
        self.show_hit(self.hit_index - 1 if self.hit_index >= 0 else -1)

    # -- copy, open ------------------------------------------------------------------------
    def action_copy_quote(self) -> None:
        from .. import features
        from ..clipboard import copy_text

        quote = self.current_quote()
        if quote is None or self.dossier is None:
            self.notify("No quote selected: pick one with [ and ] in the reader", markup=False, timeout=3)
            return
        style = self.dossier_app.citation_style
        copy_text(
            self.app,
            features.cite_quote(self.dossier, quote, style),
            f"quote + citation ({style})",
            features.citation_gaps(self.dossier, quote),
        )

    def action_copy_text(self) -> None:
        """ctrl+c with text selected by mouse in the reader: copied as every copy is (cleaned,
        local clipboard too, a toast saying what), not only by OSC 52."""
        from textual.actions import SkipAction

        from ..clipboard import copy_text

        text = self.get_selected_text()
        if not text:
            raise SkipAction()
        copy_text(self.app, text, "selection")

    def action_copy_menu(self) -> None:
        from .. import features
        from ..clipboard import copy_text
        from .copy_menu import CopyMenu

        quote = self.current_quote()
        if quote is None or self.dossier is None:
            self.notify("No quote selected: pick one with [ and ] in the reader", markup=False, timeout=3)
            return
        choices = features.copy_choices(self.dossier, quote)
        self.app.clear_notifications()  # earlier "Copied …" toasts would sit over the menu's previews

        def done(index: int | None) -> None:
            if index is not None:
                label, payload = choices[index]
                copy_text(self.app, payload, label.lower())

        self.app.push_screen(CopyMenu(choices), done)

    def action_open_url(self) -> None:
        import webbrowser

        from ...core.csl_item import is_web_url

        article = self.reader.article
        url = article.meta.value("url") if article is not None else None
        if not url:
            self.notify("This article has no URL", timeout=2)
            return
        url = safe(url).strip()
        if not is_web_url(url):
            self.notify(f"Not opening a non-web URL: {url}", severity="warning", markup=False)
            return

        app = self.app

        def opener() -> None:
            try:
                opened = webbrowser.open(url)
            except Exception:
                opened = False
            if not opened:  # no browser here (SSH, headless): say so, and where the URL is
                with contextlib.suppress(Exception):
                    app.call_from_thread(
                        app.notify,
                        f"No web browser found to open {url}; copy it from the reader's header",
                        severity="warning",
                        markup=False,
                        timeout=6,
                    )

        threading.Thread(target=opener, daemon=True).start()
        self.notify(f"Opening {url}", markup=False, timeout=3)

    def action_toggle_trivial(self) -> None:
        self.inspector.action_toggle_trivial()

    def action_cycle_sort(self) -> None:
        self.articles.action_cycle_sort()

    # -- other views -----------------------------------------------------------------------
    def action_speakers(self, speaker_id: str | None = None) -> None:
        from .speakers_screen import SpeakersScreen

        if self.dossier is not None:
            self.app.push_screen(SpeakersScreen(self.dossier, speaker_id), self._jump_result)

    def action_coverage(self) -> None:
        from .coverage_screen import CoverageScreen

        if self.dossier is not None:
            self.app.push_screen(CoverageScreen(self.dossier), self._jump_result)

    def action_problems(self) -> None:
        from .problems_screen import ProblemsScreen

        if self.dossier is not None:
            self.app.push_screen(ProblemsScreen(self.dossier))

    def _jump_result(self, quote_id: str | None) -> None:
        if quote_id is not None:
            self.jump_to_quote(quote_id)

    def action_back(self) -> None:
        """One step back: reader → the hits it was opened from → the article list."""
        focused = self.focused
        if self.has_class("-searching"):
            if focused is not None and focused in self.search_panel.walk_children():
                self.close_search()
            else:  # a hit was opened: back to the hits, to open the next one or close them
                self.search_panel.results.focus()
        elif self.reader.hit_spans:
            self.reader.select_quote(self.reader.quote_id)
        elif focused is not self.articles:
            self.articles.focus()
