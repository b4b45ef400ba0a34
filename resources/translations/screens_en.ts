<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AssignmentDetailDialog</name>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="324"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="327"/>
        <location filename="../../coordinator_app/views/screens/details.py" line="348"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="328"/>
        <source>Niveaus</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="329"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="330"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="331"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="332"/>
        <source>Programma&apos;s</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="333"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="335"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="340"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="342"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="345"/>
        <source>Rotatie</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="346"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="347"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="349"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="352"/>
        <source>Nog geen plaatsingen.</source>
        <translation>No placements yet.</translation>
    </message>
</context>
<context>
    <name>AssignmentForm</name>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="64"/>
        <source>Nieuwe opdracht</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="66"/>
        <source>Opdracht bewerken: {title}</source>
        <translation>Edit assignment: {title}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="75"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="78"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="83"/>
        <source>— kies een organisatie —</source>
        <translation>— choose an organisation —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="86"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="89"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="94"/>
        <source>— die van de organisatie —</source>
        <translation>— the organisation&apos;s —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="99"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="101"/>
        <source>Alleen invullen als het werk ergens anders is dan bij de organisatie.</source>
        <translation>Only fill this in when the work is somewhere other than at the organisation.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="106"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="112"/>
        <source>Wanneer, voor wie en hoeveel</source>
        <translation>When, for whom and how many</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="119"/>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="123"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="126"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="131"/>
        <source> uur</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="135"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="143"/>
        <source>Niveau {level} toegestaan</source>
        <translation>Level {level} accepted</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="147"/>
        <source>geen vinkje: elk niveau</source>
        <translation>none ticked: any level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="152"/>
        <source>Niveaus</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="153"/>
        <source>Niveau mbo toegestaan</source>
        <translation>Level MBO accepted</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="162"/>
        <source>Programma&apos;s</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="166"/>
        <source>Nieuw thema (Enter)</source>
        <translation>New theme (Enter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="166"/>
        <source>Nieuw thema toevoegen</source>
        <translation>Add a new theme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="172"/>
        <source>Nieuwe competentie (Enter)</source>
        <translation>New competence (Enter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="173"/>
        <source>Nieuwe competentie toevoegen</source>
        <translation>Add a new competence</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="176"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="179"/>
        <source>Gevraagde competenties</source>
        <translation>Competences asked for</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="225"/>
        <source>— geen begeleider —</source>
        <translation>— no supervisor —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/assignment_form.py" line="225"/>
        <source>— nog geen contactpersonen —</source>
        <translation>— no contact persons yet —</translation>
    </message>
</context>
<context>
    <name>AssignmentsScreen</name>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="41"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="47"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="53"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="57"/>
        <source>Niveaus</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="59"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="63"/>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="69"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="75"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="88"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="94"/>
        <source>Programma&apos;s</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="100"/>
        <source>Uur/week</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="110"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="123"/>
        <source>Alle programma&apos;s</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="124"/>
        <source>Filter op programma</source>
        <translation>Filter by programme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="130"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="131"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="137"/>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="138"/>
        <source>Filter op geaccepteerd opleidingsniveau</source>
        <translation>Filter by accepted education level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="144"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="145"/>
        <source>Filter op gemeente</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="151"/>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="152"/>
        <source>Filter op thema</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="158"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="159"/>
        <source>Filter op organisatie</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="211"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="200"/>
        <source>Zoek op titel, organisatie, thema… (Ctrl+F)</source>
        <translation>Search title, organisation, theme… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="203"/>
        <source>Nieuwe opdracht</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="207"/>
        <source>Er zijn nog geen opdrachten. Kies &apos;Nieuwe opdracht&apos; om er een toe te voegen.</source>
        <translation>There are no assignments yet. Choose &apos;New assignment&apos; to add one.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/assignments.py" line="214"/>
        <source>opdrachten</source>
        <translation>assignments</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="60"/>
        <source>Iemand anders heeft dit record gewijzigd</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="70"/>
        <source>{who} heeft {record} opgeslagen nadat u het formulier opende. Uw wijzigingen zijn nog niet opgeslagen en staan nog in het formulier. Hoe wilt u verder?</source>
        <translation>{who} saved {record} after you opened the form. Your changes have not been saved yet and are still in the form. How do you want to continue?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="76"/>
        <source>Hun versie bekijken</source>
        <translation>View their version</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="77"/>
        <source>Hun huidige gegevens naast de uwe, veld voor veld.</source>
        <translation>Their current data next to yours, field by field.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="82"/>
        <source>Mijn versie bewaren</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="84"/>
        <source>Uw versie bewust opslaan over die van de ander heen; wat de ander in deze velden veranderde, gaat verloren.</source>
        <translation>Save your version over theirs on purpose; what they changed in these fields is lost.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="91"/>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="92"/>
        <source>Uw wijzigingen weggooien en het formulier vullen met de huidige gegevens.</source>
        <translation>Discard your changes and fill the form with the current data.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="102"/>
        <source>Uw versie en hun versie, veld voor veld</source>
        <translation>Your version and theirs, field by field</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="104"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="104"/>
        <source>Uw versie</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="104"/>
        <source>Hun versie</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="129"/>
        <source>Vet: daar is iets veranderd. Rood: u en de ander veranderden hetzelfde veld verschillend.</source>
        <translation>Bold: something changed there. Red: you and they changed the same field differently.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="133"/>
        <source>De ander heeft niets veranderd in wat dit formulier toont.</source>
        <translation>They changed nothing that this form shows.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/conflict.py" line="140"/>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>DeleteText</name>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="33"/>
        <source>1 plaatsing</source>
        <translation>1 placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="34"/>
        <source>{n} plaatsingen</source>
        <translation>{n} placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="38"/>
        <source>1 evaluatie</source>
        <translation>1 evaluation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="39"/>
        <source>{n} evaluaties</source>
        <translation>{n} evaluations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="43"/>
        <source>1 aanwezigheidsregistratie</source>
        <translation>1 attendance record</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="44"/>
        <source>{n} aanwezigheidsregistraties</source>
        <translation>{n} attendance records</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="48"/>
        <source>1 voorkeur</source>
        <translation>1 preference</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="49"/>
        <source>{n} voorkeuren</source>
        <translation>{n} preferences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="53"/>
        <source>1 contactpersoon</source>
        <translation>1 contact person</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="54"/>
        <source>{n} contactpersonen</source>
        <translation>{n} contact persons</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="58"/>
        <source>1 actiepunt</source>
        <translation>1 action point</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="59"/>
        <source>{n} actiepunten</source>
        <translation>{n} action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="63"/>
        <source>1 opdracht</source>
        <translation>1 assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="64"/>
        <source>{n} opdrachten</source>
        <translation>{n} assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="183"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="89"/>
        <source>Bijeenkomst verwijderen</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="90"/>
        <source>{n} bijeenkomsten verwijderen</source>
        <translation>Delete {n} sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="113"/>
        <source>Trainee verwijderen</source>
        <translation>Delete trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="114"/>
        <source>{n} trainees verwijderen</source>
        <translation>Delete {n} trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="135"/>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="136"/>
        <source>{n} organisaties verwijderen</source>
        <translation>Delete {n} organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="160"/>
        <source>Opdracht verwijderen</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="161"/>
        <source>{n} opdrachten verwijderen</source>
        <translation>Delete {n} assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="93"/>
        <source>Wilt u bijeenkomst &apos;{name}&apos; verwijderen?</source>
        <translation>Do you want to delete session &apos;{name}&apos;?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="96"/>
        <source>Wilt u deze {n} bijeenkomsten verwijderen?</source>
        <translation>Do you want to delete these {n} sessions?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="117"/>
        <source>Wilt u trainee {name} verwijderen?</source>
        <translation>Do you want to delete trainee {name}?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="118"/>
        <source>Wilt u deze {n} trainees verwijderen?</source>
        <translation>Do you want to delete these {n} trainees?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="139"/>
        <source>Wilt u organisatie {name} verwijderen?</source>
        <translation>Do you want to delete organisation {name}?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="140"/>
        <source>Wilt u deze {n} organisaties verwijderen?</source>
        <translation>Do you want to delete these {n} organisations?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="164"/>
        <source>Wilt u opdracht &apos;{name}&apos; verwijderen?</source>
        <translation>Do you want to delete assignment &apos;{name}&apos;?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="165"/>
        <source>Wilt u deze {n} opdrachten verwijderen?</source>
        <translation>Do you want to delete these {n} assignments?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="101"/>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="102"/>
        <source>Daarmee verdwijnen ook {list}.</source>
        <translation>This also removes {list}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="121"/>
        <source>Met deze trainee verdwijnen ook {list}.</source>
        <translation>With this trainee, {list} will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="122"/>
        <source>Met deze trainees verdwijnen ook {list}.</source>
        <translation>With these trainees, {list} will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="145"/>
        <source>Met deze organisatie verdwijnen ook {list}.</source>
        <translation>With this organisation, {list} will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="148"/>
        <source>Met deze organisaties verdwijnen ook {list}.</source>
        <translation>With these organisations, {list} will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="168"/>
        <source>Met deze opdracht verdwijnen ook {list}.</source>
        <translation>With this assignment, {list} will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="169"/>
        <source>Met deze opdrachten verdwijnen ook {list}.</source>
        <translation>With these assignments, {list} will also be deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="217"/>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="258"/>
        <source>… en nog {n}</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="226"/>
        <source>U kunt het verwijderen ongedaan maken met Ctrl+Z.</source>
        <translation>You can undo the deletion with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="239"/>
        <source>• {owner}: opdracht &apos;{title}&apos; heeft {placements}</source>
        <translation>• {owner}: assignment &apos;{title}&apos; has {placements}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="249"/>
        <source>• Opdracht &apos;{title}&apos; heeft {placements}</source>
        <translation>• Assignment &apos;{title}&apos; has {placements}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="263"/>
        <source>Deze organisatie kan niet worden verwijderd: er zijn trainees geplaatst op haar opdrachten.</source>
        <translation>This organisation cannot be deleted: trainees are placed on its assignments.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="269"/>
        <source>Deze opdracht kan niet worden verwijderd: er zijn trainees op geplaatst.</source>
        <translation>This assignment cannot be deleted: trainees are placed on it.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="273"/>
        <source>Plaatsingen horen bij het traject van een trainee en verdwijnen nooit als bijwerking. Verwijder of verplaats eerst die plaatsingen, of zet de opdracht op &apos;gesloten&apos;.</source>
        <translation>Placements are part of a trainee&apos;s track and are never removed as a side effect. First delete or move those placements, or set the assignment to &apos;closed&apos;.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="284"/>
        <source>Organisatie kan niet worden verwijderd</source>
        <translation>Organisation cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="285"/>
        <source>Opdracht kan niet worden verwijderd</source>
        <translation>Assignment cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="104"/>
        <source>Bijeenkomst &apos;{name}&apos; verwijderen</source>
        <translation>Delete session &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="126"/>
        <source>Trainee {name} verwijderen</source>
        <translation>Delete trainee {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="152"/>
        <source>Organisatie {name} verwijderen</source>
        <translation>Delete organisation {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="171"/>
        <source>Opdracht &apos;{name}&apos; verwijderen</source>
        <translation>Delete assignment &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="106"/>
        <source>Bijeenkomst &apos;{name}&apos; verwijderd.</source>
        <translation>Session &apos;{name}&apos; deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="107"/>
        <source>{n} bijeenkomsten verwijderd.</source>
        <translation>{n} sessions deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="128"/>
        <source>Trainee {name} verwijderd.</source>
        <translation>Trainee {name} deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="129"/>
        <source>{n} trainees verwijderd.</source>
        <translation>{n} trainees deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="154"/>
        <source>Organisatie {name} verwijderd.</source>
        <translation>Organisation {name} deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="155"/>
        <source>{n} organisaties verwijderd.</source>
        <translation>{n} organisations deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="173"/>
        <source>Opdracht &apos;{name}&apos; verwijderd.</source>
        <translation>Assignment &apos;{name}&apos; deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="174"/>
        <source>{n} opdrachten verwijderd.</source>
        <translation>{n} assignments deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/deleting.py" line="298"/>
        <source>Ongedaan maken met Ctrl+Z.</source>
        <translation>Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="82"/>
        <source>&amp;Bewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="83"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="91"/>
        <location filename="../../coordinator_app/views/screens/details.py" line="92"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="180"/>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="181"/>
        <source>Dit record bestaat niet meer; misschien is het net verwijderd.</source>
        <translation>This record no longer exists; perhaps it was just deleted.</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="162"/>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="165"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="168"/>
        <source>Geen records gevonden.</source>
        <translation>No records found.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="194"/>
        <source>Openen mislukt</source>
        <translation>Could not open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="338"/>
        <source>Zoeken in {what}</source>
        <translation>Search in {what}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="340"/>
        <source>Typ om te zoeken; hoofdletters en accenten maken niet uit (Ctrl+F)</source>
        <translation>Type to search; capitals and accents do not matter (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="344"/>
        <source>{what} (Ctrl+N)</source>
        <translation>{what} (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="350"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="351"/>
        <source>Zoektekst en filters wissen</source>
        <translation>Clear search text and filters</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="352"/>
        <source>Lijst: {what}</source>
        <translation>List: {what}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="353"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="355"/>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="356"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="358"/>
        <source>Selectie exporteren</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="359"/>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="401"/>
        <source>Nieuwe records maakt u niet in dit scherm.</source>
        <translation>New records are not made in this screen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="418"/>
        <source>Records verwijderen kan niet in dit scherm.</source>
        <translation>Records cannot be deleted in this screen.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="452"/>
        <source>Er is niets om te exporteren.</source>
        <translation>There is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="457"/>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="458"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="491"/>
        <source>{n} rijen geëxporteerd naar {file}</source>
        <translation>{n} rows exported to {file}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="498"/>
        <source>Exporteren afgebroken.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="501"/>
        <source>Het bestand kon niet worden geschreven: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="507"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="708"/>
        <source>{shown} van {total} getoond</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="713"/>
        <source>{n} geselecteerd</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/base.py" line="720"/>
        <source>Niets gevonden met deze zoektekst en filters.</source>
        <translation>Nothing found with this search text and these filters.</translation>
    </message>
</context>
<context>
    <name>OrganisationDetailDialog</name>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="268"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="269"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="269"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="270"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="273"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="274"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="275"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="276"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="277"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="280"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="283"/>
        <source>Nog geen contactpersonen.</source>
        <translation>No contact persons yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="286"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="289"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="290"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="291"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="292"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="293"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="305"/>
        <source>Nog geen opdrachten.</source>
        <translation>No assignments yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="309"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="44"/>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="46"/>
        <source>Organisatie bewerken: {name}</source>
        <translation>Edit organisation: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="56"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="59"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="67"/>
        <source>— kies een soort —</source>
        <translation>— choose a type —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="69"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="74"/>
        <source>— buiten de regio of onbekend —</source>
        <translation>— outside the region or unknown —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="76"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="78"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="81"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="83"/>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="87"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="94"/>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="98"/>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="121"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="100"/>
        <source>Pijltjestoetsen kiezen een cel, F2 of typen bewerkt haar, Tab gaat verder.</source>
        <translation>Arrow keys choose a cell, F2 or typing edits it, Tab moves on.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="124"/>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="125"/>
        <source>Contactpersoon toevoegen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="128"/>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="129"/>
        <source>Contactpersoon verwijderen</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="153"/>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="154"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="155"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="156"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="157"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="268"/>
        <source>de naam is verplicht</source>
        <translation>the name is required</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="270"/>
        <source>het e-mailadres is ongeldig</source>
        <translation>the email address is not valid</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="272"/>
        <source>het telefoonnummer is ongeldig</source>
        <translation>the phone number is not valid</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/organisation_form.py" line="273"/>
        <source>Contactpersoon {n}: {what}.</source>
        <translation>Contact person {n}: {what}.</translation>
    </message>
</context>
<context>
    <name>OrganisationsScreen</name>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="23"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="27"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="33"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="39"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="45"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="51"/>
        <source>Lopende plaatsingen</source>
        <translation>Running placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="57"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="63"/>
        <source>Begeleiders</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="69"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="82"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="83"/>
        <source>Filter op soort organisatie</source>
        <translation>Filter by type of organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="89"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="90"/>
        <source>Filter op gemeente</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="138"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="127"/>
        <source>Zoek op naam, gemeente, begeleider… (Ctrl+F)</source>
        <translation>Search name, municipality, supervisor… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="130"/>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="134"/>
        <source>Er zijn nog geen organisaties. Kies &apos;Nieuwe organisatie&apos; om er een toe te voegen.</source>
        <translation>There are no organisations yet. Choose &apos;New organisation&apos; to add one.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/organisations.py" line="141"/>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
</context>
<context>
    <name>PlacementDetailDialog</name>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="361"/>
        <source>{trainee} – rotatie {n}</source>
        <translation>{trainee} – rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="364"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="367"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="368"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="369"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="370"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="371"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="372"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="373"/>
        <source>Begeleider</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="374"/>
        <source>Rotatie</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="375"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="376"/>
        <source>Uren per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="377"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="378"/>
        <source>Vastgezet in planning</source>
        <translation>Locked in the plan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="378"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="378"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="381"/>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="384"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="385"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="386"/>
        <source>Cijfer</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="387"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="388"/>
        <source>Toelichting</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="400"/>
        <source>Nog geen evaluaties.</source>
        <translation>No evaluations yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="404"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PlacementsScreen</name>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="64"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="71"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="77"/>
        <source>Rotatie</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="87"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="93"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="98"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="102"/>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="108"/>
        <location filename="../../coordinator_app/views/screens/placements.py" line="403"/>
        <location filename="../../coordinator_app/views/screens/placements.py" line="738"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="115"/>
        <source>Vast</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="124"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="137"/>
        <source>Alle lichtingen</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="138"/>
        <source>Filter op lichting</source>
        <translation>Filter by cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="144"/>
        <source>Alle rotaties</source>
        <translation>All rotations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="145"/>
        <source>Filter op rotatie</source>
        <translation>Filter by rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="151"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="152"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="158"/>
        <source>Altijd</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="159"/>
        <source>Filter op periode</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="227"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="205"/>
        <source>Rotatie {n}</source>
        <translation>Rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="209"/>
        <source>Nu lopend</source>
        <translation>Running now</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="210"/>
        <source>Nog te beginnen</source>
        <translation>Still to start</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="211"/>
        <source>Afgelopen</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="216"/>
        <source>Zoek op trainee, opdracht… (Ctrl+F)</source>
        <translation>Search trainee, assignment… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="219"/>
        <source>Nieuwe plaatsing</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="223"/>
        <source>Er zijn nog geen plaatsingen. Kies &apos;Nieuwe plaatsing&apos; of &apos;Cohort plannen…&apos;.</source>
        <translation>There are no placements yet. Choose &apos;New placement&apos; or &apos;Plan cohort…&apos;.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="394"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="395"/>
        <source>Plaatsing bewerken</source>
        <translation>Edit placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="396"/>
        <source>Periode, status, notitie en evaluaties (F2)</source>
        <translation>Period, status, note and evaluations (F2)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="397"/>
        <source>Suggesties…</source>
        <translation>Suggestions…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="398"/>
        <source>Opdrachten voorstellen voor de trainee</source>
        <translation>Suggest assignments for the trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="400"/>
        <source>Opdrachten voor de trainee van de gekozen plaatsing, best passend eerst</source>
        <translation>Assignments for the chosen placement&apos;s trainee, best fit first</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="404"/>
        <source>Status van de plaatsing wijzigen</source>
        <translation>Change the status of the placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="405"/>
        <source>Vastzetten of losmaken in de planning</source>
        <translation>Lock or unlock in the plan</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="407"/>
        <source>Een vastgezette plaatsing laat de cohortplanner staan (Ctrl+L)</source>
        <translation>The cohort planner leaves a locked placement alone (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="409"/>
        <source>Aandacht</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="410"/>
        <source>Aandachtslijst tonen</source>
        <translation>Show the attention list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="412"/>
        <source>De aandachtslijst naast de plaatsingen tonen of verbergen</source>
        <translation>Show or hide the attention list beside the placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="414"/>
        <location filename="../../coordinator_app/views/screens/placements.py" line="419"/>
        <source>Cohort plannen…</source>
        <translation>Plan cohort…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="415"/>
        <source>Cohort plannen</source>
        <translation>Plan cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="417"/>
        <source>Een voorstel voor een hele lichting maken en bekijken</source>
        <translation>Make and review a proposal for a whole cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="420"/>
        <source>Suggesties voor de trainee…</source>
        <translation>Suggestions for the trainee…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="421"/>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="422"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="423"/>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="424"/>
        <source>Weergave van de plaatsingen</source>
        <translation>View of the placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="425"/>
        <location filename="../../coordinator_app/views/screens/placements.py" line="426"/>
        <source>Melding sluiten</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="432"/>
        <source>Vastzetten</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="432"/>
        <source>Losmaken</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="576"/>
        <source>Opgeslagen, met een waarschuwing:</source>
        <translation>Saved, with a warning:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="583"/>
        <source>Plaatsing opgeslagen.</source>
        <translation>Placement saved.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="604"/>
        <source>Kies één plaatsing</source>
        <translation>Choose one placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="629"/>
        <source>Status van plaatsing {trainee}: {status}</source>
        <translation>Status of placement {trainee}: {status}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="633"/>
        <source>Status niet gewijzigd</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="647"/>
        <source>Plaatsing van {trainee} vastzetten</source>
        <translation>Lock placement of {trainee}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="649"/>
        <source>Plaatsing van {trainee} losmaken</source>
        <translation>Unlock placement of {trainee}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="653"/>
        <source>{n} plaatsingen vastzetten</source>
        <translation>Lock {n} placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="655"/>
        <source>{n} plaatsingen losmaken</source>
        <translation>Unlock {n} placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="658"/>
        <source>Niet gewijzigd</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="671"/>
        <source>Plaatsing verwijderen</source>
        <translation>Delete placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="673"/>
        <source>Wilt u de plaatsing van {trainee} bij &apos;{title}&apos; (rotatie {n}) verwijderen? De evaluaties van deze plaatsing gaan mee. Ctrl+Z zet alles terug.</source>
        <translation>Do you want to delete the placement of {trainee} at &apos;{title}&apos; (rotation {n})? Its evaluations go along. Ctrl+Z puts everything back.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="676"/>
        <source>Plaatsing van {trainee} verwijderen</source>
        <translation>Delete placement of {trainee}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="678"/>
        <source>Plaatsingen verwijderen</source>
        <translation>Delete placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="680"/>
        <source>Wilt u {n} plaatsingen verwijderen? Hun evaluaties gaan mee. Ctrl+Z zet alles terug.</source>
        <translation>Do you want to delete {n} placements? Their evaluations go along. Ctrl+Z puts everything back.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="683"/>
        <source>{n} plaatsingen verwijderen</source>
        <translation>Delete {n} placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/placements.py" line="230"/>
        <source>plaatsingen</source>
        <translation>placements</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../../coordinator_app/views/screens/commands.py" line="41"/>
        <source>De database weigerde de wijziging ({kind}).</source>
        <translation>The database refused the change ({kind}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/commands.py" line="63"/>
        <source>Opnieuw uitvoeren mislukt</source>
        <translation>Redo failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/commands.py" line="68"/>
        <source>Ongedaan maken mislukt</source>
        <translation>Undo failed</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="340"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="341"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="344"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="346"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="390"/>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="392"/>
        <source>Dit is geen geldig e-mailadres (bijvoorbeeld naam@gemeente.nl).</source>
        <translation>This is not a valid email address (for example name@municipality.nl).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="394"/>
        <source>Gebruik alleen cijfers, spaties, +, - en haakjes.</source>
        <translation>Use only digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="396"/>
        <source>De einddatum moet na de begindatum liggen.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="398"/>
        <source>Een opdracht heeft minstens 1 plaats.</source>
        <translation>An assignment has at least 1 place.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="400"/>
        <source>Vul tussen 0 en 40 uur per week in.</source>
        <translation>Enter between 0 and 40 hours per week.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="402"/>
        <source>Te lang: hoogstens {limit} tekens.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="404"/>
        <source>Kies een begeleider van de gekozen organisatie.</source>
        <translation>Choose a supervisor of the chosen organisation.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="405"/>
        <source>Deze waarde klopt niet.</source>
        <translation>This value is not right.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="508"/>
        <source>Nog in te vullen: {fields}</source>
        <translation>Still to fill in: {fields}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="511"/>
        <source>Verbeter de rood gemarkeerde velden om op te slaan.</source>
        <translation>Correct the fields marked in red to save.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="513"/>
        <source>Enter slaat op, Esc annuleert.</source>
        <translation>Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="515"/>
        <source>Velden met * zijn verplicht.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="516"/>
        <source>Opslaan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="570"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="575"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="580"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="666"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="683"/>
        <location filename="../../coordinator_app/views/forms/base.py" line="696"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="684"/>
        <source>Dit record bestaat niet meer; iemand anders heeft het net verwijderd.</source>
        <translation>This record no longer exists; someone else has just deleted it.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="690"/>
        <source>{user} (om {time})</source>
        <translation>{user} (at {time})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="694"/>
        <source>Iemand anders</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="699"/>
        <source>Iemand anders heeft dit record gewijzigd nadat u het opende. Uw invoer staat nog in het formulier.</source>
        <translation>Someone else changed this record after you opened it. Your input is still in the form.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="769"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="770"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="771"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="772"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="783"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="783"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="804"/>
        <source>{name} (niveau {level})</source>
        <translation>{name} (level {level})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="571"/>
        <source>Dit record bestaat niet meer; misschien is het net verwijderd.</source>
        <translation>This record no longer exists; perhaps it was just deleted.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="581"/>
        <source>De database weigerde de wijziging ({kind}).</source>
        <translation>The database refused the change ({kind}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="601"/>
        <source>Nieuw: {name}</source>
        <translation>New: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="604"/>
        <source>{name} bewerken</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="619"/>
        <source>Betrokken:</source>
        <translation>Involved:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="623"/>
        <source>Regel: {rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="627"/>
        <source>… en nog {n}</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="641"/>
        <source>Opslaan geweigerd: dit zou een vaste regel breken</source>
        <translation>Save refused: this would break a fixed rule</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="646"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="648"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="650"/>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="652"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="657"/>
        <source>Het e-mailadres {value} is al in gebruik bij {owner}.</source>
        <translation>The email address {value} is already used by {owner}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="661"/>
        <source>De naam {value} is al in gebruik.</source>
        <translation>The name {value} is already in use.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/base.py" line="663"/>
        <source>De waarde {value} is al in gebruik.</source>
        <translation>The value {value} is already in use.</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="417"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="420"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="421"/>
        <source>Begeleiding</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="422"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="423"/>
        <source>Maximaal aantal deelnemers</source>
        <translation>Maximum number of participants</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="425"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="426"/>
        <source>{present} van {invited} genodigden</source>
        <translation>{present} of {invited} invited</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="430"/>
        <source>Besproken thema&apos;s</source>
        <translation>Themes discussed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="434"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="436"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="437"/>
        <source>{name} (gast)</source>
        <translation>{name} (guest)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="440"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="441"/>
        <source>Lichting of organisatie</source>
        <translation>Cohort or organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="442"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="443"/>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="444"/>
        <source>Aangemeld om</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="456"/>
        <source>Nog niemand uitgenodigd.</source>
        <translation>Nobody invited yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="459"/>
        <source>Uitkomsten</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="461"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="463"/>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="463"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="463"/>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="463"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="468"/>
        <source>Geen actiepunten.</source>
        <translation>No action points.</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="66"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="74"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="85"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="90"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="94"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="100"/>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="105"/>
        <source>Genodigd</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="109"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="119"/>
        <source>Opkomst</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="129"/>
        <source>Begeleiding</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="142"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="143"/>
        <source>Filter op soort bijeenkomst</source>
        <translation>Filter by type of session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="149"/>
        <source>Alle programma&apos;s en lichtingen</source>
        <translation>All programmes and cohorts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="150"/>
        <source>Filter op uitgenodigd programma of lichting</source>
        <translation>Filter by invited programme or cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="156"/>
        <source>Alle data</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="157"/>
        <source>Filter op periode</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="220"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="198"/>
        <source>Komende 30 dagen</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="199"/>
        <source>Afgelopen 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="200"/>
        <source>Vanaf vandaag</source>
        <translation>From today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="201"/>
        <source>Voor vandaag</source>
        <translation>Before today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="214"/>
        <source>Zoek op titel, locatie, lichting… (Ctrl+F)</source>
        <translation>Search title, location, cohort… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="217"/>
        <source>Er zijn nog geen bijeenkomsten.</source>
        <translation>There are no sessions yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="223"/>
        <source>bijeenkomsten</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="226"/>
        <source>Nieuwe bijeenkomst</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="308"/>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="317"/>
        <source>Aanwezigheid…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="309"/>
        <source>Aanmelden bij de deur…</source>
        <translation>Check-in at the door…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="310"/>
        <source>Uitkomsten en actiepunten…</source>
        <translation>Outcomes and action points…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="311"/>
        <source>Reeks plannen…</source>
        <translation>Plan a series…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="312"/>
        <source>Naar agenda (.ics)…</source>
        <translation>To calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="313"/>
        <source>Open actiepunten…</source>
        <translation>Open action points…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="314"/>
        <source>Deelnamecijfers…</source>
        <translation>Participation figures…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="316"/>
        <source>Reeks…</source>
        <translation>Series…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="318"/>
        <source>Aanmelden…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="319"/>
        <source>Uitkomsten…</source>
        <translation>Outcomes…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="320"/>
        <source>Agenda (.ics)…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="321"/>
        <source>Actiepunten…</source>
        <translation>Action points…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="322"/>
        <source>Deelname…</source>
        <translation>Participation…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="328"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="329"/>
        <source>Kalender tonen</source>
        <translation>Show the calendar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="330"/>
        <source>Wisselen tussen de lijst en de kalender</source>
        <translation>Switch between the list and the calendar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="346"/>
        <source>Kies eerst een bijeenkomst.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="358"/>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/sessions.py" line="361"/>
        <source>Deelnamecijfers</source>
        <translation>Participation figures</translation>
    </message>
</context>
<context>
    <name>TraineeDetailDialog</name>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="205"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="208"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="209"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="210"/>
        <source>Opleiding</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="211"/>
        <source>Woongemeente</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="212"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="213"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="215"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="218"/>
        <source>Thema-interesses</source>
        <translation>Theme interests</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="220"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="224"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="225"/>
        <source>{present} van {invited} keer aanwezig</source>
        <translation>present {present} of {invited} times</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="231"/>
        <source>Traject</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="234"/>
        <source>Rotatie</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="235"/>
        <source>Opdracht</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="236"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="237"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="250"/>
        <source>Nog geen plaatsingen.</source>
        <translation>No placements yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/details.py" line="253"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TraineeForm</name>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="42"/>
        <source>Nieuwe trainee</source>
        <translation>New trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="44"/>
        <source>Trainee bewerken: {name}</source>
        <translation>Edit trainee: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="53"/>
        <source>Persoon en opleiding</source>
        <translation>Person and education</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="58"/>
        <source>Voornaam</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="63"/>
        <source>Tussenvoegsel</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="65"/>
        <source>Bijvoorbeeld &apos;van der&apos;; de lijst sorteert op achternaam.</source>
        <translation>For example &apos;van der&apos;; the list sorts on surname.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="68"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="70"/>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="71"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="73"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="78"/>
        <source>— kies een niveau —</source>
        <translation>— choose a level —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="81"/>
        <source>Opleidingsniveau</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="84"/>
        <source>Opleiding</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="89"/>
        <source>— onbekend —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="91"/>
        <source>Woongemeente</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="95"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="99"/>
        <source>Traject</source>
        <translation>Track</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="111"/>
        <source>— geen lichting —</source>
        <translation>— no cohort —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="113"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="116"/>
        <source>— geen coach —</source>
        <translation>— no coach —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="118"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="122"/>
        <source>Datum wissen</source>
        <translation>Clear date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="127"/>
        <source>Contract vanaf</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="135"/>
        <source>Contract tot en met</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="143"/>
        <source>Nieuwe competentie (Enter)</source>
        <translation>New competence (Enter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="144"/>
        <source>Nieuwe competentie toevoegen</source>
        <translation>Add a new competence</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="149"/>
        <source>Nieuw thema (Enter)</source>
        <translation>New theme (Enter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="149"/>
        <source>Nieuw thema toevoegen</source>
        <translation>Add a new theme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="153"/>
        <source>Competenties</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/forms/trainee_form.py" line="156"/>
        <source>Thema-interesses</source>
        <translation>Theme interests</translation>
    </message>
</context>
<context>
    <name>TraineesScreen</name>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="34"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="41"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="48"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="61"/>
        <source>Huidige opdracht</source>
        <translation>Current assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="67"/>
        <source>Woongemeente</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="72"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="76"/>
        <source>Contract t/m</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="81"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="85"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="91"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="104"/>
        <source>Alle programma&apos;s</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="105"/>
        <source>Filter op programma</source>
        <translation>Filter by programme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="111"/>
        <source>Alle lichtingen</source>
        <translation>All cohorts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="112"/>
        <source>Filter op lichting</source>
        <translation>Filter by cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="118"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="119"/>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="125"/>
        <source>Alle niveaus</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="126"/>
        <source>Filter op opleidingsniveau</source>
        <translation>Filter by education level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="132"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="133"/>
        <source>Filter op woongemeente</source>
        <translation>Filter by home municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="139"/>
        <source>Alle thema&apos;s</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="140"/>
        <source>Filter op thema-interesse</source>
        <translation>Filter by theme interest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="202"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="173"/>
        <source>{level} (alle)</source>
        <translation>{level} (all)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="193"/>
        <source>Zoek op naam, e-mail, opdracht… (Ctrl+F)</source>
        <translation>Search name, email, assignment… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="196"/>
        <source>Nieuwe trainee</source>
        <translation>New trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="199"/>
        <source>Er zijn nog geen trainees. Kies &apos;Nieuwe trainee&apos; om er een toe te voegen.</source>
        <translation>There are no trainees yet. Choose &apos;New trainee&apos; to add one.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="205"/>
        <source>trainees</source>
        <translation>trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="226"/>
        <source>Privacy…</source>
        <translation>Privacy…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/screens/trainees.py" line="228"/>
        <source>Inzage, anonimiseren of verwijderen van deze trainee (AVG)</source>
        <translation>Access request, anonymise or delete this trainee (GDPR)</translation>
    </message>
</context>
</TS>
