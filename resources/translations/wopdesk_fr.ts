<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Back up all WOPdesk data</source>
        <translation>Sauvegarder toutes les données de WOPdesk</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Backing up to {0}…</source>
        <translation>Sauvegarde dans {0}…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Sauvegardé dans {0}.</translation>
    </message>
    <message>
        <source>Restore a WOPdesk backup</source>
        <translation>Restaurer une sauvegarde de WOPdesk</translation>
    </message>
    <message>
        <source>no partnership</source>
        <translation>aucun partenariat</translation>
    </message>
    <message>
        <source>Restore {0}?</source>
        <translation>Restaurer {0} ?</translation>
    </message>
    <message>
        <source>It holds: {0}.</source>
        <translation>Elle contient : {0}.</translation>
    </message>
    <message>
        <source>Last change in it: {0}.</source>
        <translation>Dernière modification : {0}.</translation>
    </message>
    <message>
        <source>It replaces everything in WOPdesk now ({0}), with changes not yet synced.</source>
        <translation>Elle remplace tout ce que WOPdesk contient maintenant ({0}), y compris les modifications pas encore synchronisées.</translation>
    </message>
    <message>
        <source>What is there now is first kept in an automatic backup (wopdesk backups lists them).</source>
        <translation>Ce qui s’y trouve maintenant est d’abord gardé dans une sauvegarde automatique (wopdesk backups les liste).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>Restauration de {0}…</translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation>{0} restaurée.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Choose a partnership first.</source>
        <translation>Choisissez d’abord un partenariat.</translation>
    </message>
    <message>
        <source>Nobody takes part in this partnership yet.</source>
        <translation>Personne ne participe encore à ce partenariat.</translation>
    </message>
    <message>
        <source>Print learning record</source>
        <translation>Imprimer le relevé d’apprentissage</translation>
    </message>
    <message>
        <source>Whose learning record?</source>
        <translation>Le relevé d’apprentissage de qui ?</translation>
    </message>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Exportation vers {0}…</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exporté vers {0}.</translation>
    </message>
    <message>
        <source>Save a template for importing readings</source>
        <translation>Enregistrer un modèle pour importer des relevés</translation>
    </message>
    <message>
        <source>Template saved to {0}.</source>
        <translation>Modèle enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Import indicator readings</source>
        <translation>Importer des relevés d’indicateurs</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} cannot be imported; nothing was written.</source>
        <translation>{0} ne peut pas être importé ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}.</source>
        <translation>Rien n’a été importé de {0}.</translation>
    </message>
    <message>
        <source>Nothing to import: every reading in {0} is already here.</source>
        <translation>Rien à importer : tous les relevés de {0} sont déjà là.</translation>
    </message>
    <message>
        <source>Imported {0}. {1}</source>
        <translation>{0} importé. {1}</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation>— aucun axe —</translation>
    </message>
    <message>
        <source>Serves the output</source>
        <translation>Sert le produit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Monnaie du coût</translation>
    </message>
    <message>
        <source>From diagnosis finding</source>
        <translation>Issue du constat de diagnostic</translation>
    </message>
    <message>
        <source>{0} (deleted)</source>
        <translation>{0} (supprimé)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>From site visit</source>
        <translation>Issue de la visite technique</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s’est produite&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ApprovalEditor</name>
    <message>
        <source>Approved for</source>
        <translation>Approuvé pour</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>le mentor</translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation>le mentoré</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Approve the progress record</source>
        <translation>Approuver le bilan d’avancement</translation>
    </message>
    <message>
        <source>Choose who approves.</source>
        <translation>Choisissez qui approuve.</translation>
    </message>
</context>
<context>
    <name>BudgetLineEditor</name>
    <message>
        <source>Pays for</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Funder or partner</source>
        <translation>Bailleur ou partenaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Budgétée</translation>
    </message>
    <message>
        <source>In kind (staff time, equipment lent), not cash</source>
        <translation>En nature (temps de personnel, matériel prêté), pas en espèces</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>— whole partnership —</source>
        <translation>— tout le partenariat —</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Degree of change</source>
        <translation>Degré de changement</translation>
    </message>
    <message>
        <source>−2 much worse · 0 no change · +2 much better</source>
        <translation>−2 nettement moins bien · 0 aucun changement · +2 nettement mieux</translation>
    </message>
    <message>
        <source>WOP contribution</source>
        <translation>Apport du WOP</translation>
    </message>
    <message>
        <source>0 none · 1 some · 2 decisive</source>
        <translation>0 nul · 1 partiel · 2 décisif</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs favorables</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity assessment</source>
        <translation>Évaluation des capacités</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>WOP contribution</source>
        <translation>Apport du WOP</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs favorables</translation>
    </message>
    <message>
        <source>Capacity went down in this dimension.</source>
        <translation>Les capacités ont reculé dans cette dimension.</translation>
    </message>
    <message>
        <source>Selected assessment</source>
        <translation>Évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Degree of change from −2 to +2 and the WOP&apos;s contribution from 0 to 2, per capacity dimension, as judged by the partners.</source>
        <translation>Degré de changement de −2 à +2 et apport du WOP de 0 à 2, par dimension des capacités, selon l’appréciation des partenaires.</translation>
    </message>
    <message>
        <source>{0} ({1}): change {2}, WOP contribution {3}</source>
        <translation>{0} ({1})&#xa0;: évolution {2}, apport du WOP {3}</translation>
    </message>
    <message>
        <source>the assessment of “{0}”</source>
        <translation>l’évaluation «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConflictSide</name>
    <message>
        <source>Keep this</source>
        <translation>Garder cette valeur</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Par {0}</translation>
    </message>
    <message>
        <source>By {0}, {1}</source>
        <translation>Par {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while offline, </source>
        <translation>Aucun conflit. Quand deux personnes modifient le même champ hors ligne, </translation>
    </message>
    <message>
        <source>the value that lost appears here so you can choose.</source>
        <translation>la valeur écartée apparaît ici pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>Value in use now</source>
        <translation>Valeur actuellement retenue</translation>
    </message>
    <message>
        <source>Value set aside by sync</source>
        <translation>Valeur mise de côté par la synchronisation</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Fusionner à la main</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation>Garder le texte fusionné</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>deleted on one side, edited on the other</source>
        <translation>supprimé d’un côté, modifié de l’autre</translation>
    </message>
    <message>
        <source>field: {0}</source>
        <translation>champ : {0}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Not deleted (edited)</source>
        <translation>Non supprimé (modifié)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{0}: two people changed {1} at the same time.</source>
        <translation>{0} : deux personnes ont modifié {1} en même temps.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Conflit résolu.</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>Partner utility</source>
        <translation>Opérateur partenaire</translation>
    </message>
    <message>
        <source>— a donor or other body —</source>
        <translation>— un bailleur ou un autre organisme —</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Received so far</source>
        <translation>Reçu à ce jour</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CreatingPicker</name>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
</context>
<context>
    <name>CurrencyField</name>
    <message>
        <source>Code or name, e.g. XOF or franc CFA</source>
        <translation>Code ou nom, p. ex. XOF ou franc CFA</translation>
    </message>
</context>
<context>
    <name>CycleCard</name>
    <message>
        <source>Good practice for this phase</source>
        <translation>Bonnes pratiques de cette phase</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Record a mentoring pair…</source>
        <translation>Enregistrer un binôme de mentorat…</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Historique des phases</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Binômes de mentorat</translation>
    </message>
    <message>
        <source>Good practice for this phase: {0}</source>
        <translation>Bonnes pratiques de cette phase&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>No phase change recorded yet.</source>
        <translation>Aucun changement de phase enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>{0} → {1}: {2} since {3}</source>
        <translation>{0} → {1}&#xa0;: {2} depuis le {3}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} practices ticked</source>
        <translation>{0} pratiques cochées sur {1}</translation>
    </message>
    <message>
        <source>Delete this mentoring pair?</source>
        <translation>Supprimer ce binôme de mentorat ?</translation>
    </message>
    <message>
        <source>Delete this phase change from the history?</source>
        <translation>Supprimer ce changement de phase de l’historique ?</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-JJ (facultatif)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick a date (F4)</source>
        <translation>Choisir une date (F4)</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>{0}&#xa0;: ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>Nouveau constat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Add action for this finding…</source>
        <translation>Ajouter une action pour ce constat…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tous les axes</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause profonde</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorité haute</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Constat sélectionné</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Found on visit</source>
        <translation>Relevé lors de la visite</translation>
    </message>
    <message>
        <source>{0} findings · {1} high priority · {2} without an action yet</source>
        <translation>Constats&#xa0;: {0} · priorité haute&#xa0;: {1} · encore sans action&#xa0;: {2}</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>pas encore validé</translation>
    </message>
    <message>
        <source>the finding “{0}”</source>
        <translation>le constat «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Joindre un document…</translation>
    </message>
    <message>
        <source>Attach a PDF, a spreadsheet or a text document (up to {0} MB)</source>
        <translation>Joindre un PDF, un tableur ou un document texte (jusqu’à {0} Mo)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected document in its usual program</source>
        <translation>Ouvrir le document sélectionné dans son programme habituel</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>Enregistrez la fiche avant d’y joindre des documents.</translation>
    </message>
    <message>
        <source>{0} ({1} KB)</source>
        <translation>{0} ({1} Ko)</translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation>Double-cliquez pour ouvrir {0}</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Documents ({0});;All files (*)</source>
        <translation>Documents ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select the document to open first.</source>
        <translation>Sélectionnez d’abord le document à ouvrir.</translation>
    </message>
    <message>
        <source>No program on this computer opens {0}.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre {0}.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>WOPdesk: unexpected error</source>
        <translation>WOPdesk : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong and WOPdesk could not finish what it was doing ({0}). What you saved before is safe; you can continue, or quit and start WOPdesk again.</source>
        <translation>Un problème est survenu et WOPdesk n’a pas pu terminer ce qu’il faisait ({0}). Ce que vous avez enregistré auparavant est en sécurité ; vous pouvez continuer, ou quitter et relancer WOPdesk.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Save a problem report…</source>
        <translation>Enregistrer un rapport de problème…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Quit WOPdesk</source>
        <translation>Quitter WOPdesk</translation>
    </message>
</context>
<context>
    <name>ExchangeRateEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>One unit of</source>
        <translation>Une unité de</translation>
    </message>
    <message>
        <source>Is worth, in</source>
        <translation>Vaut, en</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the rate was read: a central bank, the funder&apos;s agreement…</source>
        <translation>Où le taux a été lu : une banque centrale, la convention du bailleur…</translation>
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>In kind (staff time, equipment lent), not cash</source>
        <translation>En nature (temps de personnel, matériel prêté), pas en espèces</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>— outside the budget lines —</source>
        <translation>— hors lignes budgétaires —</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>What to export from {0}?</source>
        <translation>Que faut-il exporter de {0} ?</translation>
    </message>
    <message>
        <source>All tables (a workbook, or one CSV file per table)</source>
        <translation>Toutes les tables (un classeur, ou un fichier CSV par table)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per table (*.csv)</source>
        <translation>Fichiers CSV, un par tableau (*.csv)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook, with the partnership&apos;s utilities and indicator codes (*.xlsx)</source>
        <translation>Classeur Excel, avec les opérateurs et les codes d’indicateurs du partenariat (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Expenses and contributions</source>
        <translation>Dépenses et contributions</translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation>Nouvelle dépense…</translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation>Nouvelle contribution…</translation>
    </message>
    <message>
        <source>New budget line…</source>
        <translation>Nouvelle ligne budgétaire…</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Budget (cash budget lines)</source>
        <translation>Budget (lignes budgétaires en espèces)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>en nature</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>1 {0} = {1} {2}</source>
        <translation>1 {0} = {1} {2}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Remaining: {0}</source>
        <translation>Reste : {0}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>The cash budget lines of each funder, in the partnership currency, converted with the latest rate.</source>
        <translation>Les lignes budgétaires en espèces de chaque bailleur, dans la devise du partenariat, converties au dernier taux.</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Par bailleur</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Also spent on this line, with no exchange rate to {0}: {1}.</source>
        <translation>Aussi dépensé sur cette ligne, sans taux de change vers {0} : {1}.</translation>
    </message>
    <message>
        <source>{0} % of the partnership&apos;s planned time has passed.</source>
        <translation>{0} % de la durée prévue du partenariat est écoulée.</translation>
    </message>
    <message>
        <source>Give the partnership its planned dates to compare spending with time.</source>
        <translation>Donnez au partenariat ses dates prévues pour comparer les dépenses au temps écoulé.</translation>
    </message>
    <message>
        <source>In cash; {0} more budgeted in kind</source>
        <translation>En espèces ; {0} de plus budgétés en nature</translation>
    </message>
    <message>
        <source>{0} · in kind, not money: {1}</source>
        <translation>{0} · en nature, hors argent : {1}</translation>
    </message>
    <message>
        <source>{0} % of the budget</source>
        <translation>{0} % du budget</translation>
    </message>
    <message>
        <source>no budget yet</source>
        <translation>pas encore de budget</translation>
    </message>
    <message>
        <source>Over budget.</source>
        <translation>Budget dépassé.</translation>
    </message>
    <message>
        <source>Still available.</source>
        <translation>Encore disponible.</translation>
    </message>
    <message>
        <source>All amounts in {0}, the partnership currency.</source>
        <translation>Tous les montants en {0}, la monnaie du partenariat.</translation>
    </message>
    <message>
        <source>Spent includes {0}, converted at the rate of each expense&apos;s date.</source>
        <translation>Les dépenses comprennent {0}, convertis au taux de la date de chaque dépense.</translation>
    </message>
    <message>
        <source>Not converted, so not counted above: {0} (no exchange rate on or before their date; add one under Exchange rates).</source>
        <translation>Non convertis, donc non comptés ci-dessus : {0} (aucun taux de change à leur date ou avant ; ajoutez-en un sous Taux de change).</translation>
    </message>
    <message>
        <source>the budget line {0}</source>
        <translation>la ligne budgétaire {0}</translation>
    </message>
    <message>
        <source>the exchange rate {0}</source>
        <translation>le taux de change {0}</translation>
    </message>
    <message>
        <source>the expense of {0}</source>
        <translation>la dépense du {0}</translation>
    </message>
    <message>
        <source>the contribution of {0}</source>
        <translation>la contribution de {0}</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation>— aucun axe —</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause profonde</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Agreed by both partners on</source>
        <translation>Validé par les deux partenaires le</translation>
    </message>
    <message>
        <source>Found on site visit</source>
        <translation>Relevé lors de la visite technique</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to WOPdesk</source>
        <translation>Bienvenue dans WOPdesk</translation>
    </message>
    <message>
        <source>WOPdesk keeps the record of a Water Operators&apos; Partnership on this computer: site visits, the diagnosis and work plan, learning, indicators and money. It works without a network.</source>
        <translation>WOPdesk conserve sur cet ordinateur le suivi d’un partenariat entre opérateurs d’eau (WOP)&#xa0;: visites techniques, diagnostic et plan de travail, apprentissage, indicateurs et finances. Il fonctionne sans réseau.</translation>
    </message>
    <message>
        <source>Create a partnership…</source>
        <translation>Créer un partenariat…</translation>
    </message>
    <message>
        <source>Open the demo partnership</source>
        <translation>Ouvrir le partenariat de démonstration</translation>
    </message>
    <message>
        <source>The demo holds two made-up partnerships between real utilities, in Burkina Faso and in India; you can delete them later or keep them to practise.</source>
        <translation>La démonstration contient deux partenariats fictifs entre de vrais opérateurs, au Burkina Faso et en Inde&#x202f;; vous pourrez les supprimer plus tard ou les garder pour vous exercer.</translation>
    </message>
    <message>
        <source>Creating the demo partnership…</source>
        <translation>Création du partenariat de démonstration…</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Record review…</source>
        <translation>Enregistrer une revue…</translation>
    </message>
    <message>
        <source>One partner scores how the partnership works, item by item</source>
        <translation>Un partenaire note le fonctionnement du partenariat, critère par critère</translation>
    </message>
    <message>
        <source>Edit review…</source>
        <translation>Modifier la revue…</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Supprimer la revue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Notée par</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Critères notés</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Latest review of each partner, average per item</source>
        <translation>Dernière revue de chaque partenaire, moyenne par critère</translation>
    </message>
    <message>
        <source>No review yet: each partner records its own.</source>
        <translation>Aucune revue pour l’instant&#xa0;: chaque partenaire enregistre la sienne.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>no review yet</source>
        <translation>pas encore de revue</translation>
    </message>
    <message>
        <source>the health review of {0} by the {1}</source>
        <translation>la revue de santé du {0} par le {1}</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Supprimer {0}&#x202f;?</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Périodes de rapport</translation>
    </message>
    <message>
        <source>Partnership health</source>
        <translation>Santé du partenariat</translation>
    </message>
</context>
<context>
    <name>HealthReviewEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Notée par</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Période examinée</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>General comment</source>
        <translation>Commentaire général</translation>
    </message>
    <message>
        <source>New partnership health review</source>
        <translation>Nouvelle revue de santé du partenariat</translation>
    </message>
    <message>
        <source>Partnership health review</source>
        <translation>Revue de santé du partenariat</translation>
    </message>
    <message>
        <source>Score at least one item.</source>
        <translation>Notez au moins un critère.</translation>
    </message>
</context>
<context>
    <name>HoursBars</name>
    <message>
        <source>{0}: {1} h</source>
        <translation>{0}&#xa0;: {1} h</translation>
    </message>
    <message>
        <source>total {0} h</source>
        <translation>total {0} h</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import indicator readings</source>
        <translation>Importer des relevés d’indicateurs</translation>
    </message>
    <message>
        <source>Import {0}?</source>
        <translation>Importer {0} ?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Replace recorded values</source>
        <translation>Remplacer les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Rows whose value differs from the reading already recorded for the same utility, indicator and period replace it; unticked, they are skipped.</source>
        <translation>Les lignes dont la valeur diffère du relevé déjà enregistré pour le même opérateur, indicateur et période le remplacent ; décoché, elles sont ignorées.</translation>
    </message>
    <message>
        <source>Every row has a problem or is already here: there is nothing to import.</source>
        <translation>Chaque ligne a un problème ou est déjà présente : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>Rows in red have a problem and will not be imported; the others are written together when you press Import.</source>
        <translation>Les lignes en rouge ont un problème et ne seront pas importées ; les autres sont enregistrées ensemble quand vous appuyez sur Importer.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Code de l’indicateur</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>À l’import</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Already there, unchanged: skipped</source>
        <translation>Déjà présent, inchangé : ignoré</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Formula in words</source>
        <translation>Formule en toutes lettres</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valeur repère</translation>
    </message>
    <message>
        <source>Benchmark source</source>
        <translation>Source de la valeur repère</translation>
    </message>
    <message>
        <source>Lowest valid value</source>
        <translation>Valeur valide la plus basse</translation>
    </message>
    <message>
        <source>Highest valid value</source>
        <translation>Valeur valide la plus haute</translation>
    </message>
    <message>
        <source>Indicator: the highest valid value ({0}) is below the lowest ({1}).</source>
        <translation>Indicateur&#xa0;: la valeur valide la plus haute ({0}) est inférieure à la plus basse ({1}).</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>New reading…</source>
        <translation>Nouveau relevé…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Nouvel indicateur…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The data behind this reading is unreliable.</source>
        <translation>Les données de ce relevé sont peu fiables.</translation>
    </message>
    <message>
        <source>Against baseline, target and benchmark</source>
        <translation>Par rapport à la référence, à la cible et à la valeur repère</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valeur repère</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Dernier relevé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Value ({0})</source>
        <translation>Valeur ({0})</translation>
    </message>
    <message>
        <source>{0}  by {1}</source>
        <translation>{0}  d’ici le {1}</translation>
    </message>
    <message>
        <source>{0} · {1} · valid range {2}</source>
        <translation>{0} · {1} · plage valide {2}</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>toute valeur</translation>
    </message>
    <message>
        <source>Choose a utility and an indicator.</source>
        <translation>Choisissez un opérateur et un indicateur.</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>Aucun relevé pour l’instant.</translation>
    </message>
    <message>
        <source>Not linked to an improvement track: no baseline or target.</source>
        <translation>Non rattaché à un axe d’amélioration&#xa0;: ni référence ni cible.</translation>
    </message>
    <message>
        <source>Better than the baseline.</source>
        <translation>Meilleur que la référence.</translation>
    </message>
    <message>
        <source>Not better than the baseline.</source>
        <translation>Pas meilleur que la référence.</translation>
    </message>
    <message>
        <source>Target reached.</source>
        <translation>Cible atteinte.</translation>
    </message>
    <message>
        <source>Target not reached yet.</source>
        <translation>Cible pas encore atteinte.</translation>
    </message>
    <message>
        <source>the reading of {0}</source>
        <translation>le relevé du {0}</translation>
    </message>
</context>
<context>
    <name>ItemScoreField</name>
    <message>
        <source>— not scored —</source>
        <translation>— non noté —</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>✓ Target reached</source>
        <translation>✓ Cible atteinte</translation>
    </message>
    <message>
        <source>● On track</source>
        <translation>● En bonne voie</translation>
    </message>
    <message>
        <source>▲ Behind plan</source>
        <translation>▲ En retard</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Aucun relevé</translation>
    </message>
    <message>
        <source>◌ No recent reading</source>
        <translation>◌ Pas de relevé récent</translation>
    </message>
</context>
<context>
    <name>LearningEditor</name>
    <message>
        <source>New learning entry</source>
        <translation>Nouvelle entrée d’apprentissage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Ce qui a été appris</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Niveau avant</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>Niveau après</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation>Mise en application</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Appliqué le</translation>
    </message>
    <message>
        <source>Verified by mentor</source>
        <translation>Vérifié par le mentor</translation>
    </message>
    <message>
        <source>The mentor who checked that the learning is applied at work</source>
        <translation>Le mentor qui a vérifié que l’apprentissage est appliqué au travail</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>Enregistrer cette entrée (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Enregistrer et &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this entry (Edit › Undo takes it back)</source>
        <translation>Supprimer cette entrée (Édition › Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Empty: the sum of the counts below, or the named trainees</source>
        <translation>Vide&#xa0;: la somme des nombres ci-dessous, ou les apprenants nommés</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Heures-personnes</translation>
    </message>
    <message>
        <source>{0} ({1} participants × {2} h)</source>
        <translation>{0} ({1} participants × {2} h)</translation>
    </message>
    <message>
        <source>Learning entry</source>
        <translation>Entrée d’apprentissage</translation>
    </message>
    <message>
        <source>Unsaved typing restored.</source>
        <translation>Saisie non enregistrée restaurée.</translation>
    </message>
    <message>
        <source>Delete the learning entry “{0}”?</source>
        <translation>Supprimer l’entrée d’apprentissage « {0} » ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Form of learning</source>
        <translation>Modalité d’apprentissage</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Toutes les modalités</translation>
    </message>
    <message>
        <source>Filter by topic, competency or evidence</source>
        <translation>Filtrer par thème, compétence ou preuve</translation>
    </message>
    <message>
        <source>Filter the learning log</source>
        <translation>Filtrer le journal d’apprentissage</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Log a learning activity (Ctrl+N)</source>
        <translation>Consigner une activité d’apprentissage (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hours, person-hours and people by sex</source>
        <translation>Heures, heures-personnes et personnes par sexe</translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation>Journal d’apprentissage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Participants × hours; a cell&apos;s tip gives the people by sex</source>
        <translation>Participants × heures&#xa0;; l’info-bulle d’une cellule donne les personnes par sexe</translation>
    </message>
    <message>
        <source>{0} participants × {1} h: {2} women, {3} men, {4} not stated</source>
        <translation>{0} participants × {1} h&#xa0;: {2} femmes, {3} hommes, {4} non précisé</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Heures-personnes</translation>
    </message>
    <message>
        <source>Competency (level)</source>
        <translation>Compétence (niveau)</translation>
    </message>
    <message>
        <source>Verified by a mentor</source>
        <translation>Vérifié par un mentor</translation>
    </message>
    <message>
        <source>{0} hours, {1} person-hours · {2} participants: {3} women, {4} men, {5} not stated</source>
        <translation>{0} heures, {1} heures-personnes · {2} participants&#xa0;: {3} femmes, {4} hommes, {5} non précisé</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entrées</translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <source>mean change</source>
        <translation>évolution moyenne</translation>
    </message>
    <message>
        <source>mean WOP contribution</source>
        <translation>apport moyen du WOP</translation>
    </message>
    <message>
        <source>Dimensions assessed: {0}</source>
        <translation>Dimensions évaluées&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>LevelCombo</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 · novice</source>
        <translation>1 · novice</translation>
    </message>
    <message>
        <source>2 · beginner</source>
        <translation>2 · débutant</translation>
    </message>
    <message>
        <source>3 · competent</source>
        <translation>3 · compétent</translation>
    </message>
    <message>
        <source>4 · proficient</source>
        <translation>4 · confirmé</translation>
    </message>
    <message>
        <source>5 · expert</source>
        <translation>5 · expert</translation>
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
    <message>
        <source>You are</source>
        <translation>Vous êtes</translation>
    </message>
    <message>
        <source>Who uses WOPdesk on this computer (used for defaults)</source>
        <translation>Qui utilise WOPdesk sur cet ordinateur (sert aux valeurs par défaut)</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Partenariat</translation>
    </message>
    <message>
        <source>&amp;You are</source>
        <translation>&amp;Vous êtes</translation>
    </message>
    <message>
        <source>WOPdesk could not finish opening your data: {0}.</source>
        <translation>WOPdesk n’a pas pu finir d’ouvrir vos données&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Print &amp;progress report…</source>
        <translation>Imprimer le rapport d’&amp;avancement…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Export to spreadsheet…</source>
        <translation>&amp;Exporter vers un tableur…</translation>
    </message>
    <message>
        <source>&amp;Import indicator readings…</source>
        <translation>&amp;Importer des relevés d’indicateurs…</translation>
    </message>
    <message>
        <source>Save a readings te&amp;mplate…</source>
        <translation>Enregistrer un &amp;modèle de relevés…</translation>
    </message>
    <message>
        <source>Your data is still being opened.</source>
        <translation>Vos données sont encore en cours d’ouverture.</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>{0}  ({1})</source>
        <translation>{0}  ({1})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvel enregistrement</translation>
    </message>
    <message>
        <source>Start a new record on this page (Ctrl+N)</source>
        <translation>Commencer un nouvel enregistrement sur cette page (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the record being edited (Ctrl+S)</source>
        <translation>Enregistrer la fiche en cours de modification (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About WOPdesk</source>
        <translation>À &amp;propos de WOPdesk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Print &amp;learning record…</source>
        <translation>Imprimer le relevé d’&amp;apprentissage…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language: {0}. It applies the next time WOPdesk starts.</source>
        <translation>Langue&#xa0;: {0}. Elle s’appliquera au prochain démarrage de WOPdesk.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>Choose a partnership first.</source>
        <translation>Choisissez d’abord un partenariat.</translation>
    </message>
    <message>
        <source>WOPdesk stopped unexpectedly the last time it ran. Help › Report a problem saves the details for whoever supports you.</source>
        <translation>WOPdesk s’est arrêté de façon inattendue lors de sa dernière exécution. Aide › Signaler un problème enregistre les détails pour la personne qui vous assiste.</translation>
    </message>
    <message>
        <source>About WOPdesk</source>
        <translation>À propos de WOPdesk</translation>
    </message>
    <message>
        <source>WOPdesk keeps the record of Water Operators&apos; Partnerships, offline first.

Shortcuts: Ctrl+1…9 and Ctrl+0 pages, Ctrl+F search, Ctrl+N new record, Ctrl+S save.</source>
        <translation>WOPdesk tient le suivi des partenariats entre opérateurs d’eau (WOP), d’abord hors ligne.

Raccourcis&#xa0;: Ctrl+1…9 et Ctrl+0 pages, Ctrl+F rechercher, Ctrl+N nouvel enregistrement, Ctrl+S enregistrer.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>— choose a person —</source>
        <translation>— choisir une personne —</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Member: this person is already a member; change their role instead.</source>
        <translation>Membre&#xa0;: cette personne est déjà membre&#x202f;; modifiez plutôt son rôle.</translation>
    </message>
</context>
<context>
    <name>MentoringPairEditor</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Phase of the relationship</source>
        <translation>Phase de la relation</translation>
    </message>
    <message>
        <source>Orientation, the middle period, then dissolving (after a year or two).</source>
        <translation>Orientation, période intermédiaire, puis dissolution (après un an ou deux).</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mentoring pair</source>
        <translation>Binôme de mentorat</translation>
    </message>
    <message>
        <source>Mentoring pair: the mentor and the mentee must be two people.</source>
        <translation>Binôme de mentorat&#xa0;: le mentor et le mentoré doivent être deux personnes différentes.</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>One milestone a year at most, between the baseline and the target dates.</source>
        <translation>Un jalon par an au plus, entre la date de référence et la date cible.</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Retirer le jalon</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Date du jalon</translation>
    </message>
    <message>
        <source>Milestone value</source>
        <translation>Valeur du jalon</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
</context>
<context>
    <name>OutputEditor</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation>— aucun axe —</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What shows it is delivered: a report, minutes, a map handed over…</source>
        <translation>Ce qui montre qu’il est livré&#xa0;: un rapport, un procès-verbal, une carte remise…</translation>
    </message>
</context>
<context>
    <name>OutputsPanel</name>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>New output…</source>
        <translation>Nouveau produit…</translation>
    </message>
    <message>
        <source>Edit output…</source>
        <translation>Modifier le produit…</translation>
    </message>
    <message>
        <source>Delete output</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <source>Selected output</source>
        <translation>Produit sélectionné</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Actions serving it</source>
        <translation>Actions qui y concourent</translation>
    </message>
    <message>
        <source>no evidence recorded yet</source>
        <translation>aucune preuve enregistrée</translation>
    </message>
    <message>
        <source>Delivered on {0}: {1}</source>
        <translation>Livré le {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, due {2}</source>
        <translation>{0} — {1}, échéance {2}</translation>
    </message>
    <message>
        <source>No action serves this output yet.</source>
        <translation>Aucune action ne concourt encore à ce produit.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{0}%</source>
        <translation>{0}&#x202f;%</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Choose or create a partnership to see its overview.</source>
        <translation>Choisissez ou créez un partenariat pour en voir la vue d’ensemble.</translation>
    </message>
    <message>
        <source>Indicators against baseline and target</source>
        <translation>Indicateurs par rapport à la référence et à la cible</translation>
    </message>
    <message>
        <source>No indicators linked yet: link them to an improvement track on the Partnerships page, with a baseline and a target.</source>
        <translation>Aucun indicateur rattaché pour l’instant&#xa0;: rattachez-les à un axe d’amélioration sur la page Partenariats, avec une référence et une cible.</translation>
    </message>
    <message>
        <source>Work plan actions</source>
        <translation>Actions du plan de travail</translation>
    </message>
    <message>
        <source>Open the work plan</source>
        <translation>Ouvrir le plan de travail</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>Ouvrir la visite</translation>
    </message>
    <message>
        <source>Learning hours by form</source>
        <translation>Heures d’apprentissage par modalité</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> · planned {0} to {1}</source>
        <translation> · prévu du {0} au {1}</translation>
    </message>
    <message>
        <source>Mentor: {0}  →  Mentee: {1} · {2}{3}</source>
        <translation>Mentor&#xa0;: {0}  →  Mentoré&#xa0;: {1} · {2}{3}</translation>
    </message>
    <message>
        <source>Progress report {0}: {1}, approved by both partners</source>
        <translation>Rapport d’avancement {0} : {1}, approuvé par les deux partenaires</translation>
    </message>
    <message>
        <source>Progress report {0}: {1}, not approved yet</source>
        <translation>Rapport d’avancement {0} : {1}, pas encore approuvé</translation>
    </message>
    <message>
        <source>{0} hours in total</source>
        <translation>{0} heures au total</translation>
    </message>
    <message>
        <source>{0} person-hours · {1} participants: {2} women, {3} men, {4} not stated</source>
        <translation>{0} heures-personnes · {1} participants&#xa0;: {2} femmes, {3} hommes, {4} non précisé</translation>
    </message>
    <message>
        <source>{0} open · {1} overdue</source>
        <translation>Non terminées&#xa0;: {0} · en retard&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>• {0} — {1}, due {2}</source>
        <translation>• {0} — {1}, échéance {2}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>En retard&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>{0}
{1} to {2} · {3}</source>
        <translation>{0}
du {1} au {2} · {3}</translation>
    </message>
    <message>
        <source>Next visit agreed for {0}; not planned in WOPdesk yet.</source>
        <translation>Prochaine visite convenue pour le {0}&#x202f;; pas encore planifiée dans WOPdesk.</translation>
    </message>
    <message>
        <source>Plan the visit</source>
        <translation>Planifier la visite</translation>
    </message>
    <message>
        <source>No visit planned.</source>
        <translation>Aucune visite prévue.</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Planifier une visite</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} sur {1} {2}</translation>
    </message>
    <message>
        <source>{0} {1} left</source>
        <translation>Reste {0} {1}</translation>
    </message>
    <message>
        <source>Over budget by {0} {1}</source>
        <translation>Budget dépassé de {0} {1}</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>pas de budget</translation>
    </message>
    <message>
        <source>No budget recorded yet: add budget lines under Expenses and contributions.</source>
        <translation>Aucun budget enregistré : ajoutez des lignes budgétaires sous Dépenses et contributions.</translation>
    </message>
    <message>
        <source>Also spent, with no exchange rate to {0}, not added: {1}.</source>
        <translation>Aussi dépensé, sans taux de change vers {0}, non ajouté : {1}.</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation>Opérateur mentor</translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation>Opérateur mentoré</translation>
    </message>
    <message>
        <source>— choose a utility —</source>
        <translation>— choisir un opérateur —</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Périodes de rapport</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Totals are in this currency: amounts in another one are converted at the exchange rate of their date, or shown apart when there is none.</source>
        <translation>Les totaux sont dans cette monnaie : les montants dans une autre sont convertis au taux de change de leur date, ou montrés à part s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Country or location</source>
        <translation>Pays ou lieu</translation>
    </message>
    <message>
        <source>Phase of the WOP cycle</source>
        <translation>Phase du cycle WOP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Code of conduct acknowledged on</source>
        <translation>Code de conduite reconnu le</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Partnership: the mentor and the mentee must be two different utilities.</source>
        <translation>Partenariat&#xa0;: le mentor et le mentoré doivent être deux opérateurs différents.</translation>
    </message>
    <message>
        <source>Phase changed on</source>
        <translation>Phase changée le</translation>
    </message>
    <message>
        <source>When the phase changes: today unless you give a date.</source>
        <translation>Quand la phase change&#xa0;: aujourd’hui, sauf si vous donnez une date.</translation>
    </message>
    <message>
        <source>Note on the phase change</source>
        <translation>Note sur le changement de phase</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sustainability measures</source>
        <translation>Mesures de durabilité</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>New partnership…</source>
        <translation>Nouveau partenariat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Work in this partnership</source>
        <translation>Travailler dans ce partenariat</translation>
    </message>
    <message>
        <source>Make it the partnership every page shows</source>
        <translation>En faire le partenariat affiché sur toutes les pages</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Improvement tracks</source>
        <translation>Axes d’amélioration</translation>
    </message>
    <message>
        <source>Utilities and people</source>
        <translation>Opérateurs et personnes</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>Mentor → mentoré</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Code de conduite</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Domaine d’intervention</translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation>Responsable côté mentor</translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation>Responsable côté mentoré</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Étape du changement</translation>
    </message>
    <message>
        <source>New track…</source>
        <translation>Nouvel axe…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyen de vérification</translation>
    </message>
    <message>
        <source>Link indicator…</source>
        <translation>Rattacher un indicateur…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Indicators of the selected track, with baseline and target</source>
        <translation>Indicateurs de l’axe sélectionné, avec référence et cible</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Record stage…</source>
        <translation>Enregistrer une étape…</translation>
    </message>
    <message>
        <source>Stage of change of the selected track, latest first</source>
        <translation>Étapes du changement de l’axe choisi, la plus récente en premier</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ville ou région</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Branchements</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>New utility…</source>
        <translation>Nouvel opérateur…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>{0} partnerships · {1} utilities · {2} people</source>
        <translation>Partenariats&#xa0;: {0} · opérateurs&#xa0;: {1} · personnes&#xa0;: {2}</translation>
    </message>
    <message>
        <source>No partnership yet: create the first one with New partnership.</source>
        <translation>Aucun partenariat pour l’instant&#xa0;: créez le premier avec Nouveau partenariat.</translation>
    </message>
    <message>
        <source>acknowledged on {0}</source>
        <translation>reconnu le {0}</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>pas encore reconnu</translation>
    </message>
    <message>
        <source>Remove {0} from this partnership?</source>
        <translation>Retirer {0} de ce partenariat&#x202f;?</translation>
    </message>
    <message>
        <source>the track “{0}”</source>
        <translation>l’axe «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>the link to {0}</source>
        <translation>le rattachement à {0}</translation>
    </message>
    <message>
        <source>the stage “{0}”</source>
        <translation>l’étape «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>— no utility —</source>
        <translation>— aucun opérateur —</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>— nobody —</source>
        <translation>— aucune personne —</translation>
    </message>
</context>
<context>
    <name>PhaseChangeEditor</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Commencée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
</context>
<context>
    <name>PhaseStrip</name>
    <message>
        <source>Current phase: {0}</source>
        <translation>Phase actuelle&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>Rien à afficher ici pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>WOPdesk will save a zip file with its logs and the versions of the program and the system, to send to whoever supports you. It holds no partnership data unless you tick the box below.</source>
        <translation>WOPdesk va enregistrer un fichier zip contenant ses journaux et les versions du programme et du système, à envoyer à la personne qui vous assiste. Il ne contient aucune donnée du partenariat, sauf si vous cochez la case ci-dessous.</translation>
    </message>
    <message>
        <source>Include my partnership data (every record and photo of this profile)</source>
        <translation>Inclure mes données de partenariat (tous les enregistrements et photos de ce profil)</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Enregistrer le rapport de problème</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Problem report saved to {0}.</source>
        <translation>Rapport de problème enregistré dans {0}.</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>Overall status</source>
        <translation>Appréciation d’ensemble</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Raison de cette appréciation</translation>
    </message>
    <message>
        <source>Required when the partnership is at risk or off track.</source>
        <translation>Obligatoire quand le partenariat est à risque ou hors trajectoire.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Progress record — {0}</source>
        <translation>Bilan d’avancement — {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>This record is approved and read-only. Reopen it to change anything.</source>
        <translation>Ce bilan est approuvé et en lecture seule. Rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Write record…</source>
        <translation>Rédiger le bilan…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>The progress report of the chosen period, previewed</source>
        <translation>Le rapport d’avancement de la période choisie, en aperçu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentor approval</source>
        <translation>Approbation du mentor</translation>
    </message>
    <message>
        <source>Mentee approval</source>
        <translation>Approbation du mentoré</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The partnership is at risk or off track in this period.</source>
        <translation>Le partenariat est à risque ou hors trajectoire pendant cette période.</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>Période sélectionnée</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Pas encore de bilan</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Reporting periods: {0}. One progress record per period, approved by a member of each partner; an approved record is read-only until reopened.</source>
        <translation>Périodes de rapport&#x202f;: {0}. Un bilan d’avancement par période, approuvé par un membre de chaque partenaire&#x202f;; un bilan approuvé est en lecture seule jusqu’à sa réouverture.</translation>
    </message>
    <message>
        <source>View record…</source>
        <translation>Voir le bilan…</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>Modifier le bilan…</translation>
    </message>
    <message>
        <source>Mentor: {0}
Mentee: {1}</source>
        <translation>Mentor&#x202f;: {0}
Mentoré&#x202f;: {1}</translation>
    </message>
    <message>
        <source>Reopen the record of {0}? Both approvals will be cleared.</source>
        <translation>Rouvrir le bilan de {0}&#x202f;? Les deux approbations seront effacées.</translation>
    </message>
    <message>
        <source>the progress record of {0}</source>
        <translation>le bilan d’avancement de {0}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>ReadingEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Période se terminant le</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>valid range {0}</source>
        <translation>plage valide {0}</translation>
    </message>
    <message>
        <source>Data confidence</source>
        <translation>Fiabilité des données</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Supprimés récemment</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Recently deleted records</source>
        <translation>Enregistrements supprimés récemment</translation>
    </message>
    <message>
        <source>Deleted records are kept for at least 30 days. Restoring one brings back what was deleted with it, on every computer after the next sync.</source>
        <translation>Les enregistrements supprimés sont gardés au moins 30 jours. En restaurer un ramène ce qui a été supprimé avec lui, sur chaque ordinateur après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>Rien n’a été supprimé ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>New {0}</source>
        <translation>Nouvelle fiche&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s’est produite&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Filter this page</source>
        <translation>Filtrer cette page</translation>
    </message>
    <message>
        <source>No partnership is chosen. Choose one in the partnership selector, or create one on the Partnerships page.</source>
        <translation>Aucun partenariat n’est choisi. Choisissez-en un dans le sélecteur de partenariat, ou créez-en un sur la page Partenariats.</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Supprimer {0}&#x202f;?</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>(record {0})</source>
        <translation>(enregistrement {0})</translation>
    </message>
</context>
<context>
    <name>RecoveredDraftsDialog</name>
    <message>
        <source>Unsaved work recovered</source>
        <translation>Travail non enregistré récupéré</translation>
    </message>
    <message>
        <source>WOPdesk stopped before this typing was saved; it was kept. Open each to continue, then save or discard it there.</source>
        <translation>WOPdesk s’est arrêté avant que cette saisie soit enregistrée ; elle a été conservée. Ouvrez chacune pour continuer, puis enregistrez-la ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Site visit: {0}</source>
        <translation>Visite technique : {0}</translation>
    </message>
    <message>
        <source>A new site visit</source>
        <translation>Une nouvelle visite technique</translation>
    </message>
    <message>
        <source>Learning entry: {0}</source>
        <translation>Apprentissage : {0}</translation>
    </message>
    <message>
        <source>A new learning entry</source>
        <translation>Un nouvel apprentissage</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Visit summary</source>
        <translation>Compte rendu de visite</translation>
    </message>
    <message>
        <source>Partnership progress report</source>
        <translation>Rapport d’avancement du partenariat</translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation>Relevé des apprentissages</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>The report was built but cannot be shown.</source>
        <translation>Le rapport a été créé mais ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>1 page, ready to print or save.</source>
        <translation>1 page, prête à imprimer ou à enregistrer.</translation>
    </message>
    <message>
        <source>{0} pages, ready to print or save.</source>
        <translation>{0} pages, prêtes à imprimer ou à enregistrer.</translation>
    </message>
    <message>
        <source>The report could not be built: {0}</source>
        <translation>Le rapport n’a pas pu être créé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Enregistré dans {0}.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {0}.</source>
        <translation>Pages envoyées à l’imprimante&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>Search notes, findings, actions, learning and progress  (Ctrl+F)</source>
        <translation>Rechercher dans les notes, constats, actions, apprentissages et bilans  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation>Bilan d’avancement</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Étape du changement</translation>
    </message>
    <message>
        <source>Partnership health</source>
        <translation>Santé du partenariat</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>Partnership closing</source>
        <translation>Clôture du partenariat</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Aucun résultat pour «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Sync &amp;server address</source>
        <translation>Adresse du &amp;serveur de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Dossier des &amp;données</translation>
    </message>
    <message>
        <source>The usual folder of your system</source>
        <translation>Le dossier habituel de votre système</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>Dossier des sa&amp;uvegardes</translation>
    </message>
    <message>
        <source>Your Documents folder</source>
        <translation>Votre dossier Documents</translation>
    </message>
    <message>
        <source>Report &amp;author</source>
        <translation>&amp;Auteur des rapports</translation>
    </message>
    <message>
        <source>Report &amp;organisation</source>
        <translation>&amp;Organisation des rapports</translation>
    </message>
    <message>
        <source>The language and the data folder apply the next time WOPdesk starts. The author and organisation are printed at the foot of every report.</source>
        <translation>La langue et le dossier des données s’appliquent au prochain démarrage de WOPdesk. L’auteur et l’organisation sont imprimés au pied de chaque rapport.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A server address starts with https:// or http:// and names the server, for example https://wop.example.org.</source>
        <translation>Une adresse de serveur commence par https:// ou http:// et nomme le serveur, par exemple https://wop.example.org.</translation>
    </message>
    <message>
        <source>{0} is not a folder WOPdesk can use: choose an existing folder, or a new one inside an existing folder.</source>
        <translation>{0} n’est pas un dossier que WOPdesk peut utiliser : choisissez un dossier existant, ou un nouveau dossier dans un dossier existant.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Se connecter au serveur de synchronisation</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Se connecter et synchroniser</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>What shows the track reached this stage; needed beyond planned</source>
        <translation>Ce qui montre que l’axe a atteint cette étape&#xa0;; requis au-delà de «&#xa0;prévu&#xa0;»</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Record the stage of change</source>
        <translation>Enregistrer l’étape du changement</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Étape du changement</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch others&apos; (F5)</source>
        <translation>Envoyer vos modifications au serveur et recevoir celles des autres (F5)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchro</translation>
    </message>
    <message>
        <source>Stop the sync; what was sent and received so far is kept</source>
        <translation>Arrêter la synchronisation ; ce qui a déjà été envoyé et reçu est gardé</translation>
    </message>
    <message>
        <source>Sending {0}/{1}</source>
        <translation>Envoi {0}/{1}</translation>
    </message>
    <message>
        <source>Receiving {0}/{1}</source>
        <translation>Réception {0}/{1}</translation>
    </message>
    <message>
        <source>Files {0}/{1}</source>
        <translation>Fichiers {0}/{1}</translation>
    </message>
    <message>
        <source>{0}: {1} moved so far</source>
        <translation>{0} : {1} transférés jusqu’ici</translation>
    </message>
    <message>
        <source>Syncing with {0}…</source>
        <translation>Synchronisation avec {0}…</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Accès retiré</translation>
    </message>
    <message>
        <source>Site visits reopened</source>
        <translation>Visites techniques rouvertes</translation>
    </message>
    <message>
        <source>Your sign-in has expired; enter your password to sync.</source>
        <translation>Votre connexion a expiré ; saisissez votre mot de passe pour synchroniser.</translation>
    </message>
    <message>
        <source>Sync stopped: {0}</source>
        <translation>Synchronisation interrompue : {0}</translation>
    </message>
    <message>
        <source>Synced: {0} sent, {1} received, {2} open conflicts.</source>
        <translation>Synchronisé : {0} envoyées, {1} reçues, {2} conflits ouverts.</translation>
    </message>
    <message>
        <source>{0} changes were refused by the server.</source>
        <translation>Modifications refusées par le serveur : {0}.</translation>
    </message>
    <message>
        <source>{0} records refer to records this laptop does not have yet; they are kept aside until those arrive.</source>
        <translation>{0} enregistrements renvoient à des enregistrements que cet ordinateur n’a pas encore ; ils sont mis de côté jusqu’à leur arrivée.</translation>
    </message>
    <message>
        <source>{0} changes made with a newer WOPdesk are kept until this one is updated.</source>
        <translation>{0} modifications faites avec un WOPdesk plus récent sont gardées jusqu’à la mise à jour de celui-ci.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Working in the background</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <source>Connected to the sync server.</source>
        <translation>Connecté au serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Working offline: everything is saved on this computer.</source>
        <translation>Travail hors ligne&#xa0;: tout est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>La dernière synchronisation a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No changes waiting to sync</source>
        <translation>Aucune modification en attente de synchronisation</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>1 modification en attente de synchronisation</translation>
    </message>
    <message>
        <source>{0} changes waiting to sync</source>
        <translation>{0} modifications en attente de synchronisation</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Dernière synchronisation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>⚠ 1 conflict to resolve</source>
        <translation>⚠ 1 conflit à résoudre</translation>
    </message>
    <message>
        <source>⚠ {0} conflicts to resolve</source>
        <translation>⚠ Conflits à résoudre : {0}</translation>
    </message>
</context>
<context>
    <name>TrackEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Domaine d’intervention</translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation>Responsable côté mentor</translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation>Responsable côté mentoré</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Initial situation</source>
        <translation>Situation initiale</translation>
    </message>
    <message>
        <source>New improvement track</source>
        <translation>Nouvel axe d’amélioration</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
</context>
<context>
    <name>TrackIndicatorEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>— choose an indicator —</source>
        <translation>— choisir un indicateur —</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Mesuré chez</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Optional yearly steps on the straight path from baseline to target.</source>
        <translation>Étapes annuelles facultatives sur la trajectoire de la référence à la cible.</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyen de vérification</translation>
    </message>
    <message>
        <source>Link an indicator</source>
        <translation>Rattacher un indicateur</translation>
    </message>
    <message>
        <source>Linked indicator</source>
        <translation>Indicateur rattaché</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Readings</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>Trajectoire vers la cible</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valeur repère</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <source>Restored: {0} “{1}”.</source>
        <translation>Restauration : {0} « {1} ».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: {0} “{1}”, with %n other record(s).</source>
        <translation>
            <numerusform>Suppression : {0} « {1} », avec %n autre enregistrement.</numerusform>
            <numerusform>Suppression : {0} « {1} », avec %n autres enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: {0} “{1}”.</source>
        <translation>Suppression : {0} « {1} ».</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Recently deleted…</source>
        <translation>Supprimés &amp;récemment…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{0}”</source>
        <translation>&amp;Annuler la suppression de « {0} »</translation>
    </message>
</context>
<context>
    <name>UtilityEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ville ou région</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Population served</source>
        <translation>Population desservie</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Branchements</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>Impossible de lire {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>{0} is not an image WOPdesk can show.</source>
        <translation>{0} n’est pas une image que WOPdesk peut afficher.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation>Enregistrer la visite (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>Mark the visit final: it becomes read-only until reopened</source>
        <translation>Marquer la visite comme définitive&#xa0;: elle passe en lecture seule jusqu’à sa réouverture</translation>
    </message>
    <message>
        <source>&amp;Print visit summary…</source>
        <translation>&amp;Imprimer le compte rendu…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this visit with its participants and photos (Edit › Undo takes it back)</source>
        <translation>Supprimer cette visite avec ses participants et ses photos (Édition › Annuler la rétablit)</translation>
    </message>
    <message>
        <source>This visit is final and read-only. Reopen it to change anything.</source>
        <translation>Cette visite est définitive et en lecture seule. Rouvrez-la pour la modifier.</translation>
    </message>
    <message>
        <source>&amp;Reopen for editing</source>
        <translation>&amp;Rouvrir pour modifier</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What is the visit</source>
        <translation>Objet de la visite</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Where, e.g. the pumping station</source>
        <translation>Où, par ex. la station de pompage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation>Notes et observations</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Decimal degrees (WGS 84), as a phone or GPS shows them; north and east are positive</source>
        <translation>Degrés décimaux (WGS 84), tels qu’un téléphone ou un GPS les affiche ; le nord et l’est sont positifs</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed for the mentor</source>
        <translation>Signé pour le mentor</translation>
    </message>
    <message>
        <source>Mentor signer&apos;s role</source>
        <translation>Fonction du signataire (mentor)</translation>
    </message>
    <message>
        <source>Signed for the mentee</source>
        <translation>Signé pour le mentoré</translation>
    </message>
    <message>
        <source>Mentee signer&apos;s role</source>
        <translation>Fonction du signataire (mentoré)</translation>
    </message>
    <message>
        <source>e.g. Director</source>
        <translation>p. ex. Directeur</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>— not signed —</source>
        <translation>— non signé —</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>A finding of this visit</source>
        <translation>Un constat de cette visite</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter le constat</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>An action agreed with the partners</source>
        <translation>Une action convenue avec les partenaires</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter l’action</translation>
    </message>
    <message>
        <source>Follow-up of earlier actions</source>
        <translation>Suivi des actions antérieures</translation>
    </message>
    <message>
        <source>Open actions agreed at earlier visits: record their status and progress here; Save writes them with the visit.</source>
        <translation>Actions en cours convenues lors des visites précédentes : notez ici leur statut et leur avancement ; Enregistrer les écrit avec la visite.</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Convenue lors de</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>No open actions from earlier visits.</source>
        <translation>Aucune action en cours issue des visites précédentes.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Retirer la photo…</translation>
    </message>
    <message>
        <source>Double-click a photo to edit its caption.</source>
        <translation>Double-cliquez sur une photo pour modifier sa légende.</translation>
    </message>
    <message>
        <source>Choose a visit, or start a new one (Ctrl+N)</source>
        <translation>Choisissez une visite, ou commencez-en une nouvelle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Someone changed this visit on the server while you were editing; your text is kept. Saving writes it over their version of these fields.</source>
        <translation>Quelqu’un a modifié cette visite sur le serveur pendant que vous l’éditiez ; votre texte est conservé. Enregistrer remplacera leur version de ces champs.</translation>
    </message>
    <message>
        <source>Unsaved changes to “{0}” are kept as a draft.</source>
        <translation>Les modifications non enregistrées de «&#xa0;{0}&#xa0;» sont conservées comme brouillon.</translation>
    </message>
    <message>
        <source>the new visit</source>
        <translation>la nouvelle visite</translation>
    </message>
    <message>
        <source>That site visit no longer exists.</source>
        <translation>Cette visite technique n’existe plus.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>{0}  ({1}, {2}) — not saved yet</source>
        <translation>{0}  ({1}, {2}) — pas encore enregistré</translation>
    </message>
    <message>
        <source>No findings recorded for this visit.</source>
        <translation>Aucun constat enregistré pour cette visite.</translation>
    </message>
    <message>
        <source>New — not saved yet</source>
        <translation>Nouvelle — pas encore enregistrée</translation>
    </message>
    <message>
        <source>Changes typed on {0} were not saved. Restore them?</source>
        <translation>Des modifications saisies le {0} n’ont pas été enregistrées. Les restaurer&#x202f;?</translation>
    </message>
    <message>
        <source>New site visit</source>
        <translation>Nouvelle visite technique</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Draft · not saved yet</source>
        <translation>Brouillon · pas encore enregistré</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Type the finding before adding it.</source>
        <translation>Saisissez le constat avant de l’ajouter.</translation>
    </message>
    <message>
        <source>Describe the action before adding it.</source>
        <translation>Décrivez l’action avant de l’ajouter.</translation>
    </message>
    <message>
        <source>The due date ({0}) is before the visit starts ({1}).</source>
        <translation>L’échéance ({0}) est antérieure au début de la visite ({1}).</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{0} — not saved yet</source>
        <translation>{0} — pas encore enregistrée</translation>
    </message>
    <message>
        <source>Select the photo to remove first.</source>
        <translation>Sélectionnez d’abord la photo à retirer.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Remove “{0}” from this visit when you save?</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» de cette visite à l’enregistrement&#x202f;?</translation>
    </message>
    <message>
        <source>Finalise visit</source>
        <translation>Finaliser la visite</translation>
    </message>
    <message>
        <source>Mark this visit final? It becomes read-only until someone reopens it. Unsaved changes are saved first.</source>
        <translation>Marquer cette visite comme définitive&#x202f;? Elle passera en lecture seule jusqu’à ce que quelqu’un la rouvre. Les modifications non enregistrées sont d’abord enregistrées.</translation>
    </message>
    <message>
        <source>Delete the site visit “{0}”, with its participants and photos?</source>
        <translation>Supprimer la visite technique « {0} », avec ses participants et ses photos ?</translation>
    </message>
    <message>
        <source>Printing the visit summary is not available in this version.</source>
        <translation>L’impression du compte rendu de visite n’est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation>Visites techniques</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Start a new site visit (Ctrl+N)</source>
        <translation>Commencer une nouvelle visite technique (Ctrl+N)</translation>
    </message>
    <message>
        <source>No visits yet. Start one with “New visit”.</source>
        <translation>Aucune visite pour l’instant. Commencez-en une avec «&#xa0;Nouvelle visite&#xa0;».</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Non terminées</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tous les axes</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  en retard</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is not done.</source>
        <translation>En retard&#xa0;: l’échéance est passée et l’action n’est pas terminée.</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Action sélectionnée</translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation>Responsable et échéance</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>{0} actions · {1} open · {2} overdue · {3} done</source>
        <translation>Actions&#xa0;: {0} · non terminées&#xa0;: {1} · en retard&#xa0;: {2} · terminées&#xa0;: {3}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}, en retard</translation>
    </message>
    <message>
        <source>the action “{0}”</source>
        <translation>l’action «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>the output “{0}”</source>
        <translation>le produit «&#xa0;{0}&#xa0;»</translation>
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
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>abbreviated month</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>abbreviated month</comment>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>{name} is not a document WOPdesk attaches (PDF, spreadsheet or text document).</source>
        <translation>{name} n’est pas un document que WOPdesk joint (PDF, tableur ou document texte).</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to attach.</source>
        <translation>{name} est vide ; il n’y a rien à joindre.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB, the most a document may be.</source>
        <translation>{name} dépasse {limit} Mo, la taille maximale d’un document.</translation>
    </message>
    <message>
        <source>{name} is not what its extension ({extension}) says; it was not attached.</source>
        <translation>{name} n’est pas ce qu’annonce son extension ({extension}) ; il n’a pas été joint.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>There is no room left on the disk to save {file}; free some space or choose another drive, then save again.</source>
        <translation>Il n’y a plus de place sur le disque pour enregistrer {file}&#xa0;; libérez de l’espace ou choisissez un autre disque, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>You may not save files in {folder}; choose another folder, such as your Documents, and save again.</source>
        <translation>Vous n’avez pas le droit d’enregistrer des fichiers dans {folder}&#xa0;; choisissez un autre dossier, comme vos Documents, et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>{folder} is read-only (a locked card or a write-protected drive); choose another folder and save again.</source>
        <translation>{folder} est en lecture seule (carte verrouillée ou disque protégé en écriture)&#xa0;; choisissez un autre dossier et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (any more); choose another folder and save again.</source>
        <translation>Le dossier {folder} n’existe pas (ou plus)&#xa0;; choisissez un autre dossier et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; choose another name and save again.</source>
        <translation>{file} est un dossier, pas un fichier&#xa0;; choisissez un autre nom et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}); choose another folder and save again.</source>
        <translation>{file} n’a pas pu être enregistré ({reason})&#xa0;; choisissez un autre dossier et enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>Partnership health: &apos;{item}&apos; is not one of the items.</source>
        <translation>Santé du partenariat&#xa0;: «&#xa0;{item}&#xa0;» ne fait pas partie des critères.</translation>
    </message>
    <message>
        <source>Partnership health: {item} is scored from {low} to {high} (got {score}).</source>
        <translation>Santé du partenariat&#xa0;: {item} se note de {low} à {high} (reçu&#xa0;: {score}).</translation>
    </message>
    <message>
        <source>&apos;{practice}&apos; is not one of the phase&apos;s practices.</source>
        <translation>«&#xa0;{practice}&#xa0;» ne fait pas partie des pratiques de la phase.</translation>
    </message>
    <message>
        <source>Partnership health: score at least one item.</source>
        <translation>Santé du partenariat&#xa0;: notez au moins un critère.</translation>
    </message>
    <message>
        <source>The phase cannot have changed in the future ({date}).</source>
        <translation>La phase ne peut pas avoir changé dans le futur ({date}).</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Leadership commitment</source>
        <translation>Engagement des dirigeants</translation>
    </message>
    <message>
        <source>The management of both utilities backs the partnership and the changes it brings.</source>
        <translation>La direction des deux opérateurs soutient le partenariat et les changements qu’il apporte.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Partners exchange simply and openly, with clear roles, and answer each other promptly.</source>
        <translation>Les partenaires échangent simplement et ouvertement, avec des rôles clairs, et se répondent rapidement.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Both sides trust each other enough to raise problems and challenge ideas.</source>
        <translation>Les deux parties se font assez confiance pour soulever les problèmes et discuter les idées.</translation>
    </message>
    <message>
        <source>Timeliness of agreed inputs</source>
        <translation>Respect des délais des apports convenus</translation>
    </message>
    <message>
        <source>Each partner delivers the staff time, visits, data and documents it agreed to, when agreed.</source>
        <translation>Chaque partenaire fournit le temps de personnel, les missions, les données et les documents convenus, aux dates convenues.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>The money, equipment and staff time the work plan needs are available in time.</source>
        <translation>L’argent, l’équipement et le temps de personnel nécessaires au plan de travail sont disponibles à temps.</translation>
    </message>
    <message>
        <source>Mentee ownership</source>
        <translation>Appropriation par le mentoré</translation>
    </message>
    <message>
        <source>The mentee drives the changes; the mentor supports them and does not do the work in its place.</source>
        <translation>Le mentoré conduit les changements&#xa0;; le mentor les appuie et ne fait pas le travail à sa place.</translation>
    </message>
    <message>
        <source>Learning applied</source>
        <translation>Apprentissages appliqués</translation>
    </message>
    <message>
        <source>What staff learned is used in their daily work.</source>
        <translation>Ce que le personnel a appris sert dans son travail quotidien.</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Durabilité</translation>
    </message>
    <message>
        <source>The changes are built into the mentee&apos;s structures and procedures and will last after the partnership.</source>
        <translation>Les changements sont intégrés aux structures et procédures du mentoré et dureront après le partenariat.</translation>
    </message>
    <message>
        <source>The WOP is demand driven and agreed by management.</source>
        <translation>Le WOP répond à une demande et est approuvé par la direction.</translation>
    </message>
    <message>
        <source>Include short mission visits by mentoring experts.</source>
        <translation>Prévoir de courtes missions des experts mentors.</translation>
    </message>
    <message>
        <source>Build in an expectation of application of learning.</source>
        <translation>Prévoir dès le départ que les apprentissages soient appliqués.</translation>
    </message>
    <message>
        <source>Ensure that trainees have the resources to apply the learning.</source>
        <translation>S’assurer que les personnes formées ont les moyens d’appliquer ce qu’elles ont appris.</translation>
    </message>
    <message>
        <source>Have clear criteria for assessment of success.</source>
        <translation>Disposer de critères clairs pour évaluer la réussite.</translation>
    </message>
    <message>
        <source>Ensure simple communication, transparency, clarity of roles, procedures, accessible dispute resolution mechanisms and efficient M&amp;E systems.</source>
        <translation>Assurer une communication simple, la transparence, des rôles et procédures clairs, des mécanismes de règlement des différends accessibles et un suivi-évaluation efficace.</translation>
    </message>
    <message>
        <source>Strong formal leadership; all members ready to engage in the change process.</source>
        <translation>Un leadership formel fort&#xa0;; tous les membres prêts à s’engager dans le changement.</translation>
    </message>
    <message>
        <source>Create a vision for change to get buy-in from stakeholders.</source>
        <translation>Construire une vision du changement pour obtenir l’adhésion des parties prenantes.</translation>
    </message>
    <message>
        <source>Strong (shared) leadership to set the project in motion.</source>
        <translation>Un leadership fort (partagé) pour lancer le projet.</translation>
    </message>
    <message>
        <source>Gather data to explore the causes and consequences of the problem the mentee first described.</source>
        <translation>Recueillir des données pour explorer les causes et les conséquences du problème décrit au départ par le mentoré.</translation>
    </message>
    <message>
        <source>Get the full picture of the problem, organisational and individual shortcomings included.</source>
        <translation>Obtenir une vue complète du problème, y compris les faiblesses organisationnelles et individuelles.</translation>
    </message>
    <message>
        <source>Identify opportunities for transferring knowledge.</source>
        <translation>Identifier les occasions de transfert de connaissances.</translation>
    </message>
    <message>
        <source>Transfer diagnosis skills through teams with members from both partners.</source>
        <translation>Transférer les compétences de diagnostic grâce à des équipes mixtes des deux partenaires.</translation>
    </message>
    <message>
        <source>Use the diagnosis to build trust, transfer skills, communicate better and engage in change.</source>
        <translation>Utiliser le diagnostic pour bâtir la confiance, transférer des compétences, mieux communiquer et s’engager dans le changement.</translation>
    </message>
    <message>
        <source>Both partners agree on the diagnosis and a feedback strategy.</source>
        <translation>Les deux partenaires s’accordent sur le diagnostic et une stratégie de restitution.</translation>
    </message>
    <message>
        <source>Support constructive discussion and problem solving and the joint design of interventions.</source>
        <translation>Favoriser une discussion constructive, la résolution de problèmes et la conception conjointe des interventions.</translation>
    </message>
    <message>
        <source>Create a road map for change with concrete actions and responsibilities.</source>
        <translation>Établir une feuille de route du changement avec des actions et des responsabilités concrètes.</translation>
    </message>
    <message>
        <source>Work plans are approved by management, cost effective and adaptable as feedback is received.</source>
        <translation>Les plans de travail sont approuvés par la direction, efficients et adaptables selon les retours reçus.</translation>
    </message>
    <message>
        <source>Adopt an advisory role supporting the partner throughout the change process.</source>
        <translation>Adopter un rôle de conseil et accompagner le partenaire tout au long du changement.</translation>
    </message>
    <message>
        <source>Make resources available in time to carry out and sustain the change.</source>
        <translation>Mettre les ressources à disposition à temps pour mener et pérenniser le changement.</translation>
    </message>
    <message>
        <source>Adapt formal structures, procedures and human resources practices to suit the new behaviour.</source>
        <translation>Adapter les structures formelles, les procédures et la gestion des ressources humaines aux nouvelles pratiques.</translation>
    </message>
    <message>
        <source>Support learning by doing.</source>
        <translation>Favoriser l’apprentissage par la pratique.</translation>
    </message>
    <message>
        <source>Build a network of change agents to support them.</source>
        <translation>Constituer un réseau d’agents du changement pour les soutenir.</translation>
    </message>
    <message>
        <source>Assess progress regularly and adapt the course of action as the partnership evolves.</source>
        <translation>Évaluer régulièrement les progrès et adapter la démarche à l’évolution du partenariat.</translation>
    </message>
    <message>
        <source>Assess progress against the criteria of success agreed at design.</source>
        <translation>Évaluer les progrès au regard des critères de réussite convenus lors de la conception.</translation>
    </message>
    <message>
        <source>Decide together whether to continue, expand or close the partnership.</source>
        <translation>Décider ensemble de poursuivre, d’élargir ou de clore le partenariat.</translation>
    </message>
    <message>
        <source>Record the results, the measures that make them last and the follow-up.</source>
        <translation>Consigner les résultats, les mesures qui les pérennisent et le suivi.</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>No partnership here has the id or title &apos;{0}&apos;.</source>
        <translation>Aucun partenariat ici n’a l’identifiant ou le titre « {0} ».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} partnerships; type more of the title: {2}.</source>
        <translation>« {0} » correspond à {1} partenariats ; tapez davantage du titre : {2}.</translation>
    </message>
    <message>
        <source>No person here has the id or name &apos;{0}&apos;.</source>
        <translation>Aucune personne ici n’a l’identifiant ou le nom « {0} ».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} people; type more of the name: {2}.</source>
        <translation>« {0} » correspond à {1} personnes ; tapez davantage du nom : {2}.</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>{year} Q{number}</source>
        <translation>T{number} {year}</translation>
    </message>
    <message>
        <source>{year} H{number}</source>
        <translation>S{number} {year}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Réalisations</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Actions par statut</translation>
    </message>
    <message>
        <source>Actions still planned, in progress or blocked after their due date, as of {date}.</source>
        <translation>Actions encore prévues, en cours ou bloquées après leur échéance, au {date}.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Applied learning</source>
        <translation>Apprentissages appliqués</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valeur repère</translation>
    </message>
    <message>
        <source>Capacity change</source>
        <translation>Évolution des capacités</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Competencies and levels</source>
        <translation>Compétences et niveaux</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>DRAFT: this summary is not final until both partners have agreed and signed it.</source>
        <translation>BROUILLON&#xa0;: ce compte rendu n’est définitif qu’une fois validé et signé par les deux partenaires.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recul</translation>
    </message>
    <message>
        <source>Degree of change from -2 (strong decline) to +2 (strong improvement); the WOP&apos;s contribution to it from 0 (none) to 2 (major).</source>
        <translation>Degré de changement de -2 (net recul) à +2 (nette amélioration)&#x202f;; apport du WOP à ce changement de 0 (nul) à 2 (majeur).</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Éléments de preuve&#xa0;: {text}</translation>
    </message>
    <message>
        <source>1 {source} = {value} {target} from {date} ({where})</source>
        <translation>1 {source} = {value} {target} à partir du {date} ({where})</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Benchmark (= target)</source>
        <translation>Valeur repère (= cible)</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Budget ({currency})</translation>
    </message>
    <message>
        <source>Budget and spending</source>
        <translation>Budget et dépenses</translation>
    </message>
    <message>
        <source>Delivered on {date}.</source>
        <translation>Livré le {date}.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Each partner scores every item from {low} (weak) to {high} (strong); the latest review of each is shown, averaged when several people scored.</source>
        <translation>Chaque partenaire note chaque critère de {low} (faible) à {high} (solide)&#xa0;; la dernière revue de chacun est présentée, en moyenne quand plusieurs personnes ont noté.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Follow-up of earlier actions</source>
        <translation>Suivi des actions antérieures</translation>
    </message>
    <message>
        <source>For the mentee utility</source>
        <translation>Pour l’opérateur mentoré</translation>
    </message>
    <message>
        <source>For the mentor utility</source>
        <translation>Pour l’opérateur mentor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Helped: {text}</source>
        <translation>Facteurs favorables&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours by form of learning</source>
        <translation>Heures par modalité d’apprentissage</translation>
    </message>
    <message>
        <source>Hours by improvement track</source>
        <translation>Heures par axe d’amélioration</translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation>Mise en application</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>Improvement tracks</source>
        <translation>Axes d’amélioration</translation>
    </message>
    <message>
        <source>Budgeted in kind (not money)</source>
        <translation>Budgété en nature (pas de l’argent)</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Par bailleur</translation>
    </message>
    <message>
        <source>Contributions, planned and received</source>
        <translation>Contributions prévues et reçues</translation>
    </message>
    <message>
        <source>Evidence or owner</source>
        <translation>Preuve ou responsable</translation>
    </message>
    <message>
        <source>In-kind value, not counted as money spent: {period} this period, {to_date} to date.</source>
        <translation>Valeur en nature, non comptée comme argent dépensé : {period} sur la période, {to_date} à ce jour.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Indicator snapshot</source>
        <translation>Indicateurs à date</translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation>Évolution des indicateurs</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Latest value recorded by the end of the visit ({date}).</source>
        <translation>Dernière valeur relevée à la fin de la visite ({date}).</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Learning activities</source>
        <translation>Activités d’apprentissage</translation>
    </message>
    <message>
        <source>Learning delivered during the visit</source>
        <translation>Apprentissages dispensés pendant la visite</translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation>Relevé des apprentissages</translation>
    </message>
    <message>
        <source>Learning record: {name}</source>
        <translation>Relevé des apprentissages&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Niveau avant</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Niveau actuel</translation>
    </message>
    <message>
        <source>Levels on a scale from 1 to 5, as assessed in each activity.</source>
        <translation>Niveaux sur une échelle de 1 à 5, tels qu’évalués lors de chaque activité.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation>Responsable côté mentoré</translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation>Opérateur mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation>Responsable côté mentor</translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation>Opérateur mentor</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>No action has been planned yet.</source>
        <translation>Aucune action n’a encore été planifiée.</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Aucune action n’est en retard.</translation>
    </message>
    <message>
        <source>No budget line can be counted yet; {spent} spent to {date}.</source>
        <translation>Aucune ligne budgétaire ne peut encore être comptée ; {spent} dépensés au {date}.</translation>
    </message>
    <message>
        <source>No capacity-change assessment recorded yet.</source>
        <translation>Aucune évaluation de l’évolution des capacités enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>No date set yet for the next visit.</source>
        <translation>Aucune date n’est encore fixée pour la prochaine visite.</translation>
    </message>
    <message>
        <source>No improvement track yet.</source>
        <translation>Aucun axe d’amélioration pour l’instant.</translation>
    </message>
    <message>
        <source>No learning activity recorded yet.</source>
        <translation>Aucune activité d’apprentissage enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>No partner has reviewed the partnership&apos;s health yet.</source>
        <translation>Aucun partenaire n’a encore évalué la santé du partenariat.</translation>
    </message>
    <message>
        <source>No photos were taken.</source>
        <translation>Aucune photo n’a été prise.</translation>
    </message>
    <message>
        <source>No progress record has been written for this period yet.</source>
        <translation>Aucun bilan d’avancement n’a encore été rédigé pour cette période.</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Aucun relevé</translation>
    </message>
    <message>
        <source>No recent reading</source>
        <translation>Pas de relevé récent</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Hors axe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nul</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien d’enregistré.</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvé</translation>
    </message>
    <message>
        <source>Not converted, so not counted (no exchange rate on or before their date): {amounts}.</source>
        <translation>Non convertis, donc non comptés (aucun taux de change à leur date ou avant) : {amounts}.</translation>
    </message>
    <message>
        <source>Signed on screen on {date}.</source>
        <translation>Signé à l’écran le {date}.</translation>
    </message>
    <message>
        <source>Spent on no budget line: {period} this period, {to_date} to date.</source>
        <translation>Dépensé hors lignes budgétaires : {period} sur la période, {to_date} à ce jour.</translation>
    </message>
    <message>
        <source>{spent} spent to {date} of a budget of {budget} ({used}); {left} remaining. This period: {period}.</source>
        <translation>{spent} dépensés au {date} sur un budget de {budget} ({used}) ; reste {left}. Sur la période : {period}.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted to {currency} with the exchange rate of their date (budget lines with the rate in force on {date}): {rates}.</source>
        <translation>Les montants en d’autres devises sont convertis en {currency} au taux de change de leur date (les lignes budgétaires au taux en vigueur le {date}) : {rates}.</translation>
    </message>
    <message>
        <source>No output has been defined yet.</source>
        <translation>Aucun produit n’a encore été défini.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Observations and notes</source>
        <translation>Observations et notes</translation>
    </message>
    <message>
        <source>Obstacles: {text}</source>
        <translation>Obstacles&#xa0;: {text}</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Other files attached: {names}.</source>
        <translation>Autres fichiers joints&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Output and its actions</source>
        <translation>Produit et ses actions</translation>
    </message>
    <message>
        <source>Outputs and actions</source>
        <translation>Produits et actions</translation>
    </message>
    <message>
        <source>Overall status: {status}</source>
        <translation>Appréciation d’ensemble&#x202f;: {status}</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Partnership health</source>
        <translation>Santé du partenariat</translation>
    </message>
    <message>
        <source>Partnership progress report</source>
        <translation>Rapport d’avancement du partenariat</translation>
    </message>
    <message>
        <source>Partnership progress report: {title}</source>
        <translation>Rapport d’avancement du partenariat&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Heures-personnes</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Prepared by {author}</source>
        <translation>Préparé par {author}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d’avancement</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Reporting period {period} ({dates})</source>
        <translation>Période de rapport {period} ({dates})</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>Cause profonde&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Share received</source>
        <translation>Part reçue</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signed on paper on {date}.</source>
        <translation>Signé sur papier le {date}.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Visites techniques</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Étape du changement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status as of {date}</source>
        <translation>Situation au {date}</translation>
    </message>
    <message>
        <source>Strong decline</source>
        <translation>Net recul</translation>
    </message>
    <message>
        <source>Strong improvement</source>
        <translation>Nette amélioration</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Target or due date</source>
        <translation>Date cible ou échéance</translation>
    </message>
    <message>
        <source>Actions agreed at earlier visits, and their progress at this one.</source>
        <translation>Actions convenues lors des visites précédentes, et leur avancement à celle-ci.</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Clos le {date}</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Current phase: {phase}.</source>
        <translation>Phase actuelle : {phase}.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>GPS {latitude}, {longitude}</source>
        <translation>GPS {latitude} ; {longitude}</translation>
    </message>
    <message>
        <source>In {period}: {summary}</source>
        <translation>En {period} : {summary}</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Binômes de mentorat</translation>
    </message>
    <message>
        <source>No open actions from earlier visits.</source>
        <translation>Aucune action en cours issue des visites précédentes.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Historique des phases</translation>
    </message>
    <message>
        <source>Phase of the relationship</source>
        <translation>Phase de la relation</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Sustainability measures</source>
        <translation>Mesures de pérennisation</translation>
    </message>
    <message>
        <source>The file {name} is not an image; it is left out of the summary.</source>
        <translation>Le fichier {name} n’est pas une image&#x202f;; il est exclu du compte rendu.</translation>
    </message>
    <message>
        <source>The next visit is planned for {date}.</source>
        <translation>La prochaine visite est prévue le {date}.</translation>
    </message>
    <message>
        <source>The period {period}</source>
        <translation>La période {period}</translation>
    </message>
    <message>
        <source>The photo {name} is damaged; it is left out of the summary.</source>
        <translation>La photo {name} est endommagée&#x202f;; elle est exclue du compte rendu.</translation>
    </message>
    <message>
        <source>The photo {name} is not on this computer (it may not be synced yet); it is left out of the summary.</source>
        <translation>La photo {name} n’est pas sur cet ordinateur (elle n’est peut-être pas encore synchronisée)&#x202f;; elle est exclue du compte rendu.</translation>
    </message>
    <message>
        <source>The stage each track has reached: planned, piloted, adopted in routine, institutionalised; the latest recorded stage by date.</source>
        <translation>L’étape atteinte par chaque axe&#xa0;: prévu, piloté, adopté dans la routine, institutionnalisé&#xa0;; la dernière étape enregistrée, par date.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <source>This record is a draft until both partners approve it.</source>
        <translation>Ce bilan reste un brouillon tant que les deux partenaires ne l’ont pas approuvé.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>À ce jour</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Training given</source>
        <translation>Formations dispensées</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Unité&#xa0;: {unit}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Compte rendu de visite</translation>
    </message>
    <message>
        <source>Visit summary: {title}</source>
        <translation>Compte rendu de visite&#xa0;: {title}</translation>
    </message>
    <message>
        <source>WOP cycle</source>
        <translation>Cycle du WOP</translation>
    </message>
    <message>
        <source>WOP role</source>
        <translation>Rôle du WOP</translation>
    </message>
    <message>
        <source>Water Operators’ Partnership</source>
        <translation>partenariat entre opérateurs d’eau (WOP)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What each improvement track is to deliver, how far it has come and what shows it, with the actions that serve it.</source>
        <translation>Ce que chaque axe d’amélioration doit livrer, où il en est et ce qui le montre, avec les actions qui y concourent.</translation>
    </message>
    <message>
        <source>What helped, what hindered</source>
        <translation>Ce qui a aidé, ce qui a freiné</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Domaine d’intervention</translation>
    </message>
    <message>
        <source>Written by {name}.</source>
        <translation>Rédigé par {name}.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>actions terminées</translation>
    </message>
    <message>
        <source>actions overdue</source>
        <translation>actions en retard</translation>
    </message>
    <message>
        <source>applied at work</source>
        <translation>appliqués au travail</translation>
    </message>
    <message>
        <source>approved by both partners</source>
        <translation>approuvé par les deux partenaires</translation>
    </message>
    <message>
        <source>competencies built</source>
        <translation>compétences acquises</translation>
    </message>
    <message>
        <source>draft, not approved yet</source>
        <translation>brouillon, pas encore approuvé</translation>
    </message>
    <message>
        <source>hours of learning</source>
        <translation>heures d’apprentissage</translation>
    </message>
    <message>
        <source>hours of training given</source>
        <translation>heures de formation dispensées</translation>
    </message>
    <message>
        <source>indicators better than baseline</source>
        <translation>indicateurs meilleurs que la référence</translation>
    </message>
    <message>
        <source>learning activities</source>
        <translation>activités d’apprentissage</translation>
    </message>
    <message>
        <source>no learning activity recorded.</source>
        <translation>aucune activité d’apprentissage enregistrée.</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>aucun relevé</translation>
    </message>
    <message>
        <source>no review yet</source>
        <translation>pas encore de revue</translation>
    </message>
    <message>
        <source>of the budget spent</source>
        <translation>du budget dépensé</translation>
    </message>
    <message>
        <source>person-hours of training given</source>
        <translation>heures-personnes de formation données</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>{count} activities, last on {date}</source>
        <translation>Activités&#xa0;: {count}, la dernière le {date}</translation>
    </message>
    <message>
        <source>{count} activities, {hours} hours in all, {person_hours}; {people}.</source>
        <translation>{count} activités, {hours} heures en tout, {person_hours}&#xa0;; {people}.</translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>{date}, assessed by {who}</source>
        <translation>{date}, évalué par&#xa0;: {who}</translation>
    </message>
    <message>
        <source>{elapsed} of the partnership&apos;s planned time has passed.</source>
        <translation>{elapsed} de la durée prévue du partenariat est écoulée.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} of learning</source>
        <translation>{hours} d’apprentissage</translation>
    </message>
    <message>
        <source>{item} ({side}): {comment}</source>
        <translation>{item} ({side})&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>{participants} participants: {women} women, {men} men, {not_stated} not stated</source>
        <translation>{participants} participants&#xa0;: {women} femmes, {men} hommes, {not_stated} non précisé</translation>
    </message>
    <message>
        <source>{percent} % of the way</source>
        <translation>{percent} % du chemin</translation>
    </message>
    <message>
        <source>{period} · as of {date}</source>
        <translation>{period} · au {date}</translation>
    </message>
    <message>
        <source>{side}: {date}</source>
        <translation>{side}&#xa0;: {date}</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
    <message>
        <source>{value} person-hours</source>
        <translation>{value} heures-personnes</translation>
    </message>
    <message>
        <source>{what} written to {path} ({pages}).</source>
        <translation>{what} écrit dans {path} ({pages}).</translation>
    </message>
    <message numerus="yes">
        <source>actions done (%n dropped, not counted)</source>
        <translation>
            <numerusform>actions terminées (%n abandonnée, non comptée)</numerusform>
            <numerusform>actions terminées (%n abandonnées, non comptées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Applied date</source>
        <translation>Date d’application</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Capacity assessment</source>
        <translation>Évaluation des capacités</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Branchements</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>{record}: {field} is required.</source>
        <translation>{record}&#xa0;: le champ «&#xa0;{field}&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>{record}: {later} ({last}) is before {earlier} ({first}).</source>
        <translation>{record}&#xa0;: «&#xa0;{later}&#xa0;» ({last}) est antérieure à «&#xa0;{earlier}&#xa0;» ({first}).</translation>
    </message>
    <message>
        <source>{record}: {field} cannot be negative ({value}).</source>
        <translation>{record}&#xa0;: la valeur de «&#xa0;{field}&#xa0;» ne peut pas être négative ({value}).</translation>
    </message>
    <message>
        <source>{record}: {field} must be between {low} and {high} (got {value}).</source>
        <translation>{record}&#xa0;: la valeur de «&#xa0;{field}&#xa0;» doit être comprise entre {low} et {high} (valeur saisie&#xa0;: {value}).</translation>
    </message>
    <message>
        <source>{record}: {field} ({date}) is in the future.</source>
        <translation>{record} : {field} ({date}) est dans le futur.</translation>
    </message>
    <message>
        <source>{record}: &apos;{value}&apos; is not an email address, such as name@utility.org.</source>
        <translation>{record}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas une adresse e-mail, comme nom@service.org.</translation>
    </message>
    <message>
        <source>{record}: {field} is longer than {limit} characters.</source>
        <translation>{record}&#xa0;: «&#xa0;{field}&#xa0;» dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>{record}: {field} contains an invisible NUL character, which cannot be saved; delete it and save again.</source>
        <translation>{record} : {field} contient un caractère NUL invisible, qui ne peut pas être enregistré ; supprimez-le et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>{record}: {field} must be a number.</source>
        <translation>{record} : «&#xa0;{field}&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>{record}: {field} ({value}) has more than {digits} significant digits.</source>
        <translation>{record} : «&#xa0;{field}&#xa0;» ({value}) a plus de {digits} chiffres significatifs.</translation>
    </message>
    <message>
        <source>{record}: {field} in {currency} is a whole number (got {value}).</source>
        <translation>{record} : «&#xa0;{field}&#xa0;» en {currency} est un nombre entier (valeur saisie : {value}).</translation>
    </message>
    <message>
        <source>{record}: {field} in {currency} has at most {decimals} decimals (got {value}).</source>
        <translation>{record} : «&#xa0;{field}&#xa0;» en {currency} a au plus {decimals} décimales (valeur saisie : {value}).</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>Indicator reading: {value} is outside the valid range of {indicator} ({bounds}).</source>
        <translation>Relevé d’indicateur&#xa0;: {value} est hors de la plage valide de {indicator} ({bounds}).</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date in the form YYYY-MM-DD (for example 2026-03-31).</source>
        <translation>{what}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas une date au format AAAA-MM-JJ (par exemple 2026-03-31).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a whole number.</source>
        <translation>{what}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a number.</source>
        <translation>{what}&#xa0;: «&#xa0;{text}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré de changement</translation>
    </message>
    <message>
        <source>Delivered date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalité d’apprentissage</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Devise de départ</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Health review</source>
        <translation>Revue de santé</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Note de santé</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Indicator reading</source>
        <translation>Relevé d’indicateur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation>Activité d’apprentissage</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>Niveau après</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Niveau avant</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation>Opérateur mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation>Opérateur mentor</translation>
    </message>
    <message>
        <source>Mentoring pair</source>
        <translation>Binôme de mentorat</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next visit date</source>
        <translation>Date de la prochaine visite</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Enregistrement lié</translation>
    </message>
    <message>
        <source>Owner entity</source>
        <translation>Type de l’enregistrement lié</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Changement de phase</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Population served</source>
        <translation>Population desservie</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Practice tick</source>
        <translation>Pratique cochée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation>Bilan d’avancement</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Notée par</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Ticked on</source>
        <translation>Cochée le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>Devise d’arrivée</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Track indicator</source>
        <translation>Indicateur d’un axe</translation>
    </message>
    <message>
        <source>Track stage</source>
        <translation>Étape de l’axe</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit participant</source>
        <translation>Participant à une visite</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Domaine d’intervention</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency in use, such as XOF, EUR, USD or INR.</source>
        <translation>« {code} » n’est pas une monnaie ISO 4217 en usage, comme XOF, EUR, USD ou INR.</translation>
    </message>
    <message>
        <source>Output: a delivered output needs its delivered date.</source>
        <translation>Produit&#xa0;: un produit livré doit avoir sa date de livraison.</translation>
    </message>
    <message>
        <source>Action: give the currency of the estimated cost.</source>
        <translation>Action&#xa0;: indiquez la monnaie du coût estimé.</translation>
    </message>
    <message>
        <source>Learning activity: women, men and not stated add up to {total}, not the {participants} participants; correct them or leave participants empty.</source>
        <translation>Activité d’apprentissage&#xa0;: femmes, hommes et non précisé font {total}, pas les {participants} participants&#xa0;; corrigez-les ou laissez les participants vides.</translation>
    </message>
    <message>
        <source>Track stage: write the evidence that the track is {stage}, as seen on site.</source>
        <translation>Étape de l’axe&#xa0;: indiquez ce qui montre que l’axe a atteint l’étape «&#xa0;{stage}&#xa0;», tel qu’observé sur le terrain.</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <source>Indicator readings</source>
        <translation>Relevés d’indicateurs</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>How to fill</source>
        <translation>Comment remplir</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Quoi écrire</translation>
    </message>
    <message>
        <source>Indicator codes</source>
        <translation>Codes d’indicateurs</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Code de l’indicateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Lowest accepted</source>
        <translation>Minimum accepté</translation>
    </message>
    <message>
        <source>Highest accepted</source>
        <translation>Maximum accepté</translation>
    </message>
    <message>
        <source>The utility the reading is for: {0}. Left blank: {1}.</source>
        <translation>L’opérateur dont c’est le relevé : {0}. Laissé vide : {1}.</translation>
    </message>
    <message>
        <source>The indicator&apos;s code, as listed on the sheet &apos;{0}&apos;. Needed.</source>
        <translation>Le code de l’indicateur, tel que la feuille « {0} » le donne. Obligatoire.</translation>
    </message>
    <message>
        <source>The last day of the period the value is for: a date (YYYY-MM-DD in a CSV file), not in the future. Needed.</source>
        <translation>Le dernier jour de la période de la valeur : une date (AAAA-MM-JJ dans un fichier CSV), pas dans le futur. Obligatoire.</translation>
    </message>
    <message>
        <source>A number within the indicator&apos;s accepted range (sheet &apos;{0}&apos;). Needed.</source>
        <translation>Un nombre dans les limites acceptées pour l’indicateur (feuille « {0} »). Obligatoire.</translation>
    </message>
    <message>
        <source>One of: {0}. May be left blank.</source>
        <translation>L’un de : {0}. Peut rester vide.</translation>
    </message>
    <message>
        <source>Where the figure comes from. May be left blank.</source>
        <translation>D’où vient le chiffre. Peut rester vide.</translation>
    </message>
    <message>
        <source>Anything worth knowing. May be left blank.</source>
        <translation>Tout ce qu’il est utile de savoir. Peut rester vide.</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Data confidence</source>
        <translation>Fiabilité des données</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Axe d’amélioration</translation>
    </message>
    <message>
        <source>Output it serves</source>
        <translation>Produit auquel elle concourt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Monnaie du coût</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Rate used</source>
        <translation>Taux appliqué</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Date du taux</translation>
    </message>
    <message>
        <source>Rate source</source>
        <translation>Source du taux</translation>
    </message>
    <message>
        <source>Amount in reporting currency</source>
        <translation>Montant dans la monnaie de compte</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Monnaie de compte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Visites techniques</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Draft or final</source>
        <translation>Brouillon ou définitive</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>non converti</translation>
    </message>
    <message>
        <source>Funder or partner</source>
        <translation>Bailleur ou partenaire</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>One unit of</source>
        <translation>Une unité de</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Is worth, in</source>
        <translation>Vaut, en</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Form of learning</source>
        <translation>Forme d’apprentissage</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Named trainees</source>
        <translation>Apprenants nommés</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Heures-personnes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>En espèces ou en nature</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>will replace the recorded value {0}.</source>
        <translation>remplacera la valeur enregistrée {0}.</translation>
    </message>
    <message>
        <source>differs from the recorded value {0}: skipped (recorded values are not replaced).</source>
        <translation>diffère de la valeur enregistrée {0} : ignorée (les valeurs enregistrées ne sont pas remplacées).</translation>
    </message>
    <message>
        <source>Readings to add: {0}; to update: {1}; already there and unchanged: {2}; bad rows that will be skipped: {3}.</source>
        <translation>Relevés à ajouter : {0} ; à mettre à jour : {1} ; déjà présents et inchangés : {2} ; lignes erronées qui seront ignorées : {3}.</translation>
    </message>
    <message>
        <source>Readings to add: {0}; to update: {1}; already there and unchanged: {2}.</source>
        <translation>Relevés à ajouter : {0} ; à mettre à jour : {1} ; déjà présents et inchangés : {2}.</translation>
    </message>
    <message>
        <source>Rows that differ from a recorded reading, skipped without replacing it: {0}.</source>
        <translation>Lignes qui diffèrent d’un relevé enregistré, ignorées sans le remplacer : {0}.</translation>
    </message>
    <message>
        <source>Readings added: {0}; updated: {1}; already there and unchanged, skipped: {2}; bad rows skipped: {3}.</source>
        <translation>Relevés ajoutés : {0} ; mis à jour : {1} ; déjà présents et inchangés, ignorés : {2} ; lignes erronées ignorées : {3}.</translation>
    </message>
    <message>
        <source>Readings added: {0}; updated: {1}; already there and unchanged, skipped: {2}.</source>
        <translation>Relevés ajoutés : {0} ; mis à jour : {1} ; déjà présents et inchangés, ignorés : {2}.</translation>
    </message>
    <message>
        <source>{0} is not a CSV file or an Excel workbook (.xlsx); save it as one of these and import it again.</source>
        <translation>{0} n’est ni un fichier CSV ni un classeur Excel (.xlsx) ; enregistrez-le sous l’une de ces formes et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} n’existe pas.</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} est vide.</translation>
    </message>
    <message>
        <source>{0} has merged cells on the sheet &apos;{1}&apos; ({2}); unmerge them so that each reading has its own row, and import it again.</source>
        <translation>{0} a des cellules fusionnées sur la feuille « {1} » ({2}) ; défusionnez-les pour que chaque relevé ait sa propre ligne, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>{0} has a heading row but no readings under it.</source>
        <translation>{0} a une ligne d’en-têtes mais aucun relevé en dessous.</translation>
    </message>
    <message>
        <source>{0} has no column {1} in its first row; name the columns as an export does.</source>
        <translation>{0} n’a pas de colonne {1} dans sa première ligne ; nommez les colonnes comme le fait une exportation.</translation>
    </message>
    <message>
        <source>No partnership with id {0} exists here.</source>
        <translation>Aucun partenariat d’identifiant {0} n’existe ici.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
    <message>
        <source>{0} is blank.</source>
        <translation>« {0} » est vide.</translation>
    </message>
    <message>
        <source>there is no indicator with the code &apos;{0}&apos; here.</source>
        <translation>aucun indicateur ici n’a le code « {0} ».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a utility of this partnership ({1}).</source>
        <translation>« {0} » n’est pas un opérateur de ce partenariat ({1}).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a data confidence; write one of: {1}.</source>
        <translation>« {0} » n’est pas une fiabilité des données ; écrivez l’une de celles-ci : {1}.</translation>
    </message>
    <message>
        <source>this reading repeats row {0} (the same indicator, utility and period).</source>
        <translation>ce relevé répète la ligne {0} (même indicateur, même opérateur et même période).</translation>
    </message>
    <message>
        <source>… and {0} more problems.</source>
        <translation>… et {0} autres problèmes.</translation>
    </message>
    <message>
        <source>There is no partnership here yet.</source>
        <translation>Il n’y a encore aucun partenariat ici.</translation>
    </message>
    <message>
        <source>There are {0} partnerships here; choose one with --partnership: {1}.</source>
        <translation>Il y a {0} partenariats ici ; choisissez-en un avec --partnership : {1}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not something wopdesk export writes; name one of: {1}.</source>
        <translation>« {0} » n’est pas une chose que wopdesk export écrit ; nommez l’un de : {1}.</translation>
    </message>
    <message>
        <source>--csv and --xlsx write every table; to write one, name the file with -o FILE (and the format with --format csv or xlsx).</source>
        <translation>--csv et --xlsx écrivent toutes les tables ; pour en écrire une, nommez le fichier avec -o FICHIER (et le format avec --format csv ou xlsx).</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (ending in .csv or .xlsx).</source>
        <translation>Nommez le fichier à écrire avec -o FICHIER (terminé par .csv ou .xlsx).</translation>
    </message>
    <message>
        <source>The partnership is named twice (&apos;{0}&apos; and &apos;{1}&apos;); name it once.</source>
        <translation>Le partenariat est nommé deux fois (« {0} » et « {1} ») ; nommez-le une seule fois.</translation>
    </message>
    <message>
        <source>--template writes the file an import of readings reads; write it with: wopdesk export readings PARTNERSHIP --template -o FILE.</source>
        <translation>--template écrit le fichier que lit une importation de relevés ; écrivez-le avec : wopdesk export readings PARTENARIAT --template -o FICHIER.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a format wopdesk export writes; use --format csv or --format xlsx.</source>
        <translation>« {0} » n’est pas un format que wopdesk export écrit ; utilisez --format csv ou --format xlsx.</translation>
    </message>
    <message>
        <source>{0} ends in {1}, but --format says {2}; make them agree or leave --format out.</source>
        <translation>{0} se termine par {1}, mais --format dit {2} ; accordez-les ou retirez --format.</translation>
    </message>
    <message>
        <source>Say which format to write: end {0} with .csv or .xlsx, or add --format csv or --format xlsx.</source>
        <translation>Dites quel format écrire : terminez {0} par .csv ou .xlsx, ou ajoutez --format csv ou --format xlsx.</translation>
    </message>
    <message>
        <source>Template for importing readings written to {0}.</source>
        <translation>Modèle pour importer des relevés écrit dans {0}.</translation>
    </message>
    <message>
        <source>{0} written to {1}.</source>
        <translation>{0} : écrit dans {1}.</translation>
    </message>
    <message>
        <source>--format goes with a KIND: wopdesk export KIND PARTNERSHIP --format csv|xlsx -o FILE.</source>
        <translation>--format va avec un TYPE : wopdesk export TYPE PARTENARIAT --format csv|xlsx -o FICHIER.</translation>
    </message>
    <message>
        <source>Say what to write: wopdesk export KIND PARTNERSHIP -o FILE (KIND one of {0}), or wopdesk backup -o FILE.zip.</source>
        <translation>Dites quoi écrire : wopdesk export TYPE PARTENARIAT -o FICHIER (TYPE parmi {0}), ou wopdesk backup -o FICHIER.zip.</translation>
    </message>
    <message>
        <source>Name what to write into {0} before the partnership (one of {1}): wopdesk export KIND PARTNERSHIP -o FILE; the full backup is wopdesk backup -o FILE.zip.</source>
        <translation>Nommez ce qu’il faut écrire dans {0} avant le partenariat (parmi {1}) : wopdesk export TYPE PARTENARIAT -o FICHIER ; la sauvegarde complète est wopdesk backup -o FICHIER.zip.</translation>
    </message>
    <message>
        <source>{0} CSV files written to {1}.</source>
        <translation>{0} fichiers CSV écrits dans {1}.</translation>
    </message>
    <message>
        <source>Workbook written to {0}.</source>
        <translation>Classeur écrit dans {0}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}.</source>
        <translation>Rien n’a été importé de {0}.</translation>
    </message>
    <message>
        <source>To import the good rows ({0}) and leave out the bad ones, add --skip-bad-rows.</source>
        <translation>Pour importer les lignes correctes ({0}) et laisser de côté les autres, ajoutez --skip-bad-rows.</translation>
    </message>
    <message>
        <source>To replace the recorded values with those of these rows ({0}), add --replace-existing.</source>
        <translation>Pour remplacer les valeurs enregistrées par celles de ces lignes ({0}), ajoutez --replace-existing.</translation>
    </message>
    <message>
        <source>{0} can be imported without its bad rows.</source>
        <translation>{0} peut être importé sans ses lignes erronées.</translation>
    </message>
    <message>
        <source>{0} can be imported.</source>
        <translation>{0} peut être importé.</translation>
    </message>
    <message>
        <source>{0} imported without its bad rows.</source>
        <translation>{0} importé sans ses lignes erronées.</translation>
    </message>
    <message>
        <source>{0} imported.</source>
        <translation>{0} importé.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>{name} is not an image WOPdesk can read ({reason}).</source>
        <translation>{name} n’est pas une image que WOPdesk peut lire ({reason}).</translation>
    </message>
    <message>
        <source>This site visit is final; reopen it before deleting it.</source>
        <translation>Cette visite technique est définitive&#x202f;; rouvrez-la avant de la supprimer.</translation>
    </message>
    <message>
        <source>That record is not on this computer.</source>
        <translation>Cet enregistrement n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That record is not deleted.</source>
        <translation>Cet enregistrement n’est pas supprimé.</translation>
    </message>
    <message>
        <source>Restore “{0}” first: this record belongs to it.</source>
        <translation>Restaurez d’abord « {0} » : cet enregistrement en fait partie.</translation>
    </message>
    <message>
        <source>This progress record is approved; reopen it before deleting it.</source>
        <translation>Ce bilan d’avancement est approuvé&#x202f;; rouvrez-le avant de le supprimer.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>Write the summary of this progress record before approving it.</source>
        <translation>Rédigez le résumé de ce bilan d’avancement avant de l’approuver.</translation>
    </message>
    <message>
        <source>This site visit is final; reopen it before editing.</source>
        <translation>Cette visite technique est définitive&#x202f;; rouvrez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>Progress record: say why the partnership is {status} (the reason).</source>
        <translation>Bilan d’avancement&#x202f;: dites pourquoi le partenariat est {status} (la raison).</translation>
    </message>
    <message>
        <source>Progress record: the period {period} overlaps the period {other}, which already has a record.</source>
        <translation>Bilan d’avancement&#x202f;: la période {period} chevauche la période {other}, qui a déjà un bilan.</translation>
    </message>
    <message>
        <source>Progress record: an approval needs a person and a date.</source>
        <translation>Bilan d’avancement&#x202f;: une approbation demande une personne et une date.</translation>
    </message>
    <message>
        <source>{name} is not a member of the mentor in this partnership.</source>
        <translation>{name} n’est pas membre du mentor dans ce partenariat.</translation>
    </message>
    <message>
        <source>{name} is not a member of the mentee in this partnership.</source>
        <translation>{name} n’est pas membre du mentoré dans ce partenariat.</translation>
    </message>
    <message>
        <source>This progress record is approved; reopen it before editing.</source>
        <translation>Ce bilan d’avancement est approuvé&#x202f;; rouvrez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>the record was edited</source>
        <translation>le rapport a été modifié</translation>
    </message>
    <message>
        <source>Approval by the {sides} withdrawn on {day}: {why}. Approve it again.</source>
        <translation>Approbation retirée ({sides}) le {day} : {why}. Approuvez-le de nouveau.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>a change made elsewhere arrived after it</source>
        <translation>une modification faite ailleurs est arrivée après elle</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a reporting period; write it like 2026-Q3, 2026-H1 or 2026.</source>
        <translation>«&#xa0;{code}&#xa0;» n’est pas une période de rapport&#x202f;; écrivez-la comme 2026-Q3, 2026-H1 ou 2026.</translation>
    </message>
    <message>
        <source>Output: the improvement track is not one of this partnership.</source>
        <translation>Produit&#xa0;: cet axe d’amélioration n’est pas un axe de ce partenariat.</translation>
    </message>
    <message>
        <source>Action: the output it serves is not one of this partnership.</source>
        <translation>Action&#xa0;: le produit auquel elle concourt n’est pas un produit de ce partenariat.</translation>
    </message>
    <message>
        <source>Sign-off: give the date the visit was signed.</source>
        <translation>Signature : indiquez la date à laquelle la visite a été signée.</translation>
    </message>
    <message>
        <source>Sign-off: name who signed for at least one side.</source>
        <translation>Signature : indiquez qui a signé, pour au moins une des parties.</translation>
    </message>
    <message>
        <source>Sign-off: say whether it was signed on screen or on paper.</source>
        <translation>Signature : précisez si elle a été faite à l’écran ou sur papier.</translation>
    </message>
    <message>
        <source>This action was not agreed at an earlier visit of this partnership.</source>
        <translation>Cette action n’a pas été convenue lors d’une visite précédente de ce partenariat.</translation>
    </message>
    <message>
        <source>Reopened on {day}: a change made elsewhere arrived after this visit was signed. Check it and finalise it again.</source>
        <translation>Rouverte le {day}&#xa0;: une modification faite ailleurs est arrivée après la signature de cette visite. Vérifiez-la et rendez-la définitive à nouveau.</translation>
    </message>
    <message>
        <source>Site visit “{title}” ({day}) was reopened: a change made elsewhere arrived after it was signed. Check it and finalise it again.</source>
        <translation>La visite technique «&#xa0;{title}&#xa0;» ({day}) a été rouverte&#xa0;: une modification faite ailleurs est arrivée après sa signature. Vérifiez-la et rendez-la définitive à nouveau.</translation>
    </message>
    <message>
        <source>Milestone: give the target&apos;s baseline date and target date first.</source>
        <translation>Jalon&#xa0;: indiquez d’abord la date de référence et la date cible.</translation>
    </message>
    <message>
        <source>Milestone: its date ({date}) must come before the target date ({target}).</source>
        <translation>Jalon&#xa0;: sa date ({date}) doit précéder la date cible ({target}).</translation>
    </message>
    <message>
        <source>Milestone: its date ({date}) must come after the baseline date ({baseline}).</source>
        <translation>Jalon&#xa0;: sa date ({date}) doit suivre la date de référence ({baseline}).</translation>
    </message>
    <message>
        <source>Milestone: this target already has a milestone in {year} ({date}).</source>
        <translation>Jalon&#xa0;: cette cible a déjà un jalon en {year} ({date}).</translation>
    </message>
    <message>
        <source>Milestone: {value} is outside the valid range of {indicator} ({bounds}).</source>
        <translation>Jalon&#xa0;: {value} est hors de la plage valide de {indicator} ({bounds}).</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server at {server} did not answer in time; the network may be slow or down, so sync again later.</source>
        <translation>Le serveur {server} n’a pas répondu à temps&#xa0;; le réseau est peut-être lent ou coupé, synchronisez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>The server at {server} could not prove who it is (its certificate was refused); check the address, or ask its administrator about its certificate.</source>
        <translation>Le serveur {server} n’a pas pu prouver son identité (son certificat a été refusé)&#xa0;; vérifiez l’adresse, ou interrogez son administrateur sur son certificat.</translation>
    </message>
    <message>
        <source>No secure connection could be set up with {server}; check that the address starts with https:// only if the server uses it, and that the port is right.</source>
        <translation>Aucune connexion sécurisée n’a pu être établie avec {server}&#xa0;; vérifiez que l’adresse ne commence par https:// que si le serveur l’utilise, et que le port est le bon.</translation>
    </message>
    <message>
        <source>The server name {host} cannot be found; check the address, or the network if you are offline.</source>
        <translation>Le nom de serveur {host} est introuvable&#xa0;; vérifiez l’adresse, ou le réseau si vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>This computer has no way to the server at {server} (no network, or no route to it); connect to a network, then sync again.</source>
        <translation>Cet ordinateur n’a aucun chemin vers le serveur {server} (pas de réseau, ou pas de route vers lui)&#xa0;; connectez-vous à un réseau, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The server at {server} refused the connection; check that it is running and that the address and port are right.</source>
        <translation>Le serveur {server} a refusé la connexion&#xa0;; vérifiez qu’il est en marche et que l’adresse et le port sont les bons.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {server}; check the address and the network, then sync again.</source>
        <translation>Impossible de joindre le serveur {server}&#xa0;; vérifiez l’adresse et le réseau, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write it like https://wop.example.org.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse de serveur&#xa0;; écrivez-la comme https://wop.example.org.</translation>
    </message>
    <message>
        <source>The server at {server} did not accept the sign-in ({detail}); sync again and enter your password when asked.</source>
        <translation>Le serveur {server} n’a pas accepté la connexion ({detail})&#xa0;; synchronisez de nouveau et saisissez votre mot de passe quand il est demandé.</translation>
    </message>
    <message>
        <source>The server at {server} failed ({status}: {detail}); sync again later.</source>
        <translation>Le serveur {server} a échoué ({status}&#xa0;: {detail})&#xa0;; synchronisez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Le serveur a refusé la demande&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The server at {server} did not answer like a WOPdesk server; check the address.</source>
        <translation>Le serveur {server} n’a pas répondu comme un serveur WOPdesk&#xa0;; vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The account {user} is disabled on {server}; ask the server&apos;s administrator to enable it.</source>
        <translation>Le compte {user} est désactivé sur {server}&#xa0;; demandez à l’administrateur du serveur de le réactiver.</translation>
    </message>
    <message>
        <source>Wrong user name or password for {user} on {server}; check both and sync again.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect pour {user} sur {server}&#xa0;; vérifiez-les et synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The upload of file {file}… did not finish; sync again.</source>
        <translation>L’envoi du fichier {file}… ne s’est pas terminé&#xa0;; synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>The download of file {file}… did not finish; sync again.</source>
        <translation>La réception du fichier {file}… ne s’est pas terminée&#xa0;; synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>Your access to “{title}” was withdrawn on the server; its data leaves this laptop at the next sync.</source>
        <translation>Votre accès à « {title} » a été retiré sur le serveur ; ses données quittent cet ordinateur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{count} of your changes to it were never synced: they are saved to a file in your data folder first.</source>
        <translation>{count} de vos modifications n’ont jamais été synchronisées : elles sont d’abord enregistrées dans un fichier de votre dossier de données.</translation>
    </message>
    <message>
        <source>“{title}” was removed from this laptop: your access to it was withdrawn.</source>
        <translation>« {title} » a été retiré de cet ordinateur : votre accès a été retiré.</translation>
    </message>
    <message>
        <source>Your unsynced changes are saved in {path}.</source>
        <translation>Vos modifications non synchronisées sont enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was sent and received so far is kept, the rest goes at the next sync.</source>
        <translation>Synchronisation annulée ; ce qui a déjà été envoyé et reçu est gardé, le reste part à la prochaine synchronisation.</translation>
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
        <translation>En espèces</translation>
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
        <translation>Assez fiable</translation>
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
        <source>Higher is better</source>
        <translation>Meilleur si plus élevé</translation>
    </message>
    <message>
        <source>Adopted in routine</source>
        <translation>Adopté dans la routine</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Close the partnership</source>
        <translation>Clore le partenariat</translation>
    </message>
    <message>
        <source>Continue the partnership</source>
        <translation>Poursuivre le partenariat</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Dissolving the relationship</source>
        <translation>Dissolution de la relation</translation>
    </message>
    <message>
        <source>Expand the partnership</source>
        <translation>Élargir le partenariat</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Institutionalised</source>
        <translation>Institutionnalisé</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Meilleur si plus bas</translation>
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
        <source>Middle period</source>
        <translation>Période intermédiaire</translation>
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
        <source>Nearest the norm</source>
        <translation>Au plus près de la norme</translation>
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
        <translation>Nord-Sud</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>À l’écran</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
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
        <source>Orientation (building the base)</source>
        <translation>Orientation (poser les bases)</translation>
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
        <source>Piloted</source>
        <translation>Piloté</translation>
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
        <source>Quarter</source>
        <translation>Trimestre</translation>
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
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>South–south</source>
        <translation>Sud-Sud</translation>
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
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
</TS>
