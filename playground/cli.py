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
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from playground import building, experiment, shipped, translation
from playground import explain as explanation
from playground.cli_report import Progress, json_reporter, silent, summary, summary_text, train
from playground.cli_words import argparse_words, language_flag
from playground.engine.csv_data import read_columns
from playground.engine.training import Trainer
from playground.engine.wording import QT_TRANSLATE_NOOP, Worded, WordedError
from playground.trained_state import TrainedState, trained_state
from playground.translation import said, translated, with_decimal_point

EXIT_OK = 0
EXIT_INVALID = 2
EXIT_DIVERGED = 3
EXIT_INTERRUPTED = 130
DEFAULT_EPOCHS = 100

EPILOG = QT_TRANSLATE_NOOP(
    "CLI",
    """exit status:
  0  {0}
  2  invalid input: missing or unreadable file, invalid JSON, a field that is not allowed,
     a CSV problem, or bad command-line arguments
  3  the loss diverged (became NaN or infinite); the summary says at which epoch
""",
)


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
        report = json_reporter(out)
    else:
        report = Progress(out, trainer.epoch + epochs) if out.isatty() else silent
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
        train(trainer, args.epochs, silent)
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
    with translation.speaking(language_flag(argv)), argparse_words():
        try:
            args = make_parser().parse_args(argv)
        except SystemExit as stop:  # --help, or a usage error already reported
            return int(stop.code or 0)
        try:
            return args.run(args, sys.stdout)
        except KeyboardInterrupt:
            print("\n" + said(QT_TRANSLATE_NOOP("CLI", "interrupted")), file=sys.stderr)
            return EXIT_INTERRUPTED
