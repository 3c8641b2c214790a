"""The text of a visit report (for the midwife, or the professional's own visit report)
and of the plain-language copy for the parents, as HTML for Qt's PDF writer.

Risk and protective factors read as statements ("Er zijn zorgen over …"), not as the
questions asked; a check (the Kindcheck) shows every answer, the negative ones too.
"""

from __future__ import annotations

from stap0_desktop.domain.action_route import ShareIntent
from stap0_desktop.domain.assessment import Answer, Level, Need, domain_pictures
from stap0_desktop.domain.checklists import FactorKind, ItemDefinition
from stap0_desktop.domain.meldcode import VEILIG_THUIS_PHONE
from stap0_desktop.domain.models import MemberRole
from stap0_desktop.i18n.translator import translate
from stap0_desktop.services.reports import ReportData, ReportKind
from stap0_desktop.ui.common.qt_dates import shown_date
from stap0_desktop.ui.documents.html_parts import bullets, esc, heading


def _level(level: Level | None) -> str:
    if level is None:
        return translate("Report", "no judgement recorded")
    return {Level.LOW: translate("Report", "low"), Level.RAISED: translate("Report", "raised"),
            Level.HIGH: translate("Report", "high")}[level]


def _need(need: Need | None) -> str:
    if need is None:
        return "—"
    return {Need.NONE: translate("Report", "no need"),
            Need.SOME: translate("Report", "some need"),
            Need.MUCH: translate("Report", "much need")}[need]


def _header(data: ReportData, title: str) -> list[str]:
    family = data.family
    when = (data.visit.visit_date if data.visit else
            data.run.started_at.date() if data.run.started_at else None)
    address = ", ".join(p for p in (family.street_address,
                                    f"{family.postcode} {family.city}".strip()) if p)
    date_line = translate("Report", "Date: {date}").format(
        date=shown_date(when) if when else "—")
    by_line = translate("Report", "By: {name}, {role}, {organisation}").format(
        name=data.professional.name, role=data.professional.role,
        organisation=data.professional.organisation or "—")
    return [heading(1, title), f"<p><b>{esc(family.name)}</b><br>{esc(address)}</p>",
            f"<p>{esc(date_line)}<br>{esc(by_line)}</p>"]


def _agreements(data: ReportData) -> str:
    route = data.route
    if route is None:
        nothing = translate("Report", "No agreements recorded yet.")
        return f"<p>{esc(nothing)}</p>"
    parts = []
    if route.discussed_on is not None:
        parts.append(translate("Report", "Discussed with the parents on {date}.").format(
            date=shown_date(route.discussed_on)))
    if route.parents_said:
        parts.append(translate("Report", "The parents said: {text}").format(
            text=route.parents_said))
    for chosen in route.help:
        parts.append(translate("Report", "Help: {title}").format(title=chosen.title))
    if route.referral:
        parts.append(translate("Report", "Referral: {text}").format(text=route.referral))
    if route.share is ShareIntent.INTENDED:
        parts.append(translate("Report", "With consent, the worry is shared with the CJG."))
    if route.follow_up_on is not None:
        parts.append(translate("Report", "Next contact: {date} {note}").format(
            date=shown_date(route.follow_up_on), note=route.follow_up_note).strip())
    return bullets(parts)


def _parents_copy(data: ReportData, language: str) -> str:
    titles = {d.code: d.title.get(language) for d in data.run.definition.domains}
    worries = [titles[p.code] for p in domain_pictures(data.run) if p.risks]
    talked = translate("Report", "We talked about how things are going with you and your family.")
    if worries:
        talked += " " + translate("Report", "We talked in particular about: {topics}.").format(
            topics=", ".join(worries))
    me = translate("Report", "Me: {name}, {organisation}.").format(
        name=data.professional.name, organisation=data.professional.organisation or "—")
    if data.professional.phone:
        me = translate("Report", "Me: {name}, {organisation}, phone {phone}.").format(
            name=data.professional.name, organisation=data.professional.organisation or "—",
            phone=data.professional.phone)
    calls = [
        me,
        translate("Report",
                  "For questions about raising children: your Centrum voor Jeugd en Gezin."),
        translate("Report", "If someone at home is not safe: Veilig Thuis, {phone} (free, day "
                            "and night).").format(phone=VEILIG_THUIS_PHONE),
    ]
    body = _header(data, translate("Report", "What we talked about"))
    body += [heading(2, translate("Report", "What we discussed")), f"<p>{esc(talked)}</p>",
             heading(2, translate("Report", "What we agreed")), _agreements(data),
             heading(2, translate("Report", "Whom you can call")),
             "<p>" + "<br>".join(esc(c) for c in calls) + "</p>"]
    return "".join(body)


def _professional_report(data: ReportData, language: str) -> str:
    """For the midwife or the professional's own file: factors, checks, judgement, plan."""
    definition = data.run.definition
    items = {i.id: i for i in definition.items}
    body = _header(data, translate("Report", "Report of the home visit — {title}").format(
        title=definition.title.get(language)))
    body += _pregnancy(data)
    remarks = {item_id: answer.remark for item_id, answer in data.run.answers.items()
               if answer.remark}

    def with_remark(text: str, item_id: str) -> str:
        remark = remarks.get(item_id)
        return f"{text} — {remark}" if remark else text

    def stated(item_id: str) -> str:
        item = items[item_id]
        return with_remark((item.statement or item.question).get(language), item_id)

    def answered(item: ItemDefinition) -> str:
        return with_remark(f"{item.question.get(language)} {_answer(data.run.answer_of(item.id))}",
                           item.id)

    for domain in (d for d in definition.domains if d.check):
        body.append(heading(2, domain.title.get(language)))
        body.append(bullets([answered(i) for i in definition.items_in(domain.code)]))
    checks = {d.code for d in definition.domains if d.check}
    body.append(heading(2, translate("Report", "Per domain")))
    for picture in domain_pictures(data.run):
        if picture.code in checks:
            continue
        body.append(heading(3, definition.domain(picture.code).title.get(language)))
        body.append("<p>" + esc(translate(
            "Report", "Need for support — professional: {pro}; parent: {par}").format(
            pro=_need(picture.professional), par=_need(picture.parent))) + "</p>")
        facts = [i for i in definition.items_in(picture.code)
                 if i.kind is FactorKind.CONTEXT and data.run.answer_of(i.id) is not None]
        for title, lines in ((translate("Report", "Risk factors present"),
                              [stated(i) for i in picture.risks]),
                             (translate("Report", "Protective factors present"),
                              [stated(i) for i in picture.protective]),
                             (translate("Report", "Also noted"),
                              [answered(i) for i in facts])):
            if lines:
                body += [f"<p><b>{esc(title)}</b></p>", bullets(lines)]
    judgement = data.run.judgement
    verdict = _level(judgement.level if judgement else None)
    if judgement is not None and judgement.reason:
        verdict += f": {judgement.reason}"
    body += [heading(2, translate("Report", "Judgement of the professional")),
             f"<p>{esc(verdict)}</p>", heading(2, translate("Report", "Agreements")),
             _agreements(data)]
    return "".join(body)


def _answer(answer: Answer | None) -> str:
    return {Answer.YES: translate("Report", "Yes."), Answer.NO: translate("Report", "No."),
            Answer.UNKNOWN: translate("Report", "Not known."),
            Answer.NOT_APPLICABLE: translate("Report", "Not applicable."),
            None: translate("Report", "Not answered.")}[answer]


def _pregnancy(data: ReportData) -> list[str]:
    """Who is pregnant, born when, and the expected date — what a midwife files it under."""
    people = {m.id: m for m in data.members}
    lines = []
    for unborn in (m for m in data.members if m.role is MemberRole.UNBORN):
        mother = people.get(unborn.mother_id)
        if mother is None:
            continue
        born = shown_date(mother.birth_date) if mother.birth_date else "—"
        expected = shown_date(unborn.expected_date) if unborn.expected_date else "—"
        lines.append(translate(
            "Report", "Pregnant: {name}, born {born}; expected date {expected}").format(
            name=mother.display_name, born=born, expected=expected))
    return [f"<p><b>{esc(line)}</b></p>" for line in lines]


def report_html(data: ReportData, language: str) -> str:
    if data.kind is ReportKind.PARENTS:
        return _parents_copy(data, language)
    return _professional_report(data, language)
