<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="92"/>
        <source>Bestand kiezen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="94"/>
        <source>Kies een Excel-werkmap (.xlsx, .xlsm) of een CSV-bestand en wat erin staat.</source>
        <translation>Choose an Excel workbook (.xlsx, .xlsm) or a CSV file and what it contains.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="98"/>
        <source>Nog geen bestand gekozen</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="99"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="100"/>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="106"/>
        <source>Soort gegevens</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="110"/>
        <source>Bestand:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="111"/>
        <source>Soort gegevens:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="114"/>
        <source>Titelregels boven de tabel, samengevoegde cellen, lege rijen en Nederlandse of Engelse kolomnamen worden herkend. Er wordt pas iets opgeslagen als het hele bestand klopt.</source>
        <translation>Title lines above the table, merged cells, blank rows and Dutch or English column names are recognised. Nothing is saved until the whole file is correct.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="125"/>
        <source>Bestand importeren</source>
        <translation>Import file</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="74"/>
        <source>Alles (een blad per soort)</source>
        <translation>Everything (one sheet per kind)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="75"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="76"/>
        <source>Organisaties en contactpersonen</source>
        <translation>Organisations and contact persons</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="79"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="80"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="81"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="82"/>
        <source>Aanwezigheid</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="83"/>
        <source>Programma&apos;s en lichtingen</source>
        <translation>Programmes and cohorts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="486"/>
        <source>Importeren uit Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="489"/>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="490"/>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="491"/>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="619"/>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="628"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="492"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="505"/>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="520"/>
        <source>Bestand lezen</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="557"/>
        <source>Voorvertoning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="564"/>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="580"/>
        <source>Foutenrapport opslaan</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="576"/>
        <source>Foutenrapport opgeslagen</source>
        <translation>Error report saved</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="577"/>
        <source>De foute cellen zijn rood gemarkeerd in {path}.</source>
        <translation>The faulty cells are marked red in {path}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="600"/>
        <source>Niet geïmporteerd</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="601"/>
        <source>Het bestand is intussen niet meer in orde; er is niets opgeslagen.</source>
        <translation>The file is no longer correct in the meantime; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="608"/>
        <source>Geïmporteerd</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="609"/>
        <source>{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="644"/>
        <source>Sjabloon opslaan</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="657"/>
        <source>Het sjabloon is opgeslagen in {path}. Het blad &apos;Toelichting&apos; legt de kolommen uit.</source>
        <translation>The template was saved to {path}. The sheet &apos;Toelichting&apos; explains the columns.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="235"/>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="255"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="237"/>
        <source>Controleer welke kolom bij welk gegeven hoort; pas het aan waar nodig.</source>
        <translation>Check which column holds which field; change it where needed.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="240"/>
        <source>Werkblad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="244"/>
        <source>Rij met kolomnamen</source>
        <translation>Row with column names</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="247"/>
        <source>Werkblad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="248"/>
        <source>Rij met kolomnamen:</source>
        <translation>Row with column names:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="251"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="251"/>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="251"/>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="305"/>
        <source>Gegeven voor kolom {name}</source>
        <translation>Field for column {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="307"/>
        <source>— niet gebruiken —</source>
        <translation>— do not use —</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="354"/>
        <source>Werkblad {sheet}: &apos;{field}&apos; is aan meer dan één kolom gekoppeld.</source>
        <translation>Sheet {sheet}: &apos;{field}&apos; is linked to more than one column.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="359"/>
        <source>Werkblad {sheet}: geen enkele kolom gekoppeld.</source>
        <translation>Sheet {sheet}: no column is linked.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="373"/>
        <source>Voorvertoning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="374"/>
        <source>Er is nog niets opgeslagen.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="377"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="381"/>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="382"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="383"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="384"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="385"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="392"/>
        <source>Fouten</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="395"/>
        <source>Deze nieuwe programma&apos;s en lichtingen aanmaken</source>
        <translation>Create these new programmes and cohorts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="397"/>
        <source>Foutenrapport opslaan…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="417"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="425"/>
        <source>{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="431"/>
        <source>{count} fout(en) gevonden: het bestand kan zo niet worden geïmporteerd. Herstel de cellen (het foutenrapport markeert ze) en probeer het opnieuw.</source>
        <translation>{count} error(s) found: the file cannot be imported as it is. Fix the cells (the error report marks them) and try again.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="436"/>
        <source>Het bestand is in orde: {counts}</source>
        <translation>The file is correct: {counts}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="459"/>
        <source>Nieuw, nog niet in de database:</source>
        <translation>New, not yet in the database:</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="161"/>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="174"/>
        <source>Werkbladen</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="164"/>
        <source>Kies per werkblad wat erin staat; kies &apos;Niet importeren&apos; om het over te slaan.</source>
        <translation>Choose for each sheet what it contains; choose &apos;Do not import&apos; to skip it.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="169"/>
        <source>Werkblad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="169"/>
        <source>Rijen</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="169"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="187"/>
        <source> (verborgen)</source>
        <translation> (hidden)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="195"/>
        <source>Soort van werkblad {name}</source>
        <translation>Kind of sheet {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/importing/wizard.py" line="197"/>
        <source>Niet importeren</source>
        <translation>Do not import</translation>
    </message>
</context>
</TS>
