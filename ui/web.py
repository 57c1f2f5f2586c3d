"""The page resists other sites.

- Every response carries security headers: no framing (X-Frame-Options, CSP frame-ancestors),
  no MIME sniffing, no Referer to other sites, and a Content-Security-Policy that lets the page
  load and connect to its own origin only (Gradio's page needs inline scripts and styles).
- A request whose Host is not the configured host or loopback is refused (421): a page of
  another site whose name was made to point at 127.0.0.1 (DNS rebinding) cannot drive the app.
- A request that a browser marks as coming from another origin is refused (403), so another
  site cannot post to /upload or /ask from a user's browser.
- The upload takes files only: a URL given as a file's path is refused, never fetched.

WebGuard wraps the whole ASGI app (outside Gradio's own CORS middleware), so a refused request
never reaches Gradio and no Access-Control-Allow-Origin is echoed for it.
"""
from __future__ import annotations

import os
from urllib.parse import urlsplit

import gradio as gr
from gradio_client.utils import is_http_url_like

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})
CSP = "; ".join([
    "default-src 'self'",
    # Gradio's page starts from an inline script, and its frontend compiles code (eval).
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",     # and its components set inline styles
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
_ENCODED = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]


def allowed_hosts(host: str, extra: str | None = None) -> frozenset[str]:
    """The host names a request may address: the one the app serves on (unless it listens on
    every address), loopback, and BANEN_ALLOWED_HOSTS (comma-separated, for a name or address
    the app is reached by when BANEN_HOST is 0.0.0.0)."""
    extra = os.environ.get("BANEN_ALLOWED_HOSTS", "") if extra is None else extra
    names = {hostname(h) for h in extra.split(",") if h.strip()}
    own = hostname(host)
    return frozenset(LOOPBACK | names | ({own} if own not in ANY_ADDRESS else set()))


def hostname(netloc: str) -> str:
    """'127.0.0.1:7860' -> '127.0.0.1', '[::1]:80' -> '::1', 'Example.ORG' -> 'example.org'."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:netloc.find("]")] if "]" in netloc else netloc
    if netloc.count(":") == 1:
        netloc = netloc.split(":")[0]
    return netloc.rstrip(".")


class WebGuard:
    """ASGI middleware: refuses foreign hosts and origins, adds the security headers."""

    def __init__(self, app, hosts: frozenset[str]):
        self.app, self.hosts = app, hosts

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        if hostname(host) not in self.hosts:
            await self._refuse(scope, send, 421, f"host not allowed: {host or '(none)'}; "
                                                 f"this app answers on {sorted(self.hosts)[0]}")
            return
        origin = headers.get("origin")
        if origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            await self._refuse(scope, send, 403, f"origin not allowed: {origin}; "
                                                 f"requests come from this app's own page")
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", [])
                        if k.lower().decode("latin-1") not in SECURITY_HEADERS]
                message = {**message, "headers": kept + _ENCODED}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    @staticmethod
    async def _refuse(scope, send, status: int, reason: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": reason})
            return
        body = (reason + "\n").encode("utf-8")
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode())] + _ENCODED})
        await send({"type": "http.response.body", "body": body})


def guarded_app(hosts: frozenset[str]):
    """Gradio's FastAPI app with WebGuard outermost, for `demo.launch(_app=...)`.

    Gradio adds its own middleware (CORS, compression) inside the app it is given; building
    the stack here puts WebGuard around all of it."""
    from fastapi.responses import ORJSONResponse
    from gradio.routes import App

    class GuardedApp(App):
        def build_middleware_stack(self):
            return WebGuard(super().build_middleware_stack(), hosts)

    return GuardedApp(default_response_class=ORJSONResponse)


def files_only(upload: gr.File) -> gr.File:
    """Makes a gr.File take uploaded files only. Gradio downloads a URL given as a file's path
    (a server-side fetch that another site could aim); this refuses it with one line first.

    The component's own two methods are wrapped, not subclassed: Gradio writes a .pyi stub
    beside the module of every Component subclass."""
    move, async_move = upload.move_resource_to_block_cache, \
        upload.async_move_resource_to_block_cache

    def move_file(url_or_file_path):
        _refuse_url(url_or_file_path)
        return move(url_or_file_path)

    async def async_move_file(url_or_file_path):
        _refuse_url(url_or_file_path)
        return await async_move(url_or_file_path)

    upload.move_resource_to_block_cache = move_file
    upload.async_move_resource_to_block_cache = async_move_file
    return upload


def _refuse_url(path) -> None:
    if path is not None and is_http_url_like(str(path)):
        raise gr.Error(f"upload: {str(path)[:200]} is a URL; only files are taken and no URL "
                       f"is fetched")
