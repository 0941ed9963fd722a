#!/bin/sh
# The Linux job of .github/workflows/build.yml, step by step, on this Debian machine:
#
#   sh tools/ci_linux.sh                     # every step, in the workflow's order
#   sh tools/ci_linux.sh lint forms installer  # only these (names below)
#
# Steps: system install lint forms build pg tests installer. Each runs the very
# commands of the workflow's step (tests/test_workflow.py checks that they match) in
# the project's virtual environment ($VENV, default .venv, made if missing). CI=true,
# as on the hosted runner: missing X tools fail the acceptance tests instead of
# skipping them. Nothing is fetched but Debian's and Python's packages (system,
# install). One line per step with its time; stops at the first failing step.
set -eu
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
export CI=${CI:-true}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUTF8=1

step_system() {
  if [ "$(id -u)" -eq 0 ]; then sh tools/system_packages.sh; else sudo sh tools/system_packages.sh; fi
}
step_install() {
  python -m pip install -e ".[test,postgres,build]" -c tools/constraints.txt
}
step_lint() {
  ruff check .
  lint-imports
}
step_forms() {
  python tools/build_forms.py --check
}
step_build() {
  python tools/check_build.py
}
step_pg() {
  YANSENNE_TEST_PG=only python -m pytest -q tests/store tests/domain tests/scoring tests/exchange tests/pg tests/ui/juror/test_server_login.py
}
step_tests() {
  python -m pytest -q
}
step_installer() {
  python tools/build_installer.py -o build/yansenne-setup-stand-in.exe
}

ALL="system install lint forms build pg tests installer"
STEPS=${*:-$ALL}
for step in $STEPS; do
  case " $ALL " in *" $step "*) ;; *) echo "unknown step: $step (steps: $ALL)" >&2; exit 2 ;; esac
done
if [ ! -x "$VENV/bin/python" ]; then
  python3 -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ needed"'
  python3 -m venv "$VENV"
fi
# shellcheck disable=SC1091
. "$VENV/bin/activate"
for step in $STEPS; do
  start=$(date +%s)
  echo "== $step"
  # A subshell outside any `if`: `set -e` holds inside, so a step stops at its first
  # failing command, as a workflow step does.
  set +e
  (set -e; "step_$step")
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then
    echo "FAIL $step $(( $(date +%s) - start )) s (exit status $status)"
    exit 1
  fi
  echo "ok   $step $(( $(date +%s) - start )) s"
done
