# SPDX-License-Identifier: Apache-2.0
# sociometer_settings / sociometer_warnings: linked PRIVATE to our own targets only, so third-party
# headers and packagers' flags are not affected.
add_library(sociometer_settings INTERFACE)
target_compile_features(sociometer_settings INTERFACE cxx_std_20)

add_library(sociometer_warnings INTERFACE)
target_compile_options(sociometer_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wimplicit-fallthrough)
if(SOCIOMETER_WARNINGS_AS_ERRORS)
  target_compile_options(sociometer_warnings INTERFACE -Werror)
endif()
