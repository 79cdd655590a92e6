"""Work around PySide6 6.12 returning ``None`` without a new reference on Python 3.11.

The abi3 wheels of PySide6/shiboken6 6.12.0 return ``Py_None`` from every
void method (``setText``, ``processEvents``, ...) without ``Py_INCREF``.  On
Python 3.12+ ``None`` is immortal, so that is harmless there; on 3.11 each call
drops None's reference count by one and the process aborts with "none_dealloc:
deallocating None" after a few thousand calls (seconds of normal use).

Python 3.12 solved this class of bug by making the singletons immortal; this
module does the same for 3.11 by giving them a reference count no program can
exhaust.  It changes nothing on 3.12+ and is a no-op for other interpreters.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 48


def make_singletons_immortal() -> bool:
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for obj in (None, True, False, NotImplemented, Ellipsis):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
        if refcnt.value < _HEADROOM:
            refcnt.value += _HEADROOM
    return True


make_singletons_immortal()
