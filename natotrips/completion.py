"""Shell completion from the data, for bash, zsh and fish.

Values come from the record (countries by any prefix of any of their names, people, kinds,
ids, holders). Names with spaces complete as one word: Typer's bash protocol prints values
bare, so bash would split ``Bosnia & Herzegovina``; here they are escaped for bash, while
zsh and fish quote completions themselves.
"""

from __future__ import annotations

import shlex
from typing import Any

import typer

from natotrips import dataset
from natotrips.errors import NatotripsError
from natotrips.model import Dataset, Kind
from natotrips.names import fold


def _data(ctx: typer.Context) -> Dataset | None:
    try:
        root = ctx.find_root()
        return dataset.load(dataset.resolve_path(root.params.get("data")))
    except NatotripsError:
        return None


def complete_country(ctx: typer.Context, incomplete: str) -> list[str]:
    from natotrips.countries import complete_country as names

    data = _data(ctx)
    codes = {e.country for e in data.events} if data else None
    return names(incomplete, codes)


def complete_person(ctx: typer.Context, incomplete: str) -> list[str]:
    data = _data(ctx)
    if data is None:
        return []
    want = fold(incomplete)
    found: dict[str, str] = {}
    for e in data.events:
        for p in e.participants:
            for spelling in (p.name, p.name_ar):
                if not spelling:
                    continue
                key = fold(spelling)
                if key.startswith(want) or any(w.startswith(want) for w in key.split()):
                    found.setdefault(fold(p.name), p.name)
    return sorted(found.values(), key=fold)


def complete_kind(incomplete: str) -> list[str]:
    return [k.value for k in Kind if k.value.startswith(incomplete.lower())]


def complete_sg(incomplete: str) -> list[str]:
    from natotrips.office import HOLDERS

    names = [h.surname for h in HOLDERS] + ["all"]
    return [n for n in names if fold(n).startswith(fold(incomplete))]


def complete_id(ctx: typer.Context, incomplete: str) -> list[str]:
    data = _data(ctx)
    return [e.id for e in data.events if e.id.startswith(incomplete)] if data else []


def _by_name() -> dict[str, Any]:
    return {
        "country": complete_country,
        "name": None,  # set per command below
        "person": complete_person,
        "kind": lambda ctx, incomplete: complete_kind(incomplete),
        "sg": lambda ctx, incomplete: complete_sg(incomplete),
        "holders": lambda ctx, incomplete: complete_sg(incomplete),
        "event_id": complete_id,
    }


def install_completion(cli: Any) -> None:
    """Completion as people type: a bash class that escapes each value as one shell word,
    and value callbacks that match any word of a name, in any case (Typer's own wrapper
    keeps only values that start with the typed text, case and all)."""
    from typer import _completion_classes as classes
    from typer._click.shell_completion import CompletionItem, add_completion_class

    class BashComplete(classes.BashComplete):
        def format_completion(self, item: Any) -> str:
            return shlex.quote(str(item.value)) if " " in str(item.value) else str(item.value)

    classes.completion_init()
    add_completion_class(BashComplete, "bash")
    table = _by_name()

    def wire(command: Any) -> None:
        for param in getattr(command, "params", []):
            fn = table.get(param.name)
            if param.name == "name":
                fn = complete_country if command.name == "country" else complete_person
            if fn is not None:
                param._custom_shell_complete = lambda ctx, p, incomplete, fn=fn: [
                    CompletionItem(v) for v in fn(ctx, incomplete)
                ]
        for sub in getattr(command, "commands", {}).values():
            wire(sub)

    wire(cli)
