"""Routes to action and follow-ups — each change logged."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.action_route import (
    ActionRoute,
    ApeldoornStage,
    ChosenHelp,
    FollowUp,
    FollowUpKind,
    FollowUpOutcome,
    ShareIntent,
)
from stap0_desktop.storage.clock import date_text, now_text, parse_date, parse_time
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound

_HELP = TypeAdapter(list[ChosenHelp])
_COLUMNS = ("f.id, f.family_id, fam.name, f.route_id, f.kind, f.stage, f.due_on, f.note,"
            " f.outcome, f.closed_at")



def save_route(tx: Transaction, route: ActionRoute) -> ActionRoute:
    """Store a route; its follow-up date (if any) becomes a follow-up that falls due."""
    tx.family_uid(route.family_id)
    if route.run_id is not None:
        row = tx.fetchone("SELECT family_id FROM checklist_run WHERE id = ?", (route.run_id,))
        if row is None or int(str(row[0])) != route.family_id:
            raise InvalidReference(field="run_id", reason="other_family")
    now = now_text()
    route_id = tx.execute(
        "INSERT INTO action_route (family_id, run_id, discussed_on, parents_said, share,"
        " share_note, help, referral, follow_up_on, follow_up_note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (route.family_id, route.run_id, date_text(route.discussed_on), route.parents_said,
         route.share.value if route.share else None, route.share_note,
         json.dumps(_HELP.dump_python(route.help, mode="json")), route.referral,
         date_text(route.follow_up_on), route.follow_up_note, now))
    tx.log_family(AccessAction.CREATE, route.family_id, "action_route", route_id)
    if route.follow_up_on is not None:
        add_follow_up(tx, FollowUp(family_id=route.family_id, route_id=route_id,
                                   kind=FollowUpKind.PLANNED, due_on=route.follow_up_on,
                                   note=route.follow_up_note))
    tx.touch(route.family_id)
    return route.model_copy(update={"id": route_id, "created_at": parse_time(now)})


def add_follow_up(tx: Transaction, follow_up: FollowUp) -> FollowUp:
    new_id = tx.execute(
        "INSERT INTO follow_up (family_id, route_id, kind, stage, due_on, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (follow_up.family_id, follow_up.route_id, follow_up.kind.value,
         follow_up.stage.value if follow_up.stage else None, date_text(follow_up.due_on),
         follow_up.note))
    tx.log_family(AccessAction.CREATE, follow_up.family_id, "follow_up", new_id)
    return follow_up.model_copy(update={"id": new_id})


def _from_row(row: tuple[object, ...]) -> FollowUp:
    due = parse_date(row[6])
    assert due is not None
    return FollowUp(
        id=int(str(row[0])), family_id=int(str(row[1])), family_name=str(row[2]),
        route_id=int(str(row[3])) if row[3] is not None else None,
        kind=FollowUpKind(str(row[4])), stage=ApeldoornStage(str(row[5])) if row[5] else None,
        due_on=due, note=str(row[7]),
        outcome=FollowUpOutcome(str(row[8])) if row[8] else None,
        closed_at=parse_time(row[9]) if row[9] else None,
    )


def get_follow_up(tx: Transaction, follow_up_id: int) -> FollowUp:
    row = tx.fetchone(f"SELECT {_COLUMNS} FROM follow_up f JOIN family fam"
                      " ON fam.id = f.family_id WHERE f.id = ?", (follow_up_id,))
    if row is None:
        raise NotFound(kind="follow_up", id=follow_up_id)
    return _from_row(row)


def close_follow_up(tx: Transaction, follow_up_id: int, outcome: FollowUpOutcome) -> FollowUp:
    current = get_follow_up(tx, follow_up_id)
    now = now_text()
    tx.execute("UPDATE follow_up SET outcome = ?, closed_at = ? WHERE id = ?",
               (outcome.value, now, follow_up_id))
    tx.log_family(AccessAction.UPDATE, current.family_id, "follow_up", follow_up_id)
    return current.model_copy(update={"outcome": outcome, "closed_at": parse_time(now)})


def open_follow_ups(tx: Transaction, due_until: str | None = None) -> list[FollowUp]:
    """Open follow-ups of the whole caseload, soonest first (one logged read)."""
    sql = (f"SELECT {_COLUMNS} FROM follow_up f JOIN family fam ON fam.id = f.family_id"
           " WHERE f.closed_at IS NULL")
    params: tuple[object, ...] = ()
    if due_until is not None:
        sql += " AND f.due_on <= ?"
        params = (due_until,)
    rows = tx.fetchall(sql + " ORDER BY f.due_on, f.id", params)
    tx.log(AccessAction.READ, client_id="", client_id_type=ClientIdType.NONE,
           object_type="follow_up_list", object_id=len(rows))
    return [_from_row(r) for r in rows]


def routes_for_family(tx: Transaction, family_id: int) -> list[ActionRoute]:
    rows = tx.fetchall(
        "SELECT id, run_id, discussed_on, parents_said, share, share_note, help, referral,"
        " follow_up_on, follow_up_note, created_at FROM action_route WHERE family_id = ?"
        " ORDER BY created_at, id", (family_id,))
    tx.log_family(AccessAction.READ, family_id, "action_route", "list")
    return [
        ActionRoute(
            id=int(str(r[0])), family_id=family_id,
            run_id=int(str(r[1])) if r[1] is not None else None,
            discussed_on=parse_date(r[2]), parents_said=str(r[3]),
            share=ShareIntent(str(r[4])) if r[4] else None,
            share_note=str(r[5]), help=_HELP.validate_json(str(r[6])), referral=str(r[7]),
            follow_up_on=parse_date(r[8]), follow_up_note=str(r[9]),
            created_at=parse_time(r[10]))
        for r in rows
    ]
