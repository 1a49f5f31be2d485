"""The dossier terminal app (Textual). Nothing in ``dossier_tui.core`` imports this package."""
