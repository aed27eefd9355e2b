"""What the network graph shows about each neuron: dead ReLUs and saturated sigmoids."""

from __future__ import annotations

import numpy as np

from playground.engine.network import Network

SATURATION_Z = 4.0  # |z| beyond this: sigmoid' < 0.018, tanh' < 0.0014
SATURATED_SHARE = 0.5  # "most points"
SATURATING = ("sigmoid", "tanh")


def neuron_flags(net: Network, X: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each layer l = 1..L: (dead (D_l,) bool, saturated (D_l,) bool) over the rows of X.

    dead: a hidden ReLU whose output is 0 on every row (it passes no gradient, so it never
    recovers); saturated: a hidden sigmoid or tanh with |z| > SATURATION_Z on most rows (its
    derivative, and so its learning, is almost zero there). Output neurons are never
    flagged: a confident output is what training aims for.
    """
    zs, outs = net.trace(X)
    flags = []
    for layer, (act, z, a) in enumerate(zip(net.activations, zs, outs[1:])):
        width = z.shape[1]
        dead = np.zeros(width, bool)
        saturated = np.zeros(width, bool)
        hidden = layer < net.n_layers - 1 and len(X) > 0
        if hidden and act.name == "relu":
            dead = np.all(a == 0.0, axis=0)
        if hidden and act.name in SATURATING:
            saturated = np.mean(np.abs(z) > SATURATION_Z, axis=0) > SATURATED_SHARE
        flags.append((dead, saturated))
    return flags
