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
