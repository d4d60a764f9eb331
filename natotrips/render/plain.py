"""Plain text: what pipes and files get, and what the snapshot tests pin. No Rich."""

from __future__ import annotations

from natotrips.render.layout import Transform, layout, plain_text
from natotrips.views.blocks import View


def render_plain(
    view: View, width: int | None = None, *, terminal: bool = False, transform: Transform = str
) -> str:
    """``view`` as text: unbounded (one table row per line) unless ``width`` is given."""
    return plain_text(layout(view, width, terminal=terminal, transform=transform))
