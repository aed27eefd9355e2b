"""Is the window responsive while it trains? Measured in one run, on a real X server.

The script starts its own `Xvfb :N -screen 0 1920x1080x24` (or runs offscreen), opens the
real MainWindow at 1920 × 1080 with the Network tab showing, and for each case prints, side
by side: headless epochs/s (the Trainer alone), epochs/s while the window trains and draws
(the two taken in alternating slices, so both see the same machine), their ratio, redraws
per second, the longest stall of the GUI event loop seen by a 10 ms QTimer probe, and
PASS/MISS against the targets of issue 10.

    python benchmarks/ui_responsiveness.py [--seconds 5] [--rounds 5]
        [--display xvfb|offscreen] [--xvfb :91]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's playground

from playground import building
from playground.__main__ import BLAS_THREADS, one_blas_thread  # noqa: E402

one_blas_thread()  # as the app does, before NumPy is imported: both figures alike
PROBE_MS = 10  # light: a 200 Hz Python timer would itself cost the window ~5 % of its frames
CASES = ("default", "spiral_6x8", "digits")
# case -> (share of headless epochs/s, redraws per second); no stall over STALL_MS anywhere
TARGETS = {"default": (0.70, 25), "spiral_6x8": (0.50, 15), "digits": (0.50, 15)}
STALL_MS = 50
SIZE = (1920, 1080)


def start_display(kind: str, display: str) -> subprocess.Popen | None:
    """Start Xvfb on `display` (kind 'xvfb') and point Qt at it; or go offscreen."""
    if kind == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = f"/tmp/.X11-unix/X{display.lstrip(':')}"
    deadline = time.monotonic() + 10
    while not os.path.exists(socket) or time.monotonic() < deadline - 9.5:  # >= 0.5 s
        if server.poll() is not None or time.monotonic() > deadline:
            sys.exit(f"Xvfb {display} did not start (is the display taken? try --xvfb :N)")
        time.sleep(0.05)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return server


def headless_epochs(trainer, seconds: float) -> tuple[int, float]:
    """(epochs, seconds) the Trainer alone trains in about `seconds`, in this thread."""
    start, first = time.perf_counter(), trainer.epoch
    while time.perf_counter() - start < seconds:
        trainer.run_epochs(1)
    return trainer.epoch - first, time.perf_counter() - start


class StallProbe:
    """A PROBE_MS timer; the longest gap between two of its ticks, minus PROBE_MS, is a stall."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.clock = QElapsedTimer()
        self.longest_ms = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        gap = self.clock.restart()
        self.longest_ms = max(self.longest_ms, gap - PROBE_MS)


@dataclasses.dataclass
class Figures:
    headless: float  # epochs/s, the Trainer alone
    live: float  # epochs/s while the window trains and draws
    redraws: float  # per second
    stall_ms: float  # the longest stall of the event loop


def figures(name: str, seconds: float, rounds: int) -> Figures:
    """Headless and window figures, taken in alternating slices of seconds / rounds each so
    both see the same machine (a shared machine's speed drifts by 10-20 % within seconds)."""
    from playground import cli
    from playground.ui.window.main_window import MainWindow

    exp, base_dir = cli.load_experiment(name)
    exp = dataclasses.replace(exp, training=dataclasses.replace(exp.training, epochs=None))
    trainer = building.build(exp, base_dir=base_dir)
    trainer.run_epochs(5)  # warm-up
    window = MainWindow(exp, base_dir)
    window.resize(*SIZE)
    window.show_tab("network")
    window.show()
    drawn: list[float] = []
    window.session.snapshot_drawn.connect(lambda _: drawn.append(time.perf_counter()))
    _spin(1.0)
    window.session.toggle_play()
    _spin(1.0)  # warm-up
    probe = StallProbe()
    totals = dict.fromkeys(("headless", "headless_s", "live", "live_s", "drawn"), 0.0)
    for _ in range(rounds):
        window.session.toggle_play()  # pause, then the Trainer alone
        _spin(0.2)
        epochs, elapsed = headless_epochs(trainer, seconds / rounds)
        totals["headless"] += epochs
        totals["headless_s"] += elapsed
        window.session.toggle_play()
        _spin(0.3)  # training again, frames at their settled rate
        probe.start()
        start, first_epoch, first_drawn = (
            time.perf_counter(),
            window.session.snapshot.epoch,
            len(drawn),
        )
        _spin(seconds / rounds)
        totals["live_s"] += time.perf_counter() - start
        probe.stop()
        totals["live"] += window.session.snapshot.epoch - first_epoch
        totals["drawn"] += len(drawn) - first_drawn
    window.close()
    window.shutdown()
    _spin(0.3)
    return Figures(
        headless=totals["headless"] / totals["headless_s"],
        live=totals["live"] / totals["live_s"],
        redraws=totals["drawn"] / totals["live_s"],
        stall_ms=probe.longest_ms,
    )


def _spin(seconds: float) -> None:
    """Run the real event loop (idle between events, as in the app) for `seconds`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _load() -> str:
    return f"{os.getloadavg()[0]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per figure and case")
    parser.add_argument("--rounds", type=int, default=5, help="alternating slices per case")
    parser.add_argument(
        "--display",
        choices=("xvfb", "offscreen"),
        default="xvfb" if shutil.which("Xvfb") else "offscreen",
    )
    parser.add_argument("--xvfb", default=":91", metavar=":N", help="display for Xvfb")
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=CASES)
    args = parser.parse_args()
    load_before = _load()
    server = start_display(args.display, args.xvfb)
    try:
        from PySide6.QtWidgets import QApplication

        from playground.ui import configure_plots

        _app = QApplication.instance() or QApplication([])  # kept alive to the end
        configure_plots()
        where = f"Xvfb {args.xvfb}" if server else "offscreen"
        print(f"UI responsiveness, {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC")
        print(
            f"{where}, {SIZE[0]} × {SIZE[1]} window, Network tab, "
            f"{args.seconds:g} s per figure in {args.rounds} alternating slices, "
            f"{os.cpu_count()} CPUs"
        )
        blas = ", ".join(f"{name}={os.environ.get(name)}" for name in BLAS_THREADS)
        print(f"targets: window share and redraws/s per case (below), no stall over {STALL_MS} ms")
        print(blas)
        print()
        print(
            "| case | headless epochs/s | window epochs/s | ratio | redraws/s "
            "| longest stall | targets |"
        )
        print("|---|---:|---:|---:|---:|---:|---|")
        for name in args.cases:
            got = figures(name, args.seconds, args.rounds)
            ratio = got.live / got.headless
            share, rate = TARGETS[name]
            met = ratio >= share and got.redraws >= rate and got.stall_ms <= STALL_MS
            print(
                f"| {name} | {got.headless:,.0f} | {got.live:,.0f} | {ratio:.0%} | "
                f"{got.redraws:.0f} | {got.stall_ms:.0f} ms | "
                f"≥ {share:.0%}, ≥ {rate}/s: {'PASS' if met else 'MISS'} |",
                flush=True,
            )
        print()
        print(f"1-minute load average: {load_before} before, {_load()} after")
    finally:
        if server is not None:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
