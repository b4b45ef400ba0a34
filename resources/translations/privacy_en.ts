<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="66"/>
        <source>Inzage</source>
        <translation>Access request</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="70"/>
        <source>Alles wat over deze persoon is opgeslagen, in één bestand: om mee te sturen als antwoord op een inzageverzoek. Het bestand is alleen voor u leesbaar.</source>
        <translation>Everything stored about this person, in one file: to send in reply to a subject access request. Only you can read the file.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="78"/>
        <source>Exporteren als Excel…</source>
        <translation>Export as Excel…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="80"/>
        <source>Exporteren als PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="88"/>
        <source>Vergeten</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="92"/>
        <source>Anonimiseren haalt weg wat de persoon herkenbaar maakt; niveau, lichting, plaatsingen en aanwezigheid blijven zonder naam bewaard, zodat de cijfers kloppen. Verwijderen haalt de persoon weg met alles wat erbij hoort. Beide kunnen niet ongedaan worden gemaakt.</source>
        <translation>Anonymising removes what identifies the person; level, cohort, placements and attendance are kept without a name, so the figures stay right. Deleting removes the person with everything that belongs to them. Neither can be undone.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="102"/>
        <source>Anonimiseren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="104"/>
        <source>Alles verwijderen…</source>
        <translation>Delete everything…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="113"/>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="114"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="137"/>
        <source>Privacy: {name}</source>
        <translation>Privacy: {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="140"/>
        <source>Opgeslagen over {name} ({email}): persoonsgegevens, {placements} plaatsing(en), {evaluations} evaluatie(s), {attendances} aanwezigheidsregistratie(s), {preferences} voorkeur(en) en {changes} wijziging(en) in de geschiedenis.</source>
        <translation>Stored about {name} ({email}): personal details, {placements} placement(s), {evaluations} evaluation(s), {attendances} attendance record(s), {preferences} preference(s) and {changes} change(s) in the history.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="153"/>
        <source>Deze persoon is al geanonimiseerd.</source>
        <translation>This person has already been anonymised.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="160"/>
        <source>Inzage exporteren</source>
        <translation>Export access request</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="162"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="162"/>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="163"/>
        <source>Inzage {name}</source>
        <translation>Access request {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="188"/>
        <source>De inzage is opgeslagen als {file} in {folder}.</source>
        <translation>The access request was saved as {file} in {folder}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="202"/>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="205"/>
        <source>{name} wordt geanonimiseerd.

Weg gaan: naam, e-mailadres, telefoon, opleiding, woongemeente, notities, competenties, thema-interesses, voorkeuren, de teksten van evaluaties, opmerkingen bij aanwezigheid en de wijzigingsgeschiedenis van deze gegevens.
Blijven, zonder naam (voor de cijfers): opleidingsniveau, lichting, status, {placements} plaatsing(en) en {attendances} aanwezigheidsregistratie(s).

Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken (Ctrl+Z); de lijst met ongedaan te maken stappen wordt leeggemaakt. Doorgaan?</source>
        <translation>{name} will be anonymised.

Removed: name, e-mail address, phone, field of study, home municipality, notes, competences, theme interests, preferences, the texts of evaluations, remarks on attendance and the change history of these data.
Kept, without a name (for the figures): education level, cohort, status, {placements} placement(s) and {attendances} attendance record(s).

This cannot be undone, not even with Undo (Ctrl+Z); the list of steps to undo is emptied. Continue?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="219"/>
        <source>Alles verwijderen</source>
        <translation>Delete everything</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="222"/>
        <source>{name} wordt verwijderd met alles wat bij deze persoon hoort:
• de persoonsgegevens (naam, e-mailadres, telefoon, opleiding, notities, competenties, thema-interesses)
• {placements} plaatsing(en), met hun evaluaties
• {attendances} aanwezigheidsregistratie(s)
• {preferences} voorkeur(en)
• de wijzigingsgeschiedenis van al deze gegevens

Ook in het databasebestand blijft er niets van over. Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken (Ctrl+Z); de lijst met ongedaan te maken stappen wordt leeggemaakt. Doorgaan?</source>
        <translation>{name} will be deleted with everything that belongs to this person:
• the personal details (name, e-mail address, phone, field of study, notes, competences, theme interests)
• {placements} placement(s), with their evaluations
• {attendances} attendance record(s)
• {preferences} preference(s)
• the change history of all these data

Nothing of it remains in the database file either. This cannot be undone, not even with Undo (Ctrl+Z); the list of steps to undo is emptied. Continue?</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="279"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="289"/>
        <source>Trainees voorbij de bewaartermijn</source>
        <translation>Trainees past the retention period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="290"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="290"/>
        <source>Gestopt op</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="305"/>
        <source>Anonimiseren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="308"/>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="309"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="323"/>
        <source>Deze trainees zijn langer dan de bewaartermijn van {months} maanden geleden gestopt (vóór {date}). Hun persoonsgegevens mogen dan niet langer worden bewaard: anonimiseer ze. Niveau, lichting, plaatsingen en aanwezigheid blijven zonder naam bewaard, zodat de cijfers kloppen. Back-ups ouder dan de bewaartermijn verwijdert Coordinator bij het starten.</source>
        <translation>These trainees ended longer ago than the retention period of {months} months (before {date}). Their personal data may then no longer be kept: anonymise them. Level, cohort, placements and attendance are kept without a name, so the figures stay right. Coordinator deletes backups older than the retention period when it starts.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="333"/>
        <source>Niemand is aan de beurt: geen enkele trainee is langer dan de bewaartermijn van {months} maanden geleden gestopt (vóór {date}).</source>
        <translation>Nobody is due: no trainee ended longer ago than the retention period of {months} months (before {date}).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="365"/>
        <source>{n} anonimiseren…</source>
        <translation>Anonymise {n}…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="366"/>
        <source>Aangevinkte trainees anonimiseren</source>
        <translation>Anonymise the ticked trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="373"/>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="377"/>
        <source>… en nog {n}</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="379"/>
        <source>{n} trainee(s) worden geanonimiseerd:
{names}

Naam, contactgegevens, notities, voorkeuren, teksten van evaluaties en hun wijzigingsgeschiedenis gaan weg; niveau, lichting, plaatsingen en aanwezigheid blijven zonder naam bewaard.

Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken (Ctrl+Z); de lijst met ongedaan te maken stappen wordt leeggemaakt. Doorgaan?</source>
        <translation>{n} trainee(s) will be anonymised:
{names}

Name, contact details, notes, preferences, texts of evaluations and their change history are removed; level, cohort, placements and attendance are kept without a name.

This cannot be undone, not even with Undo (Ctrl+Z); the list of steps to undo is emptied. Continue?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/privacy/dialogs.py" line="401"/>
        <source>{n} trainee(s) geanonimiseerd.</source>
        <translation>{n} trainee(s) anonymised.</translation>
    </message>
</context>
</TS>
