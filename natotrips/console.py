"""The two Rich consoles (stdout for results, stderr for messages), set up for safety:
no markup, emoji codes or highlighting applied to anything printed."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

# Piped output is not wrapped: one table row per line is what grep and cut expect.
PIPE_WIDTH = 10_000


def make_console(file: TextIO | None = None, *, record: bool = False) -> Console:
    from rich.console import Console

    stream = file if file is not None else sys.stdout
    terminal = stream.isatty()
    return Console(
        file=stream,
        markup=False,
        emoji=False,
        highlight=False,
        record=record,
        width=None if terminal else PIPE_WIDTH,
        soft_wrap=False,
    )


def is_plain(console: Console) -> bool:
    """True when writing to a pipe or file: draw no boxes, use no colour."""
    return not console.is_terminal


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
