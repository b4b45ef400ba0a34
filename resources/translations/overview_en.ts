<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="407"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="408"/>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="409"/>
        <source>Programma of lichting</source>
        <translation>Programme or cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="411"/>
        <source>De cijfers, lijsten, kaart en grafieken van één programma of lichting</source>
        <translation>The figures, lists, map and charts of one programme or cohort</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="413"/>
        <source>Aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="414"/>
        <source>Aandachtspunten</source>
        <translation>Points for attention</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="415"/>
        <source>Komende bijeenkomsten</source>
        <translation>Coming sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="416"/>
        <source>Bijeenkomsten van de komende twee weken</source>
        <translation>Sessions in the coming two weeks</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="417"/>
        <source>Trainees onder de deelnamedrempel</source>
        <translation>Trainees below the participation threshold</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="418"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="426"/>
        <source>Kaart van Groningen en Drenthe</source>
        <translation>Map of Groningen and Drenthe</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="421"/>
        <source>Elke gemeente op haar plaats; hoe groter de stip, hoe meer. Klik op een gemeente (of kies haar in de lijst en druk op Enter) om de lijst te openen, gefilterd op die gemeente. Met de pijltjestoetsen gaat u over de kaart.</source>
        <translation>Each municipality in its place; the bigger the dot, the more. Click a municipality (or choose it in the list and press Enter) to open the list filtered on it. The arrow keys move across the map.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="427"/>
        <source>Gemeenten op de kaart</source>
        <translation>Municipalities on the map</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="430"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="655"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="901"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="976"/>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="431"/>
        <source>Lopende plaatsingen per gemeente van de opdracht</source>
        <translation>Running placements by the assignment&apos;s municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="434"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="902"/>
        <source>Opdrachten</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="435"/>
        <source>Open opdrachten per gemeente</source>
        <translation>Open assignments by municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="438"/>
        <source>Woonplaats trainees</source>
        <translation>Trainees&apos; homes</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="439"/>
        <source>Actieve trainees per woongemeente</source>
        <translation>Active trainees by home municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="446"/>
        <source>Kaart: {what}</source>
        <translation>Map: {what}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="448"/>
        <source>Plaatsingen per subregio</source>
        <translation>Placements by subregion</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="449"/>
        <source>Plaatsingen per gemeente</source>
        <translation>Placements by municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="450"/>
        <source>Deelname per maand</source>
        <translation>Participation by month</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="451"/>
        <source>Niveaumix per maand</source>
        <translation>Level mix by month</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="534"/>
        <source>Het overzicht kon niet worden gelezen: {reason}</source>
        <translation>The overview could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="561"/>
        <source>Vandaag is het {date}. Database: {database}</source>
        <translation>Today is {date}. Database: {database}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="587"/>
        <source>Alle programma&apos;s en lichtingen</source>
        <translation>All programmes and cohorts</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="643"/>
        <source>gemiddeld; {excused} afgemeld</source>
        <translation>on average; {excused} excused</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="646"/>
        <source>nog geen aanwezigheid geregistreerd</source>
        <translation>no attendance registered yet</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="649"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="903"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="651"/>
        <source>aangenomen of actief</source>
        <translation>hired or active</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="652"/>
        <source>Naar de trainees van deze selectie</source>
        <translation>To the trainees of this selection</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="657"/>
        <source>lopend in de huidige rotatie</source>
        <translation>running in the current rotation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="658"/>
        <source>Naar de lopende plaatsingen</source>
        <translation>To the running placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="661"/>
        <source>Open opdrachten</source>
        <translation>Open assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="663"/>
        <source>{n} vrije plaatsen</source>
        <translation>{n} free places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="665"/>
        <source>1 vrije plaats</source>
        <translation>1 free place</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="666"/>
        <source>Naar de open opdrachten</source>
        <translation>To the open assignments</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="669"/>
        <source>Bijeenkomsten</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="671"/>
        <source>in {month}</source>
        <translation>in {month}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="672"/>
        <source>Naar de bijeenkomsten</source>
        <translation>To the sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="675"/>
        <location filename="../../coordinator_app/views/overview/screen.py" line="994"/>
        <source>Deelname</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="679"/>
        <source>Aanwezig van de uitgenodigden, over alle bijeenkomsten tot en met vandaag</source>
        <translation>Present among the invited, over all sessions up to and including today</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="683"/>
        <source>Actiepunten</source>
        <translation>Action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="685"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="686"/>
        <source>Naar de bijeenkomsten en hun actiepunten</source>
        <translation>To the sessions and their action points</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="728"/>
        <source>Rotatie eindigt zonder vervolg</source>
        <translation>Rotation ends without a next one</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="729"/>
        <source>Opdracht met vrije plaatsen</source>
        <translation>Assignment with free places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="730"/>
        <source>Trainee zonder plaatsing</source>
        <translation>Trainee without placement</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="772"/>
        <source>Rotaties die binnen 1 week eindigen zonder vervolg, opdrachten met vrije plaatsen en trainees zonder plaatsing. Klik of druk op Enter om het record te openen.</source>
        <translation>Rotations ending within 1 week with nothing after them, assignments with free places and trainees without a placement. Click or press Enter to open the record.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="778"/>
        <source>Rotaties die binnen {weeks} weken eindigen zonder vervolg, opdrachten met vrije plaatsen en trainees zonder plaatsing. Klik of druk op Enter om het record te openen.</source>
        <translation>Rotations ending within {weeks} weeks with nothing after them, assignments with free places and trainees without a placement. Click or press Enter to open the record.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="786"/>
        <source>{n} aandachtspunten</source>
        <translation>{n} points for attention</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="792"/>
        <source>Niets dat nu aandacht nodig heeft.</source>
        <translation>Nothing needs attention now.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="800"/>
        <source>Onder de deelnamedrempel ({threshold})</source>
        <translation>Below the participation threshold ({threshold})</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="805"/>
        <source>Actieve trainees die minder vaak aanwezig waren dan de drempel.</source>
        <translation>Active trainees who attended less often than the threshold.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="811"/>
        <source>Iedereen zit op of boven de drempel.</source>
        <translation>Everyone is at or above the threshold.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="816"/>
        <source>{present} van {invited} keer aanwezig, {excused} keer afgemeld</source>
        <translation>present {present} of {invited} times, excused {excused} times</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="832"/>
        <source>Van vandaag tot en met {date}.</source>
        <translation>From today up to and including {date}.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="838"/>
        <source>Geen bijeenkomsten gepland in de komende twee weken.</source>
        <translation>No sessions planned in the coming two weeks.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="850"/>
        <source>{n} uitgenodigd</source>
        <translation>{n} invited</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="873"/>
        <source>{n} lopende plaatsingen</source>
        <translation>{n} running placements</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="874"/>
        <source>{n} open opdrachten, {free} vrije plaatsen</source>
        <translation>{n} open assignments, {free} free places</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="877"/>
        <source>{n} actieve trainees wonen hier</source>
        <translation>{n} active trainees live here</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="900"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="950"/>
        <source>Gefilterd op gemeente {name}</source>
        <translation>Filtered on municipality {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="952"/>
        <source>Gefilterd op woongemeente {name}</source>
        <translation>Filtered on home municipality {name}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="961"/>
        <source>Rotatie {n}</source>
        <translation>Rotation {n}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="962"/>
        <source>Nog geen plaatsingen.</source>
        <translation>No placements yet.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="964"/>
        <source>Subregio</source>
        <translation>Subregion</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="998"/>
        <source>Drempel {pct}</source>
        <translation>Threshold {pct}</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="999"/>
        <source>Aanwezig (%)</source>
        <translation>Present (%)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1005"/>
        <source>Geen bijeenkomsten in de afgelopen twaalf maanden.</source>
        <translation>No sessions in the past twelve months.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1020"/>
        <source>Aandeel aanwezigen (%)</source>
        <translation>Share of those present (%)</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1022"/>
        <source>Nog niemand aanwezig geweest in de afgelopen twaalf maanden.</source>
        <translation>Nobody attended in the past twelve months.</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1031"/>
        <source>{n} bijeenkomsten</source>
        <translation>{n} sessions</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1035"/>
        <source>{present} van {invited} aanwezig ({rate}), {excused} afgemeld</source>
        <translation>{present} of {invited} present ({rate}), {excused} excused</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1048"/>
        <source>Niemand aanwezig met een bekend niveau</source>
        <translation>Nobody present with a known level</translation>
    </message>
    <message>
        <location filename="../../coordinator_app/views/overview/screen.py" line="1058"/>
        <source>Mengindex {index} (0 = één niveau, 1 = gelijk verdeeld)</source>
        <translation>Mixing index {index} (0 = one level, 1 = evenly mixed)</translation>
    </message>
</context>
</TS>
