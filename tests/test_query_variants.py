"""A name's other spellings are searched too: Naufal finds Nawfal, and the query says so."""

from __future__ import annotations

from types import SimpleNamespace

from dossier_tui import load
from dossier_tui.core.build import from_texts
from dossier_tui.core.fzf_query import Term, parse
from dossier_tui.core.query_variants import alternatives, with_variants

ALTS = alternatives([SimpleNamespace(spellings={"Naufal": ("ABC",), "Nawfal": ("MT",)})])


def test_a_spelling_is_ored_with_the_others_and_reported():
    q, added = with_variants(parse("naufal interview"), ALTS)
    assert q.groups == (
        (Term("naufal"), Term("nawfal", variant=True)),
        (Term("interview"),),
    )
    assert added == ("Nawfal",)


def test_operators_and_case_carry_over_to_the_other_spellings():
    q, _ = with_variants(parse("'Naufal"), ALTS)
    assert q.groups == ((Term("Naufal", "exact"), Term("Nawfal", "exact", variant=True)),)
    assert q.case_sensitive


def test_an_excluded_spelling_excludes_every_spelling():
    q, _ = with_variants(parse("blogger !naufal"), ALTS)
    assert q.groups == (
        (Term("blogger"),),
        (Term("naufal", "exact", True),),
        (Term("nawfal", "exact", True),),
    )


def test_a_query_naming_two_spellings_keeps_them_apart():
    q, added = with_variants(parse("nawfal !naufal"), ALTS)
    assert q == parse("nawfal !naufal") and added == ()


def test_words_that_are_no_known_spelling_are_untouched():
    assert with_variants(parse("blogger"), ALTS) == (parse("blogger"), ())


def test_searching_one_outlets_spelling_finds_the_others_in_the_dossier():
    d = from_texts(
        {
            "abc.txt": "Talks\n\nLukashenko told the blogger Mario Naufal in Minsk that talks were near.\n",
            "mt.txt": "Talks\n\nLukashenko told the blogger Mario Nawfal in Minsk that talks were near.\n",
        }
    )
    fams = SimpleNamespace(name_variants=[SimpleNamespace(spellings={"Naufal": (), "Nawfal": ()})])
    hits, added = d.search_spellings("naufal", 50, fams)
    assert {h.article for h in hits} == {"a0", "a1"} and added == ("Nawfal",)
    assert {h.article for h in d.search("naufal")} == {"a0"}  # without spellings: as typed


def test_the_spelling_typed_ranks_before_another_outlets_spelling():
    """Both paragraphs match as whole words with equal scores; the one spelled as typed goes first,
    whichever spelling is typed and whichever article comes first in the dossier."""
    texts = {
        "abc.txt": "Talks\n\nLukashenko told the blogger Mario Naufal in Minsk that talks were near.\n",
        "mt.txt": "Talks\n\nLukashenko told the blogger Mario Nawfal in Minsk that talks were near.\n",
    }
    fams = SimpleNamespace(name_variants=[SimpleNamespace(spellings={"Naufal": (), "Nawfal": ()})])
    for order in (list(texts), list(reversed(texts))):
        d = from_texts({name: texts[name] for name in order})
        for typed in ("naufal", "nawfal", "Nawfal"):
            hits, _added = d.search_spellings(typed, 50, fams)
            assert len(hits) == 2
            assert typed.lower() in hits[0].text.lower(), (order, typed)
            assert hits[0].score > hits[1].score


def test_bundled_seeds_find_both_outlets_spellings_of_the_blogger():
    d = load()
    hits = d.search("naufal", spellings=True)
    outlets = {d.article(h.article).meta.value("outlet") for h in hits if h.article}
    assert outlets == {"ABC News", "The Moscow Times"}


def test_a_pasted_possessive_finds_every_outlets_apostrophe():
    """Outlets write "ISIS’s", "ISIS’" and "ISIS's": a line pasted from one finds the others, after
    the hits written as typed."""
    from dossier_tui.core.build import from_texts

    d = from_texts(
        {
            "huffpost.txt": "Title A\n\n“He is becoming ISIS’s best recruiter,” she said.\n",
            "westjournal.txt": "Title B\n\n“He is becoming ISIS’ best recruiter,” Clinton said.\n",
            "wapo.txt": 'Title C\n\n"He is becoming ISIS\'s best recruiter," Clinton said.\n',
        }
    )
    hits = [h for h in d.search("He is becoming ISIS’s best recruiter", limit=10) if h.kind == "quote"]
    files = [d.article(h.article).path for h in hits]
    assert sorted(files) == ["huffpost.txt", "wapo.txt", "westjournal.txt"]
    assert files[0] == "huffpost.txt"  # the line as pasted, first
    assert files[-1] == "westjournal.txt"  # another apostrophe: a variant, last
    assert d.search("'ISIS’s best", limit=10)  # exact terms stay as typed
    assert all("ISIS’ " not in h.text for h in d.search("'ISIS’s best", limit=10))
