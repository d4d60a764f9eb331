"""Typed records of the dataset: the schema is defined here, once.

No I/O here. ``data/trips.schema.json`` is generated from these Structs
(``python -m natotrips.schema``) and a test fails if the two drift.
"""

import datetime as dt
import enum
from typing import Annotated

import msgspec

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
# Ids are checked against a pattern. Keys and tags, far more numerous, only by length here
# (a regex per value costs more than the rest of decoding); their form is checked by
# ``dataset.check_records`` and country codes against ISO 3166 there too.
Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=120)]
Key = Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
Alpha2 = Annotated[str, msgspec.Meta(min_length=2, max_length=2)]
Lang = Annotated[str, msgspec.Meta(min_length=2, max_length=3)]


class Kind(str, enum.Enum):
    VISIT = "visit"
    MINISTERIAL = "ministerial"
    SUMMIT = "summit"
    MEETING = "meeting"
    TROOP_VISIT = "troop-visit"
    CONFERENCE = "conference"


class Status(str, enum.Enum):
    ANNOUNCED = "announced"
    HELD = "held"
    CANCELLED = "cancelled"
    # Reported ahead; its date has passed and no source read confirms it was held.
    UNCONFIRMED = "unconfirmed"


class Measure(str, enum.Enum):
    """What a map counts per country (``natotrips map --by``). Here, not in the cartogram
    module, so the command line can name it without importing the map's code at start-up."""

    visits = "visits"
    days = "days"


class Source(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """A publication that reports the event. ``key`` is unique within its event."""

    key: Key
    publisher: NonEmpty
    title: NonEmpty
    language: Lang
    url: str | None = None
    published: dt.date | None = None
    excerpt: str | None = None


class Participant(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """Someone the Secretary General met; ``sources`` are the keys of the sources naming them."""

    name: NonEmpty
    sources: list[Key]
    role: str | None = None
    country: Alpha2 | None = None
    organisation: str | None = None
    name_ar: str | None = None


class Claim(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    source: Key
    says: NonEmpty


class Disagreement(msgspec.Struct, forbid_unknown_fields=True):
    """Sources that say different things about one field of an event."""

    field: NonEmpty
    claims: Annotated[list[Claim], msgspec.Meta(min_length=2)]


class Event(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    id: Slug
    secretary_general: NonEmpty
    start_date: dt.date
    end_date: dt.date
    city: NonEmpty
    country: Alpha2
    kind: Kind
    status: Status
    title: NonEmpty
    summary: NonEmpty
    sources: Annotated[list[Source], msgspec.Meta(min_length=1)]
    participants: list[Participant] = []
    topics: list[Key] = []
    disagreements: list[Disagreement] = []
    trip_id: Slug | None = None
    date_note: str | None = None
    # First publication date of a cited source that reported the event ahead of time.
    announced_on: dt.date | None = None
    venue: str | None = None
    city_names: dict[Lang, NonEmpty] = {}

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1


class Person(msgspec.Struct, forbid_unknown_fields=True):
    """How a person's name is written in Arabic, as Arabic-language sources write it.

    ``name`` is the Latin name used in the events' participants. Each source's excerpt
    contains the Arabic spelling it supports (checked by ``natotrips validate``)."""

    name: NonEmpty
    name_ar: NonEmpty
    sources: Annotated[list[Source], msgspec.Meta(min_length=1)]
    variants_ar: list[NonEmpty] = []


class Place(msgspec.Struct, forbid_unknown_fields=True):
    """A place of the record: coordinates from a cited gazetteer entry, and its names in
    other languages from a cited source. Events refer to it by ``city`` and ``country``."""

    city: NonEmpty
    country: Alpha2
    geonames_id: int | None = None
    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)] | None = None
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)] | None = None
    coordinates_source: str | None = None
    # Where no gazetteer entry could be read: the page read, whose excerpt holds them.
    coordinates_page: Source | None = None
    names: dict[Lang, NonEmpty] = {}
    names_source: str | None = None  # a data set that holds every name (CLDR)
    # Otherwise one page per language, written in it, whose excerpt holds the name.
    name_pages: dict[Lang, Source] = {}


class Dataset(msgspec.Struct, forbid_unknown_fields=True):
    as_of: dt.date
    events: list[Event]
    schema_version: int = 1
    people: list[Person] = []
    places: list[Place] = []
