"""Trainer: mini-batch epochs over a Dataset, history, metrics and a divergence guard."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from playground.engine import losses, optimizers, rules, targets
from playground.engine.datasets import Dataset
from playground.engine.kernel import BackpropKernel, with_ones
from playground.engine.network import Network
from playground.engine.wording import QT_TRANSLATE_NOOP, Worded

HISTORY_KEYS = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


class Trainer:
    """Trains `net` on `dataset`; the same seed gives bit-identical weights and history.

    `rule` is "backprop" (the default) or a single-neuron rule ("perceptron", "adaline").
    `lr`, `l1`, `l2`, `batch_size` and the optimiser's settings may change between steps.
    Extra keyword settings go to the optimiser (momentum; beta1, beta2, eps).
    """

    def __init__(
        self,
        net: Network,
        dataset: Dataset,
        loss: str = "mse",
        optimizer: str = "sgd",
        lr: float = 0.03,
        batch_size: int = 10,
        l1: float = 0.0,
        l2: float = 0.0,
        seed: int = 0,
        rule: str = "backprop",
        **optimizer_settings: float,
    ):
        rules.check_network(net, rule)
        if rule == "backprop":
            losses.check_output(loss, net.output_activation)
        if net.sizes[0] != dataset.X_train.shape[1]:
            raise ValueError(
                f"the data has {dataset.X_train.shape[1]} features but the network "
                f"has {net.sizes[0]} inputs"
            )
        self.net = net
        self.dataset = dataset
        self.loss = losses.get(loss)
        self.rule = rule
        self.optimizer = optimizers.make(optimizer, lr, **optimizer_settings)
        self.batch_size = int(batch_size)
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.l1 = float(l1)
        self.l2 = float(l2)
        self._rng = np.random.default_rng(seed)
        out = net.output_activation
        shape = (dataset.task, dataset.n_classes, net.sizes[-1], out)
        self.Y_train = targets.encode(dataset.y_train, *shape)
        self.Y_test = targets.encode(dataset.y_test, *shape)
        self._X_ones = with_ones(dataset.X_train)
        self._order_X = self._order_Y = None
        self._kernels: dict[int, BackpropKernel] = {}
        self._last_kernel: BackpropKernel | None = None
        self._cursor = 0
        self._last_finite = net.copy_parameters()
        self.epoch = 0
        self.steps = 0
        self.stop_reason: str | None = None  # a Worded text (said in the user's language)
        self.history: dict[str, list[float]] = {k: [] for k in HISTORY_KEYS}
        self._record_epoch()

    # ------------------------------------------------------------------ settings
    @property
    def lr(self) -> float:
        return self.optimizer.lr

    @lr.setter
    def lr(self, value: float) -> None:
        self.optimizer.lr = float(value)

    @property
    def steps_per_epoch(self) -> int:
        return math.ceil(len(self.dataset.X_train) / self.batch_size)

    @property
    def gradients(self) -> tuple[list[np.ndarray], list[np.ndarray]] | None:
        """(dW, db) of the last step, shaped like (weights, biases); None before any step.

        These are views the next step overwrites: copy them to keep them.
        """
        return self._last_kernel.gradients() if self._last_kernel else None

    @property
    def diverged(self) -> bool:
        return self.stop_reason is not None

    def resume(self) -> None:
        """Clear a divergence stop, so training goes on from the kept finite weights
        (for example after the learning rate was lowered)."""
        self.stop_reason = None

    def set_optimizer(self, name: str, **settings: float) -> None:
        """Switch optimiser (its state starts afresh), keeping the learning rate."""
        self.optimizer = optimizers.make(name, self.lr, **settings)

    def shuffle_state(self) -> dict:
        """The state of the generator that shuffles each epoch (NumPy's PCG64 state)."""
        return self._rng.bit_generator.state

    def restore(
        self,
        weights: Sequence[np.ndarray],
        biases: Sequence[np.ndarray],
        history: Mapping[str, Sequence[float]],
        epoch: int,
        shuffle: dict | None = None,
    ) -> None:
        """Continue from saved training at the start of an epoch: the weights and biases,
        the history, the epoch count and (if given) the shuffling generator's state; an
        empty history (weights given to start from) gets epoch 0 measured with them. The
        optimiser's state (momentum, Adam's averages) starts afresh."""
        self.net.load_parameters(weights, biases)
        self._last_finite = self.net.copy_parameters()
        self.history = {key: list(history[key]) for key in HISTORY_KEYS}
        self.epoch = int(epoch)
        self._cursor = 0
        self.stop_reason = None
        if shuffle is not None:
            self._rng.bit_generator.state = shuffle
        if not self.history["epoch"]:  # given starting weights: epoch 0 measured with them
            self._record_epoch()

    # ------------------------------------------------------------------ training
    def run_steps(self, n: int) -> int:
        """Train up to n mini-batch steps; returns how many ran (fewer after divergence)."""
        done = 0
        with np.errstate(all="ignore"):
            while done < n and not self.stop_reason:
                self._step()
                done += 1
        return done

    def steps_until_epoch(self, epoch: int) -> int:
        """How many steps are left until `epoch` epochs are complete (0 if already there).

        The rows left in this epoch take ceil(rows left / batch_size) steps, also when the
        batch size changed mid-epoch; each whole epoch after it takes steps_per_epoch.
        """
        if epoch <= self.epoch:
            return 0
        rows_left = len(self.dataset.X_train) - self._cursor
        whole_epochs = epoch - self.epoch - 1
        return math.ceil(rows_left / self.batch_size) + whole_epochs * self.steps_per_epoch

    def run_epochs(self, n: int) -> int:
        """Train n whole epochs (finishing a partly run one first); returns epochs completed."""
        start = self.epoch
        while self.epoch < start + n and not self.stop_reason:
            self.run_steps(self.steps_until_epoch(self.epoch + 1))
        return self.epoch - start

    def _step(self) -> None:
        if self._cursor == 0:
            self._shuffle()
        end = self._cursor + self.batch_size
        xb = self._order_X[self._cursor : end]
        yb = self._order_Y[self._cursor : end]
        if self.rule == "backprop":
            self._backprop_step(xb, yb)
        else:
            rules.rule_step(self.net, self.rule, xb[:, :-1], yb, self.lr)
        self.steps += 1
        self._cursor = end
        if self._cursor >= len(self._order_X):
            self._cursor = 0
            self.epoch += 1
            self._record_epoch()

    def _backprop_step(self, xb: np.ndarray, yb: np.ndarray) -> None:
        """One optimiser step on the batch xb (n, D_in + 1) with a ones column, yb (n, K)."""
        kernel = self._kernels.get(len(xb))
        if kernel is None:
            kernel = self._kernels[len(xb)] = BackpropKernel(self.net, self.loss, len(xb))
        kernel.run(xb, yb)
        if self.l1 or self.l2:
            dW, _ = kernel.gradients()
            optimizers.add_penalty_gradient(self.net.weights, dW, self.l1, self.l2)
        self.optimizer.step((self.net.params,), (kernel.grad,))
        self._last_kernel = kernel

    def _shuffle(self) -> None:
        """Reorder the training set once per epoch, so batches are contiguous slices."""
        order = self._rng.permutation(len(self._X_ones))
        self._order_X = np.ascontiguousarray(self._X_ones[order])
        self._order_Y = np.ascontiguousarray(self.Y_train[order])

    def _record_epoch(self) -> None:
        metrics = self.evaluate()
        params_finite = bool(np.isfinite(self.net.params).all())
        if not (math.isfinite(metrics["train_loss"]) and params_finite):
            self._diverge()
            return
        self._last_finite = self.net.copy_parameters()
        self.history["epoch"].append(self.epoch)
        for key in HISTORY_KEYS[1:]:
            self.history[key].append(metrics[key])

    def _diverge(self) -> None:
        """Stop, keeping the weights of the last epoch whose loss and weights were finite."""
        self.net.load_parameters(*self._last_finite)
        self._cursor = 0
        self.epoch = self.history["epoch"][-1] if self.history["epoch"] else 0
        self.stop_reason = Worded(
            QT_TRANSLATE_NOOP("Training", "the loss diverged at epoch {0}"), self.epoch + 1
        )

    # ---------------------------------------------------------------- evaluation
    def evaluate(self) -> dict[str, float]:
        """train_loss, test_loss, train_accuracy, test_accuracy (NaN where not applicable)."""
        ds = self.dataset
        result = {}
        with np.errstate(all="ignore"):
            for split, X, Y, y in (
                ("train", ds.X_train, self.Y_train, ds.y_train),
                ("test", ds.X_test, self.Y_test, ds.y_test),
            ):
                if not len(X):
                    result[f"{split}_loss"] = result[f"{split}_accuracy"] = math.nan
                    continue
                result[f"{split}_loss"] = self.net.loss(X, Y, self.loss)
                predicted = targets.decode(self.net.cache[1][-1], self.net.output_activation)
                result[f"{split}_accuracy"] = (
                    targets.accuracy(predicted, y) if ds.task == "classification" else math.nan
                )
        return result

    def predict_classes(self, X: np.ndarray) -> np.ndarray:
        """Predicted class labels (N,) for X (N, D_in)."""
        return targets.decode(self.net.predict(X), self.net.output_activation)

    def confusion_matrix(self, split: str = "test") -> np.ndarray:
        """(K, K) counts for the "train" or "test" split (rows = true class)."""
        X, y = (
            (self.dataset.X_train, self.dataset.y_train)
            if split == "train"
            else (self.dataset.X_test, self.dataset.y_test)
        )
        return targets.confusion_matrix(self.predict_classes(X), y, self.dataset.n_classes)
