"""The dossier core: plain Python, never imports Textual (a test enforces it)."""
