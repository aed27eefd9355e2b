"""Drawing the network graph: a `Scene` (playground.ui.graph.scene) painted with QPainter in
one pass.

Edges are drawn one `drawLines` call per pen bucket; node maps are rows of one image
(`drawImage` with a source rectangle); the inputs and the captions, which training does not
change, are drawn once into a pixmap and copied at every frame. A frame costs about 2 ms.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
)

from playground.ui.common import colors
from playground.ui.graph import edge_style
from playground.ui.graph.captions import PAD, Caption, CaptionStyle, lay_out
from playground.ui.graph.hits import HitKind
from playground.ui.graph.layout import NO_UNIT
from playground.ui.graph.maps import MAP_SIZE
from playground.ui.graph.scene import Scene

DEAD_HEX, SATURATED_HEX = "#D62728", "#7B3294"
NODE_BORDER_HEX, HOVER_HEX, FADED_TEXT_HEX = "#777777", "#000000", "#888888"
EMPTY_NODE_HEX = "#EEEEEE"
FLAG_HEX = {"dead": DEAD_HEX, "saturated": SATURATED_HEX}
FADED_OPACITY = 0.3
FLAG_OUTLINE, HOVER_OUTLINE = 3.0, 2.5
AA_WIDTH = 1.5  # edges up to this wide are antialiased
TOOLTIP_OFFSET = 16
TOOLTIP_MAX_WIDTH = 520
LEGEND_BAR = 160  # the |∂L/∂w| scale is at least this long when there is room
LABEL_BACKGROUND = QColor(255, 255, 255, 235)
LABEL_OUTLINE = 1.5
TOOLTIP_BACKGROUND = QColor(255, 255, 240, 245)
HIGHLIGHT_ALPHA = 90  # of the band under the highlighted layer's edges
HIGHLIGHT_WIDTH, HIGHLIGHT_OUTLINE = 7.0, 3.0


class GraphPainter:
    """Paints scenes with one text font (and its bold variant), outlines times `scale`."""

    def __init__(self, font: QFont, scale: float = 1.0):
        self.scale = scale
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font)
        self.bold_metrics = QFontMetrics(self.bold)
        # The inputs and captions of the last scene drawn: (scene, key, pixmap, strips).
        self._still: tuple[Scene, tuple, QPixmap, list[QRect]] | None = None

    def paint(self, painter: QPainter, area: QRect, scene: Scene, tooltip: bool) -> None:
        """Draw the scene in `area`; the hover box too when `tooltip`."""
        painter.fillRect(area, Qt.GlobalColor.white)
        painter.setFont(self.font)
        self._highlight(painter, scene)
        self._edges(painter, scene)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._still_parts(painter, area, scene)
        self._neurons(painter, scene)
        self._flags(painter, scene)
        if tooltip and scene.tooltip:
            self._tooltip(painter, area, scene)

    # ------------------------------------------------------------ still parts
    def _still_parts(self, painter: QPainter, area: QRect, scene: Scene) -> None:
        """The inputs and the captions, from a pixmap drawn again only when the scene, the
        area, the hover over an input, the inputs' values or the gradient scale change.
        Only the strips that hold them are copied (the graph's width, the left column)."""
        key = (area.getRect(), painter.device().devicePixelRatioF(), *self._still_key(scene))
        still = self._still
        if still is None or still[0] is not scene or still[1] != key:
            pixmap, strips = self._draw_still(area, scene, key[1])
            self._still = still = (scene, key, pixmap, strips)
        _, _, pixmap, strips = still
        ratio = key[1]
        for strip in strips:
            source = QRectF(strip.translated(-area.topLeft()))
            source = QRectF(source.topLeft() * ratio, source.size() * ratio)
            painter.drawPixmap(QRectF(strip), pixmap, source)

    def _still_key(self, scene: Scene) -> tuple:
        """What the still parts show besides the scene's layout and texts: the inputs'
        values (tabular data), a hovered or flagged input, the gradient scale."""
        inputs = [(0, node) for node in scene.layout.columns[0].nodes.tolist()]
        values = []
        for key in inputs:
            plain = scene.plain.get(key)
            values.append(None if plain is None else (plain[0].rgba(), plain[2]))
        hover = scene.hover
        on_input = hover is not None and hover.kind is HitKind.NODE and hover.column == 0
        flags = tuple(scene.flags.get(key) for key in inputs)
        return tuple(values), hover if on_input else None, flags, tuple(scene.gradient_legend)

    def _draw_still(self, area: QRect, scene: Scene, ratio: float) -> tuple[QPixmap, list]:
        """A transparent pixmap of `area` with the inputs and the captions, and the strips of
        the area they take: the input column, the headers' rows, the titles' rows."""
        pixmap = QPixmap(round(area.width() * ratio), round(area.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.translate(-area.left(), -area.top())
        painter.setFont(self.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._inputs(painter, scene)
        captions = self.captions(area, scene)
        self._captions(painter, area, scene, captions)
        painter.end()
        layout = scene.layout
        right = layout.columns[0].x + layout.node_size / 2 + FLAG_OUTLINE * self.scale + 1
        below = max(
            (c.box.bottom() for c in captions if c.style is not CaptionStyle.TITLE),
            default=area.top(),
        )
        above = min(
            (c.box.top() for c in captions if c.style is CaptionStyle.TITLE), default=area.bottom()
        )
        if scene.gradient_legend:
            above = min(above, area.bottom() - self.bottom_margin(True))
        strips = [
            QRect(area.left(), area.top(), int(right) + 1 - area.left(), area.height()),
            QRect(area.left(), area.top(), area.width(), int(below) + 2 - area.top()),
            QRect(area.left(), int(above) - 2, area.width(), area.bottom() - int(above) + 3),
        ]
        return pixmap, [strip.intersected(area) for strip in strips]

    # ------------------------------------------------------------------ edges
    def _highlight(self, painter: QPainter, scene: Scene) -> None:
        """A wide band under the edges of the highlighted layer."""
        if scene.highlight is None:
            return
        at = np.flatnonzero(scene.layout.edges.layer == scene.highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = QColor(colors.MARK_HEX)
        band.setAlpha(HIGHLIGHT_ALPHA)
        painter.setPen(QPen(band, HIGHLIGHT_WIDTH * self.scale))
        painter.drawLines([scene.lines[i] for i in at.tolist()])

    def _edges(self, painter: QPainter, scene: Scene) -> None:
        for pen, lines in scene.edge_groups:
            # Antialiased wide lines cost twice as much as thin ones; wide ones look fine
            # without it, thin ones would break into dots.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, pen.widthF() <= AA_WIDTH)
            painter.setPen(pen)
            painter.drawLines(lines)
        if scene.hover is not None and scene.hover.kind is HitKind.EDGE:
            painter.setPen(QPen(QColor(HOVER_HEX), HOVER_OUTLINE * self.scale))
            painter.drawLine(scene.lines[scene.hover.index])
        if scene.numbers is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            labels = scene.numbers.shown() + scene.numbers.on_hover(scene.layout, scene.hover)
            for label in labels:
                painter.setPen(QPen(label.color, LABEL_OUTLINE * self.scale))
                painter.setBrush(LABEL_BACKGROUND)
                painter.drawRect(label.box)
                painter.setPen(QColor(colors.TEXT_HEX))
                painter.drawText(label.box, Qt.AlignmentFlag.AlignCenter, label.text)

    # ------------------------------------------------------------------ nodes
    def _outline(self, scene: Scene, c: int, k: int, node: int) -> QPen:
        """A flag's colour, black when hovered, the mark colour in the highlighted layer, else
        grey."""
        flag = scene.flags.get((c, node))
        if flag is not None:
            return QPen(QColor(FLAG_HEX[flag]), FLAG_OUTLINE * self.scale)
        if scene.hovered(HitKind.NODE, c, k):
            return QPen(QColor(HOVER_HEX), HOVER_OUTLINE * self.scale)
        if scene.highlight is not None and c == scene.highlight + 1:
            return QPen(QColor(colors.MARK_HEX), HIGHLIGHT_OUTLINE * self.scale)
        return QPen(QColor(NODE_BORDER_HEX), 1.0)

    def _plain(self, painter: QPainter, rect: QRectF, plain) -> None:
        """A node filled with the colour of the sample's value, written inside if it fits."""
        if plain is None:
            painter.fillRect(rect, QColor(EMPTY_NODE_HEX))
            return
        fill, ink, text = plain
        painter.fillRect(rect, fill)
        if self.metrics.horizontalAdvance(text) <= rect.width() - 4:
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _inputs(self, painter: QPainter, scene: Scene) -> None:
        """Input nodes (faded when the network does not use them) and their labels."""
        column = scene.layout.columns[0]
        faded_pen = QPen(QColor(FADED_TEXT_HEX), 1.0, Qt.PenStyle.DashLine)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for k, (node, unit) in enumerate(zip(column.nodes.tolist(), column.units.tolist())):
            rect = scene.node_rect(0, k)
            used = unit != NO_UNIT
            painter.setOpacity(1.0 if used else FADED_OPACITY)
            if scene.input_maps is not None:
                source = QRectF(0, node * MAP_SIZE, MAP_SIZE, MAP_SIZE)
                painter.drawImage(rect, scene.input_maps, source)
            else:
                self._plain(painter, rect, scene.plain.get((0, node)))
            painter.setOpacity(1.0)
            painter.setPen(self._outline(scene, 0, k, node) if used else faded_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.setPen(QColor(colors.TEXT_HEX if used else FADED_TEXT_HEX))
            label = QRectF(0, rect.top(), rect.left() - PAD, rect.height())
            text = self.metrics.elidedText(
                scene.input_labels[node], Qt.TextElideMode.ElideRight, int(label.width())
            )
            painter.drawText(label, right, text)
        self._ellipsis(painter, scene, 0)

    def _neurons(self, painter: QPainter, scene: Scene) -> None:
        """Every shown neuron: its map (or plain fill), outline and bias marker."""
        for c, column in enumerate(scene.layout.columns[1:], start=1):
            for k, node in enumerate(column.nodes.tolist()):
                rect = scene.node_rect(c, k)
                if scene.maps is not None:
                    source = QRectF(0, scene.map_rows[c, node], MAP_SIZE, MAP_SIZE)
                    painter.drawImage(rect, scene.maps, source)
                else:
                    self._plain(painter, rect, scene.plain.get((c, node)))
                painter.setPen(self._outline(scene, c, k, node))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                hovered = scene.hovered(HitKind.BIAS, c, k)
                painter.setPen(
                    QPen(QColor(HOVER_HEX if hovered else colors.TEXT_HEX), 2 if hovered else 1)
                )
                painter.setBrush(scene.bias_colors.get((c, node), QColor(EMPTY_NODE_HEX)))
                painter.drawRect(scene.bias_rect(c, k))
            self._ellipsis(painter, scene, c)
        self._output_names(painter, scene)

    def _ellipsis(self, painter: QPainter, scene: Scene, c: int) -> None:
        """'⋮ (64)' in the gap of a collapsed column."""
        column = scene.layout.columns[c]
        if column.ellipsis_y is None:
            return
        text = f"⋮ ({column.total})"
        width, height = self.metrics.horizontalAdvance(text) + 6, self.metrics.height()
        box = QRectF(column.x - width / 2, column.ellipsis_y - height / 2, width, height)
        painter.fillRect(box, Qt.GlobalColor.white)
        painter.setPen(QColor(colors.TEXT_HEX))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _output_names(self, painter: QPainter, scene: Scene) -> None:
        if not scene.output_names:
            return
        column, half = scene.layout.columns[-1], scene.layout.node_size / 2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(QColor(colors.TEXT_HEX))
        for y, unit in zip(column.ys.tolist(), column.units.tolist()):
            name = scene.output_names[unit]
            box = QRectF(
                column.x + half + PAD, y - half, self.metrics.horizontalAdvance(name), 2 * half
            )
            painter.drawText(box, left | Qt.TextFlag.TextDontClip, name)

    def _flags(self, painter: QPainter, scene: Scene) -> None:
        """A 'dead' or 'sat.' badge on the top edge of every flagged node shown."""
        painter.setFont(self.bold)
        for (c, node), flag in scene.flags.items():
            found = np.flatnonzero(scene.layout.columns[c].nodes == node)
            if not len(found):
                continue
            rect = scene.node_rect(c, int(found[0]))
            text = scene.badges[flag]
            width, height = (
                self.bold_metrics.horizontalAdvance(text) + 6,
                self.bold_metrics.height(),
            )
            badge = QRectF(rect.center().x() - width / 2, rect.top() - height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(FLAG_HEX[flag]))
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font)

    # ---------------------------------------------------------------- captions
    def bottom_margin(self, gradient_legend: bool) -> float:
        """The height under the graph kept for the column titles (and the legend)."""
        return (2 + 2 * gradient_legend) * self.metrics.height() + PAD

    def captions(self, area: QRect, scene: Scene) -> list[Caption]:
        """Where each caption goes (see `captions.lay_out`)."""
        margin = self.bottom_margin(bool(scene.gradient_legend))
        return lay_out(self.metrics, self.bold_metrics, area, scene, margin)

    def _captions(
        self, painter: QPainter, area: QRect, scene: Scene, captions: list[Caption]
    ) -> None:
        """The `captions` and, with gradients shown, the scale."""
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for caption in captions:
            bold = caption.style is CaptionStyle.SHAPE
            faded = caption.style is CaptionStyle.COUNT
            painter.setFont(self.bold if bold else self.font)
            painter.setPen(QColor(FADED_TEXT_HEX if faded else colors.TEXT_HEX))
            painter.drawText(caption.box, centre, caption.text)
        painter.setFont(self.font)
        if scene.gradient_legend:
            self._gradient_legend(painter, area, scene.gradient_legend)

    def _gradient_legend(
        self, painter: QPainter, area: QRect, ticks: list[tuple[float, str]]
    ) -> None:
        """Under the titles: '|∂L/∂w|' and the edge pens from the thinnest and palest
        (below 10⁻⁶) to the widest and darkest (1 and above), ticks under them."""
        metrics, line = self.metrics, self.metrics.height()
        top = area.bottom() - 2 * line - PAD / 2
        title = "|∂L/∂w|"
        left = area.left() + PAD
        painter.setPen(QColor(colors.TEXT_HEX))
        painter.drawText(QRectF(left, top, metrics.horizontalAdvance(title) + PAD, line), 0, title)
        tick = max(metrics.horizontalAdvance(text) for _, text in ticks)
        x0 = left + metrics.horizontalAdvance(title) + PAD + tick / 2
        bar = min(area.right() - PAD - tick / 2 - x0, max(LEGEND_BAR, 2 * len(ticks) * tick))
        pens = edge_style.gradient_pens()
        step = bar / len(pens)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for k, ((r, g, b, a), width) in enumerate(pens):
            pen = QPen(QColor(r, g, b, a), width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = top + line / 2
            painter.drawLine(QLineF(x0 + k * step, y, x0 + (k + 1) * step, y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colors.TEXT_HEX))
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for place, text in ticks:
            x = x0 + place * bar
            painter.drawText(QRectF(x - tick, top + line, 2 * tick, line), centre, text)

    def _tooltip(self, painter: QPainter, area: QRect, scene: Scene) -> None:
        """The hover text in a box beside the mouse, kept inside the graph."""
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        width = min(TOOLTIP_MAX_WIDTH, area.width() - 2 * PAD)
        text_rect = self.metrics.boundingRect(QRect(0, 0, width, 10_000), flags, scene.tooltip)
        box = QRectF(text_rect).adjusted(-PAD, -PAD, PAD, PAD)
        mouse = scene.mouse
        x, y = mouse.x() + TOOLTIP_OFFSET, mouse.y() + TOOLTIP_OFFSET
        if x + box.width() > area.right():
            x = max(area.left(), mouse.x() - TOOLTIP_OFFSET - box.width())
        if y + box.height() > area.bottom():
            y = max(area.top(), mouse.y() - TOOLTIP_OFFSET - box.height())
        box.moveTo(x, y)
        painter.setPen(QPen(QColor(NODE_BORDER_HEX), 1))
        painter.setBrush(TOOLTIP_BACKGROUND)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(colors.TEXT_HEX))
        painter.drawText(box.adjusted(PAD, PAD, -PAD, -PAD), flags, scene.tooltip)
