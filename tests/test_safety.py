"""Hostile and broken input: nothing leaks to the terminal, nothing the user had is lost."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import minimal_event

from natotrips.errors import OutputError
from natotrips.exports.csv import neutralise
from natotrips.files import atomic_writer

Invoke = Callable[..., Any]
PKG = Path(__file__).resolve().parent.parent / "natotrips"

HOSTILE = {
    "title": "[bold red]Loud[/] [link=https://evil.example]click[/link] \x1b]0;pwned\x07 end",
    "summary": "red \x1b[31mRED\x1b[0m bell\x07 nul\x00 csi\x9b2J rtl\u202eevil",
    "city": "Pa\x1b[2Jris",
    "venue": "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",
}
VIEWS = [
    ["list"],
    ["timeline"],
    ["countries"],
    ["country", "France"],
    ["show", "2024-11-12-paris"],
]


def _hostile_file(write_data: Callable[..., Path]) -> Path:
    event = minimal_event(**HOSTILE)
    event["participants"][0]["name"] = "Emmanuel [blink]Macron\x1b[5m"
    return write_data([event])


@pytest.mark.parametrize("args", VIEWS, ids=" ".join)
@pytest.mark.parametrize("colour", [False, True], ids=["pipe", "colour-terminal"])
def test_views_print_hostile_text_inert(
    invoke: Invoke,
    write_data: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    colour: bool,
) -> None:
    if colour:  # make Rich behave as on a colour terminal
        monkeypatch.setenv("TTY_COMPATIBLE", "1")
        monkeypatch.setenv("FORCE_COLOR", "1")
        monkeypatch.setenv("TTY_INTERACTIVE", "1")
        monkeypatch.setenv("COLUMNS", "400")  # wide enough that no cell wraps
    path = _hostile_file(write_data)
    result = invoke("--data", str(path), *args)
    assert result.exit_code == 0, result.output
    out = result.stdout
    # No escape sequence from the data reaches the terminal: OSC, title, clear screen, CSI.
    for bad in ("\x1b]", "\x07", "\x1b[2J", "\x1b[31mRED", "\x1b[5m", "\x9b", "\x00", "\u202e"):
        assert bad not in out, (bad, out)
    # ... they are shown visibly instead, and markup stays literal.
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)  # Rich's own styling, when colour is on
    if args[0] in ("list", "show", "timeline", "country"):
        assert "\\x1b]0;pwned\\x07" in plain or args[0] == "country"
    if args[0] in ("list", "show", "timeline"):
        assert "[bold red]Loud[/]" in plain
        assert "[link=https://evil.example]click[/link]" in plain
    if colour:
        assert "\x1b[" in out  # the colour path really ran


def test_errors_do_not_echo_escapes(invoke: Invoke) -> None:
    result = invoke("country", "\x1b]0;pwned\x07")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd", "'+cmd"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1,2)", "'@SUM(1,2)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("2024-11-12", "2024-11-12"),
        ("Paris", "Paris"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_export_csv_neutralises_by_default_and_raw_opts_out(
    invoke: Invoke, write_data: Callable[..., Path]
) -> None:
    path = write_data([minimal_event(title="=1+1", summary="@cmd", city="-5")])
    rows = list(csv.DictReader(io.StringIO(invoke("--data", str(path), "export", "csv").stdout)))
    assert (rows[0]["title"], rows[0]["summary"], rows[0]["city"]) == ("'=1+1", "'@cmd", "-5")
    assert rows[0]["days"] == "1"
    raw = invoke("--data", str(path), "export", "csv", "--raw").stdout
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert (rows[0]["title"], rows[0]["summary"]) == ("=1+1", "@cmd")


def _big_data(tmp_path: Path, n: int = 3000) -> Path:
    events = [
        minimal_event(id=f"e{i}", start_date="2024-11-12", end_date="2024-11-12", city=f"C{i}")
        for i in range(n)
    ]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"as_of": "2026-11-29", "events": events}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "pipeline",
    [
        "{exe} --data {data} export csv | head -c 5",
        "{exe} --data {data} list | head -1",
        "{exe} --data {data} list --format json | head -1",
    ],
)
def test_closed_pipe_ends_quietly(tmp_path: Path, pipeline: str) -> None:
    exe = f"{sys.executable} -m natotrips"
    data = _big_data(tmp_path)
    cmd = pipeline.format(exe=exe, data=data)
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {cmd}; echo status=$? >&2"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr, proc.stderr
    assert "BrokenPipe" not in proc.stderr
    # killed by SIGPIPE like cat or grep: 141, or 0 if it finished before head closed
    assert re.search(r"status=(0|141)$", proc.stderr.strip()), proc.stderr
    assert proc.stdout


def test_atomic_write_failure_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write("half a fi")
        raise RuntimeError("interrupted")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_failure_keeps_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(target, force=True) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_atomic_write_has_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_writer(target) as handle:
        handle.write("x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_refuses_folder_and_impossible_paths(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("export", "csv", "-o", str(tmp_path))
    assert result.exit_code == 1 and "is a directory" in result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("export", "csv", "-o", str(blocker / "out.csv"))
    assert result.exit_code == 1 and "does not exist" in result.stderr
    with pytest.raises(OutputError), atomic_writer(tmp_path / "missing" / "x.csv"):
        pass


def test_no_network_and_no_code_execution_from_data() -> None:
    """The package neither opens sockets nor runs anything: no such module is used."""
    banned = re.compile(
        r"\b(socket|urllib|http\.client|requests|subprocess|os\.system|pickle|eval\(|exec\()"
    )
    for path in PKG.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name == "terminal.py":  # the pager: $PAGER is the user's own command, as in git
            text = text.replace("subprocess", "")
        assert not banned.search(text), f"{path.name}: {banned.search(text)}"


def test_runs_with_network_disabled(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for args in (["list"], ["countries"], ["timeline"], ["export", "csv"], ["validate"]):
        assert invoke(*args).exit_code == 0, args


def test_oversized_file_fails_fast_and_clearly(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    monkeypatch.setenv("NATOTRIPS_MAX_BYTES", str(100 * 1024 * 1024))
    result = invoke("--data", str(big), "list")
    assert result.exit_code == 2
    assert "over the 104,857,600-byte limit" in result.stderr


def test_spinner_only_for_large_files_on_a_terminal() -> None:
    from natotrips.terminal import SPINNER_BYTES, wants_spinner

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert wants_spinner(SPINNER_BYTES, Tty())
    assert not wants_spinner(SPINNER_BYTES - 1, Tty())
    assert not wants_spinner(SPINNER_BYTES * 10, io.StringIO())
