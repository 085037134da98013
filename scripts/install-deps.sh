#!/bin/sh
# Installs the Debian (bookworm) packages that building, testing and fuzzing dyad need.
# Safe to run again; uses sudo when not root.
#
#   install-deps.sh           what `make check` needs
#   install-deps.sh --slurm   also slurm-wlm and munge, with which the suite runs the
#                             SLURM recipe (scripts/slurm/) on a one-machine cluster of
#                             its own (CI does this; without them that test is skipped).
#                             On a machine with systemd, Debian enables their services.
set -e
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
PKGS="build-essential pkg-config zlib1g-dev libsqlite3-dev libxml2-dev libcjson-dev \
libutf8proc-dev clang libclang-rt-dev valgrind"
[ "${1:-}" = --slurm ] && PKGS="$PKGS slurm-wlm munge"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
