"""Stretch pictures, served from the knowledge files so the words and the picture stay together."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from crampwise.knowledge.stretches import svg_text

router = APIRouter(include_in_schema=False)


@router.get("/stretches/{image}.svg")
def stretch_picture(image: str) -> Response:
    """One stretch figure as ``image/svg+xml`` (404 for a name not in stretches.toml)."""
    try:
        body = svg_text(f"{image}.svg")
    except KeyError:
        raise HTTPException(status_code=404, detail=f"There is no stretch picture {image!r}.") \
            from None
    return Response(body, media_type="image/svg+xml",
                    headers={"Cache-Control": "public, max-age=86400"})
