// SPDX-License-Identifier: Apache-2.0
// The amplification network as GEXF 1.3 (Gephi; edge start/end are the first and last
// interaction), GraphML, or a CSV edge list.
#include <ostream>

#include "sociometer/analysis/network.hpp"
#include "sociometer/error.hpp"
#include "sociometer/report/renderer.hpp"
#include "sociometer/util/time.hpp"

namespace sociometer::report {
namespace {

std::string xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      // Control characters are not allowed in XML 1.0 (tab, newline and CR are).
      if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        out += c;
      }
    }
  }
  return out;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.12g", value);
  return buffer;
}

std::string time_text(const std::optional<TimePoint> &t) {
  return t ? util::format_rfc3339(*t) : std::string();
}

void write_gexf(const analysis::Network &network, const Envelope &envelope, std::ostream &out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      << "  <meta lastmodifieddate=\"" << util::format_rfc3339(envelope.generated_at).substr(0, 10)
      << "\">\n"
      << "    <creator>sociometer</creator>\n"
      << "    <description>amplification graph: edges from the account that reposts, quotes, "
         "replies "
         "or mentions to the account it amplifies</description>\n"
      << "  </meta>\n"
      << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"dateTime\">\n"
      << "    <attributes class=\"node\" mode=\"static\">\n"
      << "      <attribute id=\"handle\" title=\"handle\" type=\"string\"/>\n"
      << "      <attribute id=\"platform\" title=\"platform\" type=\"string\"/>\n"
      << "      <attribute id=\"language\" title=\"language\" type=\"string\"/>\n"
      << "      <attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>\n"
      << "      <attribute id=\"community\" title=\"community\" type=\"long\"/>\n"
      << "      <attribute id=\"followers\" title=\"followers\" type=\"long\"/>\n"
      << "    </attributes>\n"
      << "    <attributes class=\"edge\" mode=\"static\">\n"
      << "      <attribute id=\"raw_weight\" title=\"raw_weight\" type=\"double\"/>\n";
  for (const auto *kind : {"reposts", "quotes", "replies", "mentions"}) {
    out << "      <attribute id=\"" << kind << "\" title=\"" << kind << "\" type=\"long\"/>\n";
  }
  out << "    </attributes>\n    <nodes>\n";
  for (const auto &node : network.nodes) {
    out << "      <node id=\"" << xml(node.id) << "\" label=\""
        << xml(node.handle.empty() ? node.id : node.handle) << "\">\n        <attvalues>\n"
        << "          <attvalue for=\"handle\" value=\"" << xml(node.handle) << "\"/>\n"
        << "          <attvalue for=\"platform\" value=\"" << xml(node.platform) << "\"/>\n"
        << "          <attvalue for=\"language\" value=\"" << xml(node.language) << "\"/>\n"
        << "          <attvalue for=\"pagerank\" value=\"" << number(node.pagerank) << "\"/>\n"
        << "          <attvalue for=\"community\" value=\"" << node.community << "\"/>\n";
    if (node.followers) {
      out << "          <attvalue for=\"followers\" value=\"" << *node.followers << "\"/>\n";
    }
    out << "        </attvalues>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  std::size_t id = 0;
  network.for_each_edge([&](const analysis::NetworkEdge &edge) {
    out << "      <edge id=\"" << id++ << "\" source=\"" << xml(network.source_id(edge))
        << "\" target=\"" << xml(network.target_id(edge)) << "\" weight=\"" << number(edge.weight)
        << "\"";
    if (edge.first_at) {
      out << " start=\"" << time_text(edge.first_at) << "\" end=\"" << time_text(edge.last_at)
          << "\"";
    }
    out << ">\n        <attvalues>\n"
        << "          <attvalue for=\"raw_weight\" value=\"" << number(edge.raw_weight) << "\"/>\n"
        << "          <attvalue for=\"reposts\" value=\"" << edge.reposts << "\"/>\n"
        << "          <attvalue for=\"quotes\" value=\"" << edge.quotes << "\"/>\n"
        << "          <attvalue for=\"replies\" value=\"" << edge.replies << "\"/>\n"
        << "          <attvalue for=\"mentions\" value=\"" << edge.mentions << "\"/>\n"
        << "        </attvalues>\n      </edge>\n";
  });
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void write_graphml(const analysis::Network &network, std::ostream &out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  const std::pair<const char *, const char *> node_keys[] = {
      {"handle", "string"},   {"platform", "string"}, {"language", "string"},
      {"pagerank", "double"}, {"community", "long"},  {"followers", "long"}};
  for (const auto &[name, type] : node_keys) {
    out << "  <key id=\"" << name << "\" for=\"node\" attr.name=\"" << name << "\" attr.type=\""
        << type << "\"/>\n";
  }
  const std::pair<const char *, const char *> edge_keys[] = {
      {"weight", "double"},   {"raw_weight", "double"}, {"reposts", "long"},
      {"quotes", "long"},     {"replies", "long"},      {"mentions", "long"},
      {"first_at", "string"}, {"last_at", "string"}};
  for (const auto &[name, type] : edge_keys) {
    out << "  <key id=\"" << name << "\" for=\"edge\" attr.name=\"" << name << "\" attr.type=\""
        << type << "\"/>\n";
  }
  out << "  <graph id=\"amplification\" edgedefault=\"directed\">\n";
  for (const auto &node : network.nodes) {
    out << "    <node id=\"" << xml(node.id) << "\">"
        << "<data key=\"handle\">" << xml(node.handle) << "</data>"
        << "<data key=\"platform\">" << xml(node.platform) << "</data>"
        << "<data key=\"language\">" << xml(node.language) << "</data>"
        << "<data key=\"pagerank\">" << number(node.pagerank) << "</data>"
        << "<data key=\"community\">" << node.community << "</data>";
    if (node.followers) {
      out << "<data key=\"followers\">" << *node.followers << "</data>";
    }
    out << "</node>\n";
  }
  network.for_each_edge([&](const analysis::NetworkEdge &edge) {
    out << "    <edge source=\"" << xml(network.source_id(edge)) << "\" target=\""
        << xml(network.target_id(edge)) << "\">"
        << "<data key=\"weight\">" << number(edge.weight) << "</data>"
        << "<data key=\"raw_weight\">" << number(edge.raw_weight) << "</data>"
        << "<data key=\"reposts\">" << edge.reposts << "</data>"
        << "<data key=\"quotes\">" << edge.quotes << "</data>"
        << "<data key=\"replies\">" << edge.replies << "</data>"
        << "<data key=\"mentions\">" << edge.mentions << "</data>";
    if (edge.first_at) {
      out << "<data key=\"first_at\">" << time_text(edge.first_at) << "</data>"
          << "<data key=\"last_at\">" << time_text(edge.last_at) << "</data>";
    }
    out << "</edge>\n";
  });
  out << "  </graph>\n</graphml>\n";
}

} // namespace

void render_network(const analysis::Network &network, const Envelope &envelope,
                    NetworkFormat format, std::ostream &out) {
  switch (format) {
  case NetworkFormat::gexf:
    write_gexf(network, envelope, out);
    return;
  case NetworkFormat::graphml:
    write_graphml(network, out);
    return;
  case NetworkFormat::csv: {
    // Each row written as it is made: a table of cells for every edge took more memory than the
    // network itself (a million-post store's edge list).
    const auto stream = stream_rows(envelope, RenderOptions(Format::csv), out);
    stream->columns({{"source", ColumnType::id},
                     {"target", ColumnType::id},
                     {"weight", ColumnType::number},
                     {"raw_weight", ColumnType::number},
                     {"reposts", ColumnType::integer},
                     {"quotes", ColumnType::integer},
                     {"replies", ColumnType::integer},
                     {"mentions", ColumnType::integer},
                     {"first_at", ColumnType::timestamp},
                     {"last_at", ColumnType::timestamp}});
    std::vector<Cell> row;
    network.for_each_edge([&](const analysis::NetworkEdge &edge) {
      row = {network.source_id(edge),
             network.target_id(edge),
             edge.weight,
             edge.raw_weight,
             edge.reposts,
             edge.quotes,
             edge.replies,
             edge.mentions,
             edge.first_at ? Cell{time_text(edge.first_at)} : Cell{Null{}},
             edge.last_at ? Cell{time_text(edge.last_at)} : Cell{Null{}}};
      stream->row(row);
    });
    stream->finish();
    return;
  }
  }
}

} // namespace sociometer::report
