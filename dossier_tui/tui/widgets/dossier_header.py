"""The header: the dossier's name and its counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from ..safe import safe
from ..theme import MUTED

if TYPE_CHECKING:
    from ...core.model import Dossier


def header_content(dossier: Dossier | None, loading: str | None = None) -> Content:
    if dossier is None:
        return Content.assemble(("dossier", "bold"), (f"  {loading or ''}", MUTED))
    counts = (
        f"{len(dossier.articles)} articles · {len(dossier.outlets)} outlets · "
        f"{len(dossier.quotes)} quotes · {len(dossier.speakers)} speakers"
    )
    problems = f" · {len(dossier.problems)} problems (!)" if dossier.problems else ""
    return Content.assemble(
        (safe(dossier.title) or "dossier", "bold"), ("  ", ""), (counts, MUTED), (problems, "bold $error")
    )


class DossierHeader(Static):
    def show(self, dossier: Dossier | None, loading: str | None = None) -> None:
        self.update(header_content(dossier, loading))
