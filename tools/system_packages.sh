#!/bin/sh
# Debian packages Yansenne needs beyond Python: the Qt xcb platform libraries, Xvfb for
# the real-window test and headless demo, fonts, poppler (PDF checks), PostgreSQL, and
# for the acceptance tests (tests/acceptance) a window manager (openbox), real keys
# (xdotool), screenshots (imagemagick), X window inspection (x11-utils) and the
# accessibility bus a screen reader reads (dbus, at-spi2-core: tests/acceptance/test_atspi.py);
# a software PKCS#11 token and its tool for the signing tests (softhsm2, opensc); the
# Windows installer's compiler (nsis: tests/test_installer.py, tools/build_installer.py)
# and 7-Zip (7zip: lists the files the compiled installer packs).
# Installs the missing ones when run as root on Debian; otherwise only says what is missing.
set -eu
PACKAGES="xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libxcb-xinerama0
libxcb-cursor0 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3
libglib2.0-0 fonts-dejavu-core poppler-utils postgresql openbox xdotool imagemagick
x11-utils dbus at-spi2-core softhsm2 opensc nsis 7zip"
command -v dpkg-query >/dev/null 2>&1 || { echo "system packages: not Debian, skipped"; exit 0; }
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system packages missing (run as root, or install them):$missing" >&2
  exit 0
fi
echo "installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
