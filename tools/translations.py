"""The Portuguese (Brazil) translation: refresh its source and build what the app loads.

    python tools/translations.py            # update the .ts from the sources, build the .qm
    python tools/translations.py --check    # exit 1 if a source string lacks a finished
                                            # translation (the test suite does the same)
    python tools/translations.py --merge F.json   # take translations from a JSON file
                                            # {"Context": {"source": "translation"}}

`pyside6-lupdate` collects every string marked with tr(), QCoreApplication.translate() or
QT_TRANSLATE_NOOP() in playground/ into translations/playground_pt_BR.ts
(kept in the repository, out of the package; translators edit it, e.g. with
pyside6-linguist), and
`pyside6-lrelease` compiles it into the .qm file shipped with the package.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "playground"
FOLDER = PACKAGE / "resources" / "translations"  # the compiled .qm, shipped
TS = ROOT / "translations" / "playground_pt_BR.ts"  # the source, kept out of the package
QM = FOLDER / "playground_pt_BR.qm"


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) beside this Python."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file of the package, in a stable order."""
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def scan(ts: Path) -> None:
    """Update `ts` with the strings of the sources: new ones unfinished, vanished ones
    dropped, and no source locations (they would change with every edit)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources()))
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{listing.name}",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                "pt_BR",
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        Path(listing.name).unlink()


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the translation, or None where it is missing or unfinished."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            text = (translation.text or "") if translation is not None else ""
            found[(name, message.findtext("source") or "")] = text if done and text else None
    return found


def merge(ts: Path, table: dict[str, dict[str, str]]) -> int:
    """Write the translations of `table` into `ts` as finished; returns how many. A
    translation that drops or adds a {0}-style field is refused (ValueError)."""
    tree = ET.parse(ts)
    merged = 0
    for context in tree.getroot().iter("context"):
        given = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in given:
                continue
            if placeholders(given[source]) != placeholders(source):
                raise ValueError(f"the fields of {source!r} differ in {given[source]!r}")
            translation = message.find("translation")
            translation.text = given[source]
            translation.attrib.pop("type", None)
            merged += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return merged


def missing() -> list[tuple[str, str]]:
    """The (context, source) pairs of the sources without a finished translation: the
    sources are scanned into a copy of the .ts, so the repository is left as it is."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / TS.name
        shutil.copy(TS, copy)
        scan(copy)
        return sorted(key for key, text in messages(copy).items() if text is None)


# str.format fields ({0}, {1!r}, {2:g}) and the %-style ones argparse fills in (%s, %(value)r)
PLACEHOLDER = re.compile(r"\{\d*(?:![rsa])?(?::[^{}]*)?\}|%(?:\(\w+\))?[sdr]")


def placeholders(text: str) -> list[str]:
    """The {0}-style (and %s-style) fields of a text, sorted: a translation must keep the
    same ones."""
    return sorted(PLACEHOLDER.findall(text))


def main(argv: list[str]) -> int:
    if "--check" in argv:
        left = missing()
        for context, source in left:
            print(f"untranslated: [{context}] {source!r}")
        return 1 if left else 0
    scan(TS)
    if "--merge" in argv:
        table = json.loads(Path(argv[argv.index("--merge") + 1]).read_text(encoding="utf-8"))
        print(f"merged {merge(TS, table)} translations")
        scan(TS)  # back in Qt's own layout
    release(TS, QM)
    left = sum(text is None for text in messages(TS).values())
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} strings, {left} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
