<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionEditor</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From diagnosis finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From site visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Se produjo un error: {0}</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— whole partnership —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−2 much worse · 0 no change · +2 much better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOP contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none · 1 some · 2 decisive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity assessment</source>
        <translation>Evaluación de capacidades</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOP contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity went down in this dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of change from −2 to +2 and the WOP&apos;s contribution from 0 to 2, per capacity dimension, as judged by the partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): change {2}, WOP contribution {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>Partner utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— a donor or other body —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatingPicker</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action for this finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} findings · {1} high priority · {2} without an action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind (staff time, equipment lent), not cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Expenses and contributions</source>
        <translation>Gastos y contribuciones</translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (sum of contributions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in cash · {1} in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} % of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} of it in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also spent in other currencies, not counted above: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All amounts in {0}, the partnership currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expense of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contribution of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by both partners on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to WOPdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOPdesk keeps the record of a Water Operators&apos; Partnership on this computer: site visits, the diagnosis and work plan, learning, indicators and money. It works without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is a made-up partnership between a Colombian and a Senegalese utility; you can delete it later or keep it to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo partnership…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursBars</name>
    <message>
        <source>{0}: {1} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total {0} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: the highest valid value ({0}) is below the lowest ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data behind this reading is unreliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against baseline, target and benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2} is better · valid range {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a utility and an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an improvement track: no baseline or target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not better than the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reading of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningEditor</name>
    <message>
        <source>New learning entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor who checked that the learning is applied at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved typing restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Form of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by topic, competency or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the learning log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a learning activity (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation>Registro de aprendizaje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency (level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <source>mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean WOP contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions assessed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelCombo</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · novice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · expert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WOPdesk</source>
        <translation>WOPdesk</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses WOPdesk on this computer (used for defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new record on this page (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record being edited (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WOPdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {0}. It applies the next time WOPdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About WOPdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOPdesk keeps the record of Water Operators&apos; Partnerships, offline first.

Shortcuts: Ctrl+1…9 and Ctrl+0 pages, Ctrl+F search, Ctrl+N new record, Ctrl+S save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a person —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: this person is already a member; change their role instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Choose or create a partnership to see its overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators against baseline and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicators linked yet: link them to an improvement track on the Partnerships page, with a baseline and a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning hours by form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · planned {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: {0}  →  Mentee: {1} · {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Behind plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open · {1} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0} — {1}, due {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
{1} to {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit agreed for {0}; not planned in WOPdesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget by {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contributions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a utility —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase of the WOP cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct acknowledged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished">Alianza</translation>
    </message>
    <message>
        <source>Partnership: the mentor and the mentee must be two different utilities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>New partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in this partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the partnership every page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished">Alianza</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished">Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished">Mentorado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished">Planificada</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">Indicadores</translation>
    </message>
    <message>
        <source>New track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the selected track, with baseline and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New utility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} partnerships · {1} utilities · {2} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership yet: create the first one with New partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from this partnership?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the track “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no utility —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: &apos;{0}&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseStrip</name>
    <message>
        <source>Current phase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Nothing to show here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingEditor</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid range {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished">Se produjo un error: {0}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Filter this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership is chosen. Choose one in the partnership selector, or create one on the Partnerships page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOPdesk</source>
        <translation type="unfinished">WOPdesk</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>(record {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Cannot save to {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was built but cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page, ready to print or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages, ready to print or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages sent to the printer: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search notes, findings, actions and learning  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished">Visita de campo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Working in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: everything is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with a server arrives in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackIndicatorEditor</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose an indicator —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UtilityEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an image WOPdesk can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished">Visita de campo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the visit final: it becomes read-only until reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is final and read-only. Reopen it to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, e.g. the pumping station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action agreed with the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a photo to edit its caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit, or start a new one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to “{0}” are kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That site visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ({1}, {2}) — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings recorded for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes typed on {0} were not saved. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished">Definitiva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Borrador</translation>
    </message>
    <message>
        <source>Type the finding before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date ({0}) is before the visit starts ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the photo to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{0}” from this visit when you save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this visit final? It becomes read-only until someone reopens it. Unsaved changes are saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the visit summary is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation>Visitas de campo</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new site visit (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet. Start one with “New visit”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} actions · {1} open · {2} overdue · {3} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished">mayo</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>abbreviated month</comment>
        <translation type="unfinished">{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>finance</name>
    <message>
        <source>Currency &apos;{0}&apos; is not a three-letter code such as USD, EUR or XOF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{0} &apos;{1}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions still planned, in progress or blocked after their due date, as of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished">En efectivo</translation>
    </message>
    <message>
        <source>Cash ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies and levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (the budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions and expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: this summary is not final until both partners have agreed and signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of change from -2 (strong decline) to +2 (strong improvement); the WOP&apos;s contribution to it from 0 (none) to 2 (major).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses in other currencies ({currencies}) are not counted against the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the mentee utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the mentor utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by form of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours by improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">En especie</translation>
    </message>
    <message>
        <source>In kind ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value recorded by the end of the visit ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning delivered during the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning record: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels on a scale from 1 to 5, as assessed in each activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action has been planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity-change assessment recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date set yet for the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learning activity recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files attached: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished">Alianza</translation>
    </message>
    <message>
        <source>Partnership progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership progress report: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished">Alianzas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation type="unfinished">Visitas de campo</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not an image; it is left out of the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next visit is planned for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {name} is damaged; it is left out of the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {name} is not on this computer (it may not be synced yet); it is left out of the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit summary: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOP role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped, what hindered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished">Plan de trabajo</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competencies built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours of training given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators better than baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} activities, last on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} activities, {hours} hours in all, with {people} people taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, assessed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{spent} spent of a budget of {budget} ({percent} %); {left} remaining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} written to {path} ({pages}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity assessment</source>
        <translation type="unfinished">Evaluación de capacidades</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished">Alianza</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished">Visita de campo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Accommodation</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Applied knowledge &amp; skills</source>
        <translation>Conocimientos y habilidades aplicados</translation>
    </message>
    <message>
        <source>Asset management</source>
        <translation>Gestión de activos</translation>
    </message>
    <message>
        <source>Billing &amp; collection</source>
        <translation>Facturación y cobro</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>En efectivo</translation>
    </message>
    <message>
        <source>Catchment &amp; water resources</source>
        <translation>Cuencas y recursos hídricos</translation>
    </message>
    <message>
        <source>Climate resilience</source>
        <translation>Resiliencia climática</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Closing (continue, expand or close)</source>
        <translation>Cierre (continuar, ampliar o cerrar)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Demand management</source>
        <translation>Gestión de la demanda</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Energy efficiency</source>
        <translation>Eficiencia energética</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Exposure / study visit</source>
        <translation>Pasantía / visita de estudio</translation>
    </message>
    <message>
        <source>External resources</source>
        <translation>Recursos externos</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financiera</translation>
    </message>
    <message>
        <source>Financial management</source>
        <translation>Gestión financiera</translation>
    </message>
    <message>
        <source>Formal course</source>
        <translation>Curso formal</translation>
    </message>
    <message>
        <source>Gender &amp; social inclusion</source>
        <translation>Género e inclusión social</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>HR &amp; organisational development</source>
        <translation>Recursos humanos y desarrollo organizacional</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>IT &amp; GIS</source>
        <translation>TI y SIG</translation>
    </message>
    <message>
        <source>Implementation &amp; peer support</source>
        <translation>Implementación y apoyo entre pares</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Infrastructure &amp; equipment</source>
        <translation>Infraestructura y equipos</translation>
    </message>
    <message>
        <source>Joint planning &amp; work</source>
        <translation>Planificación y trabajo conjuntos</translation>
    </message>
    <message>
        <source>Knowledge &amp; skills</source>
        <translation>Conocimientos y habilidades</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Liderazgo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Low income areas</source>
        <translation>Zonas de bajos ingresos</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Managerial</source>
        <translation>Gerencial</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mission &amp; strategy</source>
        <translation>Misión y estrategia</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Non-revenue water</source>
        <translation>Agua no facturada</translation>
    </message>
    <message>
        <source>North–south</source>
        <translation>Norte–Sur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>On-the-job training</source>
        <translation>Capacitación en el puesto de trabajo</translation>
    </message>
    <message>
        <source>Operation &amp; maintenance</source>
        <translation>Operación y mantenimiento</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organizacional</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Peer-to-peer problem solving</source>
        <translation>Resolución de problemas entre pares</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>Viáticos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Policy &amp; legal</source>
        <translation>Políticas y marco legal</translation>
    </message>
    <message>
        <source>Progress assessment</source>
        <translation>Evaluación de avances</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Remote session</source>
        <translation>Sesión a distancia</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Saneamiento</translation>
    </message>
    <message>
        <source>Sanitation extension</source>
        <translation>Ampliación del saneamiento</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>South–south</source>
        <translation>Sur–Sur</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Tiempo del personal</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Structuring &amp; mobilising</source>
        <translation>Estructuración y movilización</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaccional</translation>
    </message>
    <message>
        <source>Transformational</source>
        <translation>Transformacional</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Poco fiable</translation>
    </message>
    <message>
        <source>Wastewater</source>
        <translation>Aguas residuales</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Water safety &amp; quality</source>
        <translation>Seguridad y calidad del agua</translation>
    </message>
    <message>
        <source>Water supply extension</source>
        <translation>Ampliación del abastecimiento de agua</translation>
    </message>
    <message>
        <source>Work planning</source>
        <translation>Planificación del trabajo</translation>
    </message>
    <message>
        <source>Working routines</source>
        <translation>Rutinas de trabajo</translation>
    </message>
</context>
</TS>
