"""The start-up baseline: a bare PySide6 window, with the libraries the application had
loaded at its first paint imported first, reporting its own first paint.

    python -m bench.startup_baseline numpy,openpyxl,sqlalchemy,...
"""

from __future__ import annotations

import importlib
import sys


def main() -> None:
    for name in filter(None, sys.argv[1].split(",") if len(sys.argv) > 1 else []):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    from PySide6.QtWidgets import QApplication, QMainWindow

    from yansenne.ui import probe

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    probe.watch(window)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
