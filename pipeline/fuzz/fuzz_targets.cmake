# The harness bodies (everything in pipeline/fuzz but the libFuzzer main) and the names of the
# targets, shared by the fuzz build and the corpus regression test of the normal build.
file(GLOB KEFU_FUZZ_TARGET_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.cc)
list(FILTER KEFU_FUZZ_TARGET_SOURCES EXCLUDE REGEX "/fuzzer_main\\.cc$")
set(KEFU_FUZZ_TARGET_NAMES
  csv_reader text_encoding xml_records field_parsers personal_data policy_reader xlsx_reader
  clock_log)
