"""Hand the memory a large read or computation freed back to the system (no Qt here).

Reading 320,000 marks, resampling a ranking or matching every juror with every
project allocates tens of megabytes for a moment. Python frees them, but the C
library keeps the freed pages of its heaps (one per worker thread) for later, so
the desk stays as large as its largest moment: after the results page, some 20 MB
more than it holds. `release` asks glibc to return those free pages (malloc_trim);
the objects in use are untouched. Elsewhere (Windows, macOS, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache


@cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's name: no `ldconfig -p` run to find it
    except OSError:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "")
        except OSError:
            return None
    try:
        trim = libc.malloc_trim
    except AttributeError:  # not glibc (musl has no malloc_trim)
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release() -> bool:
    """Return the heaps' free pages to the system; whether anything could be asked."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
