"""dossier: a terminal reader for news dossiers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core.build import load
    from .core.model import Article, Dossier, Quote, Speaker

__all__ = ["Article", "Dossier", "Quote", "Speaker", "load"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import the core on first use, so the terminal app can paint before the parser is loaded."""
    if name == "load":
        from .core.build import load

        return load
    if name in ("Article", "Dossier", "Quote", "Speaker"):
        from .core import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
