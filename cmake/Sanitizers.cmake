# SPDX-License-Identifier: Apache-2.0
# SOCIOMETER_SANITIZERS="address;undefined" builds everything (our code and tests) instrumented.
if(SOCIOMETER_SANITIZERS)
  list(JOIN SOCIOMETER_SANITIZERS "," _sociometer_sanitizers)
  add_compile_options(-fsanitize=${_sociometer_sanitizers} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${_sociometer_sanitizers})
  message(STATUS "sociometer: sanitizers ${_sociometer_sanitizers}")
endif()
