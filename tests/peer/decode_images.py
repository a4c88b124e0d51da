#!/usr/bin/env python3
"""Decode photos into MobileNet inputs for the eight-bit report (make bench).

  decode_images.py OUTDIR IMAGE...

Each image is centre-cropped to a square, resized to 224x224 (bilinear) and
scaled to MobileNet's [-1,1] (x / 127.5 - 1); written as OUTDIR/<stem>.npy,
float32 [1,224,224,3].  Needs numpy and Pillow; used only by the benchmark."""
import os
import sys

import numpy as np
from PIL import Image


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for path in sys.argv[2:]:
        im = Image.open(path).convert('RGB')
        side = min(im.size)
        left, top = (im.size[0] - side) // 2, (im.size[1] - side) // 2
        im = im.crop((left, top, left + side, top + side)).resize((224, 224), Image.BILINEAR)
        x = np.asarray(im, dtype=np.float32) / 127.5 - 1.0
        stem = os.path.splitext(os.path.basename(path))[0]
        np.save(os.path.join(out, stem + '.npy'), x[None])
        print(os.path.join(out, stem + '.npy'))


if __name__ == '__main__':
    main()
