"""Benchmark: the playground's NumPy engine against PyTorch on the app's typical networks.

    python benchmarks/engine_vs_torch.py [--seconds S]

Prints the machine context, then a Markdown table of training epochs per second (engine,
PyTorch, engine / PyTorch) for five networks, the time to evaluate a 100 x 100
decision-boundary grid, and PASS/MISS for each target. Everything is measured in this run.
Without PyTorch only the engine is measured.

Every engine figure is measured before PyTorch is imported (the app never imports it), the
grid first of all, while the process is as fresh as the app's at start-up.
"""

from __future__ import annotations

import os

# The engine's matrices are tiny, where extra BLAS threads only add overhead: limit
# BLAS/OpenMP to one thread before NumPy (or PyTorch) is imported. Values already set in
# the environment are kept (and reported).
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PRESET_THREAD_VARIABLES = {name: os.environ.get(name) for name in THREAD_VARIABLES}
for _name in THREAD_VARIABLES:
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import functools  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import numpy as np  # noqa: E402

from playground.engine import Network, Trainer, datasets  # noqa: E402
from playground.engine.datasets import Dataset  # noqa: E402

# The torch module, set by import_torch() once the engine's figures are measured; None
# before that and when PyTorch is not installed.
torch = None

TORCH_INSTALL_HINT = "PyTorch not installed (pip install torch==2.13.0)"
SEED = 0
HIDDEN_ACTIVATION = "tanh"
WARMUP_FRACTION = 0.1  # warm up for this fraction of --seconds before timing
GRID_POINTS_PER_SIDE = 100
GRID_TARGET_MS = 3.0
START_LOSS_RTOL = 1e-4  # float32 (PyTorch) against float64 (engine)

# Output activation -> (engine loss, PyTorch loss class name). The PyTorch model ends with
# the last Linear layer; these losses apply the sigmoid / softmax, so the maths is the same.
LOSSES = {"sigmoid": ("bce", "BCEWithLogitsLoss"), "softmax": ("cross_entropy", "CrossEntropyLoss")}


# --------------------------------------------------------------------------- cases
@dataclass(frozen=True)
class Case:
    """One training benchmark: data, layer sizes, output activation and SGD settings.

    Hidden layers use HIDDEN_ACTIVATION. batch_size None means full batch. min_rate
    (engine epochs/s) and min_ratio (engine / PyTorch) are targets, None for none.
    """

    title: str
    dataset: str
    sizes: tuple[int, ...]
    output: str
    batch_size: int | None
    lr: float = 0.03
    min_rate: float | None = None
    min_ratio: float | None = None

    @property
    def activations(self) -> list[str]:
        """One activation name per layer."""
        return [HIDDEN_ACTIVATION] * (len(self.sizes) - 2) + [self.output]


CASES = (
    Case(
        "1. circle 2→4→2→1, batch 10 (default)",
        "circle",
        (2, 4, 2, 1),
        "sigmoid",
        10,
        min_rate=1000.0,
        min_ratio=10.0,
    ),
    Case("2. circle 2→4→2→1, full batch (250)", "circle", (2, 4, 2, 1), "sigmoid", None),
    Case("3. circle 2→8×6→1, batch 10", "circle", (2, *[8] * 6, 1), "sigmoid", 10),
    Case("4. iris 4→16→3 softmax, batch 10", "iris", (4, 16, 3), "softmax", 10),
    Case("5. digits 64→32→10 softmax, batch 32", "digits", (64, 32, 10), "softmax", 32),
)
GRID_CASE = CASES[2]  # the network the decision-boundary grid goes through


@functools.cache
def load_dataset(name: str) -> Dataset:
    """The benchmark's data: circle (500 points, half for training, features x1, x2), or
    iris / digits standardized with the training mean and std."""
    if name == "circle":
        circle = datasets.make("circle", n=500, test_ratio=0.5, seed=SEED)
        return datasets.with_features(circle, ("x1", "x2"))
    return datasets.standardize(datasets.make(name))


def batch_size(case: Case, ds: Dataset) -> int:
    """The case's batch size, the whole training set for full batch."""
    return case.batch_size or len(ds.X_train)


def engine_network(case: Case) -> Network:
    """The case's network, Xavier-initialised with SEED (PyTorch copies these weights)."""
    return Network(case.sizes, activations=case.activations, init="xavier", seed=SEED)


def decision_grid(points_per_side: int = GRID_POINTS_PER_SIDE) -> np.ndarray:
    """(points_per_side², 2) float32 points evenly covering the 2-D datasets' domain."""
    axis = np.linspace(*datasets.DOMAIN, points_per_side)
    x1, x2 = np.meshgrid(axis, axis)
    return np.column_stack([x1.ravel(), x2.ravel()]).astype(np.float32)


# ---------------------------------------------------------------------------- timing
@dataclass(frozen=True)
class Timing:
    """Seconds taken by each timed call (after the warm-up), back to back."""

    durations: tuple[float, ...]

    @property
    def per_second(self) -> float:
        """Calls per second: calls / elapsed."""
        return len(self.durations) / sum(self.durations)

    @property
    def median_ms(self) -> float:
        """The median call, in milliseconds."""
        return 1e3 * statistics.median(self.durations)


def measure(run_one: Callable[[], object], seconds: float) -> Timing:
    """Call `run_one` for WARMUP_FRACTION * seconds untimed, then for `seconds` timed.

    Each call is timed from the end of the previous one, so the durations add up to the
    elapsed time. At least one call is timed.
    """
    _call_for(run_one, WARMUP_FRACTION * seconds)
    durations = []
    start = now = time.perf_counter()
    while not durations or now - start < seconds:
        run_one()
        previous, now = now, time.perf_counter()
        durations.append(now - previous)
    return Timing(tuple(durations))


def _call_for(run_one: Callable[[], object], seconds: float) -> None:
    """Call `run_one` repeatedly for about `seconds` (at least once)."""
    end = time.perf_counter() + seconds
    run_one()
    while time.perf_counter() < end:
        run_one()


# ---------------------------------------------------------------------------- engine
def engine_trainer(case: Case, ds: Dataset) -> Trainer:
    """The engine's Trainer for the case: SGD, the output's loss, seeded shuffling."""
    return Trainer(
        engine_network(case),
        ds,
        loss=LOSSES[case.output][0],
        optimizer="sgd",
        lr=case.lr,
        batch_size=batch_size(case, ds),
        seed=SEED,
    )


def engine_epoch(trainer: Trainer) -> Callable[[], None]:
    """One `run_epochs(1)` per call (training plus the Trainer's per-epoch evaluation)."""

    def run_one_epoch() -> None:
        if trainer.run_epochs(1) != 1:
            raise RuntimeError(f"the engine stopped training: {trainer.stop_reason}")

    return run_one_epoch


def engine_epochs_per_second(case: Case, seconds: float) -> float:
    """The engine's epochs per second on the case."""
    trainer = engine_trainer(case, load_dataset(case.dataset))
    return measure(engine_epoch(trainer), seconds).per_second


def engine_grid_ms(seconds: float) -> float:
    """Median ms of `predict(grid, dtype=np.float32)` through GRID_CASE's network."""
    net, grid = engine_network(GRID_CASE), decision_grid()
    return measure(lambda: net.predict(grid, dtype=np.float32), seconds).median_ms


# --------------------------------------------------------------------------- PyTorch
def import_torch() -> bool:
    """Import PyTorch into `torch`, limited to one thread and seeded; False if missing."""
    global torch
    try:
        import torch
    except ImportError:
        return False
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    return True


def tensor(a: np.ndarray) -> torch.Tensor:
    """A NumPy array as a tensor of its own (Dataset arrays are read-only, which
    torch.from_numpy warns about, so they are copied first)."""
    return torch.from_numpy(np.array(a))


def torch_model(net: Network) -> torch.nn.Sequential:
    """nn.Sequential of Linear + Tanh layers holding `net`'s weights, in float32.

    It ends with the last Linear: the sigmoid or softmax is left to the loss (or the caller).
    """
    nn = torch.nn
    layers = []
    for w, b in zip(net.weights, net.biases):
        linear = nn.Linear(*w.shape)
        with torch.no_grad():
            linear.weight.copy_(tensor(w.T))
            linear.bias.copy_(tensor(b))
        layers += [linear, nn.Tanh()]
    return nn.Sequential(*layers[:-1])


class TorchTraining:
    """A plain PyTorch SGD loop on the case's training data, one epoch per call."""

    def __init__(self, case: Case, ds: Dataset):
        self.model = torch_model(engine_network(case))
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=case.lr)
        self.loss_fn = getattr(torch.nn, LOSSES[case.output][1])()
        self.X = tensor(ds.X_train).float()
        labels = tensor(ds.y_train)
        self.Y = labels.float().reshape(-1, 1) if case.output == "sigmoid" else labels
        self.batch_size = batch_size(case, ds)

    def run_one_epoch(self) -> None:
        """Shuffle, then one SGD step per mini-batch."""
        n, bs = len(self.X), self.batch_size
        perm = torch.randperm(n)
        for i in range(0, n, bs):
            idx = perm[i : i + bs]
            self.optimizer.zero_grad()
            loss = self.loss_fn(self.model(self.X[idx]), self.Y[idx])
            loss.backward()
            self.optimizer.step()

    def loss(self) -> float:
        """The loss on the whole training set."""
        with torch.no_grad():
            return self.loss_fn(self.model(self.X), self.Y).item()


def check_same_start(case: Case, ds: Dataset, training: TorchTraining) -> None:
    """Raise unless both sides start from the same training loss (same weights and maths)."""
    engine_loss = engine_trainer(case, ds).history["train_loss"][0]
    torch_loss = training.loss()
    if not np.isclose(engine_loss, torch_loss, rtol=START_LOSS_RTOL, atol=0.0):
        raise RuntimeError(
            f"{case.title}: initial training loss differs: engine {engine_loss:.6g}, "
            f"PyTorch {torch_loss:.6g}"
        )


def torch_epochs_per_second(case: Case, seconds: float) -> float:
    """PyTorch's epochs per second on the case, after checking both start alike."""
    ds = load_dataset(case.dataset)
    training = TorchTraining(case, ds)
    check_same_start(case, ds, training)
    return measure(training.run_one_epoch, seconds).per_second


def torch_grid_ms(seconds: float) -> float:
    """Median ms of sigmoid(model(grid)) under torch.no_grad(), float32."""
    model, grid = torch_model(engine_network(GRID_CASE)), tensor(decision_grid())

    def predict() -> object:
        with torch.no_grad():
            return torch.sigmoid(model(grid))

    return measure(predict, seconds).median_ms


# ------------------------------------------------------------------------- measuring
@dataclass(frozen=True)
class Result:
    """One row of figures: engine and PyTorch (None without PyTorch) in the row's unit.

    `is_rate`: the unit is per second (higher is faster), else a time (lower is faster).
    """

    engine: float
    torch: float | None
    is_rate: bool = True

    @property
    def speed_ratio(self) -> float | None:
        """How many times faster the engine is than PyTorch; None without PyTorch."""
        if self.torch is None:
            return None
        return self.engine / self.torch if self.is_rate else self.torch / self.engine


@dataclass(frozen=True)
class Measurements:
    """Every figure of one run; `engine_grid_last_ms` is the engine's grid measured again
    after everything else, to show how much the process's state moves it. `load` is the
    1-minute load average before and after (None where the OS has none)."""

    cases: list[tuple[Case, Result]]
    grid: Result
    engine_grid_last_ms: float
    load: tuple[float, float] | None = None


def load_average() -> float | None:
    """The 1-minute load average, None where the OS does not report one."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def progress(what: str) -> None:
    """Say on stderr what is being measured (stdout keeps only the report)."""
    print(f"measuring {what} ...", file=sys.stderr, flush=True)


def measure_all(seconds: float) -> Measurements:
    """The engine's figures (grid first), then PyTorch's if it can be imported."""
    load_before = load_average()
    progress("the engine's decision grid")
    grid_ms = engine_grid_ms(seconds)
    rates = []
    for case in CASES:
        progress(f"the engine on {case.title}")
        rates.append(engine_epochs_per_second(case, seconds))
    torch_rates, torch_ms = [None] * len(CASES), None
    if import_torch():
        for i, case in enumerate(CASES):
            progress(f"PyTorch on {case.title}")
            torch_rates[i] = torch_epochs_per_second(case, seconds)
        progress("PyTorch's decision grid")
        torch_ms = torch_grid_ms(seconds)
    progress("the engine's decision grid again")
    grid_last_ms = engine_grid_ms(seconds)
    load_after = load_average()
    return Measurements(
        cases=[(c, Result(e, t)) for c, e, t in zip(CASES, rates, torch_rates)],
        grid=Result(grid_ms, torch_ms, is_rate=False),
        engine_grid_last_ms=grid_last_ms,
        load=None if load_before is None else (load_before, load_after),
    )


# -------------------------------------------------------------------------- printing
def verdict(met: bool) -> str:
    """PASS or MISS."""
    return "PASS" if met else "MISS"


def case_targets(case: Case, result: Result) -> str:
    """The case's targets with PASS/MISS, '' when it has none."""
    parts = []
    if case.min_rate is not None:
        parts.append(f"≥ {case.min_rate:,.0f} epochs/s: {verdict(result.engine >= case.min_rate)}")
    if case.min_ratio is not None:
        ratio = result.speed_ratio
        met = "n/a" if ratio is None else verdict(ratio >= case.min_ratio)
        parts.append(f"≥ {case.min_ratio:g}× PyTorch: {met}")
    return "; ".join(parts)


def figures(result: Result, fmt: str) -> list[str]:
    """Engine, [PyTorch, speed ratio] cells; the PyTorch ones only with PyTorch."""
    if result.torch is None:
        return [format(result.engine, fmt)]
    return [format(result.engine, fmt), format(result.torch, fmt), f"{result.speed_ratio:.2f}×"]


def training_table(results: Sequence[tuple[Case, Result]], with_torch: bool) -> str:
    """The epochs-per-second table, in Markdown."""
    headers = ["Case", "Engine epochs/s"]
    if with_torch:
        headers += ["PyTorch epochs/s", "Engine / PyTorch"]
    rows = [
        [case.title, *figures(result, ",.0f"), case_targets(case, result)]
        for case, result in results
    ]
    return markdown_table([*headers, "Target"], rows)


def grid_table(result: Result, with_torch: bool) -> str:
    """The decision-grid table, in Markdown (speed ratio = PyTorch ms / engine ms)."""
    headers = ["Decision grid (median)", "Engine ms"]
    if with_torch:
        headers += ["PyTorch ms", "Engine / PyTorch (speed)"]
    title = f"{GRID_POINTS_PER_SIDE}×{GRID_POINTS_PER_SIDE} points through 2→8×6→1, float32"
    target = f"≤ {GRID_TARGET_MS:g} ms: {verdict(result.engine <= GRID_TARGET_MS)}"
    return markdown_table([*headers, "Target"], [[title, *figures(result, ".2f"), target]])


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table with padded columns; the first and last left-aligned, others right."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    last = len(widths) - 1

    def line(cells: Sequence[str]) -> str:
        padded = [
            cell.ljust(w) if j in (0, last) else cell.rjust(w)
            for j, (cell, w) in enumerate(zip(cells, widths))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = ["-" * w if j in (0, last) else "-" * (w - 1) + ":" for j, w in enumerate(widths)]
    return "\n".join([line(headers), line(rule), *(line(row) for row in rows)])


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what `platform` knows."""
    try:
        with open("/proc/cpuinfo") as info:
            for text in info:
                if text.startswith("model name"):
                    return text.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def blas_name() -> str:
    """NumPy's BLAS library and version, as NumPy reports it."""
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{blas['name']} {blas['version']}"
    except (KeyError, TypeError, ValueError):
        return "unknown"


def thread_settings() -> str:
    """The BLAS/OpenMP thread variables and who set them."""
    return ", ".join(
        f"{name}={os.environ[name]}"
        + (" (set by this script)" if PRESET_THREAD_VARIABLES[name] is None else " (from env)")
        for name in THREAD_VARIABLES
    )


def context_lines(seconds: float, load: tuple[float, float] | None) -> list[str]:
    """The machine and settings the figures were measured with, as Markdown bullets."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    lines = [
        f"- Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.machine()}",
        f"- CPU: {cpu_model()}; os.cpu_count() = {os.cpu_count()}, usable by this process: "
        f"{usable}",
        f"- NumPy {np.__version__} (BLAS: {blas_name()}); {thread_settings()}",
    ]
    if torch is None:
        lines.append("- PyTorch: not installed")
    else:
        lines.append(
            f"- PyTorch {torch.__version__}; torch.set_num_threads(1) "
            f"(threads now: {torch.get_num_threads()}); default dtype {torch.get_default_dtype()}"
        )
    lines.append(
        f"- Timing: warm-up {WARMUP_FRACTION * seconds:g} s, then {seconds:g} s per figure; "
        "epochs/s = epochs / elapsed; grid = median of the timed calls"
    )
    if load is not None:
        lines.append(
            f"- 1-minute load average: {load[0]:.2f} before, {load[1]:.2f} after (it lags; "
            "this run accounts for up to 1, more means other work competed for the CPUs)"
        )
    return lines


NOTES = """\
Notes:
- The engine trains in float64; PyTorch in its default float32. The grid is float32 on both.
- Engine epochs/s time `Trainer.run_epochs(1)`, which after every epoch also evaluates loss
  and accuracy on the training and test sets (plus a finite-weights check and a copy of the
  weights for its divergence guard). The PyTorch loop only trains, so the engine does more
  work per epoch.
- Same data (the engine's arrays), same initial weights (copied into nn.Linear; the initial
  training losses are checked to agree), same learning rate (SGD 0.03) and batch sizes.
  PyTorch: nn.Sequential of Linear + Tanh, BCEWithLogitsLoss / CrossEntropyLoss, randperm
  shuffling, zero_grad / backward / step per mini-batch. Grid in PyTorch: torch.no_grad(),
  sigmoid of the model's output.
- Order: the engine's grid first (in a fresh process, as at the app's start), then the
  engine's training cases, then PyTorch (imported only then), then the engine's grid again.
- Engine / PyTorch > 1 means the engine is faster."""


def grid_again_line(measurements: Measurements) -> str:
    """The engine's grid time measured last, next to the first one."""
    after = "all the training and PyTorch's import" if torch else "all the training"
    return (
        f"Engine grid measured again at the end, after {after}: "
        f"{measurements.engine_grid_last_ms:.2f} ms (first: {measurements.grid.engine:.2f} ms; "
        "the target is judged on the first)."
    )


def report(seconds: float, measurements: Measurements) -> str:
    """The whole printed report."""
    with_torch = torch is not None
    parts = [
        "## Engine vs PyTorch",
        "\n".join(context_lines(seconds, measurements.load)),
        training_table(measurements.cases, with_torch),
        grid_table(measurements.grid, with_torch),
        grid_again_line(measurements),
        NOTES,
    ]
    if not with_torch:
        parts.insert(1, TORCH_INSTALL_HINT)
    return "\n\n".join(parts)


# ------------------------------------------------------------------------------ main
def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """--seconds, which must be positive."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=2.0, help="timed seconds per figure (default 2)"
    )
    args = parser.parse_args(argv)
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Measure everything, then print the report."""
    seconds = parse_args(argv).seconds
    print(report(seconds, measure_all(seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
