"""Name spellings: only spellings the dossier ties to one person are reported as variants."""

from dossier_tui.core.model import Article, ArticleMeta, Dossier, Field, Paragraph, Provenance, Speaker
from dossier_tui.core.name_variants import find_name_variants


def dossier(*articles: tuple[str, str], speakers: tuple[Speaker, ...] = ()) -> Dossier:
    """Articles as (outlet, text), one paragraph each."""
    arts = []
    for n, (outlet, text) in enumerate(articles):
        meta = ArticleMeta(outlet=Field(outlet, Provenance("test")))
        arts.append(Article(f"a{n}", f"a{n}.txt", text, (Paragraph(0, ((0, len(text)),)),), meta))
    return Dossier("test", tuple(arts), speakers=speakers)


def spellings(d: Dossier) -> list[dict[str, tuple[str, ...]]]:
    return [v.spellings for v in find_name_variants(d)]


def test_the_same_first_name_before_two_spellings_ties_them_to_one_person():
    d = dossier(
        ("Outlet A", "Lukashenko spoke to blogger Mario Nawfal on Tuesday."),
        ("Outlet B", "In an interview with blogger Mario Naufal, Lukashenko praised Trump."),
    )
    assert spellings(d) == [{"Nawfal": ("Outlet A",), "Naufal": ("Outlet B",)}]


def test_the_same_surname_after_two_spellings_ties_them_too():
    d = dossier(
        ("Outlet A", "Hillary Clinton spoke in Ohio. Hillary Clinton left early."),
        ("Outlet B", "The rally for Hilary Clinton drew a crowd."),
    )
    assert spellings(d) == [{"Hillary": ("Outlet A",), "Hilary": ("Outlet B",)}]


def test_similar_names_of_different_people_are_not_variants():
    d = dossier(
        ("Outlet A", "Brian Fallon, a campaign spokesman, declined to comment. Diane Black voted no."),
        ("Outlet B", "Bryan Lanza said the campaign was confident. Dianne Feinstein voted yes."),
        ("Outlet C", "Investor Thomas Barrack hosted the dinner; Barack Obama did not attend."),
    )
    assert spellings(d) == []


def test_a_title_before_many_names_is_no_evidence():
    names = ["Obama", "Trump", "Putin", "Macron", "Erdogan", "Zelensky", "Lukashenko", "Duda", "Orban"]
    text = " ".join(f"President {n} spoke." for n in names)
    d = dossier(
        ("Outlet A", text + " Senator Bennet of Colorado and President Bennet spoke."),
        ("Outlet B", "President Bennett of the club spoke."),
    )
    assert spellings(d) == []


def test_one_speakers_recorded_spellings_tie_them_without_a_shared_neighbour():
    zel = Speaker(
        "volodymyr-zelensky", "Volodymyr Zelensky", variants=("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    )
    d = dossier(
        ("Outlet A", "Trump met Zelensky on Friday."),
        ("Outlet B", "Putin and Zelenskyy did not meet."),
        speakers=(zel,),
    )
    assert spellings(d) == [{"Zelensky": ("Outlet A",), "Zelenskyy": ("Outlet B",)}]
    assert (
        spellings(
            dossier(
                ("Outlet A", "Trump met Zelensky on Friday."),
                ("Outlet B", "Putin and Zelenskyy did not meet."),
            )
        )
        == []
    )


def test_an_article_saved_twice_counts_once_per_outlet():
    text = "Blogger Mario Nawfal asked. Blogger Mario Naufal answered."
    d = dossier(("Outlet A", text), ("Outlet B", text))
    assert spellings(d) == [{"Nawfal": ("Outlet A", "Outlet B"), "Naufal": ("Outlet A", "Outlet B")}]
