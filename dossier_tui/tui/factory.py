"""The one way to build the app: the CLI, the tests and the screenshot script all call
:func:`make_app`, so what is tested is what users run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .app import DossierApp

if TYPE_CHECKING:
    from ..core.model import Dossier


def make_app(
    argv_or_paths: Sequence[str] | None = None,
    *,
    dossier: Dossier | None = None,
    citation_style: str = "plain",
    keymap: dict[str, str] | None = None,
) -> DossierApp:
    """``argv_or_paths``: the PATH arguments (files, directories, ``dossier.toml``); none means
    the bundled seeds. ``dossier``: an already loaded dossier (tests), loading is then skipped.
    ``keymap``: binding id -> keys, e.g. ``{"dossier.copy": "c"}``."""
    paths = [str(p) for p in (argv_or_paths or [])]
    app = DossierApp(paths, dossier=dossier, citation_style=citation_style)
    if keymap:
        app.set_keymap(keymap)
    return app
