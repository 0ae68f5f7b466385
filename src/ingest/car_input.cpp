// SPDX-License-Identifier: Apache-2.0
// A Bluesky repository export (docs/formats.md, Bluesky repository): a CARv1 file, as
// com.atproto.sync.getRepo returns it and the app's "export my data" saves it. The commit block
// (the header's root) names the repository's DID and its Merkle Search Tree; the tree is walked
// from its root, because only its keys give each record its collection and record key (the
// post's at:// URI, the same the API gives, so fetched and imported posts are one) and only what
// it reaches is the repository's present content. Posts and reposts are stored; likes made and
// other collections are counted in a note. A damaged block is reported with its byte offset and
// what it held is skipped; the rest is read.
#include <map>
#include <set>

#include "bluesky_record.hpp"
#include "dag_cbor.hpp"
#include "formats.hpp"
#include "json_access.hpp"
#include "limits.hpp"
#include "sociometer/error.hpp"
#include "sociometer/util/sha256.hpp"
#include "sociometer/util/time.hpp"
#include "x_entities.hpp"

namespace sociometer::ingest {
namespace {

constexpr std::string_view k_post = "app.bsky.feed.post";
constexpr std::string_view k_repost = "app.bsky.feed.repost";
constexpr std::string_view k_like = "app.bsky.feed.like";
constexpr std::string_view k_profile = "app.bsky.actor.profile";
// A block larger than this is refused (AT Protocol records and tree nodes stay far below 1 MiB).
constexpr std::size_t k_max_block_bytes = std::size_t{2} << 20;
// The tree is a few levels deep for millions of records.
constexpr int k_max_tree_depth = 64;
// A record key is at most 512 bytes; a tree key is `collection/rkey`.
constexpr std::size_t k_max_key_bytes = 1024;

struct Block {
  std::size_t offset = 0; // of the block's data in the file
  std::string_view data;
};

std::string hex(std::string_view bytes) {
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out += k_hex[static_cast<unsigned char>(c) >> 4U];
    out += k_hex[static_cast<unsigned char>(c) & 15U];
  }
  return out;
}

// A CIDv1 with a sha2-256 multihash whose digest does not match `data`: the block is damaged.
bool digest_mismatch(std::string_view cid, std::string_view data) {
  std::size_t pos = 0;
  (void)cbor::read_varint(cid, pos); // version
  (void)cbor::read_varint(cid, pos); // codec
  const auto code = cbor::read_varint(cid, pos);
  const auto length = cbor::read_varint(cid, pos);
  if (code != 0x12 || length != 32 || cid.size() - pos != 32) {
    return false; // another hash: not checked
  }
  util::Sha256 hash;
  hash.update(data);
  return hash.hex_digest() != hex(cid.substr(pos));
}

class CarInput final : public Input {
public:
  explicit CarInput(std::unique_ptr<ByteSource> source) : m_source(std::move(source)) {}

  [[nodiscard]] const std::string &path() const override { return m_source->path(); }
  [[nodiscard]] const std::string &format() const override { return m_format; }
  [[nodiscard]] Platform platform() const override { return Platform::bluesky; }
  [[nodiscard]] std::string sha256() override { return m_source->sha256(); }

  void parse(IngestTarget &target) override {
    m_target = &target;
    m_data = m_source->read_rest(max_input_bytes());
    const auto root = read_header();
    index_blocks(m_header_end);
    read_commit(root);
    if (!m_tree_root.empty()) {
      walk(m_tree_root, 0);
    }
    summarise();
  }

private:
  [[noreturn]] void fail(std::size_t offset, const std::string &what) const {
    throw Error(ErrorKind::input,
                m_source->path() + ": byte " + std::to_string(offset) + ": " + what);
  }

  void diagnose(std::optional<std::size_t> offset, const std::string &message, bool skipped) {
    m_target->diagnose(
        {m_source->path(), std::nullopt,
         offset ? std::optional<std::int64_t>(static_cast<std::int64_t>(*offset)) : std::nullopt,
         message, skipped});
  }

  // What a normal repository holds and the store keeps on purpose not: informational.
  void note(const std::string &message) {
    ingest::Diagnostic diagnostic{m_source->path(), std::nullopt, std::nullopt, message, false};
    diagnostic.note = true;
    m_target->diagnose(std::move(diagnostic));
  }

  static void check_interrupt() {
    if (interrupt_requested()) {
      throw Error(ErrorKind::interrupted, "interrupted");
    }
  }

  // The header `{roots: [CID], version: 1}`; returns the first root (the commit).
  std::string read_header() {
    std::size_t pos = 0;
    const auto length = cbor::read_varint(m_data, pos);
    if (!length || *length == 0 || *length > m_data.size() - pos || *length > k_max_block_bytes) {
      fail(0, "not a CAR file: no header length");
    }
    cbor::Value header;
    try {
      header = cbor::decode_all(std::string_view(m_data).substr(pos, *length));
    } catch (const cbor::DecodeError &error) {
      fail(pos + error.offset(), "CAR header: " + std::string(error.what()));
    }
    const auto *version = header.find("version");
    if (version == nullptr || version->type != cbor::Value::Type::integer ||
        version->integer != 1) {
      fail(pos, "not a CARv1 header (version " +
                    (version != nullptr && version->type == cbor::Value::Type::integer
                         ? std::to_string(version->integer)
                         : std::string("missing")) +
                    "); only CARv1, as getRepo returns it, is read");
    }
    const auto *roots = header.find("roots");
    if (roots == nullptr || roots->type != cbor::Value::Type::array || roots->items.empty() ||
        roots->items[0].type != cbor::Value::Type::link) {
      fail(pos, "CAR header without a root CID");
    }
    m_header_end = pos + static_cast<std::size_t>(*length);
    return roots->items[0].string;
  }

  // Every section `varint length, CID, data` after the header, by CID. A section that cannot be
  // read is reported and skipped; a length that cannot be trusted ends the file.
  void index_blocks(std::size_t pos) {
    while (pos < m_data.size()) {
      const auto start = pos;
      const auto length = cbor::read_varint(m_data, pos);
      if (!length) {
        diagnose(start, "section length is not a varint (truncated file?); the rest is not read",
                 true);
        return;
      }
      if (*length > m_data.size() - pos) {
        diagnose(start,
                 "section of " + std::to_string(*length) +
                     " bytes runs past the end of the file (" +
                     std::to_string(m_data.size() - pos) + " bytes left); the rest is not read",
                 true);
        return;
      }
      const auto section = std::string_view(m_data).substr(pos, static_cast<std::size_t>(*length));
      pos += static_cast<std::size_t>(*length);
      const auto cid_size = cbor::cid_length(section);
      if (!cid_size) {
        diagnose(start, "section without a valid CID; skipped", true);
        continue;
      }
      const auto cid = section.substr(0, *cid_size);
      const auto data = section.substr(*cid_size);
      const auto offset = pos - section.size() + *cid_size;
      if (data.size() > k_max_block_bytes) {
        diagnose(offset,
                 "block of " + std::to_string(data.size()) + " bytes is over the limit of " +
                     std::to_string(k_max_block_bytes) + "; skipped",
                 true);
        continue;
      }
      if (digest_mismatch(cid, data)) {
        diagnose(offset, "block " + cbor::cid_text(cid) + " does not match its hash; skipped",
                 true);
        continue;
      }
      m_blocks.try_emplace(std::string(cid), Block{offset, data});
    }
  }

  // The block of `cid` decoded; std::nullopt (reported) when it is missing or not DAG-CBOR.
  std::optional<cbor::Value> load(const std::string &cid, const std::string &what) {
    const auto found = m_blocks.find(cid);
    if (found == m_blocks.end()) {
      ++m_missing;
      if (m_missing == 1) {
        m_first_missing = what + " (" + cbor::cid_text(cid) + ")";
      }
      return std::nullopt;
    }
    try {
      return cbor::decode_all(found->second.data);
    } catch (const cbor::DecodeError &error) {
      diagnose(found->second.offset + error.offset(), what + ": " + error.what() + "; skipped",
               true);
      return std::nullopt;
    }
  }

  void read_commit(const std::string &root) {
    const auto found = m_blocks.find(root);
    if (found == m_blocks.end()) {
      fail(m_header_end, "the root block (the repository's commit " + cbor::cid_text(root) +
                             ") is not in the file");
    }
    auto commit = load(root, "the commit");
    if (!commit) {
      fail(found->second.offset, "the commit block cannot be read");
    }
    m_did = std::string(commit->text("did"));
    const auto *data = commit->find("data");
    if (!m_did.starts_with("did:") || data == nullptr || data->type != cbor::Value::Type::link) {
      fail(found->second.offset, "the root block is not a repository commit (no `did` and `data`)");
    }
    m_tree_root = data->string;
  }

  // The tree node `cid` in key order: its left subtree, then each entry and the entry's right
  // subtree. A node seen twice (a cycle) or too deep is reported, not followed.
  void walk(const std::string &cid, int depth) {
    check_interrupt();
    const auto offset = offset_of(cid);
    if (depth > k_max_tree_depth || !m_visited.insert(cid).second) {
      diagnose(offset,
               "tree node " + cbor::cid_text(cid) +
                   " is reached twice or too deep; "
                   "not followed",
               true);
      return;
    }
    const auto node = load(cid, "tree node");
    if (!node) {
      return;
    }
    const auto bad = [&](const std::string &what) {
      diagnose(offset,
               "tree node " + cbor::cid_text(cid) + ": " + what +
                   "; the records under it are not read",
               true);
    };
    const auto *left = node->find("l");
    const auto *entries = node->find("e");
    if (entries == nullptr || entries->type != cbor::Value::Type::array) {
      bad("no entry list `e`");
      return;
    }
    if (left != nullptr && left->type == cbor::Value::Type::link) {
      walk(left->string, depth + 1);
    }
    std::string key;
    for (const auto &entry : entries->items) {
      const auto *prefix = entry.find("p");
      const auto *suffix = entry.find("k");
      const auto *value = entry.find("v");
      if (prefix == nullptr || prefix->type != cbor::Value::Type::integer || prefix->integer < 0 ||
          static_cast<std::uint64_t>(prefix->integer) > key.size() || suffix == nullptr ||
          suffix->type != cbor::Value::Type::bytes || value == nullptr ||
          value->type != cbor::Value::Type::link ||
          static_cast<std::size_t>(prefix->integer) + suffix->string.size() > k_max_key_bytes) {
        bad("an entry without a valid key prefix `p`, key `k` or value `v`");
        return;
      }
      key = key.substr(0, static_cast<std::size_t>(prefix->integer)) + suffix->string;
      record(key, value->string, offset);
      if (const auto *right = entry.find("t");
          right != nullptr && right->type == cbor::Value::Type::link) {
        walk(right->string, depth + 1);
      }
    }
  }

  // One repository record: `key` is `collection/rkey`.
  void record(const std::string &key, const std::string &cid, std::optional<std::size_t> node) {
    const auto slash = key.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == key.size() ||
        key.find_first_of(" \"\\\n", 0) != std::string::npos) {
      diagnose(node, "tree key `" + key.substr(0, 80) + "` is not collection/rkey; skipped", true);
      return;
    }
    const auto collection = key.substr(0, slash);
    ++m_collections[collection];
    if (collection != k_post && collection != k_repost && collection != k_profile) {
      return;
    }
    const auto uri = "at://" + m_did + "/" + key;
    const auto value = load(cid, uri);
    if (!value) {
      return;
    }
    if (value->type != cbor::Value::Type::map) {
      diagnose(offset_of(cid), uri + ": the record is not a map; skipped", true);
      return;
    }
    const auto json = cbor::to_json(*value);
    simdjson::dom::element element;
    if (m_parser.parse(json).get(element) != simdjson::SUCCESS) {
      diagnose(offset_of(cid), uri + ": the record cannot be read; skipped", true);
      return;
    }
    if (collection == k_post) {
      post(uri, key.substr(slash + 1), cid, element, json);
    } else if (collection == k_repost) {
      repost(uri, cid, element, json);
    } else {
      profile(element);
    }
    m_target->record_boundary();
  }

  AccountRef owner() const { return {m_did, {}}; }

  // Where the block `cid` starts in the file, when it is there.
  [[nodiscard]] std::optional<std::size_t> offset_of(const std::string &cid) const {
    const auto found = m_blocks.find(cid);
    return found == m_blocks.end() ? std::nullopt : std::optional(found->second.offset);
  }

  void post(const std::string &uri, const std::string &rkey, const std::string &cid,
            json::element record, const std::string &json) {
    PostRecord post;
    post.platform = Platform::bluesky;
    post.role = RecordRole::primary;
    post.native_id = uri;
    post.version_key = cbor::cid_text(cid);
    post.author = owner();
    post.created_at = util::parse_iso8601(json::string(record, "createdAt"));
    if (!post.created_at) {
      diagnose(offset_of(cid), uri + ": no valid createdAt; skipped", true);
      return;
    }
    post.url = "https://bsky.app/profile/" + m_did + "/post/" + rkey;
    std::vector<std::string> problems;
    bluesky::read_text_and_entities(record, post, problems);
    std::string quoted_uri;
    if (auto embed = json::field(record, "embed")) {
      bluesky::read_record_embed(*embed, post, quoted_uri);
    }
    AccountRef quoted_author;
    if (bluesky::is_post_uri(quoted_uri)) {
      post.quoted_id = quoted_uri;
      quoted_author = {bluesky::did_of_uri(quoted_uri), {}};
    }
    AccountRef reply_target;
    if (auto reply = json::field(record, "reply")) {
      if (auto parent = json::field(*reply, "parent")) {
        post.reply_to_id = std::string(json::string(*parent, "uri"));
      }
      if (post.reply_to_id.empty()) {
        problems.emplace_back("reply without a parent URI");
      } else {
        post.kind = PostKind::reply;
        reply_target = {bluesky::did_of_uri(post.reply_to_id), {}};
      }
    }
    if (post.kind != PostKind::reply && !post.quoted_id.empty()) {
      post.kind = PostKind::quote;
    }
    x::add_edges(post, reply_target, {}, post.quoted_id.empty() ? AccountRef{} : quoted_author, 0);
    for (const auto &problem : problems) {
      diagnose(offset_of(cid), uri + ": " + problem, false);
    }
    post.raw = json;
    post.detail_rank = 1;
    m_target->post(post);
  }

  void repost(const std::string &uri, const std::string &cid, json::element record,
              const std::string &json) {
    PostRecord repost;
    repost.platform = Platform::bluesky;
    repost.kind = PostKind::repost;
    repost.native_id = uri;
    repost.version_key = cbor::cid_text(cid);
    repost.author = owner();
    if (auto subject = json::field(record, "subject")) {
      repost.shared_of_id = std::string(json::string(*subject, "uri"));
    }
    repost.created_at = util::parse_iso8601(json::string(record, "createdAt"));
    if (!bluesky::is_post_uri(repost.shared_of_id) || !repost.created_at) {
      diagnose(offset_of(cid), uri + ": no post subject or no valid createdAt; skipped", true);
      return;
    }
    x::add_edges(repost, {}, {bluesky::did_of_uri(repost.shared_of_id), {}}, {}, 0);
    repost.raw = json;
    repost.detail_rank = 1;
    m_target->post(repost);
  }

  // app.bsky.actor.profile/self: the display name (the handle is not in the repository).
  void profile(json::element record) {
    AccountRecord account;
    account.platform = Platform::bluesky;
    account.ref = owner();
    account.display_name = std::string(json::string(record, "displayName"));
    account.created_at = util::parse_iso8601(json::string(record, "createdAt"));
    if (!account.display_name.empty()) {
      m_target->account(account);
    }
  }

  // Notes for what the repository holds that is not stored.
  void summarise() {
    if (m_missing > 0) {
      diagnose(std::nullopt,
               std::to_string(m_missing) + " blocks the tree names are not in the file (first: " +
                   m_first_missing + "); what they hold is not read",
               true);
    }
    const auto likes = m_collections.count(std::string(k_like)) != 0
                           ? m_collections[std::string(k_like)]
                           : std::int64_t{0};
    if (likes > 0) {
      note(std::to_string(likes) + " likes made (app.bsky.feed.like) not stored: the store "
                                   "keeps the likes a post received, not those an account gave");
    }
    std::string others;
    for (const auto &[collection, count] : m_collections) {
      if (collection != k_post && collection != k_repost && collection != k_like &&
          collection != k_profile) {
        others += (others.empty() ? "" : ", ") + collection + " " + std::to_string(count);
      }
    }
    if (!others.empty()) {
      note("records of other collections not read: " + others);
    }
  }

  std::unique_ptr<ByteSource> m_source;
  std::string m_format = "bluesky-car";
  std::string m_data;
  std::size_t m_header_end = 0;
  IngestTarget *m_target = nullptr;
  simdjson::dom::parser m_parser;
  std::map<std::string, Block> m_blocks;
  std::set<std::string> m_visited;
  std::map<std::string, std::int64_t> m_collections;
  std::string m_did;
  std::string m_tree_root;
  std::int64_t m_missing = 0;
  std::string m_first_missing;
};

} // namespace

bool is_bluesky_car(std::string_view head) {
  // A varint header length, then DAG-CBOR `{"roots": [...], "version": 1}` (keys in canonical
  // order; either order is accepted).
  std::size_t pos = 0;
  const auto length = cbor::read_varint(head, pos);
  if (!length || pos >= head.size() || static_cast<unsigned char>(head[pos]) != 0xA2) {
    return false;
  }
  const auto start = head.substr(pos, 24);
  return start.find("\x65roots") != std::string_view::npos ||
         start.find("\x67version") != std::string_view::npos;
}

std::unique_ptr<Input> make_car_input(std::unique_ptr<ByteSource> source) {
  return std::make_unique<CarInput>(std::move(source));
}

} // namespace sociometer::ingest
