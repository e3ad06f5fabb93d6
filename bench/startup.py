"""Cold start to first painted window: SmallCRM on 100,000 contacts versus a bare PySide6 window."""

from __future__ import annotations

import argparse
import os
import re
import selectors
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
GOAL_RATIO = 1.5
TIMEOUT_S = 120.0
# Written after `smallcrm demo` succeeds, so a run killed half-way is rebuilt, not measured.
COMPLETE_MARKER = ".bench-complete"

# The baseline: the least a PySide6 app can do. Reports its first paint exactly like
# smallcrm.gui.app._FirstPaintProbe (after the paint event returns, then exits at once).
HELLO = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.report)
            watched.removeEventFilter(self)
        return False

    def report(self):
        print(f"first-paint {time.time():.6f}", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("hello")
window.resize(1280, 800)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""

FIRST_PAINT = re.compile(rb"^first-paint (\d+(?:\.\d+)?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Sample:
    seconds: float  # spawn to first painted frame, wall clock
    max_rss_mb: float


def child_env(platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["SMALLCRM_EXIT_AFTER_FIRST_PAINT"] = "1"
    # The profile's SQLite file is the subject; a configured server would change the test.
    env.pop("SMALLCRM_DB", None)
    return env


def _max_rss_mb(rusage: object) -> float:
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    value = float(rusage.ru_maxrss)  # type: ignore[attr-defined]
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def measure(argv: list[str], env: dict[str, str], stderr_path: Path) -> Sample:
    """Spawn ``argv``; time from just before the spawn to the paint time the child prints."""
    with open(stderr_path, "wb") as stderr:
        started = time.time()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, env=env, cwd=ROOT)
    assert proc.stdout is not None
    output = b""
    deadline = time.monotonic() + TIMEOUT_S
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:  # the child closed stdout: it exited
                break
            output += chunk
        else:
            proc.kill()
    proc.stdout.close()
    # wait4 instead of Popen.wait: it returns this child's own resource usage (peak memory).
    _pid, status, rusage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    match = FIRST_PAINT.search(output)
    if match is None:
        errors = stderr_path.read_text(errors="replace")[-3000:]
        raise SystemExit(
            f"no first-paint report from {' '.join(argv)} (exit {proc.returncode}):\n"
            f"{output.decode(errors='replace')[-2000:]}\n{errors}"
        )
    return Sample(float(match.group(1)) - started, _max_rss_mb(rusage))


def ensure_profile(python: str, profile: Path, contacts: int) -> None:
    """Create the demo profile once; later runs reuse it (it takes ~20 s per 100,000)."""
    if (profile / COMPLETE_MARKER).is_file():
        return
    if profile.exists():
        shutil.rmtree(profile)  # left over from an interrupted build
    print(f"Creating {profile} with {contacts:,} demo contacts (once)...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [python, "-m", "smallcrm", "--home", str(profile), "demo"]
        + ["--contacts", str(contacts), "--seed", "1"],
        check=True,
        cwd=ROOT,
        env={key: value for key, value in os.environ.items() if key != "SMALLCRM_DB"},
    )
    (profile / COMPLETE_MARKER).write_text(f"{contacts}\n", encoding="utf-8")
    print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)


def count_contacts(profile: Path) -> int | None:
    try:
        connection = sqlite3.connect(
            f"{(profile / 'smallcrm.db').resolve().as_uri()}?mode=ro", uri=True
        )
        try:
            return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def profile_imports(app_argv: list[str], env: dict[str, str], top: int = 15) -> None:
    """One app start under ``-X importtime``; print the slowest imports (cumulative)."""
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "importtime.txt"
        argv = [app_argv[0], "-X", "importtime", *app_argv[1:]]
        sample = measure(argv, env, log)
        rows = []
        for line in log.read_text(errors="replace").splitlines():
            # "import time:   self [us] | cumulative | imported package" (name indented by depth)
            if not line.startswith("import time:") or "[us]" in line:
                continue
            self_us, cumulative_us, name = line[len("import time:") :].split("|", 2)
            depth = (len(name) - len(name.lstrip())) // 2
            rows.append((int(cumulative_us), int(self_us), depth, name.strip()))
    total_self = sum(row[1] for row in rows)
    print(
        f"\nImports during one start (-X importtime; first paint after {sample.seconds:.3f} s, "
        f"slowed by the tracing): {len(rows)} modules, {total_self / 1000:.0f} ms in total.\n"
    )
    print(f"{'cumulative':>11} {'self':>9}  depth  module")
    for cumulative, own, depth, name in sorted(rows, reverse=True)[:top]:
        print(f"{cumulative / 1000:>8.1f} ms {own / 1000:>6.1f} ms  {depth:>5}  {name}")
    print(
        "\ncumulative = the module and everything it imported first; depth 0 = imported by"
        " the program itself. Top-level entries are the best candidates for lazy imports."
    )
    # Self time summed per top-level package: what each dependency costs in all.
    per_package: dict[str, tuple[int, int]] = {}
    for _cumulative, own, _depth, name in rows:
        package = name.split(".")[0]
        total, count = per_package.get(package, (0, 0))
        per_package[package] = (total + own, count + 1)
    ranked = sorted(per_package.items(), key=lambda item: item[1][0], reverse=True)[:8]
    print(
        "\nself time per package: "
        + ", ".join(
            f"{package} {total / 1000:.0f} ms ({count})" for package, (total, count) in ranked
        )
    )


def _row(label: str, samples: list[Sample]) -> str:
    times = [s.seconds for s in samples]
    rss = [s.max_rss_mb for s in samples]
    return (
        f"{label:<26} {statistics.median(times):>8.3f} {min(times):>8.3f} {max(times):>8.3f}"
        f" {statistics.median(rss):>11.0f} {max(rss):>8.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, metavar="N", help="timed runs of each")
    parser.add_argument("--warmup", type=int, default=1, metavar="N", help="untimed runs first")
    parser.add_argument(
        "--platform",
        default="offscreen",
        choices=("offscreen", "xcb", "wayland"),
        help="Qt platform plugin (xcb/wayland need a display)",
    )
    parser.add_argument("--contacts", type=int, default=100_000, metavar="N")
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter for both programs (default: this)"
    )
    parser.add_argument(
        "--profile-imports",
        action="store_true",
        help="instead of timing, start the app once under -X importtime and list slow imports",
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (run under xvfb-run, or use offscreen)")
    if args.platform == "wayland" and not os.environ.get("WAYLAND_DISPLAY"):
        parser.error("--platform wayland needs WAYLAND_DISPLAY")

    label = f"{args.contacts // 1000}k" if args.contacts % 1000 == 0 else str(args.contacts)
    profile = CACHE / f"profile-{label}"
    ensure_profile(args.python, profile, args.contacts)
    env = child_env(args.platform)
    app_argv = [args.python, "-m", "smallcrm", "--home", str(profile)]
    hello_argv = [args.python, "-c", HELLO]

    if args.profile_imports:
        measure(app_argv, env, Path(os.devnull))  # warm the file cache and migrate if due
        profile_imports(app_argv, env)
        return 0

    contacts = count_contacts(profile)
    version = subprocess.run(
        [
            args.python,
            "-c",
            "import sys, PySide6; print(sys.version.split()[0], PySide6.__version__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    print(
        f"Start to first painted main window, platform {args.platform}, Python {version[0]},"
        f" PySide6 {version[1]}\nprofile {profile.relative_to(ROOT)}:"
        f" {contacts if contacts is None else f'{contacts:,}'} contacts;"
        f" {args.runs} timed runs each after {args.warmup} warm-up (file cache warm)\n"
    )

    hello: list[Sample] = []
    app: list[Sample] = []
    with tempfile.TemporaryDirectory() as tmp:
        stderr_path = Path(tmp) / "stderr.txt"
        for _ in range(args.warmup):
            measure(hello_argv, env, stderr_path)
            measure(app_argv, env, stderr_path)  # also applies a pending migration
        for run in range(args.runs):
            # Alternate the two so background noise hits both alike.
            hello.append(measure(hello_argv, env, stderr_path))
            app.append(measure(app_argv, env, stderr_path))
            print(
                f"  run {run + 1}/{args.runs}: hello {hello[-1].seconds:.3f} s,"
                f" SmallCRM {app[-1].seconds:.3f} s",
                flush=True,
            )

    header = f"{'':<26} {'median s':>8} {'min s':>8} {'max s':>8} {'RSS med MB':>11} {'max MB':>8}"
    print(f"\n{header}\n{'-' * len(header)}")
    print(_row("bare QMainWindow (hello)", hello))
    print(_row(f"SmallCRM, {label} contacts", app))
    ratio = statistics.median(s.seconds for s in app) / statistics.median(s.seconds for s in hello)
    verdict = "met" if ratio <= GOAL_RATIO else "not met"
    print(
        f"\nratio SmallCRM / hello (medians): {ratio:.2f}x   goal: within {GOAL_RATIO}x ({verdict})"
    )
    print(
        "The first frame is the window the profile last showed (the dashboard on a new one);"
        "\nits figures load just after that paint, so they are not in this measurement."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
