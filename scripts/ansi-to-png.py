#!/usr/bin/env python3
"""Render a `tmux capture-pane -e -p` capture (text with SGR escapes) to a PNG.

Used by scripts/screenshots. pyte interprets the escapes; Pillow draws each
cell with DejaVu Sans Mono, falling back to WenQuanYi Zen Hei for CJK.
Box-drawing lines are drawn as lines, so borders join across rows, and faint
text (SGR 2, which pyte ignores) is drawn dimmed, as a terminal shows it.
Needs: pip install pyte pillow; apt-get install fonts-dejavu-core fonts-wqy-zenhei.
Usage: ansi-to-png.py CAPTURE_FILE WIDTH HEIGHT OUT.png
"""
import sys
import unicodedata

import pyte
from PIL import Image, ImageDraw, ImageFont

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 16

PALETTE = {
    "black": (30, 30, 30), "red": (205, 49, 49), "green": (13, 188, 121),
    "brown": (229, 229, 16), "yellow": (229, 229, 16), "blue": (36, 114, 200),
    "magenta": (188, 63, 188), "cyan": (17, 168, 205), "white": (229, 229, 229),
}
DEFAULT_FG = (220, 220, 220)
DEFAULT_BG = (24, 24, 28)

# Light box-drawing characters: which of (up, down, left, right) they join.
BOX = {
    "─": (0, 0, 1, 1), "│": (1, 1, 0, 0), "┌": (0, 1, 0, 1), "┐": (0, 1, 1, 0),
    "└": (1, 0, 0, 1), "┘": (1, 0, 1, 0), "├": (1, 1, 0, 1), "┤": (1, 1, 1, 0),
    "┬": (0, 1, 1, 1), "┴": (1, 0, 1, 1), "┼": (1, 1, 1, 1),
}


class FaintScreen(pyte.Screen):
    """A screen that keeps SGR 2 (faint) as the otherwise unused blink flag."""

    def select_graphic_rendition(self, *attrs, **kwargs):
        mapped = []
        for attr in attrs:
            if attr == 2:
                mapped.append(5)
            elif attr == 22:
                mapped.extend([22, 25])
            else:
                mapped.append(attr)
        super().select_graphic_rendition(*mapped, **kwargs)


def dimmed(fg, bg):
    return tuple(int(f * 0.6 + b * 0.4) for f, b in zip(fg, bg))


def color(name, default):
    if name == "default":
        return default
    if name in PALETTE:
        return PALETTE[name]
    if len(name) == 6:
        try:
            return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
        except ValueError:
            pass
    return default


def main():
    path, width, height, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    screen = FaintScreen(width, height)
    stream = pyte.Stream(screen)
    with open(path, encoding="utf-8", errors="replace") as handle:
        data = handle.read()
    lines = data.split("\n")
    # tmux writes an attribute once and lets it carry on into the next
    # lines, so attributes are not reset at line ends.
    for index, line in enumerate(lines[:height]):
        stream.feed("\x1b[%d;1H" % (index + 1) + line)

    mono = ImageFont.truetype(MONO, SIZE)
    bold = ImageFont.truetype(MONO_BOLD, SIZE)
    cjk = ImageFont.truetype(CJK, SIZE)
    cell_w = int(mono.getlength("M"))
    ascent, descent = mono.getmetrics()
    cell_h = ascent + descent + 2
    image = Image.new("RGB", (cell_w * width + 16, cell_h * height + 16), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        row = screen.buffer[y]
        covered = False
        for x in range(width):
            char = row[x]
            # The right half of a wide character: its cell was drawn with it,
            # and painting its background now would cut the glyph in half.
            if covered:
                covered = False
                continue
            fg = color(char.fg, DEFAULT_FG)
            bg = color(char.bg, DEFAULT_BG)
            if char.reverse:
                fg, bg = bg, fg
            if char.bold and char.fg == "default" and not char.reverse:
                fg = (255, 255, 255)
            if char.blink:
                fg = dimmed(fg, bg)
            left, top = 8 + x * cell_w, 8 + y * cell_h
            text = char.data
            wide = text and unicodedata.east_asian_width(text[0]) in ("W", "F")
            span = cell_w * (2 if wide else 1)
            covered = bool(wide)
            if bg != DEFAULT_BG:
                draw.rectangle([left, top, left + span - 1, top + cell_h - 1], fill=bg)
            if text in BOX:
                up, down, left_arm, right_arm = BOX[text]
                mid_x, mid_y = left + cell_w // 2, top + cell_h // 2
                if up:
                    draw.line([mid_x, top, mid_x, mid_y], fill=fg)
                if down:
                    draw.line([mid_x, mid_y, mid_x, top + cell_h - 1], fill=fg)
                if left_arm:
                    draw.line([left, mid_y, mid_x, mid_y], fill=fg)
                if right_arm:
                    draw.line([mid_x, mid_y, left + cell_w - 1, mid_y], fill=fg)
            elif text and text != " ":
                font = cjk if wide or not mono.getmask(text).getbbox() else (bold if char.bold else mono)
                draw.text((left, top + 1), text, font=font, fill=fg)
            if char.underscore:
                draw.line([left, top + cell_h - 2, left + span - 1, top + cell_h - 2], fill=fg)
    image.save(out)


if __name__ == "__main__":
    main()
