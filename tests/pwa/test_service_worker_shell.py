"""The service worker as the server hands it out: versioned, and caching every app file."""
from __future__ import annotations

import re
from pathlib import Path

from backend.web import PWA_DIR, shell_version


def served_shell(client) -> tuple[str, list[str]]:
    response = client.get("/sw.js")
    assert response.status_code == 200 and response.mimetype == "text/javascript"
    source = response.get_data(as_text=True)
    version = re.search(r"const VERSION = '([^']*)';", source).group(1)
    files = re.findall(r'"(/[^"]+)"', re.search(r"const SHELL = \[(.*?)\];", source).group(1))
    return version, files


def test_the_service_worker_caches_every_view_and_the_shell(client):
    version, files = served_shell(client)
    assert version == shell_version(PWA_DIR)
    views = {f"/js/views/{p.name}" for p in (PWA_DIR / "js" / "views").glob("*.js")}
    assert views <= set(files)
    assert {"/app.css", "/js/main.js", "/manifest.webmanifest", "/icons/icon-192.png"} <= set(files)
    assert not {"/sw.js", "/index.html", "/package.json"} & set(files)


def test_every_cached_file_exists(client):
    _, files = served_shell(client)
    assert [f for f in files if not (PWA_DIR / f.lstrip("/")).is_file()] == []


def test_the_shell_version_changes_with_any_app_file(tmp_path: Path):
    (tmp_path / "js").mkdir()
    (tmp_path / "js" / "main.js").write_text("console.log(1);\n")
    before = shell_version(tmp_path)
    (tmp_path / "js" / "main.js").write_text("console.log(2);\n")
    assert shell_version(tmp_path) != before
