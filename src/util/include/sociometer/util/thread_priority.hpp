// SPDX-License-Identifier: Apache-2.0
// A thread that may wait for the others of its process.
#pragma once

namespace sociometer::util {

// Lowers the calling thread's CPU priority by 10 nice levels (at most to 19), leaving the other
// threads of the process as they are: on Linux nice is per thread. Does nothing where that
// fails. For work off the critical path that would otherwise take a core from work on it.
void lower_this_thread_priority() noexcept;

} // namespace sociometer::util
