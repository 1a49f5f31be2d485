"""Style names shared by every view: theme variables only, so dark and light themes both read
well. A module of constants, cheap to import before the first frame."""

from __future__ import annotations

# Speaker colours.
SPEAKER_STYLES = ("$accent", "$success", "$warning", "$secondary", "$primary", "$error")
UNATTRIBUTED_STYLE = "italic $foreground-muted"
SELECTED_STYLE = "bold reverse"
HIT_STYLE = "bold underline $warning"
CUE_STYLE = "bold underline $accent"
MENTION_STYLE = "bold underline $success"
MUTED = "$foreground-muted"
DIM_STYLE = "$foreground-muted"
MARKUP_STYLE = "dim $foreground-muted"
"""Markdown syntax in an article (``[``, ``](url)``, ``**``): shown, but out of the way."""
