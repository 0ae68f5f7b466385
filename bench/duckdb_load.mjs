// SPDX-License-Identifier: Apache-2.0
// The DuckDB side of bench/run.sh: reads a twarc2 capture (one page of tweets per line) with
// read_json into a new DuckDB database file, one row per tweet, then answers "posts and likes by
// month" with one GROUP BY. Prints the monthly rows as JSON on stdout.
//
// Usage: node bench/duckdb_load.mjs CAPTURE.jsonl OUT.duckdb
import { DuckDBInstance } from '@duckdb/node-api';

const [capture, database] = process.argv.slice(2);
if (!capture || !database) {
  console.error('usage: node bench/duckdb_load.mjs CAPTURE.jsonl OUT.duckdb');
  process.exit(2);
}
const quoted = (text) => `'${text.replaceAll("'", "''")}'`;
const instance = await DuckDBInstance.create(database);
const connection = await instance.connect();
await connection.run(
  `CREATE TABLE tweets AS SELECT unnest(data, max_depth := 2) FROM read_json(${quoted(capture)}, ` +
    `format = 'newline_delimited', maximum_object_size = 1073741824)`);
const reader = await connection.runAndReadAll(
  `SELECT strftime(CAST(created_at AS TIMESTAMP), '%Y-%m') AS month, count(*) AS posts, ` +
    `sum(public_metrics.like_count) AS likes FROM tweets GROUP BY month ORDER BY month`);
const rows = reader.getRowObjectsJson();
console.log(JSON.stringify({ duckdb: (await connection.runAndReadAll('SELECT version() AS v')).getRowObjectsJson()[0].v, months: rows }));
connection.closeSync();
instance.closeSync();
