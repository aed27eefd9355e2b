"""The headless command line: `python -m playground train EXPERIMENT.json` (a file, or the
name of a shipped example such as `default`), `explain EXPERIMENT.json --sample I` and
`predict EXPERIMENT.json DATA.csv`.

`train` trains an experiment file without a window, printing a live progress line on a
terminal, or one JSON object per epoch with --json, then a summary. `explain` writes out
backpropagation for one training row (see `playground.explain`). `train --save OUT.json`
writes the experiment with its trained weights and history; `train`, `explain` and `predict`
of such a file start from them. `predict` prints the network's outputs for a CSV's rows.

Everything a person reads is in the language of `--lang`, else the one chosen in the window,
else the system's (`playground.translation`): the help, argparse's own words, the errors, the
progress line, the summary and explain's text, numbers with the language's decimal
separator. The JSON output stays as it is in every language.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from playground import building, experiment, shipped, translation
from playground import explain as explanation
from playground.engine.csv_data import read_columns
from playground.engine.training import HISTORY_KEYS, Trainer
from playground.engine.wording import QT_TRANSLATE_NOOP, Worded, WordedError
from playground.trained_state import TrainedState, trained_state
from playground.translation import said, translated, with_decimal_point

EXIT_OK = 0
EXIT_INVALID = 2
EXIT_DIVERGED = 3
EXIT_INTERRUPTED = 130
DEFAULT_EPOCHS = 100
PROGRESS_INTERVAL = 0.1  # seconds between progress-line updates (about 10 per second)

EPILOG = QT_TRANSLATE_NOOP(
    "CLI",
    """exit status:
  0  {0}
  2  invalid input: missing or unreadable file, invalid JSON, a field that is not allowed,
     a CSV problem, or bad command-line arguments
  3  the loss diverged (became NaN or infinite); the summary says at which epoch
""",
)
# argparse's own words: it asks its module's `_` (gettext) for each; `_argparse_words`
# answers in the user's language while the command line is read.
ARGPARSE_WORDS = {
    word: word
    for word in (
        QT_TRANSLATE_NOOP("CLI", "usage: "),
        QT_TRANSLATE_NOOP("CLI", "positional arguments"),
        QT_TRANSLATE_NOOP("CLI", "options"),
        QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CLI", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CLI", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CLI", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CLI", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("CLI", "expected one argument"),
        QT_TRANSLATE_NOOP("CLI", "ambiguous option: %(option)s could match %(matches)s"),
    )
}


@contextlib.contextmanager
def _argparse_words() -> Iterator[None]:
    """argparse's own words (usage, headings, its errors) in the installed language."""
    own = getattr(argparse, "_", None)
    argparse._ = lambda text: translated(ARGPARSE_WORDS.get(text, text))
    try:
        yield
    finally:
        argparse._ = own


def language_flag(argv: Sequence[str]) -> str | None:
    """The language given by --lang (as `--lang X` or `--lang=X`) in `argv`, if it is one of
    translation.LANGUAGES: it is known before the parser is built, so that its help is in
    that language (a wrong value is argparse's to report)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in translation.LANGUAGES else None
    return None


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, `error: ...`, with exit status 2."""

    def error(self, message: str) -> None:
        line = Worded(QT_TRANSLATE_NOOP("CLI", "error: {0} (see {1} --help)"), message, self.prog)
        self.exit(EXIT_INVALID, said(line) + "\n")


def _positive_int(text: str) -> int:
    """argparse type: an integer >= 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        wrong = Worded(QT_TRANSLATE_NOOP("CLI", "must be an integer >= 1, got {0!r}"), text)
        raise argparse.ArgumentTypeError(said(wrong))
    return value


def _add_language(parser: argparse.ArgumentParser) -> None:
    """The --lang option of a subcommand (read early by `language_flag`)."""
    parser.add_argument(
        "--lang",
        choices=tuple(translation.LANGUAGES),
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the language of the messages: en or pt_BR (default: the one chosen in the "
                "window, else the system's)",
            )
        ),
    )


def make_parser() -> argparse.ArgumentParser:
    """The `playground` parser with its `train` subcommand."""
    trained = Worded(EPILOG, QT_TRANSLATE_NOOP("CLI", "training finished"))
    parser = _Parser(
        prog="playground",
        description=said(QT_TRANSLATE_NOOP("CLI", "Neural Playground without a window.")),
        epilog=said(trained),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    train = commands.add_parser(
        "train",
        help=said(QT_TRANSLATE_NOOP("CLI", "train an experiment file and print its losses")),
        description=said(
            QT_TRANSLATE_NOOP(
                "CLI", "Train the experiment described by a JSON file and print a summary."
            )
        ),
        epilog=said(trained),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    train.set_defaults(run=run_train)
    train_help = said(
        Worded(
            QT_TRANSLATE_NOOP("CLI", "an experiment file, or the name of an example: {0}"),
            ", ".join(shipped.example_names()),
        )
    )
    train.add_argument("experiment", metavar="EXPERIMENT.json", help=train_help)
    train.add_argument(
        "--epochs",
        type=_positive_int,
        metavar="N",
        help=said(
            Worded(
                QT_TRANSLATE_NOOP(
                    "CLI", "epochs to train (default: the file's training.epochs, else {0})"
                ),
                DEFAULT_EPOCHS,
            )
        ),
    )
    train.add_argument(
        "--json",
        action="store_true",
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI", "print one JSON object per epoch, then {'summary': {...}}; nothing else"
            )
        ),
    )
    train.add_argument(
        "--save",
        metavar="OUT.json",
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI",
                "then write the experiment with its trained weights and history to OUT.json "
                "(training it again continues from them)",
            )
        ),
    )
    _add_language(train)
    explain = commands.add_parser(
        "explain",
        help=said(
            QT_TRANSLATE_NOOP(
                "CLI", "write out backpropagation for one training row, with the numbers"
            )
        ),
        description=said(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Backpropagation for one training row of an experiment, step by step: the "
                "forward pass, the loss, the backward pass (with each hidden neuron's sum over "
                "its paths) and the update, as plain text or JSON.",
            )
        ),
        epilog=said(Worded(EPILOG, QT_TRANSLATE_NOOP("CLI", "written out"))),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.set_defaults(run=run_explain)
    explain.add_argument("experiment", metavar="EXPERIMENT.json", help=train_help)
    explain.add_argument(
        "--sample",
        type=int,
        default=0,
        metavar="I",
        help=said(QT_TRANSLATE_NOOP("CLI", "the training row, from 0 (default 0)")),
    )
    explain.add_argument(
        "--epochs",
        type=int,
        default=0,
        metavar="N",
        help=said(
            QT_TRANSLATE_NOOP("CLI", "train N epochs first (default 0: the starting weights)")
        ),
    )
    explain.add_argument(
        "--json",
        action="store_true",
        help=said(QT_TRANSLATE_NOOP("CLI", "print the records of every layer as one JSON object")),
    )
    _add_language(explain)
    predict = commands.add_parser(
        "predict",
        help=said(QT_TRANSLATE_NOOP("CLI", "print a trained network's outputs for rows of a CSV")),
        description=said(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Read the data set's input columns (by header name) from DATA.csv, transform "
                "them as training does, and print the network's outputs as CSV: one column per "
                "output (p_CLASS for class probabilities, y for a regression), one row per row.",
            )
        ),
    )
    predict.set_defaults(run=run_predict)
    predict.add_argument("experiment", metavar="EXPERIMENT.json", help=train_help)
    predict.add_argument(
        "data",
        metavar="DATA.csv",
        help=said(QT_TRANSLATE_NOOP("CLI", "a CSV file with a header naming the input columns")),
    )
    _add_language(predict)
    return parser


# ------------------------------------------------------------------ formatting
def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _latest(trainer: Trainer) -> dict[str, float | None]:
    """The last recorded history row, NaN as None (all None if even epoch 0 diverged)."""
    history = trainer.history
    if not history["epoch"]:
        return {"epoch": 0} | dict.fromkeys(HISTORY_KEYS[1:])
    row = {key: _finite_or_none(float(history[key][-1])) for key in HISTORY_KEYS[1:]}
    return {"epoch": int(history["epoch"][-1])} | row


def _percent(value: float | None) -> str:
    return "-" if value is None else with_decimal_point(f"{100 * value:.1f}%")


def _number(value: float | None) -> str:
    return "-" if value is None else with_decimal_point(explanation.number(value))


def progress_line(row: dict[str, float | None], epochs: int) -> str:
    """'epoch 120/500  train loss 0.1234  test loss 0.1301  acc 97.2%' (acc = test accuracy),
    in the installed language."""
    line = said(
        Worded(
            QT_TRANSLATE_NOOP("CLI", "epoch {0}/{1}  train loss {2}  test loss {3}"),
            row["epoch"],
            epochs,
            _number(row["train_loss"]),
            _number(row["test_loss"]),
        )
    )
    accuracy = row["test_accuracy"] if row["test_accuracy"] is not None else row["train_accuracy"]
    if accuracy is None:
        return line
    return said(Worded(QT_TRANSLATE_NOOP("CLI", "{0}  acc {1}"), line, _percent(accuracy)))


def summary(trainer: Trainer, elapsed: float) -> dict:
    """Final numbers of a run: epochs, losses, accuracies, parameters, stop reason, seconds."""
    row = _latest(trainer)
    return {
        "dataset": trainer.dataset.name,
        "epochs": row.pop("epoch"),
        **row,
        "parameters": trainer.net.n_params,
        "stop_reason": trainer.stop_reason,
        "elapsed_seconds": round(elapsed, 3),
    }


SUMMARY_WIDTH = 16  # the labels of the summary take at least this many characters


def summary_text(result: dict) -> str:
    """The summary as aligned `label  value` lines for people, in the installed language."""
    lines = [
        (QT_TRANSLATE_NOOP("CLI", "dataset"), result["dataset"]),
        (QT_TRANSLATE_NOOP("CLI", "epochs"), str(result["epochs"])),
        (QT_TRANSLATE_NOOP("CLI", "train loss"), _number(result["train_loss"])),
        (QT_TRANSLATE_NOOP("CLI", "test loss"), _number(result["test_loss"])),
    ]
    if result["train_accuracy"] is not None:
        lines += [
            (QT_TRANSLATE_NOOP("CLI", "train accuracy"), _percent(result["train_accuracy"])),
            (QT_TRANSLATE_NOOP("CLI", "test accuracy"), _percent(result["test_accuracy"])),
        ]
    elapsed = with_decimal_point(f"{result['elapsed_seconds']:.2f} s")
    lines += [
        (QT_TRANSLATE_NOOP("CLI", "parameters"), str(result["parameters"])),
        (QT_TRANSLATE_NOOP("CLI", "elapsed"), elapsed),
    ]
    if result["stop_reason"]:
        lines.append((QT_TRANSLATE_NOOP("CLI", "stopped"), said(result["stop_reason"])))
    labels = [said(label) for label, _ in lines]
    width = max(SUMMARY_WIDTH, *(len(label) + 2 for label in labels))
    return "\n".join(f"{label:<{width}}{value}" for label, (_, value) in zip(labels, lines))


# ------------------------------------------------------------------ reporters
class _Progress:
    """A '\\r'-updated progress line on a terminal, at most one update per interval."""

    def __init__(self, out: TextIO, epochs: int):
        self.out = out
        self.epochs = epochs
        self.last = -math.inf
        self.width = 0

    def __call__(self, trainer: Trainer, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < PROGRESS_INTERVAL:
            return
        self.last = now
        line = progress_line(_latest(trainer), self.epochs)
        self.out.write("\r" + line.ljust(self.width) + ("\n" if final else ""))
        self.out.flush()
        self.width = len(line)


def _json_reporter(out: TextIO) -> Callable[..., None]:
    """One JSON object per epoch; nothing at the end (the summary follows)."""

    def report(trainer: Trainer, final: bool = False) -> None:
        if not final:
            print(json.dumps(_latest(trainer), allow_nan=False), file=out, flush=True)

    return report


def _silent(trainer: Trainer, final: bool = False) -> None:
    """No progress output (stdout is not a terminal)."""


# ------------------------------------------------------------------ the command
def train(trainer: Trainer, epochs: int, report: Callable[..., None]) -> float:
    """Run up to `epochs` epochs one at a time, reporting after each; returns seconds taken."""
    start = time.perf_counter()
    for _ in range(epochs):
        if not trainer.run_epochs(1):
            break
        report(trainer)
    report(trainer, final=True)
    return time.perf_counter() - start


def load_experiment(name: str) -> tuple[experiment.Experiment, Path]:
    """The experiment file `name`, a path or an example's name such as 'default', and the
    folder its relative CSV paths are read from; ExperimentError if it cannot be read."""
    exp, base_dir, _ = load_with_state(name)
    return exp, base_dir


def load_with_state(
    name: str,
) -> tuple[experiment.Experiment, Path, TrainedState | None]:
    """`load_experiment` with the file's trained state (None if it has none)."""
    try:
        path = shipped.experiment_file(name)
    except KeyError as error:
        raise experiment.ExperimentError("{0}", error.args[0]) from None
    exp, state = experiment.load_with_state(path)
    return exp, Path(path).parent, state


def _load(name: str) -> tuple[experiment.Experiment, Trainer]:
    """The experiment file and a trainer built from it (relative CSV paths from its folder),
    continuing from its trained state if it has one."""
    exp, base_dir, state = load_with_state(name)
    return exp, building.build(exp, base_dir=base_dir, state=state)


def run_train(args: argparse.Namespace, out: TextIO) -> int:
    """The `train` subcommand; returns the exit status."""
    try:
        exp, trainer = _load(args.experiment)
    except experiment.ExperimentError as error:
        print(error_line(error), file=sys.stderr)
        return EXIT_INVALID
    epochs = args.epochs or exp.training.epochs or DEFAULT_EPOCHS
    if args.json:
        report = _json_reporter(out)
    else:
        report = _Progress(out, trainer.epoch + epochs) if out.isatty() else _silent
    result = summary(trainer, train(trainer, epochs, report))
    if args.json:
        print(json.dumps({"summary": result}, allow_nan=False), file=out)
    else:
        print(summary_text(result), file=out)
    if args.save:
        try:
            experiment.save(exp, args.save, trained_state(trainer))
        except experiment.ExperimentError as error:
            print(error_line(error), file=sys.stderr)
            return EXIT_INVALID
    return EXIT_DIVERGED if trainer.diverged else EXIT_OK


def run_explain(args: argparse.Namespace, out: TextIO) -> int:
    """The `explain` subcommand; returns the exit status."""
    try:
        exp, trainer = _load(args.experiment)
        if trainer.rule != "backprop":
            raise WordedError(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "this experiment trains with the {0} rule; explain writes out "
                    "backpropagation (choose the rule backprop)",
                ),
                trainer.rule,
            )
        if args.epochs < 0:
            raise WordedError(
                QT_TRANSLATE_NOOP("CLI", "--epochs must be 0 or more, got {0}"), args.epochs
            )
        train(trainer, args.epochs, _silent)
        result = explanation.rows_trace(trainer, args.sample).trace
    except (experiment.ExperimentError, ValueError) as error:
        print(error_line(error), file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        records = explanation.explain_records(result, args.sample, trainer.lr)
        print(json.dumps(records), file=out)
    else:
        names, target = trainer.dataset.feature_names, trainer.Y_train[args.sample]
        text = explanation.explain_text(
            result,
            args.sample,
            trainer.lr,
            names,
            target,
            trainer.loss.name,
            say=translated,
            point=with_decimal_point("."),
        )
        print(text, file=out)
    return EXIT_OK


def output_names(trainer: Trainer) -> list[str]:
    """The CSV header of predict: p_CLASS per class probability (one sigmoid output: the
    probability of the second class), else y (y1, y2, ... for several outputs)."""
    ds, width = trainer.dataset, trainer.net.sizes[-1]
    names = list(ds.class_names) or [str(k) for k in range(ds.n_classes)]
    if ds.task == "classification" and width == len(names) and width > 1:
        return [f"p_{name}" for name in names]
    if ds.task == "classification" and width == 1 and trainer.net.output_activation == "sigmoid":
        return [f"p_{names[1]}"]
    return ["y"] if width == 1 else [f"y{k + 1}" for k in range(width)]


def run_predict(args: argparse.Namespace, out: TextIO) -> int:
    """The `predict` subcommand; returns the exit status."""
    try:
        exp, base_dir, state = load_with_state(args.experiment)
        raw = building.raw_dataset(exp, base_dir)
        trainer = building.build(exp, base_dir, raw, state)
        try:
            X = read_columns(args.data, raw.feature_names)
        except OSError as error:
            raise WordedError(
                QT_TRANSLATE_NOOP("CLI", "cannot read {0}: {1}"), args.data, error.strerror
            ) from None
        outputs = trainer.net.predict(building.network_inputs(exp, raw, X))
    except (experiment.ExperimentError, ValueError) as error:
        print(error_line(error), file=sys.stderr)
        return EXIT_INVALID
    if state is None:
        untrained = QT_TRANSLATE_NOOP(
            "CLI",
            "note: {0} has no trained weights; these are the outputs of the seed's starting "
            "weights (train it with --save first)",
        )
        print(said(Worded(untrained, args.experiment)), file=sys.stderr)
    print(",".join(output_names(trainer)), file=out)
    for row in outputs:
        print(",".join(repr(float(value)) for value in row), file=out)
    return EXIT_OK


def error_line(error: Exception) -> str:
    """'error: ...' for `error` in the installed language."""
    return said(Worded(QT_TRANSLATE_NOOP("CLI", "error: {0}"), error))


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line (sys.argv[1:] by default) and run it, in the language of
    --lang (else the remembered one, else the system's); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    with translation.speaking(language_flag(argv)), _argparse_words():
        try:
            args = make_parser().parse_args(argv)
        except SystemExit as stop:  # --help, or a usage error already reported
            return int(stop.code or 0)
        try:
            return args.run(args, sys.stdout)
        except KeyboardInterrupt:
            print("\n" + said(QT_TRANSLATE_NOOP("CLI", "interrupted")), file=sys.stderr)
            return EXIT_INTERRUPTED
