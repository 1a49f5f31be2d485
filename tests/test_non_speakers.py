"""Speaker strings that are not the speaker: a participle after a short attribution goes with
that attribution's speaker; words that open a sentence, modify a noun or only say where are
no one's name. No speaker is better than a thing or a place."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"


def _speakers(*texts: str) -> dict[str, str | None]:
    d = from_texts({f"t{i}.txt": BODY + t + "\n" for i, t in enumerate(texts)})
    return {q.text: (d.speaker_name(q) if q.speaker else None) for q in d.quotes}


def test_a_participle_after_a_titled_attribution_with_a_time_is_the_attributions() -> None:
    got = _speakers(
        "PORT ELLIS — The Harbor Bridge will close to all traffic for 18 months starting in June, "
        "Mayor Daniel Okafor announced Wednesday, calling the repairs “long overdue and absolutely "
        "necessary.”",
        "The bridge will close in June, Mayor Ann Hale said Wednesday, adding: “We waited too long.”",
    )
    assert got["long overdue and absolutely necessary."] == "Daniel Okafor"
    assert got["We waited too long."] == "Ann Hale"
