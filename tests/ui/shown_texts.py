"""What a user sees in a window, read for tests: the texts of its widgets (labels, buttons,
line edits, spin boxes, combo boxes with all their items, item views' cells and headers,
tab and group titles, tooltips), of its pyqtgraph plots (each shown axis's tick labels and
title, every text item), of its network graphs (captions, node values, edge numbers, the
gradient scale, the hover texts) and of its menus. Each text comes as (where, text).
"""

from __future__ import annotations

import graph_probe as probe
import pyqtgraph as pg
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsTextItem,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from playground.ui.graph.view import NetworkView

MAX_CELLS = 200  # rows and columns of a table read, at most


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible label, button, line edit, spin box, combo box (all
    its items), item view (cells and headers) and tooltip under `root`, itself included."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts = [widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit | QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
        elif isinstance(widget, QAbstractItemView):
            texts += model_texts(widget.model())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        found += [(where, text) for text in texts if text]
    return found


def model_texts(model) -> list[str]:
    """The cells and headers of an item model, as displayed."""
    if model is None:
        return []
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    rows, columns = min(model.rowCount(top), MAX_CELLS), min(columns, MAX_CELLS)
    display = Qt.ItemDataRole.DisplayRole
    texts = [model.data(model.index(r, c), display) for r in range(rows) for c in range(columns)]
    texts += [model.headerData(c, Qt.Orientation.Horizontal, display) for c in range(columns)]
    texts += [model.headerData(r, Qt.Orientation.Vertical, display) for r in range(rows)]
    return [str(text) for text in texts if text is not None]


def axis_texts(axis: pg.AxisItem) -> list[str]:
    """The tick labels `axis` draws for its current range, and its title."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    texts = [] if specs is None else [text for _, _, text in specs[2]]
    if axis.label.isVisible():
        texts.append(axis.label.toPlainText())
    return texts


def tick_strings(axis: pg.AxisItem) -> list[str]:
    """axis.tickStrings of the ticks axis.tickValues gives for its current range."""
    if axis._tickLevels is not None:  # fixed ticks: their own texts
        return [text for level in axis._tickLevels for _, text in level]
    low, high = axis.range
    horizontal = axis.orientation in ("top", "bottom")
    size = axis.geometry().width() if horizontal else axis.geometry().height()
    scale = axis.scale * axis.autoSIPrefixScale
    texts = []
    for spacing, values in axis.tickValues(low, high, max(size, 10.0)):
        texts += axis.tickStrings(values, scale, spacing)
    return texts


def plot_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible pyqtgraph plot under `root`: each shown axis's ticks
    and title, every text item (TextItem, LabelItem, titles, legends)."""
    found = []
    for view in root.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for item in view.scene().items():
            if not item.isVisible():
                continue
            where = f"{type(view.parentWidget()).__name__}"
            if isinstance(item, pg.AxisItem) and item.style["showValues"]:
                name = f"{item.orientation} axis of {where}"
                found += [(name, text) for text in axis_texts(item) + tick_strings(item)]
            elif isinstance(item, QGraphicsTextItem):
                found.append((f"text in {where}", item.toPlainText()))
    return found


def graph_texts(qtbot, view: NetworkView) -> list[tuple[str, str]]:
    """(where, text) of the network graph `view`: captions, node values, the numbers on the
    edges and the gradient scale (both switched on), and the hover text of every neuron,
    bias and input and of the first edge of each layer."""
    found = []
    for box in (view.labels_box, view.gradients_box):
        for checked in (False, True):
            box.setChecked(checked)
            found += [("graph caption", c.text) for c in probe.captions(view)]
            found += [("graph edge number", text) for text in probe.edge_label_texts(view)]
            found += [("graph scale", text) for text in probe.gradient_scale(view)]
            found += [("graph node", text) for _, _, text in view.scene.plain.values()]
    layers = len(view.scene.layout.columns)
    points: list[QPointF] = []
    for layer in range(layers):
        nodes = probe.shown_nodes(view, layer)
        points += [probe.neuron_center(view, layer, j) for j in nodes]
        if layer:
            points += [probe.bias_center(view, layer, j) for j in nodes]
            previous = probe.shown_nodes(view, layer - 1)
            points.append(probe.edge_midpoint(view, layer - 1, previous[0], nodes[0]))
    for point in points:
        qtbot.mouseMove(view, point.toPoint())
        found.append(("graph hover text", probe.tooltip_text(view)))
    return found


def everything(qtbot, root: QWidget) -> list[tuple[str, str]]:
    """The widgets', plots' and network graphs' texts under `root`."""
    found = widget_texts(root) + plot_texts(root)
    for view in root.findChildren(NetworkView):
        if view.isVisible() and view.scene is not None:
            found += graph_texts(qtbot, view)
    return found


def inner_tabs(qtbot, root: QWidget) -> list[tuple[str, str]]:
    """Everything under `root`, and each further page of its inner tab widgets shown in
    turn."""
    found = everything(qtbot, root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for i in range(1, tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(20)
            found += everything(qtbot, tabs.widget(i))
        tabs.setCurrentIndex(0)
    return found


def menu_texts(window) -> list[tuple[str, str]]:
    found = []
    actions = list(window.menuBar().actions())
    while actions:
        action = actions.pop()
        found.append(("menu", action.text()))
        if action.menu() is not None:
            actions += action.menu().actions()
    return found
