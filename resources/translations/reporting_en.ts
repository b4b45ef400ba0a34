<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Reporting</name>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="54"/>
        <source>Traject van een trainee</source>
        <translation>Trainee trajectory</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="55"/>
        <source>Opdrachtomschrijving</source>
        <translation>Assignment description</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="56"/>
        <source>Verslag van een bijeenkomst</source>
        <translation>Session report</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="57"/>
        <source>Presentielijst</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="58"/>
        <source>Naamkaartjes</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="59"/>
        <source>Voortgangsrapportage lichting</source>
        <translation>Cohort progress report</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="60"/>
        <source>Opbrengsten van bijeenkomsten</source>
        <translation>Session outcomes report</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="63"/>
        <source>Bewijs van deelname</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="89"/>
        <source>Document maken</source>
        <translation>Make document</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="110"/>
        <source>{title} maken</source>
        <translation>Making {title}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="125"/>
        <source>Het document is klaar (1 pagina).</source>
        <translation>The document is ready (1 page).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="127"/>
        <source>Het document is klaar ({pages} pagina&apos;s).</source>
        <translation>The document is ready ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="142"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="143"/>
        <source>Bekijken en afdrukken in de PDF-lezer</source>
        <translation>View and print it in the PDF viewer</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="149"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="150"/>
        <source>Het PDF-bestand bewaren in een map</source>
        <translation>Keep the PDF file in a folder</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="160"/>
        <source>Document openen</source>
        <translation>Open document</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="161"/>
        <source>Er is geen PDF-lezer gevonden. Het document staat in {path}.</source>
        <translation>No PDF viewer was found. The document is in {path}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="173"/>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="187"/>
        <source>Document opslaan</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="175"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/reporting/__init__.py" line="188"/>
        <source>Het document kon niet worden opgeslagen in {path}: {reason}</source>
        <translation>The document could not be saved in {path}: {reason}</translation>
    </message>
</context>
</TS>
