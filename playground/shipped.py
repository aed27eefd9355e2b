"""The files shipped inside the package, under playground/resources/: datasets, example
experiments and icons.

They are read with importlib.resources, so they are found the same way in an editable
checkout, an installed wheel or a bundle, whatever the current folder is.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

EXAMPLES = "experiments"  # the folder of the example experiments
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the app icon's PNGs, in pixels


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. resource("datasets", "iris.csv")."""
    return files("playground").joinpath("resources", *parts)


def example_names() -> tuple[str, ...]:
    """The example experiments by name ('default' is experiments/default.json), sorted."""
    folder = resource(EXAMPLES)
    return tuple(sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".json")))


def example(name: str) -> Traversable:
    """The example experiment `name`, given with or without '.json' (KeyError if none)."""
    stem = name[:-5] if name.endswith(".json") else name
    if stem not in example_names():
        raise KeyError(f"no example experiment {name!r}; examples: {', '.join(example_names())}")
    return resource(EXAMPLES, f"{stem}.json")


def experiment_file(name: str) -> Path | Traversable:
    """The experiment file `name`: the file itself when it exists or `name` has a folder in
    it, else the example experiment of that name, e.g. 'default' or 'default.json'
    (KeyError naming the examples if there is none, its message a Worded text)."""
    path = Path(name)
    if path.exists() or path.parent != Path("."):
        return path
    # Here, not at the top: the engine's package imports this module as it starts.
    from playground.engine.wording import QT_TRANSLATE_NOOP, Worded

    try:
        return example(name)
    except KeyError:
        message = QT_TRANSLATE_NOOP(
            "CLI", "no file {0!r} here and no example of that name; examples: {1}"
        )
        raise KeyError(Worded(message, name, ", ".join(example_names()))) from None


def icon_files() -> tuple[str, ...]:
    """The app icon as PNG file paths, one per size in ICON_SIZES, smallest first (drawn
    from icons/playground.svg by packaging/make_icons.py)."""
    return tuple(str(resource("icons", f"playground-{size}.png")) for size in ICON_SIZES)
