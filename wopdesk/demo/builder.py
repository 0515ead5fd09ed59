"""Turn a ``DemoSpec`` into records, through the same commands the app uses."""

import csv
import datetime as dt
import io
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from wopdesk.demo.ids import demo_id
from wopdesk.demo.photo import demo_photo
from wopdesk.demo.spec import DemoSpec, Visit
from wopdesk.domain import vocab as v
from wopdesk.domain.catalogue import builtin_indicator_id
from wopdesk.storage import commands as cmd
from wopdesk.storage import models as m
from wopdesk.storage import queries, visit_followup, visit_snapshot
from wopdesk.storage.blobs import BlobStore
from wopdesk.storage.progress import SIDES


def quarter_ends(first: dt.date, count: int) -> list[dt.date]:
    """``count`` quarter ends from ``first`` (itself a quarter end) on."""
    ends = []
    year, quarter = first.year, (first.month - 1) // 3
    for _ in range(count):
        month = 3 * quarter + 3
        last_day = 31 if month in (3, 12) else 30
        ends.append(dt.date(year, month, last_day))
        year, quarter = (year + 1, 0) if quarter == 3 else (year, quarter + 1)
    return ends


class Builder:
    def __init__(self, session: Session, blobs: BlobStore, spec: DemoSpec) -> None:
        self.session = session
        self.blobs = blobs
        self.spec = spec
        self.pid = self.key_id("partnership")
        self.roles = {p.key: p.role for p in spec.people}

    def key_id(self, key: str) -> str:
        """The id of one of this demo's own records."""
        return demo_id(self.spec.prefix + key)

    def add(self, model: type[m.SyncedRecord], key: str, **values: Any) -> Any:
        scoped = (
            {"partnership_id": self.pid} if model.partnership_column == "partnership_id" else {}
        )
        return cmd.create(self.session, model, id=self.key_id(key), **scoped, **values)

    @staticmethod
    def person(key: str) -> str:
        return demo_id(f"person:{key}")

    @staticmethod
    def utility(key: str) -> str:
        return demo_id(f"utility:{key}")

    def build(self) -> None:
        self.utilities_and_people()
        self.partnership()
        self.tracks_and_indicators()
        self.diagnosis()
        self.visits()
        self.results_chain()
        self.work_plan()
        self.finalise_visits()
        self.learning()
        self.readings()
        self.money()
        self.capacity()
        self.progress()
        self.stages()
        self.health_and_cycle()

    def utilities_and_people(self) -> None:
        for u in self.spec.utilities:
            if self.session.get(m.Utility, self.utility(u.key)) is None:
                cmd.create(
                    self.session,
                    m.Utility,
                    id=self.utility(u.key),
                    name=u.name,
                    country=u.country,
                    region=u.region,
                    kind=u.kind,
                    population_served=u.population_served,
                    connections=u.connections,
                )
        for p in self.spec.people:
            if self.session.get(m.Person, self.person(p.key)) is None:
                cmd.create(
                    self.session,
                    m.Person,
                    id=self.person(p.key),
                    name=p.name,
                    job_title=p.job_title,
                    email=p.email,
                    utility_id=self.utility(p.utility) if p.utility else None,
                )

    def partnership(self) -> None:
        values = dict(self.spec.partnership)
        values["mentor_utility_id"] = self.utility(values.pop("mentor"))
        values["mentee_utility_id"] = self.utility(values.pop("mentee"))
        self.add(m.Partnership, "partnership", **values)
        for p in self.spec.people:
            self.add(m.Membership, f"membership:{p.key}", person_id=self.person(p.key), role=p.role)

    def mentee(self) -> str:
        return self.utility(self.spec.partnership["mentee"])

    def tracks_and_indicators(self) -> None:
        spec = self.spec
        for t in spec.tracks:
            self.add(
                m.ImprovementTrack,
                f"track:{t.key}",
                title=t.title,
                working_area=t.area,
                mentor_lead_id=self.person(t.mentor_lead),
                mentee_lead_id=self.person(t.mentee_lead),
                initial_situation=t.situation,
                team=spec.team,
            )
        periods = quarter_ends(spec.first_period, spec.baseline_reading + 1)
        for target in spec.targets:
            self.add(
                m.TrackIndicator,
                f"track_indicator:{target.code}",
                track_id=self.key_id(f"track:{target.track}"),
                indicator_id=builtin_indicator_id(target.code),
                utility_id=self.mentee(),
                baseline_value=target.readings[spec.baseline_reading],
                baseline_date=periods[-1],
                target_value=target.target,
                target_date=spec.target_date,
                frequency=spec.frequency,
                means_of_verification=spec.verification,
            )
            for day, value in target.milestones:
                self.add(
                    m.IndicatorMilestone,
                    f"milestone:{target.code}:{day.year}",
                    track_indicator_id=self.key_id(f"track_indicator:{target.code}"),
                    date=day,
                    value=value,
                )

    def diagnosis(self) -> None:
        for f in self.spec.findings:
            self.add(
                m.DiagnosisFinding,
                f"finding:{f.key}",
                track_id=self.key_id(f"track:{f.track}"),
                area=f.area,
                finding=f.finding,
                root_cause=f.root_cause,
                priority=f.priority,
                evidence=self.spec.diagnosis_evidence,
                agreed_date=self.spec.diagnosis_date,
            )

    def visits(self) -> None:
        spec = self.spec
        for number, visit in enumerate(spec.visits):
            record = self.add(
                m.SiteVisit,
                f"visit:{visit.key}",
                title=visit.title,
                start_date=visit.start,
                end_date=visit.end,
                site=spec.site,
                latitude=spec.latitude,
                longitude=spec.longitude,
                purpose=visit.purpose,
                activities=visit.activities,
                notes=visit.notes,
                next_visit_date=visit.next_visit,
            )
            for person in visit.participants:
                self.add(
                    m.VisitParticipant,
                    f"participant:{visit.key}:{person}",
                    visit_id=record.id,
                    person_id=self.person(person),
                    role=self.roles[person],
                )
            for n, caption in enumerate(visit.photos):
                data = demo_photo(caption, seed=n + 10 * number)
                attachment = cmd.add_attachment(
                    self.session, self.blobs, record, data, f"{visit.key}-{n + 1}.jpg", caption
                )
                attachment.id = self.key_id(f"photo:{visit.key}:{n}")
            self.add(
                m.DiagnosisFinding,
                f"finding:visit:{visit.key}",
                visit_id=record.id,
                track_id=self.key_id(f"track:{visit.finding_track}"),
                area=v.FindingArea.TECHNICAL,
                finding=visit.finding,
                priority=v.Priority.HIGH,
            )
            self.session.flush()

    def work_plan(self) -> None:
        for a in self.spec.actions:
            self.add(
                m.Action,
                f"action:{a.key}",
                track_id=self.key_id(f"track:{a.track}"),
                description=a.description,
                owner_id=self.person(a.owner),
                due_date=a.due,
                status=a.status,
                progress=a.progress,
                visit_id=self.key_id(f"visit:{a.visit}") if a.visit else None,
                finding_id=self.key_id(f"finding:{a.finding}") if a.finding else None,
                **self.action_plan(a.key),
            )

    def results_chain(self) -> None:
        for o in self.spec.outputs:
            self.add(
                m.Output,
                f"output:{o.key}",
                track_id=self.key_id(f"track:{o.track}"),
                title=o.title,
                description=o.description,
                target_date=o.target,
                status=o.status,
                evidence=o.evidence,
                delivered_date=o.delivered,
            )

    def action_plan(self, action: str) -> dict[str, Any]:
        """An action's output, start date and estimated cost (in the partnership's currency)."""
        plan = next((p for p in self.spec.action_plans if p.action == action), None)
        if plan is None:
            return {}
        return {
            "output_id": self.key_id(f"output:{plan.output}") if plan.output else None,
            "start_date": plan.start,
            "estimated_cost": plan.cost,
            "estimated_cost_currency": self.spec.partnership["currency"] if plan.cost else None,
        }

    def finalise_visits(self) -> None:
        """Final visits are signed with their actions as agreed then: planned, not started."""
        finals = [visit for visit in self.spec.visits if visit.state == v.VisitState.FINAL]
        for visit in finals:
            record = self.session.get(m.SiteVisit, self.key_id(f"visit:{visit.key}"))
            assert record is not None
            actions = queries.actions(self.session, self.pid, record.id)
            as_agreed = [
                replace(visit_snapshot.agreed(a), status=v.ActionStatus.PLANNED, progress=0)
                for a in actions
            ]
            record.action_snapshot = visit_snapshot.dump(as_agreed)
            record.followup_snapshot = visit_snapshot.take(
                visit_followup.followup_of(self.session, record)
            )
            self.sign_off(record, visit, latest=visit.key == finals[-1].key)
            record.state = visit.state
        self.attendance_sheet(self.spec.visits[0])

    def sign_off(self, record: m.SiteVisit, visit: Visit, latest: bool) -> None:
        """Signed at the end of the visit by its first participant of each side, on paper;
        the latest on screen."""
        people = {p.key: p for p in self.spec.people}
        for side in ("mentor", "mentee"):
            signer = next(k for k in visit.participants if self.roles[k] == v.Role(side))
            setattr(record, f"{side}_signer_id", self.person(signer))
            setattr(record, f"{side}_signer_role", people[signer].job_title)
        record.signed_on = visit.end
        record.signed_how = v.SignOffMethod.ON_SCREEN if latest else v.SignOffMethod.ON_PAPER

    def attendance_sheet(self, visit: Visit) -> None:
        """The first visit's attendance sheet, a small CSV document attached to it."""
        people = {p.key: p for p in self.spec.people}
        utilities = {u.key: u.name for u in self.spec.utilities}
        rows = io.StringIO()
        writer = csv.writer(rows, lineterminator="\r\n")
        writer.writerow(["name", "utility", "job_title", "role"])
        for key in visit.participants:
            person = people[key]
            utility = utilities.get(person.utility or "", "")
            writer.writerow([person.name, utility, person.job_title, person.role.value])
        record = self.session.get(m.SiteVisit, self.key_id(f"visit:{visit.key}"))
        assert record is not None
        attachment = cmd.attach_document(
            self.session,
            self.blobs,
            record,
            rows.getvalue().encode("utf-8"),
            f"attendance-{visit.key}.csv",
            visit.title,
        )
        attachment.id = self.key_id(f"document:{visit.key}")

    def learning(self) -> None:
        for row in self.spec.learning:
            activity = self.add(
                m.LearningActivity,
                f"learning:{row.key}",
                track_id=self.key_id(f"track:{row.track}"),
                visit_id=self.key_id(f"visit:{row.visit}") if row.visit else None,
                date=row.date,
                form=row.form,
                topic=row.topic,
                trainer_id=self.person(row.trainer),
                hours=row.hours,
                competency=row.competency,
                level_before=row.level_before,
                level_after=row.level_after,
                applied_evidence=row.applied,
                applied_date=row.date + dt.timedelta(days=45) if row.applied else None,
                verified_by_id=self.person(row.trainer) if row.applied else None,
                **self.learning_people(row.key),
            )
            for trainee in row.trainees:
                self.add(
                    m.LearningTrainee,
                    f"trainee:{row.key}:{trainee}",
                    activity_id=activity.id,
                    person_id=self.person(trainee),
                )

    def learning_people(self, key: str) -> dict[str, int | None]:
        """An entry's participants and trainees by sex (none given: its named trainees)."""
        for row in self.spec.learning_people:
            if row.learning == key:
                return {
                    "participants": row.participants,
                    "women": row.women,
                    "men": row.men,
                    "not_stated": row.not_stated,
                }
        return {}

    def stages(self) -> None:
        for number, row in enumerate(self.spec.stages):
            self.add(
                m.TrackStage,
                f"stage:{number}",
                track_id=self.key_id(f"track:{row.track}"),
                stage=row.stage,
                date=row.date,
                evidence=row.evidence,
                recorded_by_id=self.person(row.recorded_by),
            )

    def readings(self) -> None:
        spec = self.spec
        for target in spec.targets:
            periods = quarter_ends(spec.first_period, len(target.readings))
            for n, (period, value) in enumerate(zip(periods, target.readings, strict=True)):
                cmd.record_reading(
                    self.session,
                    id=self.key_id(f"reading:{target.code}:{n}"),
                    partnership_id=self.pid,
                    utility_id=self.mentee(),
                    indicator_id=builtin_indicator_id(target.code),
                    period=period,
                    value=value,
                    confidence=v.DataConfidence.FAIR if n < 4 else v.DataConfidence.RELIABLE,
                    source=spec.reading_source,
                    note=spec.reading_note,
                )

    def money(self) -> None:
        for c in self.spec.contributions:
            self.add(
                m.Contribution,
                f"contribution:{c.key}",
                contributor=c.contributor,
                kind=c.kind,
                amount=c.amount,
                description=c.description,
                contributor_utility_id=self.utility(c.utility) if c.utility else None,
            )
        # An expense is spent on the line of its category paid the same way (cash or in
        # kind), else on that way's catch-all line ("Other"), as a coordinator files it.
        line_of: dict[tuple[bool, v.ExpenseCategory], str] = {}
        for line in self.spec.budget_lines:
            self.add(
                m.BudgetLine,
                f"budget-line:{line.key}",
                category=line.category,
                funder=line.funder,
                description=line.description,
                amount=line.amount,
                currency=line.currency,
                in_kind=line.in_kind,
            )
            line_of.setdefault(
                (line.in_kind, line.category), self.key_id(f"budget-line:{line.key}")
            )
        for n, e in enumerate(self.spec.expenses):
            self.add(
                m.Expense,
                f"expense:{n}",
                date=e.date,
                category=e.category,
                amount=e.amount,
                currency=e.currency,
                in_kind=e.in_kind,
                description=e.description,
                budget_line_id=line_of.get((e.in_kind, e.category))
                or line_of.get((e.in_kind, v.ExpenseCategory.OTHER)),
            )

        for n, r in enumerate(self.spec.rates):
            self.add(
                m.ExchangeRate,
                f"rate:{n}",
                date=r.date,
                from_currency=r.from_currency,
                to_currency=r.to_currency,
                rate=r.rate,
                source=r.source,
            )

    def capacity(self) -> None:
        for n, c in enumerate(self.spec.capacity):
            self.add(
                m.CapacityAssessment,
                f"capacity:{n}",
                track_id=self.key_id(f"track:{c.track}"),
                date=self.spec.capacity_date,
                dimension=c.dimension,
                degree=c.degree,
                contribution=c.contribution,
                assessed_by=v.AssessedBy.BOTH,
                obstacles=c.obstacles,
                contributing_factors=c.factors,
            )

    def progress(self) -> None:
        jobs = {p.key: p.job_title for p in self.spec.people}
        for n, p in enumerate(self.spec.progress):
            record = self.add(
                m.ProgressRecord,
                f"progress:{n}",
                period_start=p.start,
                period_end=p.end,
                status=p.status,
                status_reason=p.reason,
                summary=p.summary,
                achievements=p.achievements,
                challenges=p.challenges,
                lessons=p.lessons,
                next_steps=p.next_steps,
                author_id=self.person(p.author),
            )
            for side, approval in zip(SIDES, (p.mentor_approval, p.mentee_approval), strict=True):
                if approval is not None:
                    who, day = approval
                    cmd.approve_progress(
                        self.session, record.id, side, self.person(who), jobs[who], day
                    )

    def health_and_cycle(self) -> None:
        """Health reviews by both partners, ticked practices, phase history, mentoring pairs."""
        for r in self.spec.health:
            period = r.period or (None, None)
            review = self.add(
                m.HealthReview,
                f"health:{r.key}",
                date=r.date,
                scored_by=r.side,
                period_start=period[0],
                period_end=period[1],
                note=r.note or None,
            )
            for item, (score, comment) in r.scores.items():
                key = f"health:{r.key}:{item}"
                self.add(
                    m.HealthScore, key, review_id=review.id, item=item, score=score, comment=comment
                )
        for practice, day in self.spec.ticked_practices:
            self.add(m.PracticeTick, f"tick:{practice}", practice=practice, ticked_on=day)
        for n, ph in enumerate(self.spec.phases):
            self.add(m.PhaseChange, f"phase:{n}", phase=ph.phase, date=ph.date, note=ph.note)
        for n, pair in enumerate(self.spec.pairs):
            self.add(
                m.MentoringPair,
                f"pair:{n}",
                mentor_id=self.person(pair.mentor),
                mentee_id=self.person(pair.mentee),
                phase=pair.phase,
                date=pair.date,
                note=pair.note,
            )
