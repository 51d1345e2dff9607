#!/bin/sh
# check-deb.sh <cpack> <CPackConfig.cmake> <scratch dir> <app id> [desktop-file-validate]
# Packs the build tree as a .deb into a scratch folder, then checks its file list, its Depends (the
# shlibdeps result plus our run-time additions) and the installed .desktop file.
set -eu
cpack=$1 config=$2 scratch=$3 id=$4 validate=${5:-}
rm -rf "$scratch"
mkdir -p "$scratch"
"$cpack" --config "$config" -G DEB -B "$scratch" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/*.deb)
echo "built $deb"
status=0
dpkg-deb -c "$deb" | awk '{print $NF}' >"$scratch/contents.txt"
for path in ./usr/bin/lighthouse-share ./usr/bin/lighthouse-share-cli \
            "./usr/share/applications/$id.desktop" "./usr/share/metainfo/$id.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    grep -qxF "$path" "$scratch/contents.txt" || { echo "missing from the .deb: $path"; status=1; }
done
for size in 16 22 24 32 48 64 128 256; do
    path="./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    grep -qxF "$path" "$scratch/contents.txt" || { echo "missing from the .deb: $path"; status=1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6widgets6 libqt6network6 libsecret-1-0 libqt6svg6; do
    echo ", $depends," | grep -Eq "[ ,]$package( |,)" || { echo "Depends lacks $package"; status=1; }
done
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"

dpkg-deb -x "$deb" "$scratch/root"
if [ -n "$validate" ]; then
    "$validate" "$scratch/root/usr/share/applications/$id.desktop" || status=1
fi
grep -qx "Exec=lighthouse-share" "$scratch/root/usr/share/applications/$id.desktop" || { echo "unexpected Exec="; status=1; }
[ -x "$scratch/root/usr/bin/lighthouse-share" ] || { echo "lighthouse-share is not executable"; status=1; }
exit $status
