<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Back up all WOPdesk data</source>
        <translation>Copia de seguridad de todos los datos de WOPdesk</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Backing up to {0}…</source>
        <translation>Copiando en {0}…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Copia de seguridad guardada en {0}.</translation>
    </message>
    <message>
        <source>Restore a WOPdesk backup</source>
        <translation>Restaurar una copia de seguridad de WOPdesk</translation>
    </message>
    <message>
        <source>no partnership</source>
        <translation>ninguna alianza</translation>
    </message>
    <message>
        <source>Restore {0}?</source>
        <translation>¿Restaurar {0}?</translation>
    </message>
    <message>
        <source>It holds: {0}.</source>
        <translation>Contiene: {0}.</translation>
    </message>
    <message>
        <source>Last change in it: {0}.</source>
        <translation>Último cambio: {0}.</translation>
    </message>
    <message>
        <source>It replaces everything in WOPdesk now ({0}), with changes not yet synced.</source>
        <translation>Reemplaza todo lo que WOPdesk contiene ahora ({0}), incluidos los cambios aún no sincronizados.</translation>
    </message>
    <message>
        <source>What is there now is first kept in an automatic backup (wopdesk backups lists them).</source>
        <translation>Lo que hay ahora se guarda antes en una copia automática (wopdesk backups las lista).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>Restaurando {0}…</translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation>{0} restaurada.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Choose a partnership first.</source>
        <translation>Elija primero una alianza.</translation>
    </message>
    <message>
        <source>Nobody takes part in this partnership yet.</source>
        <translation>Nadie participa todavía en esta alianza.</translation>
    </message>
    <message>
        <source>Print learning record</source>
        <translation>Imprimir el registro de aprendizaje</translation>
    </message>
    <message>
        <source>Whose learning record?</source>
        <translation>¿El registro de aprendizaje de quién?</translation>
    </message>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Exportar a hoja de cálculo</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Exportando a {0}…</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exportado a {0}.</translation>
    </message>
    <message>
        <source>Save a template for importing readings</source>
        <translation>Guardar una plantilla para importar lecturas</translation>
    </message>
    <message>
        <source>Template saved to {0}.</source>
        <translation>Plantilla guardada en {0}.</translation>
    </message>
    <message>
        <source>Import indicator readings</source>
        <translation>Importar lecturas de indicadores</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{0} cannot be imported; nothing was written.</source>
        <translation>{0} no se puede importar; no se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}.</source>
        <translation>No se importó nada de {0}.</translation>
    </message>
    <message>
        <source>Nothing to import: every reading in {0} is already here.</source>
        <translation>Nada que importar: todas las lecturas de {0} ya están aquí.</translation>
    </message>
    <message>
        <source>Imported {0}. {1}</source>
        <translation>{0} importado. {1}</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation>— ninguna línea —</translation>
    </message>
    <message>
        <source>Serves the output</source>
        <translation>Contribuye al producto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Moneda del costo</translation>
    </message>
    <message>
        <source>From diagnosis finding</source>
        <translation>Originada en el hallazgo del diagnóstico</translation>
    </message>
    <message>
        <source>{0} (deleted)</source>
        <translation>{0} (eliminado)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>From site visit</source>
        <translation>Originada en la visita técnica</translation>
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
    <name>ApprovalEditor</name>
    <message>
        <source>Approved for</source>
        <translation>Aprobado por parte de</translation>
    </message>
    <message>
        <source>the mentor</source>
        <translation>el mentor</translation>
    </message>
    <message>
        <source>the mentee</source>
        <translation>el mentorado</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Approve the progress record</source>
        <translation>Aprobar el registro de avance</translation>
    </message>
    <message>
        <source>Choose who approves.</source>
        <translation>Elija quién aprueba.</translation>
    </message>
</context>
<context>
    <name>BudgetLineEditor</name>
    <message>
        <source>Pays for</source>
        <translation>Financia</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Funder or partner</source>
        <translation>Financiador o socio</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>Presupuestada</translation>
    </message>
    <message>
        <source>In kind (staff time, equipment lent), not cash</source>
        <translation>En especie (tiempo del personal, equipo prestado), no en efectivo</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>— whole partnership —</source>
        <translation>— toda la alianza —</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Degree of change</source>
        <translation>Grado de cambio</translation>
    </message>
    <message>
        <source>−2 much worse · 0 no change · +2 much better</source>
        <translation>−2 mucho peor · 0 sin cambio · +2 mucho mejor</translation>
    </message>
    <message>
        <source>WOP contribution</source>
        <translation>Aporte de la alianza</translation>
    </message>
    <message>
        <source>0 none · 1 some · 2 decisive</source>
        <translation>0 ninguno · 1 parcial · 2 decisivo</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores favorables</translation>
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
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>WOP contribution</source>
        <translation>Aporte de la alianza</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores favorables</translation>
    </message>
    <message>
        <source>Capacity went down in this dimension.</source>
        <translation>La capacidad disminuyó en esta dimensión.</translation>
    </message>
    <message>
        <source>Selected assessment</source>
        <translation>Evaluación seleccionada</translation>
    </message>
    <message>
        <source>Degree of change from −2 to +2 and the WOP&apos;s contribution from 0 to 2, per capacity dimension, as judged by the partners.</source>
        <translation>Grado de cambio de −2 a +2 y aporte de la alianza de 0 a 2, por dimensión de capacidad, según la valoración de los socios.</translation>
    </message>
    <message>
        <source>{0} ({1}): change {2}, WOP contribution {3}</source>
        <translation>{0} ({1}): cambio {2}, aporte de la alianza {3}</translation>
    </message>
    <message>
        <source>the assessment of “{0}”</source>
        <translation>la evaluación «{0}»</translation>
    </message>
</context>
<context>
    <name>ConflictSide</name>
    <message>
        <source>Keep this</source>
        <translation>Conservar este valor</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Por {0}</translation>
    </message>
    <message>
        <source>By {0}, {1}</source>
        <translation>Por {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while offline, </source>
        <translation>No hay conflictos. Cuando dos personas cambian el mismo campo sin conexión, </translation>
    </message>
    <message>
        <source>the value that lost appears here so you can choose.</source>
        <translation>el valor descartado aparece aquí para que usted elija.</translation>
    </message>
    <message>
        <source>Value in use now</source>
        <translation>Valor en uso ahora</translation>
    </message>
    <message>
        <source>Value set aside by sync</source>
        <translation>Valor apartado por la sincronización</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Combinar a mano</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>Keep the merged text</source>
        <translation>Conservar el texto combinado</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>deleted on one side, edited on the other</source>
        <translation>eliminado de un lado, modificado del otro</translation>
    </message>
    <message>
        <source>field: {0}</source>
        <translation>campo: {0}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Not deleted (edited)</source>
        <translation>No eliminado (modificado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>{0}: two people changed {1} at the same time.</source>
        <translation>{0}: dos personas cambiaron {1} al mismo tiempo.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Conflicto resuelto.</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>Partner utility</source>
        <translation>Operador socio</translation>
    </message>
    <message>
        <source>— a donor or other body —</source>
        <translation>— un donante u otra entidad —</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Received so far</source>
        <translation>Recibido hasta ahora</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>CreatingPicker</name>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
</context>
<context>
    <name>CurrencyField</name>
    <message>
        <source>Code or name, e.g. XOF or franc CFA</source>
        <translation>Código o nombre, p. ej. XOF o franco CFA</translation>
    </message>
</context>
<context>
    <name>CycleCard</name>
    <message>
        <source>Good practice for this phase</source>
        <translation>Buenas prácticas de esta fase</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Record a mentoring pair…</source>
        <translation>Registrar una pareja de mentoría…</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Historial de fases</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Parejas de mentoría</translation>
    </message>
    <message>
        <source>Good practice for this phase: {0}</source>
        <translation>Buenas prácticas de esta fase: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>No phase change recorded yet.</source>
        <translation>Aún no se ha registrado ningún cambio de fase.</translation>
    </message>
    <message>
        <source>{0} → {1}: {2} since {3}</source>
        <translation>{0} → {1}: {2} desde el {3}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} practices ticked</source>
        <translation>{0} de {1} prácticas marcadas</translation>
    </message>
    <message>
        <source>Delete this mentoring pair?</source>
        <translation>¿Eliminar esta pareja de mentoría?</translation>
    </message>
    <message>
        <source>Delete this phase change from the history?</source>
        <translation>¿Eliminar este cambio de fase del historial?</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date (F4)</source>
        <translation>Elegir una fecha (F4)</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>{0}: este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Nuevo hallazgo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Add action for this finding…</source>
        <translation>Agregar una acción para este hallazgo…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Hallazgo seleccionado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Found on visit</source>
        <translation>Detectado en la visita</translation>
    </message>
    <message>
        <source>{0} findings · {1} high priority · {2} without an action yet</source>
        <translation>Hallazgos: {0} · prioridad alta: {1} · aún sin acción: {2}</translation>
    </message>
    <message>
        <source>not yet agreed</source>
        <translation>aún no acordado</translation>
    </message>
    <message>
        <source>the finding “{0}”</source>
        <translation>el hallazgo «{0}»</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Adjuntar documento…</translation>
    </message>
    <message>
        <source>Attach a PDF, a spreadsheet or a text document (up to {0} MB)</source>
        <translation>Adjuntar un PDF, una hoja de cálculo o un documento de texto (hasta {0} MB)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected document in its usual program</source>
        <translation>Abrir el documento seleccionado con su programa habitual</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>Guarde el registro antes de adjuntarle documentos.</translation>
    </message>
    <message>
        <source>{0} ({1} KB)</source>
        <translation>{0} ({1} KB)</translation>
    </message>
    <message>
        <source>Double-click to open {0}</source>
        <translation>Doble clic para abrir {0}</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Adjuntar documento</translation>
    </message>
    <message>
        <source>Documents ({0});;All files (*)</source>
        <translation>Documentos ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select the document to open first.</source>
        <translation>Seleccione primero el documento que desea abrir.</translation>
    </message>
    <message>
        <source>No program on this computer opens {0}.</source>
        <translation>Ningún programa de este equipo abre {0}.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>WOPdesk: unexpected error</source>
        <translation>WOPdesk: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong and WOPdesk could not finish what it was doing ({0}). What you saved before is safe; you can continue, or quit and start WOPdesk again.</source>
        <translation>Algo salió mal y WOPdesk no pudo terminar lo que estaba haciendo ({0}). Lo que guardó antes está a salvo; puede continuar, o salir y volver a abrir WOPdesk.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Save a problem report…</source>
        <translation>Guardar un informe del problema…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Quit WOPdesk</source>
        <translation>Salir de WOPdesk</translation>
    </message>
</context>
<context>
    <name>ExchangeRateEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>One unit of</source>
        <translation>Una unidad de</translation>
    </message>
    <message>
        <source>Is worth, in</source>
        <translation>Vale, en</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where the rate was read: a central bank, the funder&apos;s agreement…</source>
        <translation>Dónde se leyó el tipo: un banco central, el convenio del financiador…</translation>
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>In kind (staff time, equipment lent), not cash</source>
        <translation>En especie (tiempo del personal, equipos prestados), no en efectivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Partida presupuestaria</translation>
    </message>
    <message>
        <source>— outside the budget lines —</source>
        <translation>— fuera de las partidas —</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Exportar a hoja de cálculo</translation>
    </message>
    <message>
        <source>What to export from {0}?</source>
        <translation>¿Qué exportar de {0}?</translation>
    </message>
    <message>
        <source>All tables (a workbook, or one CSV file per table)</source>
        <translation>Todas las tablas (un libro, o un archivo CSV por tabla)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, one per table (*.csv)</source>
        <translation>Archivos CSV, uno por tabla (*.csv)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook, with the partnership&apos;s utilities and indicator codes (*.xlsx)</source>
        <translation>Libro de Excel, con los operadores y los códigos de indicadores de la alianza (*.xlsx)</translation>
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
        <translation>Nuevo gasto…</translation>
    </message>
    <message>
        <source>New contribution…</source>
        <translation>Nueva contribución…</translation>
    </message>
    <message>
        <source>New budget line…</source>
        <translation>Nueva partida…</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Presupuesto ejecutado</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Budget (cash budget lines)</source>
        <translation>Presupuesto (líneas presupuestarias en efectivo)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>en especie</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>en efectivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>1 {0} = {1} {2}</source>
        <translation>1 {0} = {1} {2}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Remaining: {0}</source>
        <translation>Saldo: {0}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>The cash budget lines of each funder, in the partnership currency, converted with the latest rate.</source>
        <translation>Las líneas presupuestarias en efectivo de cada financiador, en la moneda de la alianza, convertidas con el tipo más reciente.</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Por financiador</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Also spent on this line, with no exchange rate to {0}: {1}.</source>
        <translation>También gastado en esta partida, sin tipo de cambio a {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} % of the partnership&apos;s planned time has passed.</source>
        <translation>Ha transcurrido el {0} % del tiempo previsto de la alianza.</translation>
    </message>
    <message>
        <source>Give the partnership its planned dates to compare spending with time.</source>
        <translation>Indique las fechas previstas de la alianza para comparar el gasto con el tiempo.</translation>
    </message>
    <message>
        <source>In cash; {0} more budgeted in kind</source>
        <translation>En efectivo; {0} más presupuestados en especie</translation>
    </message>
    <message>
        <source>{0} · in kind, not money: {1}</source>
        <translation>{0} · en especie, no dinero: {1}</translation>
    </message>
    <message>
        <source>{0} % of the budget</source>
        <translation>{0} % del presupuesto</translation>
    </message>
    <message>
        <source>no budget yet</source>
        <translation>aún sin presupuesto</translation>
    </message>
    <message>
        <source>Over budget.</source>
        <translation>Presupuesto excedido.</translation>
    </message>
    <message>
        <source>Still available.</source>
        <translation>Aún disponible.</translation>
    </message>
    <message>
        <source>All amounts in {0}, the partnership currency.</source>
        <translation>Todos los montos en {0}, la moneda de la alianza.</translation>
    </message>
    <message>
        <source>Spent includes {0}, converted at the rate of each expense&apos;s date.</source>
        <translation>Lo gastado incluye {0}, convertidos al tipo de la fecha de cada gasto.</translation>
    </message>
    <message>
        <source>Not converted, so not counted above: {0} (no exchange rate on or before their date; add one under Exchange rates).</source>
        <translation>Sin convertir, por tanto no contados arriba: {0} (ningún tipo de cambio en su fecha o antes; añada uno en Tipos de cambio).</translation>
    </message>
    <message>
        <source>the budget line {0}</source>
        <translation>la partida {0}</translation>
    </message>
    <message>
        <source>the exchange rate {0}</source>
        <translation>el tipo de cambio {0}</translation>
    </message>
    <message>
        <source>the expense of {0}</source>
        <translation>el gasto del {0}</translation>
    </message>
    <message>
        <source>the contribution of {0}</source>
        <translation>la contribución de {0}</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation>— ninguna línea —</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Agreed by both partners on</source>
        <translation>Acordado por ambos socios el</translation>
    </message>
    <message>
        <source>Found on site visit</source>
        <translation>Detectado en la visita técnica</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>Welcome to WOPdesk</source>
        <translation>Bienvenido a WOPdesk</translation>
    </message>
    <message>
        <source>WOPdesk keeps the record of a Water Operators&apos; Partnership on this computer: site visits, the diagnosis and work plan, learning, indicators and money. It works without a network.</source>
        <translation>WOPdesk guarda en esta computadora el seguimiento de una alianza entre operadores de agua (WOP): visitas técnicas, diagnóstico y plan de trabajo, aprendizaje, indicadores y finanzas. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Create a partnership…</source>
        <translation>Crear una alianza…</translation>
    </message>
    <message>
        <source>Open the demo partnership</source>
        <translation>Abrir la alianza de demostración</translation>
    </message>
    <message>
        <source>The demo holds two made-up partnerships between real utilities, in Burkina Faso and in India; you can delete them later or keep them to practise.</source>
        <translation>La demostración contiene dos alianzas ficticias entre operadores reales, en Burkina Faso y en la India; puede eliminarlas más tarde o conservarlas para practicar.</translation>
    </message>
    <message>
        <source>Creating the demo partnership…</source>
        <translation>Creando la alianza de demostración…</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Record review…</source>
        <translation>Registrar una revisión…</translation>
    </message>
    <message>
        <source>One partner scores how the partnership works, item by item</source>
        <translation>Un socio puntúa cómo funciona la alianza, criterio por criterio</translation>
    </message>
    <message>
        <source>Edit review…</source>
        <translation>Editar la revisión…</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Eliminar la revisión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Items scored</source>
        <translation>Criterios puntuados</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Latest review of each partner, average per item</source>
        <translation>Última revisión de cada socio, promedio por criterio</translation>
    </message>
    <message>
        <source>No review yet: each partner records its own.</source>
        <translation>Aún no hay revisiones: cada socio registra la suya.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no review yet</source>
        <translation>sin revisión aún</translation>
    </message>
    <message>
        <source>the health review of {0} by the {1}</source>
        <translation>la revisión de salud del {0} por el {1}</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>¿Eliminar {0}?</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Períodos de informe</translation>
    </message>
    <message>
        <source>Partnership health</source>
        <translation>Salud de la alianza</translation>
    </message>
</context>
<context>
    <name>HealthReviewEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Período revisado</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>General comment</source>
        <translation>Comentario general</translation>
    </message>
    <message>
        <source>New partnership health review</source>
        <translation>Nueva revisión de la salud de la alianza</translation>
    </message>
    <message>
        <source>Partnership health review</source>
        <translation>Revisión de la salud de la alianza</translation>
    </message>
    <message>
        <source>Score at least one item.</source>
        <translation>Puntúe al menos un criterio.</translation>
    </message>
</context>
<context>
    <name>HoursBars</name>
    <message>
        <source>{0}: {1} h</source>
        <translation>{0}: {1} h</translation>
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
        <translation>Importar lecturas de indicadores</translation>
    </message>
    <message>
        <source>Import {0}?</source>
        <translation>¿Importar {0}?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Replace recorded values</source>
        <translation>Reemplazar los valores registrados</translation>
    </message>
    <message>
        <source>Rows whose value differs from the reading already recorded for the same utility, indicator and period replace it; unticked, they are skipped.</source>
        <translation>Las filas cuyo valor difiere de la lectura ya registrada para el mismo operador, indicador y período la reemplazan; sin marcar, se omiten.</translation>
    </message>
    <message>
        <source>Every row has a problem or is already here: there is nothing to import.</source>
        <translation>Cada fila tiene un problema o ya está presente: no hay nada que importar.</translation>
    </message>
    <message>
        <source>Rows in red have a problem and will not be imported; the others are written together when you press Import.</source>
        <translation>Las filas en rojo tienen un problema y no se importarán; las demás se guardan juntas al pulsar Importar.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Fila {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Código del indicador</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>On import</source>
        <translation>Al importar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Already there, unchanged: skipped</source>
        <translation>Ya presente, sin cambios: omitida</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Formula in words</source>
        <translation>Fórmula en palabras</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Benchmark source</source>
        <translation>Fuente del valor de referencia</translation>
    </message>
    <message>
        <source>Lowest valid value</source>
        <translation>Valor válido mínimo</translation>
    </message>
    <message>
        <source>Highest valid value</source>
        <translation>Valor válido máximo</translation>
    </message>
    <message>
        <source>Indicator: the highest valid value ({0}) is below the lowest ({1}).</source>
        <translation>Indicador: el valor válido máximo ({0}) es inferior al mínimo ({1}).</translation>
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
        <translation>Operador</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>New reading…</source>
        <translation>Nueva medición…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Nuevo indicador…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The data behind this reading is unreliable.</source>
        <translation>Los datos de esta medición son poco fiables.</translation>
    </message>
    <message>
        <source>Against baseline, target and benchmark</source>
        <translation>Frente a la línea de base, la meta y el valor de referencia</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Última medición</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Value ({0})</source>
        <translation>Valor ({0})</translation>
    </message>
    <message>
        <source>{0}  by {1}</source>
        <translation>{0}  para el {1}</translation>
    </message>
    <message>
        <source>{0} · {1} · valid range {2}</source>
        <translation>{0} · {1} · rango válido {2}</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>cualquier valor</translation>
    </message>
    <message>
        <source>Choose a utility and an indicator.</source>
        <translation>Elija un operador y un indicador.</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>Todavía no hay mediciones.</translation>
    </message>
    <message>
        <source>Not linked to an improvement track: no baseline or target.</source>
        <translation>No vinculado a una línea de mejora: sin línea de base ni meta.</translation>
    </message>
    <message>
        <source>Better than the baseline.</source>
        <translation>Mejor que la línea de base.</translation>
    </message>
    <message>
        <source>Not better than the baseline.</source>
        <translation>No mejor que la línea de base.</translation>
    </message>
    <message>
        <source>Target reached.</source>
        <translation>Meta alcanzada.</translation>
    </message>
    <message>
        <source>Target not reached yet.</source>
        <translation>Meta aún no alcanzada.</translation>
    </message>
    <message>
        <source>the reading of {0}</source>
        <translation>la medición del {0}</translation>
    </message>
</context>
<context>
    <name>ItemScoreField</name>
    <message>
        <source>— not scored —</source>
        <translation>— sin puntuar —</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>✓ Target reached</source>
        <translation>✓ Meta alcanzada</translation>
    </message>
    <message>
        <source>● On track</source>
        <translation>● Según lo previsto</translation>
    </message>
    <message>
        <source>▲ Behind plan</source>
        <translation>▲ Con retraso</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Sin mediciones</translation>
    </message>
    <message>
        <source>◌ No recent reading</source>
        <translation>◌ Sin medición reciente</translation>
    </message>
</context>
<context>
    <name>LearningEditor</name>
    <message>
        <source>New learning entry</source>
        <translation>Nueva entrada de aprendizaje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Lo que se aprendió</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Nivel antes</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>Nivel después</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation>Cómo se aplicó</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Aplicado el</translation>
    </message>
    <message>
        <source>Verified by mentor</source>
        <translation>Verificado por el mentor</translation>
    </message>
    <message>
        <source>The mentor who checked that the learning is applied at work</source>
        <translation>El mentor que verificó que lo aprendido se aplica en el trabajo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this entry (Ctrl+S)</source>
        <translation>Guardar esta entrada (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Guardar y &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete this entry (Edit › Undo takes it back)</source>
        <translation>Eliminar esta entrada (Edición › Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Empty: the sum of the counts below, or the named trainees</source>
        <translation>Vacío: la suma de las cifras de abajo, o los participantes nombrados</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexo sin indicar</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Horas-persona</translation>
    </message>
    <message>
        <source>{0} ({1} participants × {2} h)</source>
        <translation>{0} ({1} participantes × {2} h)</translation>
    </message>
    <message>
        <source>Learning entry</source>
        <translation>Entrada de aprendizaje</translation>
    </message>
    <message>
        <source>Unsaved typing restored.</source>
        <translation>Se restauró lo escrito sin guardar.</translation>
    </message>
    <message>
        <source>Delete the learning entry “{0}”?</source>
        <translation>¿Eliminar la entrada de aprendizaje «{0}»?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Form of learning</source>
        <translation>Modalidad de aprendizaje</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Todas las modalidades</translation>
    </message>
    <message>
        <source>Filter by topic, competency or evidence</source>
        <translation>Filtrar por tema, competencia o evidencia</translation>
    </message>
    <message>
        <source>Filter the learning log</source>
        <translation>Filtrar el registro de aprendizaje</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Log a learning activity (Ctrl+N)</source>
        <translation>Registrar una actividad de aprendizaje (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hours, person-hours and people by sex</source>
        <translation>Horas, horas-persona y personas por sexo</translation>
    </message>
    <message>
        <source>Learning log</source>
        <translation>Registro de aprendizaje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Participants × hours; a cell&apos;s tip gives the people by sex</source>
        <translation>Participantes × horas; la ayuda emergente de una celda da las personas por sexo</translation>
    </message>
    <message>
        <source>{0} participants × {1} h: {2} women, {3} men, {4} not stated</source>
        <translation>{0} participantes × {1} h: {2} mujeres, {3} hombres, {4} sin indicar</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Horas-persona</translation>
    </message>
    <message>
        <source>Competency (level)</source>
        <translation>Competencia (nivel)</translation>
    </message>
    <message>
        <source>Verified by a mentor</source>
        <translation>Verificado por un mentor</translation>
    </message>
    <message>
        <source>{0} hours, {1} person-hours · {2} participants: {3} women, {4} men, {5} not stated</source>
        <translation>{0} horas, {1} horas-persona · {2} participantes: {3} mujeres, {4} hombres, {5} sin indicar</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entradas</translation>
    </message>
</context>
<context>
    <name>LevelCard</name>
    <message>
        <source>mean change</source>
        <translation>cambio medio</translation>
    </message>
    <message>
        <source>mean WOP contribution</source>
        <translation>aporte medio de la alianza</translation>
    </message>
    <message>
        <source>Dimensions assessed: {0}</source>
        <translation>Dimensiones evaluadas: {0}</translation>
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
        <translation>1 · novato</translation>
    </message>
    <message>
        <source>2 · beginner</source>
        <translation>2 · principiante</translation>
    </message>
    <message>
        <source>3 · competent</source>
        <translation>3 · competente</translation>
    </message>
    <message>
        <source>4 · proficient</source>
        <translation>4 · avanzado</translation>
    </message>
    <message>
        <source>5 · expert</source>
        <translation>5 · experto</translation>
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
        <translation>Usted es</translation>
    </message>
    <message>
        <source>Who uses WOPdesk on this computer (used for defaults)</source>
        <translation>Quién usa WOPdesk en esta computadora (se usa para los valores predeterminados)</translation>
    </message>
    <message>
        <source>&amp;Partnership</source>
        <translation>&amp;Alianza</translation>
    </message>
    <message>
        <source>&amp;You are</source>
        <translation>&amp;Usted es</translation>
    </message>
    <message>
        <source>WOPdesk could not finish opening your data: {0}.</source>
        <translation>WOPdesk no pudo terminar de abrir sus datos: {0}.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>Trabajo de campo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Print &amp;progress report…</source>
        <translation>Imprimir el informe de &amp;avance…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Export to spreadsheet…</source>
        <translation>&amp;Exportar a hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Import indicator readings…</source>
        <translation>&amp;Importar lecturas de indicadores…</translation>
    </message>
    <message>
        <source>Save a readings te&amp;mplate…</source>
        <translation>Guardar una &amp;plantilla de lecturas…</translation>
    </message>
    <message>
        <source>Your data is still being opened.</source>
        <translation>Sus datos todavía se están abriendo.</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>{0}  ({1})</source>
        <translation>{0}  ({1})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>Start a new record on this page (Ctrl+N)</source>
        <translation>Crear un nuevo registro en esta página (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the record being edited (Ctrl+S)</source>
        <translation>Guardar el registro que se está editando (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About WOPdesk</source>
        <translation>&amp;Acerca de WOPdesk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Print &amp;learning record…</source>
        <translation>Imprimir el registro de &amp;aprendizaje…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language: {0}. It applies the next time WOPdesk starts.</source>
        <translation>Idioma: {0}. Se aplicará la próxima vez que se inicie WOPdesk.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>Choose a partnership first.</source>
        <translation>Elija primero una alianza.</translation>
    </message>
    <message>
        <source>WOPdesk stopped unexpectedly the last time it ran. Help › Report a problem saves the details for whoever supports you.</source>
        <translation>WOPdesk se cerró inesperadamente la última vez que se usó. Ayuda › Informar de un problema guarda los detalles para quien le da soporte.</translation>
    </message>
    <message>
        <source>About WOPdesk</source>
        <translation>Acerca de WOPdesk</translation>
    </message>
    <message>
        <source>WOPdesk keeps the record of Water Operators&apos; Partnerships, offline first.

Shortcuts: Ctrl+1…9 and Ctrl+0 pages, Ctrl+F search, Ctrl+N new record, Ctrl+S save.</source>
        <translation>WOPdesk lleva el seguimiento de las alianzas entre operadores de agua (WOP), primero sin conexión.

Atajos: Ctrl+1…9 y Ctrl+0 páginas, Ctrl+F buscar, Ctrl+N nuevo registro, Ctrl+S guardar.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>— choose a person —</source>
        <translation>— elegir una persona —</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Agregar un integrante</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Member: this person is already a member; change their role instead.</source>
        <translation>Integrante: esta persona ya es integrante; cambie su rol en su lugar.</translation>
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
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Phase of the relationship</source>
        <translation>Fase de la relación</translation>
    </message>
    <message>
        <source>Orientation, the middle period, then dissolving (after a year or two).</source>
        <translation>Orientación, período intermedio y luego disolución (tras uno o dos años).</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Mentoring pair</source>
        <translation>Pareja de mentoría</translation>
    </message>
    <message>
        <source>Mentoring pair: the mentor and the mentee must be two people.</source>
        <translation>Pareja de mentoría: el mentor y el mentorado deben ser dos personas distintas.</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>One milestone a year at most, between the baseline and the target dates.</source>
        <translation>Un hito por año como máximo, entre la fecha de la línea de base y la fecha meta.</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir un hito</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Quitar el hito</translation>
    </message>
    <message>
        <source>Milestone date</source>
        <translation>Fecha del hito</translation>
    </message>
    <message>
        <source>Milestone value</source>
        <translation>Valor del hito</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
</context>
<context>
    <name>OutputEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>— no track —</source>
        <translation>— ninguna línea —</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Entregado el</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What shows it is delivered: a report, minutes, a map handed over…</source>
        <translation>Lo que muestra que está entregado: un informe, un acta, un mapa entregado…</translation>
    </message>
</context>
<context>
    <name>OutputsPanel</name>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acciones hechas</translation>
    </message>
    <message>
        <source>New output…</source>
        <translation>Nuevo producto…</translation>
    </message>
    <message>
        <source>Edit output…</source>
        <translation>Editar producto…</translation>
    </message>
    <message>
        <source>Delete output</source>
        <translation>Eliminar producto</translation>
    </message>
    <message>
        <source>Selected output</source>
        <translation>Producto seleccionado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Actions serving it</source>
        <translation>Acciones que contribuyen</translation>
    </message>
    <message>
        <source>no evidence recorded yet</source>
        <translation>aún sin evidencia registrada</translation>
    </message>
    <message>
        <source>Delivered on {0}: {1}</source>
        <translation>Entregado el {0}: {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, due {2}</source>
        <translation>{0} — {1}, vence el {2}</translation>
    </message>
    <message>
        <source>No action serves this output yet.</source>
        <translation>Ninguna acción contribuye aún a este producto.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Choose or create a partnership to see its overview.</source>
        <translation>Elija o cree una alianza para ver su vista general.</translation>
    </message>
    <message>
        <source>Indicators against baseline and target</source>
        <translation>Indicadores frente a la línea de base y la meta</translation>
    </message>
    <message>
        <source>No indicators linked yet: link them to an improvement track on the Partnerships page, with a baseline and a target.</source>
        <translation>Todavía no hay indicadores vinculados: vincúlelos a una línea de mejora en la página Alianzas, con una línea de base y una meta.</translation>
    </message>
    <message>
        <source>Work plan actions</source>
        <translation>Acciones del plan de trabajo</translation>
    </message>
    <message>
        <source>Open the work plan</source>
        <translation>Abrir el plan de trabajo</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Open the visit</source>
        <translation>Abrir la visita</translation>
    </message>
    <message>
        <source>Learning hours by form</source>
        <translation>Horas de aprendizaje por modalidad</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Presupuesto ejecutado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source> · planned {0} to {1}</source>
        <translation> · prevista del {0} al {1}</translation>
    </message>
    <message>
        <source>Mentor: {0}  →  Mentee: {1} · {2}{3}</source>
        <translation>Mentor: {0}  →  Mentorado: {1} · {2}{3}</translation>
    </message>
    <message>
        <source>Progress report {0}: {1}, approved by both partners</source>
        <translation>Informe de avance {0}: {1}, aprobado por ambos socios</translation>
    </message>
    <message>
        <source>Progress report {0}: {1}, not approved yet</source>
        <translation>Informe de avance {0}: {1}, aún sin aprobar</translation>
    </message>
    <message>
        <source>{0} hours in total</source>
        <translation>{0} horas en total</translation>
    </message>
    <message>
        <source>{0} person-hours · {1} participants: {2} women, {3} men, {4} not stated</source>
        <translation>{0} horas-persona · {1} participantes: {2} mujeres, {3} hombres, {4} sin indicar</translation>
    </message>
    <message>
        <source>{0} open · {1} overdue</source>
        <translation>Abiertas: {0} · atrasadas: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>• {0} — {1}, due {2}</source>
        <translation>• {0} — {1}, vence el {2}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Atrasadas:</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <source>{0}
{1} to {2} · {3}</source>
        <translation>{0}
del {1} al {2} · {3}</translation>
    </message>
    <message>
        <source>Next visit agreed for {0}; not planned in WOPdesk yet.</source>
        <translation>Próxima visita acordada para el {0}; aún no planificada en WOPdesk.</translation>
    </message>
    <message>
        <source>Plan the visit</source>
        <translation>Planificar la visita</translation>
    </message>
    <message>
        <source>No visit planned.</source>
        <translation>No hay ninguna visita prevista.</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Planificar una visita</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} de {1} {2}</translation>
    </message>
    <message>
        <source>{0} {1} left</source>
        <translation>Quedan {0} {1}</translation>
    </message>
    <message>
        <source>Over budget by {0} {1}</source>
        <translation>Presupuesto excedido en {0} {1}</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>No budget recorded yet: add budget lines under Expenses and contributions.</source>
        <translation>Aún no hay presupuesto: añada líneas presupuestarias en Gastos y contribuciones.</translation>
    </message>
    <message>
        <source>Also spent, with no exchange rate to {0}, not added: {1}.</source>
        <translation>También gastado, sin tipo de cambio a {0}, no sumado: {1}.</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation>Operador mentor</translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation>Operador mentorado</translation>
    </message>
    <message>
        <source>— choose a utility —</source>
        <translation>— elegir un operador —</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prevista</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Períodos de informe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Totals are in this currency: amounts in another one are converted at the exchange rate of their date, or shown apart when there is none.</source>
        <translation>Los totales están en esta moneda: los importes en otra se convierten al tipo de cambio de su fecha, o se muestran aparte si no lo hay.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Country or location</source>
        <translation>País o lugar</translation>
    </message>
    <message>
        <source>Phase of the WOP cycle</source>
        <translation>Fase del ciclo WOP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code of conduct acknowledged on</source>
        <translation>Código de conducta aceptado el</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nueva alianza</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Partnership: the mentor and the mentee must be two different utilities.</source>
        <translation>Alianza: el mentor y el mentorado deben ser dos operadores distintos.</translation>
    </message>
    <message>
        <source>Phase changed on</source>
        <translation>Fase cambiada el</translation>
    </message>
    <message>
        <source>When the phase changes: today unless you give a date.</source>
        <translation>Cuando cambia la fase: hoy, salvo que indique una fecha.</translation>
    </message>
    <message>
        <source>Note on the phase change</source>
        <translation>Nota sobre el cambio de fase</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sustainability measures</source>
        <translation>Medidas de sostenibilidad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
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
        <translation>Nueva alianza…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Work in this partnership</source>
        <translation>Trabajar en esta alianza</translation>
    </message>
    <message>
        <source>Make it the partnership every page shows</source>
        <translation>Convertirla en la alianza que muestran todas las páginas</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Integrantes</translation>
    </message>
    <message>
        <source>Improvement tracks</source>
        <translation>Líneas de mejora</translation>
    </message>
    <message>
        <source>Utilities and people</source>
        <translation>Operadores y personas</translation>
    </message>
    <message>
        <source>Mentor → mentee</source>
        <translation>Mentor → mentorado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>Código de conducta</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Agregar integrante…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation>Responsable del mentor</translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation>Responsable del mentorado</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Etapa del cambio</translation>
    </message>
    <message>
        <source>New track…</source>
        <translation>Nueva línea…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <source>Link indicator…</source>
        <translation>Vincular indicador…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Indicators of the selected track, with baseline and target</source>
        <translation>Indicadores de la línea seleccionada, con línea de base y meta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Record stage…</source>
        <translation>Registrar una etapa…</translation>
    </message>
    <message>
        <source>Stage of change of the selected track, latest first</source>
        <translation>Etapas del cambio de la línea elegida, la más reciente primero</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ciudad o región</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>New utility…</source>
        <translation>Nuevo operador…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>{0} partnerships · {1} utilities · {2} people</source>
        <translation>Alianzas: {0} · operadores: {1} · personas: {2}</translation>
    </message>
    <message>
        <source>No partnership yet: create the first one with New partnership.</source>
        <translation>Todavía no hay alianzas: cree la primera con Nueva alianza.</translation>
    </message>
    <message>
        <source>acknowledged on {0}</source>
        <translation>aceptado el {0}</translation>
    </message>
    <message>
        <source>not acknowledged yet</source>
        <translation>aún no aceptado</translation>
    </message>
    <message>
        <source>Remove {0} from this partnership?</source>
        <translation>¿Quitar a {0} de esta alianza?</translation>
    </message>
    <message>
        <source>the track “{0}”</source>
        <translation>la línea «{0}»</translation>
    </message>
    <message>
        <source>the link to {0}</source>
        <translation>el vínculo con {0}</translation>
    </message>
    <message>
        <source>the stage “{0}”</source>
        <translation>la etapa «{0}»</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>— no utility —</source>
        <translation>— ningún operador —</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
</context>
<context>
    <name>PhaseChangeEditor</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Iniciada el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Cambio de fase</translation>
    </message>
</context>
<context>
    <name>PhaseStrip</name>
    <message>
        <source>Current phase: {0}</source>
        <translation>Fase actual: {0}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Nothing to show here yet.</source>
        <translation>Todavía no hay nada que mostrar aquí.</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>WOPdesk will save a zip file with its logs and the versions of the program and the system, to send to whoever supports you. It holds no partnership data unless you tick the box below.</source>
        <translation>WOPdesk guardará un archivo zip con sus registros y las versiones del programa y del sistema, para enviarlo a quien le da soporte. No contiene datos de la alianza, salvo que marque la casilla de abajo.</translation>
    </message>
    <message>
        <source>Include my partnership data (every record and photo of this profile)</source>
        <translation>Incluir mis datos de la alianza (todos los registros y fotos de este perfil)</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Guardar el informe del problema</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Problem report saved to {0}.</source>
        <translation>Informe del problema guardado en {0}.</translation>
    </message>
</context>
<context>
    <name>ProgressEditor</name>
    <message>
        <source>Overall status</source>
        <translation>Estado general</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Required when the partnership is at risk or off track.</source>
        <translation>Obligatorio cuando la alianza está en riesgo o fuera de rumbo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Redactado por</translation>
    </message>
    <message>
        <source>Progress record — {0}</source>
        <translation>Registro de avance — {0}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>This record is approved and read-only. Reopen it to change anything.</source>
        <translation>Este registro está aprobado y es de solo lectura. Reábralo para cambiar algo.</translation>
    </message>
    <message>
        <source>Write record…</source>
        <translation>Redactar registro…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>The progress report of the chosen period, previewed</source>
        <translation>El informe de avance del período elegido, en vista previa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mentor approval</source>
        <translation>Aprobación del mentor</translation>
    </message>
    <message>
        <source>Mentee approval</source>
        <translation>Aprobación del mentorado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The partnership is at risk or off track in this period.</source>
        <translation>La alianza está en riesgo o fuera de rumbo en este período.</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>Período seleccionado</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Aún sin registro</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Reporting periods: {0}. One progress record per period, approved by a member of each partner; an approved record is read-only until reopened.</source>
        <translation>Períodos de informe: {0}. Un registro de avance por período, aprobado por un miembro de cada socio; un registro aprobado es de solo lectura hasta que se reabra.</translation>
    </message>
    <message>
        <source>View record…</source>
        <translation>Ver registro…</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>Editar registro…</translation>
    </message>
    <message>
        <source>Mentor: {0}
Mentee: {1}</source>
        <translation>Mentor: {0}
Mentorado: {1}</translation>
    </message>
    <message>
        <source>Reopen the record of {0}? Both approvals will be cleared.</source>
        <translation>¿Reabrir el registro de {0}? Se borrarán ambas aprobaciones.</translation>
    </message>
    <message>
        <source>the progress record of {0}</source>
        <translation>el registro de avance de {0}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
<context>
    <name>ReadingEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Período que termina el</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>valid range {0}</source>
        <translation>rango válido {0}</translation>
    </message>
    <message>
        <source>Data confidence</source>
        <translation>Confiabilidad de los datos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Eliminados recientemente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado el</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Recently deleted records</source>
        <translation>Registros eliminados recientemente</translation>
    </message>
    <message>
        <source>Deleted records are kept for at least 30 days. Restoring one brings back what was deleted with it, on every computer after the next sync.</source>
        <translation>Los registros eliminados se conservan al menos 30 días. Restaurar uno recupera lo que se eliminó con él, en cada equipo tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>No se eliminó nada en los últimos 30 días.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditorDialog</name>
    <message>
        <source>New {0}</source>
        <translation>Nuevo registro: {0}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Se produjo un error: {0}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Filter this page</source>
        <translation>Filtrar esta página</translation>
    </message>
    <message>
        <source>No partnership is chosen. Choose one in the partnership selector, or create one on the Partnerships page.</source>
        <translation>No se eligió ninguna alianza. Elija una en el selector de alianzas o cree una en la página Alianzas.</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>¿Eliminar {0}?</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>(record {0})</source>
        <translation>(registro {0})</translation>
    </message>
</context>
<context>
    <name>RecoveredDraftsDialog</name>
    <message>
        <source>Unsaved work recovered</source>
        <translation>Trabajo sin guardar recuperado</translation>
    </message>
    <message>
        <source>WOPdesk stopped before this typing was saved; it was kept. Open each to continue, then save or discard it there.</source>
        <translation>WOPdesk se detuvo antes de guardar este texto; se ha conservado. Abra cada uno para continuar y luego guárdelo o descártelo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Site visit: {0}</source>
        <translation>Visita técnica: {0}</translation>
    </message>
    <message>
        <source>A new site visit</source>
        <translation>Una nueva visita técnica</translation>
    </message>
    <message>
        <source>Learning entry: {0}</source>
        <translation>Aprendizaje: {0}</translation>
    </message>
    <message>
        <source>A new learning entry</source>
        <translation>Un nuevo aprendizaje</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>Partnership progress report</source>
        <translation>Informe de avance de la alianza</translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation>Registro de aprendizaje individual</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>The report was built but cannot be shown.</source>
        <translation>El informe se generó pero no se puede mostrar.</translation>
    </message>
    <message>
        <source>1 page, ready to print or save.</source>
        <translation>1 página, lista para imprimir o guardar.</translation>
    </message>
    <message>
        <source>{0} pages, ready to print or save.</source>
        <translation>{0} páginas, listas para imprimir o guardar.</translation>
    </message>
    <message>
        <source>The report could not be built: {0}</source>
        <translation>No se pudo generar el informe: {0}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Guardado en {0}.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {0}.</source>
        <translation>Páginas enviadas a la impresora: {0}.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>Search notes, findings, actions, learning and progress  (Ctrl+F)</source>
        <translation>Buscar en notas, hallazgos, acciones, aprendizaje y avances  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation>Registro de avance</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Etapa del cambio</translation>
    </message>
    <message>
        <source>Partnership health</source>
        <translation>Salud de la alianza</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Cambio de fase</translation>
    </message>
    <message>
        <source>Partnership closing</source>
        <translation>Cierre de la alianza</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para «{0}».</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Sync &amp;server address</source>
        <translation>Dirección del &amp;servidor de sincronización</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>The usual folder of your system</source>
        <translation>La carpeta habitual de su sistema</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>Carpeta de &amp;copias de seguridad</translation>
    </message>
    <message>
        <source>Your Documents folder</source>
        <translation>Su carpeta Documentos</translation>
    </message>
    <message>
        <source>Report &amp;author</source>
        <translation>&amp;Autor de los informes</translation>
    </message>
    <message>
        <source>Report &amp;organisation</source>
        <translation>&amp;Organización de los informes</translation>
    </message>
    <message>
        <source>The language and the data folder apply the next time WOPdesk starts. The author and organisation are printed at the foot of every report.</source>
        <translation>El idioma y la carpeta de datos se aplican la próxima vez que se inicie WOPdesk. El autor y la organización se imprimen al pie de cada informe.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A server address starts with https:// or http:// and names the server, for example https://wop.example.org.</source>
        <translation>Una dirección de servidor empieza por https:// o http:// y nombra el servidor, por ejemplo https://wop.example.org.</translation>
    </message>
    <message>
        <source>{0} is not a folder WOPdesk can use: choose an existing folder, or a new one inside an existing folder.</source>
        <translation>{0} no es una carpeta que WOPdesk pueda usar: elija una carpeta existente, o una nueva dentro de una carpeta existente.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Iniciar sesión en el servidor de sincronización</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Iniciar sesión y sincronizar</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Alcanzado el</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What shows the track reached this stage; needed beyond planned</source>
        <translation>Lo que muestra que la línea alcanzó esta etapa; obligatorio después de «prevista»</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Record the stage of change</source>
        <translation>Registrar la etapa del cambio</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Etapa del cambio</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your changes to the server and fetch others&apos; (F5)</source>
        <translation>Enviar sus cambios al servidor y recibir los de los demás (F5)</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Stop the sync; what was sent and received so far is kept</source>
        <translation>Detener la sincronización; lo ya enviado y recibido se conserva</translation>
    </message>
    <message>
        <source>Sending {0}/{1}</source>
        <translation>Envío {0}/{1}</translation>
    </message>
    <message>
        <source>Receiving {0}/{1}</source>
        <translation>Recepción {0}/{1}</translation>
    </message>
    <message>
        <source>Files {0}/{1}</source>
        <translation>Archivos {0}/{1}</translation>
    </message>
    <message>
        <source>{0}: {1} moved so far</source>
        <translation>{0}: {1} transferidos hasta ahora</translation>
    </message>
    <message>
        <source>Syncing with {0}…</source>
        <translation>Sincronizando con {0}…</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Acceso retirado</translation>
    </message>
    <message>
        <source>Site visits reopened</source>
        <translation>Visitas técnicas reabiertas</translation>
    </message>
    <message>
        <source>Your sign-in has expired; enter your password to sync.</source>
        <translation>Su sesión ha caducado; escriba su contraseña para sincronizar.</translation>
    </message>
    <message>
        <source>Sync stopped: {0}</source>
        <translation>Sincronización detenida: {0}</translation>
    </message>
    <message>
        <source>Synced: {0} sent, {1} received, {2} open conflicts.</source>
        <translation>Sincronizado: {0} enviados, {1} recibidos, {2} conflictos abiertos.</translation>
    </message>
    <message>
        <source>{0} changes were refused by the server.</source>
        <translation>Cambios rechazados por el servidor: {0}.</translation>
    </message>
    <message>
        <source>{0} records refer to records this laptop does not have yet; they are kept aside until those arrive.</source>
        <translation>{0} registros remiten a registros que este equipo aún no tiene; se guardan aparte hasta que lleguen.</translation>
    </message>
    <message>
        <source>{0} changes made with a newer WOPdesk are kept until this one is updated.</source>
        <translation>{0} cambios hechos con un WOPdesk más reciente se conservan hasta que este se actualice.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Working in the background</source>
        <translation>Trabajando en segundo plano</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message>
        <source>Connected to the sync server.</source>
        <translation>Conectado al servidor de sincronización.</translation>
    </message>
    <message>
        <source>Working offline: everything is saved on this computer.</source>
        <translation>Trabajo sin conexión: todo se guarda en esta computadora.</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>La última sincronización falló: {0}</translation>
    </message>
    <message>
        <source>No changes waiting to sync</source>
        <translation>Ningún cambio pendiente de sincronizar</translation>
    </message>
    <message>
        <source>1 change waiting to sync</source>
        <translation>1 cambio pendiente de sincronizar</translation>
    </message>
    <message>
        <source>{0} changes waiting to sync</source>
        <translation>{0} cambios pendientes de sincronizar</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Última sincronización: {0}</translation>
    </message>
    <message>
        <source>⚠ 1 conflict to resolve</source>
        <translation>⚠ 1 conflicto por resolver</translation>
    </message>
    <message>
        <source>⚠ {0} conflicts to resolve</source>
        <translation>⚠ Conflictos por resolver: {0}</translation>
    </message>
</context>
<context>
    <name>TrackEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation>Responsable del mentor</translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation>Responsable del mentorado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Initial situation</source>
        <translation>Situación inicial</translation>
    </message>
    <message>
        <source>New improvement track</source>
        <translation>Nueva línea de mejora</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>TrackIndicatorEditor</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>— choose an indicator —</source>
        <translation>— elegir un indicador —</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Medido en</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Optional yearly steps on the straight path from baseline to target.</source>
        <translation>Etapas anuales opcionales en la trayectoria de la línea de base a la meta.</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <source>Link an indicator</source>
        <translation>Vincular un indicador</translation>
    </message>
    <message>
        <source>Linked indicator</source>
        <translation>Indicador vinculado</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Readings</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Path to target</source>
        <translation>Trayectoria hacia la meta</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <source>Restored: {0} “{1}”.</source>
        <translation>Restauración: {0} «{1}».</translation>
    </message>
    <message numerus="yes">
        <source>Deleted: {0} “{1}”, with %n other record(s).</source>
        <translation>
            <numerusform>Eliminación: {0} «{1}», con %n registro más.</numerusform>
            <numerusform>Eliminación: {0} «{1}», con %n registros más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: {0} “{1}”.</source>
        <translation>Eliminación: {0} «{1}».</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer la eliminación</translation>
    </message>
    <message>
        <source>&amp;Recently deleted…</source>
        <translation>Eliminados &amp;recientemente…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo delete of “{0}”</source>
        <translation>&amp;Deshacer la eliminación de «{0}»</translation>
    </message>
</context>
<context>
    <name>UtilityEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City or region</source>
        <translation>Ciudad o región</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Population served</source>
        <translation>Población atendida</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Cannot read {0}: {1}.</source>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is not an image WOPdesk can show.</source>
        <translation>{0} no es una imagen que WOPdesk pueda mostrar.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the visit (Ctrl+S)</source>
        <translation>Guardar la visita (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalizar…</translation>
    </message>
    <message>
        <source>Mark the visit final: it becomes read-only until reopened</source>
        <translation>Marcar la visita como definitiva: queda en solo lectura hasta que se reabra</translation>
    </message>
    <message>
        <source>&amp;Print visit summary…</source>
        <translation>&amp;Imprimir el resumen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete this visit with its participants and photos (Edit › Undo takes it back)</source>
        <translation>Eliminar esta visita con sus participantes y fotos (Edición › Deshacer la recupera)</translation>
    </message>
    <message>
        <source>This visit is final and read-only. Reopen it to change anything.</source>
        <translation>Esta visita es definitiva y de solo lectura. Reábrala para cambiar algo.</translation>
    </message>
    <message>
        <source>&amp;Reopen for editing</source>
        <translation>&amp;Reabrir para editar</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Restaurar el borrador</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is the visit</source>
        <translation>De qué trata la visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Where, e.g. the pumping station</source>
        <translation>Dónde, p. ej. la estación de bombeo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation>Notas y observaciones</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Decimal degrees (WGS 84), as a phone or GPS shows them; north and east are positive</source>
        <translation>Grados decimales (WGS 84), como los muestra un teléfono o un GPS; el norte y el este son positivos</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signed for the mentor</source>
        <translation>Firmado por el mentor</translation>
    </message>
    <message>
        <source>Mentor signer&apos;s role</source>
        <translation>Cargo del firmante (mentor)</translation>
    </message>
    <message>
        <source>Signed for the mentee</source>
        <translation>Firmado por el mentorado</translation>
    </message>
    <message>
        <source>Mentee signer&apos;s role</source>
        <translation>Cargo del firmante (mentorado)</translation>
    </message>
    <message>
        <source>e.g. Director</source>
        <translation>p. ej. Director</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>— not signed —</source>
        <translation>— sin firmar —</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>A finding of this visit</source>
        <translation>Un hallazgo de esta visita</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Agregar hallazgo</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>An action agreed with the partners</source>
        <translation>Una acción acordada con los socios</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <source>Follow-up of earlier actions</source>
        <translation>Seguimiento de acciones anteriores</translation>
    </message>
    <message>
        <source>Open actions agreed at earlier visits: record their status and progress here; Save writes them with the visit.</source>
        <translation>Acciones abiertas acordadas en visitas anteriores: anote aquí su estado y avance; Guardar los escribe con la visita.</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>No open actions from earlier visits.</source>
        <translation>No hay acciones abiertas de visitas anteriores.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Agregar fotos…</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar la leyenda</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Quitar la foto…</translation>
    </message>
    <message>
        <source>Double-click a photo to edit its caption.</source>
        <translation>Haga doble clic en una foto para editar su leyenda.</translation>
    </message>
    <message>
        <source>Choose a visit, or start a new one (Ctrl+N)</source>
        <translation>Elija una visita o empiece una nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Someone changed this visit on the server while you were editing; your text is kept. Saving writes it over their version of these fields.</source>
        <translation>Alguien cambió esta visita en el servidor mientras usted la editaba; su texto se conserva. Al guardar, reemplazará la versión de esos campos.</translation>
    </message>
    <message>
        <source>Unsaved changes to “{0}” are kept as a draft.</source>
        <translation>Los cambios sin guardar de «{0}» se conservan como borrador.</translation>
    </message>
    <message>
        <source>the new visit</source>
        <translation>la nueva visita</translation>
    </message>
    <message>
        <source>That site visit no longer exists.</source>
        <translation>Esa visita técnica ya no existe.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <source>member</source>
        <translation>integrante</translation>
    </message>
    <message>
        <source>{0}  ({1}, {2}) — not saved yet</source>
        <translation>{0}  ({1}, {2}) — aún sin guardar</translation>
    </message>
    <message>
        <source>No findings recorded for this visit.</source>
        <translation>No hay hallazgos registrados para esta visita.</translation>
    </message>
    <message>
        <source>New — not saved yet</source>
        <translation>Nueva — aún sin guardar</translation>
    </message>
    <message>
        <source>Changes typed on {0} were not saved. Restore them?</source>
        <translation>Hay cambios escritos el {0} que no se guardaron. ¿Restaurarlos?</translation>
    </message>
    <message>
        <source>New site visit</source>
        <translation>Nueva visita técnica</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Draft · not saved yet</source>
        <translation>Borrador · aún sin guardar</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Type the finding before adding it.</source>
        <translation>Escriba el hallazgo antes de agregarlo.</translation>
    </message>
    <message>
        <source>Describe the action before adding it.</source>
        <translation>Describa la acción antes de agregarla.</translation>
    </message>
    <message>
        <source>The due date ({0}) is before the visit starts ({1}).</source>
        <translation>La fecha límite ({0}) es anterior al inicio de la visita ({1}).</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{0} — not saved yet</source>
        <translation>{0} — aún sin guardar</translation>
    </message>
    <message>
        <source>Select the photo to remove first.</source>
        <translation>Primero seleccione la foto que desea quitar.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Remove “{0}” from this visit when you save?</source>
        <translation>¿Quitar «{0}» de esta visita al guardar?</translation>
    </message>
    <message>
        <source>Finalise visit</source>
        <translation>Finalizar la visita</translation>
    </message>
    <message>
        <source>Mark this visit final? It becomes read-only until someone reopens it. Unsaved changes are saved first.</source>
        <translation>¿Marcar esta visita como definitiva? Quedará en solo lectura hasta que alguien la reabra. Primero se guardan los cambios pendientes.</translation>
    </message>
    <message>
        <source>Delete the site visit “{0}”, with its participants and photos?</source>
        <translation>¿Eliminar la visita técnica «{0}», con sus participantes y fotos?</translation>
    </message>
    <message>
        <source>Printing the visit summary is not available in this version.</source>
        <translation>La impresión del resumen de la visita no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation>Visitas técnicas</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Start a new site visit (Ctrl+N)</source>
        <translation>Empezar una nueva visita técnica (Ctrl+N)</translation>
    </message>
    <message>
        <source>No visits yet. Start one with “New visit”.</source>
        <translation>Todavía no hay visitas. Empiece una con «Nueva visita».</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
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
        <translation>Nueva acción…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>  overdue</source>
        <translation>  atrasada</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the action is not done.</source>
        <translation>Atrasada: la fecha límite pasó y la acción no está terminada.</translation>
    </message>
    <message>
        <source>Selected action</source>
        <translation>Acción seleccionada</translation>
    </message>
    <message>
        <source>Owner and due date</source>
        <translation>Responsable y fecha límite</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>{0} actions · {1} open · {2} overdue · {3} done</source>
        <translation>Acciones: {0} · abiertas: {1} · atrasadas: {2} · terminadas: {3}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>{0}, overdue</source>
        <translation>{0}, atrasada</translation>
    </message>
    <message>
        <source>the action “{0}”</source>
        <translation>la acción «{0}»</translation>
    </message>
    <message>
        <source>the output “{0}”</source>
        <translation>el producto «{0}»</translation>
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
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>abbreviated month</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
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
        <translation>{name} no es un documento que WOPdesk adjunte (PDF, hoja de cálculo o documento de texto).</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to attach.</source>
        <translation>{name} está vacío; no hay nada que adjuntar.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB, the most a document may be.</source>
        <translation>{name} supera los {limit} MB, el tamaño máximo de un documento.</translation>
    </message>
    <message>
        <source>{name} is not what its extension ({extension}) says; it was not attached.</source>
        <translation>{name} no es lo que indica su extensión ({extension}); no se adjuntó.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>There is no room left on the disk to save {file}; free some space or choose another drive, then save again.</source>
        <translation>No queda espacio en el disco para guardar {file}; libere espacio o elija otra unidad y vuelva a guardar.</translation>
    </message>
    <message>
        <source>You may not save files in {folder}; choose another folder, such as your Documents, and save again.</source>
        <translation>No tiene permiso para guardar archivos en {folder}; elija otra carpeta, como sus Documentos, y vuelva a guardar.</translation>
    </message>
    <message>
        <source>{folder} is read-only (a locked card or a write-protected drive); choose another folder and save again.</source>
        <translation>{folder} es de solo lectura (una tarjeta bloqueada o una unidad protegida contra escritura); elija otra carpeta y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (any more); choose another folder and save again.</source>
        <translation>La carpeta {folder} no existe (o ya no existe); elija otra carpeta y vuelva a guardar.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; choose another name and save again.</source>
        <translation>{file} es una carpeta, no un archivo; elija otro nombre y vuelva a guardar.</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}); choose another folder and save again.</source>
        <translation>No se pudo guardar {file} ({reason}); elija otra carpeta y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <source>Partnership health: &apos;{item}&apos; is not one of the items.</source>
        <translation>Salud de la alianza: «{item}» no es uno de los criterios.</translation>
    </message>
    <message>
        <source>Partnership health: {item} is scored from {low} to {high} (got {score}).</source>
        <translation>Salud de la alianza: {item} se puntúa de {low} a {high} (recibido: {score}).</translation>
    </message>
    <message>
        <source>&apos;{practice}&apos; is not one of the phase&apos;s practices.</source>
        <translation>«{practice}» no es una de las prácticas de la fase.</translation>
    </message>
    <message>
        <source>Partnership health: score at least one item.</source>
        <translation>Salud de la alianza: puntúe al menos un criterio.</translation>
    </message>
    <message>
        <source>The phase cannot have changed in the future ({date}).</source>
        <translation>La fase no puede haber cambiado en el futuro ({date}).</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólido</translation>
    </message>
    <message>
        <source>Leadership commitment</source>
        <translation>Compromiso de la dirección</translation>
    </message>
    <message>
        <source>The management of both utilities backs the partnership and the changes it brings.</source>
        <translation>La dirección de ambos operadores respalda la alianza y los cambios que trae.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Partners exchange simply and openly, with clear roles, and answer each other promptly.</source>
        <translation>Los socios se comunican de forma sencilla y abierta, con funciones claras, y se responden con prontitud.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Both sides trust each other enough to raise problems and challenge ideas.</source>
        <translation>Ambas partes confían lo bastante entre sí para plantear problemas y cuestionar ideas.</translation>
    </message>
    <message>
        <source>Timeliness of agreed inputs</source>
        <translation>Puntualidad de los aportes acordados</translation>
    </message>
    <message>
        <source>Each partner delivers the staff time, visits, data and documents it agreed to, when agreed.</source>
        <translation>Cada socio aporta el tiempo de personal, las visitas, los datos y los documentos acordados, en las fechas acordadas.</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>The money, equipment and staff time the work plan needs are available in time.</source>
        <translation>El dinero, el equipo y el tiempo de personal que necesita el plan de trabajo están disponibles a tiempo.</translation>
    </message>
    <message>
        <source>Mentee ownership</source>
        <translation>Apropiación por el mentorado</translation>
    </message>
    <message>
        <source>The mentee drives the changes; the mentor supports them and does not do the work in its place.</source>
        <translation>El mentorado impulsa los cambios; el mentor los apoya y no hace el trabajo en su lugar.</translation>
    </message>
    <message>
        <source>Learning applied</source>
        <translation>Aprendizaje aplicado</translation>
    </message>
    <message>
        <source>What staff learned is used in their daily work.</source>
        <translation>Lo que el personal aprendió se usa en su trabajo diario.</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>The changes are built into the mentee&apos;s structures and procedures and will last after the partnership.</source>
        <translation>Los cambios están integrados en las estructuras y procedimientos del mentorado y perdurarán tras la alianza.</translation>
    </message>
    <message>
        <source>The WOP is demand driven and agreed by management.</source>
        <translation>El WOP responde a una demanda y está aprobado por la dirección.</translation>
    </message>
    <message>
        <source>Include short mission visits by mentoring experts.</source>
        <translation>Incluir visitas cortas de los expertos mentores.</translation>
    </message>
    <message>
        <source>Build in an expectation of application of learning.</source>
        <translation>Prever desde el inicio que el aprendizaje se aplique.</translation>
    </message>
    <message>
        <source>Ensure that trainees have the resources to apply the learning.</source>
        <translation>Asegurar que las personas formadas tengan los recursos para aplicar lo aprendido.</translation>
    </message>
    <message>
        <source>Have clear criteria for assessment of success.</source>
        <translation>Contar con criterios claros para evaluar el éxito.</translation>
    </message>
    <message>
        <source>Ensure simple communication, transparency, clarity of roles, procedures, accessible dispute resolution mechanisms and efficient M&amp;E systems.</source>
        <translation>Asegurar una comunicación sencilla, transparencia, claridad de funciones y procedimientos, mecanismos accesibles de resolución de conflictos y un seguimiento y evaluación eficaces.</translation>
    </message>
    <message>
        <source>Strong formal leadership; all members ready to engage in the change process.</source>
        <translation>Un liderazgo formal fuerte; todos los miembros dispuestos a comprometerse con el cambio.</translation>
    </message>
    <message>
        <source>Create a vision for change to get buy-in from stakeholders.</source>
        <translation>Crear una visión del cambio para lograr la adhesión de las partes interesadas.</translation>
    </message>
    <message>
        <source>Strong (shared) leadership to set the project in motion.</source>
        <translation>Un liderazgo fuerte (compartido) para poner en marcha el proyecto.</translation>
    </message>
    <message>
        <source>Gather data to explore the causes and consequences of the problem the mentee first described.</source>
        <translation>Reunir datos para explorar las causas y consecuencias del problema descrito al inicio por el mentorado.</translation>
    </message>
    <message>
        <source>Get the full picture of the problem, organisational and individual shortcomings included.</source>
        <translation>Obtener la imagen completa del problema, incluidas las carencias organizativas e individuales.</translation>
    </message>
    <message>
        <source>Identify opportunities for transferring knowledge.</source>
        <translation>Identificar oportunidades de transferencia de conocimientos.</translation>
    </message>
    <message>
        <source>Transfer diagnosis skills through teams with members from both partners.</source>
        <translation>Transferir las capacidades de diagnóstico mediante equipos con miembros de ambos socios.</translation>
    </message>
    <message>
        <source>Use the diagnosis to build trust, transfer skills, communicate better and engage in change.</source>
        <translation>Usar el diagnóstico para generar confianza, transferir capacidades, comunicar mejor y comprometerse con el cambio.</translation>
    </message>
    <message>
        <source>Both partners agree on the diagnosis and a feedback strategy.</source>
        <translation>Ambos socios acuerdan el diagnóstico y una estrategia de retroalimentación.</translation>
    </message>
    <message>
        <source>Support constructive discussion and problem solving and the joint design of interventions.</source>
        <translation>Apoyar el debate constructivo, la resolución de problemas y el diseño conjunto de las intervenciones.</translation>
    </message>
    <message>
        <source>Create a road map for change with concrete actions and responsibilities.</source>
        <translation>Crear una hoja de ruta del cambio con acciones y responsabilidades concretas.</translation>
    </message>
    <message>
        <source>Work plans are approved by management, cost effective and adaptable as feedback is received.</source>
        <translation>Los planes de trabajo son aprobados por la dirección, eficientes en costos y adaptables según la retroalimentación.</translation>
    </message>
    <message>
        <source>Adopt an advisory role supporting the partner throughout the change process.</source>
        <translation>Adoptar un papel de asesoría y acompañar al socio durante todo el proceso de cambio.</translation>
    </message>
    <message>
        <source>Make resources available in time to carry out and sustain the change.</source>
        <translation>Disponer de los recursos a tiempo para realizar y sostener el cambio.</translation>
    </message>
    <message>
        <source>Adapt formal structures, procedures and human resources practices to suit the new behaviour.</source>
        <translation>Adaptar las estructuras formales, los procedimientos y la gestión de recursos humanos a las nuevas prácticas.</translation>
    </message>
    <message>
        <source>Support learning by doing.</source>
        <translation>Apoyar el aprendizaje práctico.</translation>
    </message>
    <message>
        <source>Build a network of change agents to support them.</source>
        <translation>Crear una red de agentes de cambio para apoyarlos.</translation>
    </message>
    <message>
        <source>Assess progress regularly and adapt the course of action as the partnership evolves.</source>
        <translation>Evaluar el progreso con regularidad y adaptar el rumbo a medida que evoluciona la alianza.</translation>
    </message>
    <message>
        <source>Assess progress against the criteria of success agreed at design.</source>
        <translation>Evaluar el progreso frente a los criterios de éxito acordados en el diseño.</translation>
    </message>
    <message>
        <source>Decide together whether to continue, expand or close the partnership.</source>
        <translation>Decidir juntos si continuar, ampliar o cerrar la alianza.</translation>
    </message>
    <message>
        <source>Record the results, the measures that make them last and the follow-up.</source>
        <translation>Registrar los resultados, las medidas que los hacen perdurar y el seguimiento.</translation>
    </message>
</context>
<context>
    <name>lookup</name>
    <message>
        <source>No partnership here has the id or title &apos;{0}&apos;.</source>
        <translation>Ninguna alianza tiene aquí el identificador o el título «{0}».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} partnerships; type more of the title: {2}.</source>
        <translation>«{0}» coincide con {1} alianzas; escriba más del título: {2}.</translation>
    </message>
    <message>
        <source>No person here has the id or name &apos;{0}&apos;.</source>
        <translation>Ninguna persona tiene aquí el identificador o el nombre «{0}».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; matches {1} people; type more of the name: {2}.</source>
        <translation>«{0}» coincide con {1} personas; escriba más del nombre: {2}.</translation>
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
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation>Acciones por estado</translation>
    </message>
    <message>
        <source>Actions still planned, in progress or blocked after their due date, as of {date}.</source>
        <translation>Acciones aún previstas, en curso o bloqueadas después de su fecha límite, al {date}.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Applied learning</source>
        <translation>Aprendizaje aplicado</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Capacity change</source>
        <translation>Cambio de capacidades</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Competencies and levels</source>
        <translation>Competencias y niveles</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportante</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>DRAFT: this summary is not final until both partners have agreed and signed it.</source>
        <translation>BORRADOR: este resumen no es definitivo hasta que ambos socios lo hayan acordado y firmado.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Degree of change from -2 (strong decline) to +2 (strong improvement); the WOP&apos;s contribution to it from 0 (none) to 2 (major).</source>
        <translation>Grado de cambio de -2 (fuerte retroceso) a +2 (fuerte mejora); aporte de la alianza a ese cambio de 0 (ninguno) a 2 (importante).</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Evidencia: {text}</translation>
    </message>
    <message>
        <source>1 {source} = {value} {target} from {date} ({where})</source>
        <translation>1 {source} = {value} {target} desde el {date} ({where})</translation>
    </message>
    <message>
        <source>Behind plan</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Benchmark (= target)</source>
        <translation>Valor de referencia (= meta)</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Budget ({currency})</source>
        <translation>Presupuesto ({currency})</translation>
    </message>
    <message>
        <source>Budget and spending</source>
        <translation>Presupuesto y gasto</translation>
    </message>
    <message>
        <source>Delivered on {date}.</source>
        <translation>Entregado el {date}.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Each partner scores every item from {low} (weak) to {high} (strong); the latest review of each is shown, averaged when several people scored.</source>
        <translation>Cada socio puntúa cada criterio de {low} (débil) a {high} (sólido); se muestra la última revisión de cada uno, promediada cuando varias personas puntuaron.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Follow-up of earlier actions</source>
        <translation>Seguimiento de acciones anteriores</translation>
    </message>
    <message>
        <source>For the mentee utility</source>
        <translation>Por el operador mentorado</translation>
    </message>
    <message>
        <source>For the mentor utility</source>
        <translation>Por el operador mentor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Helped: {text}</source>
        <translation>Factores favorables: {text}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours by form of learning</source>
        <translation>Horas por modalidad de aprendizaje</translation>
    </message>
    <message>
        <source>Hours by improvement track</source>
        <translation>Horas por línea de mejora</translation>
    </message>
    <message>
        <source>How it was applied</source>
        <translation>Cómo se aplicó</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Improvement tracks</source>
        <translation>Líneas de mejora</translation>
    </message>
    <message>
        <source>Budgeted in kind (not money)</source>
        <translation>Presupuestado en especie (no es dinero)</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Por financiador</translation>
    </message>
    <message>
        <source>Contributions, planned and received</source>
        <translation>Aportes previstos y recibidos</translation>
    </message>
    <message>
        <source>Evidence or owner</source>
        <translation>Evidencia o responsable</translation>
    </message>
    <message>
        <source>In-kind value, not counted as money spent: {period} this period, {to_date} to date.</source>
        <translation>Valor en especie, no contado como dinero gastado: {period} en el período, {to_date} hasta la fecha.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Indicator snapshot</source>
        <translation>Situación de los indicadores</translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation>Evolución de los indicadores</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Latest value recorded by the end of the visit ({date}).</source>
        <translation>Último valor registrado al final de la visita ({date}).</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Learning activities</source>
        <translation>Actividades de aprendizaje</translation>
    </message>
    <message>
        <source>Learning delivered during the visit</source>
        <translation>Aprendizaje impartido durante la visita</translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation>Registro de aprendizaje individual</translation>
    </message>
    <message>
        <source>Learning record: {name}</source>
        <translation>Registro de aprendizaje: {name}</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Nivel antes</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <source>Levels on a scale from 1 to 5, as assessed in each activity.</source>
        <translation>Niveles en una escala de 1 a 5, según la evaluación de cada actividad.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Mentee lead</source>
        <translation>Responsable del mentorado</translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation>Operador mentorado</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor lead</source>
        <translation>Responsable del mentor</translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation>Operador mentor</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>No action has been planned yet.</source>
        <translation>Todavía no se ha planificado ninguna acción.</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Ninguna acción está atrasada.</translation>
    </message>
    <message>
        <source>No budget line can be counted yet; {spent} spent to {date}.</source>
        <translation>Aún no se puede contar ninguna línea presupuestaria; {spent} gastados al {date}.</translation>
    </message>
    <message>
        <source>No capacity-change assessment recorded yet.</source>
        <translation>Todavía no hay evaluaciones de cambio de capacidades registradas.</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>No date set yet for the next visit.</source>
        <translation>Todavía no hay fecha para la próxima visita.</translation>
    </message>
    <message>
        <source>No improvement track yet.</source>
        <translation>Todavía no hay líneas de mejora.</translation>
    </message>
    <message>
        <source>No learning activity recorded yet.</source>
        <translation>Todavía no hay actividades de aprendizaje registradas.</translation>
    </message>
    <message>
        <source>No partner has reviewed the partnership&apos;s health yet.</source>
        <translation>Ningún socio ha revisado aún la salud de la alianza.</translation>
    </message>
    <message>
        <source>No photos were taken.</source>
        <translation>No se tomaron fotos.</translation>
    </message>
    <message>
        <source>No progress record has been written for this period yet.</source>
        <translation>Aún no se ha redactado ningún registro de avance para este período.</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Sin mediciones</translation>
    </message>
    <message>
        <source>No recent reading</source>
        <translation>Sin medición reciente</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Sin línea</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Aún no aprobado</translation>
    </message>
    <message>
        <source>Not converted, so not counted (no exchange rate on or before their date): {amounts}.</source>
        <translation>No convertidos, por lo tanto no contados (sin tipo de cambio en su fecha o antes): {amounts}.</translation>
    </message>
    <message>
        <source>Signed on screen on {date}.</source>
        <translation>Firmado en pantalla el {date}.</translation>
    </message>
    <message>
        <source>Spent on no budget line: {period} this period, {to_date} to date.</source>
        <translation>Gastado fuera de las líneas presupuestarias: {period} en el período, {to_date} hasta la fecha.</translation>
    </message>
    <message>
        <source>{spent} spent to {date} of a budget of {budget} ({used}); {left} remaining. This period: {period}.</source>
        <translation>{spent} gastados al {date} de un presupuesto de {budget} ({used}); quedan {left}. En el período: {period}.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted to {currency} with the exchange rate of their date (budget lines with the rate in force on {date}): {rates}.</source>
        <translation>Los importes en otras monedas se convierten a {currency} con el tipo de cambio de su fecha (las líneas presupuestarias con el tipo vigente el {date}): {rates}.</translation>
    </message>
    <message>
        <source>No output has been defined yet.</source>
        <translation>Aún no se ha definido ningún producto.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Aún sin registrar</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Observations and notes</source>
        <translation>Observaciones y notas</translation>
    </message>
    <message>
        <source>Obstacles: {text}</source>
        <translation>Obstáculos: {text}</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source>Other files attached: {names}.</source>
        <translation>Otros archivos adjuntos: {names}.</translation>
    </message>
    <message>
        <source>Output and its actions</source>
        <translation>Producto y sus acciones</translation>
    </message>
    <message>
        <source>Outputs and actions</source>
        <translation>Productos y acciones</translation>
    </message>
    <message>
        <source>Overall status: {status}</source>
        <translation>Estado general: {status}</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones atrasadas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Partnership health</source>
        <translation>Salud de la alianza</translation>
    </message>
    <message>
        <source>Partnership progress report</source>
        <translation>Informe de avance de la alianza</translation>
    </message>
    <message>
        <source>Partnership progress report: {title}</source>
        <translation>Informe de avance de la alianza: {title}</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Horas-persona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Prepared by {author}</source>
        <translation>Preparado por {author}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Reporting period {period} ({dates})</source>
        <translation>Período de informe {period} ({dates})</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>Causa raíz: {text}</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Share received</source>
        <translation>Parte recibida</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Signed on paper on {date}.</source>
        <translation>Firmado en papel el {date}.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde el</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Visitas técnicas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Etapa del cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status as of {date}</source>
        <translation>Situación al {date}</translation>
    </message>
    <message>
        <source>Strong decline</source>
        <translation>Fuerte retroceso</translation>
    </message>
    <message>
        <source>Strong improvement</source>
        <translation>Fuerte mejora</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <source>Target or due date</source>
        <translation>Fecha meta o de vencimiento</translation>
    </message>
    <message>
        <source>Actions agreed at earlier visits, and their progress at this one.</source>
        <translation>Acciones acordadas en visitas anteriores y su avance en esta.</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Cerrada el {date}</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Current phase: {phase}.</source>
        <translation>Fase actual: {phase}.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>GPS {latitude}, {longitude}</source>
        <translation>GPS {latitude}; {longitude}</translation>
    </message>
    <message>
        <source>In {period}: {summary}</source>
        <translation>En {period}: {summary}</translation>
    </message>
    <message>
        <source>Mentoring pairs</source>
        <translation>Parejas de mentoría</translation>
    </message>
    <message>
        <source>No open actions from earlier visits.</source>
        <translation>No hay acciones abiertas de visitas anteriores.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Historial de fases</translation>
    </message>
    <message>
        <source>Phase of the relationship</source>
        <translation>Fase de la relación</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sustainability measures</source>
        <translation>Medidas de sostenibilidad</translation>
    </message>
    <message>
        <source>The file {name} is not an image; it is left out of the summary.</source>
        <translation>El archivo {name} no es una imagen; se omite del resumen.</translation>
    </message>
    <message>
        <source>The next visit is planned for {date}.</source>
        <translation>La próxima visita está prevista para el {date}.</translation>
    </message>
    <message>
        <source>The period {period}</source>
        <translation>El período {period}</translation>
    </message>
    <message>
        <source>The photo {name} is damaged; it is left out of the summary.</source>
        <translation>La foto {name} está dañada; se omite del resumen.</translation>
    </message>
    <message>
        <source>The photo {name} is not on this computer (it may not be synced yet); it is left out of the summary.</source>
        <translation>La foto {name} no está en esta computadora (quizá aún no se sincronizó); se omite del resumen.</translation>
    </message>
    <message>
        <source>The stage each track has reached: planned, piloted, adopted in routine, institutionalised; the latest recorded stage by date.</source>
        <translation>La etapa alcanzada por cada línea: prevista, piloteada, adoptada en la rutina, institucionalizada; la última etapa registrada, por fecha.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>En el período</translation>
    </message>
    <message>
        <source>This record is a draft until both partners approve it.</source>
        <translation>Este registro es un borrador hasta que ambos socios lo aprueben.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Training given</source>
        <translation>Capacitaciones impartidas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Unidad: {unit}</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>Visit summary: {title}</source>
        <translation>Resumen de la visita: {title}</translation>
    </message>
    <message>
        <source>WOP cycle</source>
        <translation>Ciclo del WOP</translation>
    </message>
    <message>
        <source>WOP role</source>
        <translation>Papel de la alianza</translation>
    </message>
    <message>
        <source>Water Operators’ Partnership</source>
        <translation>alianza entre operadores de agua (WOP)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What each improvement track is to deliver, how far it has come and what shows it, with the actions that serve it.</source>
        <translation>Lo que cada línea de mejora debe entregar, cuánto ha avanzado y qué lo demuestra, con las acciones que contribuyen a ello.</translation>
    </message>
    <message>
        <source>What helped, what hindered</source>
        <translation>Qué ayudó, qué obstaculizó</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Written by {name}.</source>
        <translation>Redactado por {name}.</translation>
    </message>
    <message>
        <source>actions done</source>
        <translation>acciones terminadas</translation>
    </message>
    <message>
        <source>actions overdue</source>
        <translation>acciones atrasadas</translation>
    </message>
    <message>
        <source>applied at work</source>
        <translation>aplicados en el trabajo</translation>
    </message>
    <message>
        <source>approved by both partners</source>
        <translation>aprobado por ambos socios</translation>
    </message>
    <message>
        <source>competencies built</source>
        <translation>competencias desarrolladas</translation>
    </message>
    <message>
        <source>draft, not approved yet</source>
        <translation>borrador, aún no aprobado</translation>
    </message>
    <message>
        <source>hours of learning</source>
        <translation>horas de aprendizaje</translation>
    </message>
    <message>
        <source>hours of training given</source>
        <translation>horas de capacitación impartidas</translation>
    </message>
    <message>
        <source>indicators better than baseline</source>
        <translation>indicadores mejores que la línea de base</translation>
    </message>
    <message>
        <source>learning activities</source>
        <translation>actividades de aprendizaje</translation>
    </message>
    <message>
        <source>no learning activity recorded.</source>
        <translation>ninguna actividad de aprendizaje registrada.</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>sin mediciones</translation>
    </message>
    <message>
        <source>no review yet</source>
        <translation>sin revisión aún</translation>
    </message>
    <message>
        <source>of the budget spent</source>
        <translation>del presupuesto gastado</translation>
    </message>
    <message>
        <source>person-hours of training given</source>
        <translation>horas-persona de formación impartida</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>desde el {date}</translation>
    </message>
    <message>
        <source>{count} activities, last on {date}</source>
        <translation>Actividades: {count}, la última el {date}</translation>
    </message>
    <message>
        <source>{count} activities, {hours} hours in all, {person_hours}; {people}.</source>
        <translation>{count} actividades, {hours} horas en total, {person_hours}; {people}.</translation>
    </message>
    <message>
        <source>{currency} {amount}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>{date}, assessed by {who}</source>
        <translation>{date}, evaluado por: {who}</translation>
    </message>
    <message>
        <source>{elapsed} of the partnership&apos;s planned time has passed.</source>
        <translation>Ha transcurrido el {elapsed} del tiempo previsto de la alianza.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} of learning</source>
        <translation>{hours} de aprendizaje</translation>
    </message>
    <message>
        <source>{item} ({side}): {comment}</source>
        <translation>{item} ({side}): {comment}</translation>
    </message>
    <message>
        <source>{participants} participants: {women} women, {men} men, {not_stated} not stated</source>
        <translation>{participants} participantes: {women} mujeres, {men} hombres, {not_stated} sin indicar</translation>
    </message>
    <message>
        <source>{percent} % of the way</source>
        <translation>{percent} % del camino</translation>
    </message>
    <message>
        <source>{period} · as of {date}</source>
        <translation>{period} · al {date}</translation>
    </message>
    <message>
        <source>{side}: {date}</source>
        <translation>{side}: {date}</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
    <message>
        <source>{value} person-hours</source>
        <translation>{value} horas-persona</translation>
    </message>
    <message>
        <source>{what} written to {path} ({pages}).</source>
        <translation>{what} guardado en {path} ({pages}).</translation>
    </message>
    <message numerus="yes">
        <source>actions done (%n dropped, not counted)</source>
        <translation>
            <numerusform>acciones terminadas (%n descartada, no contada)</numerusform>
            <numerusform>acciones terminadas (%n descartadas, no contadas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Applied date</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Partida presupuestaria</translation>
    </message>
    <message>
        <source>Capacity assessment</source>
        <translation>Evaluación de capacidades</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>{record}: {field} is required.</source>
        <translation>{record}: el campo «{field}» es obligatorio.</translation>
    </message>
    <message>
        <source>{record}: {later} ({last}) is before {earlier} ({first}).</source>
        <translation>{record}: «{later}» ({last}) es anterior a «{earlier}» ({first}).</translation>
    </message>
    <message>
        <source>{record}: {field} cannot be negative ({value}).</source>
        <translation>{record}: el valor de «{field}» no puede ser negativo ({value}).</translation>
    </message>
    <message>
        <source>{record}: {field} must be between {low} and {high} (got {value}).</source>
        <translation>{record}: el valor de «{field}» debe estar entre {low} y {high} (valor indicado: {value}).</translation>
    </message>
    <message>
        <source>{record}: {field} ({date}) is in the future.</source>
        <translation>{record}: {field} ({date}) está en el futuro.</translation>
    </message>
    <message>
        <source>{record}: &apos;{value}&apos; is not an email address, such as name@utility.org.</source>
        <translation>{record}: «{value}» no es una dirección de correo electrónico, como nombre@empresa.org.</translation>
    </message>
    <message>
        <source>{record}: {field} is longer than {limit} characters.</source>
        <translation>{record}: «{field}» supera los {limit} caracteres.</translation>
    </message>
    <message>
        <source>{record}: {field} contains an invisible NUL character, which cannot be saved; delete it and save again.</source>
        <translation>{record}: {field} contiene un carácter NUL invisible, que no se puede guardar; bórrelo y vuelva a guardar.</translation>
    </message>
    <message>
        <source>{record}: {field} must be a number.</source>
        <translation>{record}: «{field}» debe ser un número.</translation>
    </message>
    <message>
        <source>{record}: {field} ({value}) has more than {digits} significant digits.</source>
        <translation>{record}: «{field}» ({value}) tiene más de {digits} cifras significativas.</translation>
    </message>
    <message>
        <source>{record}: {field} in {currency} is a whole number (got {value}).</source>
        <translation>{record}: «{field}» en {currency} es un número entero (valor escrito: {value}).</translation>
    </message>
    <message>
        <source>{record}: {field} in {currency} has at most {decimals} decimals (got {value}).</source>
        <translation>{record}: «{field}» en {currency} tiene como máximo {decimals} decimales (valor escrito: {value}).</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>Indicator reading: {value} is outside the valid range of {indicator} ({bounds}).</source>
        <translation>Medición de indicador: {value} está fuera del rango válido de {indicator} ({bounds}).</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a date in the form YYYY-MM-DD (for example 2026-03-31).</source>
        <translation>{what}: «{text}» no es una fecha con el formato AAAA-MM-DD (por ejemplo 2026-03-31).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a whole number.</source>
        <translation>{what}: «{text}» no es un número entero.</translation>
    </message>
    <message>
        <source>{what} &apos;{text}&apos; is not a number.</source>
        <translation>{what}: «{text}» no es un número.</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado de cambio</translation>
    </message>
    <message>
        <source>Delivered date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalidad de aprendizaje</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Moneda de origen</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Health review</source>
        <translation>Revisión de salud</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Puntuación de salud</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Indicator reading</source>
        <translation>Medición de indicador</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation>Actividad de aprendizaje</translation>
    </message>
    <message>
        <source>Level after</source>
        <translation>Nivel después</translation>
    </message>
    <message>
        <source>Level before</source>
        <translation>Nivel antes</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Mentee utility</source>
        <translation>Operador mentorado</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor utility</source>
        <translation>Operador mentor</translation>
    </message>
    <message>
        <source>Mentoring pair</source>
        <translation>Pareja de mentoría</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next visit date</source>
        <translation>Fecha de la próxima visita</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Registro vinculado</translation>
    </message>
    <message>
        <source>Owner entity</source>
        <translation>Tipo del registro vinculado</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>Cambio de fase</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prevista</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Population served</source>
        <translation>Población atendida</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice tick</source>
        <translation>Práctica marcada</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Progress record</source>
        <translation>Registro de avance</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Puntuada por</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Ticked on</source>
        <translation>Marcada el</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>Moneda de destino</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Track indicator</source>
        <translation>Indicador de una línea</translation>
    </message>
    <message>
        <source>Track stage</source>
        <translation>Etapa de la línea</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participante capacitado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit participant</source>
        <translation>Participante de una visita</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency in use, such as XOF, EUR, USD or INR.</source>
        <translation>«{code}» no es una moneda ISO 4217 en uso, como XOF, EUR, USD o INR.</translation>
    </message>
    <message>
        <source>Output: a delivered output needs its delivered date.</source>
        <translation>Producto: un producto entregado necesita su fecha de entrega.</translation>
    </message>
    <message>
        <source>Action: give the currency of the estimated cost.</source>
        <translation>Acción: indique la moneda del costo estimado.</translation>
    </message>
    <message>
        <source>Learning activity: women, men and not stated add up to {total}, not the {participants} participants; correct them or leave participants empty.</source>
        <translation>Actividad de aprendizaje: mujeres, hombres y sin indicar suman {total}, no los {participants} participantes; corríjalos o deje vacío el número de participantes.</translation>
    </message>
    <message>
        <source>Track stage: write the evidence that the track is {stage}, as seen on site.</source>
        <translation>Etapa de la línea: indique lo que muestra que la línea alcanzó la etapa «{stage}», tal como se observa en el terreno.</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <source>Indicator readings</source>
        <translation>Lecturas de indicadores</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>How to fill</source>
        <translation>Cómo rellenar</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Qué escribir</translation>
    </message>
    <message>
        <source>Indicator codes</source>
        <translation>Códigos de indicadores</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Código del indicador</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Lowest accepted</source>
        <translation>Mínimo aceptado</translation>
    </message>
    <message>
        <source>Highest accepted</source>
        <translation>Máximo aceptado</translation>
    </message>
    <message>
        <source>The utility the reading is for: {0}. Left blank: {1}.</source>
        <translation>El operador al que corresponde la lectura: {0}. En blanco: {1}.</translation>
    </message>
    <message>
        <source>The indicator&apos;s code, as listed on the sheet &apos;{0}&apos;. Needed.</source>
        <translation>El código del indicador, tal como figura en la hoja «{0}». Obligatorio.</translation>
    </message>
    <message>
        <source>The last day of the period the value is for: a date (YYYY-MM-DD in a CSV file), not in the future. Needed.</source>
        <translation>El último día del período al que corresponde el valor: una fecha (AAAA-MM-DD en un archivo CSV), no futura. Obligatorio.</translation>
    </message>
    <message>
        <source>A number within the indicator&apos;s accepted range (sheet &apos;{0}&apos;). Needed.</source>
        <translation>Un número dentro del rango aceptado del indicador (hoja «{0}»). Obligatorio.</translation>
    </message>
    <message>
        <source>One of: {0}. May be left blank.</source>
        <translation>Uno de: {0}. Puede quedar en blanco.</translation>
    </message>
    <message>
        <source>Where the figure comes from. May be left blank.</source>
        <translation>De dónde procede la cifra. Puede quedar en blanco.</translation>
    </message>
    <message>
        <source>Anything worth knowing. May be left blank.</source>
        <translation>Cualquier dato útil. Puede quedar en blanco.</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Data confidence</source>
        <translation>Confiabilidad de los datos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Improvement track</source>
        <translation>Línea de mejora</translation>
    </message>
    <message>
        <source>Output it serves</source>
        <translation>Producto al que contribuye</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avance (%)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Moneda del costo</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Partida presupuestaria</translation>
    </message>
    <message>
        <source>Rate used</source>
        <translation>Tipo de cambio aplicado</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Fecha del tipo de cambio</translation>
    </message>
    <message>
        <source>Rate source</source>
        <translation>Fuente del tipo de cambio</translation>
    </message>
    <message>
        <source>Amount in reporting currency</source>
        <translation>Monto en la moneda de informe</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de informe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Site visits</source>
        <translation>Visitas técnicas</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Draft or final</source>
        <translation>Borrador o definitiva</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>no convertido</translation>
    </message>
    <message>
        <source>Funder or partner</source>
        <translation>Financiador o socio</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>One unit of</source>
        <translation>Una unidad de</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Is worth, in</source>
        <translation>Vale, en</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Form of learning</source>
        <translation>Modalidad de aprendizaje</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Named trainees</source>
        <translation>Participantes nombrados</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexo sin indicar</translation>
    </message>
    <message>
        <source>Person-hours</source>
        <translation>Horas-persona</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Cash or in kind</source>
        <translation>En efectivo o en especie</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Aportante</translation>
    </message>
    <message>
        <source>will replace the recorded value {0}.</source>
        <translation>reemplazará el valor registrado {0}.</translation>
    </message>
    <message>
        <source>differs from the recorded value {0}: skipped (recorded values are not replaced).</source>
        <translation>difiere del valor registrado {0}: omitida (los valores registrados no se reemplazan).</translation>
    </message>
    <message>
        <source>Readings to add: {0}; to update: {1}; already there and unchanged: {2}; bad rows that will be skipped: {3}.</source>
        <translation>Lecturas por añadir: {0}; por actualizar: {1}; ya presentes y sin cambios: {2}; filas erróneas que se omitirán: {3}.</translation>
    </message>
    <message>
        <source>Readings to add: {0}; to update: {1}; already there and unchanged: {2}.</source>
        <translation>Lecturas por añadir: {0}; por actualizar: {1}; ya presentes y sin cambios: {2}.</translation>
    </message>
    <message>
        <source>Rows that differ from a recorded reading, skipped without replacing it: {0}.</source>
        <translation>Filas que difieren de una lectura registrada, omitidas sin reemplazarla: {0}.</translation>
    </message>
    <message>
        <source>Readings added: {0}; updated: {1}; already there and unchanged, skipped: {2}; bad rows skipped: {3}.</source>
        <translation>Lecturas añadidas: {0}; actualizadas: {1}; ya presentes y sin cambios, omitidas: {2}; filas erróneas omitidas: {3}.</translation>
    </message>
    <message>
        <source>Readings added: {0}; updated: {1}; already there and unchanged, skipped: {2}.</source>
        <translation>Lecturas añadidas: {0}; actualizadas: {1}; ya presentes y sin cambios, omitidas: {2}.</translation>
    </message>
    <message>
        <source>{0} is not a CSV file or an Excel workbook (.xlsx); save it as one of these and import it again.</source>
        <translation>{0} no es un archivo CSV ni un libro de Excel (.xlsx); guárdelo en uno de estos formatos e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} no existe.</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} no se puede leer ({1}).</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} está vacío.</translation>
    </message>
    <message>
        <source>{0} has merged cells on the sheet &apos;{1}&apos; ({2}); unmerge them so that each reading has its own row, and import it again.</source>
        <translation>{0} tiene celdas combinadas en la hoja «{1}» ({2}); sepárelas para que cada lectura tenga su propia fila e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{0} has a heading row but no readings under it.</source>
        <translation>{0} tiene una fila de encabezados pero ninguna lectura debajo.</translation>
    </message>
    <message>
        <source>{0} has no column {1} in its first row; name the columns as an export does.</source>
        <translation>{0} no tiene la columna {1} en su primera fila; nombre las columnas como lo hace una exportación.</translation>
    </message>
    <message>
        <source>No partnership with id {0} exists here.</source>
        <translation>Aquí no existe ninguna alianza con el identificador {0}.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Fila {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is blank.</source>
        <translation>«{0}» está vacío.</translation>
    </message>
    <message>
        <source>there is no indicator with the code &apos;{0}&apos; here.</source>
        <translation>aquí no hay ningún indicador con el código «{0}».</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a utility of this partnership ({1}).</source>
        <translation>«{0}» no es un operador de esta alianza ({1}).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a data confidence; write one of: {1}.</source>
        <translation>«{0}» no es una confiabilidad de los datos; escriba una de estas: {1}.</translation>
    </message>
    <message>
        <source>this reading repeats row {0} (the same indicator, utility and period).</source>
        <translation>esta lectura repite la fila {0} (el mismo indicador, operador y período).</translation>
    </message>
    <message>
        <source>… and {0} more problems.</source>
        <translation>… y {0} problemas más.</translation>
    </message>
    <message>
        <source>There is no partnership here yet.</source>
        <translation>Todavía no hay ninguna alianza aquí.</translation>
    </message>
    <message>
        <source>There are {0} partnerships here; choose one with --partnership: {1}.</source>
        <translation>Aquí hay {0} alianzas; elija una con --partnership: {1}.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not something wopdesk export writes; name one of: {1}.</source>
        <translation>«{0}» no es algo que wopdesk export escriba; indique uno de: {1}.</translation>
    </message>
    <message>
        <source>--csv and --xlsx write every table; to write one, name the file with -o FILE (and the format with --format csv or xlsx).</source>
        <translation>--csv y --xlsx escriben todas las tablas; para escribir una, indique el archivo con -o ARCHIVO (y el formato con --format csv o xlsx).</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE (ending in .csv or .xlsx).</source>
        <translation>Indique el archivo que escribir con -o ARCHIVO (terminado en .csv o .xlsx).</translation>
    </message>
    <message>
        <source>The partnership is named twice (&apos;{0}&apos; and &apos;{1}&apos;); name it once.</source>
        <translation>La alianza se nombra dos veces («{0}» y «{1}»); nómbrela una sola vez.</translation>
    </message>
    <message>
        <source>--template writes the file an import of readings reads; write it with: wopdesk export readings PARTNERSHIP --template -o FILE.</source>
        <translation>--template escribe el archivo que lee una importación de lecturas; escríbalo con: wopdesk export readings ALIANZA --template -o ARCHIVO.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a format wopdesk export writes; use --format csv or --format xlsx.</source>
        <translation>«{0}» no es un formato que wopdesk export escriba; use --format csv o --format xlsx.</translation>
    </message>
    <message>
        <source>{0} ends in {1}, but --format says {2}; make them agree or leave --format out.</source>
        <translation>{0} termina en {1}, pero --format dice {2}; hágalos coincidir o quite --format.</translation>
    </message>
    <message>
        <source>Say which format to write: end {0} with .csv or .xlsx, or add --format csv or --format xlsx.</source>
        <translation>Indique qué formato escribir: termine {0} en .csv o .xlsx, o añada --format csv o --format xlsx.</translation>
    </message>
    <message>
        <source>Template for importing readings written to {0}.</source>
        <translation>Plantilla para importar lecturas escrita en {0}.</translation>
    </message>
    <message>
        <source>{0} written to {1}.</source>
        <translation>{0}: escrito en {1}.</translation>
    </message>
    <message>
        <source>--format goes with a KIND: wopdesk export KIND PARTNERSHIP --format csv|xlsx -o FILE.</source>
        <translation>--format va con un TIPO: wopdesk export TIPO ALIANZA --format csv|xlsx -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Say what to write: wopdesk export KIND PARTNERSHIP -o FILE (KIND one of {0}), or wopdesk backup -o FILE.zip.</source>
        <translation>Indique qué escribir: wopdesk export TIPO ALIANZA -o ARCHIVO (TIPO uno de {0}), o wopdesk backup -o ARCHIVO.zip.</translation>
    </message>
    <message>
        <source>Name what to write into {0} before the partnership (one of {1}): wopdesk export KIND PARTNERSHIP -o FILE; the full backup is wopdesk backup -o FILE.zip.</source>
        <translation>Indique qué escribir en {0} antes de la alianza (uno de {1}): wopdesk export TIPO ALIANZA -o ARCHIVO; la copia de seguridad completa es wopdesk backup -o ARCHIVO.zip.</translation>
    </message>
    <message>
        <source>{0} CSV files written to {1}.</source>
        <translation>{0} archivos CSV escritos en {1}.</translation>
    </message>
    <message>
        <source>Workbook written to {0}.</source>
        <translation>Libro escrito en {0}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}.</source>
        <translation>No se importó nada de {0}.</translation>
    </message>
    <message>
        <source>To import the good rows ({0}) and leave out the bad ones, add --skip-bad-rows.</source>
        <translation>Para importar las filas correctas ({0}) y dejar de lado las erróneas, añada --skip-bad-rows.</translation>
    </message>
    <message>
        <source>To replace the recorded values with those of these rows ({0}), add --replace-existing.</source>
        <translation>Para reemplazar los valores registrados por los de estas filas ({0}), añada --replace-existing.</translation>
    </message>
    <message>
        <source>{0} can be imported without its bad rows.</source>
        <translation>{0} se puede importar sin sus filas erróneas.</translation>
    </message>
    <message>
        <source>{0} can be imported.</source>
        <translation>{0} se puede importar.</translation>
    </message>
    <message>
        <source>{0} imported without its bad rows.</source>
        <translation>{0} importado sin sus filas erróneas.</translation>
    </message>
    <message>
        <source>{0} imported.</source>
        <translation>{0} importado.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>{name} is not an image WOPdesk can read ({reason}).</source>
        <translation>{name} no es una imagen que WOPdesk pueda leer ({reason}).</translation>
    </message>
    <message>
        <source>This site visit is final; reopen it before deleting it.</source>
        <translation>Esta visita técnica es definitiva; reábrala antes de eliminarla.</translation>
    </message>
    <message>
        <source>That record is not on this computer.</source>
        <translation>Ese registro no está en este equipo.</translation>
    </message>
    <message>
        <source>That record is not deleted.</source>
        <translation>Ese registro no está eliminado.</translation>
    </message>
    <message>
        <source>Restore “{0}” first: this record belongs to it.</source>
        <translation>Restaure primero «{0}»: este registro forma parte de él.</translation>
    </message>
    <message>
        <source>This progress record is approved; reopen it before deleting it.</source>
        <translation>Este registro de avance está aprobado; reábralo antes de eliminarlo.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>Write the summary of this progress record before approving it.</source>
        <translation>Redacte el resumen de este registro de avance antes de aprobarlo.</translation>
    </message>
    <message>
        <source>This site visit is final; reopen it before editing.</source>
        <translation>Esta visita técnica es definitiva; reábrala antes de editarla.</translation>
    </message>
    <message>
        <source>Progress record: say why the partnership is {status} (the reason).</source>
        <translation>Registro de avance: indique por qué la alianza está {status} (el motivo).</translation>
    </message>
    <message>
        <source>Progress record: the period {period} overlaps the period {other}, which already has a record.</source>
        <translation>Registro de avance: el período {period} se superpone al período {other}, que ya tiene un registro.</translation>
    </message>
    <message>
        <source>Progress record: an approval needs a person and a date.</source>
        <translation>Registro de avance: una aprobación necesita una persona y una fecha.</translation>
    </message>
    <message>
        <source>{name} is not a member of the mentor in this partnership.</source>
        <translation>{name} no es miembro del mentor en esta alianza.</translation>
    </message>
    <message>
        <source>{name} is not a member of the mentee in this partnership.</source>
        <translation>{name} no es miembro del mentorado en esta alianza.</translation>
    </message>
    <message>
        <source>This progress record is approved; reopen it before editing.</source>
        <translation>Este registro de avance está aprobado; reábralo antes de modificarlo.</translation>
    </message>
    <message>
        <source>the record was edited</source>
        <translation>el informe fue modificado</translation>
    </message>
    <message>
        <source>Approval by the {sides} withdrawn on {day}: {why}. Approve it again.</source>
        <translation>Aprobación retirada ({sides}) el {day}: {why}. Apruébelo de nuevo.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <source>a change made elsewhere arrived after it</source>
        <translation>un cambio hecho en otro lugar llegó después</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a reporting period; write it like 2026-Q3, 2026-H1 or 2026.</source>
        <translation>«{code}» no es un período de informe; escríbalo como 2026-Q3, 2026-H1 o 2026.</translation>
    </message>
    <message>
        <source>Output: the improvement track is not one of this partnership.</source>
        <translation>Producto: esa línea de mejora no es de esta alianza.</translation>
    </message>
    <message>
        <source>Action: the output it serves is not one of this partnership.</source>
        <translation>Acción: el producto al que contribuye no es de esta alianza.</translation>
    </message>
    <message>
        <source>Sign-off: give the date the visit was signed.</source>
        <translation>Firma: indique la fecha en que se firmó la visita.</translation>
    </message>
    <message>
        <source>Sign-off: name who signed for at least one side.</source>
        <translation>Firma: indique quién firmó por al menos una de las partes.</translation>
    </message>
    <message>
        <source>Sign-off: say whether it was signed on screen or on paper.</source>
        <translation>Firma: indique si se firmó en pantalla o en papel.</translation>
    </message>
    <message>
        <source>This action was not agreed at an earlier visit of this partnership.</source>
        <translation>Esta acción no se acordó en una visita anterior de esta alianza.</translation>
    </message>
    <message>
        <source>Reopened on {day}: a change made elsewhere arrived after this visit was signed. Check it and finalise it again.</source>
        <translation>Reabierta el {day}: un cambio hecho en otro lugar llegó después de firmarse esta visita. Revísela y vuelva a hacerla definitiva.</translation>
    </message>
    <message>
        <source>Site visit “{title}” ({day}) was reopened: a change made elsewhere arrived after it was signed. Check it and finalise it again.</source>
        <translation>La visita técnica «{title}» ({day}) se ha reabierto: un cambio hecho en otro lugar llegó después de firmarse. Revísela y vuelva a hacerla definitiva.</translation>
    </message>
    <message>
        <source>Milestone: give the target&apos;s baseline date and target date first.</source>
        <translation>Hito: indique primero la fecha de la línea de base y la fecha meta.</translation>
    </message>
    <message>
        <source>Milestone: its date ({date}) must come before the target date ({target}).</source>
        <translation>Hito: su fecha ({date}) debe ser anterior a la fecha meta ({target}).</translation>
    </message>
    <message>
        <source>Milestone: its date ({date}) must come after the baseline date ({baseline}).</source>
        <translation>Hito: su fecha ({date}) debe ser posterior a la fecha de la línea de base ({baseline}).</translation>
    </message>
    <message>
        <source>Milestone: this target already has a milestone in {year} ({date}).</source>
        <translation>Hito: esta meta ya tiene un hito en {year} ({date}).</translation>
    </message>
    <message>
        <source>Milestone: {value} is outside the valid range of {indicator} ({bounds}).</source>
        <translation>Hito: {value} está fuera del rango válido de {indicator} ({bounds}).</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The server at {server} did not answer in time; the network may be slow or down, so sync again later.</source>
        <translation>El servidor {server} no respondió a tiempo; la red puede estar lenta o caída, sincronice de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server at {server} could not prove who it is (its certificate was refused); check the address, or ask its administrator about its certificate.</source>
        <translation>El servidor {server} no pudo demostrar quién es (se rechazó su certificado); compruebe la dirección o consulte a su administrador sobre el certificado.</translation>
    </message>
    <message>
        <source>No secure connection could be set up with {server}; check that the address starts with https:// only if the server uses it, and that the port is right.</source>
        <translation>No se pudo establecer una conexión segura con {server}; compruebe que la dirección empieza por https:// solo si el servidor lo usa, y que el puerto es el correcto.</translation>
    </message>
    <message>
        <source>The server name {host} cannot be found; check the address, or the network if you are offline.</source>
        <translation>No se encuentra el nombre de servidor {host}; compruebe la dirección, o la red si está sin conexión.</translation>
    </message>
    <message>
        <source>This computer has no way to the server at {server} (no network, or no route to it); connect to a network, then sync again.</source>
        <translation>Este equipo no tiene camino hacia el servidor {server} (sin red o sin ruta hasta él); conéctese a una red y sincronice de nuevo.</translation>
    </message>
    <message>
        <source>The server at {server} refused the connection; check that it is running and that the address and port are right.</source>
        <translation>El servidor {server} rechazó la conexión; compruebe que está en marcha y que la dirección y el puerto son correctos.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {server}; check the address and the network, then sync again.</source>
        <translation>No se puede llegar al servidor {server}; compruebe la dirección y la red y sincronice de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address; write it like https://wop.example.org.</source>
        <translation>«{url}» no es una dirección de servidor; escríbala como https://wop.example.org.</translation>
    </message>
    <message>
        <source>The server at {server} did not accept the sign-in ({detail}); sync again and enter your password when asked.</source>
        <translation>El servidor {server} no aceptó el inicio de sesión ({detail}); sincronice de nuevo e introduzca su contraseña cuando se le pida.</translation>
    </message>
    <message>
        <source>The server at {server} failed ({status}: {detail}); sync again later.</source>
        <translation>El servidor {server} falló ({status}: {detail}); sincronice de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>El servidor rechazó la solicitud: {detail}</translation>
    </message>
    <message>
        <source>The server at {server} did not answer like a WOPdesk server; check the address.</source>
        <translation>El servidor {server} no respondió como un servidor WOPdesk; compruebe la dirección.</translation>
    </message>
    <message>
        <source>The account {user} is disabled on {server}; ask the server&apos;s administrator to enable it.</source>
        <translation>La cuenta {user} está desactivada en {server}; pida al administrador del servidor que la active.</translation>
    </message>
    <message>
        <source>Wrong user name or password for {user} on {server}; check both and sync again.</source>
        <translation>Nombre de usuario o contraseña incorrectos para {user} en {server}; compruebe ambos y sincronice de nuevo.</translation>
    </message>
    <message>
        <source>The upload of file {file}… did not finish; sync again.</source>
        <translation>La subida del archivo {file}… no terminó; sincronice de nuevo.</translation>
    </message>
    <message>
        <source>The download of file {file}… did not finish; sync again.</source>
        <translation>La descarga del archivo {file}… no terminó; sincronice de nuevo.</translation>
    </message>
    <message>
        <source>Your access to “{title}” was withdrawn on the server; its data leaves this laptop at the next sync.</source>
        <translation>Su acceso a «{title}» fue retirado en el servidor; sus datos salen de este equipo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>{count} of your changes to it were never synced: they are saved to a file in your data folder first.</source>
        <translation>{count} de sus cambios nunca se sincronizaron: antes se guardan en un archivo de su carpeta de datos.</translation>
    </message>
    <message>
        <source>“{title}” was removed from this laptop: your access to it was withdrawn.</source>
        <translation>«{title}» se quitó de este equipo: su acceso fue retirado.</translation>
    </message>
    <message>
        <source>Your unsynced changes are saved in {path}.</source>
        <translation>Sus cambios sin sincronizar están guardados en {path}.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was sent and received so far is kept, the rest goes at the next sync.</source>
        <translation>Sincronización cancelada; lo ya enviado y recibido se conserva, el resto se envía en la próxima sincronización.</translation>
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
        <source>Higher is better</source>
        <translation>Mejor cuanto más alto</translation>
    </message>
    <message>
        <source>Adopted in routine</source>
        <translation>Adoptado en la rutina</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Close the partnership</source>
        <translation>Cerrar la alianza</translation>
    </message>
    <message>
        <source>Continue the partnership</source>
        <translation>Continuar la alianza</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Dissolving the relationship</source>
        <translation>Disolución de la relación</translation>
    </message>
    <message>
        <source>Expand the partnership</source>
        <translation>Ampliar la alianza</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Institutionalised</source>
        <translation>Institucionalizado</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mejor cuanto más bajo</translation>
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
        <source>Middle period</source>
        <translation>Período intermedio</translation>
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
        <source>Nearest the norm</source>
        <translation>Lo más cerca de la norma</translation>
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
        <translation>Norte-Sur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Fuera de rumbo</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Bien encaminada</translation>
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
        <source>Orientation (building the base)</source>
        <translation>Orientación (construir la base)</translation>
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
        <source>Piloted</source>
        <translation>Piloteado</translation>
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
        <source>Quarter</source>
        <translation>Trimestre</translation>
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
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>South–south</source>
        <translation>Sur-Sur</translation>
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
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
</TS>
