"""The article list: every article with outlet, date, title (or a stand-in) and quote count."""

from __future__ import annotations

from contextlib import suppress
from itertools import groupby
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from ..messages import ArticleChosen
from ..theme import MUTED

if TYPE_CHECKING:
    from ...core.article_filter import ArticleFilter
    from ...core.model import Article, Dossier

SORTS = ("outlet", "date", "title", "quotes")


NO_OUTLET = "no outlet known"
"""The one group for articles whose outlet is unknown (each file's id would make a group of one)."""


class ArticleList(OptionList):
    """Articles grouped under outlet (or date) headings; ``s`` (bound on the screen, so it works
    wherever the focus is) cycles the order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self.dossier: Dossier | None = None
        self.sort = "outlet"
        self.filter: ArticleFilter | None = None
        self.new: frozenset[str] = frozenset()
        """Articles added since the dossier was last opened: marked, until the next open."""
        self.border_title = "Articles"

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        """The next article, skipping outlet headings; at either end the highlight stays. The
        option list wraps, and in a long dossier ``j`` held at the last article jumped to the
        first: the reader lost their place."""
        at = self.highlighted
        if at is None:
            super().action_cursor_down() if direction > 0 else super().action_cursor_up()
            return
        n = at + direction
        while 0 <= n < self.option_count and self.get_option_at_index(n).disabled:
            n += direction
        if 0 <= n < self.option_count:
            self.highlighted = n

    def show(self, dossier: Dossier, keep: str | None = None, new: frozenset[str] = frozenset()) -> None:
        self.dossier = dossier
        self.new = new
        self._rebuild(keep)

    def set_filter(self, article_filter: ArticleFilter | None) -> None:
        """Show only the articles the filter keeps (all, for ``None`` or an empty filter)."""
        self.filter = article_filter or None
        self._rebuild()

    def _key(self, article: Article) -> tuple:
        from ..render import outlet_label, title_label

        assert self.dossier is not None
        label, unknown = outlet_label(article)
        outlet = label.casefold()
        date = article.meta.value("date") or "9999"
        title = title_label(article)[0].casefold()
        if self.sort == "date":
            return (date, outlet, title)
        if self.sort == "title":
            return (title,)
        if self.sort == "quotes":
            return (-len(self.dossier.quotes_in(article.id)), outlet)
        if unknown:  # no outlet known: one group, last, in file order (names often say outlet and date)
            return (True, "", date, article.id)
        return (False, outlet, date, title)

    def _group(self, article: Article) -> str | None:
        from ..render import date_label, outlet_label

        if self.sort == "outlet":
            label, unknown = outlet_label(article)
            return NO_OUTLET if unknown else label
        if self.sort == "date":
            return date_label(article)
        return None

    def _rebuild(self, keep: str | None = None) -> None:
        from ..render import article_row

        if self.dossier is None:
            return
        keep = keep or self.current_article
        shown = self.filter.apply(self.dossier.articles) if self.filter else self.dossier.articles
        articles = sorted(shown, key=self._key)
        options: list[Option | None] = []
        if not articles and self.filter:
            options.append(
                Option(Content.styled("No article matches the filter (esc clears it).", MUTED), disabled=True)
            )
        for group, members in groupby(articles, key=self._group):
            members = list(members)
            if group is not None:
                options.append(
                    Option(
                        Content.assemble((f"── {group} ", "bold $primary"), (f"({len(members)})", MUTED)),
                        disabled=True,
                    )
                )
            options.extend(
                Option(article_row(self.dossier, a, new=a.id in self.new), id=a.id) for a in members
            )
        total = len(self.dossier.articles)
        self.border_title = f"Articles · {len(articles)} of {total}" if self.filter else "Articles"
        self.border_subtitle = f"by {self.sort}"
        self.clear_options()
        self.add_options(options)
        if keep is not None and any(a.id == keep for a in articles):
            self.select_article(keep)
        else:
            self.action_first()

    @property
    def current_article(self) -> str | None:
        if self.highlighted is None or self.option_count == 0:
            return None
        return self.get_option_at_index(self.highlighted).id

    def select_article(self, article_id: str) -> None:
        with suppress(OptionDoesNotExist):  # unknown id: keep the highlight where it is
            self.highlighted = self.get_option_index(article_id)

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._rebuild()
        self.app.notify(f"Articles sorted by {self.sort}", timeout=2, markup=False)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id, focus=True))
