# Unity Relief's Facebook page: posts from the DYI export (links) and the Business Suite CSV
# (counts, link clicks) joined into one post each; follower totals from the page-level CSV.
"$SOCIOMETER" init --tz UTC --org "Unity Relief"
"$SOCIOMETER" ingest --as UnityRelief fixtures/analysis/facebook-dyi/your_posts_1.json
"$SOCIOMETER" ingest fixtures/analysis/facebook-posts.csv
"$SOCIOMETER" ingest --as UnityRelief fixtures/analysis/facebook-followers.csv
"$SOCIOMETER" campaign import fixtures/analysis/campaigns.toml
