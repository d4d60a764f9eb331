from __future__ import annotations

import pytest

from natotrips.countries import NATO_ALLIES, country_name, resolve_country
from natotrips.errors import NotFoundError, UsageError


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("France", "FR"),
        ("france", "FR"),
        ("FRANCE", "FR"),
        ("FR", "FR"),
        ("fr", "FR"),
        ("FRA", "FR"),
        ("French Republic", "FR"),
        ("فرنسا", "FR"),
        ("Allemagne", "DE"),
        ("Germany", "DE"),
        ("ألمانيا", "DE"),
        ("المانيا", "DE"),
        ("إستونيا", "EE"),
        ("استونيا", "EE"),
        ("Estonie", "EE"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("turkiye", "TR"),
        ("UK", "GB"),
        ("Royaume-Uni", "GB"),
        ("United States", "US"),
        ("USA", "US"),
        ("Pays-Bas", "NL"),
        ("Netherlands", "NL"),
        ("  italy ", "IT"),
        ("Iceland", "IS"),
        ("Belgique", "BE"),
        ("بلجيكا", "BE"),
    ],
)
def test_resolves(query: str, code: str) -> None:
    assert resolve_country(query).code == code


def test_arabic_diacritics_and_letter_forms() -> None:
    assert resolve_country("فَرَنْسَا").code == "FR"  # with harakat
    assert resolve_country("إيطاليا").code == resolve_country("ايطاليا").code == "IT"


def test_typo_suggests() -> None:
    with pytest.raises(NotFoundError) as info:
        resolve_country("Frnace")
    assert info.value.suggestion == "France"
    assert "Did you mean France?" in str(info.value)
    assert info.value.exit_code == 2


def test_unknown_without_suggestion() -> None:
    with pytest.raises(NotFoundError) as info:
        resolve_country("Atlantis")
    assert info.value.suggestion is None


def test_empty_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        resolve_country("  ")


def test_names_in_three_languages() -> None:
    assert country_name("FR", "ar") == "فرنسا"
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("EE") == "Estonia"


def test_thirty_two_allies() -> None:
    assert len(NATO_ALLIES) == 32


# ---- CLDR names (issue: Arabic first class) ---------------------------------------------------

import importlib.util  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from natotrips import dataset  # noqa: E402
from natotrips.countries import ALTERNATIVES, country_names  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_countries_json_is_what_babel_gives() -> None:
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_countries.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    sys.modules["gen"] = gen
    spec.loader.exec_module(gen)
    shipped = (ROOT / "natotrips" / "countries.json").read_text(encoding="utf-8")
    assert shipped == gen.build(), "run: python scripts/gen_countries.py"


def _arabic_variants(name: str) -> set[str]:
    """How people type an Arabic name: hamza and alif forms, taa marbuta, alif maqsura,
    diacritics, with or without the article."""
    plain = (
        name.replace("أ", "ا")
        .replace("إ", "ا")
        .replace("آ", "ا")
        .replace("ة", "ه")
        .replace("ى", "ي")
    )
    out = {name, plain}
    for v in list(out):
        words = v.split()
        if words and words[0].startswith("ال"):
            out.add(" ".join([words[0][2:], *words[1:]]))
        elif words:
            out.add(" ".join(["ال" + words[0], *words[1:]]))
    # a shadda on the last letter and a tanween: marks that must not defeat a search
    return out | {v[:-1] + v[-1] + "\u0651\u064b" for v in out}


def _record_countries() -> set[str]:
    data = dataset.load(dataset.bundled_path())
    return {e.country for e in data.events}


@pytest.mark.parametrize("code", sorted(NATO_ALLIES | _record_countries()))
def test_every_name_resolves(code: str) -> None:
    for name in country_names(code):
        assert resolve_country(name).code == code, name
    for lang in ("ar",):
        for variant in _arabic_variants(country_name(code, lang)):
            assert resolve_country(variant).code == code, variant


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("تركيا", "TR"),
        ("بريطانيا", "GB"),
        ("المجر", "HU"),
        ("هنغاريا", "HU"),
        ("كوسوفو", "XK"),
        ("مولدوفا", "MD"),
        ("البوسنة والهرسك", "BA"),
        ("الولايات المتحدة الأمريكية", "US"),
        ("أمريكا", "US"),
        ("امريكا", "US"),
        ("Royaume-Uni", "GB"),
        ("Grande-Bretagne", "GB"),
        ("Bosnia and Herzegovina", "BA"),
        ("Turquie", "TR"),
    ],
)
def test_names_news_use(typed: str, code: str) -> None:
    assert resolve_country(typed).code == code


def test_alternatives_are_all_used() -> None:
    for code, names in ALTERNATIVES.items():
        assert country_name(code) != code, code
        for name in names:
            assert resolve_country(name).code == code, name


def test_cell_width_agrees_with_wcwidth() -> None:
    import wcwidth

    from natotrips.terminal import cell_width

    data = dataset.load(dataset.bundled_path())
    texts = {e.title for e in data.events} | {p.name for e in data.events for p in e.participants}
    texts |= {p.name_ar for e in data.events for p in e.participants if p.name_ar}
    texts |= {country_name(c, lang) for c in NATO_ALLIES for lang in ("en", "fr", "ar")}
    texts |= {"日本", "café", "ﻦﻴﻟﺮﺑ", "شُكْرًا"}
    for text in texts:
        assert cell_width(text) == wcwidth.wcswidth(text), text
