#!/bin/sh
# Installs everything Waveplan needs to build, test and run, from Debian 12's own packages.
# Safe to run again. Uses sudo when not run as root.
set -eu

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi

PACKAGES="
    build-essential cmake ninja-build ccache pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev
    libboost-graph-dev
    libsqlite3-dev libsqlitecpp-dev sqlite3
    libspdlog-dev libfmt-dev
    nlohmann-json3-dev libcli11-dev libcsv-dev libxlsxwriter-dev libpugixml-dev
    graphviz unzip
    libgtest-dev libgmock-dev
    poppler-utils xvfb xauth fonts-dejavu-core
    desktop-file-utils lintian libxml2-utils shared-mime-info libglib2.0-bin appstream
"

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
