"""The web app factory: middleware, templates, and every router found in ``pages`` and ``api``.

Each module in ``crampwise.web.pages`` and ``crampwise.web.api`` exposes ``router``; they are
included by name, so a new page or endpoint is one new module.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from crampwise.web import api, pages

STATIC = Path(__file__).parent / "static"


def create_app() -> FastAPI:
    app = FastAPI(title="crampwise", version="1", openapi_url="/api/v1/openapi.json",
                  docs_url="/api/v1/docs", redoc_url=None)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for package in (api, pages):
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            router = getattr(module, "router", None)
            if router is not None:
                app.include_router(router)
    return app
