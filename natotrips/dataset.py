"""Loading and validating a dataset file. Raises DataError; never prints or exits."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import msgspec

from natotrips.errors import DataError
from natotrips.model import Dataset, Event

ENV_VAR = "NATOTRIPS_DATA"
BUNDLED_NAME = "trips.json"
# Decoding is done in memory (msgspec needs the whole document); refuse files larger than
# this rather than exhaust memory. Overridable for people with very large files.
MAX_BYTES_ENV = "NATOTRIPS_MAX_BYTES"
DEFAULT_MAX_BYTES = 1 << 30  # 1 GiB

_decoder = msgspec.json.Decoder(Dataset)


def bundled_path() -> Path:
    """The dataset shipped with the package.

    In a wheel the top-level ``data/`` folder is installed as ``natotrips/_data``; in a
    source checkout (editable install, tests) it is the repository's ``data/`` folder.
    """
    packaged = resources.files("natotrips").joinpath("_data", BUNDLED_NAME)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "data" / BUNDLED_NAME


def resolve_path(option: str | Path | None) -> Path:
    """``--data`` wins, then ``$NATOTRIPS_DATA``, then the bundled file."""
    if option:
        return Path(option)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return bundled_path()


def _max_bytes() -> int:
    raw = os.environ.get(MAX_BYTES_ENV)
    try:
        return int(raw) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        raise DataError(f"{MAX_BYTES_ENV} must be a whole number of bytes, not {raw!r}") from None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DataError(f"{path}: is a directory, not a data file")
        limit = _max_bytes()
        if size > limit:
            raise DataError(
                f"{path}: file is {size:,} bytes, over the {limit:,}-byte limit "
                f"(set {MAX_BYTES_ENV} to raise it)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except PermissionError:
        raise DataError(f"{path}: permission denied") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValueError as exc:  # a path with a NUL byte
        raise DataError(f"{path}: not a usable path ({exc})") from None


_PATH_INDEX = re.compile(r"^\$\.events\[(\d+)\]")


def _locate(raw: bytes, message: str) -> str:
    """Turn msgspec's ``... - at `$.events[3].start_date``` into words naming the record."""
    where = ""
    if " - at `" in message:
        message, _, where = message.partition(" - at `")
        where = where.rstrip("`")
    match = _PATH_INDEX.match(where)
    if not match:
        return f"{message} (at {where})" if where else message
    index = int(match.group(1))
    field = where[match.end() :].lstrip(".") or "(the record)"
    return f"event #{index + 1}{_event_id(raw, index)}, field {field}: {message}"


def _event_id(raw: bytes, index: int) -> str:
    """Best-effort id of the event at ``index``, for error messages only."""
    try:
        events = msgspec.json.decode(raw)["events"]
        ident = events[index].get("id")
    except Exception:  # the file is already known to be broken; this is only a hint
        return ""
    return f" (id {ident!r})" if isinstance(ident, str) else ""


def decode(raw: bytes, path: Path | str = "<data>", *, check: bool = True) -> Dataset:
    """Decode and validate a dataset document; DataError names file, record and field.

    With ``check=False`` only the schema is enforced, so a caller can list every
    record-level problem itself (``natotrips validate``).
    """
    try:
        dataset = _decoder.decode(raw)
    except msgspec.ValidationError as exc:
        raise DataError(f"{path}: {_locate(raw, str(exc))}") from None
    except msgspec.DecodeError as exc:
        # the plainer words first (checked only now: each pass over a large file costs)
        if not raw.strip():
            raise DataError(f"{path}: file is empty") from None
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as bad:
            raise DataError(f"{path}: not UTF-8 text (bad byte at offset {bad.start})") from None
        raise DataError(f"{path}: not valid JSON ({exc})") from None
    except RecursionError:
        raise DataError(f"{path}: JSON nested too deeply") from None
    problems = check_records(dataset.events) if check else []
    if problems:
        raise DataError(f"{path}: {problems[0]}")
    apply_people(dataset)
    apply_places(dataset)
    return dataset


def apply_places(data: Dataset) -> None:
    """Give every event the names of its place in other languages, where the event's own
    sources give none (in memory; the file is not changed)."""
    names = {(p.city, p.country): p.names for p in data.places if p.names}
    if not names:
        return
    for event in data.events:
        known = names.get((event.city, event.country))
        if known:
            event.city_names = {**known, **event.city_names}


def apply_people(data: Dataset) -> None:
    """Give every participant the Arabic name the people table cites for them, where the
    event's own sources give none (in memory; the file is not changed)."""
    if not data.people:
        return
    from natotrips.names import fold

    arabic = {fold(p.name): p.name_ar for p in data.people}
    for event in data.events:
        for participant in event.participants:
            if participant.name_ar is None:
                participant.name_ar = arabic.get(fold(participant.name))


def load(path: Path) -> Dataset:
    return decode(read_bytes(path), path)


def check_records(events: list[Event]) -> list[str]:
    """Rules the type system cannot express. Each problem names the record and field.

    Runs on every load, so it is done per column first (every distinct key, tag, language
    and country code tested once); only when something is wrong does it go event by event
    to name the record.
    """
    from natotrips.countries import country_codes

    codes = country_codes()
    slug = re.compile(r"[a-z0-9][a-z0-9-]*").fullmatch
    lang = re.compile(r"[a-z]{2,3}").fullmatch
    ids: set[str] = set()
    tags: set[str] = set()
    keys: set[str] = set()
    langs: set[str] = set()
    countries: set[str] = set()
    clean = True
    for e in events:  # one pass, every column at once; no call per event
        ids.add(e.id)
        countries.add(e.country)
        if e.topics:
            tags.update(e.topics)
        mine = set()
        for source in e.sources:
            mine.add(source.key)
            langs.add(source.language)
        keys |= mine
        if len(mine) != len(e.sources) or e.end_date < e.start_date:
            clean = False
        for person in e.participants:
            if person.country is not None:
                countries.add(person.country)
            if not mine.issuperset(person.sources):
                clean = False
        for dispute in e.disagreements:
            for claim in dispute.claims:
                if claim.source not in mine:
                    clean = False
    clean = (
        clean
        and len(ids) == len(events)
        and all(slug(t) for t in tags)
        and all(slug(k) for k in keys)
        and all(lang(x) for x in langs)
        and countries <= codes
    )
    return [] if clean else _record_problems(events, codes, slug, lang)


def _record_problems(
    events: list[Event],
    codes: frozenset[str],
    slug: Callable[[str], object],
    lang: Callable[[str], object],
) -> list[str]:
    """Every problem, named by record and field (only run when something is wrong)."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for n, event in enumerate(events, 1):
        found: list[str] = []
        first = seen.setdefault(event.id, n)
        if first != n:
            found.append(f"field id: duplicate of event #{first}")
        if event.end_date < event.start_date:
            found.append(
                f"field end_date: {event.end_date} is before start_date {event.start_date}"
            )
        if event.country not in codes:
            found.append(f"field country: unknown country code {event.country!r}")
        for tag in event.topics:
            if not slug(tag):
                found.append(f"field topics: {tag!r} is not a lower-case slug")
        keys = set()
        for s in event.sources:
            keys.add(s.key)
            if not slug(s.key):
                found.append(f"field sources: key {s.key!r} is not a lower-case slug")
            if not lang(s.language):
                found.append(f"field sources: language {s.language!r} is not a language code")
        if len(keys) != len(event.sources):
            found.append("field sources: source keys are not unique")
        for i, person in enumerate(event.participants):
            if person.country is not None and person.country not in codes:
                found.append(
                    f"field participants[{i}].country: unknown country code {person.country!r}"
                )
            for key in person.sources:
                if key not in keys:
                    found.append(f"field participants[{i}].sources: no source with key {key!r}")
        for i, dispute in enumerate(event.disagreements):
            for claim in dispute.claims:
                if claim.source not in keys:
                    found.append(f"field disagreements[{i}]: no source with key {claim.source!r}")
        problems.extend(f"event #{n} (id {event.id!r}), {p}" for p in found)
    return problems
