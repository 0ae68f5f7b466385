// SPDX-License-Identifier: Apache-2.0
// `sociometer ingest`: the ingest driver. Each input goes through the same named steps, and one
// input's failure never costs another input's records.
#include <filesystem>
#include <set>

#include "common.hpp"
#include "sociometer/error.hpp"
#include "sociometer/ingest/ingest.hpp"

namespace sociometer::cli {
namespace {

// Records per transaction for line-oriented inputs: large enough for speed, small enough that an
// interrupted run loses little.
constexpr std::int64_t k_batch_records = 20000;

struct IngestOptions {
  std::vector<std::string> paths;
  std::string platform;
  std::string as_handle;
  std::string map;
  std::string source_tz;
  bool strict = false;
  bool dry_run = false;
};

// Connects a parser to the store writer: batching, units, and diagnostics on stderr.
class StoreTarget final : public ingest::IngestTarget {
public:
  StoreTarget(store::IngestWriter &writer, bool dry_run, Context &context, ImportSummary &summary)
      : m_writer(writer), m_dry_run(dry_run), m_context(context), m_summary(summary) {}

  void account(const AccountRecord &record) override { m_writer.account(record); }
  void post(const PostRecord &record) override { m_writer.post(record); }
  void page_metric(const PageMetricRecord &record) override { m_writer.page_metric(record); }
  void record_boundary() override {
    if (!m_dry_run && m_writer.pending() >= k_batch_records) {
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
    m_context.log->warn("{}", ingest::format_diagnostic(diagnostic));
    if (diagnostic.record_skipped) {
      ++m_summary.records_skipped;
    }
    m_summary.diagnostics.push_back({diagnostic.line, diagnostic.offset, diagnostic.message});
  }

private:
  store::IngestWriter &m_writer;
  bool m_dry_run;
  Context &m_context;
  ImportSummary &m_summary;
};

void copy_counts(const store::IngestCounts &counts, ImportSummary &summary) {
  summary.posts_new = counts.posts_new;
  summary.posts_updated = counts.posts_updated;
  summary.posts_unchanged = counts.posts_unchanged;
  summary.referenced_new = counts.referenced_new;
}

// `--as` without a leading `@`.
std::string as_handle(const IngestOptions &options) {
  auto handle = options.as_handle;
  if (!handle.empty() && handle.front() == '@') {
    handle.erase(0, 1);
  }
  return handle;
}

ImportSummary ingest_one(const std::string &path, const IngestOptions &options,
                         const ingest::InputOptions &input_options, store::Store &store,
                         Context &context, std::set<Platform> &platforms) {
  ImportSummary summary;
  summary.path = path == "-" ? "<stdin>" : path;
  std::unique_ptr<ingest::Input> input;
  try {
    // Detect the format from content; a damaged container fails here.
    input = ingest::with_language_detection(ingest::open_input(path, input_options));
    summary.format = input->format();
    platforms.insert(input->platform());
    if (!options.platform.empty() && parse_platform(options.platform) != input->platform()) {
      throw Error(ErrorKind::usage, summary.path + ": detected " + input->format() + " (platform " +
                                        std::string(to_string(input->platform())) +
                                        "), not --platform " + options.platform);
    }
  } catch (const Error &error) {
    if (error.kind() != ErrorKind::input) {
      throw;
    }
    context.log->error("{}", error.what());
    if (!error.hint().empty() && !context.globals.quiet) {
      context.err << "hint: " << error.hint() << '\n';
    }
    summary.outcome = "failed";
    summary.error = error.what();
    return summary;
  }

  // Record the run before writing, so an interrupted import is visible as `running`.
  const auto import_id = options.dry_run ? 0 : store.begin_import(summary.path, summary.format);
  auto writer = store.writer(import_id);
  StoreTarget target(*writer, options.dry_run, context, summary);
  try {
    // Parse and upsert in batches; the parser commits whole units itself.
    ingest::parse_in_background(*input, target);
    if (options.dry_run) {
      copy_counts(writer->total_counts(), summary);
      writer->rollback();
      summary.outcome = "dry-run";
    } else {
      writer->commit();
      copy_counts(writer->counts(), summary);
      summary.outcome = summary.records_skipped > 0 ? "partial" : "ok";
    }
  } catch (const Error &error) {
    writer->rollback();
    copy_counts(writer->counts(), summary);
    if (error.kind() != ErrorKind::input) {
      if (!options.dry_run) {
        store::IngestCounts counts = writer->counts();
        counts.records_skipped = summary.records_skipped;
        store.finish_import(import_id, store::ImportOutcome::failed, counts, "", error.what());
      }
      throw;
    }
    context.log->error("{}", error.what());
    summary.outcome = "failed";
    summary.error = error.what();
  }
  summary.sha256 = input->sha256();
  // Record how the run ended, with the input's hash, for `status` and audits.
  if (!options.dry_run) {
    store::IngestCounts counts = writer->counts();
    counts.records_skipped = summary.records_skipped;
    const auto outcome = summary.outcome == "ok"        ? store::ImportOutcome::ok
                         : summary.outcome == "partial" ? store::ImportOutcome::partial
                                                        : store::ImportOutcome::failed;
    store.finish_import(import_id, outcome, counts, summary.sha256, summary.error);
  }
  return summary;
}

int run_ingest(const IngestOptions &options, Context &context) {
  const auto format = resolve_format(
      context.globals, report::Format::table,
      {report::Format::table, report::Format::json, report::Format::ndjson, report::Format::csv});
  if (!options.platform.empty() && !parse_platform(options.platform)) {
    throw Error(ErrorKind::usage, "--platform " + options.platform + ": unknown platform");
  }
  const auto path = store_path(context.globals);
  const bool created = !std::filesystem::exists(path);
  store::Store store(path, store::OpenMode::read_write_create);
  if (created) {
    store.migrate();
    context.log->info("created store {}", path);
  }
  store.require_current_schema();

  // What the formats that cannot tell by themselves need: platform, column map, zone, owner.
  ingest::InputOptions input_options;
  input_options.platform = parse_platform(options.platform);
  input_options.column_map = options.map;
  input_options.source_time_zone =
      options.source_tz.empty() ? store.setting("tz").value_or("UTC") : options.source_tz;
  (void)util::TimeZone(input_options.source_time_zone); // validate once: a usage error
  input_options.owner_handle = as_handle(options);

  std::vector<ImportSummary> summaries;
  std::set<Platform> platforms; // of the inputs recognised, for --as
  for (const auto &given : options.paths) {
    std::vector<std::string> inputs;
    try {
      inputs = ingest::expand_path(given);
    } catch (const Error &error) {
      context.log->error("{}", error.what());
      ImportSummary failed;
      failed.path = given;
      failed.outcome = "failed";
      failed.error = error.what();
      summaries.push_back(std::move(failed));
      continue;
    }
    for (const auto &input : inputs) {
      summaries.push_back(ingest_one(input, options, input_options, store, context, platforms));
    }
  }
  if (!options.as_handle.empty() && !options.dry_run) {
    const auto handle = as_handle(options);
    // The platform named, else those of the inputs (X when none was recognised).
    if (!options.platform.empty()) {
      platforms = {parse_platform(options.platform).value_or(Platform::x)};
    } else if (platforms.empty()) {
      platforms = {Platform::x};
    }
    bool found = false;
    for (const auto platform : platforms) {
      found = store.set_account_role(platform, handle, AccountRole::own) || found;
    }
    if (!found) {
      context.log->warn("--as {}: no such account on {} in the store", handle,
                        to_string(*platforms.begin()));
    }
  }

  // Summarise: one line on stderr, the rows on stdout.
  ImportSummary total;
  bool failed = false;
  std::int64_t diagnostics = 0;
  for (const auto &summary : summaries) {
    total.posts_new += summary.posts_new;
    total.posts_updated += summary.posts_updated;
    total.posts_unchanged += summary.posts_unchanged;
    total.records_skipped += summary.records_skipped;
    diagnostics += static_cast<std::int64_t>(summary.diagnostics.size());
    failed = failed || summary.outcome == "failed";
  }
  context.log->info("{} input{}: {} new, {} updated, {} unchanged posts, {} records skipped{}",
                    summaries.size(), summaries.size() == 1 ? "" : "s", total.posts_new,
                    total.posts_updated, total.posts_unchanged, total.records_skipped,
                    options.dry_run ? " (dry run: nothing written)" : "");
  report::Envelope envelope;
  envelope.command = "ingest";
  envelope.generated_at = util::report_clock_now();
  envelope.params["db"] = path;
  envelope.params["dry_run"] = std::int64_t{options.dry_run ? 1 : 0};
  envelope.params["strict"] = std::int64_t{options.strict ? 1 : 0};
  envelope.definitions = {
      {"posts_new",
       "primary posts stored for the first time (or first seen as more than a reference)"},
      {"posts_updated", "primary posts whose content changed"},
      {"posts_unchanged",
       "primary posts already stored as they are (metric snapshots may still be added)"},
      {"referenced_posts_new", "posts stored only as targets of reposts, quotes or replies"},
      {"records_skipped", "records dropped because they were malformed (see diagnostics)"},
  };
  report::render_import_summaries(summaries, envelope, format, context.out);
  if (failed) {
    return 1;
  }
  if (options.strict && diagnostics > 0) {
    context.log->error("--strict: {} diagnostic{}", diagnostics, diagnostics == 1 ? "" : "s");
    return 1;
  }
  return 0;
}

} // namespace

CommandRunner add_ingest_command(CLI::App &app) {
  auto options = std::make_shared<IngestOptions>();
  auto *command =
      app.add_subcommand("ingest", "import exports and captures (format detected from content)");
  command->add_option("paths", options->paths, "files, folders, zip archives, or - for stdin")
      ->required();
  command->add_option("--platform", options->platform,
                      "expect this platform (a mismatch is an error)");
  command->add_option("--as", options->as_handle,
                      "mark this handle as the organisation's own account");
  command->add_option("--map", options->map,
                      "read CSV inputs through this column map: 'COLUMN=FIELD,...' or a file of "
                      "COLUMN=FIELD lines (see docs/formats.md)");
  command->add_option("--source-tz", options->source_tz,
                      "IANA zone of CSV times without an offset (default: the store's tz, else "
                      "UTC)");
  command->add_flag("--strict", options->strict, "exit 1 on any diagnostic");
  command->add_flag("--dry-run", options->dry_run, "parse and count, write nothing");
  return [options](Context &context) { return run_ingest(*options, context); };
}

} // namespace sociometer::cli
