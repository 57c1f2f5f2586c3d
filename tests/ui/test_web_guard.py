"""The page resists other sites: plain HTTP requests to the real app (`python app.py`) on
127.0.0.1. Security headers on every response, foreign Host and Origin refused, the upload
takes files only (a URL given as a file's path is never fetched)."""
from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest

from ui.web import allowed_hosts, hostname


def request(url: str, path: str = "/", method: str = "GET", headers: dict | None = None,
            body: bytes | None = None) -> tuple[int, http.client.HTTPMessage, bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


def own_host(url: str) -> str:
    return urlsplit(url).netloc


@pytest.mark.parametrize("path", ["/", "/gradio_api/info", "/config", "/no-such-page"])
def test_every_response_carries_the_security_headers(app_server, path):
    status, headers, _ = request(app_server.url, path)
    assert status in (200, 404), (path, status)
    assert headers["X-Frame-Options"] == "DENY"
    csp = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    # Only the app's own origin: no host, scheme-wide source or wildcard is allowed to load.
    sources = {word for directive in csp.split(";") for word in directive.split()[1:]}
    assert sources <= {"'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "data:",
                       "blob:"}, sources
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("host", ["rebound.fictief.invalid", "rebound.fictief.invalid:7860",
                                  "10.0.0.1"])
def test_a_foreign_host_is_refused_and_no_origin_is_echoed(app_server, host):
    for method, extra in (("GET", {}),
                          ("OPTIONS", {"Access-Control-Request-Method": "POST"})):
        status, headers, body = request(app_server.url, "/gradio_api/info", method,
                                        {"Host": host, "Origin": f"http://{host}", **extra})
        assert status == 421, (method, status, body)
        assert "Access-Control-Allow-Origin" not in headers
        assert body.decode().startswith(f"host not allowed: {host}")
        assert headers["X-Frame-Options"] == "DENY"


def test_loopback_names_are_served(app_server):
    port = urlsplit(app_server.url).port
    for host in (own_host(app_server.url), f"localhost:{port}"):
        status, _, _ = request(app_server.url, "/gradio_api/info", headers={"Host": host})
        assert status == 200, host


def test_a_request_from_another_site_is_refused(app_server):
    status, headers, body = request(
        app_server.url, "/gradio_api/call/ask", "POST",
        {"Origin": "http://evil.fictief.invalid", "Content-Type": "application/json"},
        json.dumps({"data": ["What was politie's realisation in 2023?", []]}).encode())
    assert status == 403, body
    assert "Access-Control-Allow-Origin" not in headers
    assert body.decode().startswith("origin not allowed: http://evil.fictief.invalid")
    # The app's own page may.
    status, _, _ = request(app_server.url, "/gradio_api/info",
                           headers={"Origin": app_server.url.rstrip("/")})
    assert status == 200


def test_the_upload_takes_files_only_and_fetches_no_url(app_server):
    url = "http://fetch-me.fictief.invalid/brief.pdf"
    cache = app_server.data_dir / "gradio-tmp"
    before = sorted(p.name for p in cache.iterdir())
    file_data = {"path": url, "url": url, "orig_name": "brief.pdf",
                 "meta": {"_type": "gradio.FileData"}}
    status, _, body = request(app_server.url, "/gradio_api/call/upload", "POST",
                              {"Content-Type": "application/json"},
                              json.dumps({"data": [file_data]}).encode())
    assert status == 200, body
    event = json.loads(body)["event_id"]
    status, _, stream = request(app_server.url, f"/gradio_api/call/upload/{event}")
    text = stream.decode()
    assert "event: error" in text, text
    assert f"upload: {url} is a URL; only files are taken and no URL is fetched" in text
    # Gradio makes a folder for a URL it downloads before it fetches: none was made.
    assert sorted(p.name for p in cache.iterdir()) == before


def test_allowed_hosts_are_the_configured_one_and_loopback():
    assert allowed_hosts("127.0.0.1", "") == {"127.0.0.1", "localhost", "::1"}
    assert allowed_hosts("banen.intern", "") == {"banen.intern", "127.0.0.1", "localhost",
                                                 "::1"}
    assert allowed_hosts("0.0.0.0", "Banen.Intern, 10.1.2.3") == {
        "banen.intern", "10.1.2.3", "127.0.0.1", "localhost", "::1"}
    assert [hostname(h) for h in ("[::1]:7860", "LOCALHOST:80", "a.b.")] == [
        "::1", "localhost", "a.b"]
