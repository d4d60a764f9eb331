"""Helpers for the cog blocks in README.md and docs/cli.md: run the real CLI and print its
output as a console block. Regenerate with ``cog -r README.md docs/cli.md``; CI runs
``cog --check`` and fails when the documents drift from what the commands print."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys


def run(command: str, *, width: int = 80) -> str:
    """``natotrips ARGS`` as a reader at an 80-column terminal sees it (plain text)."""
    args = shlex.split(command)
    assert args[0] == "natotrips"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NATOTRIPS_", "FORCE_COLOR"))}
    env.update({"COLUMNS": str(width), "NO_COLOR": "1"})
    extra = ["--width", str(width)] if _takes_width(args) else []
    out = subprocess.run(
        [sys.executable, "-m", "natotrips", *args[1:], *extra],
        capture_output=True,
        text=True,
        env=env,
    )
    text = (out.stdout + out.stderr).rstrip("\n")
    return f"```console\n$ {command}\n{text}\n```"


def _takes_width(args: list[str]) -> bool:
    return (
        len(args) > 1
        and args[1] not in ("export", "validate", "--version", "version")
        and "-h" not in args
        and "-f" not in args
    )


def help_of(command: str) -> str:
    args = shlex.split(command)
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "natotrips", *args[1:], "-h"],
        capture_output=True,
        text=True,
        env=env,
    )
    return f"```\n$ {command} -h\n{out.stdout.rstrip()}\n```"


def coverage() -> str:
    """Events per holder and year, from the bundled record."""
    from collections import Counter

    from natotrips import dataset

    data = dataset.load(dataset.bundled_path())
    counts = Counter((e.secretary_general, e.start_date.year) for e in data.events)
    holders = sorted({h for h, _ in counts}, key=lambda h: min(y for x, y in counts if x == h))
    lines = ["| Secretary General | year | events |", "|---|---|---|"]
    for h in holders:
        for year in sorted(y for x, y in counts if x == h):
            lines.append(f"| {h} | {year} | {counts[h, year]} |")
        total = sum(n for (x, _), n in counts.items() if x == h)
        lines.append(f"| **{h}** | **all** | **{total}** |")
    return "\n".join(lines)
