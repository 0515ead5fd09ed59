<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppContext</name>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Se produjo un error: {0}</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity assessment</source>
        <translation>Evaluación de capacidades</translation>
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
    <name>DiagnosisPage</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <source>Expenses and contributions</source>
        <translation>Gastos y contribuciones</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>LearningPage</name>
    <message>
        <source>Learning log</source>
        <translation>Registro de aprendizaje</translation>
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
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Esta página está en construcción.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Site visits</source>
        <translation>Visitas de campo</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
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
