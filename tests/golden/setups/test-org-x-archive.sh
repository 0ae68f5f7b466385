# "Test Org" in Europe/Zurich with the X account archive (tests/fixtures/x/archive) and a twarc
# capture of one search page and one filtered-stream line (x/twarc/page-and-stream.jsonl).
"$SOCIOMETER" init --tz Europe/Zurich --org "Test Org"
"$SOCIOMETER" ingest x/archive x/twarc/page-and-stream.jsonl
