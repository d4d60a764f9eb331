"""Plain text: what pipes and files get, and what the snapshot tests pin. No Rich."""

from __future__ import annotations

from natotrips.render.layout import layout
from natotrips.views.blocks import View


def render_plain(view: View, width: int | None = None) -> str:
    """``view`` as text in logical order, unbounded (one table row per line) unless
    ``width`` is given; trailing spaces removed."""
    rows = layout(view, width)
    return "".join("".join(p.text for p in row).rstrip() + "\n" for row in rows)
