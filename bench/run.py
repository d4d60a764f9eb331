"""Benchmarks: start-up against the framework floors and peer tools, and scale.

    python bench/run.py                      # start-up only (about a minute)
    python bench/run.py --scale 10000,100000,270000,1000000

Run it in the environment where natotrips is installed. Everything is measured in one run on
one machine and reported as ratios, because absolute times on shared machines are noisy.
Writes docs/benchmarks.md (``--out`` to change). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synth  # noqa: E402

HELLO = """import typer
app = typer.Typer()
@app.command()
def main(name: str = "world") -> None:
    print(f"hello {name}")
app()
"""
HELLO_RICH = "import rich.console, rich.table\n" + HELLO

NOTES = """
## Reading these numbers, and the choices behind them

**Typer version.** Typer is pinned to `>=0.28,<0.29` (pyproject.toml). The row "hello-world
Typer app, typer 0.29.2" (a separate venv, `--alt-python`) shows what 0.29 costs at start-up:
it builds pydantic TypeAdapters for parameter coercion before doing anything.
`tests/test_packaging.py` fails if a newer Typer is installed, so an upgrade is a decision
made after measuring again.

**Start-up.** Only the invoked command is built into a Click command; modules are imported
on the path that needs them (Rich only for terminal views, icalendar only for `export ics`,
dateutil only for month arithmetic); piped views print plain text without importing Rich;
data decodes straight into msgspec Structs. What remains above the bare-Typer floor is
importing msgspec and the model, decoding and checking the data, and the view itself.

**Scale.** The floor is decoding alone; every command also checks the record (ids unique,
keys and languages well formed, sources referred to exist: one pass over the events),
filters it, and does its own work. Ways in that were taken: Structs without garbage
collection tracking and the collector paused for the run; checks in one pass; filters by
column and only when set; summaries built with C-level dicts, each distinct name folded
once; CSV written by hand (the csv module's writer was the largest cost); leaving without
tearing the interpreter down (freeing a large record object by object cost up to a fifth
of a run; the floor leaves the same way, so it does not flatter the ratios). The synthetic
records are in date order, as records are kept (an unordered file costs one sort more).
The 1,000,000-event file is about 760 MB: files over 1 GiB are refused before reading unless
`NATOTRIPS_MAX_BYTES` is raised. On a terminal, a large file shows a spinner on stderr while
it loads.
"""


@dataclass
class Result:
    label: str
    median: float
    peak_kb: int
    runs: int


Spec = tuple[str, "list[str] | str", "dict[str, str] | None"]


def _run_once(label: str, cmd: list[str] | str, env: dict[str, str] | None) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one run. A string is run by bash (pipelines); its
    peak is the largest process in the pipeline."""
    argv = ["bash", "-c", cmd] if isinstance(cmd, str) else cmd
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{label}: failed: {err.strip()[:500]}")
    return elapsed, usage.ru_maxrss


def measure_all(specs: list[Spec], runs: int) -> dict[str, Result]:
    """Median time and largest peak of each command, run round-robin: every round runs
    each command once, so a slow spell on a shared machine hits them all alike and the
    ratios stay fair."""
    times: dict[str, list[float]] = {label: [] for label, _, _ in specs}
    peaks: dict[str, list[int]] = {label: [] for label, _, _ in specs}
    for _ in range(runs):
        for label, cmd, env in specs:
            elapsed, peak = _run_once(label, cmd, env)
            times[label].append(elapsed)
            peaks[label].append(peak)
    return {
        label: Result(label, statistics.median(times[label]), max(peaks[label]), runs)
        for label in times
    }


def imports_of(cmd: list[str]) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *cmd], capture_output=True, text=True, check=True
    )
    return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}


def importtime_top(cmd: list[str], n: int = 12) -> list[tuple[int, str]]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *cmd], capture_output=True, text=True, check=True
    )
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:n]


def fmt_row(r: Result, floor: Result | None) -> str:
    ratio = f"{r.median / floor.median:.2f}×" if floor else ""
    mem = f"{r.peak_kb / 1024:.0f} MiB"
    return f"| {r.label} | {r.median * 1000:.0f} ms | {ratio} | {mem} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--scale", default="", help="comma-separated event counts")
    parser.add_argument("--scale-runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs" / "benchmarks.md")
    parser.add_argument(
        "--alt-python",
        help="another interpreter (e.g. with typer 0.29) to time the hello-world app with",
    )
    args = parser.parse_args()

    exe = shutil.which("natotrips", path=str(Path(sys.executable).parent)) or shutil.which(
        "natotrips"
    )
    if not exe:
        raise SystemExit("natotrips is not installed in this environment")
    from importlib import metadata

    import typer

    from natotrips import dataset

    tmp = Path(tempfile.mkdtemp(prefix="natotrips-bench-"))
    (tmp / "hello.py").write_text(HELLO)
    (tmp / "hello_rich.py").write_text(HELLO_RICH)
    data = dataset.bundled_path()
    csv_file = tmp / "trips.csv"
    with csv_file.open("w") as out:
        subprocess.run([exe, "export", "csv", "--raw"], stdout=out, check=True)
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("NATOTRIPS_DATA", None)
    n = args.runs
    print(f"start-up: {n} runs each ...", file=sys.stderr)

    specs: list[Spec] = [
        ("`python -c pass`", [sys.executable, "-c", "pass"], None),
        ("hello-world Typer app", [sys.executable, str(tmp / "hello.py")], None),
        (
            "hello-world Typer app + `rich.console`, `rich.table`",
            [sys.executable, str(tmp / "hello_rich.py")],
            None,
        ),
    ]
    floor_labels = {"pass": specs[0][0], "typer": specs[1][0], "rich": specs[2][0]}
    alt_label = None
    if args.alt_python:
        ver = subprocess.run(
            [args.alt_python, "-c", "import typer; print(typer.__version__)"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        alt_label = f"hello-world Typer app, typer {ver}"
        specs.append((alt_label, [args.alt_python, str(tmp / "hello.py")], None))

    # (label, arguments, shown on a terminal too). Piped output imports no Rich, so its
    # true floor is the bare Typer app; on a terminal Rich draws it, so the floor is the
    # Typer app that also imports Rich.
    commands = [
        ("list", ["list"], True),
        ("country France", ["country", "France"], True),
        ("countries", ["countries"], True),
        ("timeline", ["timeline"], True),
        ("map", ["map"], True),
        ("export csv", ["export", "csv"], False),
        ("export json", ["export", "json"], False),
    ]
    # TTY_COMPATIBLE=1 makes Rich, and natotrips, treat the pipe as a terminal.
    tty_env = {**env, "TTY_COMPATIBLE": "1", "COLUMNS": "120"}
    rows: list[tuple[str, str]] = []
    for label, argv, _ in commands:
        specs.append((f"`natotrips {label}`", [exe, *argv], env))
        rows.append((f"`natotrips {label}`", "typer"))
    for label, argv, terminal in commands:
        if terminal:
            specs.append(
                (f"`natotrips {label}` as on a terminal", [exe, *argv, "--no-pager"], tty_env)
            )
            rows.append((f"`natotrips {label}` as on a terminal", "rich"))
    peer_labels = []
    if shutil.which("csvgrep") and shutil.which("csvlook"):
        label = "csvkit: `csvgrep -c country_name -m France trips.csv | csvlook`"
        specs.append((label, f"csvgrep -c country_name -m France {csv_file} | csvlook", None))
        peer_labels.append(label)
    if shutil.which("jq"):
        label = "jq: `jq '[.events[] | select(.country==\"FR\")]' trips.json`"
        specs.append((label, ["jq", '[.events[] | select(.country=="FR")]', str(data)], None))
        peer_labels.append(label)
    measured = measure_all(specs, n)
    floors = {key: measured[label] for key, label in floor_labels.items()}
    alt = measured[alt_label] if alt_label else None
    results = [(measured[label], floors[floor]) for label, floor in rows]
    peers = [measured[label] for label in peer_labels]

    csv_imports = imports_of(["-m", "natotrips", "export", "csv"])
    rich_in_csv = sorted(m for m in csv_imports if m.split(".")[0] == "rich")

    lines = [
        "# Benchmarks",
        "",
        f"Fresh run of `python bench/run.py{' --scale ' + args.scale if args.scale else ''}` on "
        f"{dt.date.today()}: {platform.python_implementation()} {platform.python_version()}, "
        f"typer {typer.__version__}, rich {metadata.version('rich')}, "
        f"{os.cpu_count()} CPUs. Median of {n} rounds, each running every command once in turn "
        "(so noise on the shared machine hits all alike); peak memory is the largest resident "
        "set seen. Read the ratios, measured in the same run, not the absolute times.",
        "",
        f"## Start-up, bundled data ({len(dataset.load(data).events)} events)",
        "",
        "| command | median | ratio to its floor | peak memory |",
        "|---|---|---|---|",
    ]
    for key, r in floors.items():
        lines.append(fmt_row(r, floors["pass"] if key != "pass" else None) + "  (floor)")
    if alt:
        lines.append(fmt_row(alt, floors["typer"]) + "  (ratio to the installed Typer)")
    for r, floor in results:
        lines.append(fmt_row(r, floor))
    lines += [
        "",
        "Floors: piped output (the first rows: plain text, no Rich imported) is compared "
        "with the bare Typer app; views 'as on a terminal' (drawn with Rich) with the Typer "
        "app that also imports `rich.console` and `rich.table`. Ratios on the floor rows are "
        "to `python -c pass`.",
        "",
    ]
    if peers:
        france = next(r for r, _ in results if "country France" in r.label)
        lines += [
            "## Against the ways people would otherwise do it",
            "",
            "| command | median | natotrips `country France` relative | peak memory |",
            "|---|---|---|---|",
        ]
        for p in peers:
            lines.append(
                f"| {p.label} | {p.median * 1000:.0f} ms | "
                f"{france.median / p.median:.2f}× | {p.peak_kb / 1024:.0f} MiB |"
            )
        lines.append("")
    lines += [f"`natotrips export csv` imports Rich modules: {rich_in_csv or 'none'}.", ""]

    targets: list[tuple[str, str, bool]] = []
    for r, floor in results:
        ratio = r.median / floor.median
        targets.append((f"{r.label} at most 1.25× its floor", f"{ratio:.2f}×", ratio <= 1.25))
    if peers and peer_labels[0].startswith("csvkit"):
        france = next(r for r, _ in results if r.label == "`natotrips country France`")
        ratio = france.median / peers[0].median
        targets.append(
            ("`country France` faster than the csvkit pipeline", f"{ratio:.2f}×", ratio < 1)
        )
    targets.append(
        ("`export csv` imports no Rich", ", ".join(rich_in_csv) or "none", not rich_in_csv)
    )

    list_lines, list_targets = terminal_list_section(exe, tmp, env, tty_env, n)
    lines += list_lines
    targets += list_targets

    if args.scale:
        scale_lines, scale_targets = scale_section(
            [int(x) for x in args.scale.split(",")], exe, tmp, env, args.scale_runs
        )
        lines += scale_lines
        targets += scale_targets

    lines += [
        "## Targets (issues #6 and #12), in this run",
        "",
        "| target | measured | |",
        "|---|---|---|",
    ]
    lines += [
        f"| {name} | {value} | {'held' if ok else '**missed**'} |" for name, value, ok in targets
    ]
    lines.append("")

    lines += [
        "## Import-time profile",
        "",
        "Largest cumulative import times (µs) from `python -X importtime -m natotrips ...`:",
        "",
    ]
    for label, argv in (("list", ["list"]), ("export csv", ["export", "csv"])):
        lines += [f"`natotrips {label}`:", "", "```"]
        lines += [f"{us:>8}  {name}" for us, name in importtime_top(["-m", "natotrips", *argv])]
        lines += ["```", ""]
    lines += NOTES.splitlines()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    shutil.rmtree(tmp, ignore_errors=True)


def terminal_list_section(
    exe: str, tmp: Path, env: dict[str, str], tty_env: dict[str, str], runs: int
) -> tuple[list[str], list[tuple[str, str, bool]]]:
    """``list`` of 1,000 events on a terminal against the same list piped."""
    path = synth.write(1000, tmp / "trips-1000.json")
    argv = [exe, "--data", str(path), "list", "--sg", "all"]
    specs: list[Spec] = [
        ("piped", argv, env),
        ("on a terminal", [*argv, "--no-pager"], tty_env),
    ]
    measured = measure_all(specs, runs)
    ratio = measured["on a terminal"].median / measured["piped"].median
    lines = [
        "## `list` of 1,000 events on a terminal",
        "",
        "| output | median | ratio to piped |",
        "|---|---|---|",
        f"| piped (plain text) | {measured['piped'].median * 1000:.0f} ms | |",
        f"| on a terminal (Rich, 120 columns) | {measured['on a terminal'].median * 1000:.0f} ms "
        f"| {ratio:.2f}× |",
        "",
    ]
    target = (
        "`list` of 1,000 events on a terminal within 2× of piped",
        f"{ratio:.2f}×",
        ratio <= 2,
    )
    return lines, [target]


# Read and decode, then leave at once (as natotrips does): no checks, no output, and no
# time spent freeing the decoded record at exit.
FLOOR = """import gc, os, sys, msgspec
from natotrips.model import Dataset
gc.disable()
with open(sys.argv[1], "rb") as f:
    data = msgspec.json.decode(f.read(), type=Dataset)
os._exit(0)
"""


def scale_section(
    sizes: list[int], exe: str, tmp: Path, env: dict[str, str], runs: int
) -> tuple[list[str], list[tuple[str, str, bool]]]:
    lines = [
        "## Scale: synthetic datasets (`bench/synth.py`)",
        "",
        "Floor: merely reading the file and decoding it with msgspec into the record's own "
        "Structs, garbage collector paused (`natotrips.model.Dataset`; no checks, no output, "
        "and, like natotrips, no teardown of the decoded record at exit).",
        "",
        "| events | file | command | median | per 1,000 events | ratio to floor | "
        "peak memory | memory ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    floor_script = tmp / "floor.py"
    floor_script.write_text(FLOOR)
    big_env = {**env, "NATOTRIPS_MAX_BYTES": str(1 << 40)}
    targets: list[tuple[str, str, bool]] = []
    for size in sizes:
        path = synth.write(size, tmp / f"trips-{size}.json")
        mb = path.stat().st_size / 1e6
        r = runs if size <= 100_000 else 1
        print(f"scale {size:,}: {r} run(s) ...", file=sys.stderr)
        specs: list[Spec] = [
            ("floor", [sys.executable, str(floor_script), str(path)], None),
            ("countries", [exe, "--data", str(path), "countries", "--sg", "all"], big_env),
            ("export csv", [exe, "--data", str(path), "export", "csv", "--sg", "all"], big_env),
        ]
        try:
            measured = measure_all(specs, r)
        except SystemExit as exc:  # a failure is a finding, not a crash of the benchmark
            lines.append(f"| {size:,} | {mb:,.0f} MB | failed: {exc} | | | | | |")
            if size == 1_000_000:
                targets.append(("1,000,000 events complete", "failed", False))
            path.unlink()
            continue
        base = measured["floor"]
        if size == 100_000:
            for label, most in (("countries", 1.5), ("export csv", 2.5)):
                t = measured[label].median / base.median
                m = measured[label].peak_kb / base.peak_kb
                targets.append(
                    (
                        f"100,000 events: `{label}` at most {most}× the floor's time",
                        f"{t:.2f}×",
                        t <= most,
                    )
                )
                targets.append(
                    (
                        f"100,000 events: `{label}` peak memory at most 2× the floor's",
                        f"{m:.2f}×",
                        m <= 2,
                    )
                )
        if size == 1_000_000:
            took = {k: measured[k].median for k in ("countries", "export csv")}
            done = f"countries {took['countries']:.0f} s, export csv {took['export csv']:.0f} s"
            targets.append(("1,000,000 events complete (countries, export csv)", done, True))
        for label, _, _ in specs:
            res = measured[label]
            lines.append(
                f"| {size:,} | {mb:,.0f} MB | {label} | {res.median:.2f} s | "
                f"{res.median / size * 1000 * 1000:.1f} ms | {res.median / base.median:.2f}× | "
                f"{res.peak_kb / 1024:,.0f} MiB | {res.peak_kb / base.peak_kb:.2f}× |"
            )
        path.unlink()
    lines.append("")
    return lines, targets


if __name__ == "__main__":
    main()
