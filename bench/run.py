#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The measuring half of bench/run.sh (which installs the tools first); see there.

Usage: run.py PATH/TO/sociometer   (environment: N, ANALYSIS_N, RUNS, RESULTS)
Every timed command runs under GNU time (wall, user + system CPU, peak RSS). Runs are
interleaved (A B C, A B C, ...) so that a change in the machine's load hits every tool alike;
the tables give medians. Writes RESULTS (default bench/results.md) and the raw measurements to
bench/out/bench-times.json.
"""
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

OUT = "bench/out"
TIME = "/usr/bin/time"
PYTHON = "/usr/bin/python3"  # Debian's, where python3-networkx and python3-igraph are


def log(message):
    print("bench: " + message, file=sys.stderr, flush=True)


def run(argv, stdout=subprocess.DEVNULL, check=True):
    """Runs argv untimed; returns its stdout when stdout is PIPE."""
    done = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, text=True, check=False)
    if check and done.returncode != 0:
        sys.exit("bench: failed (%d): %s\n%s" % (done.returncode, " ".join(argv), done.stderr[-2000:]))
    return done.stdout


def rss_anon_kib(pid):
    """RssAnon of pid and its descendants in KiB (0 when gone): the process's own memory, without
    the pages of files it maps (SQLite maps a read-only store, and those pages count in ru_maxrss)."""
    total = 0
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("RssAnon:"):
                total += int(line.split()[1])
        for child in open("/proc/%d/task/%d/children" % (pid, pid)).read().split():
            total += rss_anon_kib(int(child))
    except (OSError, ValueError):
        pass
    return total


def timed(argv, stdout_path=os.devnull):
    """Runs argv under GNU time; returns {wall, cpu, rss_mib, anon_mib}: peak RSS as ru_maxrss
    reports it, and the peak anonymous memory sampled every 20 ms."""
    report = os.path.join(OUT, "last.time")
    with open(stdout_path, "w") as out, open(os.path.join(OUT, "last.err"), "w") as err:
        child = subprocess.Popen([TIME, "-f", "%e %U %S %M", "-o", report] + argv, stdout=out, stderr=err)
        anon = 0
        while child.poll() is None:
            anon = max(anon, rss_anon_kib(child.pid))
            time.sleep(0.02)
    if child.returncode != 0:
        sys.exit("bench: failed (%d): %s\n%s" % (child.returncode, " ".join(argv),
                                                 open(os.path.join(OUT, "last.err")).read()[-2000:]))
    wall, user, system, rss = open(report).read().split()[-4:]
    return {"wall": float(wall), "cpu": float(user) + float(system), "rss_mib": int(rss) / 1024,
            "anon_mib": anon / 1024}


def remove(*paths):
    for path in paths:
        for suffix in ("", "-wal", "-shm", ".wal", "-lock"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)


def ensure_input(n):
    path = os.path.join(OUT, "twarc-%d.jsonl" % n)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        log("generating %s ..." % path)
        run([PYTHON, "scripts/make-sample-data.py", "--bench", str(n), path + ".part"])
        os.replace(path + ".part", path)
    return path


def interleaved(runs, cases):
    """cases: [(name, prepare or None, argv, stdout_path)]; returns {name: [measurement]}."""
    results = {name: [] for name, _, _, _ in cases}
    for i in range(runs):
        for name, prepare, argv, stdout_path in cases:
            if prepare:
                prepare()
            log("run %d/%d: %s" % (i + 1, runs, name))
            results[name].append(timed(argv, stdout_path))
    return results


def summary(measurements):
    walls = [m["wall"] for m in measurements]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_s": statistics.median(m["cpu"] for m in measurements),
        "rss_mib": max(m["rss_mib"] for m in measurements),
        "anon_mib": max(m.get("anon_mib", 0) for m in measurements),
    }


def bench_ingest(soc, n, runs):
    capture = ensure_input(n)
    s_db = os.path.join(OUT, "bench-ingest-%d.db" % n)
    u_db = os.path.join(OUT, "bench-sqlite-utils-%d.db" % n)
    d_db = os.path.join(OUT, "bench-duckdb-%d.duckdb" % n)

    def fresh_store():
        remove(s_db)
        run([soc, "--db", s_db, "init", "--tz", "UTC", "--org", "Bench Org"])

    cases = [
        ("sociometer ingest", fresh_store, [soc, "--db", s_db, "-q", "ingest", capture, "--format", "json"],
         os.path.join(OUT, "bench-ingest-summary.json")),
        ("jq -c '.data[]' | sqlite-utils insert", lambda: remove(u_db),
         ["bash", "-c", "set -o pipefail; jq -c '.data[]' \"$1\" | sqlite-utils insert \"$2\" tweets - --nl --pk id",
          "pipeline", capture, u_db], os.devnull),
        ("DuckDB read_json into a file + GROUP BY month", lambda: remove(d_db),
         ["node", "bench/duckdb_load.mjs", capture, d_db], os.path.join(OUT, "bench-duckdb.json")),
        ("sociometer engagement --by month (after the ingest)", None,
         [soc, "--db", s_db, "engagement", "--by", "month", "--format", "csv"], os.devnull),
    ]
    return capture, s_db, interleaved(runs, cases)


def ensure_store(soc, n):
    db = os.path.join(OUT, "bench-analysis-%d.db" % n)
    ingest = None
    if not os.path.exists(db):
        capture = ensure_input(n)
        log("ingesting %s into %s (once; kept for later runs) ..." % (capture, db))
        run([soc, "--db", db + ".part", "init", "--tz", "Europe/Zurich", "--org", "Bench Org"])
        ingest = timed([soc, "--db", db + ".part", "-q", "ingest", capture, "--format", "json"])
        os.replace(db + ".part", db)
        remove(db + ".part")
    run([soc, "--db", db, "init"])  # migrates a store kept from an older build
    return db, ingest


def bench_analyses(soc, db, runs):
    s = [soc, "--db", db]
    cases = [
        ("engagement --by platform", None, s + ["engagement", "--by", "platform", "--format", "csv"], os.devnull),
        ("engagement --by month", None, s + ["engagement", "--by", "month", "--format", "csv"], os.devnull),
        ("engagement --by post --format csv", None, s + ["engagement", "--by", "post", "--format", "csv"], os.devnull),
        ("top posts", None, s + ["top", "posts", "--format", "csv"], os.devnull),
        ("report --month 2024-04 --format md", None, s + ["report", "--month", "2024-04", "--format", "md"], os.devnull),
        ("report --month 2024-04 --format json", None, s + ["report", "--month", "2024-04", "--format", "json"], os.devnull),
        ("influencers --communities", None, s + ["influencers", "--communities", "--format", "json"], os.devnull),
        ("network export --format csv", None, s + ["network", "export", "--format", "csv"], os.devnull),
    ]
    return interleaved(runs, cases)


def bench_influence(soc, db, runs):
    edges = os.path.join(OUT, "bench-edges.csv")
    with open(edges, "w") as out:
        subprocess.run([soc, "--db", db, "network", "export", "--format", "csv"], stdout=out, check=True)
    graph_bench = os.path.join(os.path.dirname(soc), "..", "sociometer_graph_bench")
    cases = []
    if os.access(graph_bench, os.X_OK):
        cases.append(("sociometer graph code (sociometer_graph_bench)", None, [graph_bench, edges, "1"],
                      os.path.join(OUT, "bench-graph.json")))
    else:
        log("no %s: build the target sociometer_graph_bench (make bench does)" % graph_bench)
    cases.append(("NetworkX", None, [PYTHON, "bench/networkx_pagerank.py", edges], os.path.join(OUT, "bench-networkx.json")))
    cases.append(("python-igraph", None, [PYTHON, "bench/igraph_pagerank.py", edges], os.path.join(OUT, "bench-igraph.json")))
    inner = {name: [] for name, _, _, _ in cases}
    processes = {name: [] for name, _, _, _ in cases}
    for i in range(runs):
        for name, _, argv, stdout_path in cases:
            log("run %d/%d: %s" % (i + 1, runs, name))
            processes[name].append(timed(argv, stdout_path))
            inner[name].append(json.load(open(stdout_path)))
    return edges, processes, inner


def versions(soc):
    def first_line(argv):
        try:
            return run(argv, stdout=subprocess.PIPE, check=False).strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"
    return {
        "sociometer": first_line([soc, "--version"]),
        "jq": first_line(["jq", "--version"]),
        "sqlite-utils": first_line(["sqlite-utils", "--version"]),
        "node": first_line(["node", "--version"]),
        "networkx": first_line([PYTHON, "-c", "import networkx; print(networkx.__version__)"]),
        "python-igraph": first_line([PYTHON, "-c", "import igraph; print(igraph.__version__)"]),
        "python": platform.python_version(),
    }


def machine():
    model = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem = next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return "%s, %d cores, %.1f GiB RAM, Linux %s" % (model, os.cpu_count(), int(mem) / 1048576, platform.release())


def table(rows, baseline=None, ratio_name="ratio"):
    lines = ["| command | median wall s | min–max s | median CPU s | peak RSS MiB | peak anon MiB |" + (" %s |" % ratio_name if baseline else ""),
             "|---|---:|---:|---:|---:|---:|" + ("---:|" if baseline else "")]
    for name, s in rows.items():
        line = "| %s | %.2f | %.2f–%.2f | %.2f | %.0f | %.0f |" % (name.replace("|", "\\|"), s["median_s"], s["min_s"], s["max_s"], s["cpu_s"], s["rss_mib"], s["anon_mib"])
        if baseline:
            line += " %.2f× |" % (baseline / s["median_s"])
        lines.append(line)
    return lines


def write_results(path, facts):
    ing = {k: summary(v) for k, v in facts["ingest"].items()}
    ana = {k: summary(v) for k, v in facts["analyses"].items()}
    proc = {k: summary(v) for k, v in facts["influence_processes"].items()}
    inner = facts["influence_inner"]
    base = ing["jq -c '.data[]' | sqlite-utils insert"]["median_s"]
    ours = ing["sociometer ingest"]["median_s"]
    duck = ing["DuckDB read_json into a file + GROUP BY month"]["median_s"]
    answer = ours + ing["sociometer engagement --by month (after the ingest)"]["median_s"]
    md = ["# Benchmark results (`make bench`)", "",
          "Written by bench/run.sh on %s. Machine: %s. Load average at start %s, at end %s.%s" % (
              facts["date"], facts["machine"], facts["load_start"], facts["load_end"],
              " " + facts["note"] if facts["note"] else ""),
          "", "Versions: " + "; ".join("%s %s" % kv for kv in facts["versions"].items()) + ".", "",
          "Medians of %d interleaved runs (wall time). Peak RSS is the largest of the runs as GNU time "
          "reports it (for the jq | sqlite-utils pipeline the largest single process); sociometer maps "
          "no store pages (docs/performance.md, \"Read-only stores without a memory map\"), so its RSS "
          "is its own memory, SQLite's page cache and the binary's mapped code. "
          "Peak anon is the largest anonymous memory (RssAnon, the process and its children summed, "
          "sampled every 20 ms): the memory the command itself allocates." % facts["runs"], "",
          "## Ingest: %s tweets (%.0f MB twarc2 capture from scripts/make-sample-data.py --bench)" % (
              format(facts["n"], ","), facts["capture_mb"]), ""]
    md += table(ing, base, "speed vs sqlite-utils")
    md += ["", "sociometer ingest is %.2f× the sqlite-utils pipeline's wall speed; DuckDB's load-and-answer "
           "takes %.2f s against sociometer's ingest + `engagement --by month` %.2f s (%.2f×)." % (
               base / ours, duck, answer, duck / answer), ""]
    md += ["## Analyses on a store of %s posts (%d interleaved runs)" % (format(facts["analysis_n"], ","), facts["analysis_runs"]), ""]
    if facts.get("analysis_ingest"):
        a = facts["analysis_ingest"]
        md += ["The store was ingested once in this run: %.1f s wall, %.0f MiB peak RSS." % (a["wall"], a["rss_mib"]), ""]
    md += table(ana)
    md += ["", "## Influence: the same edge list, read and weighted PageRank (damping 0.85; %d interleaved runs)" % facts["analysis_runs"], "",
           "Edge list: `sociometer network export --format csv` of the analysis store (%s)." % facts["edges"], "",
           "Inside each process (reading the CSV, building the graph, PageRank; interpreter start and "
           "imports left out), median of the runs. Build ends with the library's graph made: "
           "NetworkX's DiGraph, python-igraph's `Graph.TupleList`, ours igraph's graph through "
           "`graph::WeightedGraph`; PageRank is the ranking of that graph alone:", "",
           "| implementation | build s | PageRank s | build + PageRank s | vs NetworkX |", "|---|---:|---:|---:|---:|"]
    nx_total = statistics.median(r["build_and_pagerank_s"] for r in inner["NetworkX"])
    for name, results in inner.items():
        build = statistics.median(r["build_s"] for r in results)
        pr = statistics.median(r["pagerank_s"] for r in results)
        total = statistics.median(r["build_and_pagerank_s"] for r in results)
        md.append("| %s | %.3f | %.3f | %.3f | %.1f× |" % (name, build, pr, total, nx_total / total))
    md += ["", "Whole processes:", ""] + table(proc)
    with open(path, "w") as f:
        f.write("\n".join(md) + "\n")


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    soc = argv[0]
    n = int(os.environ.get("N", "100000"))
    analysis_n = int(os.environ.get("ANALYSIS_N", "1000000"))
    runs = int(os.environ.get("RUNS", "3"))
    analysis_runs = int(os.environ.get("ANALYSIS_RUNS", str(runs)))
    results = os.environ.get("RESULTS", "bench/results.md")
    os.makedirs(OUT, exist_ok=True)
    facts = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": machine(),
             "versions": versions(soc), "runs": runs, "n": n, "analysis_n": analysis_n,
             "load_start": " ".join(open("/proc/loadavg").read().split()[:3]),
             "note": os.environ.get("BENCH_NOTE", "")}
    capture, _, facts["ingest"] = bench_ingest(soc, n, runs)
    facts["capture_mb"] = os.path.getsize(capture) / 1e6
    db, facts["analysis_ingest"] = ensure_store(soc, analysis_n)
    facts["analysis_runs"] = analysis_runs
    facts["analyses"] = bench_analyses(soc, db, analysis_runs)
    edges, facts["influence_processes"], facts["influence_inner"] = bench_influence(soc, db, analysis_runs)
    facts["edges"] = "%.0f MB" % (os.path.getsize(edges) / 1e6)
    facts["load_end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    with open(os.path.join(OUT, "bench-times.json"), "w") as f:
        json.dump(facts, f, indent=1)
    write_results(results, facts)
    log("wrote " + results)


if __name__ == "__main__":
    main(sys.argv[1:])
