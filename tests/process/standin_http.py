# SPDX-License-Identifier: Apache-2.0
"""What the platform stand-ins of the process tests (mastodon_standin.py, bluesky_standin.py,
x_standin.py) share: a quiet request handler that answers JSON, the item count with
GET /publish?n=K (K newer items), and a server on 127.0.0.1 that prints its port, then serves
until killed. The scripts import it from their own folder (Python puts a script's folder on
sys.path), so they run as `python3 tests/process/<platform>_standin.py` from anywhere."""
import http.server
import json
import urllib.parse


class JsonHandler(http.server.BaseHTTPRequestHandler):
    """A stand-in's handler: subclasses answer in do_GET, with `count` items published."""

    count = 0

    def log_message(self, *args):  # quiet
        pass

    def request_url(self):
        """The path and the query parameters (one value each) of the request."""
        url = urllib.parse.urlparse(self.path)
        return url.path, dict(urllib.parse.parse_qsl(url.query))

    def send_json(self, body, status=200, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def answered_publish(self, path, query):
        """Answers GET /publish?n=K, which adds K newer items: True when the request was one."""
        if path != "/publish":
            return False
        type(self).count += int(query.get("n", "0"))
        self.send_json({"count": type(self).count})
        return True


def serve(handler, count):
    """Serves `handler` with `count` items on a free port of 127.0.0.1; prints the port first."""
    handler.count = count
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    print(server.server_port, flush=True)
    server.serve_forever()
