"""dossier: a terminal reader for news dossiers."""

from .core.build import load
from .core.model import Article, Dossier, Quote, Speaker

__all__ = ["Article", "Dossier", "Quote", "Speaker", "load"]
__version__ = "0.1.0"
