# cmake -DMETAINFO=<file> -DVERSION=<x.y.z> -P CheckReleaseVersion.cmake
# Fails unless the first <release> of the metainfo (AppStream lists the newest first) has version VERSION.
file(READ "${METAINFO}" text)
string(REGEX MATCH "<release[^>]*version=\"([^\"]+)\"" match "${text}")
if(NOT match)
    message(FATAL_ERROR "${METAINFO}: no <release> with a version")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}; "
                        "add a <release version=\"${VERSION}\" date=\"...\"> entry")
endif()
message(STATUS "newest metainfo release ${CMAKE_MATCH_1} matches the project version")
