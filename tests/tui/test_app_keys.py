"""Pilot tests: a user's session, key by key, asserting on the screen and the clipboard."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from conftest import screen_text, settle, write_articles

from dossier_tui.tui.factory import make_app
from dossier_tui.tui.screens.copy_menu import CopyMenu
from dossier_tui.tui.screens.coverage_screen import CoverageScreen
from dossier_tui.tui.screens.help_screen import HelpScreen
from dossier_tui.tui.screens.speakers_screen import SpeakersScreen
from dossier_tui.tui.widgets.hit_list import HitList
from dossier_tui.tui.widgets.reader import Reader


async def test_header_shows_name_and_counts(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Talks offer" in text
        assert "2 articles · 2 outlets · 3 quotes · 1 speaker" in text
        assert "1 speakers" not in text


async def test_article_list_rows_grouped_by_outlet(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "── Kyiv Post (1)" in text
        assert "── The Moscow Times (1)" in text
        assert "Kyiv Post · 2025-03-06 · 1 quote" in text
        assert "The Moscow Times · 2025-03-05 · 2 quotes" in text
        # Kyiv Post sorts first, so it is open in the reader
        assert app.main_screen.reader.article.id == "kp"


async def test_articles_with_no_outlet_known_are_one_group_after_the_outlets(tmp_path):
    from dossier_tui import load

    (tmp_path / "a_story.txt").write_text(
        "Talks resume\n\n“We will talk,” the minister said.\n", encoding="utf-8"
    )
    (tmp_path / "b_story.txt").write_text(
        "Talks go on\n\n“We will talk more,” the minister said.\n\nCopyright © 2025 Zeta News\n",
        encoding="utf-8",
    )
    (tmp_path / "c_story.txt").write_text("Talks end\n\n“We are done,” the envoy said.\n", encoding="utf-8")
    app = make_app(dossier=load(tmp_path))
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert text.index("── Zeta News (1)") < text.index("── no outlet known (2)")
        assert len(re.findall(r"│ ── \w", text)) == 2  # two group headings in the list
        # within the group, file order
        assert text.index("a_story · no date") < text.index("c_story · no date")


async def test_every_article_row_keeps_its_meta_line_whatever_the_title_length():
    """Titles of every length around the list's width, in a list long enough to scroll: none may
    lose its "outlet · date · quotes" line (a title that just fits used to wrap once the scrollbar
    appeared, and the meta line was cut)."""
    from dossier_tui.core.build import from_texts

    words = "Budget talks stall as ministers trade blame over spending cuts in capital again"
    texts = {f"a{n:02d}.txt": f"# {words[: 44 + n % 10].rstrip()}\n\nSome text.\n" for n in range(60)}
    app = make_app(dossier=from_texts(texts))
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # sorted again, by date: the list is rebuilt while it scrolls
        await settle(pilot)
        rows = [line.split("│")[1].strip() for line in screen_text(app).splitlines()[2:-2] if "│" in line]
        metas = [i for i, row in enumerate(rows) if "· no date ·" in row]
        starts = [i for i, row in enumerate(rows) if row.startswith("Budget")]
        assert len(starts) > 15
        # after every title start, the next title starts only after a meta line
        for here, after in pairwise(starts):
            assert any(here < m < after for m in metas), rows[here:after]


async def test_j_k_g_G_move_through_articles_and_enter_opens(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.main_screen
        await pilot.press("j")
        await settle(pilot)
        assert main.reader.article.id == "mt"
        await pilot.press("k")
        await settle(pilot)
        assert main.reader.article.id == "kp"
        await pilot.press("G")
        await settle(pilot)
        assert main.reader.article.id == "mt"
        await pilot.press("g", "enter")
        await settle(pilot)
        assert main.reader.article.id == "kp"
        assert isinstance(app.focused, Reader)


async def test_sort_key_cycles_grouping(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        text = screen_text(app)
        assert "── 2025-03-05 (1)" in text
        assert "by date" in text


async def test_sort_key_works_while_the_reader_has_focus(small_dossier):
    """After opening an article (focus in the reader), ``s`` still reorders the list."""
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.focused, Reader)
        await pilot.press("s", "s")
        await settle(pilot)
        assert "by title" in screen_text(app)
        assert isinstance(app.focused, Reader)


@pytest.mark.parametrize("keys", [("j", "k"), ("down", "up")])
async def test_the_article_list_stops_at_its_ends_instead_of_wrapping(small_dossier, keys):
    """In a long dossier, ``j`` held at the last article must not jump to the first."""
    down, up = keys
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        main = app.main_screen
        first = main.reader.article.id
        await pilot.press(down)
        await settle(pilot)
        last = main.reader.article.id
        assert last != first
        for _ in range(2):
            await pilot.press(down)
            await settle(pilot)
            assert main.reader.article.id == last
        for _ in range(3):
            await pilot.press(up)
            await settle(pilot)
        assert main.reader.article.id == first
        await pilot.press(up)
        await settle(pilot)
        assert main.reader.article.id == first


async def test_brackets_walk_quotes_and_inspector_follows(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")  # The Moscow Times
        await settle(pilot)
        main = app.main_screen
        assert main.reader.quote_id == "mt:q1"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert main.reader.quote_id == "mt:q2"
        assert main.inspector.quote_id == "mt:q2"
        assert "Quote mt:q2" in screen_text(app)  # the inspector's title
        await pilot.press("right_square_bracket")  # wraps around
        await settle(pilot)
        assert main.reader.quote_id == "mt:q1"
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert main.reader.quote_id == "mt:q2"


async def test_inspector_shows_speaker_roles_variants_evidence_and_citation(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        text = screen_text(app)
        assert "Alexander Lukashenko" in text
        assert "role: Belarusian President; the Belarusian leader" in text
        assert "also spelled: Lukashenka" in text
        assert "attribution: cue-after" in text
        assert "Lukashenko said in an interview." in text  # the evidence sentence
        # the comparison section follows what the core's families say about this quote
        quote = small_dossier.quote(app.main_screen.inspector.quote_id)
        if small_dossier.families.pairs_for(quote.id):
            assert "overlap " in text and "% alike" in text
        else:
            assert "No other outlet carries this utterance." in text


async def test_inspector_shows_other_outlets_differences_and_t_toggles_trivial(small_dossier, with_families):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        text = screen_text(app)
        assert "Kyiv Post  substantive · overlap 80% alike" in text
        assert "substitution: expect → am waiting for" in text
        assert "omission: that → ∅" in text
        assert "spelling:" not in text  # trivial, hidden by default
        assert not app.main_screen.inspector.has_focus  # t works wherever the focus is
        await pilot.press("t")
        await settle(pilot)
        assert "spelling: Zelensky → Zelenskyy" in screen_text(app)
        # From the Kyiv Post's quote the same pair reads the other way: The Moscow Times added "that"
        app.main_screen.jump_to_quote("kp:q1")
        await settle(pilot)
        text = screen_text(app)
        assert "insertion: ∅ → that" in text
        assert "omission" not in text
        assert "spelling: Zelenskyy → Zelensky" in text


async def test_y_copies_quote_with_citation(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "y")
        await settle(pilot)
        assert app.clipboard.startswith("“Tell Trump that I expect him here with Putin and Zelensky,”")
        # the citation names the speaker, the outlet, the date and the URL
        for part in ("Alexander Lukashenko", "The Moscow Times", "2025", "https://example.org/a"):
            assert part in app.clipboard
        assert "Copied quote + citation" in screen_text(app)


async def test_Y_menu_copies_quote_only(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "Y")
        await settle(pilot)
        assert isinstance(app.screen, CopyMenu)
        text = screen_text(app)
        assert "Quote only" in text and "(markdown)" in text and "Whole family" in text
        assert text.count("markdown") + text.count("Markdown") == 1  # one entry, not two with one text
        # each style's preview shows its own citation, not the same start of the quote, and
        # starts the quote's end at a word: "…Putin and Zelensky", not "…n and Zelensky"
        previews = [line for line in text.splitlines() if "…Putin and Zelensky" in line]
        assert len(previews) >= 6 and len(set(previews)) >= 5
        assert not re.search(r"…[a-z]", text)
        await pilot.press("enter")
        await settle(pilot)
        # the reporter's comma after the words is not the speaker's
        assert app.clipboard == "Tell Trump that I expect him here with Putin and Zelensky"


async def test_Y_menu_whole_family_has_every_outlet(small_dossier, with_families):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "Y")
        await settle(pilot)
        await pilot.press("end", "enter")
        await settle(pilot)
        assert "I expect him" in app.clipboard
        assert "I am waiting for him" in app.clipboard
        assert "Kyiv Post" in app.clipboard


async def test_o_opens_the_url_and_never_a_non_web_one(small_dossier, frozen_app_environment):
    opened = frozen_app_environment
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("o")  # Kyiv Post has no URL
        await pilot.press("j", "o")
        await settle(pilot)
        for _ in range(20):
            if opened:
                break
            await pilot.pause(0.05)
        assert opened == ["https://example.org/a"]


async def test_o_without_a_browser_says_so(small_dossier, monkeypatch):
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: False)  # what it returns headless
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "o")
        for _ in range(50):
            await pilot.pause(0.02)
            if "No web browser" in screen_text(app):
                break
        assert "No web browser found to open" in screen_text(app)


async def test_help_lists_every_binding(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 200)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for _, bindings in app.binding_sources():
            for b in bindings:
                assert b.id in text
        for key in ("/", "[", "]", "!", "?", "ctrl+p", "tab / shift+tab"):
            assert key in text
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)


async def test_every_binding_has_an_id(small_dossier):
    app = make_app(dossier=small_dossier)
    for _, bindings in app.binding_sources():
        assert all(b.id for b in bindings)


async def test_keymap_rebinds_by_id(small_dossier):
    app = make_app(dossier=small_dossier, keymap={"dossier.copy": "x"})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j", "x")
        await settle(pilot)
        assert app.clipboard.startswith("“Tell Trump")


async def test_search_live_enter_jumps_and_n_N_walk(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.press(*"trump")
        await settle(pilot)
        main = app.main_screen
        assert len(main.hits) >= 2
        text = screen_text(app)
        assert "hits" in text
        await pilot.press("enter")
        await settle(pilot)
        first = main.hits[0]
        assert main.reader.article.id == first.article
        assert main.reader.hit_spans  # the hit is highlighted
        assert isinstance(app.focused, Reader)
        await pilot.press("n")
        await settle(pilot)
        assert main.hit_index == 1
        await pilot.press("N")
        await settle(pilot)
        assert main.hit_index == 0
        await pilot.press("escape")  # back to the hits it was opened from
        await settle(pilot)
        assert main.has_class("-searching")
        assert isinstance(app.focused, HitList)
        await pilot.press("escape")  # closes the search
        await settle(pilot)
        assert not main.has_class("-searching")
        assert "Search ·" not in screen_text(app)
        await pilot.press("escape")  # clears the hit highlight
        await settle(pilot)
        assert main.reader.hit_spans == []


async def test_search_title_says_first_50_when_there_are_more(tmp_path):
    from conftest import write_articles

    many = "Talks\n\n" + "\n\n".join(f"Paragraph {n} is about the talks in Minsk." for n in range(80)) + "\n"
    few = "Other\n\nA single paragraph about a harbour in Riga today.\n"
    app = make_app([str(write_articles(tmp_path, {"many.txt": many, "few.txt": few}))])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"minsk")
        await settle(pilot)
        assert len(app.main_screen.hits) == 50
        assert "Search · first 50 hits" in screen_text(app)
        await pilot.press(*["backspace"] * 5, *"riga")
        await settle(pilot)
        text = screen_text(app)
        assert "Search · 1 hit" in text and "first 50" not in text


async def test_search_finds_the_other_outlets_spelling_of_a_name_and_says_so():
    from dossier_tui import load

    seeds = load()
    seeds.families  # noqa: B018 -- built, as the loading thread does once the app shows
    app = make_app(dossier=seeds)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"naufal")
        await settle(pilot)
        outlets = {seeds.article(h.article).meta.value("outlet") for h in app.main_screen.hits}
        assert outlets == {"ABC News", "The Moscow Times"}
        assert "Search · 2 hits · also Nawfal" in screen_text(app)


async def test_an_opened_hit_stands_near_the_top_of_the_reader(tmp_path):
    from conftest import write_articles

    paras = [f"Paragraph {n} tells of ordinary things in the capital on that day." for n in range(60)]
    paras[40] = "Paragraph 40 names the zanzibar delegation, which arrived late."
    folder = write_articles(tmp_path, {"a.txt": "Long story\n\n" + "\n\n".join(paras) + "\n"})
    app = make_app([str(folder)])
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zanzibar")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.main_screen.reader
        hit_line = next(
            y for y, (b, _s, _e) in enumerate(reader._lines) if b >= 0 and "zanzibar" in reader._texts[b]
        )
        row = hit_line - int(reader.scroll_y)
        assert 0 <= row <= reader.scrollable_content_region.height // 3


async def test_stale_search_results_are_dropped(small_dossier):
    from dossier_tui.tui.messages import SearchResults

    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"idea")
        await settle(pilot)
        main = app.main_screen
        current = list(main.hits)
        main.post_message(SearchResults("ide", ["stale"]))
        await settle(pilot)
        assert main.hits == current


async def test_tabbing_back_to_the_search_box_does_not_select_the_query(small_dossier):
    """A key typed after tabbing round the panes must not replace the search being read."""
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"trump")
        await settle(pilot)
        box = app.main_screen.search_panel.input
        for _ in range(8):
            await pilot.press("tab")
            await settle(pilot)
            if app.focused is box:
                break
        assert app.focused is box
        await pilot.press("j")
        await settle(pilot)
        assert box.value == "trumpj"


async def test_escape_closes_search(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.main_screen.has_class("-searching")
        await pilot.press("escape")
        await settle(pilot)
        assert not app.main_screen.has_class("-searching")


async def test_n_without_search_says_how(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert "press / to search" in screen_text(app)


async def test_narrow_terminal_stacks_the_panes_and_keeps_the_inspector(small_dossier):
    """Under 60 columns the panes stack; the inspector still says who said the selected quote."""
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(55, 30)) as pilot:
        await settle(pilot)
        # the first ] shows the first quote (below the fold), the second selects the next one
        await pilot.press("j", "right_square_bracket", "right_square_bracket")
        await settle(pilot)
        text = screen_text(app)
        assert "Quote mt:q2" in text and "Alexander Lukashenko" in text
        assert app.main_screen.inspector.region.y > app.main_screen.reader.region.y


async def test_speakers_view_and_jump(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        text = screen_text(app)
        assert "Alexander Lukashenko" in text
        assert "Kyiv Post: “Tell Trump I am waiting" in text or "The Moscow Times: “Tell Trump" in text
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, SpeakersScreen)
        assert app.main_screen.reader.quote_id is not None


async def test_speakers_view_keeps_roles_beside_a_long_name_and_G_goes_last(small_dossier):
    from dataclasses import replace

    from dossier_tui.core.model import Speaker

    long_name = "Ryan's campaign shrugged off the comments of the candidate on Thursday"
    extra = Speaker("s2", long_name, "person", (), ("spokesman",))
    quotes = (*small_dossier.quotes[:2], replace(small_dossier.quotes[2], speaker="s2"))
    d = replace(small_dossier, quotes=quotes, speakers=(*small_dossier.speakers, extra))
    app = make_app(dossier=d)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        text = screen_text(app)
        assert "Belarusian President; the Belarusian leader" in text
        assert long_name not in text and "Ryan's campaign shrugged off" in text
        table = app.screen.query_one("#speaker-table")
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_coverage_view_marks_outlets(small_dossier, with_families):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)
        lines = screen_text(app).splitlines()
        family_row = next(line for line in lines if "Tell Trump that" in line)
        assert family_row.count("●") == 2
        single_row = next(line for line in lines if "a brilliant idea" in line)
        assert single_row.count("●") == 1
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.reader.quote_id == "mt:q1"


async def test_views_never_wait_for_the_families_and_fill_in_when_they_arrive(monkeypatch):
    """At 8,000 articles the families take seconds after the list shows. The inspector and the
    coverage table say they are comparing, and fill in when the loading thread delivers them; the
    UI thread neither builds them nor waits for them (the screen would freeze)."""
    import threading

    import dossier_tui.core.warm as warm_module
    from dossier_tui import load

    seeds = load()
    release = threading.Event()
    real_warm = warm_module.warm

    def slow_warm(dossier, *args, **kwargs):
        release.wait(30)
        real_warm(dossier, *args, **kwargs)

    monkeypatch.setattr(warm_module, "warm", slow_warm)
    quote = next(q for q in seeds.quotes if q.text.startswith("Tell Trump that"))
    app = make_app(dossier=seeds)
    async with app.run_test(size=(200, 60)) as pilot:
        try:
            await pilot.pause()
            app.main_screen.jump_to_quote(quote.id)
            await pilot.pause()
            await pilot.pause()
            assert "Comparing outlets…" in screen_text(app)
            await pilot.press("c")
            await pilot.pause()
            assert "Coverage · comparing outlets…" in screen_text(app)
            assert seeds.built("families") is None  # the views did not build them
        finally:
            release.set()
        await settle(pilot)
        assert "Coverage · which outlet carries which quote" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        text = screen_text(app)
        assert "Comparing outlets…" not in text
        assert "function-word: that → :" in text


async def test_a_search_waiting_for_the_index_says_so(small_dossier, monkeypatch):
    """The first keystroke of a large dossier's search waits for its index: the title says it is
    indexing, not the previous count, until the hits come."""
    import threading

    import dossier_tui.core.search as search_module

    release = threading.Event()
    real_build = search_module.build_index

    def slow_build(dossier):
        release.wait(30)
        return real_build(dossier)

    monkeypatch.setattr(search_module, "build_index", slow_build)
    monkeypatch.setattr("dossier_tui.core.warm.warm", lambda dossier: release.wait(30))
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            await pilot.pause()
            await pilot.press("slash", *"trump")
            await pilot.pause()
            assert "Search · indexing the dossier…" in screen_text(app)
        finally:
            release.set()
        await settle(pilot)
        text = screen_text(app)
        assert "indexing" not in text
        assert re.search(r"Search · \d+ hits?", text)


async def test_coverage_fills_in_batches_and_keeps_every_row_in_order(tmp_path, monkeypatch):
    """A big dossier's table is added a batch at a time (keys work in between); it ends with
    every row, in the order the view ranks them."""
    from dossier_tui import load
    from dossier_tui.tui.screens import coverage_screen

    monkeypatch.setattr(coverage_screen, "FIRST_BATCH", 2)
    monkeypatch.setattr(coverage_screen, "FILL_BATCH", 3)

    def remark(n: int) -> str:  # eight words no other remark has: eleven different utterances
        return " ".join(f"w{n}{letter}" for letter in "abcdefgh")

    texts = {f"{n}.txt": f"Report {n}\n\n“{remark(n)},” Ann Lee said.\n" for n in range(11)}
    d = load(write_articles(tmp_path, texts))
    app = make_app(dossier=d)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        table = app.screen.query_one("DataTable")
        assert [k.value for k in table.rows] == [g[0] for g in coverage_screen.coverage_rows(d)]
        assert table.row_count == 11


async def test_coverage_ranks_its_rows_off_the_ui_thread(small_dossier, monkeypatch):
    """Ranking a big dossier's rows takes seconds of Python: on the UI thread it froze keys and
    drawing. The table shows them once a thread has ranked them."""
    import threading

    from dossier_tui.tui.screens import coverage_screen

    real_rows = coverage_screen.coverage_rows
    ranked_on: list[threading.Thread] = []

    def recording_rows(dossier):
        ranked_on.append(threading.current_thread())
        return real_rows(dossier)

    monkeypatch.setattr(coverage_screen, "coverage_rows", recording_rows)
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert ranked_on and threading.main_thread() not in ranked_on
        assert app.screen.query_one("DataTable").row_count == len(real_rows(small_dossier))


async def test_palette_jumps_to_article(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"moscow")
        await pilot.pause(0.5)
        await settle(pilot)
        assert "The Moscow Times 2025-03-05: Lukashenko offers" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.reader.article.id == "mt"


async def test_palette_finds_an_article_by_its_date(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main_screen.reader.article.id == "kp"  # first by outlet
        await pilot.press("ctrl+p", *"2025-03-05")
        await pilot.pause(0.5)
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.reader.article.id == "mt"


@pytest.mark.parametrize("typed", ["citation style mla", "style mla", "mla"])
async def test_palette_changes_citation_style(small_dossier, typed):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.citation_style != "mla"
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*typed)
        await pilot.pause(0.5)
        await settle(pilot)
        assert "citation style mla" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.citation_style == "mla"
        assert app.main_screen.inspector.style_name == "mla"


async def test_q_quits(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_mouse_click_selects_article(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        row = next(n for n, line in enumerate(lines) if "Lukashenko offers to host" in line)
        col = lines[row].index("Lukashenko offers")
        await pilot.click(offset=(col, row))
        await settle(pilot)
        assert app.main_screen.reader.article.id == "mt"


def test_coverage_view_and_export_agree_on_single_outlet_quotes():
    from dossier_tui import load
    from dossier_tui.core.report import markdown_report
    from dossier_tui.tui.screens.coverage_screen import coverage_rows

    seeds = load()
    seeds.families  # noqa: B018 (the app's loading thread builds them before the view uses them)
    singles = {g[0] for g in coverage_rows(seeds) if len({seeds.quote(q).article for q in g}) == 1}
    report = markdown_report(seeds)
    gaps = report.split("## Coverage gaps", 1)[1].split("\n## ", 1)[0]
    assert singles and all(f"`{qid}`" in gaps for qid in singles)
    assert gaps.count("`") // 2 == len(singles)


async def test_coverage_view_fits_seven_outlets_in_160_columns(tmp_path):
    """Outlet names take two short lines, so a real dossier's seven outlets are all in view."""
    from dossier_tui import load

    outlets = [
        "Breitbart",
        "HuffPost",
        "The New York Times",
        "Politico",
        "USA Today",
        "The Washington Post",
        "Western Journalism",
    ]
    manifest = ['title = "Seven outlets"']
    for n, outlet in enumerate(outlets):
        (tmp_path / f"a{n}.txt").write_text(
            f"Report {n}\n\n“We will rebuild the bridge at Kherson this year,” the mayor said.\n",
            encoding="utf-8",
        )
        manifest += ["[[articles]]", f'file = "a{n}.txt"', f'outlet = "{outlet}"']
    (tmp_path / "dossier.toml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    d = load(tmp_path)
    app = make_app(dossier=d)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        text = screen_text(app)
        for word in ("Breitbart", "HuffPost", "York", "Politico", "USA Today", "Washington", "Journalism"):
            assert word in text, word
        row = next(line for line in text.splitlines() if "We will rebuild" in line)
        assert row.count("●") == 7
        assert "enter opens" in text
        assert "←/→ more outlets" not in text  # all seven fit: no columns to scroll to
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert "←/→ more outlets" in screen_text(app)


async def test_an_article_opens_at_its_header_and_the_first_bracket_shows_its_first_quote(tmp_path):
    """Opened from the list, an article shows its title and metadata even when its first quote is
    below the fold; ] then brings that quote into view instead of skipping past it."""
    from dossier_tui import load

    filler = "\n\n".join(
        f"Background paragraph {n} about the bridge and its long history." for n in range(30)
    )
    (tmp_path / "a.txt").write_text(
        f"Bridge talks resume\n\n{filler}\n\n“We will rebuild it this year,” the mayor said.\n\n"
        "“And the railway will follow,” she added.\n",
        encoding="utf-8",
    )
    d = load(tmp_path)
    app = make_app(dossier=d)

    def reader_text() -> str:
        region = app.main_screen.reader.region
        rows = screen_text(app).splitlines()[region.y : region.bottom]
        return "\n".join(row[region.x : region.right] for row in rows)

    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        reader = app.main_screen.reader
        first, second = d.quotes[0].id, d.quotes[1].id
        assert reader.quote_id == first
        assert "Bridge talks resume" in reader_text()
        assert "We will rebuild" not in reader_text()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.quote_id == first and "We will rebuild" in reader_text()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.quote_id == second


async def test_bracket_keeps_the_words_after_a_quote_in_view_on_a_small_terminal(tmp_path):
    """The cue usually follows the quote ("…,” Ann Hale told a rally in Springfield): stepping
    down to a quote must not leave it on the pane's last line with its speaker below the fold."""
    from dossier_tui import load

    paragraphs = [
        f"Background paragraph {n} about the levy, the harbour and the council's long budget fight."
        for n in range(12)
    ]
    for n in range(6):
        paragraphs.insert(
            2 + 2 * n, f"“We will keep the ferry line number {n} open,” Ann Hale told a rally in Springfield."
        )
    (tmp_path / "a.txt").write_text("Levy talks\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    d = load(tmp_path)
    app = make_app(dossier=d)

    def reader_text() -> str:
        region = app.main_screen.reader.region
        rows = screen_text(app).splitlines()[region.y : region.bottom]
        cut = [re.sub("[▁▂▃▄▅▆▇█]", "", row[region.x : region.right]) for row in rows]  # no scrollbar
        return " ".join(row.strip(" │╭╮╰╯─") for row in cut)

    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for n in range(6):
            await pilot.press("right_square_bracket")
            await settle(pilot)
            shown = " ".join(reader_text().split())
            assert f"ferry line number {n} open,” Ann Hale told a rally in Springfield." in shown, n


async def test_inspector_lists_every_rendering_in_the_family_not_only_direct_matches(tmp_path):
    from conftest import write_articles

    folder = write_articles(
        tmp_path,
        {
            "politico_2016-05-05_a.txt": "# Levy vote\n\nThe mayor spoke.\n\n“We will not raise the levy on"
            " families this year, and we will cut the library budget instead,” Ann Hale said.\n",
            "nyt_2016-05-05_b.txt": "# Levy stays\n\nThe council met.\n\n“We will not raise the levy on"
            " families this year,” Ann Hale said.\n",
            "cnn_2016-05-06_c.txt": "# Library cuts\n\nThe council met.\n\nAnn Hale said the council would"
            " “cut the library budget instead” of raising the levy on families.\n",
        },
    )
    app = make_app([str(folder)])
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        app.main_screen.jump_to_quote("nyt_2016-05-05_b:q1")
        await settle(pilot)
        text = screen_text(app)
        inspector = text[text.index("Other outlets") :]
        # matched with this wording directly; trimmed, so alike word for word where they overlap
        assert "Politico  substantive · words cut or added;" in inspector
        assert "100% alike" not in inspector
        # CNN's fragment shares no word with this wording; it is in the family through Politico's
        assert "CNN  no words in common  · in the family through" in inspector
        assert "“cut the library budget instead”" in inspector
        assert "substitution" not in inspector  # two parts of one utterance: no made-up differences
        # from Politico's full wording both are direct matches
        app.main_screen.jump_to_quote("politico_2016-05-05_a:q1")
        await settle(pilot)
        text = screen_text(app)
        assert "through" not in text[text.index("Other outlets") :]


async def test_other_outlets_never_lists_the_same_storys_other_part(tmp_path):
    """One story quotes an answer in two parts; another outlet quotes it whole, so both parts are
    one family. From one part, "Other outlets" is the other outlet, not this story's other part."""
    from conftest import write_articles

    folder = write_articles(
        tmp_path,
        {
            "politico_2016-05-05_a.txt": "# Levy vote\n\nThe mayor spoke.\n\n“We will not raise the levy on"
            " families this year, and we will cut the library budget instead,” Ann Hale said.\n",
            "nyt_2016-05-05_b.txt": "# Levy stays\n\nThe council met.\n\n“We will not raise the levy on"
            " families this year,” Ann Hale said. She added: “And we will cut the library budget instead.”\n",
        },
    )
    app = make_app([str(folder)])
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        fam = app.dossier.families.family_of("nyt_2016-05-05_b:q1")
        assert fam is not None and "nyt_2016-05-05_b:q2" in fam.members  # the case this is about
        app.main_screen.jump_to_quote("nyt_2016-05-05_b:q1")
        await settle(pilot)
        shown = str(app.main_screen.inspector.query_one("#inspector-body").render())
        others = shown[shown.index("Other outlets") : shown.index("Evidence")]
        assert "Politico" in others
        assert "The New York Times  " not in others and "cut the library budget instead.”" not in others


def test_coverage_ranks_rows_by_outlets_not_articles(tmp_path):
    from conftest import write_articles

    from dossier_tui import load
    from dossier_tui.tui.screens.coverage_screen import coverage_rows

    same = "“We will not raise the levy on families this year, whatever the council says,” Ann Hale said."
    other = "“The library stays open on Sundays for the whole of next year,” Tom Lee said."
    folder = write_articles(
        tmp_path,
        {
            "politico_2016-05-05_a.txt": f"# A\n\nBody.\n\n{same}\n",
            "politico_2016-05-06_b.txt": f"# B\n\nBody.\n\n{same}\n",  # one outlet, twice
            "wash-post_2016-05-05_c.txt": f"# C\n\nBody.\n\n{other}\n",
            "usa-today_2016-05-05_d.txt": f"# D\n\nBody.\n\n{other}\n",  # two outlets
        },
    )
    d = load(folder)
    first = d.quote(coverage_rows(d)[0][0])
    assert first.text.startswith("The library stays open")


async def test_f_filters_the_article_list_and_esc_brings_every_article_back(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"moscow")
        await settle(pilot)
        text = screen_text(app)
        assert "Articles · 1 of 2" in text
        assert "── The Moscow Times (1)" in text
        assert "Kyiv Post (1)" not in text
        assert app.main_screen.reader.article.id != "kp"  # the reader follows the first kept article
        await pilot.press("enter")  # back to the list, the filter kept
        await settle(pilot)
        assert app.focused is app.main_screen.articles
        assert "Articles · 1 of 2" in screen_text(app)
        await pilot.press("f", "ctrl+u", *"2025-03-06")  # a date: only Kyiv Post's article
        await settle(pilot)
        assert "── Kyiv Post (1)" in screen_text(app)
        await pilot.press(*"..2025-03-01")  # a range that ends first: said, the last good filter kept
        await settle(pilot)
        text = screen_text(app)
        assert "range ends before it starts" in text
        assert "── Kyiv Post (1)" in text
        await pilot.press("escape")
        await settle(pilot)
        text = screen_text(app)
        assert "Kyiv Post (1)" in text and "The Moscow Times (1)" in text
        assert "of 2" not in text
        assert app.focused is app.main_screen.articles


@pytest.mark.parametrize("typed", ["2016-6", "2016-07..2016-06", "2016-13", "where:paris"])
async def test_why_a_filter_is_not_applied_shows_in_full_beside_the_list(small_dossier, typed):
    """The reason sits under the filter box, in a pane 41 columns wide at 120 or 160 columns: cut
    to "…", it no longer says what to type."""
    from dossier_tui.core.article_filter import FilterError, parse_filter

    with pytest.raises(FilterError) as caught:
        parse_filter(typed)
    for width in (120, 160):
        app = make_app(dossier=small_dossier)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            await pilot.press("f", *typed)
            await settle(pilot)
            assert str(caught.value) in screen_text(app)


@pytest.mark.parametrize(("key", "box"), [("slash", "#search-input"), ("f", "#article-filter")])
async def test_a_box_reopened_by_its_key_is_replaced_by_what_is_typed(small_dossier, key, box):
    """Typed after the old query, a new one found nothing (newcomer test 12): the reopened box
    holds the old query selected, as a browser's find box does."""
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(key, *"moscow", "enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        app.main_screen.articles.focus()
        await pilot.press(key)
        await settle(pilot)
        field = app.main_screen.query_one(box)
        assert app.focused is field and field.value == "moscow"
        await pilot.press(*"kyiv")
        await settle(pilot)
        assert field.value == "kyiv"


async def test_t_keeps_the_inspector_where_it_was_scrolled(small_dossier, with_families):
    """``t`` is pressed while reading the other outlets, low in the inspector: it stays there."""
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        inspector = app.main_screen.inspector
        inspector.focus()
        for _ in range(6):
            await pilot.press("j")
        await settle(pilot)
        scrolled = inspector.scroll_y
        assert scrolled > 0
        await pilot.press("t")
        await settle(pilot)
        assert inspector.scroll_y == min(scrolled, inspector.max_scroll_y) > 0
        assert not inspector.hide_trivial


async def test_slash_in_the_speakers_view_finds_a_speaker_by_name_or_role(tmp_path):
    from conftest import write_articles

    folder = write_articles(
        tmp_path,
        {
            "a.txt": "# Levy vote\n\n“We will not raise the levy,” Mayor Ann Hale said.\n\n"
            "“The harbour needs dredging,” said Tom Bryant, the port director.\n\n"
            "“Ferries run on time,” said Ryan Lee, a council spokesman.\n",
        },
    )
    app = make_app([str(folder)])
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("p", "slash", *"ryan")
        await settle(pilot)
        text = screen_text(app)
        assert "Ryan Lee" in text
        assert "Tom Bryant" not in text and "Ann Hale" not in text  # words start where a name's does
        assert "1 of 3 speakers" in text
        await pilot.press("ctrl+u", *"mayor")  # a role word finds its speaker
        await settle(pilot)
        text = screen_text(app)
        assert "Ann Hale" in text and "Ryan Lee" not in text
        await pilot.press("enter", "enter")  # to the table, then to the speaker's quotes
        await settle(pilot)
        assert "We will not raise the levy" in screen_text(app)
        await pilot.press("slash", "escape")  # the box cleared: every speaker again
        await settle(pilot)
        text = screen_text(app)
        assert "Ann Hale" in text and "Ryan Lee" in text and "Tom Bryant" in text
        assert isinstance(app.screen, SpeakersScreen)


async def test_y_on_an_article_without_title_or_date_says_what_the_citation_lacks(tmp_path):
    from dossier_tui import load

    folder = write_articles(
        tmp_path,
        {"a.txt": "It rained.\n\n“We expect more rain on Monday,” Jane Smith said at the briefing.\n"},
    )
    app = make_app(dossier=load(folder))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("]", "y")
        await settle(pilot)
        assert app.clipboard.startswith("“We expect more rain on Monday,” Jane Smith said")
        text = screen_text(app)
        assert "Copied quote + citation" in text
        assert "No title or date known for this article" in text


async def test_y_on_a_fully_described_article_adds_no_note(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "y")
        await settle(pilot)
        assert "Copied quote + citation" in screen_text(app)
        assert "known for this article" not in screen_text(app)


async def test_inspector_calls_a_rendering_with_words_only_reordered_the_same_words_in_another_order(
    tmp_path,
):
    folder = write_articles(
        tmp_path,
        {
            "politico_2016-05-05_a.txt": "# Coal\n\nShe spoke.\n\n“We are going to put a lot of coal"
            " companies and coal miners out of business,” Ann Hale said.\n",
            "nyt_2016-05-05_b.txt": "# Coal jobs\n\nShe spoke.\n\n“We are going to put a lot of coal"
            " miners and coal companies out of business,” Ann Hale said.\n",
        },
    )
    app = make_app([str(folder)])
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(pilot)
        app.main_screen.jump_to_quote("nyt_2016-05-05_b:q1")
        await settle(pilot)
        text = screen_text(app)
        inspector = text[text.index("Other outlets") :]
        assert "moved:" in inspector
        assert "Politico  substantive · the same words in another order" in inspector
        assert "words cut or added" not in inspector


async def test_greater_than_opens_the_other_outlets_rendering_in_its_article_and_less_than_comes_back(
    tmp_path,
):
    folder = write_articles(
        tmp_path,
        {
            "politico_2016-05-05_a.txt": "# Levy vote\n\nThe mayor spoke first.\n\n“We will not raise the levy on"
            " families this year, whatever the council says,” Ann Hale said.\n",
            "nyt_2016-05-05_b.txt": "# Levy stays\n\nThe council met.\n\n“We will not raise the levy on"
            " families this year,” Ann Hale said.\n",
            "cnn_2016-05-06_c.txt": "# Hale on the levy\n\nOther news first.\n\n“Other words entirely here,” a"
            " resident said.\n\n“We will not raise the levy on families this year,” Ann Hale told CNN.\n",
        },
    )
    app = make_app([str(folder)])
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await settle(pilot)
        app.main_screen.jump_to_quote("nyt_2016-05-05_b:q1")
        await settle(pilot)
        seen = []
        for _ in range(3):
            await pilot.press("greater_than_sign")
            await settle(pilot)
            reader = app.main_screen.reader
            seen.append((reader.article.id, reader.quote_id))
        # every other outlet's rendering, each open at its quote in its article, then back to the first
        # every other outlet's rendering in dossier order, each open at its quote in its article,
        # then round to the first again
        assert [s[1] for s in seen] == [
            "politico_2016-05-05_a:q1",
            "cnn_2016-05-06_c:q2",
            "nyt_2016-05-05_b:q1",
        ]
        assert all(quote.startswith(article + ":") for article, quote in seen)
        text = screen_text(app)
        assert "The New York Times: rendering 2 of 3" in text
        assert "rendering 1 of 3" not in text and "rendering 3 of 3" not in text  # one toast, not a stack
        await pilot.press("less_than_sign")
        await settle(pilot)
        assert app.main_screen.reader.quote_id == seen[1][1]


async def test_greater_than_on_a_quote_no_other_outlet_carries_says_so(tmp_path):
    folder = write_articles(
        tmp_path,
        {
            "a.txt": "# Levy\n\n“We will not raise the levy on families this year,” Ann Hale said.\n",
            "b.txt": "# Ferry\n\n“The ferry runs again from Monday morning,” Bo Ray said.\n",
        },
    )
    app = make_app([str(folder)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        app.main_screen.jump_to_quote("a:q1")
        await settle(pilot)
        await pilot.press("greater_than_sign")
        await settle(pilot)
        assert app.main_screen.reader.quote_id == "a:q1"
        assert "No other outlet carries this utterance" in screen_text(app)


async def test_Y_menu_opens_clear_of_earlier_copy_toasts(small_dossier):
    app = make_app(dossier=small_dossier)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "y", "y")
        await settle(pilot)
        assert "Copied quote + citation" in screen_text(app)
        await pilot.press("Y")
        await settle(pilot)
        assert isinstance(app.screen, CopyMenu)
        assert "Copied quote + citation" not in screen_text(app)
