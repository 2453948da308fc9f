#!/usr/bin/env python3
"""When a colour first covers part of the X screen: the frame a user sees, not the one the render thread finished.

Usage: on-screen.py FRAMEBUFFER RRGGBB READY_FILE [TIMEOUT_S]
FRAMEBUFFER is the file an Xvfb started with -fbdir keeps its screen in (XWD). Creates READY_FILE once it watches
(so Python's own start does not overlap the measured one), then prints the wall clock in ms at which at least
MIN_PIXELS sampled pixels first have the colour, or nothing if it never shows within TIMEOUT_S (default 20). Reads
every 16th row every 5 ms, a few hundred microseconds of one core, so the process it watches is hardly slowed.
Used by bench/run.sh --xvfb (ADR 0031).
"""
import mmap
import struct
import sys
import time

ROW_STEP = 16
MIN_PIXELS = 1000
POLL_S = 0.005


def main():
    path, colour, ready = sys.argv[1], sys.argv[2], sys.argv[3]
    timeout_s = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0
    with open(path, 'rb') as f:
        fb = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    # XWD header: 25 big-endian 32-bit fields, then the window name, then the colour map
    fields = struct.unpack('>25I', fb[:100])
    header_size, depth, height, byte_order, bpp, bytes_per_line, ncolors = (
        fields[0], fields[3], fields[5], fields[7], fields[11], fields[12], fields[19])
    if depth != 24 or bpp != 32:
        sys.exit(f'{path}: a {depth}-bit screen at {bpp} bits a pixel; run Xvfb with -screen 0 WxHx24')
    start = header_size + 12 * ncolors
    r, g, b = bytes.fromhex(colour)
    pattern = bytes([b, g, r]) if byte_order == 0 else bytes([r, g, b])  # LSBFirst: B, G, R, unused
    open(ready, 'w').close()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        seen = 0
        for row in range(0, height, ROW_STEP):
            at = start + row * bytes_per_line
            seen += fb[at:at + bytes_per_line].count(pattern)
        if seen >= MIN_PIXELS:
            print(f'{time.time() * 1000:.1f}', flush=True)
            return
        time.sleep(POLL_S)


if __name__ == '__main__':
    main()
