"""Members of a family and the relations between them — each change logged."""

from __future__ import annotations

from stap0_desktop.domain.access import AccessAction, ClientIdType
from stap0_desktop.domain.models import Member, MemberRole, Relation, RelationKind
from stap0_desktop.domain.relations import relation_problem
from stap0_desktop.storage.clock import date_text, now_text, parse_date
from stap0_desktop.storage.database import Transaction
from stap0_desktop.storage.errors import InvalidReference, NotFound

_COLUMNS = "id, family_id, role, given_name, family_name, bsn, birth_date, expected_date, mother_id"


def _from_row(row: tuple[object, ...]) -> Member:
    return Member(
        id=int(str(row[0])), family_id=int(str(row[1])), role=MemberRole(str(row[2])),
        given_name=str(row[3]), family_name=str(row[4]),
        bsn=str(row[5]) if row[5] is not None else None,
        birth_date=parse_date(row[6]), expected_date=parse_date(row[7]),
        mother_id=int(str(row[8])) if row[8] is not None else None,
    )


def _log(tx: Transaction, action: AccessAction, member: Member, family_id: int) -> None:
    if member.bsn:
        client_id, id_type = member.bsn, ClientIdType.BSN
    else:
        client_id, id_type = tx.family_uid(family_id), ClientIdType.FAMILY_UID
    tx.log(action, client_id=client_id, client_id_type=id_type,
           object_type="member", object_id=member.id)


def _check_mother(tx: Transaction, member: Member, family_id: int) -> None:
    if member.role is not MemberRole.UNBORN:
        if member.mother_id is not None:
            raise InvalidReference(field="mother_id", reason="only_unborn")
        return
    if member.mother_id is None:
        raise InvalidReference(field="mother_id", reason="mother_required")
    row = tx.fetchone("SELECT family_id, role FROM member WHERE id = ?", (member.mother_id,))
    if row is None or int(str(row[0])) != family_id:
        raise InvalidReference(field="mother_id", reason="other_family")
    if str(row[1]) not in (MemberRole.PARENT.value, MemberRole.ADULT_CLIENT.value):
        raise InvalidReference(field="mother_id", reason="not_a_parent")


def get_member(tx: Transaction, member_id: int) -> Member:
    row = tx.fetchone(f"SELECT {_COLUMNS} FROM member WHERE id = ?", (member_id,))
    if row is None:
        raise NotFound(kind="member", id=member_id)
    return _from_row(row)


def add_member(tx: Transaction, family_id: int, member: Member) -> Member:
    tx.family_uid(family_id)  # raises NotFound for an unknown family
    _check_mother(tx, member, family_id)
    now = now_text()
    new_id = tx.execute(
        "INSERT INTO member (family_id, role, given_name, family_name, bsn, birth_date,"
        " expected_date, mother_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (family_id, member.role.value, member.given_name, member.family_name, member.bsn,
         date_text(member.birth_date), date_text(member.expected_date), member.mother_id,
         now, now),
    )
    stored = member.model_copy(update={"id": new_id, "family_id": family_id})
    tx.touch(family_id)
    _log(tx, AccessAction.CREATE, stored, family_id)
    return stored


def update_member(tx: Transaction, member: Member) -> Member:
    if member.id is None:
        raise NotFound(kind="member", id=None)
    family_id = get_member(tx, member.id).family_id
    assert family_id is not None
    _check_mother(tx, member, family_id)
    tx.execute(
        "UPDATE member SET role = ?, given_name = ?, family_name = ?, bsn = ?, birth_date = ?,"
        " expected_date = ?, mother_id = ?, updated_at = ? WHERE id = ?",
        (member.role.value, member.given_name, member.family_name, member.bsn,
         date_text(member.birth_date), date_text(member.expected_date), member.mother_id,
         now_text(), member.id),
    )
    stored = get_member(tx, member.id)
    tx.touch(family_id)
    _log(tx, AccessAction.UPDATE, stored, family_id)
    return stored


def delete_member(tx: Transaction, member_id: int) -> None:
    member = get_member(tx, member_id)
    assert member.family_id is not None
    _log(tx, AccessAction.DELETE, member, member.family_id)
    tx.execute("DELETE FROM member WHERE id = ?", (member_id,))
    tx.touch(member.family_id)


def list_members(tx: Transaction, family_id: int) -> list[Member]:
    rows = tx.fetchall(
        f"SELECT {_COLUMNS} FROM member WHERE family_id = ? ORDER BY"
        " CASE role WHEN 'parent' THEN 0 WHEN 'adult_client' THEN 1 WHEN 'unborn' THEN 2"
        " ELSE 3 END, coalesce(birth_date, expected_date), id",
        (family_id,),
    )
    return [_from_row(r) for r in rows]


def add_relation(tx: Transaction, relation: Relation) -> None:
    first = get_member(tx, relation.from_member_id)
    second = get_member(tx, relation.to_member_id)
    if first.family_id != second.family_id:
        raise InvalidReference(field="to_member_id", reason="other_family")
    problem = relation_problem(relation.kind, first.role, second.role,
                               same=first.id == second.id)
    if problem is not None:
        raise InvalidReference(field="kind", reason=problem.value)
    assert first.family_id is not None
    tx.execute(
        "INSERT OR IGNORE INTO member_relation (from_member, to_member, kind) VALUES (?, ?, ?)",
        (relation.from_member_id, relation.to_member_id, relation.kind.value),
    )
    tx.touch(first.family_id)
    _log(tx, AccessAction.UPDATE, first, first.family_id)


def remove_relation(tx: Transaction, relation: Relation) -> None:
    first = get_member(tx, relation.from_member_id)
    assert first.family_id is not None
    tx.execute(
        "DELETE FROM member_relation WHERE from_member = ? AND to_member = ? AND kind = ?",
        (relation.from_member_id, relation.to_member_id, relation.kind.value),
    )
    _log(tx, AccessAction.UPDATE, first, first.family_id)


def list_relations(tx: Transaction, family_id: int) -> list[Relation]:
    rows = tx.fetchall(
        "SELECT r.from_member, r.to_member, r.kind FROM member_relation r"
        " JOIN member m ON m.id = r.from_member WHERE m.family_id = ?"
        " ORDER BY r.from_member, r.to_member",
        (family_id,),
    )
    return [
        Relation(from_member_id=int(str(a)), to_member_id=int(str(b)), kind=RelationKind(str(k)))
        for a, b, k in rows
    ]
