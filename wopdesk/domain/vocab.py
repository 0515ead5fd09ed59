"""Vocabularies of the WOP practice, as enums whose values are stored and synced.

Labels are in English here; the UI and reports translate them.
"""

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A stored value with an English label shown to people."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


class WopPhase(LabelledEnum):
    DESIGN = "design"
    STRUCTURING = "structuring"
    DIAGNOSIS = "diagnosis"
    WORK_PLANNING = "work_planning"
    IMPLEMENTATION = "implementation"
    PROGRESS_ASSESSMENT = "progress_assessment"
    CLOSING = "closing"


class PartnershipType(LabelledEnum):
    NORTH_SOUTH = "north_south"
    SOUTH_SOUTH = "south_south"
    NATIONAL = "national"
    REGIONAL = "regional"


class PartnershipStatus(LabelledEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class Role(LabelledEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    COORDINATOR = "coordinator"
    OBSERVER = "observer"


class UtilityKind(LabelledEnum):
    WATER = "water"
    SANITATION = "sanitation"
    BOTH = "both"


class WorkingArea(LabelledEnum):
    NON_REVENUE_WATER = "non_revenue_water"
    BILLING_COLLECTION = "billing_collection"
    ASSET_MANAGEMENT = "asset_management"
    CUSTOMER_SERVICE = "customer_service"
    FINANCIAL_MANAGEMENT = "financial_management"
    WASTEWATER = "wastewater"
    WATER_SAFETY_QUALITY = "water_safety_quality"
    OPERATION_MAINTENANCE = "operation_maintenance"
    ENERGY_EFFICIENCY = "energy_efficiency"
    HR_ORGANISATIONAL = "hr_organisational"
    GOVERNANCE = "governance"
    CATCHMENT_WATER_RESOURCES = "catchment_water_resources"
    CLIMATE_RESILIENCE = "climate_resilience"
    LOW_INCOME_AREAS = "low_income_areas"
    SANITATION_EXTENSION = "sanitation_extension"
    WATER_SUPPLY_EXTENSION = "water_supply_extension"
    GENDER_SOCIAL_INCLUSION = "gender_social_inclusion"
    IT_GIS = "it_gis"
    POLICY_LEGAL = "policy_legal"
    DEMAND_MANAGEMENT = "demand_management"
    OTHER = "other"


class FindingArea(LabelledEnum):
    TECHNICAL = "technical"
    FINANCIAL = "financial"
    MANAGERIAL = "managerial"
    ORGANISATIONAL = "organisational"


class Priority(LabelledEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    DROPPED = "dropped"


class VisitState(LabelledEnum):
    DRAFT = "draft"
    FINAL = "final"


class PeriodKind(LabelledEnum):
    """How long a partnership's reporting periods are."""

    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class ProgressStatus(LabelledEnum):
    """A period's overall judgement, in a progress record."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class ChangeStage(LabelledEnum):
    """How far an improvement track's change has gone, in order (stage of change)."""

    PLANNED = "planned"
    PILOTED = "piloted"
    ADOPTED = "adopted"
    INSTITUTIONALISED = "institutionalised"


class LearningForm(LabelledEnum):
    """The forms of capacity development used in WOPs."""

    FORMAL_COURSE = "formal_course"
    ON_THE_JOB = "on_the_job"
    PEER_PROBLEM_SOLVING = "peer_problem_solving"
    SITE_VISIT = "site_visit"
    JOINT_PLANNING_WORK = "joint_planning_work"
    EXPOSURE_VISIT = "exposure_visit"
    REMOTE_SESSION = "remote_session"


class DataConfidence(LabelledEnum):
    RELIABLE = "reliable"
    FAIR = "fair"
    UNRELIABLE = "unreliable"


class CapacityLevel(LabelledEnum):
    TRANSFORMATIONAL = "transformational"
    TRANSACTIONAL = "transactional"
    INDIVIDUAL = "individual"


class CapacityDimension(LabelledEnum):
    MISSION_STRATEGY = "mission_strategy"
    LEADERSHIP = "leadership"
    CULTURE = "culture"
    EXTERNAL_RESOURCES = "external_resources"
    NETWORKS = "networks"
    SYSTEMS = "systems"
    STRUCTURE = "structure"
    MANAGEMENT = "management"
    INFORMATION = "information"
    INFRASTRUCTURE_EQUIPMENT = "infrastructure_equipment"
    WORKING_ROUTINES = "working_routines"
    KNOWLEDGE_SKILLS = "knowledge_skills"
    MOTIVATION = "motivation"
    APPLIED_KNOWLEDGE_SKILLS = "applied_knowledge_skills"

    @property
    def level(self) -> CapacityLevel:
        return _DIMENSION_LEVEL[self]


class AssessedBy(LabelledEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    BOTH = "both"


class ContributionKind(LabelledEnum):
    CASH = "cash"
    IN_KIND = "in_kind"


class ExpenseCategory(LabelledEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    STAFF_TIME = "staff_time"
    PER_DIEM = "per_diem"
    EQUIPMENT = "equipment"
    OTHER = "other"


class BetterWhen(LabelledEnum):
    """Which way an indicator improves: up, down, or towards its norm (its benchmark)."""

    HIGHER = "higher"
    LOWER = "lower"
    NORM = "norm"


_DIMENSION_LEVEL: dict[CapacityDimension, CapacityLevel] = {
    **{
        d: CapacityLevel.TRANSFORMATIONAL
        for d in (
            CapacityDimension.MISSION_STRATEGY,
            CapacityDimension.LEADERSHIP,
            CapacityDimension.CULTURE,
            CapacityDimension.EXTERNAL_RESOURCES,
            CapacityDimension.NETWORKS,
        )
    },
    **{
        d: CapacityLevel.TRANSACTIONAL
        for d in (
            CapacityDimension.SYSTEMS,
            CapacityDimension.STRUCTURE,
            CapacityDimension.MANAGEMENT,
            CapacityDimension.INFORMATION,
            CapacityDimension.INFRASTRUCTURE_EQUIPMENT,
            CapacityDimension.WORKING_ROUTINES,
        )
    },
    **{
        d: CapacityLevel.INDIVIDUAL
        for d in (
            CapacityDimension.KNOWLEDGE_SKILLS,
            CapacityDimension.MOTIVATION,
            CapacityDimension.APPLIED_KNOWLEDGE_SKILLS,
        )
    },
}

_LABELS: dict[StrEnum, str] = {
    WopPhase.STRUCTURING: "Structuring & mobilising",
    WopPhase.WORK_PLANNING: "Work planning",
    WopPhase.IMPLEMENTATION: "Implementation & peer support",
    WopPhase.CLOSING: "Closing (continue, expand or close)",
    PartnershipType.NORTH_SOUTH: "North–south",
    PartnershipType.SOUTH_SOUTH: "South–south",
    WorkingArea.NON_REVENUE_WATER: "Non-revenue water",
    WorkingArea.BILLING_COLLECTION: "Billing & collection",
    WorkingArea.WATER_SAFETY_QUALITY: "Water safety & quality",
    WorkingArea.OPERATION_MAINTENANCE: "Operation & maintenance",
    WorkingArea.HR_ORGANISATIONAL: "HR & organisational development",
    WorkingArea.CATCHMENT_WATER_RESOURCES: "Catchment & water resources",
    WorkingArea.GENDER_SOCIAL_INCLUSION: "Gender & social inclusion",
    WorkingArea.IT_GIS: "IT & GIS",
    WorkingArea.POLICY_LEGAL: "Policy & legal",
    LearningForm.PEER_PROBLEM_SOLVING: "Peer-to-peer problem solving",
    LearningForm.JOINT_PLANNING_WORK: "Joint planning & work",
    LearningForm.EXPOSURE_VISIT: "Exposure / study visit",
    LearningForm.ON_THE_JOB: "On-the-job training",
    CapacityDimension.MISSION_STRATEGY: "Mission & strategy",
    CapacityDimension.INFRASTRUCTURE_EQUIPMENT: "Infrastructure & equipment",
    CapacityDimension.KNOWLEDGE_SKILLS: "Knowledge & skills",
    CapacityDimension.APPLIED_KNOWLEDGE_SKILLS: "Applied knowledge & skills",
    ContributionKind.IN_KIND: "In kind",
    ExpenseCategory.STAFF_TIME: "Staff time",
    ExpenseCategory.PER_DIEM: "Per diem",
    ActionStatus.IN_PROGRESS: "In progress",
    BetterWhen.HIGHER: "Higher is better",
    BetterWhen.LOWER: "Lower is better",
    BetterWhen.NORM: "Nearest the norm",
    PeriodKind.HALF_YEAR: "Half-year",
    ChangeStage.ADOPTED: "Adopted in routine",
}


class OutputStatus(LabelledEnum):
    """How far a deliverable of the results chain (an output) has come."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"
    DROPPED = "dropped"


class SignOffMethod(LabelledEnum):
    """How both partners signed a visit's summary."""

    ON_SCREEN = "on_screen"
    ON_PAPER = "on_paper"


# --- partnership health and the WOP cycle's history (issue 14) ---


class PartnerSide(LabelledEnum):
    """Which partner did something (scored a health review...)."""

    MENTOR = "mentor"
    MENTEE = "mentee"


class MentoringPhase(LabelledEnum):
    """The three phases of a mentor–mentee relationship (seeds/001, Introduction to Mentoring)."""

    ORIENTATION = "orientation"
    MIDDLE = "middle"
    DISSOLVING = "dissolving"


class ClosingDecision(LabelledEnum):
    """What the partners decide at the end of the formal WOP (seeds/002)."""

    CONTINUE = "continue"
    EXPAND = "expand"
    CLOSE = "close"


_LABELS.update(
    {
        MentoringPhase.ORIENTATION: "Orientation (building the base)",
        MentoringPhase.MIDDLE: "Middle period",
        MentoringPhase.DISSOLVING: "Dissolving the relationship",
        ClosingDecision.CONTINUE: "Continue the partnership",
        ClosingDecision.EXPAND: "Expand the partnership",
        ClosingDecision.CLOSE: "Close the partnership",
    }
)
