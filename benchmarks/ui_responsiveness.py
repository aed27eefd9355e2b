"""Is the window responsive while it trains? Measured in one run, offscreen.

For each network it prints: headless epochs/s (the Trainer alone), epochs/s while the real
window trains and draws, redraws per second of the window and of the network graph with
its per-neuron heat maps, and the longest stall of the GUI event loop seen by a 5 ms
QTimer probe.

    python benchmarks/ui_responsiveness.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground import experiment  # noqa: E402
from playground.experiment import Experiment, NetworkSpec  # noqa: E402
from playground.ui import configure_plots  # noqa: E402

PROBE_MS = 5
CASES = {
    "default 2 → 4 → 2 → 1": Experiment(),
    "2 → 8×6 → 1": Experiment(network=NetworkSpec(hidden=(8,) * 6, activations=("tanh",) * 6)),
}
TARGETS = (
    "targets: ≥ 30 redraws/s (window and graph), no stall over 50 ms, "
    "window ≥ 70 % of headless epochs/s"
)


def headless_epochs_per_second(exp: Experiment, seconds: float) -> float:
    trainer = experiment.build(exp)
    trainer.run_epochs(20)  # warm-up
    start, first = time.perf_counter(), trainer.epoch
    while time.perf_counter() - start < seconds:
        trainer.run_epochs(10)
    return (trainer.epoch - first) / (time.perf_counter() - start)


class StallProbe:
    """A 5 ms timer; the longest gap between two of its ticks, minus 5 ms, is a stall."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.longest_ms = 0.0
        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        gap = self.clock.restart()
        self.longest_ms = max(self.longest_ms, gap - PROBE_MS)


def _count_calls(obj, name: str) -> list[float]:
    """Replace obj.name with a wrapper that records the time of each call (GUI thread)."""
    calls: list[float] = []
    original = getattr(obj, name)

    def counted(*args):
        calls.append(time.perf_counter())
        return original(*args)

    setattr(obj, name, counted)
    return calls


def window_figures(app: QApplication, exp: Experiment, seconds: float) -> tuple[float, ...]:
    """(epochs/s, redraws/s, graph redraws/s, longest stall in ms) with the window training
    and drawing."""
    from playground.ui.window.main_window import MainWindow

    window = MainWindow(exp)
    window.resize(1366, 768)
    window.show()
    drawn: list[float] = []
    window.session.snapshot_drawn.connect(lambda _: drawn.append(time.perf_counter()))
    graph_drawn = _count_calls(window.run_tab.network_view, "show_snapshot")
    _spin(app, 0.5)
    probe = StallProbe()
    window.session.toggle_play()
    _spin(app, 0.5)  # warm-up
    probe.start()
    start, first_epoch = time.perf_counter(), window.session.snapshot.epoch
    first_drawn, first_graph = len(drawn), len(graph_drawn)
    _spin(app, seconds)
    elapsed = time.perf_counter() - start
    epochs = window.session.snapshot.epoch - first_epoch
    redraws = (len(drawn) - first_drawn) / elapsed
    graph_redraws = (len(graph_drawn) - first_graph) / elapsed
    window.close()
    return epochs / elapsed, redraws, graph_redraws, probe.longest_ms


def _spin(app: QApplication, seconds: float) -> None:
    """Run the real event loop (idle between events, as in the app) for `seconds`."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    configure_plots()
    print(f"UI responsiveness, offscreen, 1366 × 768 window, {args.seconds:g} s per figure")
    print(TARGETS)
    print()
    print(
        "| network | headless epochs/s | window epochs/s | ratio | redraws/s "
        "| graph redraws/s | longest stall | targets |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, exp in CASES.items():
        headless = headless_epochs_per_second(exp, args.seconds)
        live, redraws, graph, stall = window_figures(app, exp, args.seconds)
        ratio = live / headless
        met = min(redraws, graph) >= 30 and stall <= 50 and ratio >= 0.7
        print(
            f"| {name} | {headless:,.0f} | {live:,.0f} | {ratio:.0%} | {redraws:.0f} | "
            f"{graph:.0f} | {stall:.0f} ms | {'PASS' if met else 'MISS'} |"
        )


if __name__ == "__main__":
    main()
