# CPACK_PROJECT_CONFIG_FILE: read by cpack for each generator, after CPackConfig.cmake.

if(CPACK_GENERATOR STREQUAL "DEB")
    # CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY (the project's one-line description) in front
    # of each component's description; without it, the first line of
    # CPACK_DEBIAN_<COMPONENT>_DESCRIPTION is that package's own summary.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
