"""Articles added to a dossier folder since it was last opened are marked "new" in the list."""

from __future__ import annotations

from conftest import screen_text, settle, write_articles

from dossier_tui.tui.factory import make_app


async def _open(folder, size=(120, 30)) -> tuple[str, list[str]]:
    app = make_app([str(folder)])
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        return screen_text(app), [n.message for n in app._notifications]


async def test_an_article_added_since_the_last_open_is_marked_new_once(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_STATE_DIR", str(tmp_path / "state"))
    folder = write_articles(
        tmp_path,
        {
            "a.txt": "Bridge talks resume\n\n“We will talk,” the minister said.\n",
            "b.txt": "Minister visits Kherson\n\n“We will rebuild,” the mayor said.\n",
        },
    )
    first, notes = await _open(folder)
    assert "new ·" not in first and not any("new since" in n for n in notes)
    (folder / "c.txt").write_text(
        "Ferry line reopens\n\n“It runs again,” the captain said.\n", encoding="utf-8"
    )
    second, notes = await _open(folder)
    lines = second.splitlines()
    at = next(i for i, line in enumerate(lines) if "Ferry line reopens" in line)
    assert "new ·" in lines[at + 1]
    assert sum("new ·" in line for line in lines) == 1
    assert "3 articles · " in lines[0] and "· 1 new" in lines[0]  # the header says how many
    assert any("1 article new since you last opened this dossier" in n for n in notes)
    third, _ = await _open(folder)
    assert "new ·" not in third and " new" not in third.splitlines()[0]
