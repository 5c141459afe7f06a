"""The "I'm cramping / twitching" flow: what → where → warning signs → relief with a hold timer.

Emergency questions come first, all on one screen; a person with none of them reaches the stretch
picture and timer after three taps. The episode is logged as soon as the first screen is
answered, and re-logged with every later answer, so nothing has to be typed in afterwards.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampwise.domain.vocabulary import MUSCLES, muscle_label, muscle_region
from crampwise.services import journal
from crampwise.web.pages import _nowflow as flow
from crampwise.web.pages._common import DbUrl, PageUser, now_in, render, zone_of
from crampwise.web.pages._relief import relief_view

router = APIRouter(include_in_schema=False)

KINDS = {"spasm": "cramp", "twitch": "twitch"}
TOKEN = re.compile(r"[0-9a-f]{16}")


def _result_url(answers: dict[str, Any], token: str, when: str, entry_id: int | None) -> str:
    query = {"a": flow.encode(answers), "t": token, "w": when}
    if entry_id is not None:
        query["e"] = str(entry_id)
    return "/now/result?" + urlencode(query)


def start_context(url: str, username: str) -> dict[str, Any]:
    """What the start page offers besides the big buttons: a shortcut to the last muscle."""
    last = journal.last_entry(url, username, "episode")
    muscle = getattr(last, "muscle", None)
    kind = getattr(last, "kind", None)
    if muscle not in MUSCLES or kind not in KINDS:
        return {"again": None}
    return {"again": {"kind": kind, "muscle": muscle, "kind_word": KINDS[kind],
                      "label": muscle_label(muscle)}}


@router.get("/now", response_class=HTMLResponse)
def start(request: Request, url: DbUrl, user: PageUser) -> Response:
    """The big buttons (and "same as last time", which saves the body-map tap)."""
    return render(request, "now/start.html", user, **start_context(url, user.username))


@router.get("/now/where", response_class=HTMLResponse)
def where(request: Request, user: PageUser, kind: str = "spasm") -> Response:
    """The body map and the list of muscles."""
    kind = kind if kind in KINDS else "spasm"
    muscles = [{"name": m, "label": muscle_label(m), "region": muscle_region(m)} for m in MUSCLES]
    return render(request, "now/where.html", user, kind=kind, kind_word=KINDS[kind],
                  muscles=muscles)


@router.get("/now/check", response_class=HTMLResponse)
def check(request: Request, url: DbUrl, user: PageUser, kind: str = "spasm",
          muscle: str = "calf") -> Response:
    """The first screen of warning-sign questions (the emergency ones).

    The episode's token and time are fixed here, so submitting this screen twice (back button,
    double tap) replaces the same episode instead of logging a second one.
    """
    if kind not in KINDS or muscle not in MUSCLES:
        return RedirectResponse("/now", status_code=303)
    answers = flow.start(kind, muscle)
    questions = flow.screen(answers)
    when = now_in(zone_of(url, user.username)).isoformat()
    return render(request, "now/questions.html", user, answers=answers,
                  questions=questions, kind_word=KINDS[kind], muscle_label=muscle_label(muscle),
                  a=flow.encode(answers), t=secrets.token_hex(8), w=when, e="")


@router.post("/now/answer")
async def submit(request: Request, url: DbUrl, user: PageUser,
                 a: Annotated[str, Form()], asked: Annotated[list[str] | None, Form()] = None,
                 t: Annotated[str, Form()] = "", w: Annotated[str, Form()] = "",
                 e: Annotated[str, Form()] = "") -> Response:
    """Fold a screen of answers in, (re)log the episode, and show the outcome."""
    form = await request.form()
    answers = flow.decode(a)
    if answers.get("kind") not in KINDS or not answers.get("muscles"):
        return RedirectResponse("/now", status_code=303)
    values = {k: str(v) for k, v in form.items() if k not in ("a", "asked", "t", "w", "e")}
    answers = flow.apply(answers, asked or [], values)
    token = t if TOKEN.fullmatch(t) else secrets.token_hex(8)
    moment = _moment(w) or now_in(zone_of(url, user.username))
    when = moment.isoformat()
    if token == t:
        _forget(url, user.username, f"web-now-{t}", moment)
    during = flow.during_from(journal.last_entry(url, user.username, "workout"), moment)
    entry_id, _, _ = journal.log_object(url, user.username,
                                        flow.episode(answers, moment, token, during=during))
    return RedirectResponse(_result_url(answers, token, when, entry_id), status_code=303)


def _moment(text: str) -> dt.datetime | None:
    """The episode time carried by the form, if it is a valid aware time."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def _forget(url: str, username: str, source_id: str, when: dt.datetime) -> None:
    """Delete the episode this flow logged before (found by its source id, never by row id)."""
    window = dt.timedelta(minutes=1)
    found = [entry_id for entry_id, entry in journal.entries(
        url, username, types=["episode"], since=when - window, until=when + window)
        if entry.id == source_id]
    for entry_id in found:
        journal.delete_entry(url, username, entry_id)


@router.get("/now/result", response_class=HTMLResponse)
def result(request: Request, url: DbUrl, user: PageUser,
           a: Annotated[str, Query()] = "", t: str = "", w: str = "",
           e: str = "") -> Response:
    """The disposition, then (when self-care fits) the stretch, the timer and more questions."""
    answers = flow.decode(a)
    if answers.get("kind") not in KINDS or not answers.get("muscles"):
        return RedirectResponse("/now", status_code=303)
    outcome = flow.assess(answers)
    muscle = answers["muscles"][0]
    relief = None
    if outcome.disposition in ("self_care", "see_doctor"):
        relief = relief_view(muscle, answers["kind"], answers.get("flags") or {},
                             journal.last_entry(url, user.username, "workout"))
    questions = flow.screen(answers) if outcome.disposition != "emergency" else []
    return render(request, "now/result.html", user, outcome=outcome, relief=relief,
                  answers=answers, questions=questions, kind_word=KINDS[answers["kind"]],
                  muscle_label=muscle_label(muscle), a=a, t=t, w=w, e=e,
                  headline=_headline(outcome.disposition))


def _headline(disposition: str) -> str:
    from crampwise.knowledge.red_flags import load_red_flags

    texts = load_red_flags().dispositions
    return texts[disposition].headline if disposition in texts else disposition
