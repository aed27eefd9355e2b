"""How long until the window shows its first frame? Warm start, measured from process start.

Each run starts a fresh `python` that opens the app as `python -m playground` would (the
default experiment, 1366 × 768) and prints, at the first drawn snapshot, the time since the
kernel started the process (`/proc/self/stat`, 10 ms resolution), so interpreter start-up
and every import count. The first run warms the disk cache and compiles the bytecode, as
installing does (even where PYTHONDONTWRITEBYTECODE is set), and is not counted.

    python benchmarks/startup.py [--runs 5] [--busy] [--display offscreen|current]

With --busy, a second process spins on the other CPU for the whole measurement.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.0
CHILD = """
import os, sys

def since_start():
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19]) / ticks
    return float(open("/proc/uptime").read().split()[0]) - start

from playground.__main__ import one_blas_thread
one_blas_thread()
from playground.ui.window import main_window

opened = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    opened(self, *args, **kwargs)
    def first_frame(_snapshot):
        print(f"{since_start():.2f}", flush=True)
        os._exit(0)
    self.session.snapshot_drawn.connect(first_frame)

main_window.MainWindow.__init__ = init
sys.argv = ["playground", "--size", "1366x768"]
from playground.app import main
main()
"""


def one_run(env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--busy", action="store_true", help="load the other CPU meanwhile")
    parser.add_argument("--display", choices=("current", "offscreen"), default="current")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled once, by the warm-up
    if args.display == "offscreen" or not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    where = env.get("QT_QPA_PLATFORM") or f"DISPLAY={env['DISPLAY']}"
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if args.busy else None
    try:
        one_run(env)  # warm-up: the disk cache
        times = [one_run(env) for _ in range(args.runs)]
    finally:
        if hog is not None:
            hog.kill()
    load = os.getloadavg()[0]
    print(
        f"start-up to the first frame ({where}, {'busy' if args.busy else 'idle'}, "
        f"load {load:.2f}): "
        + ", ".join(f"{t:.2f}" for t in times)
        + f" s; median {statistics.median(times):.2f} s (target ≤ {TARGET_SECONDS:.1f} s)"
    )


if __name__ == "__main__":
    main()
