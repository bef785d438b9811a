"""Draws the RoleLens icon (a lens split in the three role colours) as PNGs, no dependencies.
Run: python3 scripts/gen-icons.py  (writes assets/public/icon/{16,32,48,128}.png)"""
import math, struct, zlib, os

COLORS = [(0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9), (0x00, 0x9E, 0x73)]  # MLE, DS, DE (Okabe–Ito)
RIM = (0x1B, 0x1F, 0x24)

def pixel(x, y, n):
    s = 4  # supersampling
    acc = [0, 0, 0, 0]
    for i in range(s):
        for j in range(s):
            px = (x + (i + .5) / s) / n * 2 - 1
            py = (y + (j + .5) / s) / n * 2 - 1
            r = math.hypot(px + .12, py + .12)
            c = None
            # handle of the lens
            if px > .35 and py > .35 and abs(px - py) < .16 and px + py < 1.8:
                c = RIM
            elif r < .72:
                a = (math.degrees(math.atan2(py + .12, px + .12)) + 360 + 90) % 360
                c = COLORS[int(a // 120)]
            elif r < .86:
                c = RIM
            if c:
                acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
    k = s * s
    alpha = acc[3] / k
    if alpha == 0:
        return (0, 0, 0, 0)
    cov = acc[3] / 255
    return (int(acc[0] / cov), int(acc[1] / cov), int(acc[2] / cov), int(alpha))

def png(n):
    rows = b''.join(b'\x00' + b''.join(struct.pack('BBBB', *pixel(x, y, n)) for x in range(n)) for y in range(n))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', n, n, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')

out = os.path.join(os.path.dirname(__file__), '..', 'assets', 'public', 'icon')
os.makedirs(out, exist_ok=True)
for n in (16, 32, 48, 128):
    with open(os.path.join(out, f'{n}.png'), 'wb') as f:
        f.write(png(n))
print('icons written')
