"""`python -m playground`: the window, or a headless subcommand such as `train`."""

from __future__ import annotations

import os
import sys

SUBCOMMANDS = ("train", "explain", "predict")
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread() -> None:
    """Have NumPy's BLAS use one thread (unless the environment says otherwise); call it
    before NumPy is imported. The playground's small matrices gain nothing from more, and
    BLAS threads spinning beside the GUI thread and the X server made training in the
    window four times slower on two CPUs (headless, on a busy machine, too)."""
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")


def main() -> int:
    """Run `playground.cli` for a subcommand, else start the desktop app (whose --help
    lists the window's options and points to the subcommands)."""
    one_blas_thread()
    if len(sys.argv) > 1 and sys.argv[1] in SUBCOMMANDS:
        from playground import cli

        return cli.main(sys.argv[1:])
    from playground.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
