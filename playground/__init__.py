"""Neural Playground: build a neural network, watch it learn, look inside it."""

__version__ = "0.1.0"  # kept equal to the version in pyproject.toml (a test checks)
DISTRIBUTION = "neural-playground"


def version() -> str:
    """The installed distribution's version, else `__version__` (e.g. in a bundle that
    carries no package metadata)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__
