"""Small icons of the grid, drawn in code so that they need no file and stay crisp:
a padlock for a conflict of interest, a tick for a fully scored project, an empty
ring for one still to score."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 32  # drawn large, shown at the view's icon size


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def lock() -> QIcon:
    pixmap, p = _canvas()
    colour = QColor("#5a6272")
    p.setPen(QPen(colour, 3.2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(9, 4, 14, 16), 0, 180 * 16)
    p.drawLine(QPointF(9, 12), QPointF(9, 15))
    p.drawLine(QPointF(23, 12), QPointF(23, 15))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(5, 14, 22, 15), 3, 3)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(16, 21), 2.4, 2.4)
    p.end()
    return QIcon(pixmap)


@cache
def check() -> QIcon:
    pixmap, p = _canvas()
    p.setPen(QPen(QColor("#2e7d4f"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    path = QPainterPath(QPointF(7, 17))
    path.lineTo(QPointF(13, 23))
    path.lineTo(QPointF(25, 9))
    p.drawPath(path)
    p.end()
    return QIcon(pixmap)


@cache
def pending() -> QIcon:
    pixmap, p = _canvas()
    p.setPen(QPen(QColor("#c9a227"), 3))
    p.drawEllipse(QPointF(16, 16), 8, 8)
    p.end()
    return QIcon(pixmap)


@cache
def submitted() -> QIcon:
    pixmap, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2e7d4f"))
    p.drawEllipse(QPointF(16, 16), 13, 13)
    p.setPen(QPen(QColor("#ffffff"), 3.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    path = QPainterPath(QPointF(10, 16.5))
    path.lineTo(QPointF(14.5, 21))
    path.lineTo(QPointF(22.5, 11.5))
    p.drawPath(path)
    p.end()
    return QIcon(pixmap)


@cache
def comment() -> QIcon:
    """A small speech bubble: the mark has a comment (its tooltip shows it)."""
    pixmap, p = _canvas()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2b5797"))
    p.drawRoundedRect(QRectF(6, 8, 20, 13), 4, 4)
    tail = QPainterPath(QPointF(10, 20))
    tail.lineTo(QPointF(9, 26))
    tail.lineTo(QPointF(16, 20))
    p.drawPath(tail)
    p.setBrush(QColor("#ffffff"))
    for x in (11.5, 16, 20.5):
        p.drawEllipse(QPointF(x, 14.5), 1.6, 1.6)
    p.end()
    return QIcon(pixmap)
