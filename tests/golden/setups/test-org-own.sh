# "Test Org" of test-org-x-archive with its own account declared: @test_org on X (the report is
# about it; @partner_org's posts count as what others said about or with it).
"$SOCIOMETER" init --tz Europe/Zurich --org "Test Org"
"$SOCIOMETER" ingest x/archive x/twarc/page-and-stream.jsonl
"$SOCIOMETER" account set test_org --platform x --role own
