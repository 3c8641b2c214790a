"""A match as one side is told it: the other professional as enrolled, how the families
connect, and the match's coordination relative to the reader (``mine`` is the reader's
organisation) — with the municipality's proposal for a regisseur while none is agreed."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from datetime import date

from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol.canonical import canonical
from sync.protocol.coordination import (
    Agreement,
    NoticeCoordination,
    Proposal,
    RegisseurNamed,
    Side,
    Suggestion,
)
from sync.protocol.crypto import sign_notice
from sync.protocol.models import MatchNotice
from sync.server.coordination_store import COLUMNS, other_side
from sync.server.regie_rules import RegieRules
from sync.server.rows import Device, MatchRow


class SignedNotices:
    """Match notices signed by the CJG's key, the most recent kept: a laptop asks for the
    same notices at every sync, and Ed25519 signs the same bytes to the same signature
    (RFC 8032), so a notice whose fields have not changed is not signed again."""

    def __init__(self, key: ed25519.Ed25519PrivateKey, keep: int = 5000) -> None:
        self._key, self._keep = key, keep
        self._signed: OrderedDict[bytes, MatchNotice] = OrderedDict()
        self._lock = threading.Lock()

    def sign(self, fields: Mapping[str, object]) -> MatchNotice:
        body = canonical(dict(fields))
        with self._lock:
            notice = self._signed.get(body)
            if notice is not None:
                self._signed.move_to_end(body)
                return notice
        notice = sign_notice(self._key, fields)
        with self._lock:
            self._signed[body] = notice
            while len(self._signed) > self._keep:
                self._signed.popitem(last=False)
        return notice


def notice_fields(row: MatchRow, reader: Device, roles: dict[str, set[str]],
                  rules: RegieRules | None) -> dict[str, object]:
    """The notice's fields (before the CJG signs them) for ``reader``'s side of ``row``."""
    return {
        "device_id": reader.id, "envelope_id": row.envelope_id, "match_id": row.match_id,
        "how": row.how, "matched_at": row.matched_at,
        "other": {"name": row.professional, "organisation": row.organisation,
                  "role": row.role, "phone": row.phone, "email": row.email},
        "ended_on": row.ended_on,
        "coordination": coordination(row, reader, roles, rules).model_dump(mode="json"),
    }


def coordination(row: MatchRow, reader: Device, roles: dict[str, set[str]],
                 rules: RegieRules | None) -> NoticeCoordination:
    held = dict(zip(COLUMNS, row.coordination, strict=True)) if row.coordination else {}
    me, them = row.side, other_side(row.side)

    def seen(side: str | None, organisation: str | None, kaart: str | None,
             until: str | None) -> RegisseurNamed:
        relative: Side = "third" if side == "third" else "mine" if side == me else "yours"
        return RegisseurNamed(side=relative, organisation=organisation or "?",
                              kaart_key=kaart, until=date.fromisoformat(str(until)))

    proposal = agreed = None
    if held.get("proposal_id"):
        proposal = Proposal(
            id=str(held["proposal_id"]), by="me" if held["proposal_by"] == me else "other",
            regisseur=seen(held["proposal_side"], held["proposal_org"], held["proposal_kaart"],
                           held["proposal_until"]),
            proposed_on=date.fromisoformat(str(held["proposed_on"])))
    if held.get("agreed_org"):
        agreed = Agreement(
            regisseur=seen(held["agreed_side"], held["agreed_org"], held["agreed_kaart"],
                           held["agreed_until"]),
            agreed_on=date.fromisoformat(str(held["agreed_on"])))
    suggestion: Suggestion | None = None
    if rules is not None and agreed is None and row.ended_on is None:
        named = roles.get(row.envelope_id, set()) | roles.get(row.other_envelope, set())
        suggestion = rules.suggest(named, (reader.organisation_kind, reader.organisation),
                                   (row.other_kind, row.organisation))
    return NoticeCoordination(
        contact_mine=_day(held.get(f"contact_{me}")),
        contact_theirs=_day(held.get(f"contact_{them}")),
        proposal=proposal, agreed=agreed, suggestion=suggestion,
        escalated_on=_day(held.get("escalated_on")))


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value[:10])
