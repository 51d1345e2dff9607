# Sourced by scripts/run and scripts/test: installs, with apt, whatever of the build and test
# dependencies is missing. Idempotent and quiet when everything is there.

LHSHARE_APT_PACKAGES="build-essential cmake ninja-build file ccache clang-format
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libsecret-1-0 libqt6svg6
  qt6-httpserver-dev qt6-websockets-dev libgl-dev
  xvfb xauth dbus gnome-keyring libsecret-tools openssl fonts-dejavu-core fonts-noto-cjk
  imagemagick desktop-file-utils appstream clang libclang-rt-14-dev time"

lhshare_install_deps() {
    missing=""
    for package in $LHSHARE_APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
    # Node.js runs the interoperability tests with Tencent's official SDK; any recent node will do.
    command -v node >/dev/null 2>&1 || missing="$missing nodejs"
    command -v npm >/dev/null 2>&1 || missing="$missing npm"
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
}
