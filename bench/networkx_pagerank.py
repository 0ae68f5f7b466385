#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The NetworkX side of bench/influence_bench.sh.

Reads the edge list written by `sociometer network export --format csv` (columns source, target,
weight, ...; weight is already log2(1 + W)), builds a DiGraph and runs nx.pagerank with damping
0.85 on those weights, timing graph construction and PageRank separately.

Usage: networkx_pagerank.py EDGES.csv [--graphml OURS.graphml]
  With --graphml, PageRank is also run to tol=1e-12 and compared node by node with the pagerank
  attribute sociometer wrote to OURS.graphml (same graph); the largest difference is printed.
Prints one JSON object on stdout.
"""
import csv
import json
import sys
import time
import xml.etree.ElementTree as ET

t_start = time.perf_counter()
import networkx as nx  # noqa: E402  (import time is reported separately)

t_import = time.perf_counter() - t_start


def build(path):
    graph = nx.DiGraph()
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        s, t, w = header.index("source"), header.index("target"), header.index("weight")
        graph.add_weighted_edges_from((r[s], r[t], float(r[w])) for r in rows)
    return graph


def ours(path):
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    ranks = {}
    for node in ET.parse(path).getroot().iter(ns + "node"):
        for data in node.iter(ns + "data"):
            if data.get("key") == "pagerank":
                ranks[node.get("id")] = float(data.text)
    return ranks


def main(argv):
    if not argv or (len(argv) not in (1, 3)) or (len(argv) == 3 and argv[1] != "--graphml"):
        sys.exit(__doc__)
    t0 = time.perf_counter()
    graph = build(argv[0])
    t1 = time.perf_counter()
    ranks = nx.pagerank(graph, alpha=0.85, weight="weight")  # NetworkX defaults: tol 1e-6
    t2 = time.perf_counter()
    out = {
        "networkx": nx.__version__,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "import_s": round(t_import, 3),
        "build_s": round(t1 - t0, 3),
        "pagerank_s": round(t2 - t1, 3),
        "build_and_pagerank_s": round(t2 - t0, 3),
    }
    if len(argv) == 3:
        precise = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
        theirs = ours(argv[2])
        common = set(precise) & set(theirs)
        out["compared_nodes"] = len(common)
        out["only_networkx"] = len(set(precise) - set(theirs))
        out["only_sociometer"] = len(set(theirs) - set(precise))
        out["max_abs_diff"] = max((abs(precise[k] - theirs[k]) for k in common), default=None)
        out["max_abs_diff_default_tol"] = max((abs(ranks[k] - theirs[k]) for k in common),
                                              default=None)
    json.dump(out, sys.stdout)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
