"""natotrips site: every page parses, every internal link resolves, nothing loads from
another host, every event has its page, lang and dir are set, and the folder is written
safely (own files replaced, other files kept or the folder refused, interruptions leave
nothing behind)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from natotrips.files import MANIFEST, Interrupted, write_tree

Invoke = Callable[..., Any]
VOID = {"meta", "link", "br", "img", "hr", "input", "source", "col", "wbr"}


class Page(HTMLParser):
    """A strict reading: tags must nest and close; collects links, ids and the root."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()
        self.html: dict[str, str | None] = {}
        self.errors: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.html = values
        if tag == "script":
            self.scripts += 1
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for name in ("href", "src"):
            if values.get(name):
                self.links.append((tag, name, str(values[name])))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def _read(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _pages(root: Path) -> Iterator[Path]:
    yield from sorted(root.rglob("*.html"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from natotrips import cli

    root = tmp_path_factory.mktemp("site") / "out"
    assert cli.run(["site", "-o", str(root)]) == 0
    return root


def test_every_page_parses_and_every_internal_link_resolves(site: Path) -> None:
    pages = list(_pages(site))
    assert len(pages) > 600
    parsed = {p: _read(p) for p in pages}
    for path, page in parsed.items():
        assert not page.errors, (path, page.errors[:3])
        assert not page.stack, (path, page.stack)
        assert page.scripts == 0, path
        for tag, attr, value in page.links:
            parts = urlsplit(value)
            if parts.scheme:
                # other hosts only as plain links a reader follows, never loaded
                assert tag == "a" and attr == "href" and parts.scheme in ("http", "https"), (
                    path,
                    value,
                )
                continue
            target = (path.parent / parts.path).resolve() if parts.path else path
            assert target.is_file(), (path, value)
            if parts.fragment and target.suffix == ".html":
                assert parts.fragment in parsed[target].ids, (path, value)


def test_every_event_has_its_page_with_its_sources(site: Path, invoke: Invoke) -> None:
    events = json.loads(invoke("list", "--sg", "all", "-f", "json").stdout)
    pages = {p.stem for p in (site / "events").glob("*.html")} - {"index"}
    assert pages == {e["id"] for e in events}
    event = next(e for e in events if e["id"] == "2024-11-04-berlin")
    text = (site / "events" / "2024-11-04-berlin.html").read_text(encoding="utf-8")
    for source in event["sources"]:
        if source["url"]:
            assert source["url"].replace("&", "&amp;") in text
    assert "Sources disagree" in text


def test_pages_per_country_person_and_secretary_general(site: Path) -> None:
    assert (site / "countries" / "fr.html").is_file()
    assert (site / "sg" / "jens-stoltenberg.html").is_file()
    assert (site / "sg" / "mark-rutte.html").is_file()
    assert (site / "people" / "olaf-scholz.html").is_file()
    assert "Jens Stoltenberg" in (site / "compare.html").read_text(encoding="utf-8")
    front = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="map.svg"' in front and "The years at a glance" in front


def test_lang_and_dir_on_every_page(site: Path, tmp_path: Path) -> None:
    from natotrips import cli

    for page in _pages(site):
        assert _read(page).html == {"lang": "en", "dir": "ltr"}, page
    arabic = tmp_path / "ar"
    assert cli.run(["site", "-o", str(arabic), "--lang", "ar", "--sg", "rutte"]) == 0
    pages = list(_pages(arabic))
    assert pages
    for page in pages:
        assert _read(page).html == {"lang": "ar", "dir": "rtl"}, page
    front = (arabic / "index.html").read_text(encoding="utf-8")
    assert "أين ذهب الأمين العام" in front and "بروكسل" in front


def test_rerun_replaces_own_files_and_keeps_others(invoke: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "site"
    assert invoke("site", "-o", str(root), "--sg", "all").exit_code == 0
    old_event = root / "events" / "2014-10-01-brussels.html"
    assert old_event.is_file()
    # again into the same folder: no --force needed, the tool wrote everything there
    assert invoke("site", "-o", str(root), "--sg", "rutte").exit_code == 0
    assert not old_event.exists()  # no longer produced: removed
    mine = root / "notes.txt"
    mine.write_text("my notes", encoding="utf-8")
    result = invoke("site", "-o", str(root))
    assert result.exit_code == 1
    assert result.stderr.startswith("natotrips: error: ") and result.stderr.count("\n") == 1
    assert "notes.txt" in result.stderr
    assert invoke("site", "-o", str(root), "--force").exit_code == 0
    assert mine.read_text(encoding="utf-8") == "my notes"
    owned = json.loads((root / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert "notes.txt" not in owned and "index.html" in owned


def test_a_folder_of_other_files_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "photos"
    root.mkdir()
    (root / "cat.jpg").write_bytes(b"\xff\xd8")
    result = invoke("site", "-o", str(root))
    assert result.exit_code == 1 and "did not write" in result.stderr
    assert sorted(p.name for p in root.iterdir()) == ["cat.jpg"]
    result = invoke("site", "-o", str(root / "cat.jpg"))
    assert result.exit_code == 1 and "not a folder" in result.stderr


def test_interrupted_site_leaves_the_old_folder_and_no_temporary_files(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write_tree(root, [("index.html", "old"), ("a/b.html", "old b")])
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}

    def pages() -> Iterator[tuple[str, str]]:
        yield "index.html", "new"
        yield "c.html", "new c"
        raise Interrupted(15)

    with pytest.raises(Interrupted):
        write_tree(root, pages())
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


class _Tty:
    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_progress_shows_only_after_a_moment_and_clears_its_line() -> None:
    from natotrips.terminal import Progress

    now = [0.0]
    stream = _Tty()
    progress = Progress("Writing site:", 10, stream)  # type: ignore[arg-type]
    progress.clock = lambda: now[0]
    progress.start = 0.0
    progress(1)
    assert stream.text == ""  # quick work shows nothing
    now[0] = 1.0
    progress(5)
    assert stream.text == "\rWriting site: 5/10"
    progress.done()
    assert stream.text.endswith("\r\x1b[K")
    quiet = Progress("x", 3, io.StringIO())  # not a terminal: never anything
    quiet.start = -10.0
    quiet(3)
    quiet.done()


def test_a_hostile_source_url_is_shown_never_linked(tmp_path: Path) -> None:
    from conftest import minimal_event

    from natotrips import cli

    event = minimal_event()
    event["sources"][0]["url"] = "javascript:alert(1)"
    event["title"] = "<script>alert(2)</script>"
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"as_of": "2026-11-29", "events": [event]}), encoding="utf-8")
    root = tmp_path / "site"
    assert cli.run(["--data", str(data), "site", "-o", str(root)]) == 0
    page = _read(root / "events" / f"{event['id']}.html")
    assert page.scripts == 0
    assert all(not v.lower().startswith("javascript:") for _, _, v in page.links)
    text = (root / "events" / f"{event['id']}.html").read_text(encoding="utf-8")
    assert "javascript:alert(1)" in text and "&lt;script&gt;" in text


def test_site_stages_inside_the_folder_when_its_parent_is_not_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    import natotrips.files as files

    real = tempfile.mkdtemp
    root = tmp_path / "site"

    def refuse_beside(*args: Any, **kwargs: Any) -> str:
        if Path(kwargs["dir"]) != root:
            raise PermissionError(13, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(files.tempfile, "mkdtemp", refuse_beside)
    assert write_tree(root, [("index.html", "new"), ("a/b.html", "b")]) == 2
    assert sorted(p.name for p in root.iterdir()) == [MANIFEST, "a", "index.html"]
    # and again: the folder holds only what natotrips wrote
    assert write_tree(root, [("index.html", "newer")]) == 1
    assert (root / "index.html").read_text(encoding="utf-8") == "newer"
    assert not (root / "a").exists()
