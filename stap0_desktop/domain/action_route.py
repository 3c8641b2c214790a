"""The route to action after a checklist (stap 0), and follow-ups that fall due.

What was discussed with the parents and what they said; whether the worry is shared with
the CJG (only the intention here — consent and the signal itself come with the signals
feature); the help chosen or the referral made; and the follow-up date.

A missed appointment ("niet verschenen zonder bericht") starts the Apeldoorn route: always
a home visit; when refused without a good explanation and no other help is involved, a
concrete next step.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class ShareIntent(StrEnum):
    INTENDED = "intended"    # share the worry with the CJG (with consent)
    NOT_NOW = "not_now"
    DECLINED = "declined"    # the parents do not agree


class ChosenHelp(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(max_length=80)     # an intervention id from the definition, or "referral"
    title: str = Field(max_length=200)


class ActionRoute(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    family_id: int
    run_id: int | None = None
    discussed_on: date | None = None
    parents_said: str = Field(default="", max_length=4000)
    share: ShareIntent | None = None
    share_note: str = Field(default="", max_length=2000)
    help: list[ChosenHelp] = Field(default_factory=list)
    referral: str = Field(default="", max_length=500)
    follow_up_on: date | None = None
    follow_up_note: str = Field(default="", max_length=500)
    created_at: datetime | None = None


class FollowUpKind(StrEnum):
    PLANNED = "planned"                    # from the route to action
    MISSED_APPOINTMENT = "missed"          # the Apeldoorn route


class ApeldoornStage(StrEnum):
    HOME_VISIT = "home_visit"              # always a home visit
    OTHER_HELP = "other_help"              # refused: is other help involved?
    NEXT_STEP = "next_step"                # refused, no other help: a concrete next step


class FollowUpOutcome(StrEnum):
    DONE = "done"
    SEEN = "seen"                          # the home visit took place
    REFUSED = "refused"                    # refused without a good explanation
    OTHER_HELP_INVOLVED = "other_help"
    NO_OTHER_HELP = "no_other_help"


class FollowUp(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int | None = None
    family_id: int
    family_name: str = ""
    route_id: int | None = None
    kind: FollowUpKind
    stage: ApeldoornStage | None = None
    due_on: date
    note: str = Field(default="", max_length=500)
    outcome: FollowUpOutcome | None = None
    closed_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.closed_at is None


def next_apeldoorn_step(follow_up: FollowUp, outcome: FollowUpOutcome,
                        today: date) -> FollowUp | None:
    """The follow-up that the outcome of an Apeldoorn-route step leads to, if any."""
    if follow_up.kind is not FollowUpKind.MISSED_APPOINTMENT:
        return None
    if follow_up.stage is ApeldoornStage.HOME_VISIT and outcome is FollowUpOutcome.REFUSED:
        stage = ApeldoornStage.OTHER_HELP
    elif (follow_up.stage is ApeldoornStage.OTHER_HELP
          and outcome is FollowUpOutcome.NO_OTHER_HELP):
        stage = ApeldoornStage.NEXT_STEP
    else:
        return None
    return FollowUp(family_id=follow_up.family_id, kind=FollowUpKind.MISSED_APPOINTMENT,
                    stage=stage, due_on=today, note=follow_up.note)
