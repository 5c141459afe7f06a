"""Import and export: upload any file ``crampwise import`` reads, watch it progress, download JSONL.

An upload is saved to a temporary file and imported by a background thread, so a large wearable
export does not hold the request open; the page polls the job (htmx, every 500 ms) and the job
deletes its temporary file when it ends. Jobs live in memory: a restart forgets finished ones,
and re-running an interrupted import completes it (imports are idempotent).
"""

from __future__ import annotations

import io
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from crampwise.services import journal
from crampwise.services.importing import import_file
from crampwise.web.pages._common import DbUrl, PageUser, render, templates

router = APIRouter(include_in_schema=False)


@dataclass
class Job:
    """One import running (or finished) in the background."""

    id: str
    username: str
    filename: str
    done: int = 0
    total: int = 0
    state: str = "running"  # running | finished | failed
    report: dict[str, Any] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.done / self.total)) if self.total else 0

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.filename, "state": self.state, "done": self.done,
                "total": self.total, "percent": self.percent, "report": self.report}


_jobs: dict[str, Job] = {}
_lock = threading.Lock()
MAX_JOBS = 200  # finished jobs beyond this are forgotten, oldest first


def _run(job: Job, url: str, path: Path, tz: str | None, skip_invalid: bool) -> None:
    def progress(done: int, total: int) -> None:
        job.done, job.total = done, total

    try:
        try:
            zone = ZoneInfo(tz) if tz else None
        except (KeyError, ValueError):
            raise ValueError(f"unknown time zone {tz!r}: expected an IANA name such as "
                             "Europe/Paris") from None
        report = import_file(url, job.username, path, zone, skip_invalid, progress)
        job.report = {**report.to_json(), "path": job.filename}
        job.done = job.total = max(job.total, path.stat().st_size)
        job.state = "failed" if report.failed else "finished"
    except Exception as exc:  # noqa: BLE001 - a background job must always end with a state
        job.report = {"errors": [str(exc)], "ok": False}
        job.state = "failed"
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


def _job(job_id: str, username: str) -> Job:
    with _lock:
        job = _jobs.get(job_id)
    if job is None or job.username != username:
        raise HTTPException(status_code=404, detail="There is no such import.")
    return job


@router.get("/transfer", response_class=HTMLResponse)
def page(request: Request, url: DbUrl, user: PageUser, job: str = "") -> Response:
    """The upload form, the current import (if any) and the export link."""
    current = _job(job, user.username) if job else None
    counts = journal.counts(url, user.username)
    return render(request, "transfer.html", user, job=current, counts=counts)


@router.post("/transfer/import")
def start_import(url: DbUrl, user: PageUser, file: Annotated[UploadFile, File()],
                 tz: Annotated[str, Form()] = "",
                 skip_invalid: Annotated[str, Form()] = "") -> Response:
    """Save the upload to a temporary file and import it in a background thread."""
    name = Path(file.filename or "upload").name or "upload"
    folder = Path(tempfile.mkdtemp(prefix="crampwise-upload-"))
    path = folder / name
    with path.open("wb") as out:
        shutil.copyfileobj(file.file, out, length=1024 * 1024)
    job = Job(id=secrets.token_hex(8), username=user.username, filename=name,
              total=path.stat().st_size)
    with _lock:
        _jobs[job.id] = job
        finished = [k for k, j in _jobs.items() if j.state != "running"]
        for key in finished[:max(0, len(_jobs) - MAX_JOBS)]:
            del _jobs[key]
    threading.Thread(target=_run, args=(job, url, path, tz.strip() or None, bool(skip_invalid)),
                     name=f"import-{job.id}", daemon=True).start()
    return RedirectResponse(f"/transfer?job={job.id}", status_code=303)


@router.get("/transfer/jobs/{job_id}", response_class=HTMLResponse)
def job_status(request: Request, job_id: str, user: PageUser) -> Response:
    """The progress panel alone (what the page polls)."""
    return templates.TemplateResponse(request, "_job.html", {"job": _job(job_id, user.username)})


@router.get("/transfer/jobs/{job_id}/json")
def job_json(job_id: str, user: PageUser) -> JSONResponse:
    """The job's progress and, once done, the import report."""
    return JSONResponse(_job(job_id, user.username).to_json())


@router.get("/transfer/export.jsonl")
def export(url: DbUrl, user: PageUser) -> Response:
    """The whole journal as JSON Lines (the format ``crampwise import`` reads back)."""
    buffer = io.StringIO()
    journal.export_journal(url, user.username, buffer)
    return Response(buffer.getvalue(), media_type="application/x-ndjson", headers={
        "Content-Disposition": f'attachment; filename="crampwise-{user.username}.jsonl"'})
