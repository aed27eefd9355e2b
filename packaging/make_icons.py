"""Generate the app icon files from playground/resources/icons/playground.svg.

Writes playground/resources/icons/playground-{16,...,512}.png (the window icon and the
Linux hicolor icons), packaging/icons/playground.ico (Windows) and
packaging/icons/playground.icns (macOS). Both containers hold PNG images, so nothing but
Qt is needed. Run from the repository root with the project's environment:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's playground package, whatever is installed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from playground.shipped import ICON_SIZES  # noqa: E402

ICONS = ROOT / "playground" / "resources" / "icons"
SVG = ICONS / "playground.svg"
OUT = ROOT / "packaging" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # an .ico entry is at most 256 px
# .icns PNG entries: OSType -> pixel size ("@2x" types are the Retina doubles).
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic11": 32,
    b"icp6": 64,
    b"ic12": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic13": 256,
    b"ic09": 512,
    b"ic14": 512,
    b"ic10": 1024,
}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at size x size pixels on a transparent background, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file: ICONDIR, one 16-byte ICONDIRENTRY per size, then the PNGs."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file: 'icns' + total length, then (type, length, PNG) entries."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    sizes = sorted(set(ICON_SIZES) | set(ICNS_TYPES.values()))
    pngs = {size: render_png(renderer, size) for size in sizes}
    for size in ICON_SIZES:
        (ICONS / f"playground-{size}.png").write_bytes(pngs[size])
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "playground.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "playground.icns").write_bytes(icns(pngs))
    print(
        f"wrote {len(ICON_SIZES)} PNGs in {ICONS.relative_to(ROOT)}, .ico and .icns in "
        f"{OUT.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
