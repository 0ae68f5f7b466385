// SPDX-License-Identifier: Apache-2.0
#include "sociometer/model/vocabulary.hpp"

#include <array>
#include <utility>

namespace sociometer {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> find_name(const std::array<std::pair<Enum, std::string_view>, N> &table,
                              std::string_view name) noexcept {
  for (const auto &[value, text] : table) {
    if (text == name) {
      return value;
    }
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N> &table,
                         Enum value) noexcept {
  for (const auto &[candidate, text] : table) {
    if (candidate == value) {
      return text;
    }
  }
  return "unknown";
}

constexpr std::array<std::pair<Platform, std::string_view>, 6> k_platforms{{
    {Platform::x, "x"},
    {Platform::mastodon, "mastodon"},
    {Platform::bluesky, "bluesky"},
    {Platform::facebook, "facebook"},
    {Platform::instagram, "instagram"},
    {Platform::other, "other"},
}};
constexpr std::array<std::pair<PostKind, std::string_view>, 4> k_kinds{{
    {PostKind::post, "post"},
    {PostKind::reply, "reply"},
    {PostKind::repost, "repost"},
    {PostKind::quote, "quote"},
}};
constexpr std::array<std::pair<PostState, std::string_view>, 2> k_states{{
    {PostState::available, "available"},
    {PostState::unavailable, "unavailable"},
}};
constexpr std::array<std::pair<RecordRole, std::string_view>, 2> k_record_roles{{
    {RecordRole::primary, "primary"},
    {RecordRole::referenced, "referenced"},
}};
constexpr std::array<std::pair<AccountRole, std::string_view>, 5> k_account_roles{{
    {AccountRole::own, "own"},
    {AccountRole::peer, "peer"},
    {AccountRole::partner, "partner"},
    {AccountRole::tracked, "tracked"},
    {AccountRole::other, "other"},
}};
constexpr std::array<std::pair<EdgeKind, std::string_view>, 4> k_edge_kinds{{
    {EdgeKind::repost, "repost"},
    {EdgeKind::quote, "quote"},
    {EdgeKind::reply, "reply"},
    {EdgeKind::mention, "mention"},
}};
constexpr std::array<std::pair<Visibility, std::string_view>, 4> k_visibilities{{
    {Visibility::everyone, "public"},
    {Visibility::unlisted, "unlisted"},
    {Visibility::followers, "private"},
    {Visibility::direct, "direct"},
}};

} // namespace

std::string_view to_string(Platform platform) noexcept { return name_of(k_platforms, platform); }
std::string_view to_string(PostKind kind) noexcept { return name_of(k_kinds, kind); }
std::string_view to_string(PostState state) noexcept { return name_of(k_states, state); }
std::string_view to_string(RecordRole role) noexcept { return name_of(k_record_roles, role); }
std::string_view to_string(AccountRole role) noexcept { return name_of(k_account_roles, role); }
std::string_view to_string(EdgeKind kind) noexcept { return name_of(k_edge_kinds, kind); }
std::string_view to_string(Visibility visibility) noexcept {
  return name_of(k_visibilities, visibility);
}

std::optional<Platform> parse_platform(std::string_view name) noexcept {
  if (name == "twitter") {
    return Platform::x;
  }
  return find_name(k_platforms, name);
}
std::optional<PostKind> parse_post_kind(std::string_view name) noexcept {
  return find_name(k_kinds, name);
}
std::optional<AccountRole> parse_account_role(std::string_view name) noexcept {
  return find_name(k_account_roles, name);
}
std::optional<EdgeKind> parse_edge_kind(std::string_view name) noexcept {
  return find_name(k_edge_kinds, name);
}

} // namespace sociometer
