#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A Mastodon server on 127.0.0.1 for process tests: account `org` (id 42) with statuses 1..N,
newest first, `max_id`/`min_id` and `Link` pagination as Mastodon gives it, each page served
after a short delay so that a test can kill a fetch between pages. GET /publish?n=K adds K newer
statuses. Prints the port, then serves until killed. Usage: mastodon_standin.py STATUSES [DELAY_SECONDS]"""
import sys
import time

from standin_http import JsonHandler, serve

DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05


def account(base, count):
    return {"id": "42", "username": "org", "acct": "org", "display_name": "Org",
            "url": base + "/@org", "created_at": "2022-11-07T00:00:00.000Z",
            "followers_count": 1250, "following_count": 10, "statuses_count": count,
            "bot": False, "locked": False}


def status(number, base, count):
    day = 1 + (number - 1) % 28
    month = 1 + (number - 1) // 28 % 12
    return {"id": str(number), "created_at": f"2024-{month:02d}-{day:02d}T10:00:00.000Z",
            "in_reply_to_id": None, "in_reply_to_account_id": None, "sensitive": False,
            "spoiler_text": "", "visibility": "public", "language": "en",
            "uri": f"{base}/users/org/statuses/{number}", "url": f"{base}/@org/{number}",
            "replies_count": 0, "reblogs_count": 1, "favourites_count": number,
            "edited_at": None, "content": f"<p>Post {number}</p>", "reblog": None,
            "account": account(base, count), "media_attachments": [], "mentions": [], "tags": [],
            "emojis": [], "card": None, "poll": None}


class Handler(JsonHandler):
    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        path, query = self.request_url()
        if self.answered_publish(path, query):
            return
        if path == "/api/v1/accounts/lookup":
            self.send_json(account(base, self.count))
            return
        if path != "/api/v1/accounts/42/statuses":
            self.send_response(404)
            self.end_headers()
            return
        time.sleep(DELAY)
        limit = int(query.get("limit", "20"))
        count = self.count
        if "max_id" in query:
            high = min(count, int(query["max_id"]) - 1)
            low = max(1, high - limit + 1)
        elif "min_id" in query:
            low = int(query["min_id"]) + 1
            high = min(count, low + limit - 1)
        else:
            high = count
            low = max(1, high - limit + 1)
        page = [status(n, base, count) for n in range(high, low - 1, -1)]
        link = None
        if page:
            page_url = f"{base}{path}?limit={limit}"
            link = (f'<{page_url}&max_id={low}>; rel="next", '
                    f'<{page_url}&min_id={high}>; rel="prev"')
        self.send_json(page, headers=[("Link", link)] if link else ())


serve(Handler, int(sys.argv[1]))
