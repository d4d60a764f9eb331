"""The two Rich consoles (stdout for results, stderr for messages), set up for safety:
no markup, emoji codes or highlighting applied to anything printed."""

from __future__ import annotations

import sys
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
