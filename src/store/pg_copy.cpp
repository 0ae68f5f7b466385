// SPDX-License-Identifier: Apache-2.0
// `store copy`: every table of a store (but the one its triggers derive), row by row, between
// SQLite and PostgreSQL (either way, or between two of a kind), checked by row counts and a content
// checksum per table on both sides. Each side is an Endpoint that lists its tables, scans one in
// key order as typed cells, and loads rows; the checksum is computed from the cells, so it is the
// same for the same content whichever database holds it.
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "pg_bulk.hpp"
#include "pg_connection.hpp"
#include "sociometer/store/postgres.hpp"
#include "sociometer/store/store.hpp"
#include "sociometer/util/sha256.hpp"
#include "sqlite.hpp"
#include "store_state.hpp"

namespace sociometer::store {
namespace {

// The table that the target's triggers fill from `posts` (0009_repost_languages.sql): copying
// its rows as well would collide with theirs, and it holds nothing `posts` does not.
constexpr const char *k_derived_table = "repost_languages";

// One table as both sides must agree on it: its columns in order and its key (the scan order).
struct TableShape {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> key;
  bool operator==(const TableShape &) const = default;
};

// One value with its type: N null, I integer, R real, T text.
struct Cell {
  char kind = 'N';
  std::string text;
};
using Row = std::vector<Cell>;
using RowVisitor = std::function<void(const Row &)>;

// A double in the digits that read back as the same double, whichever database printed it.
std::string format_real(double value) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.17g", value);
  return buffer.data();
}

std::string quoted(const std::string &identifier) { return "\"" + identifier + "\""; }

std::string column_list(const TableShape &shape) {
  std::string list;
  for (const auto &column : shape.columns) {
    list += (list.empty() ? "" : ", ") + quoted(column);
  }
  return list;
}

std::string scan_sql(const TableShape &shape) {
  std::string order;
  for (const auto &column : shape.key.empty() ? shape.columns : shape.key) {
    order += (order.empty() ? "" : ", ") + quoted(column);
  }
  // A bulk load's unfinished work describes the source file, not its content: the target is
  // complete (its indexes and triggers made by its migrations), and the key would send its
  // readers to the slow lookup and its first writer to make existing indexes again.
  const std::string where = shape.name == "settings"
                                ? std::string(" WHERE key <> '") + k_deferred_work_key + "'"
                                : std::string();
  return "SELECT " + column_list(shape) + " FROM " + quoted(shape.name) + where + " ORDER BY " +
         order;
}

// Row count and checksum of a table's rows as they stream past.
class TableDigest {
public:
  void add(const Row &row) {
    std::string encoded;
    for (const auto &cell : row) {
      encoded += cell.kind;
      if (cell.kind != 'N') {
        encoded += std::to_string(cell.text.size()) + ':' + cell.text;
      }
    }
    encoded += '\n';
    m_sha.update(encoded);
    ++m_rows;
  }
  [[nodiscard]] std::int64_t rows() const noexcept { return m_rows; }
  [[nodiscard]] std::string digest() { return m_sha.hex_digest(); }

private:
  util::Sha256 m_sha;
  std::int64_t m_rows = 0;
};

class Endpoint {
public:
  virtual ~Endpoint() = default;
  [[nodiscard]] virtual const std::string &name() const = 0;
  [[nodiscard]] virtual std::vector<TableShape> shapes() = 0;
  // A read transaction: every scan until end_read sees one snapshot.
  virtual void begin_read() = 0;
  virtual void scan(const TableShape &shape, const RowVisitor &visit) = 0;
  virtual void end_read() = 0;
  // A write transaction in which references are checked at commit, not per row.
  virtual void begin_write() = 0;
  // Loads the rows `produce` hands its visitor into the table.
  virtual void load(const TableShape &shape,
                    const std::function<void(const RowVisitor &)> &produce) = 0;
  virtual void commit_write() = 0;
  virtual void abandon() noexcept = 0;
};

class SqliteEndpoint final : public Endpoint {
public:
  SqliteEndpoint(const std::string &path, bool target) {
    if (target) {
      m_store = std::make_unique<Store>(path, OpenMode::read_write_create);
      m_store->migrate();
    } else {
      m_store = std::make_unique<Store>(path, OpenMode::read_only);
    }
    m_store->require_current_schema();
    m_db = std::make_unique<Connection>(path, target ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
                                                     : SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    m_db->set_busy_timeout(static_cast<int>(k_default_busy_timeout.count()));
  }
  const std::string &name() const override { return m_db->path(); }

  std::vector<TableShape> shapes() override {
    return m_db->guard("cannot list tables", [&] {
      std::vector<TableShape> shapes;
      Statement tables(*m_db, std::string("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' AND name <> '") +
                                  k_derived_table + "' ORDER BY name");
      while (tables.step()) {
        TableShape shape{tables.string(0), {}, {}};
        Statement info(*m_db, "SELECT name, pk FROM pragma_table_info(:table) ORDER BY cid");
        info.bind(":table", shape.name);
        std::vector<std::pair<std::int64_t, std::string>> key;
        while (info.step()) {
          shape.columns.push_back(info.string(0));
          if (info.integer(1) > 0) {
            key.emplace_back(info.integer(1), info.string(0));
          }
        }
        std::sort(key.begin(), key.end());
        for (auto &[position, column] : key) {
          shape.key.push_back(std::move(column));
        }
        shapes.push_back(std::move(shape));
      }
      return shapes;
    });
  }

  void begin_read() override {
    m_db->guard("cannot start reading", [&] { m_db->exec("BEGIN"); });
  }
  void scan(const TableShape &shape, const RowVisitor &visit) override {
    m_db->guard("cannot read table " + shape.name, [&] {
      Statement rows(*m_db, scan_sql(shape));
      Row row(shape.columns.size());
      while (rows.step()) {
        for (int c = 0; c < static_cast<int>(row.size()); ++c) {
          row[c] = cell(rows, c);
        }
        visit(row);
      }
    });
  }
  void end_read() override {
    m_db->guard("cannot finish reading", [&] { m_db->exec("COMMIT"); });
  }

  void begin_write() override {
    // Off outside the transaction (a no-op inside one), checked before the commit instead.
    m_db->guard("cannot start writing", [&] { m_db->exec("PRAGMA foreign_keys = OFF"); });
    m_transaction = std::make_unique<Transaction>(*m_db);
  }
  void load(const TableShape &shape,
            const std::function<void(const RowVisitor &)> &produce) override {
    std::vector<std::string> names;
    std::string values;
    for (std::size_t c = 0; c < shape.columns.size(); ++c) {
      names.push_back(":c" + std::to_string(c));
      values += (c == 0 ? "" : ", ") + names.back();
    }
    m_db->guard("cannot write table " + shape.name, [&] {
      Statement insert(*m_db, "INSERT INTO " + quoted(shape.name) + " (" + column_list(shape) +
                                  ") VALUES (" + values + ")");
      produce([&](const Row &row) {
        for (std::size_t c = 0; c < row.size(); ++c) {
          bind(insert, names[c].c_str(), row[c]);
        }
        insert.run();
      });
    });
  }
  void commit_write() override {
    m_db->guard("cannot finish writing", [&] {
      if (Statement check(*m_db, "PRAGMA foreign_key_check"); check.step()) {
        throw SqliteError("foreign key violated in table " + check.string(0), SQLITE_CONSTRAINT);
      }
      m_transaction->commit();
      m_db->exec("PRAGMA foreign_keys = ON");
    });
  }
  void abandon() noexcept override {
    m_transaction.reset();
    m_db->rollback_quietly();
  }

private:
  static Cell cell(const Statement &rows, int column) {
    switch (rows.type(column)) {
    case SQLITE_NULL:
      return {'N', {}};
    case SQLITE_INTEGER:
      return {'I', std::to_string(rows.integer(column))};
    case SQLITE_FLOAT:
      return {'R', format_real(rows.real(column))};
    default:
      return {'T', rows.string(column)};
    }
  }
  static void bind(Statement &insert, const char *name, const Cell &cell) {
    switch (cell.kind) {
    case 'N':
      insert.bind_null(name);
      break;
    case 'I':
      insert.bind(name, static_cast<std::int64_t>(std::stoll(cell.text)));
      break;
    case 'R':
      insert.bind(name, std::strtod(cell.text.c_str(), nullptr));
      break;
    default:
      insert.bind(name, std::string_view(cell.text));
    }
  }

  // Declared before the connection: its writer lock outlives the connection's writes.
  std::unique_ptr<Store> m_store;
  std::unique_ptr<Connection> m_db;
  std::unique_ptr<Transaction> m_transaction;
};

// COPY's text format: \N for NULL; backslash, tab, newline and carriage return escaped.
void append_copy_value(std::string &buffer, const Cell &cell) {
  if (cell.kind == 'N') {
    buffer += "\\N";
    return;
  }
  for (const char c : cell.text) {
    switch (c) {
    case '\\':
      buffer += "\\\\";
      break;
    case '\t':
      buffer += "\\t";
      break;
    case '\n':
      buffer += "\\n";
      break;
    case '\r':
      buffer += "\\r";
      break;
    default:
      buffer += c;
    }
  }
}

void copy_into(PgConnection &db, const TableShape &shape,
               const std::function<void(const RowVisitor &)> &produce) {
  db.begin_copy("COPY " + quoted(shape.name) + " (" + column_list(shape) + ") FROM STDIN",
                "cannot write table " + shape.name);
  std::string buffer;
  produce([&](const Row &row) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      buffer += c == 0 ? "" : "\t";
      append_copy_value(buffer, row[c]);
    }
    buffer += '\n';
    if (buffer.size() >= 1 << 16) {
      db.put(buffer);
      buffer.clear();
    }
  });
  db.put(buffer);
  db.end_copy();
  // Identity columns continue after the copied IDs, so later inserts do not collide.
  if (shape.key == std::vector<std::string>{"id"}) {
    db.exec("SELECT setval(pg_get_serial_sequence('" + quoted(shape.name) +
                "', 'id'), max(id)) "
                "FROM " +
                quoted(shape.name) + " HAVING max(id) IS NOT NULL",
            "cannot write table " + shape.name);
  }
}

class PgEndpoint final : public Endpoint {
public:
  PgEndpoint(const std::string &location, bool target) : m_store(location), m_db(location) {
    if (target) {
      m_store.migrate();
    }
    m_store.require_current_schema();
  }
  const std::string &name() const override { return m_db.name(); }

  std::vector<TableShape> shapes() override {
    std::vector<TableShape> shapes;
    const auto tables =
        m_db.query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                   "AND c.relname <> 'sociometer_schema' AND c.relname <> '" +
                       std::string(k_derived_table) + "' ORDER BY c.relname COLLATE \"C\"",
                   "cannot list tables");
    for (int t = 0; t < tables.rows(); ++t) {
      TableShape shape{tables.string(t, 0), {}, {}};
      const char *table = shape.name.c_str();
      const auto columns =
          m_db.query("SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass "
                     "AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                     "cannot list columns of " + shape.name, {table});
      for (int c = 0; c < columns.rows(); ++c) {
        shape.columns.push_back(columns.string(c, 0));
      }
      const auto key = m_db.query(
          "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
          "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = $1::regclass AND i.indisprimary "
          "ORDER BY array_position(i.indkey::int2[], a.attnum)",
          "cannot read the key of " + shape.name, {table});
      for (int c = 0; c < key.rows(); ++c) {
        shape.key.push_back(key.string(c, 0));
      }
      shapes.push_back(std::move(shape));
    }
    return shapes;
  }

  void begin_read() override {
    m_db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "cannot start reading");
  }
  void scan(const TableShape &shape, const RowVisitor &visit) override {
    const std::string context = "cannot read table " + shape.name;
    m_db.exec("DECLARE sociometer_copy NO SCROLL CURSOR FOR " + scan_sql(shape), context);
    Row row(shape.columns.size());
    while (true) {
      const auto batch = m_db.query("FETCH FORWARD 10000 FROM sociometer_copy", context);
      if (batch.rows() == 0) {
        break;
      }
      for (int r = 0; r < batch.rows(); ++r) {
        for (int c = 0; c < batch.columns(); ++c) {
          row[c] = cell(batch, r, c);
        }
        visit(row);
      }
    }
    m_db.exec("CLOSE sociometer_copy", context);
  }
  void end_read() override { m_db.exec("COMMIT", "cannot finish reading"); }

  void begin_write() override {
    m_db.exec("BEGIN; SET CONSTRAINTS ALL DEFERRED", "cannot start writing");
  }
  void load(const TableShape &shape,
            const std::function<void(const RowVisitor &)> &produce) override {
    copy_into(m_db, shape, produce);
  }
  void commit_write() override { m_db.exec("COMMIT", "cannot finish writing"); }
  void abandon() noexcept override { m_db.rollback_quietly(); }

private:
  static Cell cell(const PgResult &rows, int row, int column) {
    if (rows.is_null(row, column)) {
      return {'N', {}};
    }
    switch (rows.type(column)) {
    case k_pg_int2:
    case k_pg_int4:
    case k_pg_int8:
      return {'I', rows.string(row, column)};
    case k_pg_float4:
    case k_pg_float8:
      return {'R', format_real(std::strtod(rows.string(row, column).c_str(), nullptr))};
    default:
      return {'T', rows.string(row, column)};
    }
  }
  PgStore m_store;
  PgConnection m_db;
};

std::unique_ptr<Endpoint> open_endpoint(const std::string &location, bool target) {
  if (is_postgres_location(location)) {
    return std::make_unique<PgEndpoint>(location, target);
  }
  return std::make_unique<SqliteEndpoint>(location, target);
}

// Error(store) unless both sides have the same tables with the same columns and keys.
void require_same_shapes(const Endpoint &source, const std::vector<TableShape> &from,
                         const Endpoint &target, const std::vector<TableShape> &to) {
  if (from == to) {
    return;
  }
  for (std::size_t i = 0; i < from.size() && i < to.size(); ++i) {
    if (!(from[i] == to[i])) {
      throw Error(ErrorKind::store, "cannot copy: table " + from[i].name + " of " + source.name() +
                                        " and table " + to[i].name + " of " + target.name() +
                                        " differ in their columns or key");
    }
  }
  throw Error(ErrorKind::store, "cannot copy: " + source.name() + " has " +
                                    std::to_string(from.size()) + " tables, " + target.name() +
                                    " has " + std::to_string(to.size()));
}

// Error(store) unless every table of the target is empty.
void require_empty(Endpoint &target, const std::vector<TableShape> &shapes) {
  target.begin_read();
  for (const auto &shape : shapes) {
    bool any = false;
    target.scan(shape, [&](const Row &) { any = true; });
    if (any) {
      target.end_read();
      throw Error(ErrorKind::store,
                  "cannot copy into " + target.name() + ": its table " + shape.name +
                      " already holds rows",
                  "copy into a new SQLite file or an empty PostgreSQL database");
    }
  }
  target.end_read();
}

} // namespace

std::vector<TableCopy> copy_store(const std::string &from, const std::string &to) {
  auto source = open_endpoint(from, false);
  auto target = open_endpoint(to, true);
  const auto shapes = source->shapes();
  require_same_shapes(*source, shapes, *target, target->shapes());
  require_empty(*target, shapes);

  std::vector<TableCopy> copies;
  try {
    source->begin_read();
    target->begin_write();
    for (const auto &shape : shapes) {
      TableDigest digest;
      target->load(shape, [&](const RowVisitor &sink) {
        source->scan(shape, [&](const Row &row) {
          digest.add(row);
          sink(row);
        });
      });
      copies.push_back({shape.name, digest.rows(), 0, digest.digest(), {}});
    }
    target->commit_write();
    source->end_read();
  } catch (...) {
    target->abandon();
    throw;
  }

  // Read back what the target now holds, independently of what was sent.
  target->begin_read();
  std::string differing;
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    TableDigest digest;
    target->scan(shapes[i], [&](const Row &row) { digest.add(row); });
    copies[i].target_rows = digest.rows();
    copies[i].target_sha256 = digest.digest();
    if (copies[i].target_rows != copies[i].source_rows ||
        copies[i].target_sha256 != copies[i].source_sha256) {
      differing += (differing.empty() ? "" : ", ") + shapes[i].name;
    }
  }
  target->end_read();
  if (!differing.empty()) {
    throw Error(ErrorKind::store, "store copy: " + target->name() + " differs from " +
                                      source->name() + " after the copy in: " + differing);
  }
  return copies;
}

namespace {

bool skipped(const std::vector<std::string> &skip, const std::string &table) {
  return std::find(skip.begin(), skip.end(), table) != skip.end();
}

} // namespace

bool pg_store_holds_rows(PgConnection &server, const std::vector<std::string> &skip) {
  const auto tables =
      server.query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                   "AND c.relname <> 'sociometer_schema'",
                   "cannot list tables");
  std::string any;
  for (int t = 0; t < tables.rows(); ++t) {
    const auto table = tables.string(t, 0);
    if (!skipped(skip, table)) {
      any += (any.empty() ? "SELECT " : " OR ") + std::string("EXISTS (SELECT 1 FROM ") +
             quoted(table) + ")";
    }
  }
  return !any.empty() && server.query(any, "cannot look for rows").text(0, 0) == "t";
}

void copy_staged_rows(const std::string &staging, PgConnection &server,
                      const std::vector<std::string> &skip) {
  SqliteEndpoint source(staging, false);
  source.begin_read();
  for (const auto &shape : source.shapes()) {
    if (!skipped(skip, shape.name)) {
      copy_into(server, shape, [&](const RowVisitor &sink) { source.scan(shape, sink); });
    }
  }
  source.end_read();
}

std::map<std::string, std::vector<std::string>>
copy_staged_into_temporary(const std::string &staging, PgConnection &server,
                           const std::vector<std::string> &tables, const std::string &prefix) {
  SqliteEndpoint source(staging, false);
  source.begin_read();
  std::map<std::string, std::vector<std::string>> columns;
  for (const auto &shape : source.shapes()) {
    if (!skipped(tables, shape.name)) {
      continue; // not asked for
    }
    TableShape temporary{prefix + shape.name, shape.columns, {}}; // no key: no sequence to move
    server.exec("DROP TABLE IF EXISTS pg_temp." + quoted(temporary.name) +
                    "; CREATE TEMPORARY TABLE " + quoted(temporary.name) + " (LIKE " +
                    quoted(shape.name) + ")",
                "cannot stage table " + shape.name);
    copy_into(server, temporary, [&](const RowVisitor &sink) { source.scan(shape, sink); });
    columns.emplace(shape.name, shape.columns);
  }
  source.end_read();
  return columns;
}

} // namespace sociometer::store
