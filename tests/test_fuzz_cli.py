"""No argument list can crash it: argument lists drawn from the CLI's own commands and
options (read from the Typer app, so new options are covered), mixed with hostile values."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from natotrips.cli import app

FIXTURE = str(Path(__file__).parent / "fixtures" / "small.json")


def _commands() -> list[tuple[list[str], Any]]:
    """(path of words, click command) for every runnable command."""
    root = typer.main.get_command(app)
    found: list[tuple[list[str], Any]] = []

    def walk(words: list[str], cmd: Any) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk([*words, name], sub)
        else:
            found.append((words, cmd))

    walk([], root)
    return found


COMMANDS = _commands()
HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "x" * 5000,
        "\x1b[31mred",
        "\x07bell",
        "تركيا",
        "ترامب",
        "2024-13-45",
        "03/04/2025",
        "-1",
        "0",
        "999999999999",
        "--",
        "-",
        "all",
        "Frnace",
        "\u202eevil",
        "Oct 2024",
        "2024",
        "2024-10",
        "rutte",
        "stoltenberg",
        "ministerial",
        "nowhere/",
    ]
)


@st.composite
def argv(draw: st.DrawFn, folder: Path) -> list[str]:
    words, cmd = draw(st.sampled_from(COMMANDS))
    args = list(words)
    params = [p for p in cmd.params if p.name not in ("help",)]
    for param in draw(st.lists(st.sampled_from(params), max_size=4)) if params else []:
        value = draw(
            st.one_of(
                HOSTILE,
                # an argv word cannot hold a NUL byte: the kernel passes C strings
                st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=30),
                st.sampled_from([str(folder), str(folder / "missing" / "x"), str(folder / "o")]),
            )
        )
        if param.param_type_name == "argument":
            args.append(value)
        elif param.is_flag:
            args.append(param.opts[0])
        else:
            args += [param.opts[0], value]
    return args


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_argument_list_crashes(runner: Any, tmp_path: Path, data: st.DataObject) -> None:
    folder = tmp_path / "work"
    folder.mkdir(exist_ok=True)
    args = data.draw(argv(folder))
    outside = tmp_path.parent
    before = set(os.listdir(outside)), set(os.listdir(Path(__file__).parent.parent))
    home = Path.cwd()
    os.chdir(folder)  # relative paths land in the test's own folder
    try:
        result = runner.invoke(None, ["--data", FIXTURE, *args])
    finally:
        os.chdir(home)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        result.exception,
    )
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output)
    assert "Traceback" not in result.output
    if result.exit_code != 0 and result.stderr.strip():
        lines = result.stderr.strip().splitlines()
        errors = [line for line in lines if line.startswith("natotrips: error:")]
        notes = [line for line in lines if line.startswith(("natotrips: ", "Wrote "))]
        assert errors or args[0] == "validate", (args, result.stderr)
        assert len(lines) - len(notes) <= 1 or any(x.startswith("Try ") for x in lines), lines
    after = set(os.listdir(outside)), set(os.listdir(Path(__file__).parent.parent))
    assert after == before, args  # nothing written outside the test's folder
