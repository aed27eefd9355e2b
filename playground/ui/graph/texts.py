"""Every word the network graph writes for one run: hover texts with the snapshot's
numbers, weight headers, column titles, badges. Translated with `self.tr`.

Neuron numbers are shown 1-based ("neuron 2 of layer 1"); arguments are 0-based. Column c
is a layer of the graph: c = 0 the inputs, c >= 1 the neurons fed by W[c-1].
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from playground.engine.datasets import FEATURE_LABELS
from playground.run import RunInfo
from playground.snapshot import ParameterRef
from playground.ui.common import names
from playground.ui.graph import equations
from playground.ui.graph.hits import Hit, HitKind, parameter, shown_node
from playground.ui.graph.layout import NO_UNIT, GraphLayout


class GraphTexts(QObject):
    """The texts of the graph of the run `info`; `toggles`: the input nodes toggle their
    feature when clicked (and say so)."""

    def __init__(self, info: RunInfo, toggles: bool = True):
        super().__init__()
        self.info = info
        self.toggles = toggles
        self.n_columns = len(info.layer_sizes)

    # ------------------------------------------------------------------ names
    def input_labels(self) -> tuple[str, ...]:
        """The label of every input node as displayed: all selectable features (2-D data)
        or the data's columns."""
        info = self.info
        names = info.selectable_features if info.is_2d else info.feature_names
        return tuple(FEATURE_LABELS.get(name, name) for name in names)

    def output_names(self) -> tuple[str, ...]:
        """Labels right of the output nodes: the class names when each class has a node."""
        info = self.info
        if info.task == "classification" and info.output_width == len(info.class_names) > 1:
            return info.class_names
        return ()

    def neuron_name(self, c: int, unit: int) -> str:
        """How neuron `unit` of column c is named in a sentence (c = 0: network input)."""
        if c == 0:
            name = self.info.feature_names[unit]
            return FEATURE_LABELS.get(name, name)
        if c == self.n_columns - 1:
            names = self.output_names()
            if names:
                return self.tr("output neuron {0} (class {1})").format(unit + 1, names[unit])
            return self.tr("output neuron {0}").format(unit + 1)
        return self.tr("neuron {0} of layer {1}").format(unit + 1, c)

    def title(self, c: int, j: int) -> str:
        """'Neuron 2 of layer 1 (tanh)': neuron j of column c >= 1 and its activation."""
        name = self.neuron_name(c, j)
        activation = names.activation(self.info.activations[c - 1])
        return self.tr("{0} ({1})").format(name[:1].upper() + name[1:], activation)

    def _input_symbols(self, c: int) -> list[str]:
        """Names of the inputs of column c's neurons in an equation: features or h₁, h₂..."""
        width = self.info.layer_sizes[c - 1]
        if c == 1:
            return [self.neuron_name(0, i) for i in range(width)]
        return [equations.hidden_name(k) for k in range(width)]

    # ---------------------------------------------------------------- captions
    def headers(self) -> list[tuple[str, str, str]]:
        """Above each weight matrix: its shape 'D_in × D_out', its parameter count
        ('12 params') and the bare count for narrow columns."""
        sizes, counts = self.info.layer_sizes, self.info.layer_params
        return [
            (f"{a} × {b}", self.tr("{0} params").format(n), str(n))
            for a, b, n in zip(sizes, sizes[1:], counts)
        ]

    def total(self) -> str:
        """'25 parameters': the network's parameter count."""
        return self.tr("{0} parameters").format(self.info.n_params)

    def column_titles(self) -> list[tuple[str, str, str]]:
        """Under each column: its name ('layer 1'), its name for narrow columns ('L1') and
        its activation (or a hint)."""
        info = self.info
        hint = self.tr("click: on/off") if info.is_2d and self.toggles else ""
        titles = [(self.tr("inputs"), self.tr("in"), hint)]
        for c, activation in enumerate(info.activations, start=1):
            if c == self.n_columns - 1:
                name, short = self.tr("output"), self.tr("out")
            else:
                name, short = self.tr("layer {0}").format(c), self.tr("L{0}").format(c)
            titles.append((name, short, names.activation(activation)))
        return titles

    def badges(self) -> dict[str, str]:
        """The short word written on a flagged neuron."""
        return {"dead": self.tr("dead"), "saturated": self.tr("sat.")}

    def editor_hint(self, ref: ParameterRef) -> str:
        """The tooltip of the editor of the weight or bias `ref`."""
        if not ref.is_bias:
            return self.tr("New weight: Enter to apply, Esc to cancel")
        name = self.neuron_name(ref.layer + 1, ref.column)
        return self.tr("New bias of {0}: Enter to apply, Esc to cancel").format(name)

    # ------------------------------------------------------------- hover texts
    def describe(
        self, hit: Hit, layout: GraphLayout, snapshot, flags: dict[tuple[int, int], str]
    ) -> str:
        """The hover text of `hit`; flags: (column, neuron) -> 'dead' or 'saturated'."""
        if hit.is_input:
            unit = int(layout.columns[0].units[hit.index])
            node = shown_node(layout, hit)
            return self.input(snapshot, node, None if unit == NO_UNIT else unit)
        if snapshot is None:
            return ""
        if hit.kind is HitKind.NODE:
            c, j = hit.column, shown_node(layout, hit)
            return self.neuron(snapshot, c, j, flags.get((c, j)))
        ref = parameter(layout, hit)
        return self.bias(snapshot, ref) if ref.is_bias else self.edge(snapshot, ref)

    def _gradient_line(self, symbol: str, value: float | None) -> str:
        if value is None:
            return self.tr("{0}: not computed yet (train one step)").format(symbol)
        return f"{symbol} = {equations.precise(value)}"

    def edge(self, snapshot, ref: ParameterRef) -> str:
        """Weight W[layer][i, j] of `ref`, its gradient and how to edit it."""
        layer, i, j = ref
        grads = snapshot.gradients
        w = equations.precise(snapshot.parameter(ref))
        source, target = self.neuron_name(layer, i), self.neuron_name(layer + 1, j)
        return "\n".join(
            [
                self.tr("w = {0} (from {1} to {2})").format(w, source, target),
                self._gradient_line("∂L/∂w", None if grads is None else grads[0][layer][i, j]),
                self.tr("Click to edit"),
            ]
        )

    def _bias_lines(self, snapshot, c: int, j: int) -> list[str]:
        grads = snapshot.gradients
        b = equations.precise(snapshot.biases[c - 1][j])
        return [
            self.tr("b = {0} (bias of {1})").format(b, self.neuron_name(c, j)),
            self._gradient_line("∂L/∂b", None if grads is None else grads[1][c - 1][j]),
        ]

    def bias(self, snapshot, ref: ParameterRef) -> str:
        """Bias b[layer][column] of `ref`, its gradient and how to edit it."""
        lines = self._bias_lines(snapshot, ref.layer + 1, ref.column)
        return "\n".join([*lines, self.tr("Click to edit")])

    def neuron(self, snapshot, c: int, j: int, flag: str | None) -> str:
        """Neuron j of column c >= 1: its bias, its equation for the traced sample, its flag."""
        lines = [self.title(c, j), *self._bias_lines(snapshot, c, j)]
        lines += self._equation(snapshot, c, j)
        if flag == "dead":
            lines.append(
                self.tr("Dead ReLU: outputs 0 on every training point, so it receives no gradient")
            )
        elif flag == "saturated":
            lines.append(
                self.tr("Saturated: |z| > 4 on most training points, so its derivative is almost 0")
            )
        return "\n".join(lines)

    def _equation(self, snapshot, c: int, j: int) -> list[str]:
        """z and a of neuron j of column c with the sample's numbers, from the snapshot."""
        if snapshot.sample is None:
            return []
        sample = snapshot.sample
        row, zs, outs = sample.index, sample.zs, sample.activations
        weights, bias = snapshot.weights[c - 1][:, j], snapshot.biases[c - 1][j]
        symbols = self._input_symbols(c)
        lines = [self.tr("For sample #{0}:").format(row)]
        if c > 1:
            outputs = self.tr("{0}…{1}: the outputs of layer {2}")
            lines.append(outputs.format(symbols[0], symbols[-1], c - 1))
        return [
            *lines,
            "z = " + equations.weighted_sum(weights, symbols, bias),
            "  = " + equations.weighted_values(weights, outs[c - 1], bias, zs[c - 1][j]),
            equations.activation_line(self.info.activations[c - 1], j, outs[c][j]),
        ]

    def input(self, snapshot, node: int, unit: int | None) -> str:
        """Input node `node` as displayed, standing for network input `unit` (None: a
        feature the network does not use)."""
        name = self.input_labels()[node]
        if unit is None:
            return self.tr("{0} is not an input of the network.\nClick to add it.").format(name)
        lines = [self.tr("Input {0}: {1}").format(unit + 1, name)]
        if snapshot is not None and snapshot.sample is not None:
            value = equations.number(snapshot.sample.activations[0][unit])
            sample = snapshot.sample.index
            lines.append(self.tr("{0} = {1} for sample #{2}").format(name, value, sample))
        if self.info.is_2d:
            lines.append(self.tr("Click to remove it from the inputs."))
        return "\n".join(lines)
