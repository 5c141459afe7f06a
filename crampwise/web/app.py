"""The web app factory (the pages and API are filled in by crampwise.web's modules)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse


def create_app() -> FastAPI:
    app = FastAPI(title="crampwise", openapi_url="/api/v1/openapi.json")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>crampwise"
                "</title></head><body><main><h1>crampwise</h1><p>Relief, triage and prevention "
                "for muscle twitches and cramps.</p></main></body></html>")

    return app
