"""The app: one main screen, app-wide keys, the citation style, the palette providers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from .screens.main_screen import MainScreen

if TYPE_CHECKING:
    from textual.command import Provider

    from ..core.model import Dossier


def _lazy_provider(name: str) -> Callable[[], type[Provider]]:
    """A palette provider imported when the palette opens, not before the first frame."""

    def load() -> type[Provider]:
        from . import commands

        return getattr(commands, name)

    load.__name__ = name
    return load


class DossierApp(App[None]):
    TITLE = "dossier"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {
        _lazy_provider(name)
        for name in ("ArticleCommands", "SpeakerCommands", "QuoteCommands", "CitationStyleCommands")
    }
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit_anywhere"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            show=False,
            id="app.palette",
            tooltip="Jump to an article, speaker or quote; change citation style",
        ),
    ]

    def __init__(
        self, paths: list[str] | None = None, *, dossier: Dossier | None = None, citation_style: str = "plain"
    ) -> None:
        super().__init__()
        self.paths = list(paths or [])
        self.initial_dossier = dossier
        self.citation_style = citation_style
        self.main_screen: MainScreen | None = None

    def on_mount(self) -> None:
        self.main_screen = MainScreen(self.paths, self.initial_dossier)
        self.push_screen(self.main_screen)

    @property
    def dossier(self) -> Dossier | None:
        return None if self.main_screen is None else self.main_screen.dossier

    def set_citation_style(self, style: str) -> None:
        self.citation_style = style
        self.notify(f"Citation style: {style}", timeout=2, markup=False)
        if self.main_screen is not None and self.main_screen.dossier is not None:
            inspector = self.main_screen.inspector
            inspector.style_name = style
            inspector.refresh_view()

    def binding_sources(self) -> list[tuple[str, list[BindingType]]]:
        """Every binding the user can press, by where it works (what ``?`` lists)."""
        from .screens.copy_menu import CopyMenu
        from .screens.coverage_screen import CoverageScreen
        from .screens.speakers_screen import SpeakersScreen
        from .widgets.article_list import ArticleList
        from .widgets.hit_list import HitList
        from .widgets.quote_inspector import QuoteInspector
        from .widgets.reader import Reader
        from .widgets.search_panel import SearchPanel

        return [
            ("Anywhere", list(self.BINDINGS)),
            ("Main view", list(MainScreen.BINDINGS)),
            ("Article list", list(ArticleList.BINDINGS)),
            ("Reader", list(Reader.BINDINGS)),
            ("Quote inspector", list(QuoteInspector.BINDINGS)),
            ("Search", [*SearchPanel.BINDINGS, *HitList.BINDINGS]),
            ("Speakers view", list(SpeakersScreen.BINDINGS)),
            ("Coverage view", list(CoverageScreen.BINDINGS)),
            ("Copy menu", list(CopyMenu.BINDINGS)),
        ]

    def action_help(self) -> None:
        from .screens.help_screen import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        keymap = dict(getattr(self, "_keymap", {}) or {})
        self.push_screen(HelpScreen(self.binding_sources(), keymap))
