<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="55"/>
        <location filename="../../coordinator_app/views/maintenance.py" line="67"/>
        <source>Back-up maken</source>
        <translation>Make backup</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="56"/>
        <source>Een gedeelde database krijgt haar back-ups op de server (pg_dump).</source>
        <translation>A shared database is backed up on the server (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="65"/>
        <source>Back-up gemaakt: {name}</source>
        <translation>Backup made: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="76"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="82"/>
        <source>Zet een gedeelde database terug met de gereedschappen van de server.</source>
        <translation>Restore a shared database with the server&apos;s own tools.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="86"/>
        <source>Back-ups (*.sqlite3 *.db);;Alle bestanden (*)</source>
        <translation>Backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="102"/>
        <source>De back-up {name} bevat: {counts}.

De huidige database wordt eerst zelf als back-up bewaard in {folder}, zodat u dit terug kunt draaien. Terugzetten?</source>
        <translation>The backup {name} holds: {counts}.

The current database is first kept as a backup in {folder}, so you can undo this. Restore?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="116"/>
        <source>De back-up {name} is teruggezet.</source>
        <translation>The backup {name} has been restored.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="121"/>
        <source>Database controleren</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="124"/>
        <source>Controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="142"/>
        <source>Alles exporteren</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="144"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="156"/>
        <source>{rows} rijen in {sheets} werkbladen geëxporteerd naar {name}</source>
        <translation>{rows} rows in {sheets} sheets exported to {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="178"/>
        <source>Geschiedenis van {label}</source>
        <translation>History of {label}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="182"/>
        <source>Elke wijziging, met wie haar deed en wanneer (nieuwste eerst).</source>
        <translation>Every change, who made it and when (newest first).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="184"/>
        <source>Van dit record is geen geschiedenis bewaard.</source>
        <translation>No history has been kept for this record.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="188"/>
        <source>Wijzigingsgeschiedenis</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="190"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="190"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="190"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="190"/>
        <source>Velden (voor → na)</source>
        <translation>Fields (before → after)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="200"/>
        <source>alle velden</source>
        <translation>all fields</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="39"/>
        <source>Kies eerst één {what}.</source>
        <translation>Choose one {what} first.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="41"/>
        <source>Kies één {what} voor dit document.</source>
        <translation>Choose a single {what} for this document.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="51"/>
        <location filename="../../coordinator_app/views/printing.py" line="118"/>
        <source>trainee</source>
        <translation>trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="55"/>
        <source>plaatsing</source>
        <translation>placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="59"/>
        <source>opdracht</source>
        <translation>assignment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="63"/>
        <location filename="../../coordinator_app/views/printing.py" line="107"/>
        <source>bijeenkomst</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="74"/>
        <source>Er zijn nog geen lichtingen.</source>
        <translation>There are no cohorts yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="79"/>
        <source>Voor welke lichting?</source>
        <translation>For which cohort?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="86"/>
        <source>Voortgangsrapportage lichting</source>
        <translation>Cohort progress report</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="96"/>
        <source>Naamkaartjes</source>
        <translation>Name badges</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="104"/>
        <source>Presentielijst</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="104"/>
        <source>Kies eerst een bijeenkomst in Bijeenkomsten.</source>
        <translation>First choose a session in Sessions.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="115"/>
        <source>Bewijs van deelname</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="115"/>
        <source>Kies eerst een trainee in Trainees.</source>
        <translation>First choose a trainee in Trainees.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="133"/>
        <source>Opbrengsten van bijeenkomsten</source>
        <translation>Outcomes of sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="137"/>
        <source>Over welke periode?</source>
        <translation>Over which period?</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="206"/>
        <source>Ander bestand kiezen...</source>
        <translation>Choose another file...</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="207"/>
        <source>Een bestaande database openen.</source>
        <translation>Open an existing database.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="214"/>
        <source>Nieuwe database maken</source>
        <translation>Create a new database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="215"/>
        <source>Een lege database maken op {path}.</source>
        <translation>Create an empty database at {path}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="223"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="224"/>
        <source>Coordinator afsluiten.</source>
        <translation>Quit Coordinator.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="229"/>
        <location filename="../../coordinator_app/views/app.py" line="250"/>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="230"/>
        <source>{message}

Kies een ander databasebestand of sluit Coordinator af.</source>
        <translation>{message}

Choose another database file or quit Coordinator.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="242"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="288"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/app.py" line="289"/>
        <source>Er ging iets onverwachts mis ({kind}). De details staan in {log}.

U kunt verder werken; start Coordinator opnieuw als er iets niet meer klopt.</source>
        <translation>Something unexpected went wrong ({kind}). The details are in {log}.

You can carry on; restart Coordinator if something no longer looks right.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="103"/>
        <source>Demodatabase openen</source>
        <translation>Open demo database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="104"/>
        <source>Een kleine database met verzonnen gegevens om rond te kijken en te oefenen.</source>
        <translation>A small database with made-up data to look around and practise.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="111"/>
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="112"/>
        <source>Een nieuwe, lege database waarin u zelf uw gegevens invoert.</source>
        <translation>A new, empty database in which you enter your own data.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="118"/>
        <source>Ander bestand kiezen...</source>
        <translation>Choose another file...</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="119"/>
        <source>Een bestaande Coordinator-database openen, bijvoorbeeld van een collega.</source>
        <translation>Open an existing Coordinator database, for example one from a colleague.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="128"/>
        <source>Welkom! Er is nog geen database op de standaardlocatie:
{path}

Hoe wilt u beginnen? Sluit dit venster om Coordinator af te sluiten.</source>
        <translation>Welcome! There is no database at the default location yet:
{path}

How would you like to begin? Close this window to quit Coordinator.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="136"/>
        <source>Welkom bij Coordinator</source>
        <translation>Welcome to Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="156"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="169"/>
        <location filename="../../coordinator_app/views/first_start.py" line="175"/>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="176"/>
        <source>De map {folder} kan niet worden gemaakt: {reason}</source>
        <translation>The folder {folder} cannot be created: {reason}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="188"/>
        <source>Demodatabase</source>
        <translation>Demo database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="189"/>
        <source>Deze versie van Coordinator bevat geen demodatabase.</source>
        <translation>This version of Coordinator has no demo database.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="215"/>
        <location filename="../../coordinator_app/views/first_start.py" line="237"/>
        <source>Demodatabase maken</source>
        <translation>Creating the demo database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/first_start.py" line="229"/>
        <source>Er ging iets onverwachts mis ({kind}).</source>
        <translation>Something unexpected went wrong ({kind}).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../coordinator_app/views/help.py" line="47"/>
        <source>De gebruikershandleiding is niet gevonden ({path}).</source>
        <translation>The user guide was not found ({path}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/help.py" line="55"/>
        <location filename="../../coordinator_app/views/help.py" line="56"/>
        <source>Gebruikershandleiding</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/help.py" line="58"/>
        <location filename="../../coordinator_app/views/help.py" line="59"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="132"/>
        <source>Database {name} wordt geopend…</source>
        <translation>Opening database {name}…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="134"/>
        <source>Database wordt geopend…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="362"/>
        <location filename="../../coordinator_app/views/main_window.py" line="648"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="366"/>
        <location filename="../../coordinator_app/views/main_window.py" line="649"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="524"/>
        <source>&amp;Nieuw</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="524"/>
        <source>Nieuw record in de huidige lijst</source>
        <translation>New record in the current list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="526"/>
        <source>Database &amp;openen…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="527"/>
        <source>Een ander databasebestand openen</source>
        <translation>Open another database file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="530"/>
        <source>&amp;Exporteren selectie…</source>
        <translation>&amp;Export selection…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="531"/>
        <source>De geselecteerde records exporteren</source>
        <translation>Export the selected records</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="533"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="533"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="535"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="536"/>
        <source>Trainees, organisaties, opdrachten … uit Excel of CSV inlezen</source>
        <translation>Read trainees, organisations, assignments … from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="539"/>
        <source>Alles e&amp;xporteren…</source>
        <translation>E&amp;xport everything…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="540"/>
        <source>Alle gegevens naar één Excel-werkmap, een werkblad per soort</source>
        <translation>All data to one Excel workbook, a sheet per kind</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="543"/>
        <source>PDF &amp;maken</source>
        <translation>&amp;Make PDF</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="544"/>
        <source>Het document van het geselecteerde record als PDF (Ctrl+P)</source>
        <translation>The document of the selected record as a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="547"/>
        <source>&amp;Bewijs van deelname…</source>
        <translation>&amp;Certificate of participation…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="548"/>
        <source>Bewijs van deelname voor de geselecteerde trainee</source>
        <translation>Certificate of participation for the selected trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="551"/>
        <source>&amp;Presentielijst…</source>
        <translation>&amp;Sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="552"/>
        <source>Presentielijst met QR-codes voor de geselecteerde bijeenkomst</source>
        <translation>Sign-in sheet with QR codes for the selected session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="555"/>
        <source>&amp;Naamkaartjes…</source>
        <translation>&amp;Name badges…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="556"/>
        <source>Naamkaartjes voor een bijeenkomst of een lichting</source>
        <translation>Name badges for a session or a cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="559"/>
        <source>&amp;Voortgangsrapportage lichting…</source>
        <translation>Cohort &amp;progress report…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="560"/>
        <source>Kerncijfers, plaatsingen, deelname en aandachtspunten van een lichting</source>
        <translation>Key figures, placements, participation and attention points of a cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="563"/>
        <source>&amp;Opbrengsten van bijeenkomsten…</source>
        <translation>&amp;Outcomes of sessions…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="564"/>
        <source>Thema&apos;s en actiepunten van de bijeenkomsten in een periode</source>
        <translation>Themes and action points of the sessions in a period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="567"/>
        <source>Back-up &amp;maken</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="568"/>
        <source>Nu een back-up van de database maken</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="571"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="572"/>
        <source>Een eerdere back-up terugzetten</source>
        <translation>Restore an earlier backup</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="575"/>
        <source>Database &amp;controleren</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="576"/>
        <source>Integriteit, verwijzingen en de harde regels controleren</source>
        <translation>Check integrity, references and the hard rules</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="579"/>
        <source>&amp;Bewaartermijn…</source>
        <translation>&amp;Retention period…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="580"/>
        <source>Trainees die langer dan de bewaartermijn geleden stopten (AVG)</source>
        <translation>Trainees who ended longer ago than the retention period (GDPR)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="582"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="582"/>
        <source>Coordinator afsluiten</source>
        <translation>Quit Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="583"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="583"/>
        <source>Het geselecteerde record openen</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="585"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="586"/>
        <source>De geselecteerde records verwijderen</source>
        <translation>Delete the selected records</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="588"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="588"/>
        <source>Naar het zoekveld</source>
        <translation>Go to the search field</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="590"/>
        <source>&amp;Gebruikershandleiding</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="591"/>
        <source>De gebruikershandleiding openen</source>
        <translation>Open the user guide</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="593"/>
        <source>&amp;Over Coordinator</source>
        <translation>&amp;About Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="593"/>
        <location filename="../../coordinator_app/views/main_window.py" line="909"/>
        <source>Over Coordinator</source>
        <translation>About Coordinator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="599"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="605"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="606"/>
        <source>&amp;Sjabloon downloaden</source>
        <translation>&amp;Download template</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="607"/>
        <source>&amp;Documenten</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="608"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="610"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="611"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="612"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="613"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="614"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="615"/>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="619"/>
        <source>B&amp;ewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="620"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="621"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="622"/>
        <source>Menubalk</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="623"/>
        <location filename="../../coordinator_app/views/main_window.py" line="624"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="630"/>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="632"/>
        <source>Kies een scherm met de pijltjestoetsen of met Ctrl+1 tot en met Ctrl+6</source>
        <translation>Choose a screen with the arrow keys or with Ctrl+1 to Ctrl+6</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="634"/>
        <source>Scherm</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="638"/>
        <source>Aantal getoonde records</source>
        <translation>Number of records shown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="639"/>
        <source>Geopende database</source>
        <translation>Open database file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="652"/>
        <source>{action}: {command}</source>
        <translation>{action}: {command}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="775"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="777"/>
        <source>Coordinator – {name}</source>
        <translation>Coordinator – {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="788"/>
        <source>{shown} van {total} getoond</source>
        <translation>{shown} of {total} shown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="800"/>
        <source>Database openen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="805"/>
        <source>Deze database is al geopend.</source>
        <translation>This database is already open.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="810"/>
        <location filename="../../coordinator_app/views/main_window.py" line="825"/>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="815"/>
        <source>Database geopend: {name}</source>
        <translation>Database opened: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/main_window.py" line="911"/>
        <source>Coordinator {version}

Traineeships plannen en volgen in Groningen en Drenthe: trainees, organisaties, opdrachten, plaatsingen en bijeenkomsten.

Database: {database}
Licentie: EUPL-1.2</source>
        <translation>Coordinator {version}

Plan and follow traineeships in Groningen and Drenthe: trainees, organisations, assignments, placements and sessions.

Database: {database}
Licence: EUPL-1.2</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="38"/>
        <source>trainees</source>
        <translation>trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="39"/>
        <source>organisaties</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="40"/>
        <source>opdrachten</source>
        <translation>assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="41"/>
        <source>plaatsingen</source>
        <translation>placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="42"/>
        <source>bijeenkomsten</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="43"/>
        <source>aanwezigheidsregistraties</source>
        <translation>attendance records</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="165"/>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="166"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/maintenance.py" line="167"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../coordinator_app/views/navigation.py" line="26"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/navigation.py" line="27"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/navigation.py" line="28"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/navigation.py" line="29"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/navigation.py" line="30"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/navigation.py" line="31"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="124"/>
        <source>Afgelopen maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="125"/>
        <source>Afgelopen kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="126"/>
        <source>Afgelopen half jaar</source>
        <translation>Last six months</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/printing.py" line="127"/>
        <source>Afgelopen jaar</source>
        <translation>Last year</translation>
    </message>
</context>
<context>
    <name>QtDialogService</name>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="88"/>
        <location filename="../../coordinator_app/views/dialogs.py" line="95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="105"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="108"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="119"/>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="120"/>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation>There are changes that have not been saved yet. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="127"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="131"/>
        <source>Niet opslaan</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="135"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/dialogs.py" line="207"/>
        <source>Coordinator-database (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Coordinator database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>QtTaskRunner</name>
    <message>
        <location filename="../../coordinator_app/views/tasks.py" line="70"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/tasks.py" line="71"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/tasks.py" line="117"/>
        <source>Bezig met annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/tasks.py" line="150"/>
        <source>Geannuleerd: {title}</source>
        <translation>Cancelled: {title}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/tasks.py" line="240"/>
        <source>Er ging iets onverwachts mis ({kind}). De details staan in {log}.</source>
        <translation>Something unexpected went wrong ({kind}). The details are in {log}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="161"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="162"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="163"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="164"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="165"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="166"/>
        <source>Databasebestand</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="168"/>
        <source>Standaardlocatie: {path}</source>
        <translation>Default location: {path}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="170"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="171"/>
        <source>Databasebestand kiezen</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="174"/>
        <source>Een andere database wordt pas gebruikt nadat u Coordinator opnieuw hebt gestart. Laat het veld leeg voor de standaardlocatie.</source>
        <translation>Another database is used only after you restart Coordinator. Leave the field empty for the default location.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="178"/>
        <source>Rapporten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="179"/>
        <source>&amp;Organisatienaam:</source>
        <translation>&amp;Organisation name:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="180"/>
        <source>Organisatienaam</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="181"/>
        <source>bijvoorbeeld Provincie Groningen</source>
        <translation>for example Provincie Groningen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="182"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="183"/>
        <source>Logobestand</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="184"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="185"/>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="232"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="186"/>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="244"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="187"/>
        <source>Logo weghalen</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="188"/>
        <source>Voorbeeld van het logo</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="189"/>
        <source>Signalering en privacy</source>
        <translation>Alerts and privacy</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="190"/>
        <source>&amp;Signaleringsvenster:</source>
        <translation>&amp;Attention window:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="191"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="192"/>
        <source>Signaleringsvenster in weken</source>
        <translation>Attention window in weeks</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="194"/>
        <source>Hoeveel weken vooruit het overzicht kijkt naar aflopende rotaties.</source>
        <translation>How many weeks ahead the overview looks for rotations that end.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="196"/>
        <source>&amp;Bewaartermijn:</source>
        <translation>&amp;Retention period:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="197"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="198"/>
        <source>Bewaartermijn in maanden</source>
        <translation>Retention period in months</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="200"/>
        <source>Hoe lang gegevens van een vertrokken trainee bewaard blijven.</source>
        <translation>How long the data of a trainee who has left is kept.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="202"/>
        <source>&amp;Deelnamedrempel:</source>
        <translation>&amp;Participation threshold:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="204"/>
        <source>Deelnamedrempel in procenten</source>
        <translation>Participation threshold in percent</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="206"/>
        <source>Vanaf welk aanwezigheidspercentage deelname als voldoende telt.</source>
        <translation>The attendance percentage from which participation counts as sufficient.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="209"/>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="210"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="212"/>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="213"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="214"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="225"/>
        <source>Database kiezen</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="233"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.svg);;Alle bestanden (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="244"/>
        <source>Geen afbeelding</source>
        <translation>Not an image</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="277"/>
        <source>Het logobestand {path} bestaat niet.</source>
        <translation>The logo file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="280"/>
        <source>{path} is geen afbeelding die Coordinator kan lezen.</source>
        <translation>{path} is not an image Coordinator can read.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="288"/>
        <source>De map {folder} voor de database bestaat niet.</source>
        <translation>The folder {folder} for the database does not exist.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="313"/>
        <source>De instellingen konden niet worden opgeslagen: {reason}</source>
        <translation>The settings could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="325"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/settings_dialog.py" line="327"/>
        <source>De gekozen database wordt gebruikt nadat u Coordinator opnieuw hebt gestart.</source>
        <translation>The chosen database is used after you restart Coordinator.</translation>
    </message>
</context>
</TS>
