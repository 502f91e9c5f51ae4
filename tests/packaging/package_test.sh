#!/bin/sh
# Builds the Debian package from an existing build tree and checks that it installs like a desktop
# application: a valid desktop entry, a lintian-clean .deb with computed dependencies, a program
# that runs from the unpacked package, icons at every size, a man page that documents every
# option of --help, and a MIME type that recognises plans.
#
#   package_test.sh BUILD_DIR SOURCE_DIR VERSION
#
# Needs cpack, desktop-file-validate (desktop-file-utils), lintian, dpkg-deb, xmllint
# (libxml2-utils), update-mime-database (shared-mime-info), gio (libglib2.0-bin), sqlite3 and
# appstreamcli (appstream).
set -eu

BUILD_DIR=$1
SOURCE_DIR=$2
VERSION=$3

WORK=$(mktemp -d "${TMPDIR:-/tmp}/waveplan-package-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() {
    echo "== $*"
}

for tool in cpack desktop-file-validate lintian dpkg-deb xmllint update-mime-database gio sqlite3 appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "$tool is not installed; run packaging/install-deps.sh"
done

# --- desktop entry, as written in the source tree ---
step "desktop-file-validate packaging/linux/waveplan.desktop"
desktop-file-validate "$SOURCE_DIR/packaging/linux/waveplan.desktop" ||
    fail "desktop-file-validate reported errors in packaging/linux/waveplan.desktop"

# --- the package ---
step "cpack -G DEB"
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$WORK/cpack" >"$WORK/cpack.log" 2>&1 || {
    cat "$WORK/cpack.log" >&2
    fail "cpack could not build the package"
}
DEB=$(find "$WORK/cpack" -maxdepth 1 -name 'waveplan_*.deb')
[ -n "$DEB" ] || fail "cpack made no waveplan_*.deb in $WORK/cpack"
[ "$(basename "$DEB")" = "waveplan_${VERSION}-1_$(dpkg --print-architecture).deb" ] ||
    fail "package file is $(basename "$DEB"), expected waveplan_${VERSION}-1_<arch>.deb"

step "control fields"
dpkg-deb --field "$DEB" Package Version Section Maintainer Depends
[ "$(dpkg-deb --field "$DEB" Version)" = "${VERSION}-1" ] || fail "Version is not ${VERSION}-1"
DEPENDS=$(dpkg-deb --field "$DEB" Depends)
# Computed by dpkg-shlibdeps: versioned libc6, and the libraries the binary really links.
for dep in 'libc6 (>=' libqt6widgets6 libsqlite3-0 libcsv3 libxlsxwriter4 libpugixml1v5 libspdlog1.10 qt6-qpa-plugins; do
    case "$DEPENDS" in
        *"$dep"*) ;;
        *) fail "Depends lacks '$dep': $DEPENDS" ;;
    esac
done

step "lintian"
LINTIAN_START=$(date +%s)
lintian --fail-on error --display-info --show-overrides "$DEB" >"$WORK/lintian.log" 2>&1 || LINTIAN_STATUS=$?
LINTIAN_END=$(date +%s)
cat "$WORK/lintian.log"
echo "(lintian took $((LINTIAN_END - LINTIAN_START)) s)"
[ "${LINTIAN_STATUS:-0}" -eq 0 ] || fail "lintian reported errors"
! grep -q '^E: ' "$WORK/lintian.log" || fail "lintian reported errors"

# --- the unpacked package ---
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
for file in \
    usr/bin/waveplan \
    usr/share/applications/waveplan.desktop \
    usr/share/metainfo/io.waveplan.Waveplan.metainfo.xml \
    usr/share/mime/packages/waveplan.xml \
    usr/share/icons/hicolor/scalable/apps/waveplan.svg \
    usr/share/man/man1/waveplan.1.gz \
    usr/share/doc/waveplan/copyright \
    usr/share/doc/waveplan/changelog.Debian.gz \
    usr/share/doc/waveplan/THIRD-PARTY-NOTICES.md \
    usr/share/doc/waveplan/user-guide.md \
    usr/share/doc/waveplan/images/main-window.png \
    usr/share/waveplan/sample.waveplan \
    usr/share/waveplan/capabilities.csv \
    usr/share/waveplan/teams.csv; do
    [ -f "$ROOT/$file" ] || fail "the package lacks /$file"
done

step "installed desktop entry"
desktop-file-validate "$ROOT/usr/share/applications/waveplan.desktop" ||
    fail "the installed desktop entry does not validate"

step "appstreamcli validate --no-net: the AppStream metadata"
METAINFO="$ROOT/usr/share/metainfo/io.waveplan.Waveplan.metainfo.xml"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli found errors in the AppStream metadata"
grep -q "<release version=\"$VERSION\" date=\"[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\"" "$METAINFO" ||
    fail "the AppStream metadata has no release $VERSION with a date"
[ "$(xmllint --xpath 'string(//launchable[@type="desktop-id"])' "$METAINFO")" = waveplan.desktop ] ||
    fail "the AppStream launchable is not the installed desktop entry"
[ "$(xmllint --xpath 'string(//provides/mediatype)' "$METAINFO")" = \
  "$(xmllint --xpath 'string(//*[local-name()="mime-type"]/@type)' "$ROOT/usr/share/mime/packages/waveplan.xml")" ] ||
    fail "the AppStream metadata does not provide the MIME type the package defines"
# The screenshots are docs/images/ as published: each must be one of them.
SHOTS=$(xmllint --xpath '//screenshot/image/text()' "$METAINFO" | sed 's|.*/||')
[ -n "$SHOTS" ] || fail "the AppStream metadata has no screenshots"
for shot in $SHOTS; do
    [ -f "$SOURCE_DIR/docs/images/$shot" ] || fail "the AppStream screenshot $shot is not in docs/images"
done

step "icons"
# A PNG's width and height are the big-endian 32-bit numbers at bytes 16 and 20.
png_size() {
    od -An -tu1 -j16 -N8 "$1" |
        awk '{ printf "%dx%d", $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }'
}
for size in 16 32 48 64 128 256; do
    png="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/waveplan.png"
    [ -f "$png" ] || fail "the package lacks the ${size}x${size} icon"
    [ "$(od -An -c -j1 -N3 "$png" | tr -d ' ')" = "PNG" ] || fail "$png is not a PNG"
    [ "$(png_size "$png")" = "${size}x${size}" ] ||
        fail "the ${size}x${size} icon is $(png_size "$png") pixels"
done
xmllint --noout "$ROOT/usr/share/icons/hicolor/scalable/apps/waveplan.svg" || fail "the SVG icon is not well-formed XML"

step "waveplan --version, from the unpacked package"
export HOME="$WORK/home" XDG_STATE_HOME="$WORK/state"
"$ROOT/usr/bin/waveplan" --version >"$WORK/version.txt" || fail "waveplan --version exited with $?"
cat "$WORK/version.txt"
[ "$(head -n 1 "$WORK/version.txt")" = "waveplan $VERSION" ] ||
    fail "the first line of --version is not 'waveplan $VERSION'"
grep -q '^Copyright' "$WORK/version.txt" || fail "--version has no copyright line"
grep -q 'GPL' "$WORK/version.txt" || fail "--version does not name the licence"
grep -qi 'no warranty' "$WORK/version.txt" || fail "--version does not say there is no warranty"

step "waveplan schedule /usr/share/waveplan/sample.waveplan, from the unpacked package"
"$ROOT/usr/bin/waveplan" schedule "$ROOT/usr/share/waveplan/sample.waveplan" >"$WORK/schedule.txt" ||
    fail "waveplan schedule on the installed sample exited with $?"
[ -s "$WORK/schedule.txt" ] || fail "waveplan schedule printed nothing"
head -n 5 "$WORK/schedule.txt"

step "the man page documents every command and option of --help"
zcat "$ROOT/usr/share/man/man1/waveplan.1.gz" | sed 's/\\-/-/g' >"$WORK/man.txt"
# The roff text from a heading to the next heading of the same or a higher level.
man_section() {
    awk -v heading="$1" 'index($0, heading) == 1 { on = 1; print; next } on && /^\.S[HS] / { exit } on' "$WORK/man.txt"
}
man_section '.SH GLOBAL OPTIONS' >"$WORK/man-global.txt"
[ -s "$WORK/man-global.txt" ] || fail "the man page has no GLOBAL OPTIONS section"
COMMANDS=$("$ROOT/usr/bin/waveplan" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
[ -n "$COMMANDS" ] || fail "waveplan --help lists no commands"
for command in "" $COMMANDS; do
    # A command's options are documented in its own section or, for all commands, the global one.
    cp "$WORK/man-global.txt" "$WORK/man-command.txt"
    if [ -n "$command" ]; then
        man_section ".SS \"$command " >>"$WORK/man-command.txt"
        grep -q "^\.SS \"$command " "$WORK/man-command.txt" || fail "the man page has no section for '$command'"
    fi
    # shellcheck disable=SC2086 # an empty $command means the top level
    for option in $("$ROOT/usr/bin/waveplan" $command --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -qE -- "(^|[^a-z-])$option([^a-z-]|\$)" "$WORK/man-command.txt" ||
            fail "the man page does not document ${command:-waveplan} $option"
    done
done

step "MIME type"
MIME_XML="$ROOT/usr/share/mime/packages/waveplan.xml"
xmllint --noout "$MIME_XML" || fail "waveplan.xml is not well-formed XML"
MIME_DIR="$WORK/mime/share/mime"
mkdir -p "$MIME_DIR/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$MIME_XML" "$MIME_DIR/packages/"
# update-mime-database reports a bad match or glob on stderr (and still exits 0): none allowed.
# The XDG variables point at the temporary database so it does not note that it is off the path.
XDG_DATA_HOME="$WORK/no-user-data" XDG_DATA_DIRS="$WORK/mime/share" PKGSYSTEM_ENABLE_FSYNC=0 \
    update-mime-database "$MIME_DIR" 2>"$WORK/update-mime.log" ||
    fail "update-mime-database failed: $(cat "$WORK/update-mime.log")"
[ ! -s "$WORK/update-mime.log" ] || fail "update-mime-database complained: $(cat "$WORK/update-mime.log")"
grep -qx '[0-9]*:application/x-waveplan:\*\.waveplan' "$MIME_DIR/globs2" ||
    fail "the MIME database has no *.waveplan glob"
grep -qx 'application/x-waveplan application/vnd.sqlite3' "$MIME_DIR/subclasses" ||
    fail "application/x-waveplan is not a subclass of application/vnd.sqlite3"
# Content sniffing: a plan under a name with no known extension is still a plan; another SQLite
# database is not.
content_type() {
    XDG_DATA_HOME="$WORK/no-user-data" XDG_DATA_DIRS="$WORK/mime/share" \
        gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
cp "$ROOT/usr/share/waveplan/sample.waveplan" "$WORK/renamed-plan.data"
sqlite3 "$WORK/other-database.data" 'CREATE TABLE t(x);'
[ "$(content_type "$ROOT/usr/share/waveplan/sample.waveplan")" = application/x-waveplan ] ||
    fail "sample.waveplan is seen as $(content_type "$ROOT/usr/share/waveplan/sample.waveplan")"
[ "$(content_type "$WORK/renamed-plan.data")" = application/x-waveplan ] ||
    fail "a plan without its extension is seen as $(content_type "$WORK/renamed-plan.data")"
[ "$(content_type "$WORK/other-database.data")" = application/vnd.sqlite3 ] ||
    fail "another SQLite database is seen as $(content_type "$WORK/other-database.data")"

echo "PASS: the waveplan package installs like a desktop application"
