"""A static file server for tests and benchmarks that behaves like the published site.

Usage: python scripts/gzip_server.py PORT DIRECTORY [SITE_URL]   (binds 127.0.0.1 only)

- It compresses text as GitHub Pages does: Python's http.server sends everything
  uncompressed, which would make page-weight and Lighthouse figures several times worse
  than what readers download.
- Given SITE_URL, it serves sitemap.xml with that address replaced by its own. Material's
  instant navigation only handles links it finds in the sitemap, on the same host; on
  the published site the two match, and here they must too.
"""

from __future__ import annotations

import functools
import gzip
import io
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


class Handler(SimpleHTTPRequestHandler):
    site_url = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass

    def send_head(self) -> Any:  # same contract as the base class
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not url_path.endswith("/"):
                return super().send_head()  # the base class redirects to the trailing slash
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = _compressed(str(path), path.stat().st_mtime_ns, self.site_url, self.headers.get("Host", ""))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@functools.lru_cache(maxsize=512)
def _compressed(path: str, mtime: int, site_url: str, host: str) -> bytes:
    data = Path(path).read_bytes()
    if site_url and path.endswith("sitemap.xml"):
        local = f"http://{host}/{site_url.split('://', 1)[1].split('/', 1)[1]}"
        data = data.replace(site_url.encode(), local.encode())
    return gzip.compress(data, compresslevel=6, mtime=0)


def main(port: str, directory: str, site_url: str = "") -> None:
    Handler.site_url = site_url
    handler = functools.partial(Handler, directory=directory)
    ThreadingHTTPServer(("127.0.0.1", int(port)), handler).serve_forever()


if __name__ == "__main__":
    main(*sys.argv[1:4])
