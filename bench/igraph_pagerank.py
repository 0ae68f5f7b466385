#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The python-igraph side of bench/run.sh, like networkx_pagerank.py for igraph.

Reads the edge list written by `sociometer network export --format csv` (source, target,
weight, ...; weight is already log2(1 + W)), builds a directed igraph Graph and runs weighted
PageRank (damping 0.85, the PRPACK solver igraph uses by default), timing construction and
PageRank separately. Prints one JSON object on stdout.

Usage: igraph_pagerank.py EDGES.csv
"""
import csv
import json
import sys
import time

t_start = time.perf_counter()
import igraph  # noqa: E402  (import time is reported separately)

t_import = time.perf_counter() - t_start


def build(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        s, t, w = header.index("source"), header.index("target"), header.index("weight")
        edges = [(r[s], r[t], float(r[w])) for r in rows]
    return igraph.Graph.TupleList(edges, directed=True, weights=True)


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    t0 = time.perf_counter()
    graph = build(argv[0])
    t1 = time.perf_counter()
    ranks = graph.pagerank(damping=0.85, weights="weight", directed=True)
    t2 = time.perf_counter()
    json.dump({
        "igraph": igraph.__version__,
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "rank_sum": round(sum(ranks), 6),
        "import_s": round(t_import, 3),
        "build_s": round(t1 - t0, 3),
        "pagerank_s": round(t2 - t1, 3),
        "build_and_pagerank_s": round(t2 - t0, 3),
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
