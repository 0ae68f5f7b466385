// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/heap.hpp"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace sociometer::util {

void keep_freed_heap_for_reuse() noexcept {
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD) && defined(M_TOP_PAD)
  constexpr int k_trim_threshold = 64 << 20;
  // Each time the heap grows, it grows by this much more than asked, so fewer brk calls.
  constexpr int k_top_pad = 16 << 20;
  (void)::mallopt(M_TRIM_THRESHOLD, k_trim_threshold);
  (void)::mallopt(M_TOP_PAD, k_top_pad);
#endif
}

} // namespace sociometer::util
