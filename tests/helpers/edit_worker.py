"""A separate process that makes random edits to a shared database (concurrency tests).

Usage: python -m tests.helpers.edit_worker DB_URL EDITS SEED
Each edit loads a trainee in a read session (as a form would), then saves an
incremented counter in its notes through an optimistic version check; a conflict
is retried, like a user who reloads. Prints a JSON summary.
"""

from __future__ import annotations

import json
import random
import sys

from sqlalchemy import select

from coordinator_app.context import AppContext
from coordinator_app.models import Trainee
from coordinator_app.services.concurrency import EditConflict, check_version


def main(url: str, edits: int, seed: int) -> None:
    rng = random.Random(seed)
    context = AppContext.open(url, create=False)
    with context.read_session() as s:
        ids = list(s.scalars(select(Trainee.id)))
    done = conflicts = 0
    while done < edits:
        trainee_id = rng.choice(ids)
        with context.read_session() as s:
            seen = s.get(Trainee, trainee_id)
            seen_version, seen_count = seen.version, int(seen.notes or 0)
        try:
            with context.transaction() as s:
                record = s.get(Trainee, trainee_id)
                check_version(record, seen_version)
                record.notes = str(seen_count + 1)
        except EditConflict:
            conflicts += 1
            continue
        done += 1
    context.close()
    print(json.dumps({"edits": done, "conflicts": conflicts}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
