<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AttentionPanel</name>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="108"/>
        <source>Rotatie eindigt zonder vervolg</source>
        <translation>Rotation ends without a next one</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="109"/>
        <source>Opdracht met vrije plaatsen</source>
        <translation>Assignment with free places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="110"/>
        <source>Trainee zonder plaatsing</source>
        <translation>Trainee without a placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="117"/>
        <source>Alle signalen</source>
        <translation>All signals</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="122"/>
        <source>Soort signaal</source>
        <translation>Kind of signal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="123"/>
        <source>Aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="124"/>
        <source>Enter of dubbelklik opent het record</source>
        <translation>Enter or double-click opens the record</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="125"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="126"/>
        <source>Record van het signaal openen</source>
        <translation>Open the signal&apos;s record</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="127"/>
        <source>Suggesties…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="128"/>
        <source>Suggesties voor het signaal</source>
        <translation>Suggestions for the signal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="129"/>
        <source>Plaatsing maken…</source>
        <translation>Create placement…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="130"/>
        <source>Plaatsing maken voor het signaal</source>
        <translation>Create a placement for the signal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="168"/>
        <source>Niets dat aandacht vraagt.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="168"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/attention.py" line="172"/>
        <source>Aandacht nodig ({n})</source>
        <translation>Needs attention ({n})</translation>
    </message>
</context>
<context>
    <name>CapacityTableModel</name>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="113"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="115"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="117"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="133"/>
        <source>vol ({taken} bezet)</source>
        <translation>full ({taken} taken)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="135"/>
        <source>{taken} bezet · {free} vrij</source>
        <translation>{taken} taken · {free} free</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="137"/>
        <source>(deels)</source>
        <translation>(partly)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="181"/>
        <source>De opdracht loopt niet in deze periode ({period}).</source>
        <translation>The assignment does not run in this period ({period}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="188"/>
        <source>{taken} van {places} plaatsen bezet op het drukste moment, {free} vrij.</source>
        <translation>{taken} of {places} places taken at the busiest moment, {free} free.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="193"/>
        <source>De opdracht loopt maar een deel van deze periode ({period}).</source>
        <translation>The assignment runs for only part of this period ({period}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="198"/>
        <source>Geplaatst: {names}</source>
        <translation>Placed: {names}</translation>
    </message>
</context>
<context>
    <name>CapacityView</name>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="267"/>
        <source>&amp;Periodes:</source>
        <translation>&amp;Periods:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="268"/>
        <source>Periodes van de capaciteit</source>
        <translation>Periods of the capacity view</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="269"/>
        <source>Zoek op opdracht of organisatie</source>
        <translation>Search by assignment or organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="270"/>
        <source>Zoeken in de capaciteit</source>
        <translation>Search the capacity view</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="271"/>
        <source>Alleen met vrije plaatsen</source>
        <translation>Only with free places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="272"/>
        <source>Alleen opdrachten met vrije plaatsen tonen</source>
        <translation>Show only assignments with free places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="273"/>
        <source>Capaciteit per opdracht en periode</source>
        <translation>Capacity per assignment and period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="276"/>
        <source>&lt;span style=&apos;background:{free}&apos;&gt;&amp;nbsp;vrij&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{full}&apos;&gt;&amp;nbsp;vol&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{idle}&apos;&gt;&amp;nbsp;— loopt niet&amp;nbsp;&lt;/span&gt; &lt;i&gt;deels&lt;/i&gt;: loopt een deel van de periode</source>
        <translation>&lt;span style=&apos;background:{free}&apos;&gt;&amp;nbsp;free&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{full}&apos;&gt;&amp;nbsp;full&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{idle}&apos;&gt;&amp;nbsp;— not running&amp;nbsp;&lt;/span&gt; &lt;i&gt;partly&lt;/i&gt;: runs part of the period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="294"/>
        <source>De komende 12 maanden</source>
        <translation>The next 12 months</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="297"/>
        <source>Rotaties van {cohort} ({programme})</source>
        <translation>Rotations of {cohort} ({programme})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="350"/>
        <source>Rotatie {n}</source>
        <translation>Rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/capacity.py" line="357"/>
        <source>{shown} van {total} opdrachten · {free} met vrije plaatsen</source>
        <translation>{shown} of {total} assignments · {free} with free places</translation>
    </message>
</context>
<context>
    <name>EvaluationBox</name>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="135"/>
        <source>Cijfer</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="137"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="139"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="142"/>
        <source>Datum wissen</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="145"/>
        <source>Cijfer: {what}</source>
        <translation>Mark: {what}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="146"/>
        <source>Een cijfer van 1 tot 10; — betekent geen cijfer</source>
        <translation>A mark from 1 to 10; — means no mark</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="147"/>
        <source>Datum: {what}</source>
        <translation>Date: {what}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="148"/>
        <source>Toelichting: {what}</source>
        <translation>Explanation: {what}</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="260"/>
        <source>Nieuwe plaatsing</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="263"/>
        <source>Plaatsing van {trainee} – rotatie {n}</source>
        <translation>Placement of {trainee} – rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="291"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="298"/>
        <source>Onderdelen van de plaatsing</source>
        <translation>Parts of the placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="313"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="314"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="317"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="319"/>
        <source>Plaatsing opslaan</source>
        <translation>Save placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="373"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="374"/>
        <source>Typ een deel van de naam om te zoeken</source>
        <translation>Type part of the name to search</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="376"/>
        <source>&amp;Trainee *</source>
        <translation>&amp;Trainee *</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="382"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="384"/>
        <source>Typ een deel van de titel of de organisatie om te zoeken</source>
        <translation>Type part of the title or the organisation to search</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="390"/>
        <source>&amp;Opdracht *</source>
        <translation>&amp;Assignment *</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="400"/>
        <source>Rotatie</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="405"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="406"/>
        <source>Periode van de rotatie overnemen</source>
        <translation>Use the rotation&apos;s period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="410"/>
        <source>&amp;Rotatie</source>
        <translation>&amp;Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="416"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="416"/>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="422"/>
        <source>tot en met</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="432"/>
        <source>&amp;Periode *</source>
        <translation>&amp;Period *</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="437"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="446"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="449"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="450"/>
        <source>Vastzetten in de planning</source>
        <translation>Lock in the plan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="452"/>
        <source>De cohortplanner laat een vastgezette plaatsing staan zoals ze is.</source>
        <translation>The cohort planner leaves a locked placement as it is.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="458"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="461"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="472"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="480"/>
        <source>Tussentijds – begeleider</source>
        <translation>Mid-term – supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="482"/>
        <source>Tussentijds – trainee</source>
        <translation>Mid-term – trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="483"/>
        <source>Eind – begeleider</source>
        <translation>Final – supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="484"/>
        <source>Eind – trainee</source>
        <translation>Final – trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="495"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="647"/>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="613"/>
        <source>Looptijd van de opdracht: {period}</source>
        <translation>Period of the assignment: {period}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="622"/>
        <source>Geen rotatievenster bekend</source>
        <translation>No rotation window known</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="627"/>
        <source>Rotatievenster: {period}</source>
        <translation>Rotation window: {period}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="638"/>
        <source>Deze periode valt buiten de looptijd van de opdracht; opslaan wordt dan geweigerd.</source>
        <translation>This period lies outside the assignment&apos;s period; saving will be refused.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="647"/>
        <source>Evaluaties ({n})</source>
        <translation>Evaluations ({n})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="655"/>
        <source>Kies een trainee uit de lijst.</source>
        <translation>Choose a trainee from the list.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="657"/>
        <source>Kies een trainee.</source>
        <translation>Choose a trainee.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="661"/>
        <source>Kies een opdracht uit de lijst.</source>
        <translation>Choose an assignment from the list.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="663"/>
        <source>Kies een opdracht.</source>
        <translation>Choose an assignment.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="667"/>
        <source>De einddatum moet na de begindatum liggen.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="673"/>
        <source>Geef een cijfer, een toelichting of allebei.</source>
        <translation>Give a mark, an explanation or both.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="677"/>
        <source>Een evaluatie kan niet vóór het begin van de plaatsing zijn geschreven.</source>
        <translation>An evaluation cannot have been written before the placement started.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="692"/>
        <source>trainee</source>
        <translation>trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="693"/>
        <source>opdracht</source>
        <translation>assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="697"/>
        <source>Nog te kiezen: {fields}</source>
        <translation>Still to choose: {fields}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="699"/>
        <source>Verbeter de rood gemarkeerde velden om op te slaan.</source>
        <translation>Correct the fields marked in red to save.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="701"/>
        <source>Enter slaat op, Esc annuleert.</source>
        <translation>Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="703"/>
        <source>Velden met * zijn verplicht.</source>
        <translation>Fields with * are required.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="717"/>
        <source>Plaatsing van {trainee} bij &apos;{title}&apos;</source>
        <translation>Placement of {trainee} at &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="728"/>
        <source>Evaluatie van {trainee} opslaan</source>
        <translation>Save evaluation of {trainee}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="730"/>
        <source>Status van plaatsing {trainee}: {status}</source>
        <translation>Status of placement {trainee}: {status}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="733"/>
        <source>Plaatsing van {trainee} wijzigen</source>
        <translation>Edit placement of {trainee}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="767"/>
        <source>Opslaan geweigerd: dit zou een vaste regel breken</source>
        <translation>Save refused: this would break a fixed rule</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="774"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="778"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="790"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="799"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="803"/>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="807"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="781"/>
        <source>Iemand anders heeft deze plaatsing gewijzigd nadat u haar opende. Sluit het formulier zonder op te slaan en open het opnieuw om de nieuwe gegevens te zien.</source>
        <translation>Someone else changed this placement after you opened it. Close the form without saving and open it again to see the new data.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="792"/>
        <source>Deze plaatsing bestaat niet meer; misschien is ze net verwijderd.</source>
        <translation>This placement no longer exists; perhaps it was just deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/placement_form.py" line="809"/>
        <source>De database weigerde de wijziging ({kind}).</source>
        <translation>The database refused the change ({kind}).</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="276"/>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="277"/>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="429"/>
        <source>Cohort plannen</source>
        <translation>Plan a cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="280"/>
        <source>De planner zoekt de plaatsingen met de hoogste totale matchscore die alle vaste regels respecteren, en plaatst zoveel mogelijk trainees. Vastgezette, lopende en afgeronde plaatsingen blijven staan. Er wordt niets opgeslagen voordat u het voorstel accepteert.</source>
        <translation>The planner looks for the placements with the highest total match score that respect every fixed rule, and places as many trainees as possible. Locked, running and completed placements stay. Nothing is saved until you accept the proposal.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="286"/>
        <source>&amp;Lichting:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="287"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="288"/>
        <source>Rotaties:</source>
        <translation>Rotations:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="289"/>
        <source>Rotatie</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="290"/>
        <source>Eén rotatie plannen</source>
        <translation>Plan one rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="291"/>
        <source>Welke rotatie</source>
        <translation>Which rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="292"/>
        <source>Alle rotaties</source>
        <translation>All rotations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="293"/>
        <source>Alle rotaties plannen</source>
        <translation>Plan all rotations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="294"/>
        <source>&amp;Voorstel maken</source>
        <translation>&amp;Make a proposal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="295"/>
        <source>Voorstel maken</source>
        <translation>Make a proposal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="296"/>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="297"/>
        <source>Alleen wijzigingen tonen</source>
        <translation>Show only changes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="298"/>
        <source>Alles uitklappen</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="299"/>
        <source>Alle trainees uitklappen</source>
        <translation>Expand all trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="300"/>
        <source>Alles inklappen</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="301"/>
        <source>Alle trainees inklappen</source>
        <translation>Collapse all trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="304"/>
        <source>Trainee / rotatie</source>
        <translation>Trainee / rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="305"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="306"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="307"/>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="308"/>
        <source>Score nu → voorstel</source>
        <translation>Score now → proposal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="311"/>
        <source>Wijzigingen per trainee</source>
        <translation>Changes per trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="312"/>
        <source>Niet geplaatste trainees en waarom</source>
        <translation>Trainees not placed and why</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="313"/>
        <source>Enter: suggesties voor deze trainee</source>
        <translation>Enter: suggestions for this trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="314"/>
        <source>Het voorstel</source>
        <translation>The proposal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="315"/>
        <source>&amp;Aangevinkte accepteren</source>
        <translation>Accept &amp;checked</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="316"/>
        <source>Aangevinkte wijzigingen accepteren</source>
        <translation>Accept the checked changes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="317"/>
        <source>Alles a&amp;ccepteren</source>
        <translation>&amp;Accept all</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="318"/>
        <source>Alle wijzigingen accepteren</source>
        <translation>Accept all changes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="319"/>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="320"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="359"/>
        <source>Volgende rotatie (rotatie {n}, {period})</source>
        <translation>Next rotation (rotation {n}, {period})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="364"/>
        <source>Volgende rotatie (geen: alles gevuld of voorbij)</source>
        <translation>Next rotation (none: all filled or past)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="365"/>
        <source>De volgende rotatie plannen</source>
        <translation>Plan the next rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="367"/>
        <source>{n} rotaties van {months} maanden</source>
        <translation>{n} rotations of {months} months</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="407"/>
        <source>Geen lichting</source>
        <translation>No cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="407"/>
        <source>Kies een lichting.</source>
        <translation>Choose a cohort.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="438"/>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="438"/>
        <source>Er is geen voorstel gemaakt.</source>
        <translation>No proposal was made.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="441"/>
        <source>Plannen mislukt</source>
        <translation>Planning failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="447"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="448"/>
        <source>vervangen</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="449"/>
        <source>vervalt</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="450"/>
        <source>blijft</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="451"/>
        <source>vast</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="476"/>
        <source>Kies een lichting en de rotaties en druk op &apos;Voorstel maken&apos;. Het voorstel verschijnt hier als lijst van wijzigingen per trainee.</source>
        <translation>Choose a cohort and the rotations and press &apos;Make a proposal&apos;. The proposal appears here as a list of changes per trainee.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="491"/>
        <source>bewezen optimaal</source>
        <translation>proven optimal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="494"/>
        <source>niet bewezen optimaal</source>
        <translation>not proven optimal</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="504"/>
        <source>Voorstel voor {cohort}, rotatie {rotations}</source>
        <translation>Proposal for {cohort}, rotation {rotations}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="510"/>
        <source>{placed} van {slots} trainee-rotaties gevuld</source>
        <translation>{placed} of {slots} trainee rotations filled</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="515"/>
        <source>score {score} (nu {before})</source>
        <translation>score {score} (now {before})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="521"/>
        <source>berekend in {seconds} s</source>
        <translation>computed in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="525"/>
        <source>{added} nieuw, {replaced} vervangen, {removed} vervallen, {kept} ongewijzigd, {fixed} vast</source>
        <translation>{added} new, {replaced} replaced, {removed} removed, {kept} unchanged, {fixed} fixed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="571"/>
        <source>1 wijziging</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="573"/>
        <source>{n} wijzigingen</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="587"/>
        <source>Rotatie {n}</source>
        <translation>Rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="622"/>
        <source>rotatie {n} ({period})</source>
        <translation>rotation {n} ({period})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="635"/>
        <source>Wijzigingen ({n})</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="636"/>
        <source>Niet geplaatst ({n})</source>
        <translation>Not placed ({n})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="649"/>
        <source>{checked} van {total} wijzigingen aangevinkt</source>
        <translation>{checked} of {total} changes checked</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="711"/>
        <source>Planvoorstel voor {cohort} (1 wijziging)</source>
        <translation>Plan proposal for {cohort} (1 change)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="713"/>
        <source>Planvoorstel voor {cohort} ({n} wijzigingen)</source>
        <translation>Plan proposal for {cohort} ({n} changes)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="720"/>
        <source>Accepteren geweigerd: dit zou een vaste regel breken</source>
        <translation>Accepting refused: this would break a fixed rule</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="725"/>
        <source>Vink ook de wijzigingen aan waar deze van afhangt, of maak een nieuw voorstel.</source>
        <translation>Also check the changes this depends on, or make a new proposal.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="737"/>
        <source>Niet geaccepteerd</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/planner_dialog.py" line="746"/>
        <source>Opgeslagen: {created} nieuw (met status voorgesteld), {removed} weggehaald. Ctrl+Z maakt dit in één keer ongedaan. Maak een nieuw voorstel om verder te plannen.</source>
        <translation>Saved: {created} new (with status proposed), {removed} taken out. Ctrl+Z undoes this in one step. Make a new proposal to plan further.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../coordinator_app/views/planning/__init__.py" line="49"/>
        <source>Openen mislukt</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/__init__.py" line="50"/>
        <source>Suggesties niet beschikbaar</source>
        <translation>Suggestions not available</translation>
    </message>
</context>
<context>
    <name>PlanningButtons</name>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="47"/>
        <source>Plaatsing maken…</source>
        <translation>Create placement…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="48"/>
        <source>Suggesties…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="50"/>
        <source>Plaatsing maken voor deze trainee</source>
        <translation>Create a placement for this trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="52"/>
        <source>Opdrachten voorstellen voor deze trainee</source>
        <translation>Suggest assignments for this trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="55"/>
        <source>Opdrachten gerangschikt op hoe goed ze bij deze trainee passen</source>
        <translation>Assignments ranked by how well they fit this trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="58"/>
        <source>Plaatsing maken bij deze opdracht</source>
        <translation>Create a placement at this assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="60"/>
        <source>Trainees voorstellen voor deze opdracht</source>
        <translation>Suggest trainees for this assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/actions.py" line="63"/>
        <source>Trainees gerangschikt op hoe goed ze bij deze opdracht passen</source>
        <translation>Trainees ranked by how well they fit this assignment</translation>
    </message>
</context>
<context>
    <name>RotationTimeline</name>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="293"/>
        <source>Tijdlijn van de rotaties</source>
        <translation>Timeline of the rotations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="478"/>
        <source>rotatie {n}</source>
        <translation>rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="481"/>
        <source>vastgezet</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="487"/>
        <source>Conflict – {message}</source>
        <translation>Conflict – {message}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="488"/>
        <source>Let op – {message}</source>
        <translation>Note – {message}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="499"/>
        <source>{name}: geen plaatsingen</source>
        <translation>{name}: no placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="501"/>
        <source>Geen trainees in deze lichting</source>
        <translation>No trainees in this cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="523"/>
        <source>Geen trainees in deze lichting.</source>
        <translation>No trainees in this cohort.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="525"/>
        <source>Kies een lichting.</source>
        <translation>Choose a cohort.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="696"/>
        <source>Rotatie {n}</source>
        <translation>Rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="738"/>
        <source>Trainee ({n})</source>
        <translation>Trainee ({n})</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="127"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="128"/>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="139"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="129"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="130"/>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="141"/>
        <source>Reisafstand</source>
        <translation>Travel distance</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="131"/>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="142"/>
        <source>Afwisseling</source>
        <translation>Variety</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="132"/>
        <source>Voorkeur</source>
        <translation>Preference</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="138"/>
        <source>Opleidingsniveau</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="140"/>
        <source>Thema-interesse</source>
        <translation>Theme interest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="143"/>
        <source>Eigen voorkeur</source>
        <translation>Own preference</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="155"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="155"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="157"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="157"/>
        <source>Vrije rotatie</source>
        <translation>Free rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="159"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="161"/>
        <source>Waarom niet</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="164"/>
        <source>Punten voor dit onderdeel; samen vormen ze de score</source>
        <translation>Points for this part; together they make the score</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="214"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="215"/>
        <source>rotatie {n} ({period})</source>
        <translation>rotation {n} ({period})</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="253"/>
        <source>Deze trainee bestaat niet meer; misschien is hij net verwijderd.</source>
        <translation>This trainee no longer exists; perhaps they were just deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="260"/>
        <source>Deze opdracht bestaat niet meer; misschien is ze net verwijderd.</source>
        <translation>This assignment no longer exists; perhaps it was just deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="264"/>
        <source>1 plaats</source>
        <translation>1 place</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="266"/>
        <source>{n} plaatsen</source>
        <translation>{n} places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="268"/>
        <source>Looptijd {period} · {places}</source>
        <translation>Runs {period} · {places}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="399"/>
        <source>Suggesties voor {name}</source>
        <translation>Suggestions for {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="400"/>
        <source>Zoek op opdracht of organisatie</source>
        <translation>Search by assignment or organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="402"/>
        <source>Suggesties voor opdracht {name}</source>
        <translation>Suggestions for assignment {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="403"/>
        <source>Zoek op naam</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="406"/>
        <source>Zoeken in de suggesties</source>
        <translation>Search the suggestions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="407"/>
        <source>Ook wat niet kan tonen</source>
        <translation>Also show what is not possible</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="408"/>
        <source>Geblokkeerde suggesties tonen</source>
        <translation>Show blocked suggestions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="410"/>
        <source>Paren die een vaste regel breekt staan onderaan, met de reden</source>
        <translation>Pairs a fixed rule blocks are at the bottom, with the reason</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="412"/>
        <source>Suggesties, beste eerst</source>
        <translation>Suggestions, best first</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="413"/>
        <source>Uitleg van de gekozen suggestie</source>
        <translation>Explanation of the chosen suggestion</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="414"/>
        <source>&amp;Plaatsen</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="415"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="417"/>
        <source>Maak de plaatsing in de vrije rotatie (Ctrl+Z maakt ongedaan)</source>
        <translation>Create the placement in the free rotation (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="419"/>
        <source>&amp;Aanpassen…</source>
        <translation>&amp;Adjust…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="420"/>
        <source>Plaatsing aanpassen en opslaan</source>
        <translation>Adjust and save the placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="421"/>
        <source>Open het plaatsingsformulier met deze suggestie</source>
        <translation>Open the placement form with this suggestion</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="422"/>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="423"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="448"/>
        <source>Suggesties niet beschikbaar</source>
        <translation>Suggestions not available</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="463"/>
        <source>{name} heeft geen vrije rotatie meer.</source>
        <translation>{name} has no free rotation left.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="465"/>
        <source>Voor de eerste vrije rotatie: rotatie {n} ({period}).</source>
        <translation>For the first free rotation: rotation {n} ({period}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="472"/>
        <source>elke trainee in zijn of haar eerste vrije rotatie</source>
        <translation>each trainee in their first free rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="481"/>
        <source>{eligible} mogelijk · {blocked} geblokkeerd</source>
        <translation>{eligible} possible · {blocked} blocked</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="516"/>
        <source>Kies een suggestie om de uitleg te zien.</source>
        <translation>Choose a suggestion to see the explanation.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="518"/>
        <source>Geen suggesties.</source>
        <translation>No suggestions.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="525"/>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="613"/>
        <source>rotatie {n} ({period})</source>
        <translation>rotation {n} ({period})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="529"/>
        <source>geen vrije rotatie</source>
        <translation>no free rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="542"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="542"/>
        <source>Past</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="542"/>
        <source>Weging</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="542"/>
        <source>Punten</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="543"/>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="555"/>
        <source>Score {total} van 100</source>
        <translation>Score {total} out of 100</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="562"/>
        <source>Kan nu niet:</source>
        <translation>Not possible now:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="588"/>
        <source>Plaatsing van {trainee} bij &apos;{title}&apos;</source>
        <translation>Placement of {trainee} at &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="597"/>
        <source>Plaatsen geweigerd: dit zou een vaste regel breken</source>
        <translation>Placing refused: this would break a fixed rule</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="603"/>
        <source>Plaatsen mislukt</source>
        <translation>Placing failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="610"/>
        <source>Geplaatst: {trainee} bij &apos;{title}&apos;, {window}. Ctrl+Z maakt ongedaan.</source>
        <translation>Placed: {trainee} at &apos;{title}&apos;, {window}. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/suggestions.py" line="622"/>
        <source>Let op:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="981"/>
        <source>&amp;Lichting:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="982"/>
        <source>Lichting van de tijdlijn</source>
        <translation>Cohort of the timeline</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="983"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="984"/>
        <source>Uitzoomen (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="985"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="986"/>
        <source>Inzoomen (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="987"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="988"/>
        <source>Hele periode tonen</source>
        <translation>Show the whole period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="989"/>
        <source>De hele periode van de lichting tonen (0)</source>
        <translation>Show the cohort&apos;s whole period (0)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="990"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="991"/>
        <source>Naar vandaag</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="992"/>
        <source>Naar vandaag scrollen (T)</source>
        <translation>Scroll to today (T)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="993"/>
        <source>Legenda: kleur per organisatie</source>
        <translation>Legend: colour per organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="995"/>
        <source>Kies een organisatie om haar plaatsingen te laten opvallen</source>
        <translation>Choose an organisation to make its placements stand out</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="997"/>
        <source>Tijdlijn van de rotaties</source>
        <translation>Timeline of the rotations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1000"/>
        <source>Kleur: organisatie · &lt;u&gt;stippellijn&lt;/u&gt;: voorgesteld · &lt;span style=&apos;color:{error}&apos;&gt;rood kader met !&lt;/span&gt;: conflict met een vaste regel · &lt;span style=&apos;color:{warning}&apos;&gt;oranje kader met ⚠&lt;/span&gt;: waarschuwing · &lt;span style=&apos;color:{today}&apos;&gt;blauwe lijn&lt;/span&gt;: vandaag · pijltjes en Enter: plaatsing kiezen en openen</source>
        <translation>Colour: organisation · &lt;u&gt;dashed line&lt;/u&gt;: proposed · &lt;span style=&apos;color:{error}&apos;&gt;red frame with !&lt;/span&gt;: conflict with a fixed rule · &lt;span style=&apos;color:{warning}&apos;&gt;orange frame with ⚠&lt;/span&gt;: warning · &lt;span style=&apos;color:{today}&apos;&gt;blue line&lt;/span&gt;: today · arrow keys and Enter: choose and open a placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1075"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1082"/>
        <source>{name}: {n} plaatsingen in deze lichting</source>
        <translation>{name}: {n} placements in this cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1106"/>
        <source>{n} trainees</source>
        <translation>{n} trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1107"/>
        <source>{n} plaatsingen</source>
        <translation>{n} placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1110"/>
        <source>{n} met conflict</source>
        <translation>{n} with a conflict</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/timeline.py" line="1112"/>
        <source>{n} met waarschuwing</source>
        <translation>{n} with a warning</translation>
    </message>
</context>
<context>
    <name>WeightsEditor</name>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="96"/>
        <source>Opleidingsniveau</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="97"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="98"/>
        <source>Thema-interesse</source>
        <translation>Theme interest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="99"/>
        <source>Reisafstand</source>
        <translation>Travel distance</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="100"/>
        <source>Afwisseling</source>
        <translation>Variety</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="101"/>
        <source>Eigen voorkeur</source>
        <translation>Own preference</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="105"/>
        <source>Weging {part}</source>
        <translation>Weight of {part}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="106"/>
        <source>Weging</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="107"/>
        <source>Weging tonen of verbergen</source>
        <translation>Show or hide the weighting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="108"/>
        <source>Hoe zwaar elk onderdeel van de score telt</source>
        <translation>How heavily each part of the score counts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="109"/>
        <source>Standaard herstellen</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="110"/>
        <source>Standaardweging herstellen</source>
        <translation>Restore the default weighting</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="111"/>
        <source>Als standaard opslaan</source>
        <translation>Save as default</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="112"/>
        <source>Weging als standaard opslaan</source>
        <translation>Save the weighting as default</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="147"/>
        <source>Dit is de opgeslagen weging.</source>
        <translation>This is the saved weighting.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="150"/>
        <source>Gewijzigd; geldt hier tot u haar als standaard opslaat.</source>
        <translation>Changed; applies here until you save it as the default.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="153"/>
        <source>Alle wegingen staan op 0: elke score wordt 0.</source>
        <translation>All weights are 0: every score becomes 0.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="167"/>
        <source>Weging niet opgeslagen</source>
        <translation>Weighting not saved</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/planning/weights.py" line="168"/>
        <source>Het instellingenbestand kon niet worden geschreven: {reason}</source>
        <translation>The settings file could not be written: {reason}</translation>
    </message>
</context>
</TS>
