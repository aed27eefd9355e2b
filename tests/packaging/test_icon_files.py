"""The generated icon files: PNGs of every size, the Windows .ico and the macOS .icns
(made from the SVG by packaging/make_icons.py), read back here with their headers parsed."""

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from playground import shipped

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "playground" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk, which always comes first."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_each_png_has_its_size_and_the_drawing(size):
    path = ICONS / f"playground-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)
    image = QImage(str(path))
    pixels = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
    opaque = [c for c in pixels if c.alpha() > 200]
    blue = [c for c in opaque if c.blue() > c.red() + 60]  # positive edges, output node
    orange = [c for c in opaque if c.red() > c.blue() + 60]  # negative edges
    dark = [c for c in opaque if c.lightness() < 80]  # the nodes
    assert len(opaque) > size * size // 2
    assert blue and orange and dark
    assert image.pixelColor(0, 0).alpha() < 255  # rounded corners: no square tile


def test_the_app_reads_every_size_in_order():
    files = shipped.icon_files()
    assert [png_size(Path(f).read_bytes()) for f in files] == [(s, s) for s in SIZES]
    assert shipped.resource("icons", "playground.svg").is_file()


def test_the_ico_lists_sizes_16_to_256_each_a_png_of_that_size():
    data = (ROOT / "packaging" / "icons" / "playground.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    listed = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        side = width or 256  # 0 stands for 256
        assert (height or 256, planes, bits) == (side, 1, 32)
        assert png_size(data[offset : offset + length]) == (side, side)
        assert offset + length <= len(data)
        listed.append(side)
    assert listed == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_entries_are_pngs_of_the_sizes_their_types_name():
    data = (ROOT / "packaging" / "icons" / "playground.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {
        b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
        b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512,
    }  # fmt: skip
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert at == len(data)
    assert found == expected
