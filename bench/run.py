#!/usr/bin/env python3
"""Measures pitchcoach; see bench/run. Each figure is the median of several
whole-process runs, timed here and measured for peak memory by /usr/bin/time.
With --smoke (for CI), each runs once on the debug build, only to prove this
script still works end to end; those numbers mean nothing."""
import datetime
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMOKE = "--smoke" in sys.argv
QUICK = "--quick" in sys.argv or SMOKE
BUILD = ROOT / (".build/debug" if SMOKE else ".build/release")
BIN = BUILD / "pitchcoach"
FLOOR = BUILD / "segment-floor"
CORPUS = ROOT / "bench/corpus"
VENV = ROOT / "bench/.venv"
TIME = "/usr/bin/time"
SIZES = [1] if QUICK else [1, 10, 100]
REPEATS = {1: 3 if QUICK else 5, 10: 3, 100: 3}
LANGUAGES = ["en", "th", "vi"]
SAVES = 2 if SMOKE else 11  # the first creates the store; the others are timed
VERSIONS = 100 if SMOKE else 10_000
PITCH = ROOT / "bench/pitch-150.md"
BEGIN = "<!-- bench/run writes from here -->"
END = "<!-- to here -->"


def run(command, env=None):
    """Runs a command to completion; returns (seconds, peak KiB). Output is
    discarded, as timing the writing of up to 100 MB of findings would say
    little; a smoke run keeps it, to fail a command that printed nothing.
    Peak memory comes from /usr/bin/time: a child forked from this Python
    process would count Python's own pages in its ru_maxrss."""
    with tempfile.NamedTemporaryFile() as peak, tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        status = subprocess.call([TIME, "-f", "%M", "-o", peak.name] + [str(c) for c in command],
                                 stdout=output if SMOKE else subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        elapsed = time.perf_counter() - start
        if status not in (0, 1):
            sys.exit(f"failed ({status}): {' '.join(map(str, command))}")
        if SMOKE and os.fstat(output.fileno()).st_size == 0:
            sys.exit(f"printed nothing: {' '.join(map(str, command))}")
        return elapsed, int(Path(peak.name).read_text().split()[-1])


def median_run(command, repeats, **kwargs):
    results = [run(command, **kwargs) for _ in range(1 if SMOKE else repeats)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def corpus(language, megabytes):
    CORPUS.mkdir(parents=True, exist_ok=True)
    path = CORPUS / f"{language}-{megabytes}mb.md"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench/corpus.py"), language, str(megabytes), str(path)], check=True)
    return path


def proselint():
    """proselint 0.16 in a virtualenv of its own, as a command prefix. Its
    default config stops after 1,000 findings, which would stop it early on
    a large corpus; the benchmark lifts that limit so both tools read it all."""
    binary = VENV / "bin/proselint"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin/pip"), "install", "--quiet", "proselint==0.16.0"], check=True)
    config = VENV / "proselintrc.json"
    config.write_text('{"max_errors": 100000000}\n')
    return [binary, "check", "--config", config, "-o", "json"]


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {cpu}, {memory:.0f} GiB, {platform.system()} {platform.release()}"


def main():
    if not Path(TIME).exists():
        sys.exit("bench/run needs GNU time for peak memory: apt-get install -y time")
    if SMOKE and not (BIN.exists() and FLOOR.exists()):
        sys.exit("bench/run --smoke measures the debug build: run swift build --build-tests first")
    rows = []
    notes = []

    def row(what, value, note=""):
        rows.append((what, value, note))
        print(f"{what:<58} {value:>16}  {note}", flush=True)

    print(f"pitchcoach benchmark on {machine()}\n", flush=True)
    if SMOKE:
        print("SMOKE RUN: debug build, each command once, no proselint. It proves the benchmark\n"
              "still works; its numbers mean nothing.\n", flush=True)
    throughput = {}
    floor_ratio = {}
    memory = {}
    for language in LANGUAGES:
        for size in SIZES:
            path = corpus(language, size)
            megabytes = path.stat().st_size / 1e6
            repeats = REPEATS[size]
            for output_format in ("text", "json"):
                seconds, peak = median_run([BIN, "lint", "--fail-on", "never", "--format", output_format, path], repeats)
                throughput[(language, size, output_format)] = megabytes / seconds
                row(f"lint {language} {size} MB, {output_format}", f"{megabytes / seconds:.1f} MB/s",
                    f"{seconds:.2f} s, peak {peak / 1024:.0f} MiB ({peak / 1024 / megabytes:.1f}x file)")
            floor_seconds, floor_peak = median_run([FLOOR, path], repeats)
            lint_seconds = megabytes / throughput[(language, size, "text")]
            floor_ratio[(language, size)] = lint_seconds / floor_seconds
            if size == max(SIZES):
                memory[language] = peak / 1024 / megabytes
            row(f"ICU floor {language} {size} MB", f"{megabytes / floor_seconds:.1f} MB/s",
                f"lint/floor time ratio {lint_seconds / floor_seconds:.2f}")

    # The same prose with nothing to report: matching and rules without output.
    clean = corpus("en-clean", 10 if not QUICK else 1)
    megabytes = clean.stat().st_size / 1e6
    seconds, peak = median_run([BIN, "lint", "--fail-on", "never", clean], 3)
    floor_seconds, _ = median_run([FLOOR, clean], 3)
    clean_ratio = seconds / floor_seconds
    row(f"lint en-clean {int(megabytes)} MB (clean prose), text", f"{megabytes / seconds:.1f} MB/s",
        f"lint/floor time ratio {clean_ratio:.2f}")

    # Start-up and one pitch.
    version_seconds, _ = median_run([BIN, "--version"], 21)
    row("pitchcoach --version (start-up floor)", f"{version_seconds * 1000:.1f} ms")
    pitch_seconds, pitch_peak = median_run([BIN, "lint", "--fail-on", "never", PITCH], 21)
    row("lint one 150-word pitch, whole process", f"{pitch_seconds * 1000:.1f} ms",
        f"{pitch_seconds / version_seconds:.2f}x --version, peak {pitch_peak / 1024:.0f} MiB")

    # proselint side by side on the same English text; a smoke run skips it,
    # as it needs a virtualenv and PyPI.
    targets = []
    if not SMOKE:
        lint = proselint()
        size = 1 if QUICK else 10
        english = corpus("en", size)
        pl_seconds, _ = median_run(lint + [english], 1 if QUICK else 3)
        pl_rate = english.stat().st_size / 1e6 / pl_seconds
        ours = throughput[("en", size, "json")]
        row(f"proselint 0.16, en {size} MB, JSON", f"{pl_rate * 1000:.0f} KB/s",
            f"pitchcoach (JSON too) is {ours / pl_rate:.0f}x faster")
        pl_pitch, _ = median_run(lint + [PITCH], 5)
        row("proselint 0.16, one 150-word pitch", f"{pl_pitch * 1000:.0f} ms", f"pitchcoach is {pl_pitch / pitch_seconds:.1f}x faster")
        targets.append(("English lint at least 200x proselint's throughput", f"{ours / pl_rate:.0f}x", ours / pl_rate >= 200))

    # The drafts store.
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, PITCHCOACH_HOME=home)
        store = Path(home) / "pitchcoach.sqlite"
        texts = []
        for number in range(SAVES):
            text = Path(home) / f"v{number}.md"
            text.write_text(PITCH.read_text() + f"\nVersion {number}.\n")
            texts.append(text)
        save_times = [run([BIN, "drafts", "save", "bench", texts[n]], env=env)[0] for n in range(SAVES)]
        row("drafts save one version, whole process", f"{statistics.median(save_times[1:]) * 1000:.1f} ms")
        bulk_versions(store, VERSIONS)
        log_seconds, log_peak = median_run([BIN, "drafts", "log", "bench"], 5, env=env)
        row(f"drafts log with {VERSIONS:,} versions", f"{log_seconds * 1000:.0f} ms", f"peak {log_peak / 1024:.0f} MiB")

    print()
    if SMOKE:
        # Targets are about the release build; a debug build would only "miss" them.
        print("Smoke run passed: every command ran and printed something (debug build: ignore the figures).")
        return
    targets += [
        ("lint/floor time ratio at most 2 (largest corpus, each language)",
         ", ".join(f"{l} {floor_ratio[(l, max(SIZES))]:.2f}" for l in LANGUAGES),
         all(floor_ratio[(l, max(SIZES))] <= 2 for l in LANGUAGES)),
        ("lint/floor time ratio at most 2, clean prose", f"{clean_ratio:.2f}", clean_ratio <= 2),
        ("one pitch within 2x --version", f"{pitch_seconds / version_seconds:.2f}x", pitch_seconds / version_seconds <= 2),
        (f"memory for the {max(SIZES)} MB file under 4x its size",
         ", ".join(f"{l} {memory[l]:.1f}x" for l in LANGUAGES), all(memory[l] < 4 for l in LANGUAGES)),
    ]
    for what, value, met in targets:
        print(f"{'met    ' if met else 'MISSED '} {what}: {value}")
    write_report(rows, targets)


def bulk_versions(store, total):
    """Copies the last saved version until the pitch has `total` versions, in
    one transaction (saving 10,000 through the binary would take minutes)."""
    db = sqlite3.connect(store)
    columns = [c[1] for c in db.execute("PRAGMA table_info(versions)") if c[1] not in ("id",)]
    last = db.execute("SELECT MAX(number) FROM versions").fetchone()[0]
    select = ", ".join("number + ?" if c == "number" else c for c in columns)
    with db:
        for step in range(1, total - last + 1):
            db.execute(f"INSERT INTO versions ({', '.join(columns)}) SELECT {select} FROM versions WHERE number = ?", (step, last))
    db.close()


def write_report(rows, targets):
    """Replaces the generated part of BENCHMARKS.md; the analysis around it is kept."""
    if QUICK:  # a smoke run too: it leaves BENCHMARKS.md alone
        return
    command = "bench/run"
    lines = [
        BEGIN,
        f"Measured {datetime.date.today().isoformat()} with `{command}` on {machine()}.",
        "Each figure is the median of several whole-process runs of a release build, peak memory (from",
        "/usr/bin/time) too. Corpora are generated by `bench/corpus.py` (deterministic).",
        "",
        "| What | Result | Notes |",
        "| --- | ---: | --- |",
    ]
    lines += [f"| {what} | {value} | {note} |" for what, value, note in rows]
    lines += ["", "| Target | Measured | Met |", "| --- | --- | --- |"]
    lines += [f"| {what} | {value} | {'yes' if met else '**no**'} |" for what, value, met in targets]
    lines.append(END)
    report = ROOT / "BENCHMARKS.md"
    old = report.read_text() if report.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    before, rest = old.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    report.write_text(before + "\n".join(lines) + after)


if __name__ == "__main__":
    main()
