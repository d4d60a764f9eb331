"""Pinned renderings: every view at 80 and 120 columns and every export, on the small
fixture record in tests/fixtures. A layout change shows up here as a diff.

Update after an intended change with:  pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

FIXTURE = str(Path(__file__).parent / "fixtures" / "small.json")

VIEWS = {
    "list": ["list", "--sg", "all"],
    "list-newest": ["list", "--sg", "all", "-n", "3", "--reverse"],
    "country": ["country", "Estonia", "--sg", "all"],
    "countries": ["countries", "--sg", "all"],
    "timeline": ["timeline", "--from", "2024-10", "--to", "2024-11"],
    "calendar": ["calendar", "2024-11"],
    "people": ["people", "--sg", "all"],
    "person": ["person", "scholz"],
    "show": ["show", "2024-11-04-berlin"],
    "stats": ["stats", "--sg", "all"],
    "upcoming": ["upcoming", "--today", "2026-06-01"],
    "compare": ["compare"],
    "list-fr": ["list", "--lang", "fr"],
    "list-ar": ["list", "--lang", "ar"],
}
EXPORTS = {
    "csv": ["export", "csv", "--sg", "all"],
    "json": ["export", "json", "--sg", "all"],
    "ics": ["export", "ics", "--sg", "all"],
    "markdown": ["export", "markdown", "--sg", "all"],
    "geojson": ["export", "geojson", "--sg", "all"],
}


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("name", sorted(VIEWS))
def test_view(invoke: Any, snapshot: Any, name: str, width: int) -> None:
    result = invoke("--data", FIXTURE, *VIEWS[name], "--width", str(width))
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        assert len(line) <= width, line
    assert result.stdout == snapshot


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export(invoke: Any, snapshot: Any, name: str) -> None:
    result = invoke("--data", FIXTURE, *EXPORTS[name])
    assert result.exit_code == 0, result.output
    assert result.stdout == snapshot
