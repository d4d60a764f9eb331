from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import minimal_event

from natotrips import dataset
from natotrips.errors import DataError
from natotrips.model import Status

SEED_IDS = {
    "2024-10-17-brussels-defence-ministers",
    "2024-10-19-naples-g7-defence",
    "2024-10-22-estonia",
    "2024-10-29-brussels-von-der-leyen",
    "2024-11-04-berlin",
    "2024-11-05-rome",
    "2024-11-12-paris",
}


def test_bundled_data_loads_and_validates() -> None:
    data = dataset.load(dataset.bundled_path())
    assert len(data.events) >= 7
    assert data.as_of <= dt.date.today()


def test_every_seed_event_is_present_and_cites_the_seed_article() -> None:
    events = {e.id: e for e in dataset.load(dataset.bundled_path()).events}
    assert set(events) >= SEED_IDS
    for ident in SEED_IDS:
        keys = [s.key for s in events[ident].sources]
        assert "seed" in keys, ident
        seed = next(s for s in events[ident].sources if s.key == "seed")
        assert seed.language == "ar" and seed.published == dt.date(2024, 11, 10)


def test_seed_dates_and_derivations() -> None:
    events = {e.id: e for e in dataset.load(dataset.bundled_path()).events}
    berlin = events["2024-11-04-berlin"]
    assert berlin.start_date == dt.date(2024, 11, 4) and berlin.date_note
    assert "last Monday" in berlin.date_note
    estonia = events["2024-10-22-estonia"]
    assert (estonia.start_date, estonia.end_date) == (dt.date(2024, 10, 22), dt.date(2024, 10, 23))
    # The two undated events in the article are dated from other sources, and say so.
    for ident in ("2024-10-17-brussels-defence-ministers", "2024-10-29-brussels-von-der-leyen"):
        assert events[ident].date_note and len(events[ident].sources) >= 2


def test_berlin_disagreement_is_kept_and_attributed() -> None:
    berlin = {e.id: e for e in dataset.load(dataset.bundled_path()).events}["2024-11-04-berlin"]
    people = {p.name: p for p in berlin.participants}
    assert people["Christian Lindner"].sources == ["seed"]
    assert "seed" not in people["Marcus Faber"].sources
    assert berlin.disagreements and berlin.disagreements[0].field == "participants"


def test_arabic_names_from_the_article() -> None:
    events = dataset.load(dataset.bundled_path()).events
    names = {(p.name, p.name_ar) for e in events for p in e.participants if p.name_ar}
    assert ("Emmanuel Macron", "إيمانويل ماكرون") in names
    assert ("Giorgia Meloni", "جورجيا ميلوني") in names


def test_statuses_are_known() -> None:
    events = dataset.load(dataset.bundled_path()).events
    assert {e.status for e in events} <= set(Status)


def _doc(**event_overrides: Any) -> bytes:
    return json.dumps(
        {"as_of": "2026-11-29", "events": [minimal_event(**event_overrides)]}
    ).encode()


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("not-json", b"{not json", "not valid JSON"),
    ("empty", b"", "empty"),
    ("whitespace", b"  \n ", "empty"),
    ("null", b"null", "Expected `object`"),
    ("list", b"[]", "Expected `object`"),
    ("wrong-type", _doc(title=5), "field title"),
    ("bad-date", _doc(start_date="2024-13-45"), "field start_date"),
    ("end-before-start", _doc(end_date="2024-11-01"), "before start_date"),
    ("unknown-country", _doc(country="ZZ"), "unknown country code 'ZZ'"),
    ("lowercase-country", _doc(country="fr"), "field country"),
    ("no-sources", _doc(sources=[]), "field sources"),
    ("unknown-field", _doc(colour="red"), "colour"),
    ("bad-kind", _doc(kind="holiday"), "field kind"),
    ("bad-source-ref", _doc(participants=[{"name": "X", "sources": ["nope"]}]), "no source"),
    ("non-utf8", b'{"as_of": "2026-11-29", "events": [\xff]}', "not UTF-8"),
]


@pytest.mark.parametrize(("label", "raw", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_files_raise_one_clear_data_error(
    tmp_path: Path, label: str, raw: bytes, expected: str
) -> None:
    path = tmp_path / f"{label}.json"
    path.write_bytes(raw)
    with pytest.raises(DataError) as info:
        dataset.load(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message


def test_error_names_the_record_id(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(_doc(start_date="2024-13-45"))
    with pytest.raises(DataError, match=r"event #1 \(id '2024-11-12-paris'\), field start_date"):
        dataset.load(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        dataset.load(tmp_path / "absent.json")
    with pytest.raises(DataError, match="is a directory"):
        dataset.load(tmp_path)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    doc = {"as_of": "2026-11-29", "events": [minimal_event(), minimal_event()]}
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(DataError, match="duplicate of event #1"):
        dataset.load(path)


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(_doc())
    monkeypatch.setenv(dataset.MAX_BYTES_ENV, "10")
    with pytest.raises(DataError, match="over the 10-byte limit"):
        dataset.load(path)


def test_resolve_path_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert dataset.resolve_path(None) == dataset.bundled_path()
    monkeypatch.setenv(dataset.ENV_VAR, str(tmp_path / "env.json"))
    assert dataset.resolve_path(None) == tmp_path / "env.json"
    assert dataset.resolve_path(tmp_path / "opt.json") == tmp_path / "opt.json"
