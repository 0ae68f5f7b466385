// SPDX-License-Identifier: Apache-2.0
// Parser and writer on two cores: the parser thread fills batches of operations, the calling
// thread applies them. A bounded queue keeps memory flat whatever the input size.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>

#include "sociometer/ingest/ingest.hpp"

namespace sociometer::ingest {
namespace {

struct Boundary {};
struct CommitUnit {};
struct AbandonUnit {};
using Operation = std::variant<AccountRecord, PostRecord, PageMetricRecord, Diagnostic, Boundary,
                               CommitUnit, AbandonUnit>;
using Batch = std::vector<Operation>;

constexpr std::size_t k_batch_operations = 256;
constexpr std::size_t k_batches_in_flight = 8;

// Thrown inside the parser thread when the consumer gave up; unwinds the parser quietly.
struct Cancelled {};

class Channel {
public:
  void push(Batch batch) {
    std::unique_lock lock(m_mutex);
    m_not_full.wait(lock, [&] { return m_batches.size() < k_batches_in_flight || m_cancelled; });
    if (m_cancelled) {
      throw Cancelled{};
    }
    m_batches.push_back(std::move(batch));
    m_not_empty.notify_one();
  }
  // False when the producer closed the channel and everything was taken.
  bool pop(Batch &batch) {
    std::unique_lock lock(m_mutex);
    m_not_empty.wait(lock, [&] { return !m_batches.empty() || m_closed; });
    if (m_batches.empty()) {
      return false;
    }
    batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_not_full.notify_one();
    return true;
  }
  void close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_not_empty.notify_all();
  }
  void cancel() {
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_not_full.notify_all();
  }

private:
  std::mutex m_mutex;
  std::condition_variable m_not_full;
  std::condition_variable m_not_empty;
  std::deque<Batch> m_batches;
  bool m_closed = false;
  bool m_cancelled = false;
};

// The parser's target: records every call as an operation.
class QueueTarget final : public IngestTarget {
public:
  explicit QueueTarget(Channel &channel) : m_channel(channel) {
    m_batch.reserve(k_batch_operations);
  }
  void account(const AccountRecord &record) override { add(record); }
  void post(const PostRecord &record) override { add(record); }
  void page_metric(const PageMetricRecord &record) override { add(record); }
  void record_boundary() override { add(Boundary{}); }
  void commit_unit() override { add(CommitUnit{}); }
  void abandon_unit() override { add(AbandonUnit{}); }
  void diagnose(Diagnostic diagnostic) override { add(std::move(diagnostic)); }
  void flush() {
    if (!m_batch.empty()) {
      m_channel.push(std::move(m_batch));
      m_batch = Batch{};
      m_batch.reserve(k_batch_operations);
    }
  }

private:
  void add(Operation operation) {
    m_batch.push_back(std::move(operation));
    if (m_batch.size() >= k_batch_operations) {
      flush();
    }
  }
  Channel &m_channel;
  Batch m_batch;
};

void apply(Operation &operation, IngestTarget &target) {
  std::visit(
      [&](auto &value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, AccountRecord>) {
          target.account(value);
        } else if constexpr (std::is_same_v<T, PostRecord>) {
          target.post(value);
        } else if constexpr (std::is_same_v<T, PageMetricRecord>) {
          target.page_metric(value);
        } else if constexpr (std::is_same_v<T, Diagnostic>) {
          target.diagnose(std::move(value));
        } else if constexpr (std::is_same_v<T, Boundary>) {
          target.record_boundary();
        } else if constexpr (std::is_same_v<T, CommitUnit>) {
          target.commit_unit();
        } else {
          target.abandon_unit();
        }
      },
      operation);
}

} // namespace

void parse_in_background(Input &input, IngestTarget &target) {
  Channel channel;
  std::exception_ptr parse_error;
  std::thread parser([&] {
    QueueTarget queue(channel);
    try {
      input.parse(queue);
      queue.flush();
    } catch (const Cancelled &) {
      // The consumer failed and reports its own error.
    } catch (...) {
      parse_error = std::current_exception();
      try {
        queue.flush();              // what came before the error still counts
      } catch (const Cancelled &) { // NOLINT(bugprone-empty-catch): the consumer is gone
      }
    }
    channel.close();
  });
  try {
    Batch batch;
    while (channel.pop(batch)) {
      for (auto &operation : batch) {
        apply(operation, target);
      }
    }
  } catch (...) {
    channel.cancel();
    parser.join();
    throw;
  }
  parser.join();
  if (parse_error) {
    std::rethrow_exception(parse_error);
  }
}

} // namespace sociometer::ingest
