"""A Content-Security-Policy on every page: the page may load and run only what the site itself
serves, so nothing a reader's browser does can reach a third party, and text from data can
never run as a script even if escaping failed somewhere.

GitHub Pages sets no headers, so the policy is a <meta http-equiv> tag, written first in each
page's <head> once every page is built: inline scripts (Material's small setup scripts and the
handbook's own) are allowed by their SHA-256 hashes, never by 'unsafe-inline'. JSON data blocks
(<script type="application/json">) are not run, so they need no hash.

The policy is the same on every page, because instant navigation keeps the first page's policy
and runs the next page's inline scripts under it; it is written after the build, into every page
the build wrote (the print version, assembled last, included).

The offline copy (file://) gets the same policy with one addition: browsers run no workers from
file://, so its search runs in the vendored iframe-worker shim, which writes one inline
script into a hidden frame. That script's text is fixed for a page (the shim's two helper
functions and the page's worker address), so it is allowed by its hash too, not by
'unsafe-inline'; the offline browser test fails if a new shim changes it.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

_INLINE = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
_DATA = re.compile(r'\btype="application/(?:ld\+)?json"')
_EXISTING = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?')
_CHARSET = '<meta charset="utf-8">'

DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self' {hashes}",
    "style-src 'self'",
    "img-src 'self' data:",  # Material draws icons with data: SVGs in its stylesheet
    "font-src 'self'",
    "connect-src 'self'",  # the search index and the sitemap, for instant navigation
    "worker-src 'self'",  # the search worker
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
)


_SHIM = Path(__file__).resolve().parent.parent / "assets/vendor/iframe-worker-shim.js"
_WORKER = re.compile(r'"search":\s*"([^"]+)"')


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@functools.cache
def _shim_helpers() -> tuple[str, str] | None:
    """The shim's two helper functions, as the inline script it writes spells them."""
    shim = _SHIM.read_text(encoding="utf-8")
    post = re.search(r"function c\(s,n\)\{.*?\}", shim)
    load = re.search(r"function d\(\.\.\.s\)\{return s\.reduce\(.*?Promise\.resolve\(\)\)\}", shim)
    return (post.group(0), load.group(0)) if post and load else None


def _shim_script(html: str) -> str | None:
    """The inline script the iframe-worker shim writes for this page's search worker, if it loads."""
    worker = _WORKER.search(html)
    helpers = _shim_helpers()
    if "iframe-worker-shim.js" not in html or not worker or not helpers:
        return None
    post, load = helpers
    return (
        f'postMessage={post};importScripts={load};addEventListener("error",({{error}})=>'
        f'{{parent.dispatchEvent(new ErrorEvent("error",{{filename:"{worker.group(1)}",error}}))}})'
    )


def inline_scripts(html: str) -> set[str]:
    """Hashes of the scripts `html` runs inline, the iframe-worker shim's included."""
    scripts = [body for attributes, body in _INLINE.findall(html) if not _DATA.search(attributes)]
    if shim := _shim_script(html):
        scripts.append(shim)
    return {_sha256(body) for body in scripts}


def policy(hashes: set[str]) -> str:
    return "; ".join(DIRECTIVES).replace("{hashes}", " ".join(sorted(hashes))).replace("'self' ;", "'self';")


def apply(html: str, hashes: set[str]) -> str:
    html = _EXISTING.sub("", html)
    if _CHARSET not in html:
        return html
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return html.replace(_CHARSET, f"{_CHARSET}\n    {tag}", 1)


# after every other hook has written its pages (the print version among them), before the dev
# server publishes the build
@event_priority(-90)
def on_post_build(config: MkDocsConfig) -> None:
    """One policy for every page: instant navigation keeps the first page's policy and runs the
    next page's inline scripts under it, so it must allow every page's scripts."""
    texts = {page: page.read_text(encoding="utf-8") for page in sorted(Path(config["site_dir"]).rglob("*.html"))}
    hashes = set().union(*(inline_scripts(text) for text in texts.values()))
    for page, text in texts.items():
        page.write_text(apply(text, hashes), encoding="utf-8")
