"""The desktop app: command line, QApplication, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from playground import DISTRIBUTION, cli, experiment, shipped, translation, version
from playground.ui.window import language


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="playground",
        description="Neural Playground: build a neural network, watch it learn, look inside.",
        epilog=(
            "Headless: playground train EXPERIMENT.json [--epochs N] [--json]; "
            "playground explain EXPERIMENT.json --sample I [--epochs N] [--json]"
        ),
    )
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="open this experiment (JSON), as --experiment does",
    )
    p.add_argument(
        "--experiment",
        metavar="FILE",
        help="open a saved experiment (JSON), or an example by name: "
        + ", ".join(shipped.example_names()),
    )
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
    p.add_argument(
        "--scale",
        type=float,
        metavar="PERCENT",
        help="presentation scale of every font, pen and marker, 100 to 200 (e.g. 150)",
    )
    p.add_argument(
        "--lang",
        choices=tuple(language.LANGUAGES),
        help="the language: en or pt_BR (default: the one chosen in View > Language, else "
        "the system's)",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, train, open every tab and example, check that the loss goes "
        "down, then exit (0 when all is well)",
    )
    p.add_argument("--version", action="version", version=f"{DISTRIBUTION} {version()}")
    return p


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    """Parse the window's command line (sys.argv[1:] by default), open the window (or run
    the self-test) and return the exit status."""
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.file and args.experiment:
        parser().error("give the experiment once: either FILE or --experiment FILE")
    if args.self_test and (args.file or args.experiment or args.epochs or args.screenshot):
        parser().error("--self-test takes no experiment, --epochs or --screenshot")
    if args.scale is not None and not 100 <= args.scale <= 200:
        parser().error("--scale must be between 100 and 200 (percent)")
    if args.epochs is not None and args.epochs < 1:
        parser().error("--epochs must be at least 1")
    try:
        size = _size(args.size) if args.size else None
    except ValueError:
        parser().error(f"--size must look like 1366x768, got {args.size!r}")
    from playground.ui import configure_plots
    from playground.ui.window.main_window import MainWindow
    from playground.ui.window.tabs import TAB_NAMES

    if args.panel == "help":
        print("panels: " + ", ".join(TAB_NAMES))
        return 0
    if args.panel is not None and args.panel not in TAB_NAMES:
        parser().error(f"unknown panel {args.panel!r}; panels: {', '.join(TAB_NAMES)}")
    name = args.file or args.experiment
    try:
        exp, base_dir, state = (
            cli.load_with_state(name) if name else (experiment.Experiment(), None, None)
        )
    except experiment.ExperimentError as error:
        with translation.speaking(args.lang):
            print(cli.error_line(error), file=sys.stderr)
        return 2

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Neural Playground")
    language.install(language.chosen(args.lang))
    icon = QIcon()  # the window and its dialogs: every size, so none is scaled from another
    for png in shipped.icon_files():
        icon.addFile(png)
    app.setWindowIcon(icon)
    app.setDesktopFileName("neural-playground")  # Wayland docks match it to the menu entry
    configure_plots()
    if args.font_size:
        font = app.font()
        font.setPointSizeF(args.font_size)
        app.setFont(font)
    if args.scale:
        from playground.ui.common.scale import ui_scale

        ui_scale().set_percent(args.scale)
    if args.self_test:
        from playground import self_test

        return self_test.main(app)
    window = MainWindow(exp, base_dir, state)
    try:
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
    finally:
        window.shutdown()  # the training thread ends before Python does, whatever happened
