// SPDX-License-Identifier: Apache-2.0
#include "sociometer/util/thread_priority.hpp"

#include <algorithm>
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>

namespace sociometer::util {

void lower_this_thread_priority() noexcept {
  constexpr int k_lower_by = 10;
  constexpr int k_lowest = 19;
  const auto thread = static_cast<id_t>(::gettid());
  errno = 0; // getpriority may return -1 as a value
  const int now = ::getpriority(PRIO_PROCESS, thread);
  if (errno != 0) {
    return;
  }
  // Relative, so that a process already run under `nice` is never raised by it.
  (void)::setpriority(PRIO_PROCESS, thread, std::min(k_lowest, now + k_lower_by));
}

} // namespace sociometer::util
