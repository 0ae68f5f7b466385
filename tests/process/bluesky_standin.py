#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A Bluesky AppView on 127.0.0.1 for process tests: actor `org.example` whose feed holds posts
1..N (post i at 2024-01-01 + i minutes), newest first, with `cursor` pagination (an opaque `c<i>`:
posts below i), each page served after a short delay so that a test can kill a fetch between
pages. GET /publish?n=K adds K newer posts. Prints the port, then serves until killed.
Usage: bluesky_standin.py POSTS [DELAY_SECONDS]"""
import datetime
import sys
import time

from standin_http import JsonHandler, serve

DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05
DID = "did:plc:orgexample"
START = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


def stamp(number):
    moment = START + datetime.timedelta(minutes=number)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def item(number):
    author = {"did": DID, "handle": "org.example", "displayName": "Org"}
    record = {"$type": "app.bsky.feed.post", "text": f"Post {number}",
              "createdAt": stamp(number), "langs": ["en"]}
    return {"post": {"uri": f"at://{DID}/app.bsky.feed.post/p{number}", "cid": f"bafy{number}",
                     "author": author, "record": record, "replyCount": 0, "repostCount": 0,
                     "likeCount": number, "quoteCount": 0, "indexedAt": stamp(number)}}


class Handler(JsonHandler):
    def do_GET(self):
        path, query = self.request_url()
        if self.answered_publish(path, query):
            return
        if path != "/xrpc/app.bsky.feed.getAuthorFeed":
            self.send_json({"error": "MethodNotImplemented"}, 501)
            return
        time.sleep(DELAY)
        limit = int(query.get("limit", "50"))
        high = self.count
        if "cursor" in query:
            high = min(high, int(query["cursor"][1:]) - 1)
        low = max(1, high - limit + 1)
        page = {"feed": [item(n) for n in range(high, low - 1, -1)]}
        if 1 < low <= high:
            page["cursor"] = f"c{low}"
        self.send_json(page)


serve(Handler, int(sys.argv[1]))
