"""A name garbled by UTF-8 read twice in the source ("Marc TrÃ©vidic", with a combining tilde)
is read whole as the source writes it, and is the same person as its clean spelling."""

from __future__ import annotations

from dossier_tui.core.build import from_texts

BODY = "Headline of the story\n\nThe story opens with a sentence of narration about the day.\n\n"
GARBLED = "Tr" + "A\u0303\u00a9" + "vidic"  # "Trévidic", its é read as two Latin-1 characters


def test_a_garbled_name_is_the_sources_characters_whole() -> None:
    d = from_texts({"t.txt": BODY + f"“It is a question of time,” said Marc {GARBLED}, a judge.\n"})
    (q,) = d.quotes
    assert d.speaker_name(q) == f"Marc {GARBLED}"
    assert d.articles[0].text[q.mention[0] : q.mention[1]] == f"Marc {GARBLED}"


def test_a_garbled_spelling_joins_the_clean_one() -> None:
    garbled = "FranA\u0303\u00a7ois Hollande"  # "François", its ç read as two Latin-1 characters
    d = from_texts(
        {
            "a.txt": BODY + "“We will act,” said François Hollande, the president.\n",
            "b.txt": BODY + f"“We are at war,” said {garbled}, the president.\n",
        }
    )
    assert len({q.speaker for q in d.quotes}) == 1
    assert {d.speaker_name(q) for q in d.quotes} == {"François Hollande"}
