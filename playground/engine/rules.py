"""Classic single-neuron learning rules, for networks with no hidden layer.

perceptron: step output, w <- w + lr * (y - y_hat) x ; nothing changes when y_hat == y.
adaline (delta rule): linear output z, w <- w + lr * (y - z) x, i.e. gradient descent on
    the squared error; the class is z thresholded at 0.
For a batch of N samples the N updates are averaged (N = 1 is the classic online rule).
"""

from __future__ import annotations

import numpy as np

from playground.engine.network import Network

NAMES = ("backprop", "perceptron", "adaline")
OUTPUT_OF_RULE = {"perceptron": "step", "adaline": "linear"}


def check_network(net: Network, rule: str) -> None:
    """Raise ValueError unless `net` is a single layer with the output the rule needs."""
    if rule not in NAMES:
        raise ValueError(f"unknown rule {rule!r}; allowed: {', '.join(NAMES)}")
    if rule == "backprop":
        return
    if net.n_layers != 1:
        raise ValueError(f"the {rule} rule trains a single neuron: remove the hidden layers")
    if net.output_activation != OUTPUT_OF_RULE[rule]:
        raise ValueError(f"the {rule} rule needs a {OUTPUT_OF_RULE[rule]} output activation")


def rule_step(net: Network, rule: str, X: np.ndarray, Y: np.ndarray, lr: float) -> None:
    """One update of W (D_in, D_out) and b (D_out,) from X (N, D_in), targets Y (N, D_out)."""
    z = X @ net.weights[0] + net.biases[0]
    output = (z >= 0).astype(float) if rule == "perceptron" else z
    error = Y - output
    net.weights[0] += (lr / len(X)) * (X.T @ error)
    net.biases[0] += (lr / len(X)) * error.sum(axis=0)
