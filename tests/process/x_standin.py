#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""An X API v2 on 127.0.0.1 for process tests: user `org` (id 42) with tweets 1..N, newest first,
in pages of 10 with `next_token`, for recent search and the user timeline, and the user lookup
(any user name answers with org's profile under that name).
Answers 401 unless the bearer token starts with TOKEN_PREFIX, so a test knows the token reached
the server. Prints the port, then serves until killed.
Usage: x_standin.py TWEETS TOKEN_PREFIX"""
import sys

from standin_http import JsonHandler, serve

COUNT = int(sys.argv[1])
PREFIX = "Bearer " + sys.argv[2]

USER = {"id": "42", "username": "org", "name": "Org", "created_at": "2021-05-02T09:30:00.000Z",
        "public_metrics": {"followers_count": 1200, "following_count": 180,
                           "tweet_count": COUNT, "listed_count": 1}}


def tweet(number):
    day = 1 + (number - 1) % 28
    month = 1 + (number - 1) // 28 % 12
    return {"id": str(number), "text": f"Tweet {number} #water",
            "created_at": f"2024-{month:02d}-{day:02d}T10:00:00.000Z", "author_id": "42",
            "conversation_id": str(number), "lang": "en",
            "edit_history_tweet_ids": [str(number)],
            "public_metrics": {"retweet_count": 1, "reply_count": 0, "like_count": number,
                               "quote_count": 0}}


class Handler(JsonHandler):
    def do_GET(self):
        path, query = self.request_url()
        if not self.headers.get("Authorization", "").startswith(PREFIX):
            self.send_json({"title": "Unauthorized", "detail": "Unauthorized", "status": 401}, 401)
            return
        if path.startswith("/2/users/by/username/"):
            # Any user name: the canary test also snapshots the archive's own account.
            name = path.rsplit("/", 1)[1]
            self.send_json({"data": dict(USER, username=name) if name != "org" else USER})
            return
        if path not in ("/2/tweets/search/recent", "/2/users/42/tweets"):
            self.send_json({"title": "Not Found"}, 404)
            return
        low = int(query.get("since_id", "0")) + 1
        high = min(COUNT, int(query.get("until_id", str(COUNT + 1))) - 1)
        token = query.get("next_token") or query.get("pagination_token")
        if token:
            high = min(high, int(token))
        ids = list(range(high, max(low, high - 9) - 1, -1)) if high >= low else []
        if not ids:
            self.send_json({"meta": {"result_count": 0}})
            return
        meta = {"newest_id": str(ids[0]), "oldest_id": str(ids[-1]), "result_count": len(ids)}
        if ids[-1] > low:
            meta["next_token"] = str(ids[-1] - 1)
        self.send_json({"data": [tweet(n) for n in ids], "includes": {"users": [USER]},
                        "meta": meta})


serve(Handler, COUNT)
