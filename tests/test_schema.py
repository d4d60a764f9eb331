from __future__ import annotations

import json

from natotrips import dataset, schema


def test_published_schema_matches_the_code() -> None:
    published = (dataset.bundled_path().parent / "trips.schema.json").read_text(encoding="utf-8")
    assert published == schema.render(), (
        "data/trips.schema.json is stale: run python -m natotrips.schema > data/trips.schema.json"
    )


def test_schema_describes_required_event_fields() -> None:
    event = schema.json_schema()["$defs"]["Event"]
    for field in ("id", "start_date", "end_date", "city", "country", "kind", "status", "sources"):
        assert field in event["required"]
    assert event["additionalProperties"] is False


def test_bundled_data_validates_against_the_published_schema() -> None:
    import jsonschema  # type: ignore[import-untyped]

    doc = json.loads(dataset.bundled_path().read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema.json_schema())
