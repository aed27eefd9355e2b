"""Where the files shipped with the app live: `resources/` beside the `playground` package."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("datasets", "iris.csv")."""
    return RESOURCES.joinpath(*parts)
