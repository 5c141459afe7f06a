"""Import and export pages: background import jobs with progress, privacy, JSONL download."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web._helpers import csrf, signed_in_client

DATA = Path(__file__).parent.parent / "data"
TCX = DATA / "tcx" / "tcxparser_forerunner410_run_hr.tcx"


@pytest.fixture
def client(db_url: str) -> TestClient:
    return signed_in_client(db_url)


def run_import(client: TestClient, path: Path) -> dict:
    with path.open("rb") as handle:
        started = client.post("/transfer/import", data={"csrf_token": csrf(client, "/transfer")},
                              files={"file": (path.name, handle)}, follow_redirects=False)
    assert started.status_code == 303
    job_id = started.headers["location"].split("job=")[1]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = client.get(f"/transfer/jobs/{job_id}/json").json()
        if status["state"] != "running":
            return status
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def test_import_runs_in_the_background_and_export_reads_back(client: TestClient,
                                                             db_url: str) -> None:
    status = run_import(client, TCX)
    assert status["state"] == "finished" and status["percent"] == 100
    assert status["report"]["added"] == {"workout": 1}
    assert "/tmp" not in json.dumps(status)
    again = run_import(client, TCX)
    assert again["report"]["added"] == {} and again["report"]["skipped_duplicate"]
    panel = client.get(f"/transfer?job={status['id']}").text
    assert 'id="job-result"' in panel and "1 workout" in panel
    exported = client.get("/transfer/export.jsonl")
    assert exported.headers["content-disposition"].startswith("attachment")
    lines = [json.loads(line) for line in exported.text.splitlines()]
    assert [line["type"] for line in lines] == ["workout"]
    assert lines[0]["activity"] == "running"


def test_a_broken_file_reports_failure(client: TestClient, tmp_path: Path) -> None:
    bad = tmp_path / "journal.jsonl"
    bad.write_text('{"type":"fluid","time":"2026-06-14T07:00:00+02:00","ml":-5}\n')
    status = run_import(client, bad)
    assert status["state"] == "failed" and status["report"]["errors"]


def test_jobs_are_private(client: TestClient, db_url: str) -> None:
    status = run_import(client, TCX)
    other = signed_in_client(db_url, "ben")
    assert other.get(f"/transfer/jobs/{status['id']}/json").status_code == 404


def test_a_large_import_reports_progress_and_removes_its_upload(db_url: str,
                                                                tmp_path: Path) -> None:
    from crampwise.web.pages import transfer

    seen: list[int] = []

    class Watched(transfer.Job):
        def __setattr__(self, name: str, value: object) -> None:
            if name == "done":
                seen.append(int(value))  # type: ignore[call-overload]
            super().__setattr__(name, value)

    source = DATA / "fit" / "activity-large-fenxi2-multisport.fit"
    folder = tmp_path / "upload"
    folder.mkdir()
    upload = folder / source.name
    shutil.copy(source, upload)
    job = Watched(id="j1", username="ana", filename=source.name, total=upload.stat().st_size)
    transfer._run(job, db_url, upload, None, False)
    assert job.state == "finished" and job.percent == 100
    assert any(0 < done < job.total for done in seen), "progress moved before the end"
    assert not folder.exists(), "the uploaded copy is deleted"
