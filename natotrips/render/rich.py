"""Terminals: the layout drawn with Rich styles (colour where the terminal has it,
``NO_COLOR`` honoured by Rich). Rich never lays anything out here: the lines are already cut
to the width, so a long listing is drawn as fast as it is written."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from natotrips.render.layout import Row
from natotrips.render.palette import DARK, SHADES

STYLES: dict[str, str] = {
    "": "",
    "dim": "dim",
    "bold": "bold",
    "title": "bold",
    "month": "bold underline",
    "bar": "bold cyan",
    "busy": "reverse bold",
    "held": "",
    "announced": "yellow",
    "unconfirmed": "magenta",
    "cancelled": "red strike",
    "marker": "bold",
    "footer": "dim italic",
    "warn": "bold yellow",
    "link": "blue underline",
    # tile maps: the shades of natotrips.render.palette
    **{
        f"heat{n}": f"bold white on {c}" if n in DARK else f"black on {c}"
        for n, c in enumerate(SHADES, 1)
    },
    "never": "bold red",
    "none": "dim",
}
_CACHE: dict[str, Style] = {}


def _style(role: str) -> Style:
    style = _CACHE.get(role)
    if style is None:
        style = _CACHE[role] = Style.parse(STYLES.get(role, ""))
    return style


def to_text(rows: list[Row]) -> Text:
    """One Rich Text of all the lines, each piece styled by its role."""
    text = Text(no_wrap=True, overflow="ignore", end="")
    for row in rows:
        for piece in row:
            if piece.role:
                text.append(piece.text, _style(piece.role))
            else:
                text.append(piece.text)
        text.append("\n")
    return text
