"""Take the README's screenshots again: `python docs/screenshots.py` on a screen (e.g. Xvfb
at 1920x1080, DISPLAY=:99) or offscreen. Each is the whole 1366 x 768 window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from playground import cli
from playground.ui import configure_plots
from playground.ui.window import language
from playground.ui.window.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
SIZE = (1366, 768)


def wait_until(app: QApplication, done) -> None:
    while not done():
        app.processEvents()


def shot(
    app: QApplication,
    name: str,
    example: str,
    epochs: int,
    tab: str,
    explorer_tab=None,
    then=None,
):
    """Train `example` for `epochs` in a fresh window on `tab`, then do `then(window)` (a
    function that returns when what it shows is drawn) and save docs/`name`."""
    exp, base_dir = cli.load_experiment(example)
    window = MainWindow(exp, base_dir)
    window.resize(*SIZE)
    window.show_tab(tab)
    window.show()
    if explorer_tab:  # the explorer is built when its tab is first shown
        explorer = window.explorer.content
        explorer.show_tab(getattr(explorer, explorer_tab))
    window.session.run_epochs(epochs)
    session = window.session
    wait_until(app, lambda: session.snapshot is not None and session.snapshot.epoch >= epochs)
    wait_until(app, lambda: not session.running)
    if then is not None:
        then(window)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(DOCS / name))
    window.shutdown()
    window.close()
    print(f"wrote docs/{name}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_plots()
    shot(app, "screenshot.png", "default", 300, "network")
    shot(app, "network_spiral_6x8.png", "spiral_6x8", 300, "network")
    shot(app, "explorer.png", "default", 1, "explorer")
    shot(app, "explorer_softmax.png", "default", 1, "explorer", "softmax_tab")
    shot(app, "explorer_depth.png", "default", 1, "explorer", "depth_tab")

    def check_gradients(window: MainWindow) -> None:
        window.summary.check_button.click()
        wait_until(app, lambda: window.summary.check_table.rowCount() > 0)

    shot(app, "summary.png", "iris_softmax", 100, "summary", then=check_gradients)

    def columns(window: MainWindow) -> None:
        window.shapes.choose("columns")

    shot(app, "shapes.png", "default", 1, "shapes", then=columns)

    def too_large_with_secants(window: MainWindow) -> None:
        window.rate.content.use_preset("too large")
        window.rate.content.secant_box.setChecked(True)

    shot(app, "rate.png", "default", 1, "rate", then=too_large_with_secants)

    def total_derivative(window: MainWindow) -> None:
        tab = window.backprop.content
        wait_until(app, lambda: tab.step is not None)
        tab.sample.setValue(3)
        wait_until(app, lambda: "row 3" in tab.step.title)
        tab.go_to(14)  # layer 1's ∂L/∂a: each neuron's two paths summed

    shot(app, "backprop.png", "default", 300, "backprop", then=total_derivative)

    def perceptron_on_and(window: MainWindow) -> None:
        lab = window.neuron.content
        lab.choose("and", "perceptron")
        for _ in range(8):  # the eighth: (1, 1) is wrong, w and b move
            lab.step()

    shot(app, "neuron.png", "default", 1, "neuron", then=perceptron_on_and)

    def backprop_by_hand(window: MainWindow) -> None:
        window.lessons.open(11)  # Mazur's network, in the Backprop tab
        tab = window.backprop.content
        wait_until(app, lambda: tab.step is not None and tab.moment.text().endswith(" 0"))
        tab.go_to(4)  # the output's activation: out_o1 = 0,7514

    language.install("pt_BR")
    shot(app, "screenshot_pt_BR.png", "default", 1, "network", then=backprop_by_hand)
    language.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
