"""The dataset's JSON Schema, generated from the Structs in ``natotrips.model``.

Regenerate the published copy with ``python -m natotrips.schema > data/trips.schema.json``;
``tests/test_schema.py`` fails if the two drift.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from natotrips.model import Dataset


def json_schema() -> dict[str, Any]:
    schema: dict[str, Any] = msgspec.json.schema(Dataset)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "natotrips dataset"
    return schema


def render() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render(), end="")
