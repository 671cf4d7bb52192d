# The translation check (ctest i18n.complete): lupdate reads the sources into temporary copies of the .ts
# files (the same lupdate project as `cmake --build build --target update_translations`), then the check
# fails when a language lacks a translation, or when QML shows a literal without qsTr().
#   cmake -DPROJECT=<build>/app/.lupdate/polis_cli_project.cmake -DGENERATOR=<Qt's GenerateLUpdateProject.cmake>
#         -DLUPDATE=<lupdate> -DWORK=<dir> -DQML_DIR=<source>/qml -P check_translations.cmake
include(${PROJECT}) # lupdate_sources, lupdate_include_paths, lupdate_translations
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(copies)
foreach(ts IN LISTS lupdate_translations)
  get_filename_component(name ${ts} NAME)
  file(COPY ${ts} DESTINATION ${WORK})
  list(APPEND copies ${WORK}/${name})
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT} -DOUT_FILE=${WORK}/project.json -P ${GENERATOR})
execute_process(COMMAND ${LUPDATE} -project ${WORK}/project.json -locations none -no-obsolete -no-ui-lines
                        -ts ${copies}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "lupdate failed:\n${out}")
endif()

set(problems 0)
foreach(ts IN LISTS copies)
  file(READ ${ts} text)
  # One message per match: its source and its translation element.
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation[^>]*type=\"unfinished\""
         unfinished "${text}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    get_filename_component(name ${ts} NAME)
    math(EXPR problems "${problems} + ${count}")
    message("${name}: ${count} text(s) without a translation:")
    foreach(u IN LISTS unfinished)
      string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${u}")
      message("    ${source}")
    endforeach()
  endif()
endforeach()

# QML properties users read, given a literal (with letters) instead of qsTr("...").
file(GLOB_RECURSE qml_files ${QML_DIR}/*.qml)
foreach(f IN LISTS qml_files)
  file(STRINGS ${f} lines)
  foreach(line IN LISTS lines)
    if(line MATCHES "^[ \t]*(text|title|placeholderText|ToolTip\\.text|label)[ \t]*:([^\"]*[?:][ \t]*)?[ \t]*\"[^\"]*[A-Za-z]"
       AND NOT line MATCHES "// not translated")
      math(EXPR problems "${problems} + 1")
      message("${f}: a literal outside qsTr(): ${line}")
    endif()
  endforeach()
endforeach()

if(problems GREATER 0)
  message(FATAL_ERROR "${problems} translation problem(s): wrap the texts in qsTr()/tr(), then run "
                      "installer/dev.sh translations and translate what it added (Qt Linguist: linguist app/i18n/*.ts)")
endif()
message("Every text is translated into every language.")
