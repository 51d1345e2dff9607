# CPACK_PROJECT_CONFIG_FILE: cpack reads this once per generator, so settings can differ between them.
# The .deb installs under /usr like any Debian package; the tarball keeps relative bin/ and share/ folders
# so it can be unpacked into any prefix (for example ~/.local).
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
else()
    set(CPACK_PACKAGING_INSTALL_PREFIX "")
endif()
