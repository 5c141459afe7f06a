"""Sharing and the coach's roster through the console script, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

from tests.cli.helpers import run


def test_share_list_roster_and_remove(db_url: str) -> None:
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat(timespec="seconds")
    logged = run(db_url, "log", "episode", "--muscle", "calf", "--kind", "cramp", "--time",
                 yesterday, "--flag", "weakness", user="ana")
    assert logged.returncode == 0, logged.stderr
    assert run(db_url, "log", "sleep", "--hours", "7", user="kim").returncode == 0

    refused = run(db_url, "share", "add", "nobody", user="ana")
    assert refused.returncode != 0 and "there is no account named 'nobody'" in refused.stderr
    added = run(db_url, "--json", "share", "add", "KIM", user="ana")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["viewer"] == "kim"
    listed = json.loads(run(db_url, "--json", "share", "list", user="kim").stdout)
    assert [s["username"] for s in listed["shared_by"]] == ["ana"] and not listed["shared_with"]

    roster = json.loads(run(db_url, "--json", "athletes", user="kim").stdout)
    assert [(r["username"], r["episodes_30d"], r["disposition"], r["warning_signs"])
            for r in roster] == [("ana", 1, "see_doctor", ["Weakness in the muscle or limb"])]
    table = run(db_url, "athletes", user="kim")
    assert "Book an appointment with a doctor" in table.stdout and "ana" in table.stdout

    assert run(db_url, "share", "remove", "kim", user="ana").returncode == 0
    again = run(db_url, "share", "remove", "kim", user="ana")
    assert again.returncode != 0 and "was not shared with 'kim'" in again.stderr
    assert json.loads(run(db_url, "--json", "athletes", user="kim").stdout) == []
