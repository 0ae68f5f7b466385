// SPDX-License-Identifier: Apache-2.0
#include <iostream>

#include "sociometer/cli/app.hpp"

int main(int argc, char **argv) { return sociometer::cli::run(argc, argv, std::cout, std::cerr); }
