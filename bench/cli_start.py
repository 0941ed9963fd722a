"""`yansenne --version` and `yansenne --help` against a bare `python -c pass`.

What a secretary waits for before any command answers: the interpreter, the
package's imports and the argument parser. The baseline is the same venv's
interpreter doing nothing, in alternating runs of the same loop, so a busy moment
hits both alike. Measured twice: through `python -m yansenne` and through the
installed console script `yansenne` (a small shim beside the interpreter), which
is what a person types. Target: `--version` at most 5 times the bare interpreter.

    .venv/bin/python -m bench.cli_start [--runs N]

Writes bench/results/cli_start.json.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from bench.common import median, wall, write_result

RUNS = 10
TARGET_RATIO = 5



def console_script() -> str | None:
    """The installed `yansenne` program beside this interpreter, if there is one."""
    return shutil.which("yansenne", path=str(Path(sys.executable).parent))


def run(runs: int = RUNS) -> dict:
    python = sys.executable
    commands = {
        "baseline": [python, "-c", "pass"],
        "version": [python, "-m", "yansenne", "--version"],
        "help": [python, "-m", "yansenne", "--help"],
    }
    script = console_script()
    if script:
        commands["script_version"] = [script, "--version"]
    for command in commands.values():  # warm the disk cache and the bytecode
        wall(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(wall(command))
    m = {name: median(values) for name, values in times.items()}
    result = {
        "runs": runs,
        "baseline_s": round(m["baseline"], 4),
        "version_s": round(m["version"], 4),
        "help_s": round(m["help"], 4),
        "ratio": round(m["version"] / m["baseline"], 2),
        "help_ratio": round(m["help"] / m["baseline"], 2),
        "target_ratio": TARGET_RATIO,
        "within_target": m["version"] / m["baseline"] <= TARGET_RATIO,
    }
    if script:
        result["script_version_s"] = round(m["script_version"], 4)
        result["script_ratio"] = round(m["script_version"] / m["baseline"], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    figures = run(args.runs)
    print(figures)
    print(write_result("cli_start", figures))


if __name__ == "__main__":
    main()
