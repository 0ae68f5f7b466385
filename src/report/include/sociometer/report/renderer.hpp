// SPDX-License-Identifier: Apache-2.0
// Output renderers. Every row-printing command hands a Table plus an Envelope to render_table();
// the monthly report has its own renderers. All write to a std::ostream, so tests use strings.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "sociometer/model/import_summary.hpp"
#include "sociometer/model/table.hpp"
#include "sociometer/model/vocabulary.hpp"

namespace sociometer::analysis {
struct MonthlyReport;
struct Network;
} // namespace sociometer::analysis

namespace sociometer::report {

enum class Format { table, json, ndjson, csv, xlsx, md, html };
[[nodiscard]] std::optional<Format> parse_format(std::string_view name) noexcept;
[[nodiscard]] std::string_view to_string(Format format) noexcept;

// The JSON envelope around rows (its shape: docs/output.md); schema_version is fixed by the
// renderer.
struct Envelope {
  std::string command;
  std::map<std::string, Cell> params; // resolved flags
  Definitions definitions;
  TimePoint generated_at{};
  // Extra tables shown beside the rows: JSON gets them as top-level arrays, `table` prints them
  // after the rows; ndjson and csv carry the rows only.
  std::vector<std::pair<std::string, Table>> sections;
};

// Where `table` format goes: a terminal gets lines cut to its width and, unless NO_COLOR, colour.
struct Terminal {
  std::size_t width = 0; // columns of the terminal stdout is; 0 when it is not a terminal
  bool colour = false;   // bold headers, dim nulls (ANSI)
};

// How rows are written (the global output flags, docs/output.md).
struct RenderOptions {
  // NOLINTNEXTLINE(google-explicit-constructor): a bare Format means every other option's default
  RenderOptions(Format output_format = Format::table) : format(output_format) {}

  Format format;
  // --columns: empty (the command's default set in `table`, every column otherwise), `all`, or
  // a comma list of column keys.
  std::string columns;
  bool bom = false; // csv: start with a UTF-8 byte order mark (for Excel)
  Terminal terminal;
};

// Writes `table` as `options.format` (table, json, ndjson, csv or xlsx) with the columns
// `options.columns` picks (sections are written whole). Throws Error(usage) for other formats, an
// unknown column, and xlsx to a terminal.
void render_table(const Table &table, const Envelope &envelope, const RenderOptions &options,
                  std::ostream &out);

// Rows written as they arrive (RowSink), for results too large to hold: `sql`. finish() ends the
// output (the row count, the JSON document's end) once the last row is in; a run that stops early
// leaves it unfinished. Each row throws Error(io) once `out` fails, to stop the producer.
class RowStream : public RowSink {
public:
  virtual void finish() = 0;
};
// How many rows `table` format reads before it fixes the column widths and prints the rest as
// they come.
inline constexpr std::size_t k_table_sample_rows = 1000;
// A RowStream writing `options.format` (table, json, ndjson or csv) to `out`: the bytes
// render_table writes for the same rows, except that `table` aligns on the first
// k_table_sample_rows rows only. `envelope` must outlive the stream. Throws Error(usage) for other
// formats; an unknown column throws when the columns arrive.
[[nodiscard]] std::unique_ptr<RowStream>
stream_rows(const Envelope &envelope, const RenderOptions &options, std::ostream &out);

// Writes one row per input (`ingest --format json`, docs/output.md); table, json, ndjson, csv or
// xlsx.
void render_import_summaries(const std::vector<ImportSummary> &summaries, const Envelope &envelope,
                             const RenderOptions &options, std::ostream &out);

// The languages of the newsletter (data/i18n): en, fr, es, ar, ru, zh.
[[nodiscard]] std::vector<std::string> report_languages();

// Writes the monthly newsletter as Markdown, HTML or JSON in `language` (one of
// report_languages(); JSON carries it as "language" and stays untranslated). Throws Error(usage)
// for other formats and languages.
void render_monthly_report(const analysis::MonthlyReport &report, const Envelope &envelope,
                           Format format, std::string_view language, std::ostream &out);

// Graph file formats of `network export`.
enum class NetworkFormat { gexf, graphml, csv };
// Writes the network as GEXF 1.3, GraphML or a CSV edge list.
void render_network(const analysis::Network &network, const Envelope &envelope,
                    NetworkFormat format, std::ostream &out);

// A CSV field per RFC 4180 (quoted when it holds `,`, `"`, CR or LF; quotes doubled); text that a
// spreadsheet would run as a formula (starting with `=`, `+`, `@`, tab, CR, or `-` not followed by
// a digit) gets a leading `'`.
[[nodiscard]] std::string csv_field(std::string_view text, bool neutralise_formulas = true);

} // namespace sociometer::report
