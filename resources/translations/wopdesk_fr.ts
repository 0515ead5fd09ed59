<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppContext</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s’est produite&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity assessment</source>
        <translation>Évaluation des capacités</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Expenses and contributions</source>
        <translation>Dépenses et contributions</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Learning log</source>
        <translation>Journal d’apprentissage</translation>
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
        <translation>Partenariat</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Cette page est en construction.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation>Visites de terrain</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Applied knowledge &amp; skills</source>
        <translation>Connaissances et compétences appliquées</translation>
    </message>
    <message>
        <source>Asset management</source>
        <translation>Gestion patrimoniale</translation>
    </message>
    <message>
        <source>Billing &amp; collection</source>
        <translation>Facturation et recouvrement</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>En numéraire</translation>
    </message>
    <message>
        <source>Catchment &amp; water resources</source>
        <translation>Bassin versant et ressources en eau</translation>
    </message>
    <message>
        <source>Climate resilience</source>
        <translation>Résilience climatique</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Closing (continue, expand or close)</source>
        <translation>Clôture (poursuivre, étendre ou clore)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service à la clientèle</translation>
    </message>
    <message>
        <source>Demand management</source>
        <translation>Gestion de la demande</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Energy efficiency</source>
        <translation>Efficacité énergétique</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Exposure / study visit</source>
        <translation>Visite d’échange / voyage d’étude</translation>
    </message>
    <message>
        <source>External resources</source>
        <translation>Ressources externes</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyennement fiable</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Financial management</source>
        <translation>Gestion financière</translation>
    </message>
    <message>
        <source>Formal course</source>
        <translation>Formation formelle</translation>
    </message>
    <message>
        <source>Gender &amp; social inclusion</source>
        <translation>Genre et inclusion sociale</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>HR &amp; organisational development</source>
        <translation>RH et développement organisationnel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Plus élevé</translation>
    </message>
    <message>
        <source>IT &amp; GIS</source>
        <translation>Informatique et SIG</translation>
    </message>
    <message>
        <source>Implementation &amp; peer support</source>
        <translation>Mise en œuvre et appui entre pairs</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Infrastructure &amp; equipment</source>
        <translation>Infrastructures et équipements</translation>
    </message>
    <message>
        <source>Joint planning &amp; work</source>
        <translation>Planification et travail conjoints</translation>
    </message>
    <message>
        <source>Knowledge &amp; skills</source>
        <translation>Connaissances et compétences</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Low income areas</source>
        <translation>Quartiers à faibles revenus</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Plus bas</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Managerial</source>
        <translation>Managérial</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mission &amp; strategy</source>
        <translation>Mission et stratégie</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Non-revenue water</source>
        <translation>Eau non facturée</translation>
    </message>
    <message>
        <source>North–south</source>
        <translation>Nord–Sud</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>On-the-job training</source>
        <translation>Formation en situation de travail</translation>
    </message>
    <message>
        <source>Operation &amp; maintenance</source>
        <translation>Exploitation et maintenance</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisationnel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Peer-to-peer problem solving</source>
        <translation>Résolution de problèmes entre pairs</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>Per diem</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Policy &amp; legal</source>
        <translation>Politiques et cadre juridique</translation>
    </message>
    <message>
        <source>Progress assessment</source>
        <translation>Évaluation des progrès</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Remote session</source>
        <translation>Session à distance</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Assainissement</translation>
    </message>
    <message>
        <source>Sanitation extension</source>
        <translation>Extension de l’assainissement</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>South–south</source>
        <translation>Sud–Sud</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Temps du personnel</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Structuring &amp; mobilising</source>
        <translation>Structuration et mobilisation</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transactionnel</translation>
    </message>
    <message>
        <source>Transformational</source>
        <translation>Transformationnel</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Peu fiable</translation>
    </message>
    <message>
        <source>Wastewater</source>
        <translation>Eaux usées</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Water safety &amp; quality</source>
        <translation>Sécurité sanitaire et qualité de l’eau</translation>
    </message>
    <message>
        <source>Water supply extension</source>
        <translation>Extension de l’approvisionnement en eau</translation>
    </message>
    <message>
        <source>Work planning</source>
        <translation>Planification du travail</translation>
    </message>
    <message>
        <source>Working routines</source>
        <translation>Routines de travail</translation>
    </message>
</context>
</TS>
