"""Arabic first class: people by the spellings Arabic news use, direction on terminals."""

from __future__ import annotations

from typing import Any

import pytest

from natotrips import dataset, query
from natotrips.terminal import bidi_mode, visual, words
from natotrips.validate import validate


@pytest.fixture(scope="module")
def events() -> Any:
    return dataset.load(dataset.bundled_path()).events


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("ترامب", "donald trump"),
        ("ترمب", "donald trump"),
        ("أردوغان", "recep tayyip erdogan"),
        ("اردوغان", "recep tayyip erdogan"),
        ("زيلينسكي", "volodymyr zelenskyy"),
        ("زيلنسكي", "volodymyr zelenskyy"),
        ("ماكرون", "emmanuel macron"),
        ("ميلوني", "giorgia meloni"),
    ],
)
def test_people_by_arabic_spellings(events: Any, typed: str, who: str) -> None:
    assert query.resolve_person(events, typed) == who


def test_one_identity_per_person(write_data: Any, invoke: Any) -> None:
    """Spelled with and without the breve in different events, Erdoğan is one person."""
    from conftest import minimal_event

    def meeting(day: str, name: str) -> dict[str, Any]:
        return minimal_event(
            id=f"{day}-ankara",
            start_date=day,
            end_date=day,
            city="Ankara",
            country="TR",
            participants=[{"name": name, "role": "President", "sources": ["s1"]}],
        )

    path = write_data(
        [
            meeting("2025-01-10", "Recep Tayyip Erdoğan"),
            meeting("2025-02-10", "Recep Tayyip Erdogan"),
        ]
    )
    table = invoke("--data", str(path), "person", "erdogan")
    assert table.exit_code == 0, table.output
    assert "Meetings                2" in table.stdout
    assert table.stdout.count("Ankara") >= 2


def test_every_arabic_spelling_is_cited() -> None:
    data = dataset.load(dataset.bundled_path())
    assert len(data.people) >= 80
    assert not [f for f in validate(data) if f.check == "people"]
    # the seed's people keep the spelling their own sources give
    berlin = next(e for e in data.events if e.id == "2024-11-04-berlin")
    assert {p.name_ar for p in berlin.participants} >= {"أولاف شولتز"}


def test_an_uncited_spelling_is_a_finding(write_data: Any) -> None:
    import json

    path = write_data()
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["people"] = [
        {
            "name": "Emmanuel Macron",
            "name_ar": "ماكرون",
            "sources": [
                {"key": "a", "publisher": "P", "title": "T", "language": "ar", "excerpt": "نص آخر"}
            ],
        }
    ]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    data = dataset.load(path)
    assert [f.check for f in validate(data)] == ["people"]


def test_visual_mode_shapes_and_reverses() -> None:
    text = "برلين"
    shown = visual(text)
    assert shown != text
    assert all("\ufe70" <= ch <= "\ufeff" for ch in shown)  # presentation forms
    assert visual("Berlin 2024") == "Berlin 2024"


def test_words_mode_reorders_words_and_keeps_letters() -> None:
    shown = words("مارك روته")
    assert shown.split() == ["روته", "مارك"]


@pytest.mark.parametrize(
    ("env", "terminal", "mode"),
    [
        ({}, False, "logical"),
        ({}, True, "visual"),
        ({"VTE_VERSION": "7000"}, True, "logical"),
        ({"KONSOLE_VERSION": "230800"}, True, "logical"),
        ({"TERM_PROGRAM": "Apple_Terminal"}, True, "logical"),
        ({"NATOTRIPS_BIDI": "words"}, True, "words"),
        ({"NATOTRIPS_BIDI": "visual"}, False, "visual"),
    ],
)
def test_bidi_mode(env: dict[str, str], terminal: bool, mode: str) -> None:
    assert bidi_mode(terminal, env) == mode


def test_logical_output_keeps_the_record_characters(invoke: Any) -> None:
    out = invoke("show", "2024-11-04-berlin", "--lang", "ar").stdout
    assert "أولاف شولتز" in out  # piped: logical order, unshaped


def test_visual_mode_mirrors_brackets() -> None:
    assert visual("برلين (Federal Chancellery)").startswith("(Federal Chancellery) ")
