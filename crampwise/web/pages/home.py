"""A placeholder front page until the product pages land."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home() -> str:
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>crampwise"
            "</title></head><body><main><h1>crampwise</h1><p>Relief, triage and prevention "
            "for muscle twitches and cramps.</p></main></body></html>")
