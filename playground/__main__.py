"""`python -m playground`: the window, or a headless subcommand such as `train`."""

from __future__ import annotations

import sys

SUBCOMMANDS = ("train",)


def main() -> int:
    """Run `playground.cli` for a subcommand, else start the desktop app (whose --help
    lists the window's options and points to the subcommands)."""
    if len(sys.argv) > 1 and sys.argv[1] in SUBCOMMANDS:
        from playground import cli

        return cli.main(sys.argv[1:])
    from playground.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
