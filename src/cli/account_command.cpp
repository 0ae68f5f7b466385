// SPDX-License-Identifier: Apache-2.0
// `account set|link|unlink` and `accounts`: which accounts are the organisation's own, its peers
// and partners, and which accounts on several platforms are one identity.
#include "common.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/text.hpp"

namespace sociometer::cli {
namespace {

// `--role` as a role. Throws Error(usage) for an unknown name.
AccountRole role_option(const std::string &name) {
  const auto role = parse_account_role(name);
  if (!role) {
    throw Error(ErrorKind::usage, "--role " + name + ": unknown role",
                "one of own, peer, partner, tracked, other");
  }
  return *role;
}

struct AccountSetOptions {
  std::string handle;
  std::string platform;
  std::string role;
};

int run_account_set(const AccountSetOptions &options, Context &context) {
  const auto role = role_option(options.role);
  auto store = context.invocation.open_store(store::OpenMode::read_write);
  const std::string handle(util::strip_handle_prefix(options.handle));
  const auto platform = parse_platform_flag(options.platform);
  const auto previous = store.account_role(platform, handle);
  (void)store.declare_account(platform, handle, role);
  const auto account = std::string(to_string(platform)) + ":" + handle;
  if (!previous) {
    tell(context, "account set: " + account + ": role " + std::string(to_string(role)) +
                      " (not in the store yet: it applies once its posts are ingested)");
  } else if (*previous == role) {
    tell(context,
         "account set: " + account + ": role " + std::string(to_string(role)) + " (unchanged)");
  } else {
    tell(context, "account set: " + account + ": role " + std::string(to_string(*previous)) +
                      " -> " + std::string(to_string(role)));
  }
  return 0;
}

struct AccountLinkOptions {
  std::string name;
  std::vector<std::string> accounts;
  bool move = false;
};

// `platform:handle`, e.g. `mastodon:org@social.example` or `x:example_org`.
std::pair<Platform, std::string> account_reference(const std::string &text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
    throw Error(ErrorKind::usage, "account link: " + text + ": expected PLATFORM:HANDLE",
                "for example x:example_org bluesky:example-org.bsky.social");
  }
  return {parse_platform_flag(text.substr(0, colon)),
          std::string(util::strip_handle_prefix(text.substr(colon + 1)))};
}

int run_account_link(const AccountLinkOptions &options, Context &context) {
  std::vector<std::pair<Platform, std::string>> accounts;
  for (const auto &text : options.accounts) {
    accounts.push_back(account_reference(text));
  }
  auto store = context.invocation.open_store(store::OpenMode::read_write);
  const auto previous = store.link_accounts(options.name, accounts, options.move);
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    const auto account = std::string(to_string(accounts[i].first)) + ":" + accounts[i].second;
    const auto &was = previous[i];
    tell(context, "account link: " + account +
                      (was == options.name ? " already in " + options.name
                       : was.empty()       ? " linked to " + options.name
                                           : " moved from " + was + " to " + options.name));
  }
  return 0;
}

int run_account_unlink(const std::string &name, Context &context) {
  auto store = context.invocation.open_store(store::OpenMode::read_write);
  const int removed = store.unlink_accounts(name);
  if (removed == 0) {
    throw Error(ErrorKind::usage, "account unlink: no link called " + name);
  }
  tell(context, "account unlink: " + name + " removed from " + std::to_string(removed) +
                    (removed == 1 ? " account" : " accounts"));
  return 0;
}

struct AccountsOptions {
  std::string platform;
  std::string role;
  bool all = false;
};

// The columns of `accounts` and one account's row.
std::vector<Column> accounts_columns() {
  return {{"platform", ColumnType::text},
          {"handle", ColumnType::text},
          {"native_id", ColumnType::id},
          {"display_name", ColumnType::text},
          {"role", ColumnType::text},
          {"linked_as", ColumnType::text},
          {"posts", ColumnType::integer},
          {"followers", ColumnType::integer},
          {"followers_at", ColumnType::timestamp}};
}

std::vector<Cell> account_cells(const store::AccountSummary &account) {
  const auto text_or_null = [](const std::string &text) {
    return text.empty() ? Cell{Null{}} : Cell{text};
  };
  return {std::string(to_string(account.platform)), text_or_null(account.handle),
          // Accounts declared before they were ingested have no platform ID yet.
          account.native_id.starts_with("handle:") ? Cell{Null{}} : Cell{account.native_id},
          text_or_null(account.display_name), std::string(to_string(account.role)),
          text_or_null(account.link_name), account.posts,
          account.followers ? Cell{*account.followers} : Cell{Null{}},
          account.followers_at ? Cell{util::format_rfc3339(*account.followers_at)} : Cell{Null{}}};
}

report::Envelope accounts_envelope(const AccountsOptions &options, const Invocation &invocation) {
  report::Envelope envelope;
  envelope.command = "accounts";
  envelope.generated_at = util::report_clock_now();
  envelope.params["db"] = invocation.store_path;
  envelope.params["all"] = std::int64_t{options.all ? 1 : 0};
  if (!options.platform.empty()) {
    envelope.params["platform"] = options.platform;
  }
  if (!options.role.empty()) {
    envelope.params["role"] = options.role;
  }
  envelope.definitions = {
      {"role", "own = the organisation's accounts; peer = organisations compared in share of "
               "voice; partner, tracked = declared by `account set`; other = everyone else"},
      {"linked_as", "identity the account is counted under across platforms (`account link`)"},
      {"posts", "primary posts by the account in the store"},
      {"followers", "latest follower count observed, at followers_at"},
  };
  return envelope;
}

int run_accounts(const AccountsOptions &options, Context &context) {
  store::AccountQuery query;
  query.all = options.all;
  query.platform = platform_filter(options.platform);
  if (!options.role.empty()) {
    query.role = role_option(options.role);
  }
  const auto store = context.invocation.open_store(store::OpenMode::read_only);
  // Rows go out as SQL sorts them: a capture's accounts are never all held.
  const auto envelope = accounts_envelope(options, context.invocation);
  const auto stream =
      report::stream_rows(envelope, context.invocation.render_options(), context.out);
  stream->columns(accounts_columns());
  store.accounts(
      query, [&](const store::AccountSummary &account) { stream->row(account_cells(account)); });
  stream->finish();
  return 0;
}

} // namespace

void add_account_command(CLI::App &app, Commands &commands) {
  auto *command = app.add_subcommand("account", "declare roles and link accounts across platforms");
  command->require_subcommand(1);

  auto set_options = std::make_shared<AccountSetOptions>();
  auto *set = command->add_subcommand("set", "set an account's role (own, peer, partner, tracked)");
  set->add_option("handle", set_options->handle, "the account's handle")->required();
  set->add_option("--platform", set_options->platform, "x, mastodon, bluesky, facebook, instagram")
      ->required();
  set->add_option("--role", set_options->role, "own, peer, partner, tracked or other")->required();

  auto link_options = std::make_shared<AccountLinkOptions>();
  auto *link = command->add_subcommand("link", "count accounts on several platforms as one");
  link->add_option("name", link_options->name, "the identity's name in reports")->required();
  link->add_option("accounts", link_options->accounts, "PLATFORM:HANDLE ...")
      ->required()
      ->expected(2, -1);
  link->add_flag("--move", link_options->move,
                 "move accounts that belong to another identity (refused without it)");

  auto unlink_name = std::make_shared<std::string>();
  auto *unlink = command->add_subcommand("unlink", "remove a link made by `account link`");
  unlink->add_option("name", *unlink_name, "the identity's name")->required();

  commands.push_back({set, k_no_output, [set_options](Context &context) {
                        return run_account_set(*set_options, context);
                      }});
  commands.push_back({link, k_no_output, [link_options](Context &context) {
                        return run_account_link(*link_options, context);
                      }});
  commands.push_back({unlink, k_no_output, [unlink_name](Context &context) {
                        return run_account_unlink(*unlink_name, context);
                      }});
}

void add_accounts_command(CLI::App &app, Commands &commands) {
  auto options = std::make_shared<AccountsOptions>();
  auto *command = app.add_subcommand("accounts", "the accounts in the store, own accounts first");
  command->add_option("--platform", options->platform, "only this platform");
  command->add_option("--role", options->role, "only accounts with this role");
  command->add_flag("--all", options->all, "every account, also those only mentioned");
  commands.push_back({command, k_row_formats,
                      [options](Context &context) { return run_accounts(*options, context); }});
}

} // namespace sociometer::cli
