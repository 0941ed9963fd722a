"""The ceremony commands of spec/cli.md; `register` adds them to the parser."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands (none yet)."""
