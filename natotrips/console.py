"""The two Rich consoles (stdout for results, stderr for messages), set up for safety:
no markup, emoji codes or highlighting applied to anything printed."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

# Piped output is not wrapped: one table row per line is what grep and cut expect.
PIPE_WIDTH = 10_000


def is_terminal(stream: TextIO | None = None) -> bool:
    """Would Rich treat ``stream`` as a terminal? Decided without importing Rich, so piped
    output never pays for it. Same rules: TTY_COMPATIBLE=1/0 forces either way, a
    non-empty FORCE_COLOR forces a terminal, else the stream must be a TTY."""
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    if os.environ.get("FORCE_COLOR"):
        return True
    target = stream if stream is not None else sys.stdout
    try:
        return target.isatty()
    except (AttributeError, ValueError):
        return False


def make_console(file: TextIO | None = None, *, record: bool = False) -> Console:
    from rich.console import Console

    stream = file if file is not None else sys.stdout
    terminal = is_terminal(stream)
    return Console(
        file=stream,
        force_terminal=terminal,
        markup=False,
        emoji=False,
        highlight=False,
        record=record,
        width=None if terminal else PIPE_WIDTH,
        soft_wrap=False,
    )


# Decoding runs at very roughly 20-50 MB/s on a slow machine, so files past this size take
# about a second or more to load: show a spinner on stderr (terminals only) while they do.
SPINNER_BYTES = 16 * 1024 * 1024


def wants_spinner(size: int, stderr: TextIO | None = None) -> bool:
    stream = stderr if stderr is not None else sys.stderr
    return size >= SPINNER_BYTES and stream.isatty()


@contextlib.contextmanager
def loading(label: str, size: int) -> Iterator[None]:
    """A spinner on stderr while a large file loads; nothing at all otherwise."""
    if not wants_spinner(size):
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(f"Loading {label} ({size / 1e6:,.0f} MB)…"):
        yield
