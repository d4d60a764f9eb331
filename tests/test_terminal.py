"""The CLI as a person meets it: a real pseudo-terminal of a given size, the pager, and
completion through bash's own protocol."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from natotrips.terminal import cell_width

FIXTURE = str(Path(__file__).parent / "fixtures" / "small.json")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def run_pty(args: list[str], cols: int, rows: int, **env: str) -> str:
    """Run ``python -m natotrips ARGS`` on a pty of cols x rows; what the screen got."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    environ.update({"TERM": "xterm-256color", "NATOTRIPS_PAGER": "", **env})
    proc = subprocess.Popen(
        [sys.executable, "-m", "natotrips", "--data", FIXTURE, *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=environ,
        close_fds=True,
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=30)
    os.close(master)
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")


VIEWS = [
    ["list", "--sg", "all"],
    ["country", "Estonia", "--sg", "all"],
    ["countries", "--sg", "all"],
    ["timeline", "--sg", "all"],
    ["calendar", "2024-11"],
    ["people", "--sg", "all"],
    ["person", "scholz"],
    ["show", "2024-11-04-berlin"],
    ["stats", "--sg", "all"],
    ["upcoming", "--today", "2026-06-01"],
    ["compare"],
    ["list", "--lang", "ar"],
]


@pytest.mark.parametrize(("cols", "rows"), [(80, 24), (120, 40)])
@pytest.mark.parametrize("args", VIEWS, ids=lambda a: "-".join(a[:2]))
def test_views_fit_the_terminal(args: list[str], cols: int, rows: int) -> None:
    screen = run_pty(args, cols, rows)
    assert screen.strip(), "nothing shown"
    assert "Traceback" not in screen
    for line in screen.splitlines():
        assert cell_width(line) <= cols, f"{cell_width(line)} > {cols}: {line!r}"


@pytest.mark.parametrize("cols", [80, 120])
def test_list_takes_at_most_two_lines_an_event(cols: int) -> None:
    screen = run_pty(["list", "--sg", "all"], cols, 40)
    lines = [line for line in screen.splitlines() if line.strip()]
    rows = [line for line in lines if re.match(r"^[ ?!×] +\d{1,2}[ –]", line)]
    assert len(rows) == 10
    legend = next(i for i, line in enumerate(lines) if re.match(r"^[?!×] [^\d ]", line))
    table = lines[2:legend]  # after the header and its rule, before the legend
    assert len(table) <= 2 * len(rows)
    assert any(line.rstrip().endswith("…") for line in table)  # cut, not wrapped a word a line


def test_pager_only_when_taller_than_the_screen(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    pager = f"cat > {paged}"
    run_pty(["list", "--sg", "all"], 80, 10, NATOTRIPS_PAGER=pager)
    assert paged.exists() and "Tallinn" in paged.read_text(encoding="utf-8")
    paged.unlink()
    run_pty(["list", "--sg", "all", "-n", "1"], 80, 24, NATOTRIPS_PAGER=pager)
    assert not paged.exists()
    run_pty(["list", "--sg", "all", "--no-pager"], 80, 10, NATOTRIPS_PAGER=pager)
    assert not paged.exists()


def test_piped_output_is_never_paged(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    env = {**os.environ, "NATOTRIPS_PAGER": f"cat > {paged}", "LINES": "5"}
    out = subprocess.run(
        [sys.executable, "-m", "natotrips", "--data", FIXTURE, "list", "--sg", "all"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert "Tallinn" in out and not paged.exists()
    assert "\x1b[" not in out


# ---- completion through bash's own protocol --------------------------------------------------

BASH = shutil.which("bash")
NATOTRIPS = shutil.which("natotrips")


def _script(shell: str) -> str:
    """The completion script the installed command gives ``shell``."""
    return subprocess.run(
        [NATOTRIPS or "natotrips"],
        env={**os.environ, "_NATOTRIPS_COMPLETE": f"source_{shell}"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _complete(words: str) -> list[str]:
    driver = (
        _script("bash")
        + f"\nCOMP_WORDS=(natotrips {words}); COMP_CWORD=$((${{#COMP_WORDS[@]}}-1))\n"
        + "_natotrips_completion natotrips\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    out = subprocess.run([BASH or "bash", "-c", driver], capture_output=True, text=True, check=True)
    return [line for line in out.stdout.splitlines() if line]


@pytest.mark.skipif(not (BASH and NATOTRIPS), reason="needs bash and the installed command")
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("country Bos", "'Bosnia & Herzegovina'"),
        ("list --country Unit", "'United Kingdom'"),
        ("list --country Unit", "'United States'"),
        ("list --person zel", "'Volodymyr Zelenskyy'"),
        ("list --kind troop", "troop-visit"),
        ("list --sg sto", "Stoltenberg"),
        ("show 2024-11-04-b", "2024-11-04-berlin"),
    ],
)
def test_bash_completion(words: str, expected: str) -> None:
    assert expected in _complete(words)


@pytest.mark.skipif(not (BASH and NATOTRIPS), reason="needs bash and the installed command")
def test_bash_inserts_a_name_with_spaces_as_one_word() -> None:
    [value] = _complete("country Bosnia")
    out = subprocess.run(
        [BASH or "bash", "-c", f"printf '%s\\n' {value}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out == "Bosnia & Herzegovina\n"


FISH = shutil.which("fish")


@pytest.mark.skipif(not (FISH and NATOTRIPS), reason="needs fish and the installed command")
def test_fish_completion() -> None:
    queries = "complete -C'natotrips country Bos'\ncomplete -C'natotrips list --country Unit'"
    driver = f"{_script('fish')}\n{queries}"
    out = subprocess.run([FISH or "fish", "-c", driver], capture_output=True, text=True, check=True)
    found = out.stdout.splitlines()
    assert "Bosnia & Herzegovina" in found  # one candidate: fish escapes it when inserting
    assert {"United Kingdom", "United States"} <= set(found)


def test_zsh_completion_quotes_each_value() -> None:
    """zsh: Typer's script evals an _arguments spec; each value must be one quoted word."""
    env = {
        **os.environ,
        "_NATOTRIPS_COMPLETE": "complete_zsh",
        "_TYPER_COMPLETE_ARGS": "natotrips country Bos",
    }
    out = subprocess.run(
        [sys.executable, "-m", "natotrips"], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert '"Bosnia & Herzegovina"' in out
