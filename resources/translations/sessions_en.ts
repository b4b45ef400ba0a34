<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>ActionPointsOverview</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="158"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="162"/>
        <source>Deadline verstreken</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="177"/>
        <source>{count} actiepunt(en), waarvan {overdue} over de deadline.</source>
        <translation>{count} action point(s), {overdue} of them past the deadline.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="201"/>
        <source>Actiepunt niet bijgewerkt</source>
        <translation>Action point not updated</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="221"/>
        <source>Openstaande actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="222"/>
        <source>Ook afgeronde tonen</source>
        <translation>Show finished ones too</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="223"/>
        <source>Ook afgeronde actiepunten tonen</source>
        <translation>Also show finished action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="224"/>
        <source>Samenvatting actiepunten</source>
        <translation>Action point summary</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="227"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="228"/>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="229"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="230"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="231"/>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="232"/>
        <source>Datum bijeenkomst</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="235"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="236"/>
        <source>Markeer als afgerond</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="237"/>
        <source>Gekozen actiepunten afronden</source>
        <translation>Mark the selected action points as done</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="238"/>
        <source>Uitkomsten openen…</source>
        <translation>Open outcomes…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="239"/>
        <source>Uitkomsten van de bijeenkomst openen</source>
        <translation>Open the outcomes of the session</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="306"/>
        <source>{count} op de lijst</source>
        <translation>{count} on the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="327"/>
        <source>Notitie niet opgeslagen</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="346"/>
        <source>Feedback vervalt</source>
        <translation>Feedback will be removed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="348"/>
        <source>Feedback hoort bij wie aanwezig was. De feedback van {names} vervalt als u de status wijzigt (ongedaan maken zet hem terug). Doorgaan?</source>
        <translation>Feedback belongs to people who attended. The feedback of {names} is removed if you change the status (undo brings it back). Continue?</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="356"/>
        <source>Status niet gewijzigd</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="373"/>
        <source>Van de lijst halen</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="375"/>
        <source>{names} van de lijst van deze bijeenkomst halen? Status, notitie en feedback gaan verloren.</source>
        <translation>Remove {names} from the list of this session? Status, note and feedback will be lost.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="385"/>
        <source>Niet van de lijst gehaald</source>
        <translation>Not removed from the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="392"/>
        <source>Aanwezigheid – {title}</source>
        <translation>Attendance – {title}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="397"/>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="398"/>
        <source>Aantallen per status</source>
        <translation>Counts per status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="399"/>
        <source>Zoek een naam…</source>
        <translation>Search a name…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="400"/>
        <source>Naam zoeken in de lijst</source>
        <translation>Search a name in the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="401"/>
        <source>Aanwezigheidslijst</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="402"/>
        <source>&amp;Status voor de selectie:</source>
        <translation>&amp;Status for the selection:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="403"/>
        <source>Status voor de selectie</source>
        <translation>Status for the selection</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="404"/>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="405"/>
        <source>Status toepassen op de selectie</source>
        <translation>Apply the status to the selection</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="406"/>
        <source>Van de lijst halen…</source>
        <translation>Remove from the list…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="407"/>
        <source>Geselecteerde personen van de lijst halen</source>
        <translation>Remove the selected people from the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="409"/>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="410"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="411"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="412"/>
        <source>Laatste wijziging ongedaan maken</source>
        <translation>Undo the last change</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="78"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="79"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="80"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="81"/>
        <source>Lichting / organisatie</source>
        <translation>Cohort / organisation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="83"/>
        <source>Aangemeld om</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="84"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="85"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="108"/>
        <source>trainee</source>
        <translation>trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="108"/>
        <source>gast</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="110"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="338"/>
        <source>Aanmelden mislukt</source>
        <translation>Check-in failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="348"/>
        <source>Voer een aanmeldcode in of zoek uw naam op.</source>
        <translation>Enter a check-in code or look up your name.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="350"/>
        <source>Code {code} is onbekend. Zoek uw naam op of meld u bij de organisatie.</source>
        <translation>Code {code} is unknown. Look up your name or ask the organisers.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="354"/>
        <source>{name} is al aangemeld om {time}.</source>
        <translation>{name} already checked in at {time}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="357"/>
        <source>{name} staat al als aanwezig geregistreerd.</source>
        <translation>{name} is already registered as present.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="359"/>
        <source>Welkom, {name}! Als inloper aangemeld om {time}.</source>
        <translation>Welcome, {name}! Checked in as a walk-in at {time}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="362"/>
        <source>Welkom, {name}! Aangemeld om {time}.</source>
        <translation>Welcome, {name}! Checked in at {time}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="411"/>
        <source>al aanwezig</source>
        <translation>already present</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="413"/>
        <source>inloper</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="431"/>
        <source>Welkom! Scan uw code of zoek uw naam.</source>
        <translation>Welcome! Scan your code or search your name.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="447"/>
        <source>Aanwezig: {present} van {total}</source>
        <translation>Present: {present} of {total}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="474"/>
        <source>Volledig scherm uit (Esc)</source>
        <translation>Leave full screen (Esc)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="476"/>
        <source>Volledig scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="477"/>
        <source>Volledig scherm aan of uit</source>
        <translation>Full screen on or off</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="480"/>
        <source>Aanmelden – {title}</source>
        <translation>Check-in – {title}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="483"/>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="485"/>
        <source>Datum, tijd en locatie</source>
        <translation>Date, time and location</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="486"/>
        <source>&amp;Code (scannen of typen, dan Enter)</source>
        <translation>&amp;Code (scan or type, then Enter)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="487"/>
        <source>Scan uw code…</source>
        <translation>Scan your code…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="488"/>
        <source>Aanmeldcode</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="489"/>
        <source>Of &amp;zoek uw naam</source>
        <translation>Or &amp;search your name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="490"/>
        <source>Typ een deel van uw naam…</source>
        <translation>Type part of your name…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="491"/>
        <source>Naam zoeken</source>
        <translation>Search name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="492"/>
        <source>Gevonden namen; Enter meldt aan</source>
        <translation>Names found; Enter checks in</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="493"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="494"/>
        <source>Wie is er al</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="495"/>
        <source>Inloper toevoegen…</source>
        <translation>Add walk-in…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="496"/>
        <source>Inloper toevoegen</source>
        <translation>Add walk-in</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="497"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="498"/>
        <source>Aanmeldscherm sluiten</source>
        <translation>Close the check-in screen</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="81"/>
        <source>Nieuwe gast</source>
        <translation>New guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="82"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="83"/>
        <source>Naam van de gast</source>
        <translation>Name of the guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="84"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="85"/>
        <source>Organisatie van de gast</source>
        <translation>Organisation of the guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="86"/>
        <source>Opleidings&amp;niveau:</source>
        <translation>Education &amp;level:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="87"/>
        <source>Opleidingsniveau van de gast</source>
        <translation>Education level of the guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="90"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="94"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="95"/>
        <source>E-mailadres van de gast</source>
        <translation>Email address of the guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="96"/>
        <source>niet verplicht</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="98"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="99"/>
        <source>Gast opslaan</source>
        <translation>Save guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="101"/>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="102"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="131"/>
        <source>Gast niet opgeslagen</source>
        <translation>Guest not saved</translation>
    </message>
</context>
<context>
    <name>InvitationPicker</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="230"/>
        <source>niveau onbekend</source>
        <translation>level unknown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="232"/>
        <source>gast, {level}</source>
        <translation>guest, {level}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="247"/>
        <source>Staat al op de lijst</source>
        <translation>Already on the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="312"/>
        <source>Geen nieuwe uitnodigingen.</source>
        <translation>No new invitations.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="314"/>
        <source>Nog niemand gekozen om uit te nodigen.</source>
        <translation>Nobody chosen to invite yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="316"/>
        <source>Uitnodigen: {trainees} trainee(s) en {guests} gast(en).</source>
        <translation>To invite: {trainees} trainee(s) and {guests} guest(s).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="320"/>
        <source>Al op de lijst: {count}.</source>
        <translation>Already on the list: {count}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="329"/>
        <source>Groepen</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="330"/>
        <source>Programma&apos;s (alle lichtingen):</source>
        <translation>Programmes (all cohorts):</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="331"/>
        <source>Uit te nodigen programma&apos;s</source>
        <translation>Programmes to invite</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="332"/>
        <source>Lichtingen:</source>
        <translation>Cohorts:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="333"/>
        <source>Uit te nodigen lichtingen</source>
        <translation>Cohorts to invite</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="335"/>
        <source>Alleen deze niveaus (zonder groep: alle trainees van dit niveau):</source>
        <translation>Only these levels (without a group: all trainees of that level):</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="341"/>
        <source>Niveau {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="343"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="344"/>
        <source>Zoek op naam, lichting of organisatie…</source>
        <translation>Search by name, cohort or organisation…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="345"/>
        <source>Personen zoeken</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="346"/>
        <source>Trainees en gasten om uit te nodigen</source>
        <translation>Trainees and guests to invite</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="347"/>
        <source>Nieuwe gast…</source>
        <translation>New guest…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="348"/>
        <source>Nieuwe gast toevoegen</source>
        <translation>Add a new guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/invitations.py" line="349"/>
        <source>Aantal uitnodigingen</source>
        <translation>Number of invitations</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="239"/>
        <source>Actiepunt {n}: omschrijving</source>
        <translation>Action point {n}: description</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="240"/>
        <source>Actiepunt {n}: eigenaar</source>
        <translation>Action point {n}: owner</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="241"/>
        <source>Actiepunt {n}: deadline</source>
        <translation>Action point {n}: deadline</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="242"/>
        <source>Actiepunt {n}: status</source>
        <translation>Action point {n}: status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="249"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="320"/>
        <source>Uitkomsten niet opgeslagen</source>
        <translation>Outcomes not saved</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="331"/>
        <source>Uitkomsten – {heading}</source>
        <translation>Outcomes – {heading}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="333"/>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="334"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="335"/>
        <source>Thema&apos;s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="336"/>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="356"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="337"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="338"/>
        <source>Onderdelen van de uitkomsten</source>
        <translation>Parts of the outcomes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="339"/>
        <source>Notities en uitkomsten</source>
        <translation>Notes and outcomes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="341"/>
        <source>Wat kwam er aan de orde, wat is afgesproken, wat gaat naar de raad…</source>
        <translation>What was discussed, what was agreed, what goes to the council…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="344"/>
        <source>Thema&apos;s die aan de orde kwamen. Een nieuw thema wordt vanzelf toegevoegd.</source>
        <translation>Themes that came up. A new theme is added automatically.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="346"/>
        <source>Thema typen en Enter…</source>
        <translation>Type a theme and Enter…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="347"/>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="349"/>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="348"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="350"/>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="361"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="351"/>
        <source>Gekozen thema weghalen</source>
        <translation>Remove the selected theme</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="352"/>
        <source>Besproken thema&apos;s</source>
        <translation>Themes discussed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="354"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="354"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="354"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="354"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="359"/>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="360"/>
        <source>Actiepunt toevoegen</source>
        <translation>Add action point</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="362"/>
        <source>Gekozen actiepunt weghalen</source>
        <translation>Remove the selected action point</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="365"/>
        <source>Alleen wie aanwezig was kan feedback geven: een cijfer van 1 tot 5 (– is geen cijfer) en een opmerking.</source>
        <translation>Only people who attended can give feedback: a score from 1 to 5 (– is no score) and a comment.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="369"/>
        <source>Nog niemand staat als aanwezig geregistreerd, dus er is geen feedback.</source>
        <translation>Nobody is registered as present yet, so there is no feedback.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="372"/>
        <source>Deelnemer</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="372"/>
        <source>Cijfer</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="372"/>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="374"/>
        <source>Feedback van de deelnemers</source>
        <translation>Feedback of the participants</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="379"/>
        <source>Cijfer van {name}</source>
        <translation>Score of {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="380"/>
        <source>Opmerking van {name}</source>
        <translation>Comment of {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="381"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="383"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="384"/>
        <source>Uitkomsten opslaan</source>
        <translation>Save outcomes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="386"/>
        <location filename="../../coordinator_app/views/sessions/outcomes.py" line="387"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ParticipationFigures</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="342"/>
        <source>Deelname: {rate} ({present} van {invited} uitnodigingen; {excused} afwezig met bericht, {absent} zonder bericht, {unrecorded} niet geregistreerd)</source>
        <translation>Participation: {rate} ({present} of {invited} invitations; {excused} absent with notice, {absent} without notice, {unrecorded} not recorded)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="400"/>
        <source>Onder de drempel van {threshold} ({count})</source>
        <translation>Below the threshold of {threshold} ({count})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="408"/>
        <source>Mix van niveaus: nog niemand met een bekend niveau aanwezig geweest.</source>
        <translation>Level mix: nobody with a known level has attended yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="413"/>
        <source>Mix van niveaus onder de aanwezigen: {shares}; mengindex {index}</source>
        <translation>Level mix among those present: {shares}; mixing index {index}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="417"/>
        <source>({count} aanwezig met onbekend niveau)</source>
        <translation>({count} present with unknown level)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="429"/>
        <source>Deelnamecijfers</source>
        <translation>Participation figures</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="430"/>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="431"/>
        <source>&amp;Tot en met:</source>
        <translation>&amp;Up to:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="433"/>
        <source>begin</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="434"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="435"/>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="436"/>
        <source>Periode tot en met</source>
        <translation>Period up to</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="437"/>
        <source>Hele periode</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="438"/>
        <source>Periode wissen: alle bijeenkomsten</source>
        <translation>Clear the period: all sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="439"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="440"/>
        <source>Deelname totaal</source>
        <translation>Overall participation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="441"/>
        <source>Mix van opleidingsniveaus</source>
        <translation>Mix of education levels</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="444"/>
        <source>Deelname = aanwezig / uitgenodigd, over bijeenkomsten tot en met vandaag; afwezig met bericht telt als niet aanwezig en staat apart vermeld. Mengindex: 0 = één niveau, 1 = mbo, hbo en wo even sterk vertegenwoordigd (per bijeenkomst; voor de periode het gewogen gemiddelde).</source>
        <translation>Participation = present / invited, over sessions up to and including today; absence with notice counts as not present and is listed separately. Mixing index: 0 = one level only, 1 = mbo, hbo and wo equally represented (per session; for the period the weighted mean).</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="450"/>
        <source>Uitleg van de cijfers</source>
        <translation>Explanation of the figures</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="452"/>
        <source>Uitgenodigd</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="453"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="454"/>
        <source>Met bericht</source>
        <translation>With notice</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="455"/>
        <source>Zonder bericht</source>
        <translation>Without notice</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="456"/>
        <source>Deelname</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="459"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="459"/>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="463"/>
        <source>Lichting</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="461"/>
        <source>Trainees onder de drempel</source>
        <translation>Trainees below the threshold</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="463"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="465"/>
        <source>Deelname per lichting</source>
        <translation>Participation per cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="468"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="469"/>
        <source>Bijeenkomst</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="472"/>
        <source>Mengindex</source>
        <translation>Mixing index</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="475"/>
        <source>Deelname per bijeenkomst</source>
        <translation>Participation per session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="476"/>
        <source>Per lichting</source>
        <translation>Per cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="477"/>
        <source>Per bijeenkomst</source>
        <translation>Per session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/overviews.py" line="478"/>
        <source>Deelnamecijfers per onderdeel</source>
        <translation>Participation figures by part</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="145"/>
        <source>Nieuwe reeks bijeenkomsten</source>
        <translation>New series of sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="147"/>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="151"/>
        <source>Herhaling</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="148"/>
        <source>Gegevens per bijeenkomst</source>
        <translation>Details per session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="149"/>
        <source>Uitnodigen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="150"/>
        <source>Onderdelen van de reeks</source>
        <translation>Parts of the series</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="152"/>
        <source>&amp;Naam van de reeks:</source>
        <translation>&amp;Name of the series:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="153"/>
        <source>Naam van de reeks</source>
        <translation>Name of the series</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="155"/>
        <source>bijvoorbeeld Vrijdagprogramma 2025-2026</source>
        <translation>for example Friday programme 2025-2026</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="157"/>
        <source>&amp;Eerste datum:</source>
        <translation>&amp;First date:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="158"/>
        <source>Eerste datum</source>
        <translation>First date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="159"/>
        <source>&amp;Laatste datum:</source>
        <translation>&amp;Last date:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="160"/>
        <source>Laatste datum</source>
        <translation>Last date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="161"/>
        <source>&amp;Elke:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="162"/>
        <source> week/weken</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="163"/>
        <source>Interval in weken</source>
        <translation>Interval in weeks</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="164"/>
        <source>Overslaan (vakanties, feestdagen)</source>
        <translation>Skip (holidays, bank holidays)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="165"/>
        <source>Datum om over te slaan</source>
        <translation>Date to skip</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="166"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="167"/>
        <source>Datum toevoegen aan de lijst om over te slaan</source>
        <translation>Add the date to the list of dates to skip</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="168"/>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="169"/>
        <source>Gekozen overgeslagen datum weghalen</source>
        <translation>Remove the selected skipped date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="170"/>
        <source>Overgeslagen datums</source>
        <translation>Skipped dates</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="171"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="172"/>
        <source>Datums van de reeks</source>
        <translation>Dates of the series</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="173"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="175"/>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="176"/>
        <source>Reeks aanmaken</source>
        <translation>Create series</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="178"/>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="179"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="233"/>
        <source>De laatste datum ligt vóór de eerste.</source>
        <translation>The last date is before the first.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="239"/>
        <source>{count} bijeenkomsten, {skipped} datum(s) overgeslagen.</source>
        <translation>{count} sessions, {skipped} date(s) skipped.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/series_dialog.py" line="262"/>
        <source>Reeks niet aangemaakt</source>
        <translation>Series not created</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="54"/>
        <source>Bijeenkomst niet gevonden</source>
        <translation>Session not found</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="111"/>
        <source>Exporteren naar agenda (.ics)</source>
        <translation>Export to calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="116"/>
        <source>Kies eerst een of meer bijeenkomsten.</source>
        <translation>Choose one or more sessions first.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="127"/>
        <source>Deze bijeenkomsten bestaan niet meer.</source>
        <translation>These sessions no longer exist.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="135"/>
        <source>Agendabestand (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="149"/>
        <source>Het bestand {path} kon niet worden geschreven: {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/__init__.py" line="160"/>
        <source>{count} bijeenkomst(en) opgeslagen in {path}. Open het bestand met Outlook of een andere agenda om ze toe te voegen.</source>
        <translation>{count} session(s) saved in {path}. Open the file with Outlook or another calendar to add them.</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="247"/>
        <source>Week {number}, {span}</source>
        <translation>Week {number}, {span}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="261"/>
        <source>◀ Vorige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="262"/>
        <source>Vorige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="263"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="264"/>
        <source>Naar vandaag</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="265"/>
        <source>Volgende ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="266"/>
        <source>Volgende periode</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="267"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="268"/>
        <source>Maandweergave</source>
        <translation>Month view</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="269"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="270"/>
        <source>Weekweergave</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="271"/>
        <source>Getoonde periode</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="273"/>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="274"/>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="275"/>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="276"/>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="277"/>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="278"/>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="279"/>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/calendar.py" line="283"/>
        <source>Kalender van bijeenkomsten</source>
        <translation>Calendar of sessions</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="56"/>
        <source>Opnieuw uitvoeren mislukt</source>
        <translation>Redo failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="61"/>
        <source>Ongedaan maken mislukt</source>
        <translation>Undo failed</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="99"/>
        <source>Reeks vanaf &apos;{title}&apos; wijzigen</source>
        <translation>Change series from &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="101"/>
        <source>Bijeenkomst &apos;{title}&apos; wijzigen</source>
        <translation>Change session &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="175"/>
        <source>Aanwezigheid: {status}</source>
        <translation>Attendance: {status}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="177"/>
        <source>Aanwezigheid van {count}: {status}</source>
        <translation>Attendance of {count}: {status}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/commands.py" line="189"/>
        <source>Notitie bij aanwezigheid</source>
        <translation>Attendance note</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="120"/>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="121"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="122"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="123"/>
        <source>T&amp;ijd:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="124"/>
        <source>&amp;Locatie:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="125"/>
        <source>&amp;Gemeente:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="126"/>
        <source>&amp;Begeleiding:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="127"/>
        <source>&amp;Maximum:</source>
        <translation>&amp;Maximum:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="128"/>
        <source>&amp;Omschrijving:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="133"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="134"/>
        <source>Soort bijeenkomst</source>
        <translation>Session type</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="135"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="136"/>
        <source>bijvoorbeeld Intervisie lichting 2025</source>
        <translation>for example Intervision cohort 2025</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="137"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="138"/>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="139"/>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="140"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="141"/>
        <source>gebouw, zaal, adres</source>
        <translation>building, room, address</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="142"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="145"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="149"/>
        <source>Begeleiding</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="150"/>
        <source>wie leidt de bijeenkomst</source>
        <translation>who leads the session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="151"/>
        <source>Maximum aantal deelnemers</source>
        <translation>Maximum number of participants</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="152"/>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="153"/>
        <source> deelnemers</source>
        <translation> participants</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="154"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="258"/>
        <source>Nieuwe bijeenkomst</source>
        <translation>New session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="260"/>
        <source>Bijeenkomst bewerken</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="262"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="263"/>
        <source>Uitnodigen</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="264"/>
        <source>Onderdelen van de bijeenkomst</source>
        <translation>Parts of the session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="267"/>
        <source>Deze bijeenkomst hoort bij de reeks &apos;{title}&apos;. Wijzigingen gelden voor:</source>
        <translation>This session belongs to the series &apos;{title}&apos;. Changes apply to:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="270"/>
        <source>alleen deze bijeenkomst</source>
        <translation>this session only</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="271"/>
        <source>Alleen deze bijeenkomst wijzigen</source>
        <translation>Change this session only</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="272"/>
        <source>deze en de volgende bijeenkomsten van de reeks</source>
        <translation>this and the following sessions of the series</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="274"/>
        <source>Deze en de volgende bijeenkomsten van de reeks wijzigen</source>
        <translation>Change this and the following sessions of the series</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="276"/>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="278"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="279"/>
        <source>Bijeenkomst opslaan</source>
        <translation>Save session</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="281"/>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="282"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/session_form.py" line="326"/>
        <source>Bijeenkomst niet opgeslagen</source>
        <translation>Session not saved</translation>
    </message>
</context>
<context>
    <name>SessionViews</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/common.py" line="93"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/common.py" line="114"/>
        <source>De database weigerde de wijziging ({kind}).</source>
        <translation>The database refused the change ({kind}).</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/attendance_grid.py" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="131"/>
        <source>gast</source>
        <translation>guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="165"/>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="179"/>
        <source>Inloper niet toegevoegd</source>
        <translation>Walk-in not added</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="184"/>
        <source>Inloper toevoegen</source>
        <translation>Add walk-in</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="188"/>
        <source>Zoek een trainee of gast die niet op de lijst staat, of voeg een nieuwe gast toe. De inloper wordt meteen als aanwezig gemeld.</source>
        <translation>Find a trainee or guest who is not on the list, or add a new guest. The walk-in is checked in at once.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="192"/>
        <source>Zoek op naam…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="193"/>
        <source>Inloper zoeken op naam</source>
        <translation>Search walk-in by name</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="194"/>
        <source>Trainees en gasten die niet op de lijst staan</source>
        <translation>Trainees and guests not on the list</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="195"/>
        <source>Nieuwe gast…</source>
        <translation>New guest…</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="196"/>
        <source>Nieuwe gast toevoegen</source>
        <translation>Add a new guest</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="197"/>
        <source>Aanmelden</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="198"/>
        <source>Gekozen persoon aanmelden</source>
        <translation>Check in the chosen person</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="200"/>
        <location filename="../../coordinator_app/views/sessions/checkin.py" line="201"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
