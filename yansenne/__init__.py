"""Yansenne: the jury desk of the David Yansenne prize of the Brussels-Capital Region."""

__version__ = "0.1.0"
