"""The desktop app: command line, QApplication, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from playground import experiment, shipped


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="playground",
        description="Neural Playground: build a neural network, watch it learn, look inside.",
        epilog="Headless training: playground train EXPERIMENT.json [--epochs N] [--json]",
    )
    p.add_argument("--experiment", metavar="FILE", help="open a saved experiment (JSON)")
    p.add_argument(
        "--epochs", type=int, metavar="N", help="train N epochs live in the window, then pause"
    )
    p.add_argument(
        "--screenshot",
        metavar="PNG",
        help="save the whole window once training stops (or after the first frame), then exit",
    )
    p.add_argument(
        "--size", metavar="WxH", default=None, help="window size, e.g. 1366x768 or 1920x1080"
    )
    p.add_argument(
        "--panel",
        metavar="NAME",
        help="open the window on a named panel ('--panel help' lists them)",
    )
    p.add_argument(
        "--font-size",
        type=float,
        metavar="PT",
        help="text size in points (e.g. 14 for a projector)",
    )
    return p


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.epochs is not None and args.epochs < 1:
        parser().error("--epochs must be at least 1")
    try:
        size = _size(args.size) if args.size else None
    except ValueError:
        parser().error(f"--size must look like 1366x768, got {args.size!r}")
    from playground.ui import configure_plots
    from playground.ui.window.main_window import TAB_NAMES, MainWindow

    if args.panel == "help":
        print("panels: " + ", ".join(TAB_NAMES))
        return 0
    if args.panel is not None and args.panel not in TAB_NAMES:
        parser().error(f"unknown panel {args.panel!r}; panels: {', '.join(TAB_NAMES)}")
    try:
        exp = experiment.load(args.experiment) if args.experiment else experiment.Experiment()
    except experiment.ExperimentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Neural Playground")
    icon = QIcon()  # the window and its dialogs: every size, so none is scaled from another
    for png in shipped.icon_files():
        icon.addFile(png)
    app.setWindowIcon(icon)
    configure_plots()
    if args.font_size:
        font = app.font()
        font.setPointSizeF(args.font_size)
        app.setFont(font)
    base_dir = Path(args.experiment).parent if args.experiment else None
    window = MainWindow(exp, base_dir)
    window.resize(*(size or (1366, 768)))
    if args.panel:
        window.show_tab(args.panel)
    window.show()
    if args.epochs:
        window.session.run_epochs(args.epochs)
    if args.screenshot:
        window.screenshot_when_done(args.screenshot, app.quit)
    app.aboutToQuit.connect(window.shutdown)
    QTimer.singleShot(0, window.raise_)
    return app.exec()
