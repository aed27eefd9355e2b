"""One neuron with two inputs learning a two-class set, one update at a time, for the
single-neuron lab: the perceptron, Adaline (the delta rule) and the sigmoid neuron.

The neuron is a 2 → 1 `Network` whose output is the rule's own (`OUTPUT`); the targets are
coded as `targets.encode` codes them for that output, as `rules` and the Trainer do:
- perceptron: step output ŷ = 1 if z ≥ 0 else 0, targets y ∈ {0, 1};
  w ← w + λ(y − ŷ)x, b ← b + λ(y − ŷ) (`rules.rule_step`); nothing changes when ŷ = y.
- adaline: linear output ŷ = z, targets y ∈ {−1, 1}, the class is 1 when z > 0;
  w ← w + λ(y − z)x, b ← b + λ(y − z) (`rules.rule_step`), the gradient step on ½(y − z)².
- sigmoid: ŷ = σ(z), targets y ∈ {0, 1}, binary cross-entropy; w ← w − λ(ŷ − y)x,
  b ← b − λ(ŷ − y), the gradient from the network's backward pass.
Online, one sample makes an update; in batch mode the whole set makes one, the average of
the per-sample ones. Where w · x + b = 0 is the decision line, and w points across it to
the side of class 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine import datasets, rules, targets
from playground.engine.network import Network

RULES = ("perceptron", "adaline", "sigmoid")
OUTPUT = {**rules.OUTPUT_OF_RULE, "sigmoid": "sigmoid"}  # rule -> the neuron's output
LOSS = "bce"  # the sigmoid neuron's loss
DATA = ("and", "or", "nand", "xor_gate", "clouds")  # the lab's data sets, in this order
SEPARABLE = {"and": True, "or": True, "nand": True, "xor_gate": False, "clouds": True}

# "clouds": the 'gauss' set of datasets.make, halved and moved by CLOUD_SHIFT on both axes,
# so the line has to leave the origin (the bias must learn) and λ = 0.1 suits every rule.
CLOUD_POINTS, CLOUD_NOISE, CLOUD_SEED = 30, 0.1, 0
CLOUD_SCALE, CLOUD_SHIFT = 0.5, 1.5
CLOUD_BOX = (-1.5, 4.5)  # the square the clouds are drawn in

START_W, START_B = (0.2, -0.3), 0.05  # every neuron starts here (Reset goes back here)
RATE_RANGE = (0.001, 1.0)  # the learning rate λ, from, to
RATES = {"perceptron": 0.1, "adaline": 0.1, "sigmoid": 0.5}  # each rule's first λ
MAX_PLAY_EPOCHS = 100  # auto-play stops after this many epochs
DIVERGED = 1e6  # a weight or bias beyond this: the neuron has diverged and stops
ARROW_SHARE = 0.15  # the arrow of w is this share of the box's side long


@dataclass(frozen=True, eq=False)
class LabData:
    """A data set of the lab: X (N, 2), classes (N,) 0 or 1, whether one line can separate
    them, and the square `box` (lo, hi) they are drawn in."""

    name: str
    X: np.ndarray
    labels: np.ndarray
    separable: bool
    box: tuple[float, float]


def lab_data(name: str) -> LabData:
    """The data set `name` of DATA: a gate's truth table, or the two clouds (CLOUD_POINTS
    points, made from CLOUD_SEED: the same every time)."""
    if name not in DATA:
        raise ValueError(f"unknown data {name!r}; allowed: {', '.join(DATA)}")
    if name == "clouds":
        ds = datasets.make(
            "gauss", n=CLOUD_POINTS, noise=CLOUD_NOISE, test_ratio=0.0, seed=CLOUD_SEED
        )
        X, box = ds.X_train * CLOUD_SCALE + CLOUD_SHIFT, CLOUD_BOX
    else:
        ds = datasets.make(name)
        X, box = ds.X_train, datasets.GATE_DOMAIN
    return LabData(name, X, ds.y_train, SEPARABLE[name], box)


def neuron(rule: str, w=START_W, b: float = START_B) -> Network:
    """A 2 → 1 network with the output `rule` needs, W = w (2,) and b."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; allowed: {', '.join(RULES)}")
    net = Network([2, 1], [OUTPUT[rule]], init="zeros")
    net.weights[0][:, 0] = w
    net.biases[0][0] = b
    return net


def coded(labels: np.ndarray, rule: str) -> np.ndarray:
    """Classes (N,) -> the rule's targets (N,): 0 and 1, or −1 and 1 for Adaline."""
    return targets.encode(np.asarray(labels), "classification", 2, 1, OUTPUT[rule])[:, 0]


@dataclass(frozen=True, eq=False)
class Update:
    """One update from N samples (N = 1 online): inputs x (N, 2), classes `label` (N,),
    targets y (N,), z = w·x + b (N,), the rule's output ŷ (N,) (for Adaline ŷ = z), the
    error y − ŷ (N,), and `term_w` (2,), `term_b`: what λ multiplies, averaged over the N
    samples: (y − ŷ)x and y − ŷ (added) for the perceptron and Adaline, the gradient
    (ŷ − y)x and ŷ − y (subtracted) for the sigmoid neuron. w (2,) and b before and after."""

    rule: str
    lr: float
    x: np.ndarray
    label: np.ndarray
    y: np.ndarray
    z: np.ndarray
    y_hat: np.ndarray
    error: np.ndarray
    term_w: np.ndarray
    term_b: float
    w_before: np.ndarray
    b_before: float
    w_after: np.ndarray
    b_after: float

    @property
    def changed(self) -> bool:
        """Whether w or b moved (the perceptron's stay when every ŷ = y)."""
        return bool(np.any(self.w_after != self.w_before) or self.b_after != self.b_before)


def _parameters(net: Network) -> tuple[np.ndarray, float]:
    """Copies of w (2,) and b."""
    return net.weights[0][:, 0].copy(), float(net.biases[0][0])


def update(net: Network, X: np.ndarray, labels: np.ndarray, rule: str, lr: float) -> Update:
    """One update of `net` (made by `neuron(rule)`) from X (N, 2) and classes (N,), the N
    per-sample updates averaged; returns its record."""
    if OUTPUT.get(rule) != net.output_activation or net.sizes != [2, 1]:
        raise ValueError(f"the {rule} rule needs a 2 → 1 neuron with a {OUTPUT.get(rule)} output")
    if not RATE_RANGE[0] <= lr <= RATE_RANGE[1]:
        raise ValueError(f"the learning rate must be between {RATE_RANGE[0]} and {RATE_RANGE[1]}")
    X = np.asarray(X, dtype=float)
    Y = coded(labels, rule)[:, None]
    zs, outputs = net.trace(X)
    w_before, b_before = _parameters(net)
    error = Y - outputs[-1]
    if rule == "sigmoid":
        _, dW, db = net.backward(X, Y, LOSS)
        term_w, term_b = dW[0][:, 0].copy(), float(db[0][0])
        net.weights[0] -= lr * dW[0]
        net.biases[0] -= lr * db[0]
    else:
        term_w, term_b = X.T @ error[:, 0] / len(X), float(error.mean())
        rules.rule_step(net, rule, X, Y, lr)
    w_after, b_after = _parameters(net)
    return Update(
        rule=rule,
        lr=lr,
        x=X,
        label=np.asarray(labels),
        y=Y[:, 0],
        z=zs[-1][:, 0],
        y_hat=outputs[-1][:, 0],
        error=error[:, 0],
        term_w=term_w,
        term_b=term_b,
        w_before=w_before,
        b_before=b_before,
        w_after=w_after,
        b_after=b_after,
    )


def step(net: Network, x: np.ndarray, label: int, rule: str, lr: float) -> Update:
    """The online update of `net` from one sample x (2,) of class `label` (0 or 1)."""
    return update(net, np.asarray(x, dtype=float)[None, :], np.array([label]), rule, lr)


def epoch(
    net: Network, X: np.ndarray, labels: np.ndarray, rule: str, lr: float, online: bool
) -> list[Update]:
    """One pass over X (N, 2), classes (N,): online, one update per sample in order; in
    batch mode, one update, the average of the N."""
    if online:
        return [step(net, x, label, rule, lr) for x, label in zip(X, labels)]
    return [update(net, X, labels, rule, lr)]


def wrong(net: Network, X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(N,) bool: which samples X (N, 2) the neuron puts in another class than `labels`
    (N,), its class read from its output as the app reads it (`targets.decode`)."""
    return targets.decode(net.predict(X), net.output_activation) != np.asarray(labels)


def misclassified(net: Network, X: np.ndarray, labels: np.ndarray) -> int:
    """How many of the samples X (N, 2) are in the wrong class (`wrong`)."""
    return int(np.count_nonzero(wrong(net, X, labels)))


def separated(net: Network, X: np.ndarray, labels: np.ndarray) -> bool:
    """Whether every sample is on its side of the line."""
    return misclassified(net, X, labels) == 0


def decision_line(w: np.ndarray, b: float, box: tuple[float, float]) -> np.ndarray | None:
    """The ends (2, 2) of the segment of w·x + b = 0 inside the square box (lo, hi) on both
    axes; None when w = 0 (no line) or the line misses the box."""
    w = np.asarray(w, dtype=float)
    norm = float(np.hypot(*w))
    if norm == 0.0:
        return None
    foot = -b * w / norm**2  # the point of the line nearest the origin
    along = np.array([-w[1], w[0]]) / norm
    t_low, t_high = -np.inf, np.inf
    for axis in range(2):
        if along[axis] == 0.0:
            if not box[0] <= foot[axis] <= box[1]:
                return None
            continue
        low, high = np.sort((np.asarray(box) - foot[axis]) / along[axis])
        t_low, t_high = max(t_low, low), min(t_high, high)
    if t_low >= t_high:
        return None
    return np.array([foot + t_low * along, foot + t_high * along])


def weight_arrow(w: np.ndarray, b: float, box: tuple[float, float]) -> np.ndarray | None:
    """Tail and head (2, 2) of an arrow along w, ARROW_SHARE of the box's side long, from
    the line's point nearest the box's centre (from the centre when that point is outside
    the box); None when w = 0."""
    w = np.asarray(w, dtype=float)
    norm = float(np.hypot(*w))
    if norm == 0.0:
        return None
    centre = np.full(2, (box[0] + box[1]) / 2)
    tail = centre - (w @ centre + b) * w / norm**2
    if np.any(tail < box[0]) or np.any(tail > box[1]):
        tail = centre
    return np.array([tail, tail + ARROW_SHARE * (box[1] - box[0]) * w / norm])


class Lab:
    """A neuron learning one data set of DATA by one rule of RULES, from START_W and
    START_B: online updates take the samples in order (`cursor` is the next), a batch
    update takes them all. Counts the completed `epochs`, the `steps` taken and how many
    of them changed w or b (`changes`); `last` is the last Update (None before the first)."""

    def __init__(self, data: str = DATA[0], rule: str = RULES[0]):
        self.data = lab_data(data)
        self.rule = rule
        self.reset()

    def reset(self) -> None:
        """w and b back to the start, the counts to 0."""
        self.net = neuron(self.rule)
        self.cursor = self.epochs = self.steps = self.changes = 0
        self.last: Update | None = None

    @property
    def w(self) -> np.ndarray:
        return self.net.weights[0][:, 0].copy()

    @property
    def b(self) -> float:
        return float(self.net.biases[0][0])

    @property
    def n(self) -> int:
        return len(self.data.labels)

    @property
    def wrong(self) -> np.ndarray:
        """(N,) bool: the samples on the wrong side."""
        return wrong(self.net, self.data.X, self.data.labels)

    @property
    def misclassified(self) -> int:
        return misclassified(self.net, self.data.X, self.data.labels)

    @property
    def separated(self) -> bool:
        return separated(self.net, self.data.X, self.data.labels)

    @property
    def diverged(self) -> bool:
        """Whether a weight or the bias passed DIVERGED (or is not finite)."""
        return not bool(np.all(np.abs(self.net.params) <= DIVERGED))

    @property
    def done(self) -> bool:
        """Nothing left to play: separated, diverged, or MAX_PLAY_EPOCHS epochs run."""
        return self.separated or self.diverged or self.epochs >= MAX_PLAY_EPOCHS

    def line(self) -> np.ndarray | None:
        return decision_line(self.w, self.b, self.data.box)

    def arrow(self) -> np.ndarray | None:
        return weight_arrow(self.w, self.b, self.data.box)

    def step(self, lr: float, online: bool) -> Update:
        """One update: online from the next sample, in batch mode from all (a batch update
        is a whole epoch, and starts one afresh)."""
        self._refuse_if_diverged()
        if not online:
            return self._record(
                epoch(self.net, self.data.X, self.data.labels, self.rule, lr, False)
            )
        i = self.cursor
        return self._record([step(self.net, self.data.X[i], self.data.labels[i], self.rule, lr)])

    def run_epoch(self, lr: float, online: bool) -> list[Update]:
        """The updates up to the end of this epoch (a whole one when at its start)."""
        if not online:
            return [self.step(lr, online)]
        self._refuse_if_diverged()
        start = self.cursor
        X, labels = self.data.X[start:], self.data.labels[start:]
        updates = epoch(self.net, X, labels, self.rule, lr, True)
        self._record(updates)
        return updates

    def _refuse_if_diverged(self) -> None:
        if self.diverged:
            raise ValueError("the neuron has diverged: reset it, with a smaller λ")

    def _record(self, updates: list[Update]) -> Update:
        """Count `updates` and move the cursor past their samples; the last one."""
        self.steps += len(updates)
        self.changes += sum(u.changed for u in updates)
        self.cursor += sum(len(u.x) for u in updates)
        if self.cursor >= self.n:
            self.cursor = 0
            self.epochs += 1
        self.last = updates[-1]
        return self.last
