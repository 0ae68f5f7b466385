// SPDX-License-Identifier: Apache-2.0
// `sociometer ingest`: flags -> app::IngestRequest -> app::run_ingest -> one summary line on
// stderr and one row per input on stdout.
#include "common.hpp"
#include "progress.hpp"
#include "sociometer/app/ingest_run.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"
#include "warning_groups.hpp"

namespace sociometer::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string platform;
  std::string as_handle;
  std::string map;
  std::string source_tz;
  bool strict = false;
  bool dry_run = false;
};

// Logs what happens during the run: diagnostics as warnings, unreadable inputs as errors.
// Repeated diagnostics are grouped (WarningGroups) unless -v.
class LoggingObserver final : public app::IngestObserver {
public:
  explicit LoggingObserver(Context &context)
      : m_context(context), m_groups(context.invocation.verbose > 0),
        m_progress(progress_display(context, "ingest")) {}

  void input_started(const std::string &path, std::size_t index, std::size_t count,
                     double share_done) override {
    m_records_before += m_records_in_input;
    m_records_in_input = 0;
    m_update.step = "input " + std::to_string(index + 1) + "/" + std::to_string(count);
    m_update.detail = path;
    if (share_done > 0) {
      m_update.fraction = share_done;
    }
    show_progress();
  }
  void records_read(std::int64_t records) override {
    m_records_in_input = records;
    show_progress();
  }
  // Erases the progress line before other output on stderr (the next update redraws it).
  void clear_progress() {
    if (m_progress) {
      m_progress->finish();
    }
  }

  // The "and N more like this" lines of the warnings held back.
  void report_held_back() const {
    for (const auto &line : m_groups.held_back()) {
      m_context.log->warn("{}", line);
    }
  }

  void store_created(const std::string &path) override {
    m_context.log->info("created store {}", path);
  }
  void diagnostic(const ingest::Diagnostic &diagnostic) override {
    if (diagnostic.note) {
      clear_progress();
      m_context.log->info("{}", ingest::format_diagnostic(diagnostic));
      return;
    }
    if (m_groups.admit(diagnostic.file, diagnostic.message)) {
      clear_progress();
      m_context.log->warn("{}", ingest::format_diagnostic(diagnostic));
    }
  }
  void input_unrecognised(const Error &error) override {
    clear_progress();
    m_context.log->error("{}", error.what());
    if (!error.hint().empty() && !m_context.invocation.quiet) {
      m_context.err << "hint: " << error.hint() << '\n';
    }
  }
  void input_failed(const Error &error) override {
    clear_progress();
    m_context.log->error("{}", error.what());
  }
  void owner_not_found(const std::string &handle, Platform platform) override {
    m_context.log->warn("--as {}: no such account on {} in the store", handle, to_string(platform));
  }

private:
  void show_progress() {
    if (m_progress) {
      m_update.done = m_records_before + m_records_in_input;
      m_update.unit = "records";
      m_progress->update(m_update);
    }
  }

  Context &m_context;
  WarningGroups m_groups;
  std::unique_ptr<ProgressDisplay> m_progress;
  ProgressUpdate m_update;
  std::int64_t m_records_before = 0;
  std::int64_t m_records_in_input = 0;
};

// The flags as a request: the platform parsed, `@` dropped, and the source zone under the one
// rule: --source-tz, else the global --tz (else, in the run, the store's zone, else UTC).
app::IngestRequest ingest_request(const IngestOptions &options, const Invocation &invocation) {
  app::IngestRequest request;
  request.store_path = invocation.store_path;
  request.paths = options.paths;
  request.platform = platform_filter(options.platform);
  request.owner_handle = util::strip_handle_prefix(options.as_handle);
  request.column_map = options.map;
  request.source_zone =
      options.source_tz.empty() ? invocation.zone : util::TimeZone(options.source_tz);
  request.dry_run = options.dry_run;
  return request;
}

report::Envelope ingest_envelope(const IngestOptions &options, const Invocation &invocation) {
  report::Envelope envelope;
  envelope.command = "ingest";
  envelope.generated_at = util::report_clock_now();
  envelope.params["db"] = invocation.store_path;
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
  return envelope;
}

int run_ingest(const IngestOptions &options, Context &context) {
  const auto request = ingest_request(options, context.invocation);
  LoggingObserver observer(context);
  const auto run = app::run_ingest(request, observer);
  observer.clear_progress();
  observer.report_held_back();
  const auto inputs = run.summaries.size();
  context.log->info("{} input{}: {} new, {} updated, {} unchanged posts, {} records skipped{}",
                    inputs, inputs == 1 ? "" : "s", run.total.posts_new, run.total.posts_updated,
                    run.total.posts_unchanged, run.total.records_skipped,
                    options.dry_run ? " (dry run: nothing written)" : "");
  // -q: a successful run prints nothing (a cron job's mail stays empty); a failure still gets
  // the summary that says which input failed, and a machine format asked for is data.
  const bool summary_wanted = !context.invocation.quiet || run.any_failed ||
                              context.invocation.report_format() != report::Format::table;
  if (summary_wanted) {
    report::render_import_summaries(run.summaries, ingest_envelope(options, context.invocation),
                                    context.invocation.render_options(), context.out);
  }
  if (run.any_failed) {
    return 1;
  }
  if (options.strict && run.diagnostics > 0) {
    context.log->error("--strict: {} diagnostic{}", run.diagnostics,
                       run.diagnostics == 1 ? "" : "s");
    return 1;
  }
  return 0;
}

} // namespace

void add_ingest_command(CLI::App &app, Commands &commands) {
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
                      "IANA zone of CSV times without an offset (default: --tz, else the store's "
                      "tz, else UTC)");
  command->add_flag("--strict", options->strict, "exit 1 on any diagnostic");
  command->add_flag("--dry-run", options->dry_run, "parse and count, write nothing");
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_ingest(*options, context); }});
}

} // namespace sociometer::cli
