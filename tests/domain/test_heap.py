"""Returning freed heap pages to the system: asked on glibc, a no-op elsewhere."""

from __future__ import annotations

import sys

import numpy as np

from yansenne.domain import heap


def test_release_keeps_what_is_in_use() -> None:
    kept = np.arange(1_000_000, dtype=np.float64)
    transient = [bytearray(4096) for _ in range(2000)]
    del transient
    asked = heap.release()
    assert asked == (heap._trim() is not None)  # noqa: SLF001
    if sys.platform == "win32" or sys.platform == "darwin":
        assert asked is False
    assert kept.sum() == 999_999 * 1_000_000 / 2
