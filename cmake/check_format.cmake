# The format check of the test suite (issue 13): every C++ file under pipeline/ and tests/ must be
# what `clang-format` (Google base, .clang-format) makes of it. Run by ctest as `format_check`:
#   cmake -DCLANG_FORMAT=/usr/bin/clang-format -DSOURCE_DIR=<repo> -P cmake/check_format.cmake
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "clang-format not found: install the Debian package clang-format")
endif()
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/pipeline/*.cc ${SOURCE_DIR}/pipeline/*.h
     ${SOURCE_DIR}/tests/*.cc ${SOURCE_DIR}/tests/*.h)
list(FILTER files EXCLUDE REGEX "/corpus/|/out/")
list(SORT files)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "Unformatted code (run clang-format -i on these files):\n${errors}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted")
