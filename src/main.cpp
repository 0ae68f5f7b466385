// SPDX-License-Identifier: Apache-2.0
#include <malloc.h>

#include <iostream>

#include "sociometer/cli/app.hpp"

int main(int argc, char **argv) {
  // Blocks of 1 MiB and more come from their own mappings, returned to the system when freed.
  // glibc's default raises that threshold to the largest block freed so far (up to 32 MiB), after
  // which a command's big temporary vectors come from the heap, whose freed pages it keeps: the
  // graph commands over 288,000 accounts peaked 60-80 MiB higher (docs/performance.md, "Graph
  // commands over many accounts").
  constexpr int k_mmap_threshold = 1 << 20;
  mallopt(M_MMAP_THRESHOLD, k_mmap_threshold);
  return sociometer::cli::run(argc, argv, std::cout, std::cerr);
}
