from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import minimal_event

from natotrips import __version__, dataset
from natotrips.cli import app

Invoke = Callable[..., Any]


def _json(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"natotrips {__version__}"


def _commands() -> list[list[str]]:
    return [
        ["list"],
        ["country"],
        ["countries"],
        ["timeline"],
        ["show"],
        ["export"],
        ["export", "csv"],
        ["export", "json"],
    ]


@pytest.mark.parametrize("cmd", _commands(), ids=" ".join)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_an_example(invoke: Invoke, cmd: list[str], flag: str) -> None:
    result = invoke(*cmd, flag)
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout


def test_list_table(invoke: Invoke) -> None:
    result = invoke("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["Dates", "Place", "Title", "Id"]
    assert any("Rome" in line and "Italy" in line and "Giorgia Meloni" in line for line in lines)
    # chronological: Defence Ministers (17 Oct) come before Paris (12 Nov)
    text = result.stdout
    assert text.index("Defence Ministers") < text.index("Paris")


def test_list_json_is_an_array_of_events(invoke: Invoke) -> None:
    events = _json(invoke("list", "--format", "json"))
    assert isinstance(events, list) and len(events) >= 7
    assert {"id", "start_date", "city", "country", "sources"} <= set(events[0])
    assert [e["start_date"] for e in events] == sorted(e["start_date"] for e in events)


def test_list_csv(invoke: Invoke) -> None:
    result = invoke("list", "--format", "csv")
    rows = _csv(result.stdout)
    assert rows and rows[0]["id"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--country", "Italy"], {"2024-10-19-naples-g7-defence", "2024-11-05-rome"}),
        (["--country", "إيطاليا"], {"2024-10-19-naples-g7-defence", "2024-11-05-rome"}),
        (["--from", "2024-11-04", "--to", "2024-11-05"], {"2024-11-04-berlin", "2024-11-05-rome"}),
        (["--from", "Nov 2024", "--to", "2024-11-05"], {"2024-11-04-berlin", "2024-11-05-rome"}),
        (
            ["--from", "2024-10", "--to", "2024-10", "--kind", "ministerial"],
            {"2024-10-17-brussels-defence-ministers", "2024-10-19-naples-g7-defence"},
        ),
        (["--person", "lindner"], {"2024-11-04-berlin"}),
        (["--search", "Tapa"], {"2024-10-22-estonia"}),
    ],
)
def test_filters(invoke: Invoke, args: list[str], expected: set[str]) -> None:
    events = _json(invoke("list", "--format", "json", *args))
    ids = {e["id"] for e in events}
    # The bundled data grows; seed events must be found, and nothing outside the filter.
    assert expected <= ids
    if "--country" in args:
        assert {e["country"] for e in events} == {"IT"}


def test_filters_apply_to_export_csv(invoke: Invoke) -> None:
    rows = _csv(
        invoke("export", "csv", "--country", "DE", "--from", "2024-11", "--to", "2024-11-30").stdout
    )
    assert [r["id"] for r in rows] == ["2024-11-04-berlin"]


@pytest.mark.parametrize("bad", ["2024-13-45", "soon", "2024-02-30"])
def test_bad_date_exits_2(invoke: Invoke, bad: str) -> None:
    result = invoke("list", "--from", bad)
    assert result.exit_code == 2
    assert "--from" in result.stderr and "Traceback" not in result.output


def test_bad_kind_exits_2(invoke: Invoke) -> None:
    result = invoke("list", "--kind", "holiday")
    assert result.exit_code == 2 and "unknown kind" in result.stderr


def test_country_with_summary(invoke: Invoke) -> None:
    result = invoke("country", "France")
    assert result.exit_code == 0, result.output
    for word in ("Visits", "Days", "First visit", "Last visit", "Cities", "People met", "Macron"):
        assert word in result.stdout


@pytest.mark.parametrize("name", ["france", "FR", "FRA", "فرنسا", "French Republic"])
def test_country_name_forms(invoke: Invoke, name: str) -> None:
    events = _json(invoke("country", name, "--format", "json"))
    assert events and {e["country"] for e in events} == {"FR"}


def test_country_arabic_normalised(invoke: Invoke) -> None:
    events = _json(invoke("country", "استونيا", "--format", "json"))
    assert "2024-10-22-estonia" in {e["id"] for e in events}


def test_country_typo(invoke: Invoke) -> None:
    result = invoke("country", "Frnace")
    assert result.exit_code == 2
    assert "Did you mean France?" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_country_unknown(invoke: Invoke) -> None:
    result = invoke("country", "Atlantis")
    assert result.exit_code == 2 and "unknown country 'Atlantis'" in result.stderr


def test_country_without_events(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    path = str(write_data())  # one event, in France
    result = invoke("--data", path, "country", "Iceland")
    assert result.exit_code == 0
    assert "No matching events." in result.stdout
    assert _json(invoke("--data", path, "country", "Iceland", "--format", "json")) == []


def test_countries_table_and_json(invoke: Invoke) -> None:
    result = invoke("countries")
    assert result.exit_code == 0 and "Visits" in result.stdout and "Italy" in result.stdout
    rows = _json(invoke("countries", "--format", "json"))
    assert [r["visits"] for r in rows] == sorted((r["visits"] for r in rows), reverse=True)
    assert {"country", "visits", "days", "first", "last", "cities", "people"} <= set(rows[0])


def test_countries_csv(invoke: Invoke) -> None:
    rows = _csv(invoke("countries", "--format", "csv").stdout)
    assert any(r["country"] == "IT" for r in rows)


def test_countries_days_not_double_counted(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    events = [
        minimal_event(id="a", start_date="2024-10-01", end_date="2024-10-03"),
        minimal_event(id="b", start_date="2024-10-02", end_date="2024-10-04", city="Lyon"),
    ]
    path = write_data(events)
    rows = _json(invoke("--data", str(path), "countries", "--format", "json"))
    assert rows == [
        {
            "country": "FR",
            "country_name": "France",
            "visits": 2,
            "days": 4,
            "first": "2024-10-01",
            "last": "2024-10-04",
            "cities": ["Paris", "Lyon"],
            "people": ["Emmanuel Macron"],
        }
    ]


def test_timeline_groups_by_month_and_shows_gaps(invoke: Invoke) -> None:
    result = invoke("timeline")
    assert result.exit_code == 0, result.output
    assert "October 2024" in result.stdout and "November 2024" in result.stdout
    assert "█" in result.stdout
    assert "days without events" in result.stdout


def test_timeline_marks_skipped_months(invoke: Invoke, write_data: Callable[..., Path]) -> None:
    path = write_data(
        [
            minimal_event(id="a", start_date="2024-01-10", end_date="2024-01-12"),
            minimal_event(id="b", start_date="2024-05-01", end_date="2024-05-01"),
        ]
    )
    out = invoke("--data", str(path), "timeline").stdout
    assert "3 months without events" in out
    line = next(ln for ln in out.splitlines() if ln.startswith("10–12 Jan 2024"))
    assert "███" in line and "████" not in line


def test_show(invoke: Invoke) -> None:
    result = invoke("show", "2024-11-04-berlin")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in (
        "Olaf Scholz",
        "Sources",
        "https://nato.int/cps/en/natohq/news_230186.htm",
        "Sources disagree",
        "Christian Lindner is named only by seed",
    ):
        assert text in out, text


def test_show_json(invoke: Invoke) -> None:
    [event] = _json(invoke("show", "2024-11-05-rome", "--format", "json"))
    assert event["city"] == "Rome"


def test_show_unknown_id(invoke: Invoke) -> None:
    result = invoke("show", "2024-11-04-berln")
    assert result.exit_code == 2 and "Did you mean 2024-11-04-berlin" in result.stderr


def test_export_csv_rfc4180(invoke: Invoke) -> None:
    result = invoke("export", "csv")
    assert result.exit_code == 0
    raw = result.stdout_bytes.decode("utf-8")
    assert raw.startswith("id,start_date,end_date,")
    assert "\r\n" in raw
    rows = _csv(raw)
    assert len(rows) == len(_json(invoke("list", "--format", "json")))
    berlin = next(r for r in rows if r["id"] == "2024-11-04-berlin")
    assert "Olaf Scholz (Chancellor of Germany)" in berlin["participants"].split("; ")
    assert "https://nato.int/cps/en/natohq/news_230186.htm" in berlin["source_urls"]


def test_export_to_file_never_overwrites(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert invoke("export", "csv", "-o", str(target)).exit_code == 0
    first = target.read_text(encoding="utf-8")
    assert first.startswith("id,")
    target.write_text("precious", encoding="utf-8")
    again = invoke("export", "csv", "-o", str(target))
    assert again.exit_code != 0 and "--force" in again.stderr
    assert target.read_text(encoding="utf-8") == "precious"
    assert invoke("export", "csv", "-o", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8") == first


def test_export_json(invoke: Invoke, tmp_path: Path) -> None:
    doc = _json(invoke("export", "json", "--country", "EE"))
    assert {"schema_version", "as_of", "events"} <= set(doc)
    assert [e["id"] for e in doc["events"]][:1] == ["2024-10-22-estonia"]


def test_markup_in_data_is_printed_literally(
    invoke: Invoke, write_data: Callable[..., Path]
) -> None:
    path = write_data([minimal_event(title="[bold]Not bold[/bold] :smile:")])
    for args in (["list"], ["timeline"], ["show", "2024-11-12-paris"], ["country", "FR"]):
        out = invoke("--data", str(path), *args).stdout
        assert "[bold]Not bold[/bold] :smile:" in out, args


def test_data_option_and_env(
    invoke: Invoke, write_data: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_data([minimal_event(id="only-one", city="Lyon")])
    assert [e["id"] for e in _json(invoke("--data", str(path), "list", "-f", "json"))] == [
        "only-one"
    ]
    monkeypatch.setenv("NATOTRIPS_DATA", str(path))
    assert [e["id"] for e in _json(invoke("list", "-f", "json"))] == ["only-one"]


BAD = {
    "not-json": b"{",
    "empty": b"",
    "null": b"null",
    "wrong-type": None,
    "bad-date": None,
    "end-before-start": None,
    "unknown-country": None,
    "non-utf8": b"\xff\xfe",
}


@pytest.mark.parametrize(
    ("label", "overrides"),
    [
        ("wrong-type", {"title": ["x"]}),
        ("bad-date", {"start_date": "2024-13-45"}),
        ("end-before-start", {"end_date": "2024-01-01"}),
        ("unknown-country", {"country": "QQ"}),
    ],
)
def test_bad_data_exits_2_with_one_line(
    invoke: Invoke, write_data: Callable[..., Path], label: str, overrides: dict[str, Any]
) -> None:
    path = write_data([minimal_event(**overrides)])
    result = invoke("--data", str(path), "list")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and "2024-11-12-paris" in line


@pytest.mark.parametrize("raw", [b"{", b"", b"null", b"\xff\xfe", b"[1,2]"])
def test_broken_files_exit_2(invoke: Invoke, write_data: Callable[..., Path], raw: bytes) -> None:
    result = invoke("--data", str(write_data(raw=raw)), "list")
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1


def test_missing_and_directory_data(invoke: Invoke, tmp_path: Path) -> None:
    for target in (tmp_path / "nope.json", tmp_path):
        result = invoke("--data", str(target), "list")
        assert result.exit_code == 2 and str(target) in result.stderr


def test_python_dash_m(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "natotrips", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0 and "natotrips" in proc.stdout


def test_export_csv_does_not_import_rich(tmp_path: Path) -> None:
    code = (
        "import os, sys\nfrom natotrips.cli import main\nsys.argv=['natotrips','export','csv']\n"
        "os._exit = lambda code: None  # main leaves at once; stay to look at the imports\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0]=='rich')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert proc.stdout.startswith("id,")
    assert proc.stderr.strip() == "[]"


def test_app_is_the_entry_point() -> None:
    assert app.info.name == "natotrips"


@pytest.mark.parametrize(
    "args", [["list"], ["countries"], ["people"], ["timeline"], ["country", "France"]]
)
def test_piped_listings_do_not_import_rich(tmp_path: Path, args: list[str]) -> None:
    code = (
        "import os, sys\nfrom natotrips.cli import main\n"
        "os._exit = lambda code: None  # main leaves at once; stay to look at the imports\n"
        f"sys.argv=['natotrips', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.split('.')[0]=='rich')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert proc.stdout and proc.stderr.strip() == "[]", proc.stderr


# ---- one voice, strict dates, options that mean the same everywhere ----------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--bogus"],
        ["bogus"],
        ["list", "--kind"],
        ["list", "-f", "yaml"],
        ["country"],
        ["calendar", "--week-start", "tuesday"],
    ],
)
def test_usage_errors_speak_with_one_voice(invoke: Invoke, args: list[str]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("natotrips: error: ")
    assert len(lines) == 1 or (len(lines) == 2 and lines[1].startswith("Try 'natotrips"))
    assert "Usage:" not in result.stderr


def test_version_is_a_command_too(invoke: Invoke) -> None:
    assert invoke("version").stdout.startswith("natotrips ")


@pytest.mark.parametrize("typed", ["03/04/2025", "3.4.2025", "22/10/24"])
def test_ambiguous_dates_are_refused_with_the_iso_form(invoke: Invoke, typed: str) -> None:
    result = invoke("list", "--from", typed)
    assert result.exit_code == 2 and "natotrips: error:" in result.stderr
    assert "type" in result.stderr and "-" in result.stderr


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("22 octobre 2024", "2024-10-22"),
        ("oct. 2024", "2024-10-01"),
        ("22 أكتوبر 2024", "2024-10-22"),
        ("تشرين الأول 2024", "2024-10-01"),
        ("٢٠٢٤-١٠-٢٢", "2024-10-22"),
        ("22 October 2024", "2024-10-22"),
    ],
)
def test_month_names_in_three_languages(typed: str, iso: str) -> None:
    from natotrips.dates import parse_date

    assert parse_date(typed).isoformat() == iso


def test_empty_outside_the_record_says_what_it_covers(invoke: Invoke) -> None:
    out = invoke("list", "--from", "Sep 2027").stdout
    assert "No matching events." in out and "The record covers" in out


def test_repeated_country_and_person_combine(invoke: Invoke) -> None:
    both = _json(invoke("list", "--sg", "all", "-c", "France", "-c", "Germany", "-f", "json"))
    assert {e["country"] for e in both} == {"FR", "DE"}
    people = _json(invoke("list", "-p", "macron", "-p", "scholz", "-f", "json"))
    names = {p["name"] for e in people for p in e["participants"]}
    assert {"Emmanuel Macron", "Olaf Scholz"} <= names


def test_svg_with_json_is_refused(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("list", "-f", "json", "--svg", str(tmp_path / "x.svg"))
    assert result.exit_code == 2 and "cannot be combined" in result.stderr
    assert not (tmp_path / "x.svg").exists()


def test_recordings_use_the_width_asked(invoke: Invoke, tmp_path: Path) -> None:
    svg = tmp_path / "x.svg"
    assert invoke("list", "-n", "3", "--svg", str(svg), "--width", "80").exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert "https://" not in text.replace("http://www.w3.org/2000/svg", "")  # nothing remote
    width = float(text.split('width="', 1)[1].split('"', 1)[0])
    assert width < 80 * 9 + 40


def test_show_takes_a_unique_prefix(invoke: Invoke) -> None:
    assert "Berlin" in invoke("show", "2024-11-04-ber").stdout
    many = invoke("show", "2024-11")
    assert many.exit_code == 2 and "is the start of" in many.stderr


def test_limit_keeps_the_most_recent(invoke: Invoke) -> None:
    last = _json(invoke("list", "-n", "2", "-f", "json"))
    every = _json(invoke("list", "-f", "json"))
    assert [e["id"] for e in last] == [e["id"] for e in every[-2:]]
    newest_first = _json(invoke("list", "-n", "2", "--reverse", "-f", "json"))
    assert [e["id"] for e in newest_first] == [e["id"] for e in every[-2:]][::-1]


def test_building_only_the_invoked_command_leaves_the_app_whole() -> None:
    import contextlib
    import io

    from typer.testing import CliRunner

    from natotrips import cli

    before = len(cli.app.registered_commands)
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.run(["list", "-n", "1"]) == 0
        assert cli.run(["export", "csv", "-c", "EE"]) == 0
    assert len(cli.app.registered_commands) == before
    assert CliRunner().invoke(cli.app, ["list", "-n", "1"]).exit_code == 0
    only = cli.only_invoked(cli.app, ["--data", "x.json", "country", "France"])
    assert [c.name for c in only.registered_commands] == ["country"]
    assert cli.only_invoked(cli.app, ["-h"]) is cli.app


def test_main_leaves_with_everything_written_and_the_right_code(tmp_path: Path) -> None:
    """main() leaves with os._exit (no teardown): output must still be complete."""
    proc = subprocess.run(
        [sys.executable, "-m", "natotrips", "export", "csv", "--sg", "all"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    rows = list(csv.DictReader(io.StringIO(proc.stdout, newline="")))
    total = len(dataset.load(dataset.bundled_path()).events)
    assert proc.returncode == 0 and len(rows) == total
    bad = subprocess.run(
        [sys.executable, "-m", "natotrips", "list", "--from", "someday"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert bad.returncode == 2 and bad.stderr.startswith("natotrips: error: --from")
