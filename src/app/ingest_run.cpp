// SPDX-License-Identifier: Apache-2.0
// Each input goes through the same named steps: open and detect, record the run, parse and write
// in batches, record how it ended.
#include "sociometer/app/ingest_run.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>
#include <variant>
#include <vector>

#include "sociometer/app/store_access.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/heap.hpp"

namespace sociometer::app {
namespace {

// Records per transaction for line-oriented inputs: large enough for speed, small enough that an
// interrupted run loses little.
constexpr std::int64_t k_batch_records = 20000;

// Connects a parser to the store writer: batching, units, and diagnostics.
class StoreTarget final : public ingest::IngestTarget {
public:
  StoreTarget(store::IngestWriter &writer, bool dry_run, IngestObserver &observer,
              ImportSummary &summary)
      : m_writer(writer), m_dry_run(dry_run), m_observer(observer), m_summary(summary) {}
  // A second pass over an input whose diagnostics the first pass reported already.
  void make_quiet() { m_quiet = true; }

  void account(const AccountRecord &record) override {
    m_writer.account(record);
    count_record();
  }
  void post(const PostRecord &record) override {
    m_writer.post(record);
    count_record();
  }
  void page_metric(const PageMetricRecord &record) override {
    m_writer.page_metric(record);
    count_record();
  }
  void record_boundary() override {
    m_writer.record_boundary();
    if (!m_dry_run && m_writer.pending() >= std::min(k_batch_records, m_writer.batch_limit())) {
      m_writer.commit();
    }
  }
  void commit_unit() override {
    if (!m_dry_run) {
      m_writer.commit();
    }
  }
  void abandon_unit() override { m_writer.rollback(); }
  void diagnose(ingest::Diagnostic diagnostic) override {
    if (m_quiet) {
      return;
    }
    m_observer.diagnostic(diagnostic);
    if (diagnostic.note) {
      return; // not a problem: not among the input's diagnostics, which --strict counts
    }
    if (diagnostic.record_skipped) {
      ++m_summary.records_skipped;
    }
    m_summary.diagnostics.push_back({diagnostic.line, diagnostic.offset, diagnostic.message});
  }

private:
  void count_record() {
    if (++m_records % k_progress_records == 0 && !m_quiet) {
      m_observer.records_read(m_records);
    }
  }

  store::IngestWriter &m_writer;
  bool m_dry_run;
  IngestObserver &m_observer;
  ImportSummary &m_summary;
  std::int64_t m_records = 0;
  bool m_quiet = false;
};

void copy_counts(const store::IngestCounts &counts, ImportSummary &summary) {
  summary.posts_new = counts.posts_new;
  summary.posts_updated = counts.posts_updated;
  summary.posts_unchanged = counts.posts_unchanged;
  summary.referenced_new = counts.referenced_new;
}

ImportSummary failed_summary(const std::string &path, const Error &error) {
  ImportSummary summary;
  summary.path = path;
  summary.outcome = "failed";
  summary.error = error.what();
  return summary;
}

store::ImportOutcome import_outcome(const std::string &outcome) {
  if (outcome == "ok") {
    return store::ImportOutcome::ok;
  }
  return outcome == "partial" ? store::ImportOutcome::partial : store::ImportOutcome::failed;
}

// Everything one input needs besides its path.
struct InputRun {
  const IngestRequest &request;
  const ingest::InputOptions &options;
  store::Store &store;
  IngestObserver &observer;
  std::set<Platform> &platforms; // of the inputs recognised, for the owner handle
};

// Detects the format from content; a damaged container or a platform mismatch fails here.
std::unique_ptr<ingest::Input> open_detected(const std::string &path, ImportSummary &summary,
                                             const InputRun &run) {
  auto input = ingest::with_language_detection(ingest::open_input(path, run.options));
  summary.format = input->format();
  run.platforms.insert(input->platform());
  if (run.request.platform && *run.request.platform != input->platform()) {
    throw Error(ErrorKind::usage, summary.path + ": detected " + input->format() + " (platform " +
                                      std::string(to_string(input->platform())) +
                                      "), not --platform " +
                                      std::string(to_string(*run.request.platform)));
  }
  return input;
}

// Writes the input at `path` again through a new writer of `import_id`, row by row: for a bulk
// load that another writer's rows made impossible after it was staged (PostgreSQL).
void write_again(const std::string &path, const InputRun &run, std::int64_t import_id,
                 std::unique_ptr<store::IngestWriter> &writer,
                 std::unique_ptr<ingest::Input> &input, ImportSummary &summary) {
  if (path == "-") {
    throw Error(ErrorKind::store,
                "another sociometer wrote the store while standard input was being staged",
                "ingest it again");
  }
  writer = run.store.writer(import_id);
  ImportSummary again = summary;
  input = open_detected(path, again, run);
  StoreTarget target(*writer, false, run.observer, again);
  target.make_quiet();
  ingest::parse_in_background(*input, target);
  writer->commit();
}

ImportSummary ingest_one(const std::string &path, const InputRun &run) {
  const bool dry_run = run.request.dry_run;
  ImportSummary summary;
  summary.path = path == "-" ? "<stdin>" : path;
  std::unique_ptr<ingest::Input> input;
  try {
    input = open_detected(path, summary, run);
  } catch (const Error &error) {
    if (error.kind() != ErrorKind::input) {
      throw;
    }
    run.observer.input_unrecognised(error);
    auto failed = failed_summary(summary.path, error);
    failed.format = summary.format;
    return failed;
  }

  // Record the run before writing, so an interrupted import is visible as `running`.
  const auto import_id = dry_run ? 0 : run.store.begin_import(summary.path, summary.format);
  auto writer = run.store.writer(import_id);
  StoreTarget target(*writer, dry_run, run.observer, summary);
  const auto finish = [&](store::ImportOutcome outcome, const std::string &sha256,
                          const std::string &error) {
    if (!dry_run) {
      store::IngestCounts counts = writer->counts();
      counts.records_skipped = summary.records_skipped;
      run.store.finish_import(import_id, outcome, counts, sha256, error);
    }
  };
  // A store without posts is bulk loaded: its secondary indexes are built after the rows.
  if (!dry_run) {
    writer->start_bulk_load();
  }
  try {
    // Parse and upsert in batches; the parser commits whole units itself.
    ingest::parse_in_background(*input, target);
    if (dry_run) {
      copy_counts(writer->total_counts(), summary);
      writer->rollback();
      summary.outcome = "dry-run";
    } else {
      writer->commit();
      writer->finish_bulk_load();
      if (writer->bulk_load_refused()) {
        write_again(path, run, import_id, writer, input, summary);
      }
      copy_counts(writer->counts(), summary);
      summary.outcome = summary.records_skipped > 0 ? "partial" : "ok";
    }
  } catch (const Error &error) {
    // Clean-up must never hide the error that caused it (a full disk fails the rollback and the
    // log update too): their own failures are dropped, and an import row that could not be
    // finished stays `running` until the next writer marks it interrupted.
    try {
      writer->rollback();
      // What was committed stays: a bulk load builds its indexes now, a bulk run at its end.
      writer->finish_bulk_load();
    } catch (const Error &) { // NOLINT(bugprone-empty-catch): the first error is reported
    }
    copy_counts(writer->counts(), summary);
    if (error.kind() != ErrorKind::input) {
      try {
        finish(error.kind() == ErrorKind::interrupted ? store::ImportOutcome::interrupted
                                                      : store::ImportOutcome::failed,
               "", error.what());
      } catch (const Error &) { // NOLINT(bugprone-empty-catch): the first error is reported
      }
      throw;
    }
    run.observer.input_failed(error);
    summary.outcome = "failed";
    summary.error = error.what();
  } catch (const std::exception &error) {
    // Not ours (out of memory): the import is still recorded as failed, not left `running`.
    try {
      writer->rollback();
      writer->finish_bulk_load();
      finish(store::ImportOutcome::failed, "", std::string("internal error: ") + error.what());
    } catch (const Error &) { // NOLINT(bugprone-empty-catch): the first error is reported
    }
    throw;
  }
  summary.sha256 = input->sha256();
  // Record how the run ended, with the input's hash, for `status` and audits.
  finish(import_outcome(summary.outcome), summary.sha256, summary.error);
  return summary;
}

// The store's bulk load across the inputs of one run (Store::begin_bulk_run), ended by finish()
// or, quietly, when the run ends by an error (a failure then stays the run's error; the next
// writer builds what could not be built).
class BulkRunGuard {
public:
  BulkRunGuard(store::Store &store, bool wanted) : m_store(wanted ? &store : nullptr) {
    if (m_store != nullptr) {
      m_store->begin_bulk_run();
    }
  }
  ~BulkRunGuard() {
    try {
      finish();
    } catch (...) { // NOLINT(bugprone-empty-catch): the run's own error is reported (out of
                    // memory too); the next writer builds what could not be built
    }
  }
  BulkRunGuard(const BulkRunGuard &) = delete;
  BulkRunGuard &operator=(const BulkRunGuard &) = delete;
  void finish() {
    if (auto *store = std::exchange(m_store, nullptr)) {
      store->finish_bulk_run();
    }
  }

private:
  store::Store *m_store;
};

// Marks the owner handle as the organisation's own on the platform named, else on those of the
// inputs (X when none was recognised).
void mark_owner(const IngestRequest &request, std::set<Platform> platforms, store::Store &store,
                IngestObserver &observer) {
  if (request.platform) {
    platforms = {*request.platform};
  } else if (platforms.empty()) {
    platforms = {Platform::x};
  }
  bool found = false;
  for (const auto platform : platforms) {
    found = store.set_account_role(platform, request.owner_handle, AccountRole::own) || found;
  }
  if (!found) {
    observer.owner_not_found(request.owner_handle, *platforms.begin());
  }
}

void add_totals(IngestRun &run) {
  for (const auto &summary : run.summaries) {
    run.total.posts_new += summary.posts_new;
    run.total.posts_updated += summary.posts_updated;
    run.total.posts_unchanged += summary.posts_unchanged;
    run.total.records_skipped += summary.records_skipped;
    run.diagnostics += static_cast<std::int64_t>(summary.diagnostics.size());
    run.any_failed = run.any_failed || summary.outcome == "failed";
  }
}

// The sizes of the inputs of a run, in order, for the share of bytes done before each.
class InputSizes {
public:
  explicit InputSizes(const std::vector<std::variant<ingest::PathInputs, Error>> &expansions) {
    for (const auto &expansion : expansions) {
      if (const auto *expanded = std::get_if<ingest::PathInputs>(&expansion)) {
        for (const auto &input : expanded->inputs) {
          std::error_code error;
          const auto size = input == "-" ? 0 : std::filesystem::file_size(input, error);
          m_before.push_back(m_total);
          m_total += error ? 0 : size;
        }
      }
    }
  }
  [[nodiscard]] std::size_t count() const { return m_before.size(); }
  [[nodiscard]] double share_before(std::size_t index) const {
    return m_total == 0 || index >= m_before.size()
               ? 0.0
               : static_cast<double>(m_before[index]) / static_cast<double>(m_total);
  }

private:
  std::vector<std::uintmax_t> m_before;
  std::uintmax_t m_total = 0;
};

} // namespace

IngestRun run_ingest(const IngestRequest &request, IngestObserver &observer) {
  util::keep_freed_heap_for_reuse();
  bool created = false;
  auto store = open_writer_store(request.store_path, created);
  if (created) {
    observer.store_created(request.store_path);
  }

  // What the formats that cannot tell by themselves need: platform, column map, zone, owner.
  ingest::InputOptions options;
  options.platform = request.platform;
  options.column_map = request.column_map;
  options.source_time_zone = resolve_zone(request.source_zone, store);
  options.owner_handle = request.owner_handle;

  IngestRun run;
  std::set<Platform> platforms;
  const InputRun input_run{request, options, store, observer, platforms};
  // Every path is expanded first, so that a progress display knows how much there is to do.
  std::vector<std::variant<ingest::PathInputs, Error>> expansions;
  for (const auto &given : request.paths) {
    try {
      expansions.emplace_back(ingest::expand_path(given));
    } catch (const Error &error) {
      expansions.emplace_back(error);
    }
  }
  const InputSizes sizes(expansions);
  // A new store's inputs are bulk loaded as one: its indexes are built once, after the last
  // (10M tweets in two files: 580 s loaded file by file, 360 s as one).
  BulkRunGuard bulk_run(store, !request.dry_run);
  std::size_t index = 0;
  for (std::size_t i = 0; i < expansions.size(); ++i) {
    if (const auto *error = std::get_if<Error>(&expansions[i])) {
      observer.input_failed(*error);
      run.summaries.push_back(failed_summary(request.paths[i], *error));
      continue;
    }
    const auto &expanded = std::get<ingest::PathInputs>(expansions[i]);
    // What a folder holds that cannot be read fails on its own; the rest is ingested.
    for (const auto &entry : expanded.unreadable) {
      const Error error(ErrorKind::input, entry.path + ": " + entry.reason);
      observer.input_failed(error);
      run.summaries.push_back(failed_summary(entry.path, error));
    }
    for (const auto &input : expanded.inputs) {
      observer.input_started(input, index, sizes.count(), sizes.share_before(index));
      ++index;
      run.summaries.push_back(ingest_one(input, input_run));
    }
  }
  bulk_run.finish();
  if (!request.owner_handle.empty() && !request.dry_run) {
    mark_owner(request, std::move(platforms), store, observer);
  }
  add_totals(run);
  return run;
}

} // namespace sociometer::app
