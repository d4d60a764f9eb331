from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from natotrips import cli, dataset


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see a plain, fixed-width world, whatever the developer's shell has set."""
    for var in (
        "NATOTRIPS_DATA",
        "NATOTRIPS_TODAY",
        "NATOTRIPS_MAX_BYTES",
        "FORCE_COLOR",
        "TTY_COMPATIBLE",
        "NO_COLOR",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


class Runner(CliRunner):
    """Runs the real entry point (``natotrips.cli.run``: the one error path, exit codes)
    with Typer's captured streams, instead of Click's own error handling."""

    def invoke(  # type: ignore[override]
        self,
        app: Any = None,
        args: Any = None,
        input: str | bytes | None = None,
        env: Any = None,
        catch_exceptions: bool = True,
        **extra: Any,
    ) -> Result:
        exception: BaseException | None = None
        code: int = 0
        with self.isolation(input=input, env=env) as streams:
            try:
                code = cli.run([str(a) for a in (args or [])])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except Exception as exc:
                if not catch_exceptions:
                    raise
                exception, code = exc, 1
            sys.stdout.flush()
            sys.stderr.flush()
            out, err, mixed = (s.getvalue() for s in streams)
        return Result(self, out, err, mixed, None, code, exception)


@pytest.fixture
def runner() -> Runner:
    return Runner()


@pytest.fixture
def invoke(runner: Runner) -> Callable[..., Any]:
    def run(*args: str, **kwargs: Any) -> Any:
        return runner.invoke(None, list(args), catch_exceptions=False, **kwargs)

    return run


@pytest.fixture(scope="session")
def bundled_doc() -> dict[str, Any]:
    return json.loads(dataset.bundled_path().read_text(encoding="utf-8"))


def minimal_event(**overrides: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": "2024-11-12-paris",
        "secretary_general": "Mark Rutte",
        "start_date": "2024-11-12",
        "end_date": "2024-11-12",
        "city": "Paris",
        "country": "FR",
        "kind": "visit",
        "status": "held",
        "title": "Paris visit",
        "summary": "Met the President.",
        "participants": [
            {"name": "Emmanuel Macron", "role": "President", "country": "FR", "sources": ["s1"]}
        ],
        "topics": ["ukraine"],
        "sources": [
            {
                "key": "s1",
                "publisher": "Test",
                "title": "A page",
                "language": "en",
                "url": "https://example.org/a",
                "published": "2024-11-12",
            }
        ],
    }
    event.update(overrides)
    return event


@pytest.fixture
def write_data(tmp_path: Path) -> Callable[..., Path]:
    def write(
        events: list[dict[str, Any]] | None = None,
        *,
        raw: bytes | str | None = None,
        name: str = "data.json",
    ) -> Path:
        path = tmp_path / name
        if raw is not None:
            path.write_bytes(raw.encode() if isinstance(raw, str) else raw)
        else:
            doc = {"as_of": "2026-11-29", "events": copy.deepcopy(events or [minimal_event()])}
            path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path

    return write
