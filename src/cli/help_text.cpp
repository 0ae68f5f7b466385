// SPDX-License-Identifier: Apache-2.0
// The end of every help page: the output formats the command offers, the global flags it takes,
// and two or three examples. One table, so that `--help` and docs/cli.md cannot leave one out.
#include <map>

#include "common.hpp"
#include "sociometer/error.hpp"

namespace sociometer::cli {
namespace {

// Examples per command path ("" is `sociometer` itself).
const std::map<std::string, std::vector<std::string>> &examples() {
  static const std::map<std::string, std::vector<std::string>> table{
      {"",
       {"sociometer init --tz Europe/Paris --org \"Example Org\"",
        "sociometer ingest twitter-archive.zip --as example_org",
        "sociometer report --month last -o report.md"}},
      {"init",
       {"sociometer init", "sociometer --db org.db init --tz Europe/Paris --org \"Example Org\""}},
      {"status",
       {"sociometer status", "sociometer status --by account --gap-days 14",
        "sociometer status --format json"}},
      {"account",
       {"sociometer account set example_org --platform x --role own",
        "sociometer account link \"Example Org\" x:example_org bluesky:example-org.bsky.social"}},
      {"account set",
       {"sociometer account set example_org --platform x --role own",
        "sociometer account set @partner@social.example --platform mastodon --role partner"}},
      {"account link",
       {"sociometer account link \"Example Org\" x:example_org bluesky:example-org.bsky.social",
        "sociometer account link \"Example Org\" x:example_org mastodon:org@social.example "
        "--move"}},
      {"account unlink",
       {"sociometer account unlink \"Example Org\"", "sociometer accounts --format csv"}},
      {"accounts",
       {"sociometer accounts", "sociometer accounts --role own --format csv",
        "sociometer accounts --all --platform mastodon"}},
      {"ingest",
       {"sociometer ingest twitter-archive.zip --as example_org",
        "sociometer ingest captures/ --dry-run",
        "sociometer ingest posts.csv --map map.txt --platform facebook --source-tz Europe/Paris"}},
      {"fetch",
       {"sociometer fetch mastodon --instance https://mastodon.social --account @unicef --limit "
        "400",
        "sociometer fetch bluesky --actor unicef.org --limit 500", "sociometer -q fetch all"}},
      {"fetch all", {"sociometer -q fetch all", "sociometer fetch all --timeout 30 --format json"}},
      {"fetch bluesky",
       {"sociometer fetch bluesky --actor unicef.org --limit 500",
        "sociometer fetch bluesky --search '#ClimateAction' --service https://bsky.social "
        "--since 2026-11-01"}},
      {"fetch mastodon",
       {"sociometer fetch mastodon --instance https://mastodon.social --account @unicef --limit "
        "400",
        "sociometer fetch mastodon --instance https://mastodon.social --tag ClimateAction --since "
        "2026-11-01"}},
      {"fetch x",
       {"sociometer fetch x --user example_org --limit 500",
        "sociometer fetch x --query '#ClimateAction lang:en' --since 2026-11-01"}},
      {"snapshot",
       {"sociometer snapshot", "sociometer snapshot --platform mastodon --format csv",
        "sociometer snapshot -q"}},
      {"engagement",
       {"sociometer engagement --month last", "sociometer engagement --by account --owned",
        "sociometer engagement --by post --month 2024-03 --format csv -o posts.csv"}},
      {"top",
       {"sociometer top posts --month last", "sociometer top hashtags --limit 20 --platform x",
        "sociometer top domains --since 2024-01-01 --format json"}},
      {"besttime",
       {"sociometer besttime --month last", "sociometer besttime --owned --format csv"}},
      {"campaign",
       {"sociometer campaign add water --hashtag WaterIsLife --keyword \"clean water\"",
        "sociometer campaign list --format json", "sociometer campaign import campaigns.toml"}},
      {"campaign add",
       {"sociometer campaign add water --hashtag WaterIsLife --keyword \"clean water\"",
        "sociometer campaign add appeal --cta-url example.org/donate --from 2024-03-01 --to "
        "2024-03-31"}},
      {"campaign list", {"sociometer campaign list", "sociometer campaign list --format json"}},
      {"campaign rm", {"sociometer campaign list", "sociometer campaign rm water"}},
      {"campaign import",
       {"sociometer campaign import campaigns.toml", "sociometer campaign import campaigns.json"}},
      {"causes",
       {"sociometer causes --month last", "sociometer causes --campaign water --format csv"}},
      {"influencers",
       {"sociometer influencers --month last", "sociometer influencers --campaign water --limit 50",
        "sociometer influencers --communities --format json"}},
      {"network",
       {"sociometer network export --month last -o graph.gexf",
        "sociometer network export --format csv -o edges.csv"}},
      {"network export",
       {"sociometer network export --month last -o graph.gexf",
        "sociometer network export --format graphml --top 200 -o graph.graphml",
        "sociometer network export --format csv -o edges.csv"}},
      {"report",
       {"sociometer report --month last -o report.md",
        "sociometer report --month 2024-03 --format json -o report.json",
        "sociometer report --month latest --platform mastodon"}},
      {"store",
       {"sociometer store copy --from org.db --to postgresql://db.example.org/team",
        "sociometer store copy --from postgresql://db.example.org/team --to org-copy.db"}},
      {"store copy",
       {"sociometer store copy --from org.db --to postgresql://db.example.org/team",
        "sociometer store copy --from postgresql://db.example.org/team --to org-copy.db "
        "--format json"}},
      {"sql",
       {"sociometer sql \"SELECT platform, count(*) FROM posts GROUP BY platform\"",
        "sociometer sql \"SELECT tag, count(*) AS n FROM post_hashtags GROUP BY tag ORDER BY n "
        "DESC LIMIT 10\" --format csv"}},
  };
  return table;
}

std::string path_of(const CLI::App &command) {
  std::string path;
  for (const auto *at = &command; at->get_parent() != nullptr; at = at->get_parent()) {
    path = at->get_name() + (path.empty() ? "" : " " + path);
  }
  return path;
}

std::string formats_line(const FormatOffer &formats) {
  if (formats.names.empty()) {
    return "Output: none on stdout (what changed is said on stderr; -q silences it).";
  }
  std::string line = "Formats: --format ";
  for (std::size_t i = 0; i < formats.names.size(); ++i) {
    line += (i == 0 ? "" : "|") + std::string(formats.names[i]);
  }
  line += " (default " + std::string(formats.names.front()) +
          "); -o FILE writes to FILE, replaced only when complete.";
  return line;
}

const FormatOffer *offer_of(const CLI::App &command, const Commands &commands) {
  for (const auto &runnable : commands) {
    if (runnable.parser == &command) {
      return &runnable.formats;
    }
  }
  return nullptr;
}

void add_footer(CLI::App &command, const Commands &commands) {
  const auto path = path_of(command);
  const auto found = examples().find(path);
  if (found == examples().end()) {
    throw Error(ErrorKind::internal, "no help examples for `sociometer " + path + "`");
  }
  std::string footer = command.get_footer();
  if (!footer.empty()) {
    footer += "\n\n";
  }
  if (const auto *formats = offer_of(command, commands)) {
    footer += formats_line(*formats) + "\n";
  }
  if (!path.empty()) {
    footer +=
        "Global flags: --db FILE, --format, -o FILE, --tz ZONE, --columns, --bom, --min-coverage, "
        "-q, -v, --no-progress (see `sociometer --help`).\n";
  }
  footer += "\nExamples:";
  for (const auto &example : found->second) {
    footer += "\n  " + example;
  }
  command.footer(footer);
  for (auto *sub : command.get_subcommands([](CLI::App *) { return true; })) {
    add_footer(*sub, commands);
  }
}

} // namespace

void add_help_footers(CLI::App &app, const Commands &commands) { add_footer(app, commands); }

} // namespace sociometer::cli
