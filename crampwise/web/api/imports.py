"""POST /api/v1/imports: upload one file (journal JSONL, FIT, GPX, TCX, Apple Health export).

The upload is saved to a private temporary folder and imported before the answer is sent, with
the same report as ``crampwise import --json``. A file no importer can read is a 422, not a 500.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from crampwise.services.importing import import_file
from crampwise.web.deps import ApiUser, DbUrl
from crampwise.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["entries"])
log = logging.getLogger(__name__)
MAX_UPLOAD_BYTES = 2 * 1024**3


def _zone(tz: str) -> ZoneInfo | None:
    if not tz.strip():
        return None
    try:
        return ZoneInfo(tz.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise HTTPException(status_code=422, detail=f"unknown time zone {tz!r} (expected an "
                                                    "IANA name such as Europe/Berlin)") from None


@router.post("/imports", response_model=dict[str, Any],
             responses={code: {"model": ErrorOut} for code in (401, 413, 422)})
def import_upload(url: DbUrl, user: ApiUser, file: Annotated[UploadFile, File()],
                  tz: Annotated[str, Form(max_length=64)] = "",
                  skip_invalid: Annotated[bool, Form()] = False) -> dict[str, Any]:
    """Import one uploaded file into your journal; duplicates are skipped, never doubled."""
    zone = _zone(tz)
    name = Path(file.filename or "upload").name.replace("\x00", "") or "upload"
    folder = Path(tempfile.mkdtemp(prefix="crampwise-api-import-"))
    try:
        path = folder / name
        with path.open("wb") as out:
            shutil.copyfileobj(file.file, out, length=1024 * 1024)
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise HTTPException(status_code=413, detail="the file is larger than 2 GB")
        try:
            report = import_file(url, user.username, path, zone, skip_invalid)
        except Exception:  # an importer tripping over garbage must not look like a server fault
            log.exception("import of an uploaded file failed")
            raise HTTPException(status_code=422, detail=(
                f"{name}: could not be read as a journal (JSONL), FIT, GPX, TCX or Apple Health "
                "export")) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    data = report.to_json()
    data["path"] = name
    for key in ("errors", "warnings"):  # never show the server's temporary folder
        data[key] = [str(e).replace(str(path), name).replace(str(folder), "")
                     for e in data[key]]
    if report.failed:
        raise HTTPException(status_code=422, detail="; ".join(data["errors"]) or
                            f"{name}: nothing could be imported")
    return data
