"""Packaging facts that other things rely on."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import natotrips

ROOT = Path(__file__).resolve().parent.parent


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2])


def test_typer_is_below_0_29() -> None:
    """typer 0.29 builds pydantic TypeAdapters at start-up: a hello-world app took 0.40 s
    against 0.14 s with 0.28 in bench/run.py (docs/benchmarks.md). If this fails, typer
    was upgraded: re-measure before lifting the pin in pyproject.toml."""
    assert _version_tuple(metadata.version("typer")) < (0, 29)


def test_pin_is_declared() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.replace(" ", "").startswith("typer>=0.28,<0.29") for d in deps)


def test_version_is_single_sourced() -> None:
    assert metadata.version("natotrips") == natotrips.__version__


def test_bundled_data_is_in_the_package_or_checkout() -> None:
    from natotrips import dataset

    path = dataset.bundled_path()
    assert path.is_file() and path.name == "trips.json"
    assert (path.parent / "trips.schema.json").is_file()
