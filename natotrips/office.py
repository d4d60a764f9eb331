"""The holders of the office of NATO Secretary General covered by the record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from natotrips.errors import NotFoundError, UsageError
from natotrips.names import fold


@dataclass(frozen=True)
class Holder:
    name: str
    first_day: dt.date
    last_day: dt.date | None  # None while in office

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def term(self, as_of: dt.date) -> tuple[dt.date, dt.date]:
        return self.first_day, self.last_day or as_of


HOLDERS = (
    Holder("Jens Stoltenberg", dt.date(2014, 10, 1), dt.date(2024, 9, 30)),
    Holder("Mark Rutte", dt.date(2024, 10, 1), None),
)
BY_NAME = {h.name: h for h in HOLDERS}
ALL = "all"


def current() -> Holder:
    return HOLDERS[-1]


def resolve_holders(values: list[str] | None) -> frozenset[str]:
    """``--sg`` values (surname, full name, or ``all``) as full names; empty means all.

    The views' default (no ``--sg``) is every holder in the record.
    """
    names: set[str] = set()
    for value in values or []:
        for part in value.split(","):
            key = fold(part)
            if not key:
                raise UsageError("--sg: empty name (a surname, a full name, or 'all')")
            if key == ALL:
                return frozenset()
            found = [h.name for h in HOLDERS if key in (fold(h.name), fold(h.surname))]
            if not found:
                found = [h.name for h in HOLDERS if key in fold(h.name)]
            if len(found) != 1:
                known = ", ".join(h.surname for h in HOLDERS)
                raise NotFoundError(f"--sg: no Secretary General {part!r} (one of: {known}, all)")
            names.update(found)
    return frozenset(names)
