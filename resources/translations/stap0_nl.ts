<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="69"/>
        <source>About Stap 0</source>
        <translation>Over Stap 0</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="69"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Encrypted case notes and stap-0 signals for professionals who visit families at home.&lt;/p&gt;&lt;p&gt;Everything you write stays encrypted on this laptop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Versleutelde notities en stap-0-signalen voor professionals die gezinnen thuis bezoeken.&lt;/p&gt;&lt;p&gt;Alles wat u schrijft blijft versleuteld op deze laptop.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/app.py" line="242"/>
        <source>Laptop revoked</source>
        <translation>Laptop ingetrokken</translation>
    </message>
</context>
<context>
    <name>BurdenCapacityChart</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/burden_chart.py" line="25"/>
        <source>Burden and capacity per domain</source>
        <translation>Draaglast en draagkracht per leefgebied</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/burden_chart.py" line="32"/>
        <source>{domain}: {risks} of {risk_total} risk factors, {protective} of {protective_total} protective factors</source>
        <translation>{domain}: {risks} van {risk_total} risicofactoren, {protective} van {protective_total} beschermende factoren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/burden_chart.py" line="63"/>
        <source>Burden (risk factors)</source>
        <translation>Draaglast (risicofactoren)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/burden_chart.py" line="65"/>
        <source>Capacity (protective factors)</source>
        <translation>Draagkracht (beschermende factoren)</translation>
    </message>
</context>
<context>
    <name>CaseloadHandoverDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="34"/>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="114"/>
        <source>Hand over the caseload</source>
        <translation>Caseload overdragen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="38"/>
        <source>name, organisation or role</source>
        <translation>naam, organisatie of rol</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="39"/>
        <source>Find the colleague who takes over</source>
        <translation>Zoek de collega die het overneemt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="42"/>
        <source>The colleague who takes over</source>
        <translation>De collega die het overneemt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="45"/>
        <source>Families and their consent</source>
        <translation>Gezinnen en hun toestemming</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="49"/>
        <source>Hand over these families</source>
        <translation>Deze gezinnen overdragen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="57"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="60"/>
        <source>Families — only those whose parents consented to a handover to this colleague go:</source>
        <translation>Gezinnen — alleen die waarvan de ouders toestemming gaven voor overdracht aan deze collega gaan mee:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="96"/>
        <source>{family}: handed over already</source>
        <translation>{family}: al overgedragen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="99"/>
        <source>{family}: consent of {who} — goes</source>
        <translation>{family}: toestemming van {who} — gaat mee</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="102"/>
        <source>{family}: no consent for this handover — not sent</source>
        <translation>{family}: geen toestemming voor deze overdracht — niet verstuurd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="105"/>
        <source>%n family(ies) go; the others stay here.</source>
        <translation>
            <numerusform>%n gezin gaat mee; de andere blijven hier.</numerusform>
            <numerusform>%n gezinnen gaan mee; de andere blijven hier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="115"/>
        <source>Hand over %n family(ies) to {receiver}? They go at the next sync; until {receiver} answers you can still withdraw each one.</source>
        <translation>
            <numerusform>%n gezin overdragen aan {receiver}? Het gaat bij de volgende synchronisatie; zolang {receiver} niet heeft geantwoord, kunt u het nog intrekken.</numerusform>
            <numerusform>%n gezinnen overdragen aan {receiver}? Ze gaan bij de volgende synchronisatie; zolang {receiver} niet heeft geantwoord, kunt u elk ervan nog intrekken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/caseload_handover.py" line="127"/>
        <source>Handed over; they go at the next sync. Not sent, for want of consent: %n family(ies).</source>
        <translation>
            <numerusform>Overgedragen; ze gaan bij de volgende synchronisatie. Niet verstuurd, bij gebrek aan toestemming: %n gezin.</numerusform>
            <numerusform>Overgedragen; ze gaan bij de volgende synchronisatie. Niet verstuurd, bij gebrek aan toestemming: %n gezinnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="95"/>
        <source>&lt;b&gt;This is no longer stap 0.&lt;/b&gt; An acute sign was answered yes: follow the Meldcode (step 1). With acute or structural danger always call Veilig Thuis, 0800-2000. This checklist is never sent as a preventive signal.</source>
        <translation>&lt;b&gt;Dit is geen stap 0 meer.&lt;/b&gt; Een acuut signaal is met ja beantwoord: volg de Meldcode (stap 1). Bij acute of structurele onveiligheid altijd Veilig Thuis bellen, 0800-2000. Deze lijst wordt nooit als preventief signaal verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="102"/>
        <source>Open the Meldcode steps…</source>
        <translation>Stappen van de Meldcode openen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="110"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="111"/>
        <source>Summary and judgement</source>
        <translation>Samenvatting en inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="130"/>
        <source>1 no need</source>
        <translation>1 geen behoefte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="130"/>
        <source>2 some need</source>
        <translation>2 enige behoefte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="131"/>
        <source>3 much need</source>
        <translation>3 veel behoefte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="144"/>
        <source>your view</source>
        <translation>uw inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="145"/>
        <source>the parent&apos;s view</source>
        <translation>inschatting van de ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="146"/>
        <source>— not rated —</source>
        <translation>— niet ingevuld —</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="150"/>
        <source>Need for support, {who}: {domain}</source>
        <translation>Behoefte aan steun, {who}: {domain}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="156"/>
        <source>Need for support — your view</source>
        <translation>Behoefte aan steun — uw inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="157"/>
        <source>Need for support — the parent&apos;s view</source>
        <translation>Behoefte aan steun — volgens de ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="175"/>
        <source>Your judgement</source>
        <translation>Uw inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="179"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="179"/>
        <source>Raised</source>
        <translation>Verhoogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="179"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="185"/>
        <source>Reason for the judgement</source>
        <translation>Reden voor de inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="187"/>
        <source>Why? (needed for raised or high: what worries you, what did the parents say)</source>
        <translation>Waarom? (nodig bij verhoogd of hoog: wat baart u zorgen, wat zeiden de ouders)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="192"/>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="437"/>
        <source>Record judgement</source>
        <translation>Inschatting vastleggen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="194"/>
        <source>Route to action…</source>
        <translation>Stappenplan…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="195"/>
        <source>What to do now: discuss, share, help, follow up</source>
        <translation>Wat nu: bespreken, delen, hulp, vervolg</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="197"/>
        <source>Who can help?…</source>
        <translation>Wie kan helpen?…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="198"/>
        <source>Offers on the sociale kaart that fit the domains at risk and the child&apos;s age</source>
        <translation>Aanbod op de sociale kaart dat past bij de leefgebieden met risico en de leeftijd van het kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="202"/>
        <source>This is not stap 0 any more (Meldcode)…</source>
        <translation>Dit is geen stap 0 meer (Meldcode)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="203"/>
        <source>Open the Meldcode steps by your own choice</source>
        <translation>De stappen van de Meldcode openen, op eigen oordeel</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="206"/>
        <source>Your overall view of this family&apos;s situation. It is your judgement, not a computed score.</source>
        <translation>Uw totaalbeeld van de situatie van dit gezin. Het is uw oordeel, geen berekende score.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="221"/>
        <source>Report for the midwife (PDF)…</source>
        <translation>Verslag voor de verloskundige (pdf)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="222"/>
        <source>Visit report (PDF)…</source>
        <translation>Verslag van het huisbezoek (PDF)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="223"/>
        <source>Copy for the parents (PDF)…</source>
        <translation>Kopie voor de ouders (pdf)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="268"/>
        <source>Risks stand in {n} domains ({domains}). Propose one plan: one family, one plan, one coordinator (1 gezin, 1 plan, 1 regisseur).</source>
        <translation>Er zijn risico’s op {n} leefgebieden ({domains}). Stel één plan voor met één regisseur: 1 gezin, 1 plan, 1 regisseur.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="295"/>
        <source>No interventions suggested by the rules yet.</source>
        <translation>Nog geen interventies voorgesteld door de regels.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="299"/>
        <source>Suggested help (you decide):</source>
        <translation>Voorgestelde hulp (u beslist):</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="306"/>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="327"/>
        <source>Choose low, raised or high.</source>
        <translation>Kies laag, verhoogd of hoog.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="333"/>
        <source>A raised or high judgement needs a short reason: what worries you?</source>
        <translation>Bij verhoogd of hoog hoort een korte reden: wat baart u zorgen?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="355"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="363"/>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="393"/>
        <source>The report could not be written: {reason}</source>
        <translation>Het verslag kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="396"/>
        <source>Report written to {path}</source>
        <translation>Verslag geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="433"/>
        <source>Judgement not recorded</source>
        <translation>Inschatting niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="434"/>
        <source>You changed the judgement but did not record it. Record it now?</source>
        <translation>U hebt de inschatting gewijzigd maar niet vastgelegd. Nu vastleggen?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_window.py" line="438"/>
        <source>Close without recording</source>
        <translation>Sluiten zonder vastleggen</translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="41"/>
        <source>No checklist yet. After talking with the parents: New checklist…</source>
        <translation>Nog geen signaleringslijst. Na het gesprek met de ouders: Nieuwe signaleringslijst…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="43"/>
        <source>Checklists</source>
        <translation>Signaleringslijsten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="46"/>
        <source>New checklist…</source>
        <translation>Nieuwe signaleringslijst…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="47"/>
        <source>Start a stap-0 checklist</source>
        <translation>Een stap-0-signaleringslijst beginnen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="51"/>
        <source>Over time…</source>
        <translation>Verloop…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="52"/>
        <source>How the picture changed over time</source>
        <translation>Hoe het beeld veranderde in de tijd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="81"/>
        <source>{date}  {title} — {level} — risks in %n domain(s)</source>
        <translation>
            <numerusform>{date}  {title} — {level} — risico’s op %n leefgebied</numerusform>
            <numerusform>{date}  {title} — {level} — risico’s op %n leefgebieden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="84"/>
        <source>ACUTE</source>
        <translation>ACUUT</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="99"/>
        <source>No valid checklist definitions are available.</source>
        <translation>Er zijn geen geldige signaleringslijsten beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="105"/>
        <source>New checklist</source>
        <translation>Nieuwe signaleringslijst</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/family_checklists.py" line="106"/>
        <source>Which checklist?</source>
        <translation>Welke signaleringslijst?</translation>
    </message>
</context>
<context>
    <name>CjgConnectionBox</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="35"/>
        <source>Connection to the CJG</source>
        <translation>Verbinding met het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="42"/>
        <source>Import connection profile…</source>
        <translation>Verbindingsprofiel importeren…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="47"/>
        <source>One-time code from the CJG</source>
        <translation>Eenmalige code van het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="48"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="55"/>
        <source>At a match, another professional sees exactly this. Is it right? Nothing is sent to the CJG before you confirm.</source>
        <translation>Bij een match ziet een andere professional precies dit. Klopt het? Er gaat niets naar het CJG voordat u het bevestigt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="57"/>
        <source>That is right</source>
        <translation>Dat klopt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="60"/>
        <source>That is not right</source>
        <translation>Dat klopt niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="71"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="73"/>
        <source>One-time code</source>
        <translation>Eenmalige code</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="74"/>
        <source>Enrolled as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="86"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="117"/>
        <source>Confirmed. Waiting signals now go to the CJG.</source>
        <translation>Bevestigd. Wachtende signalen gaan nu naar het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="122"/>
        <source>The enrollment is forgotten on this laptop. Ask the CJG to revoke it and for a new one-time code with the right details.</source>
        <translation>De aanmelding is op deze laptop vergeten. Vraag het CJG haar in te trekken en om een nieuwe eenmalige code met de juiste gegevens.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="130"/>
        <source>Connection profile from the CJG</source>
        <translation>Verbindingsprofiel van het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="137"/>
        <source>The file could not be read as text.</source>
        <translation>Het bestand kon niet als tekst gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="142"/>
        <source>{municipality} — {server}
Fingerprint {fingerprint}: compare it with the one the CJG gave you (on paper or by phone) before you connect.</source>
        <translation>{municipality} — {server}
Vingerafdruk {fingerprint}: vergelijk die met de vingerafdruk die het CJG u gaf (op papier of telefonisch) voordat u verbindt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="147"/>
        <source>Now enter the one-time code and choose Connect.</source>
        <translation>Vul nu de eenmalige code in en kies Verbinden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="154"/>
        <source>Import the connection profile first.</source>
        <translation>Importeer eerst het verbindingsprofiel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="157"/>
        <source>Enter the one-time code the CJG gave you.</source>
        <translation>Vul de eenmalige code in die u van het CJG kreeg.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="160"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/cjg_connection.py" line="167"/>
        <source>Connected with {municipality}. Check below who the CJG enrolled you as.</source>
        <translation>Verbonden met {municipality}. Controleer hieronder als wie het CJG u heeft aangemeld.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="44"/>
        <source>Demo: {families} families, {members} members, {visits} visits, {notes} notes (fictional).</source>
        <translation>Demo: {families} gezinnen, {members} gezinsleden, {visits} huisbezoeken, {notes} notities (fictief).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="49"/>
        <source>{n} fictional consented signals are waiting in the outbox.</source>
        <translation>{n} fictieve signalen met toestemming wachten in de outbox.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="63"/>
        <source>No notes found.</source>
        <translation>Geen notities gevonden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/prompt.py" line="27"/>
        <source>No passphrase: run this in a terminal, or set STAP0_PASSPHRASE for scripts.</source>
        <translation>Geen wachtwoordzin: start dit in een terminal, of zet STAP0_PASSPHRASE voor scripts.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/prompt.py" line="34"/>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/prompt.py" line="42"/>
        <source>New passphrase (at least 12 characters): </source>
        <translation>Nieuwe wachtwoordzin (minstens 12 tekens): </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/prompt.py" line="43"/>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/prompt.py" line="46"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De twee wachtwoordzinnen zijn verschillend. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="31"/>
        <source>Recovered: the vault now opens with the new passphrase.</source>
        <translation>Hersteld: de kluis opent nu met de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="36"/>
        <source>Backup restored in {folder}.</source>
        <translation>Back-up teruggezet in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="38"/>
        <source>The vault that was there is kept in {folder}.</source>
        <translation>De kluis die er stond, is bewaard in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="48"/>
        <source>Public key (give to every laptop): {path}</source>
        <translation>Publieke sleutel (voor elke laptop): {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="49"/>
        <source>Private key (keep offline, owner only): {path}</source>
        <translation>Privésleutel (offline bewaren, alleen voor de eigenaar): {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="63"/>
        <source>Leftover temporary files of interrupted backups, restores or key changes removed at this open: {n}.</source>
        <translation>Achtergebleven tijdelijke bestanden van onderbroken back-ups, herstelacties of sleutelwijzigingen bij dit openen verwijderd: {n}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="68"/>
        <source>Vault OK: pages authenticated, integrity ok, access log intact ({rows} entries).</source>
        <translation>Kluis in orde: pagina&apos;s gecontroleerd, integriteit in orde, toegangslog intact ({rows} regels).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="71"/>
        <source>The vault is damaged. Restore a backup or contact support.</source>
        <translation>De kluis is beschadigd. Zet een back-up terug of neem contact op met de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="73"/>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="81"/>
        <source>Access log: entry {seq} was changed or removed.</source>
        <translation>Toegangslog: regel {seq} is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="79"/>
        <source>Access log intact: {rows} entries.</source>
        <translation>Toegangslog intact: {rows} regels.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="87"/>
        <source>Passphrase changed.</source>
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="91"/>
        <source>Recovery key set.</source>
        <translation>Herstelsleutel ingesteld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="95"/>
        <source>Encrypted backup written to {path}.</source>
        <translation>Versleutelde back-up geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="113"/>
        <source>Vault created in {folder}.</source>
        <translation>Kluis aangemaakt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="114"/>
        <source>Key derivation: Argon2id, {mib} MiB, {iterations} passes.</source>
        <translation>Sleutelafleiding: Argon2id, {mib} MiB, {iterations} rondes.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="117"/>
        <source>No recovery key: a forgotten passphrase cannot be recovered.</source>
        <translation>Geen herstelsleutel: een vergeten wachtwoordzin kan niet worden hersteld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/checklist_commands.py" line="20"/>
        <source>{n} problems found; those files are not used.</source>
        <translation>{n} problemen gevonden; die bestanden worden niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/checklist_commands.py" line="23"/>
        <source>{n} checklist definitions are valid.</source>
        <translation>{n} signaleringslijsten zijn in orde.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="29"/>
        <source>The CJG&apos;s fingerprint: {fingerprint} — compare it with the one the CJG gave you.</source>
        <translation>Vingerafdruk van het CJG: {fingerprint} — vergelijk die met de vingerafdruk die het CJG u gaf.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="33"/>
        <source>Enrolled with {municipality} as {name} ({org}).</source>
        <translation>Aangemeld bij {municipality} als {name} ({org}).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="36"/>
        <source>At a match, another professional sees: {who}.</source>
        <translation>Bij een match ziet een andere professional: {who}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="38"/>
        <source>Check this. If it is right: stap0 cjg confirm. If not: stap0 cjg forget, and ask the CJG for a new code with the right details. Nothing is sent before you confirm.</source>
        <translation>Controleer dit. Klopt het: stap0 cjg confirm. Zo niet: stap0 cjg forget, en vraag het CJG om een nieuwe code met de juiste gegevens. Er gaat niets weg voordat u bevestigt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="48"/>
        <source>Not synchronised: {reason}</source>
        <translation>Niet gesynchroniseerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="51"/>
        <source>Sent {sent}, received by the CJG {received}, refused {refused}, withdrawn {withdrawn}, still waiting {waiting}; match notices {notices}.</source>
        <translation>Verstuurd {sent}, ontvangen door het CJG {received}, geweigerd {refused}, ingetrokken {withdrawn}, wacht nog {waiting}; matchberichten {notices}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="57"/>
        <source>Handovers: sent {sent}, arrived {arrived} (&apos;stap0 handover list&apos;).</source>
        <translation>Overdrachten: verstuurd {sent}, binnengekomen {arrived} (&apos;stap0 handover list&apos;).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="61"/>
        <source>A new sociale kaart from the CJG: version {version}.</source>
        <translation>Een nieuwe sociale kaart van het CJG: versie {version}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="68"/>
        <source>{n} answers from the CJG had a receipt that does not verify; those signals are sent again next time.</source>
        <translation>{n} antwoorden van het CJG hadden een ontvangstbevestiging die niet klopt; die signalen worden de volgende keer opnieuw verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="82"/>
        <source>This laptop&apos;s enrollment is forgotten. Ask the CJG to revoke device {device} and for a new code.</source>
        <translation>De aanmelding van deze laptop is vergeten. Vraag het CJG apparaat {device} in te trekken en om een nieuwe code.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/sync_commands.py" line="89"/>
        <source>Confirmed: signals from this laptop go to the CJG as {who}.</source>
        <translation>Bevestigd: signalen van deze laptop gaan naar het CJG als {who}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="34"/>
        <source>{file}: {problem} Nothing was imported.</source>
        <translation>{file}: {problem} Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="39"/>
        <source>line {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="45"/>
        <source>{good} good rows, {bad} bad rows.</source>
        <translation>{good} goede rijen, {bad} foute rijen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="50"/>
        <source>Nothing was imported: mend the bad rows, or import the good rows with --good-rows.</source>
        <translation>Er is niets geïmporteerd: herstel de foute rijen, of importeer de goede rijen met --good-rows.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="55"/>
        <source>Imported: {added} new, {changed} changed, {same} unchanged.</source>
        <translation>Geïmporteerd: {added} nieuw, {changed} gewijzigd, {same} ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="66"/>
        <source>The age must be between 0 and 120.</source>
        <translation>De leeftijd moet tussen 0 en 120 liggen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/kaart_commands.py" line="79"/>
        <source>No offers found.</source>
        <translation>Geen aanbod gevonden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/demo/vault.py" line="44"/>
        <source>--demo-cjg needs the reference CJG server, which this installation does not include ({module}).</source>
        <translation>--demo-cjg heeft de referentieserver van het CJG nodig, en die hoort niet bij deze installatie ({module}).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/usage.py" line="14"/>
        <source>{option} must be a whole number from {low} to {high}; nothing was done.</source>
        <translation>{option} moet een heel getal van {low} tot en met {high} zijn; er is niets gedaan.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="26"/>
        <source>No handover with id {id} arrived here; &apos;stap0 handover list&apos; shows them.</source>
        <translation>Er is hier geen overdracht met id {id} binnengekomen; &apos;stap0 handover list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="31"/>
        <source>Imported as family {id}; the sender is told at the next sync.</source>
        <translation>Opgenomen als gezin {id}; de afzender hoort het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="35"/>
        <source>Declined; the sender is told at the next sync.</source>
        <translation>Geweigerd; de afzender hoort het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="38"/>
        <source>Warm contact recorded; the sender is told at the next sync.</source>
        <translation>Warm contact vastgelegd; de afzender hoort het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="46"/>
        <source>No handover with id {id} was sent from here; &apos;stap0 handover list&apos; shows them.</source>
        <translation>Vanaf hier is geen overdracht met id {id} verstuurd; &apos;stap0 handover list&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="50"/>
        <source>Withdrawn already.</source>
        <translation>Al ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="54"/>
        <source>Too late: the receiver has answered (or it expired or was refused); &apos;stap0 handover list&apos; shows how.</source>
        <translation>Te laat: de ontvanger heeft geantwoord (of de overdracht is verlopen of geweigerd); &apos;stap0 handover list&apos; toont hoe.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="57"/>
        <source>Withdrawn; the CJG deletes it at the next sync.</source>
        <translation>Ingetrokken; het CJG verwijdert het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="58"/>
        <source>Withdrawn; it had not left.</source>
        <translation>Ingetrokken; het was nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/handover_commands.py" line="65"/>
        <source>(does not verify)</source>
        <translation>(klopt niet)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="52"/>
        <source>unborn child (expected {date})</source>
        <translation>ongeboren kind (verwacht {date})</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="53"/>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="54"/>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="55"/>
        <source>adult client</source>
        <translation>volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="65"/>
        <source>Consent to share the worry with the CJG</source>
        <translation>Toestemming om de zorg te delen met het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="72"/>
        <source>The parents give consent</source>
        <translation>De ouders geven toestemming</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="73"/>
        <source>Another legal basis (without consent)</source>
        <translation>Een andere grondslag (zonder toestemming)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="83"/>
        <source>Whose data</source>
        <translation>Over wie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="98"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="100"/>
        <source>Consent given by</source>
        <translation>Toestemming gegeven door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="104"/>
        <source>parent with authority</source>
        <translation>ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="105"/>
        <source>guardian</source>
        <translation>voogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="106"/>
        <source>the client themself (16 or older)</source>
        <translation>de cliënt zelf (16 jaar of ouder)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="110"/>
        <source>spoken (recorded by me)</source>
        <translation>mondeling (door mij vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="111"/>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="114"/>
        <source>The text shown to the parents</source>
        <translation>De tekst die de ouders te zien krijgen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="117"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="118"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="119"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="120"/>
        <source>Let the parents read this text:</source>
        <translation>Laat de ouders deze tekst lezen:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="123"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="126"/>
        <source>Statutory task (AVG art. 6(1)(e))</source>
        <translation>Wettelijke taak (AVG art. 6 lid 1 sub e)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="127"/>
        <source>Meldrecht (Wmo 2015 art. 5.2.6)</source>
        <translation>Meldrecht (Wmo 2015 art. 5.2.6)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="128"/>
        <source>Vital interest (AVG art. 6(1)(d))</source>
        <translation>Vitaal belang (AVG art. 6 lid 1 sub d)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="132"/>
        <source>Why this basis applies</source>
        <translation>Waarom deze grondslag geldt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="133"/>
        <source>Why does this basis apply, and why is there no consent?</source>
        <translation>Waarom geldt deze grondslag, en waarom is er geen toestemming?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="138"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="139"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="148"/>
        <source>Recipient: &lt;b&gt;{recipient}&lt;/b&gt;</source>
        <translation>Ontvanger: &lt;b&gt;{recipient}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="151"/>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="209"/>
        <source>Choose whose data the consent is about.</source>
        <translation>Kies over wie de toestemming gaat.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="218"/>
        <source>Enter who gave consent.</source>
        <translation>Vul in wie de toestemming gaf.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/consent_dialog.py" line="222"/>
        <source>A legal basis needs a written reason.</source>
        <translation>Een grondslag vraagt een geschreven reden.</translation>
    </message>
</context>
<context>
    <name>ConsentPrint</name>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="19"/>
        <source>parent with authority</source>
        <translation>ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="20"/>
        <source>guardian</source>
        <translation>voogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="21"/>
        <source>the client themself</source>
        <translation>de cliënt zelf</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="26"/>
        <source>spoken</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="27"/>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="39"/>
        <source>Sharing a worry with the CJG</source>
        <translation>Een zorg delen met het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="43"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="44"/>
        <source>Recorded on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="45"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="46"/>
        <source>Valid until</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="48"/>
        <source>Consent given by</source>
        <translation>Toestemming gegeven door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="49"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="50"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="51"/>
        <source>Text version</source>
        <translation>Versie van de tekst</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="54"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="56"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="58"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="62"/>
        <source>What is shared with the CJG</source>
        <translation>Wat gedeeld wordt met het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="65"/>
        <source>No signal has been prepared yet.</source>
        <translation>Er is nog geen signaal klaargezet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/consent_print.py" line="68"/>
        <source>Status: {state}</source>
        <translation>Status: {state}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="31"/>
        <source>Contact made — {name}</source>
        <translation>Contact gelegd — {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="36"/>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="39"/>
        <source>Contact made on</source>
        <translation>Contact gelegd op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="37"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="41"/>
        <source>Only the date goes to the CJG; it tells {name} and you both see it.</source>
        <translation>Alleen de datum gaat naar het CJG; dat laat het {name} weten en u ziet het allebei.</translation>
    </message>
</context>
<context>
    <name>DemoSplash</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/app_main.py" line="82"/>
        <source>Preparing the demo: {n} fictional families…</source>
        <translation>De demo wordt klaargezet: {n} fictieve gezinnen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/demo_splash.py" line="44"/>
        <source>Demo with fictional families — nothing in it is real.</source>
        <translation>Demo met fictieve gezinnen — niets hierin is echt.</translation>
    </message>
</context>
<context>
    <name>EraseFamilyDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/erase_dialog.py" line="15"/>
        <source>Erase {family}</source>
        <translation>{family} wissen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/erase_dialog.py" line="18"/>
        <source>&lt;p&gt;The parents asked for their data to be erased (AVG article 17). Everything of &lt;b&gt;{family}&lt;/b&gt; is removed from this laptop: members, visits, notes, checklists, the plan, consent and signals. Signals the CJG holds are withdrawn at the next sync.&lt;/p&gt;&lt;p&gt;What stays: the access log (who opened which file when), as NEN 7513 requires. Backups made before today still hold the family until they are replaced.&lt;/p&gt;&lt;p&gt;This cannot be undone. Type the family&apos;s name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De ouders hebben gevraagd hun gegevens te wissen (AVG artikel 17). Alles van &lt;b&gt;{family}&lt;/b&gt; verdwijnt van deze laptop: gezinsleden, huisbezoeken, notities, signaleringslijsten, het plan, toestemming en signalen. Signalen die het CJG heeft, worden bij de volgende synchronisatie ingetrokken.&lt;/p&gt;&lt;p&gt;Wat blijft: het toegangslogboek (wie welk dossier wanneer opende), zoals NEN 7513 vereist. Back-ups van vóór vandaag bevatten het gezin nog tot ze vervangen zijn.&lt;/p&gt;&lt;p&gt;Dit kan niet ongedaan worden gemaakt. Typ de naam van het gezin om te bevestigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/erase_dialog.py" line="28"/>
        <source>The family&apos;s name, to confirm</source>
        <translation>De naam van het gezin, ter bevestiging</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/erase_dialog.py" line="30"/>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/erase_dialog.py" line="32"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/erase_dialog.py" line="36"/>
        <source>Type the family&apos;s name exactly as shown to erase it.</source>
        <translation>Typ de naam van het gezin precies zoals getoond om het te wissen.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/error_hook.py" line="22"/>
        <source>Stap 0 ran into an unexpected error. What you entered is kept as you go; if something looks wrong, lock Stap 0 (Ctrl+L) and unlock it again. The error was written to the local error log, without any family&apos;s data: {path}</source>
        <translation>Stap 0 liep tegen een onverwachte fout aan. Wat u invoerde, wordt steeds bewaard; ziet iets er niet goed uit, vergrendel Stap 0 dan (Ctrl+L) en ontgrendel opnieuw. De fout staat in het lokale foutenlogboek, zonder gegevens van een gezin: {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/error_hook.py" line="31"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="17"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>De wachtwoordzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="19"/>
        <source>The CJG revoked this laptop ({when}): the passphrase no longer opens this vault. Your organisation&apos;s recovery key still does — ask your organisation&apos;s IT or privacy officer (stap0 vault recover).</source>
        <translation>Het CJG heeft deze laptop ingetrokken ({when}): de wachtwoordzin opent deze kluis niet meer. De herstelsleutel van uw organisatie nog wel — vraag het aan de IT-afdeling of de privacyfunctionaris van uw organisatie (stap0 vault recover).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="25"/>
        <source>Too many wrong passphrases for this vault: wait {seconds} seconds before the next try. Each wrong try makes the wait longer, in the window and on the command line.</source>
        <translation>Te vaak een verkeerde wachtwoordzin voor deze kluis: wacht {seconds} seconden voor de volgende poging. Elke verkeerde poging maakt het wachten langer, in het venster en op de opdrachtregel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="30"/>
        <source>The passphrase is too short: use at least {minimum} characters. A long sentence you can remember is safer than a short complicated word.</source>
        <translation>De wachtwoordzin is te kort: gebruik minstens {minimum} tekens. Een lange zin die u kunt onthouden is veiliger dan een kort, ingewikkeld woord.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="36"/>
        <source>This data folder is already open in another Stap 0 (process {pid}). Close that one first.</source>
        <translation>Deze gegevensmap is al geopend in een andere Stap 0 (proces {pid}). Sluit die eerst.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="42"/>
        <source>There is no vault in {folder}. Create one with &apos;stap0 vault init&apos;.</source>
        <translation>Er staat geen kluis in {folder}. Maak er een aan met &apos;stap0 vault init&apos;.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="46"/>
        <source>There is already a vault in {folder}; it was left untouched.</source>
        <translation>Er staat al een kluis in {folder}; die is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="50"/>
        <source>The key file {path} is missing, so the vault cannot be opened. Restore it from a backup, or ask your organisation for recovery.</source>
        <translation>Het sleutelbestand {path} ontbreekt, dus de kluis kan niet open. Zet het terug uit een back-up, of vraag uw organisatie om herstel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="56"/>
        <source>The key file {path} is damaged (field &apos;{field}&apos;). The vault was not changed. Restore the file from a backup, or ask your organisation for recovery.</source>
        <translation>Het sleutelbestand {path} is beschadigd (veld &apos;{field}&apos;). De kluis is niet gewijzigd. Zet het bestand terug uit een back-up, of vraag uw organisatie om herstel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="62"/>
        <source>The database file cannot be read with this vault&apos;s key: it is not a Stap 0 vault, belongs to another vault, or is damaged. Nothing was written to it.</source>
        <translation>Het databasebestand is niet te lezen met de sleutel van deze kluis: het is geen Stap 0-kluis, hoort bij een andere kluis of is beschadigd. Er is niets naar geschreven.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="68"/>
        <source>The vault is damaged: a part of it failed its security check. To protect what is left, nothing more is written. Restore a backup or contact support.</source>
        <translation>De kluis is beschadigd: een deel ervan komt niet door de beveiligingscontrole. Om de rest te beschermen wordt er niets meer weggeschreven. Zet een back-up terug of neem contact op met de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="74"/>
        <source>This vault was made by a newer version of Stap 0 (schema {found}; this version knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Stap 0 (schema {found}; deze versie kent tot en met {known}). Installeer de nieuwere versie; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="80"/>
        <source>The disk is full. The last change was not saved; everything saved before it is intact. Free some space and try again.</source>
        <translation>De schijf is vol. De laatste wijziging is niet opgeslagen; alles wat daarvoor was opgeslagen is intact. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="86"/>
        <source>The disk reported an error while saving. Everything saved before is intact.</source>
        <translation>De schijf meldde een fout bij het opslaan. Alles wat eerder was opgeslagen is intact.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="90"/>
        <source>The recovery key file {path} cannot be used (field &apos;{field}&apos;).</source>
        <translation>Het herstelsleutelbestand {path} is niet bruikbaar (veld &apos;{field}&apos;).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="94"/>
        <source>This vault was made without an organisation recovery key, so it cannot be recovered that way.</source>
        <translation>Deze kluis is gemaakt zonder herstelsleutel van de organisatie en kan dus niet op die manier worden hersteld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="100"/>
        <source>This recovery key does not belong to this vault. Nothing was changed.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="104"/>
        <source>{path}: {reason} Nothing was changed.</source>
        <translation>{path}: {reason} Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="107"/>
        <source>{path} is inside the vault&apos;s own data folder. Keep backups, exports and key files outside it (a copy there could replace the vault itself). Nothing was written.</source>
        <translation>{path} ligt in de eigen gegevensmap van de kluis. Bewaar back-ups, exports en sleutelbestanden daarbuiten (een kopie daar kan de kluis zelf vervangen). Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="114"/>
        <source>A restore or a new vault was interrupted, and its journal {path} is damaged, so Stap 0 cannot tell which vault is current. Nothing was changed; contact support.</source>
        <translation>Een herstelactie of een nieuwe kluis is onderbroken en het logboek daarvan ({path}) is beschadigd, zodat Stap 0 niet weet welke kluis de actuele is. Er is niets veranderd; neem contact op met de ondersteuning.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="123"/>
        <source>This item no longer exists; it may have been deleted.</source>
        <translation>Dit onderdeel bestaat niet meer; het is misschien verwijderd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="127"/>
        <source>There is no valid consent or legal basis for this signal (withdrawn or expired). Nothing was queued.</source>
        <translation>Er is geen geldige toestemming of grondslag voor dit signaal (ingetrokken of verlopen). Er is niets klaargezet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="130"/>
        <source>This signal belongs to another consent record.</source>
        <translation>Dit signaal hoort bij een andere toestemming.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="133"/>
        <source>That link is not possible: both people must belong to the same family.</source>
        <translation>Die koppeling kan niet: beide personen moeten bij hetzelfde gezin horen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="137"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>De kluis is vergrendeld. Ontgrendel hem om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="138"/>
        <source>The vault reported a problem ({code}).</source>
        <translation>De kluis meldde een probleem ({code}).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="146"/>
        <source>This BSN is not valid: it fails the eleven test (elfproef).</source>
        <translation>Dit BSN is niet geldig: het voldoet niet aan de elfproef.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="148"/>
        <source>A birth date cannot be in the future.</source>
        <translation>Een geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="150"/>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="152"/>
        <source>An unborn child needs an expected date of birth.</source>
        <translation>Een ongeboren kind heeft een uitgerekende datum nodig.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="154"/>
        <source>An unborn child has no BSN yet.</source>
        <translation>Een ongeboren kind heeft nog geen BSN.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="156"/>
        <source>The field &apos;{field}&apos; is not valid.</source>
        <translation>Het veld &apos;{field}&apos; is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="162"/>
        <source>No CJG connection yet: import the connection profile the CJG gave you (Settings).</source>
        <translation>Nog geen verbinding met het CJG: importeer het verbindingsprofiel dat u van het CJG kreeg (Instellingen).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="164"/>
        <source>This file is not a valid CJG connection profile. Ask the CJG for a new one.</source>
        <translation>Dit bestand is geen geldig verbindingsprofiel van het CJG. Vraag het CJG om een nieuw profiel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="166"/>
        <source>This laptop is not enrolled with the CJG: enter the one-time code (Settings).</source>
        <translation>Deze laptop is nog niet aangemeld bij het CJG: vul de eenmalige code in (Instellingen).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="168"/>
        <source>The CJG did not accept this one-time code.</source>
        <translation>Het CJG heeft deze eenmalige code niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="169"/>
        <source>The CJG does not know this one-time code. Check it, or ask the CJG for a new one.</source>
        <translation>Het CJG kent deze eenmalige code niet. Controleer haar, of vraag het CJG om een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="171"/>
        <source>This one-time code has been used already. Ask the CJG for a new one.</source>
        <translation>Deze eenmalige code is al gebruikt. Vraag het CJG om een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="173"/>
        <source>This one-time code has expired (a code is valid for two weeks). Ask the CJG for a new one.</source>
        <translation>Deze eenmalige code is verlopen (een code is twee weken geldig). Vraag het CJG om een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="175"/>
        <source>The CJG says this laptop is revoked, without its signature: nothing was changed here. Contact the CJG.</source>
        <translation>Het CJG meldt dat deze laptop is ingetrokken, maar zonder zijn handtekening: hier is niets veranderd. Neem contact op met het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="177"/>
        <source>The CJG&apos;s lease for this laptop was not signed with the CJG&apos;s key, so it was not taken. Contact the CJG; the rest of the round went on.</source>
        <translation>De vergunning van het CJG voor deze laptop was niet ondertekend met de sleutel van het CJG en is dus niet overgenomen. Neem contact op met het CJG; de rest van de ronde ging gewoon door.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="180"/>
        <source>The CJG has revoked this laptop. Its enrollment is gone, and once locked the vault opens only with your organisation&apos;s recovery key, no longer with your passphrase. Contact your organisation.</source>
        <translation>Het CJG heeft deze laptop ingetrokken. De aanmelding is verwijderd en na het vergrendelen opent de kluis alleen nog met de herstelsleutel van uw organisatie, niet meer met uw wachtwoordzin. Neem contact op met uw organisatie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="185"/>
        <source>Confirm first who the CJG enrolled you as (Settings, Connection to the CJG); nothing is sent before.</source>
        <translation>Bevestig eerst als wie het CJG u heeft aangemeld (Instellingen, Verbinding met het CJG); eerder gaat er niets weg.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="188"/>
        <source>The CJG cannot be reached. Signals wait safely until there is a connection.</source>
        <translation>Het CJG is niet bereikbaar. Signalen wachten veilig tot er verbinding is.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="190"/>
        <source>The CJG did not answer in time. It is tried again later.</source>
        <translation>Het CJG antwoordde niet op tijd. Het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="192"/>
        <source>The connection broke off during sending. It is tried again; nothing is sent twice.</source>
        <translation>De verbinding viel weg tijdens het versturen. Het wordt opnieuw geprobeerd; niets wordt twee keer verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="194"/>
        <source>The CJG server has a problem. It is tried again later.</source>
        <translation>De server van het CJG heeft een probleem. Het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="196"/>
        <source>The CJG asks to wait a moment. It is tried again later.</source>
        <translation>Het CJG vraagt even te wachten. Het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="198"/>
        <source>The clock of this laptop is off by more than five minutes; the CJG refuses the request. Set the time.</source>
        <translation>De klok van deze laptop loopt meer dan vijf minuten verkeerd; het CJG weigert het verzoek. Zet de tijd goed.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="200"/>
        <source>This laptop has reached today&apos;s limit of people it may look up at the pseudonymisation service. The signals wait and go tomorrow by themselves.</source>
        <translation>Deze laptop heeft de limiet voor vandaag bereikt van het aantal personen dat hij bij de pseudonimiseringsdienst mag opvragen. De signalen wachten en gaan morgen vanzelf.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="204"/>
        <source>The pseudonymisation service has reached its limit for today. The signals wait and go later by themselves.</source>
        <translation>De pseudonimiseringsdienst heeft de limiet voor vandaag bereikt. De signalen wachten en gaan later vanzelf.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="207"/>
        <source>The pseudonymisation service answered with another key than the one in your connection profile. Nothing was sent; tell the CJG.</source>
        <translation>De pseudonimiseringsdienst antwoordde met een andere sleutel dan die in uw verbindingsprofiel. Er is niets verstuurd; meld het aan het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="211"/>
        <source>The pseudonymisation service does not accept this laptop&apos;s certificate from the CJG. It is renewed at the next sync.</source>
        <translation>De pseudonimiseringsdienst accepteert het certificaat van het CJG voor deze laptop niet. Het wordt bij de volgende synchronisatie vernieuwd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="214"/>
        <source>The connection profile names no pseudonymisation service. Ask the CJG for a new profile.</source>
        <translation>Het verbindingsprofiel noemt geen pseudonimiseringsdienst. Vraag het CJG om een nieuw profiel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="217"/>
        <source>The server is not the CJG of your connection profile (its certificate does not match). Nothing was sent.</source>
        <translation>De server is niet het CJG uit uw verbindingsprofiel (het certificaat klopt niet). Er is niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="220"/>
        <source>The CJG gave an answer that cannot be read. It is tried again later.</source>
        <translation>Het CJG gaf een antwoord dat niet te lezen is. Het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="222"/>
        <source>A receipt from the CJG does not verify; those signals are not counted as received and are sent again.</source>
        <translation>Een ontvangstbevestiging van het CJG klopt niet; die signalen tellen niet als ontvangen en worden opnieuw verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="225"/>
        <source>A match notice did not come from your CJG (its signature does not verify) and was not shown. Do not act on contact details from elsewhere; tell the CJG.</source>
        <translation>Een matchbericht kwam niet van uw CJG (de handtekening klopt niet) en is niet getoond. Gebruik geen contactgegevens van elders; meld het bij het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="229"/>
        <source>The CJG offered a new connection profile that is not signed by the key you have; it was not taken. Tell the CJG.</source>
        <translation>Het CJG bood een nieuw verbindingsprofiel aan dat niet is ondertekend met de sleutel die u hebt; het is niet overgenomen. Meld het bij het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="232"/>
        <source>The CJG refused a withdrawal: that signal was not sent from this laptop.</source>
        <translation>Het CJG weigerde een intrekking: dat signaal is niet vanaf deze laptop verstuurd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="234"/>
        <source>Synchronisation failed on an unexpected error in Stap 0; it is tried again later. The error is in the local error log (without any family&apos;s data).</source>
        <translation>Synchroniseren mislukte door een onverwachte fout in Stap 0; het wordt later opnieuw geprobeerd. De fout staat in het lokale foutenlogboek (zonder gegevens van een gezin).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="241"/>
        <source>Synchronisation failed ({code}).</source>
        <translation>Synchroniseren is mislukt ({code}).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="246"/>
        <source>Nothing was restored and the current vault is untouched.</source>
        <translation>Er is niets teruggezet en de huidige kluis is onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="248"/>
        <source>{path} is not a Stap 0 backup.</source>
        <translation>{path} is geen back-up van Stap 0.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="250"/>
        <source>The backup {path} is damaged: its header does not match its checksum. Use another backup.</source>
        <translation>De back-up {path} is beschadigd: de kop klopt niet met de controlesom. Gebruik een andere back-up.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="254"/>
        <source>it ends too early</source>
        <translation>het bestand houdt te vroeg op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="255"/>
        <source>its contents do not match their checksum</source>
        <translation>de inhoud klopt niet met de controlesom</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="256"/>
        <source>its database part does not open</source>
        <translation>het databasedeel gaat niet open</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="257"/>
        <source>its database fails the integrity check</source>
        <translation>de database doorstaat de integriteitscontrole niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="259"/>
        <source>The backup {path} is incomplete or damaged: {detail}.</source>
        <translation>De back-up {path} is onvolledig of beschadigd: {detail}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="267"/>
        <source>there is no such file or folder.</source>
        <translation>dit bestand of deze map bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="268"/>
        <source>the folder it should go in does not exist.</source>
        <translation>de map waarin het moet komen bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="269"/>
        <source>this is a folder, not a file.</source>
        <translation>dit is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="270"/>
        <source>a part of this path is a file, not a folder.</source>
        <translation>een deel van dit pad is een bestand, geen map.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="271"/>
        <source>you have no permission for this file or folder.</source>
        <translation>u hebt geen toestemming voor dit bestand of deze map.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="272"/>
        <source>the disk or folder is read-only.</source>
        <translation>de schijf of map is alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="273"/>
        <source>the path is a symbolic link that loops.</source>
        <translation>het pad is een symbolische koppeling die in een kring verwijst.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="274"/>
        <source>a file with this name already exists; it was left as it was.</source>
        <translation>er bestaat al een bestand met deze naam; het is gelaten zoals het was.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="276"/>
        <source>this is not an ordinary file (a device, a pipe or a socket).</source>
        <translation>dit is geen gewoon bestand (maar een apparaat, pipe of socket).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="278"/>
        <source>the file is larger than Stap 0 accepts here.</source>
        <translation>het bestand is groter dan Stap 0 hier accepteert.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="279"/>
        <source>the name is too long.</source>
        <translation>de naam is te lang.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="281"/>
        <source>the disk reported an error.</source>
        <translation>de schijf meldde een fout.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="288"/>
        <source>A restore was interrupted last time; it has now been completed. The vault that was there before is kept in a &apos;replaced-…&apos; folder.</source>
        <translation>Een herstelactie is de vorige keer onderbroken en is nu afgemaakt. De kluis die er eerder stond, is bewaard in een map &apos;replaced-…&apos;.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="292"/>
        <source>Creating this vault was interrupted last time; it has now been completed.</source>
        <translation>Het aanmaken van deze kluis is de vorige keer onderbroken en is nu afgemaakt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="295"/>
        <source>Leftover temporary files of an interrupted backup or restore removed: {n}.</source>
        <translation>Achtergebleven tijdelijke bestanden van een onderbroken back-up of herstelactie verwijderd: {n}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="306"/>
        <source>{problem} It says: “{value}”.</source>
        <translation>{problem} Er staat: “{value}”.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="312"/>
        <source>The column &apos;{column}&apos; is missing.</source>
        <translation>De kolom &apos;{column}&apos; ontbreekt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="315"/>
        <source>Line {line} holds a character that is not UTF-8 (the rest of the file is). Save the file again as UTF-8.</source>
        <translation>Regel {line} bevat een teken dat geen UTF-8 is (de rest van het bestand wel). Sla het bestand opnieuw op als UTF-8.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="319"/>
        <source>From line {line} on, a quote (&quot;) is opened and never closed, or a cell is far too long.</source>
        <translation>Vanaf regel {line} wordt een aanhalingsteken (&quot;) geopend en nooit gesloten, of is een cel veel te lang.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="323"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="324"/>
        <source>This is not a text file (CSV or JSON).</source>
        <translation>Dit is geen tekstbestand (CSV of JSON).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="325"/>
        <source>The file could not be read.</source>
        <translation>Het bestand kon niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="326"/>
        <source>The file is larger than 20 MB.</source>
        <translation>Het bestand is groter dan 20 MB.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="327"/>
        <source>The file does not exist.</source>
        <translation>Het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="328"/>
        <source>This is a folder, not a file.</source>
        <translation>Dit is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="329"/>
        <source>This is not an ordinary file (a device or a pipe, for example).</source>
        <translation>Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="331"/>
        <source>You have no permission to read this file.</source>
        <translation>U hebt geen toestemming om dit bestand te lezen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="332"/>
        <source>This JSON is not a list of kaart entries.</source>
        <translation>Deze JSON is geen lijst met items van de sociale kaart.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="333"/>
        <source>This entry is not an object with fields.</source>
        <translation>Dit item is geen object met velden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="334"/>
        <source>Unknown column (ignored).</source>
        <translation>Onbekende kolom (genegeerd).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="335"/>
        <source>This row has more cells than the header.</source>
        <translation>Deze rij heeft meer cellen dan de kopregel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="336"/>
        <source>A required field is empty.</source>
        <translation>Een verplicht veld is leeg.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="337"/>
        <source>This phone number cannot be right.</source>
        <translation>Dit telefoonnummer kan niet kloppen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="338"/>
        <source>This e-mail address cannot be right.</source>
        <translation>Dit e-mailadres kan niet kloppen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="339"/>
        <source>This must be a whole number of years.</source>
        <translation>Dit moet een heel aantal jaren zijn.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="340"/>
        <source>The age range ends before it starts.</source>
        <translation>De leeftijdsgrens eindigt voordat zij begint.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="341"/>
        <source>This must be &apos;ja&apos; or &apos;nee&apos;.</source>
        <translation>Dit moet &apos;ja&apos; of &apos;nee&apos; zijn.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="342"/>
        <source>This is not a date (dd-mm-jjjj).</source>
        <translation>Dit is geen datum (dd-mm-jjjj).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="343"/>
        <source>A domain that no checklist knows.</source>
        <translation>Een leefgebied dat geen signaleringslijst kent.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="344"/>
        <source>The same entry appears twice in the file.</source>
        <translation>Hetzelfde item staat twee keer in het bestand.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="345"/>
        <source>The kaart from the CJG does not carry a valid signature; it was refused and the old kaart kept.</source>
        <translation>De sociale kaart van het CJG draagt geen geldige handtekening; zij is geweigerd en de oude kaart is bewaard.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="355"/>
        <source>this laptop named more people today than the CJG allows in a day; the CJG has been alerted. Contact the CJG.</source>
        <translation>deze laptop noemde vandaag meer personen dan het CJG op één dag toestaat; het CJG is gewaarschuwd. Neem contact op met het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="358"/>
        <source>the CJG could not read this signal</source>
        <translation>het CJG kon dit signaal niet lezen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="359"/>
        <source>the CJG already holds another signal with this id</source>
        <translation>het CJG heeft al een ander signaal met dit kenmerk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="360"/>
        <source>it was sealed for another CJG key</source>
        <translation>het is versleuteld voor een andere sleutel van het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="361"/>
        <source>the CJG does not accept this encryption</source>
        <translation>het CJG accepteert deze versleuteling niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="362"/>
        <source>the match has ended: one of its signals was withdrawn or expired</source>
        <translation>de match is beëindigd: een van de signalen is ingetrokken of verlopen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="364"/>
        <source>the proposal was answered or replaced meanwhile</source>
        <translation>het voorstel is intussen beantwoord of vervangen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="366"/>
        <source>the CJG does not know this match</source>
        <translation>het CJG kent deze match niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="373"/>
        <source>This is no longer stap 0: with an acute sign or a suspicion of abuse, follow the Meldcode instead of sending a preventive signal.</source>
        <translation>Dit is geen stap 0 meer: bij een acuut signaal of een vermoeden van mishandeling volgt u de Meldcode in plaats van een preventief signaal te sturen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="376"/>
        <source>A signal needs your judgement &apos;raised&apos; or &apos;high&apos; on the checklist first.</source>
        <translation>Een signaal vraagt eerst uw inschatting &apos;verhoogd&apos; of &apos;hoog&apos; op de signaleringslijst.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="378"/>
        <source>Choose at least one domain the worry is about.</source>
        <translation>Kies minstens één leefgebied waar de zorg over gaat.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="380"/>
        <source>That domain is not part of this checklist.</source>
        <translation>Dat leefgebied hoort niet bij deze signaleringslijst.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="381"/>
        <source>Choose at least one family member the signal is about (covered by the consent).</source>
        <translation>Kies minstens één gezinslid waar het signaal over gaat (binnen de toestemming).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="383"/>
        <source>This laptop has not reached the CJG for longer than the CJG allows: connect to the internet and synchronise once, then the signal can be queued. Your notes and checklists are not affected.</source>
        <translation>Deze laptop heeft het CJG langer niet bereikt dan het CJG toestaat: maak verbinding met internet en synchroniseer één keer, daarna kan het signaal worden klaargezet. Uw notities en signaleringslijsten blijven gewoon werken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="401"/>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="409"/>
        <source>Choose two different members.</source>
        <translation>Kies twee verschillende gezinsleden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="410"/>
        <source>A parent or carer is a parent or an adult client, not a child.</source>
        <translation>Een ouder of verzorger is een ouder of een volwassen cliënt, geen kind.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="412"/>
        <source>Someone is the parent or carer of a child or an unborn child.</source>
        <translation>Iemand is ouder of verzorger van een kind of een ongeboren kind.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="414"/>
        <source>Partners are two parents or adult clients.</source>
        <translation>Partners zijn twee ouders of volwassen cliënten.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="416"/>
        <source>Siblings are two children (born or unborn).</source>
        <translation>Broers en zussen zijn twee kinderen (geboren of ongeboren).</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="19"/>
        <source>Edit family</source>
        <translation>Gezin bewerken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="19"/>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="23"/>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="34"/>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="24"/>
        <source>e.g. Gezin Jansen</source>
        <translation>bijv. Gezin Jansen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="26"/>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="35"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="28"/>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="36"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="30"/>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="36"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="32"/>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="37"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="33"/>
        <source>as on the sociale kaart, e.g. Noord</source>
        <translation>zoals op de sociale kaart, bijv. Noord</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_dialog.py" line="53"/>
        <source>A postcode is four digits and two letters, e.g. 1071 LP.</source>
        <translation>Een postcode is vier cijfers en twee letters, bijv. 1071 LP.</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="146"/>
        <source>Show closed files</source>
        <translation>Gesloten dossiers tonen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="147"/>
        <source>Show archived families too</source>
        <translation>Ook gearchiveerde gezinnen tonen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="150"/>
        <source>Filter families (name, place)…</source>
        <translation>Gezinnen filteren (naam, plaats)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="151"/>
        <source>Filter families</source>
        <translation>Gezinnen filteren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="157"/>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
</context>
<context>
    <name>FamilyMenu</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="25"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="27"/>
        <source>Actions for this family</source>
        <translation>Acties voor dit gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="33"/>
        <source>Edit name and address…</source>
        <translation>Naam en adres wijzigen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="35"/>
        <source>Hand over…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="37"/>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="47"/>
        <source>Close the file (archive)</source>
        <translation>Dossier sluiten (archiveren)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="40"/>
        <source>Erase on request (AVG)…</source>
        <translation>Wissen op verzoek (AVG)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="46"/>
        <source>Open the file again</source>
        <translation>Dossier heropenen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="70"/>
        <source>{family}: file closed. It is out of the daily list; “Show closed files” finds it.</source>
        <translation>{family}: dossier gesloten. Het staat niet meer in de dagelijkse lijst; ‘Gesloten dossiers tonen’ vindt het.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="102"/>
        <source>{family} is handed over to {receiver}: it goes at the next sync.</source>
        <translation>{family} is overgedragen aan {receiver}: het gaat bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="119"/>
        <source>{family} is erased.</source>
        <translation>{family} is gewist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/family_menu.py" line="121"/>
        <source>%n signal(s) will be withdrawn at the CJG at the next sync.</source>
        <translation>
            <numerusform>%n signaal wordt bij de volgende synchronisatie bij het CJG ingetrokken.</numerusform>
            <numerusform>%n signalen worden bij de volgende synchronisatie bij het CJG ingetrokken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="99"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="99"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="99"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="100"/>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="111"/>
        <source>New match from the CJG: open the family to see who else is worried</source>
        <translation>Nieuwe match van het CJG: open het gezin om te zien wie zich ook zorgen maakt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_list.py" line="121"/>
        <source>{name} (closed)</source>
        <translation>{name} (gesloten)</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="71"/>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="72"/>
        <source>No notes yet. New note, or start a home visit.</source>
        <translation>Nog geen notities. Nieuwe notitie, of begin een huisbezoek.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="73"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="91"/>
        <source>Delete visit…</source>
        <translation>Huisbezoek verwijderen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="92"/>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="113"/>
        <source>Delete note…</source>
        <translation>Notitie verwijderen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="99"/>
        <source>Checklists</source>
        <translation>Signaleringslijsten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="100"/>
        <source>Sharing with the CJG</source>
        <translation>Delen met het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="103"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="106"/>
        <source>New home visit…</source>
        <translation>Nieuw huisbezoek…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="204"/>
        <source>neighbourhood {name}</source>
        <translation>wijk {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="207"/>
        <source>handed over by {sender} on {date}</source>
        <translation>overgedragen door {sender} op {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="253"/>
        <source>{day} (handed over)</source>
        <translation>{day} (overgedragen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="304"/>
        <source>Missed appointment without notice</source>
        <translation>Niet verschenen zonder bericht</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="109"/>
        <source>The family did not come without notice</source>
        <translation>Het gezin is niet verschenen zonder bericht</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="111"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="212"/>
        <source>Closed file since {date}</source>
        <translation>Gesloten dossier sinds {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="118"/>
        <source>&lt;b&gt;Home visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Huisbezoeken&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="70"/>
        <source>No home visits yet. New home visit… (Ctrl+Shift+N) starts one and its note.</source>
        <translation>Nog geen huisbezoeken. Nieuw huisbezoek… (Ctrl+Shift+N) begint er een, met een notitie.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="108"/>
        <source>Missed appointment…</source>
        <translation>Niet verschenen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="126"/>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notities&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="251"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_view.py" line="305"/>
        <source>The family missed an appointment without notice. Start the route: a home visit first; if it is refused without a good explanation and no other help is involved, a next step follows. It appears under the due follow-ups.</source>
        <translation>Het gezin kwam zonder bericht niet naar een afspraak. Start de route: eerst altijd een huisbezoek; wordt dat zonder goede uitleg geweigerd en is er geen andere hulp, dan volgt een volgende stap. Het verschijnt bij de vervolgafspraken.</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="35"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="37"/>
        <source>&lt;h2&gt;Welcome to Stap 0&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Stap 0&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="39"/>
        <source>Stap 0 keeps your notes about the families you visit in an encrypted vault on this laptop. Choose a passphrase: a sentence of at least {n} characters that you can remember. Nobody can open the vault without it — not even IT support.</source>
        <translation>Stap 0 bewaart uw notities over de gezinnen die u bezoekt in een versleutelde kluis op deze laptop. Kies een wachtwoordzin: een zin van minstens {n} tekens die u kunt onthouden. Niemand kan de kluis zonder die zin openen — ook de ICT-afdeling niet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="46"/>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="84"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="48"/>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="85"/>
        <source>Your role</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="49"/>
        <source>Youth nurse</source>
        <translation>Jeugdverpleegkundige</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="50"/>
        <source>Debt counsellor</source>
        <translation>Schuldhulpverlener</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="51"/>
        <source>Other professional</source>
        <translation>Andere professional</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="54"/>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="86"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="56"/>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="87"/>
        <source>Work phone</source>
        <translation>Werktelefoon</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="57"/>
        <source>optional; printed on the parents&apos; copy</source>
        <translation>niet verplicht; komt op de kopie voor de ouders</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="60"/>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="88"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="63"/>
        <source>Repeat passphrase</source>
        <translation>Herhaal wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="67"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="70"/>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="169"/>
        <source>No recovery key chosen (optional).</source>
        <translation>Geen herstelsleutel gekozen (niet verplicht).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="72"/>
        <source>Choose recovery key…</source>
        <translation>Herstelsleutel kiezen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="73"/>
        <source>Choose the organisation&apos;s recovery key file</source>
        <translation>Het herstelsleutelbestand van de organisatie kiezen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="78"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="89"/>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="95"/>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="99"/>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="100"/>
        <source>Data folder: {folder}</source>
        <translation>Gegevensmap: {folder}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="127"/>
        <source>Too short: {n} of {minimum} characters</source>
        <translation>Te kort: {n} van {minimum} tekens</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="130"/>
        <source>Weak: add a few more words</source>
        <translation>Zwak: voeg nog een paar woorden toe</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="132"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="134"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="135"/>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="143"/>
        <source>Enter your name; it appears in the access log.</source>
        <translation>Vul uw naam in; die komt in het toegangslog.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="145"/>
        <source>This phone number cannot be right: a Dutch number has 10 digits (06 12345678); abroad, start with +.</source>
        <translation>Dit telefoonnummer kan niet kloppen: een Nederlands nummer heeft 10 cijfers (06 12345678); begin een buitenlands nummer met +.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="149"/>
        <source>The passphrase needs at least {n} characters: a long sentence is both safer and easier to remember than a short complicated word.</source>
        <translation>De wachtwoordzin moet minstens {n} tekens hebben: een lange zin is veiliger én makkelijker te onthouden dan een kort, ingewikkeld woord.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="153"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn verschillend.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="155"/>
        <source>Repeat the passphrase to be sure it is typed as you meant.</source>
        <translation>Herhaal de wachtwoordzin, zodat zeker is dat hij goed getypt is.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="161"/>
        <source>Organisation recovery key</source>
        <translation>Herstelsleutel van de organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="161"/>
        <source>Recovery key (*.json)</source>
        <translation>Herstelsleutel (*.json)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="168"/>
        <source>Recovery key: {name}</source>
        <translation>Herstelsleutel: {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/first_run.py" line="179"/>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="32"/>
        <source>&lt;b&gt;Due follow-ups&lt;/b&gt; (the coming two weeks and overdue)</source>
        <translation>&lt;b&gt;Vervolgafspraken&lt;/b&gt; (komende twee weken en verlopen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="33"/>
        <source>No follow-ups due in the coming two weeks.</source>
        <translation>Geen vervolgafspraken in de komende twee weken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="34"/>
        <source>Due follow-ups</source>
        <translation>Vervolgafspraken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="55"/>
        <source> (overdue)</source>
        <translation> (verlopen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="61"/>
        <source>Nothing due.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="66"/>
        <source>follow-up</source>
        <translation>vervolgafspraak</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="69"/>
        <source>did not come without notice: make a home visit</source>
        <translation>niet verschenen zonder bericht: breng een huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="71"/>
        <source>home visit refused: is other help involved?</source>
        <translation>huisbezoek geweigerd: is er andere hulp betrokken?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="72"/>
        <source>refused, no other help: take the next step</source>
        <translation>geweigerd, geen andere hulp: zet de volgende stap</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="87"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="89"/>
        <source>Visit took place</source>
        <translation>Huisbezoek heeft plaatsgevonden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="90"/>
        <source>Refused without explanation</source>
        <translation>Geweigerd zonder goede uitleg</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="92"/>
        <source>Other help is involved</source>
        <translation>Er is andere hulp betrokken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="93"/>
        <source>No other help</source>
        <translation>Geen andere hulp</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="96"/>
        <source>The family refused the home visit without a good explanation and no other help is involved. Next step: discuss the worry with a colleague and the CJG, share it as a signal (with consent where possible) and, as the protocol says, report the family; with signs of abuse follow the Meldcode.</source>
        <translation>Het gezin weigerde het huisbezoek zonder goede uitleg en er is geen andere hulp betrokken. Volgende stap: bespreek de zorg met een collega en het CJG, deel haar als signaal (waar mogelijk met toestemming) en meld het gezin zoals het protocol voorschrijft; bij signalen van mishandeling volgt u de Meldcode.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="100"/>
        <source>Next step taken</source>
        <translation>Volgende stap gezet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/follow_ups_panel.py" line="102"/>
        <source>Open family</source>
        <translation>Gezin openen</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/common/form_dialog.py" line="79"/>
        <source>A name holds no number: a BSN goes under BSN, a date under Birth date.</source>
        <translation>Een naam bevat geen nummer: een BSN hoort bij BSN, een datum bij Geboortedatum.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="16"/>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="17"/>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="18"/>
        <source>unborn child</source>
        <translation>ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="19"/>
        <source>adult client</source>
        <translation>volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="25"/>
        <source>Handover of {family}</source>
        <translation>Overdracht van {family}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="31"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="32"/>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="34"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="35"/>
        <source>Members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="40"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="44"/>
        <source>With {organisation}; regisseur: {regisseur}</source>
        <translation>Met {organisation}; regisseur: {regisseur}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="48"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="52"/>
        <source>The parents&apos; consent</source>
        <translation>Toestemming van de ouders</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="54"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="55"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="56"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="57"/>
        <source>The parents&apos; own reaction</source>
        <translation>De eigen reactie van de ouders</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="59"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="67"/>
        <source>Checklist: {title} ({date})</source>
        <translation>Signaleringslijst: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="70"/>
        <source>Judgement</source>
        <translation>Inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="71"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="76"/>
        <source>Burden</source>
        <translation>Draaglast</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="77"/>
        <source>Strengths</source>
        <translation>Draagkracht</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="86"/>
        <source>born {date}</source>
        <translation>geboren {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="89"/>
        <source>expected {date}</source>
        <translation>verwacht {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="92"/>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/handover_html.py" line="98"/>
        <source>This is what {professional} handed over to {receiver} on {date}, with your consent. Only this was sent, encrypted; the CJG could not read it.</source>
        <translation>Dit is wat {professional} op {date} met uw toestemming aan {receiver} heeft overgedragen. Alleen dit is verstuurd, versleuteld; het CJG kon het niet lezen.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="60"/>
        <source>Hand over — {family}</source>
        <translation>Overdragen — {family}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="66"/>
        <source>name, organisation or role</source>
        <translation>naam, organisatie of rol</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="67"/>
        <source>Find the receiving professional</source>
        <translation>Zoek de professional die het overneemt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="70"/>
        <source>Receiving professional</source>
        <translation>Professional die het overneemt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="75"/>
        <source>The latest checklist: its summary and your judgement</source>
        <translation>De laatste signaleringslijst: samenvatting en uw inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="78"/>
        <source>The plan: referrals and who coordinates</source>
        <translation>Het plan: verwijzingen en wie coördineert</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="80"/>
        <source>Notes (only those ticked go)</source>
        <translation>Notities (alleen aangevinkte gaan mee)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="93"/>
        <source>Consent given by</source>
        <translation>Toestemming gegeven door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="96"/>
        <source>parent with authority</source>
        <translation>ouder met gezag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="97"/>
        <source>guardian</source>
        <translation>voogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="98"/>
        <source>the client themself</source>
        <translation>de cliënt zelf</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="101"/>
        <source>spoken</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="102"/>
        <source>signed</source>
        <translation>ondertekend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="108"/>
        <source>The text the parents read</source>
        <translation>De tekst die de ouders lazen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="111"/>
        <source>The parents&apos; own reaction</source>
        <translation>De eigen reactie van de ouders</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="112"/>
        <source>In their own words (goes along unchanged)</source>
        <translation>In hun eigen woorden (gaat ongewijzigd mee)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="117"/>
        <source>Exactly what travels</source>
        <translation>Precies wat er meegaat</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="122"/>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="125"/>
        <source>Record the consent only</source>
        <translation>Alleen toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="126"/>
        <source>For handing over the whole caseload later (File ▸ Hand over the caseload…)</source>
        <translation>Om later de hele caseload over te dragen (Bestand ▸ Caseload overdragen…)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="148"/>
        <source>Notes — only those you tick go:</source>
        <translation>Notities — alleen wat u aanvinkt gaat mee:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="150"/>
        <source>What goes</source>
        <translation>Wat gaat mee</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="153"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="154"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="155"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="156"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="158"/>
        <source>The parents&apos; consent for this handover</source>
        <translation>Toestemming van de ouders voor deze overdracht</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="161"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="166"/>
        <source>The parents&apos; own reaction:</source>
        <translation>De eigen reactie van de ouders:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="182"/>
        <source>&lt;b&gt;Exactly what travels&lt;/b&gt; (sealed to the receiver&apos;s laptop; the CJG cannot read it)</source>
        <translation>&lt;b&gt;Precies wat er meegaat&lt;/b&gt; (versleuteld voor de laptop van de ontvanger; het CJG kan het niet lezen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="209"/>
        <source>The CJG&apos;s directory is empty here: synchronise once with a connection, then try again.</source>
        <translation>De adreslijst van het CJG is hier nog leeg: synchroniseer één keer met verbinding en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="242"/>
        <source>the members chosen, with names, dates of birth and BSNs</source>
        <translation>de gekozen gezinsleden, met namen, geboortedata en BSN&apos;s</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="244"/>
        <source>the latest checklist&apos;s summary and judgement</source>
        <translation>de samenvatting en inschatting van de laatste signaleringslijst</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="246"/>
        <source>the plan (referrals, who coordinates)</source>
        <translation>het plan (verwijzingen, wie coördineert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="248"/>
        <source>%n note(s) chosen one by one</source>
        <translation>
            <numerusform>%n notitie, één voor één gekozen</numerusform>
            <numerusform>%n notities, één voor één gekozen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="252"/>
        <source>(choose the receiver)</source>
        <translation>(kies de ontvanger)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="267"/>
        <source>Choose the receiver, the members and who gave consent: the preview follows.</source>
        <translation>Kies de ontvanger, de gezinsleden en wie toestemming gaf: het voorbeeld volgt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="283"/>
        <source>Choose the professional who takes the file over.</source>
        <translation>Kies de professional die het dossier overneemt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="287"/>
        <source>Choose at least one member.</source>
        <translation>Kies minstens één gezinslid.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/handover_dialog.py" line="292"/>
        <source>Record who gave consent for this handover (and as what, and how).</source>
        <translation>Leg vast wie toestemming gaf voor deze overdracht (en als wat, en hoe).</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="38"/>
        <source>&lt;b&gt;Handovers&lt;/b&gt; (files handed over and received)</source>
        <translation>&lt;b&gt;Overdrachten&lt;/b&gt; (dossiers overgedragen en ontvangen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="39"/>
        <source>No handovers. Family ▸ Hand over… sends a file.</source>
        <translation>Geen overdrachten. Gezin ▸ Overdragen… verstuurt een dossier.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="40"/>
        <source>Handovers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="72"/>
        <source>arrived — look at it, then accept or decline</source>
        <translation>binnengekomen — bekijk het en neem het aan of weiger</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="73"/>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="87"/>
        <source>accepted</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="73"/>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="90"/>
        <source>declined</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="74"/>
        <source>refused: it does not verify ({reason})</source>
        <translation>geweigerd: het klopt niet ({reason})</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="76"/>
        <source>withdrawn by the sender before you answered: deleted here</source>
        <translation>ingetrokken door de afzender voordat u antwoordde: hier verwijderd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="79"/>
        <source>{family} from {sender}: {what}</source>
        <translation>{family} van {sender}: {what}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="81"/>
        <source>A file from {sender}: {what}</source>
        <translation>Een dossier van {sender}: {what}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="85"/>
        <source>waiting for a connection</source>
        <translation>wacht op verbinding</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="86"/>
        <source>being sent</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="86"/>
        <source>held by the CJG</source>
        <translation>ligt klaar bij het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="88"/>
        <source>could not be opened on the receiver&apos;s laptop (changed on the way?): check with them, then send it again</source>
        <translation>kon niet worden geopend op de laptop van de ontvanger (onderweg veranderd?): overleg met hen en stuur het opnieuw</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="91"/>
        <source>not collected in 30 days: deleted at the CJG</source>
        <translation>niet opgehaald binnen 30 dagen: bij het CJG verwijderd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="92"/>
        <source>withdrawn: the CJG deletes it at the next sync</source>
        <translation>ingetrokken: het CJG verwijdert het bij de volgende synchronisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="93"/>
        <source>withdrawn: deleted at the CJG, never opened</source>
        <translation>ingetrokken: verwijderd bij het CJG, nooit geopend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="94"/>
        <source>not sent: {reason}</source>
        <translation>niet verstuurd: {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="97"/>
        <source>{family} to {receiver}: {what}</source>
        <translation>{family} aan {receiver}: {what}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="100"/>
        <source>too late to withdraw: it had been answered</source>
        <translation>te laat om in te trekken: er was al geantwoord</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="102"/>
        <source>warm contact made</source>
        <translation>warm contact gelegd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="104"/>
        <source>warm contact by {date}</source>
        <translation>warm contact uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="120"/>
        <source>Look at it…</source>
        <translation>Bekijken…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="124"/>
        <source>Open family</source>
        <translation>Gezin openen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="127"/>
        <source>Warm contact made</source>
        <translation>Warm contact gelegd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="129"/>
        <source>Keep the file here</source>
        <translation>Dossier hier bewaren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="130"/>
        <source>Archive it</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="131"/>
        <source>Erase it…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="133"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="135"/>
        <source>Printout for the parents…</source>
        <translation>Afdruk voor de ouders…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="169"/>
        <source>Withdraw the handover</source>
        <translation>Overdracht intrekken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="170"/>
        <source>Take {family} back from {receiver}? As long as it is not answered, the CJG deletes the file at the next sync, and a copy the receiver&apos;s laptop fetched is deleted there. Once answered, it is too late.</source>
        <translation>{family} terugnemen van {receiver}? Zolang er niet is geantwoord, verwijdert het CJG het dossier bij de volgende synchronisatie, en wordt een kopie die de laptop van de ontvanger al ophaalde daar verwijderd. Na een antwoord is het te laat.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="181"/>
        <source>{receiver} has answered already: the handover can no longer be withdrawn.</source>
        <translation>{receiver} heeft al geantwoord: de overdracht kan niet meer worden ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="190"/>
        <source>Erase the family here</source>
        <translation>Het gezin hier wissen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="191"/>
        <source>{receiver} has the file now. Erase {family} from this laptop? Only the access log keeps that it was here.</source>
        <translation>{receiver} heeft het dossier nu. {family} van deze laptop wissen? Alleen het toegangslog houdt bij dat het hier was.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="215"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/handover_panel.py" line="217"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>De pdf kon niet worden geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/help_window.py" line="15"/>
        <location filename="../../stap0_desktop/ui/shell/help_window.py" line="18"/>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/help_window.py" line="23"/>
        <source>The manual is missing from this installation ({path}).</source>
        <translation>De handleiding ontbreekt in deze installatie ({path}).</translation>
    </message>
</context>
<context>
    <name>IncomingHandoverDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/incoming_handover.py" line="34"/>
        <source>Handed over to you — {family}</source>
        <translation>Aan u overgedragen — {family}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/incoming_handover.py" line="36"/>
        <source>&lt;b&gt;{sender}&lt;/b&gt; hands this family&apos;s file over to you. The CJG vouches that it comes from their laptop and that no one changed it on the way.</source>
        <translation>&lt;b&gt;{sender}&lt;/b&gt; draagt het dossier van dit gezin aan u over. Het CJG staat ervoor in dat het van diens laptop komt en dat niemand het onderweg veranderde.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/incoming_handover.py" line="47"/>
        <source>Accept: add it to my caseload</source>
        <translation>Aannemen: toevoegen aan mijn caseload</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/incoming_handover.py" line="49"/>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/incoming_handover.py" line="79"/>
        <source>Decline the file</source>
        <translation>Dossier weigeren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/incoming_handover.py" line="80"/>
        <source>Decline this file? {sender} is told at the next sync; it is not kept on this laptop and the CJG deletes its copy.</source>
        <translation>Dit dossier weigeren? {sender} hoort het bij de volgende synchronisatie; het blijft niet op deze laptop en het CJG verwijdert zijn kopie.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="39"/>
        <source>risk factor</source>
        <translation>risicofactor</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="40"/>
        <source>protective factor</source>
        <translation>beschermende factor</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="41"/>
        <source>situation</source>
        <translation>situatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="42"/>
        <source>ACUTE: Meldcode</source>
        <translation>ACUUT: Meldcode</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="47"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="47"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="47"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="47"/>
        <source>N/a</source>
        <translation>N.v.t.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="59"/>
        <source>Remark (optional)</source>
        <translation>Opmerking (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/checklist_items.py" line="60"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>KaartImportDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="35"/>
        <source>Import sociale kaart — {file}</source>
        <translation>Sociale kaart importeren — {file}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="45"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="45"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="45"/>
        <source>What is wrong</source>
        <translation>Wat er niet klopt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="58"/>
        <source>Import nothing</source>
        <translation>Niets importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="60"/>
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>De %n goede rij importeren</numerusform>
            <numerusform>De %n goede rijen importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="61"/>
        <source>Import %n entry(ies)</source>
        <translation>
            <numerusform>%n item importeren</numerusform>
            <numerusform>%n items importeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="68"/>
        <source>This file cannot be imported: {problem}</source>
        <translation>Dit bestand kan niet geïmporteerd worden: {problem}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="72"/>
        <source>{good} good rows, {bad} bad rows. Bad rows are never imported; choose whether the good rows are imported now, or nothing.</source>
        <translation>{good} goede rijen, {bad} foute rijen. Foute rijen worden nooit geïmporteerd; kies of de goede rijen nu geïmporteerd worden, of niets.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_import_dialog.py" line="99"/>
        <source>Sociale kaart export (CSV or JSON)</source>
        <translation>Export van de sociale kaart (CSV of JSON)</translation>
    </message>
</context>
<context>
    <name>KaartPrint</name>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="20"/>
        <source>Who can help — {place}</source>
        <translation>Wie kan helpen — {place}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="22"/>
        <source>Sociale kaart as of {date}; check before you call.</source>
        <translation>Sociale kaart van {date}; controleer voordat u belt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="32"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="32"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="33"/>
        <source>How to refer, where, when</source>
        <translation>Hoe verwijzen, waar, wanneer</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="45"/>
        <source>Save the overview</source>
        <translation>Overzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/kaart_print.py" line="50"/>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
</context>
<context>
    <name>KaartWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="53"/>
        <source>Who can help? — sociale kaart</source>
        <translation>Wie kan helpen? — sociale kaart</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="62"/>
        <source>Search: organisation, offer, words…</source>
        <translation>Zoeken: organisatie, aanbod, woorden…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="63"/>
        <source>Search the sociale kaart</source>
        <translation>Zoeken in de sociale kaart</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="76"/>
        <source>any age</source>
        <translation>elke leeftijd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="77"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="79"/>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="90"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="80"/>
        <source>unborn child (pregnancy)</source>
        <translation>ongeboren kind (zwangerschap)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="83"/>
        <source>Neighbourhood</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="84"/>
        <source>every neighbourhood</source>
        <translation>elke wijk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="93"/>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="98"/>
        <source>Offers that fit</source>
        <translation>Passend aanbod</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="112"/>
        <source>My own note on this offer (stays on this laptop)</source>
        <translation>Mijn eigen notitie bij dit aanbod (blijft op deze laptop)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="113"/>
        <source>My contact there, when we last spoke… (stays on this laptop)</source>
        <translation>Mijn contactpersoon daar, wanneer we elkaar spraken… (blijft op deze laptop)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="117"/>
        <source>Save note</source>
        <translation>Notitie bewaren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="119"/>
        <source>Refer: record on the family&apos;s plan</source>
        <translation>Verwijzen: vastleggen in het plan van het gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="126"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="127"/>
        <source>Import a municipality&apos;s kaart export</source>
        <translation>Een export van de sociale kaart van de gemeente importeren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="129"/>
        <source>Overview for this neighbourhood (PDF)…</source>
        <translation>Overzicht voor deze wijk (pdf)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="178"/>
        <source>From the CJG: version {version} of {date}; {added} new, {changed} changed, {removed} removed since the last one.</source>
        <translation>Van het CJG: versie {version} van {date}; {added} nieuw, {changed} gewijzigd, {removed} vervallen sinds de vorige.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="195"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>De pdf kon niet geschreven worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="199"/>
        <source>Saved: {file}</source>
        <translation>Opgeslagen: {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="247"/>
        <source>No offers fit the ticked domains; without them %n offer(s) fit. &lt;a href=&quot;untick&quot;&gt;Untick the domains&lt;/a&gt;</source>
        <translation>
            <numerusform>Geen aanbod binnen de aangevinkte leefgebieden; zonder die keuze past %n aanbod. &lt;a href=&quot;untick&quot;&gt;Leefgebieden uitvinken&lt;/a&gt;</numerusform>
            <numerusform>Geen aanbod binnen de aangevinkte leefgebieden; zonder die keuze passen er %n. &lt;a href=&quot;untick&quot;&gt;Leefgebieden uitvinken&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="261"/>
        <source>The sociale kaart on this laptop is empty. It comes from the CJG with the next sync once this laptop is connected (Settings), or import your municipality&apos;s export with Import….</source>
        <translation>De sociale kaart op deze laptop is leeg. Hij komt met de volgende synchronisatie van het CJG zodra deze laptop verbonden is (Instellingen), of importeer de export van uw gemeente met Importeren….</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="279"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="280"/>
        <source>No offers fit. Try fewer words or domains.</source>
        <translation>Geen passend aanbod. Probeer minder woorden of leefgebieden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="307"/>
        <source>Note saved.</source>
        <translation>Notitie bewaard.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="317"/>
        <source>Referral to {offer} recorded on the family&apos;s plan.</source>
        <translation>Verwijzing naar {offer} vastgelegd in het plan van het gezin.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="327"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="328"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="329"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="331"/>
        <source>How to refer</source>
        <translation>Hoe verwijzen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="332"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="333"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="334"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="335"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="336"/>
        <source>Opening hours</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="337"/>
        <source>Takes part in</source>
        <translation>Neemt deel aan</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="338"/>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="348"/>
        <source>from pregnancy</source>
        <translation>vanaf de zwangerschap</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="350"/>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} jaar</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/kaart/kaart_window.py" line="353"/>
        <source>all ages</source>
        <translation>alle leeftijden</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="23"/>
        <source>no judgement yet</source>
        <translation>nog geen inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="24"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="24"/>
        <source>raised</source>
        <translation>verhoogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="25"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
</context>
<context>
    <name>MainCommands</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="38"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="40"/>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="42"/>
        <source>New home visit</source>
        <translation>Nieuw huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="44"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="46"/>
        <source>Signals</source>
        <translation>Zorgsignalen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="48"/>
        <source>Signals to the CJG and the sync status</source>
        <translation>Zorgsignalen aan het CJG en de synchronisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="50"/>
        <source>Sociale kaart</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="52"/>
        <source>Who can help? The sociale kaart, offline</source>
        <translation>Wie kan helpen? De sociale kaart, ook offline</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="54"/>
        <source>Hand over the caseload…</source>
        <translation>Caseload overdragen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="57"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="60"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="62"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="65"/>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="67"/>
        <source>About</source>
        <translation>Over Stap 0</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="73"/>
        <source>Main</source>
        <translation>Hoofdmenu</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="94"/>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="96"/>
        <source>&amp;Go</source>
        <translation>Ga &amp;naar</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="97"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_commands.py" line="98"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="127"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="158"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Zoeken in notities (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="159"/>
        <source>Search notes</source>
        <translation>Zoeken in notities</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="197"/>
        <source>%n new match(es) from the CJG</source>
        <translation>
            <numerusform>%n nieuwe match van het CJG</numerusform>
            <numerusform>%n nieuwe matches van het CJG</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="210"/>
        <source>%n checklist file(s) have problems and are not offered: {files}. Run &apos;stap0 checklists validate&apos; for details.</source>
        <translation>
            <numerusform>%n signaleringslijst bevat fouten en wordt niet aangeboden: {files}. Zie &apos;stap0 checklists validate&apos;.</numerusform>
            <numerusform>%n signaleringslijsten bevatten fouten en worden niet aangeboden: {files}. Zie &apos;stap0 checklists validate&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="219"/>
        <source>&lt;h3&gt;%n family(ies)&lt;/h3&gt;&lt;p&gt;Choose a family on the left, or search all notes with Ctrl+F.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;%n gezin&lt;/h3&gt;&lt;p&gt;Kies links een gezin, of doorzoek alle notities met Ctrl+F.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;%n gezinnen&lt;/h3&gt;&lt;p&gt;Kies links een gezin, of doorzoek alle notities met Ctrl+F.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="224"/>
        <source>&lt;p style=&apos;background:#fff6d5&apos;&gt;&lt;b&gt;New matches from the CJG&lt;/b&gt;: another professional is worried about {families} too. Open the family to see who, and get in touch.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background:#fff6d5&apos;&gt;&lt;b&gt;Nieuwe matches van het CJG&lt;/b&gt;: een andere professional maakt zich ook zorgen over {families}. Open het gezin om te zien wie, en neem contact op.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="350"/>
        <source>&lt;b&gt;This laptop has not reached the CJG since {date}&lt;/b&gt;, longer than the CJG allows. Your notes and checklists work as always, but no new signal can be queued until the laptop has synchronised once: connect to the internet.</source>
        <translation>&lt;b&gt;Deze laptop heeft het CJG sinds {date} niet bereikt&lt;/b&gt;, langer dan het CJG toestaat. Uw notities en signaleringslijsten werken zoals altijd, maar een nieuw signaal kan pas worden klaargezet als de laptop één keer heeft gesynchroniseerd: maak verbinding met internet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="375"/>
        <source>Stap 0 locks in %n second(s). Move the mouse or press a key to keep working.</source>
        <translation>
            <numerusform>Stap 0 vergrendelt over %n seconde. Beweeg de muis of druk op een toets om door te werken.</numerusform>
            <numerusform>Stap 0 vergrendelt over %n seconden. Beweeg de muis of druk op een toets om door te werken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="216"/>
        <source>&lt;h3&gt;Your vault is ready&lt;/h3&gt;&lt;p&gt;Start with &lt;b&gt;New family&lt;/b&gt; (Ctrl+N): add the parents and children, then a &lt;b&gt;New home visit&lt;/b&gt; to write your notes while you listen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uw kluis is klaar&lt;/h3&gt;&lt;p&gt;Begin met &lt;b&gt;Nieuw gezin&lt;/b&gt; (Ctrl+N): voeg de ouders en kinderen toe, en daarna een &lt;b&gt;Nieuw huisbezoek&lt;/b&gt; om uw notities te schrijven terwijl u luistert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="169"/>
        <source>F&amp;amily</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/main_window.py" line="365"/>
        <source>Stap 0</source>
        <translation>Stap 0</translation>
    </message>
</context>
<context>
    <name>MatchBanner</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="87"/>
        <source>Match: {name} ({organisation}) is also worried about this family</source>
        <translation>Match: {name} ({organisation}) maakt zich ook zorgen over dit gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="92"/>
        <source>Their signal has ended (withdrawn or past its end date).</source>
        <translation>Hun signaal is beëindigd (ingetrokken of de einddatum is voorbij).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="122"/>
        <source>Contact made…</source>
        <translation>Contact gelegd…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="126"/>
        <source>Agree</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="128"/>
        <source>Agree: {regisseur} coordinates</source>
        <translation>Akkoord: {regisseur} coördineert</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="131"/>
        <source>Propose a regisseur…</source>
        <translation>Regisseur voorstellen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="132"/>
        <source>Propose otherwise…</source>
        <translation>Anders voorstellen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="146"/>
        <source>The same child.</source>
        <translation>Hetzelfde kind.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="147"/>
        <source>Children of the same parent (brothers or sisters).</source>
        <translation>Kinderen van dezelfde ouder (broers of zussen).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="148"/>
        <source>A parent in one signal is a child in the other.</source>
        <translation>Een ouder in het ene signaal is een kind in het andere.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="149"/>
        <source>The mother of the unborn child is in both.</source>
        <translation>De moeder van het ongeboren kind staat in beide.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="150"/>
        <source>The adult client in one signal is a child in the other.</source>
        <translation>De volwassen cliënt in het ene signaal is een kind in het andere.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/match_banner.py" line="152"/>
        <source>The same adult is in both.</source>
        <translation>Dezelfde volwassene staat in beide.</translation>
    </message>
</context>
<context>
    <name>MeldcodeDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="37"/>
        <source>Meldcode — this is no longer stap 0</source>
        <translation>Meldcode — dit is geen stap 0 meer</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="42"/>
        <source>&lt;h3&gt;Meldcode huiselijk geweld en kindermishandeling&lt;/h3&gt;&lt;p&gt;There are signs of actual abuse or danger. Follow the Meldcode:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Map the signals.&lt;/li&gt;&lt;li&gt;Consult a colleague and/or Veilig Thuis.&lt;/li&gt;&lt;li&gt;Talk with the people involved.&lt;/li&gt;&lt;li&gt;Weigh the situation with the afwegingskader below.&lt;/li&gt;&lt;li&gt;Decide: help, or report to Veilig Thuis.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Veilig Thuis: {phone}&lt;/b&gt; — with acute or structural danger always report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meldcode huiselijk geweld en kindermishandeling&lt;/h3&gt;&lt;p&gt;Er zijn signalen van daadwerkelijke mishandeling of onveiligheid. Volg de Meldcode:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Breng de signalen in kaart.&lt;/li&gt;&lt;li&gt;Overleg met een collega en/of Veilig Thuis.&lt;/li&gt;&lt;li&gt;Ga in gesprek met de betrokkenen.&lt;/li&gt;&lt;li&gt;Weeg het geweld of de mishandeling met het afwegingskader hieronder.&lt;/li&gt;&lt;li&gt;Beslis: hulp organiseren of melden bij Veilig Thuis.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Veilig Thuis: {phone}&lt;/b&gt; — bij acute of structurele onveiligheid altijd melden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="52"/>
        <source>1. Do I have a suspicion of domestic violence or child abuse?</source>
        <translation>1. Is er een vermoeden van huiselijk geweld of kindermishandeling?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="53"/>
        <source>2. Is there acute or structural danger?</source>
        <translation>2. Is er sprake van acute of structurele onveiligheid?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="54"/>
        <source>3. Can I offer or arrange effective help myself?</source>
        <translation>3. Kan ik effectieve hulp bieden of organiseren?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="55"/>
        <source>4. Do the people involved accept that help?</source>
        <translation>4. Aanvaarden de betrokkenen die hulp?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="57"/>
        <source>5. Does the help reach the needed result in time?</source>
        <translation>5. Leidt de hulp binnen de gewenste termijn tot het nodige resultaat?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="59"/>
        <source>Afwegingskader</source>
        <translation>Afwegingskader</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="66"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="66"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="72"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="73"/>
        <source>Explanation: {q}</source>
        <translation>Toelichting: {q}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="116"/>
        <source>No suspicion: record this and return to stap 0.</source>
        <translation>Geen vermoeden: leg dit vast en ga verder met stap 0.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="117"/>
        <source>&lt;b&gt;Report to Veilig Thuis ({phone}).&lt;/b&gt;</source>
        <translation>&lt;b&gt;Meld bij Veilig Thuis ({phone}).&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="120"/>
        <source>Offer or arrange the help, and follow whether it reaches the result.</source>
        <translation>Bied of organiseer de hulp en volg of die het resultaat bereikt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="121"/>
        <source>Answer the five questions.</source>
        <translation>Beantwoord de vijf vragen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/meldcode_dialog.py" line="130"/>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="28"/>
        <source>Edit member</source>
        <translation>Gezinslid bewerken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="28"/>
        <source>Add member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="32"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="64"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="33"/>
        <source>Parent or carer</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="34"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="35"/>
        <source>Unborn child</source>
        <translation>Ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="36"/>
        <source>Adult client</source>
        <translation>Volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="39"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="65"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="41"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="66"/>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="43"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="67"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="44"/>
        <source>optional, 9 digits</source>
        <translation>niet verplicht, 9 cijfers</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="47"/>
        <source>Birth date known</source>
        <translation>Geboortedatum bekend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="49"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="70"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="54"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="71"/>
        <source>Expected date</source>
        <translation>Uitgerekende datum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="59"/>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="72"/>
        <source>Mother</source>
        <translation>Moeder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="61"/>
        <source>— choose the mother —</source>
        <translation>— kies de moeder —</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="63"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="114"/>
        <source>Valid BSN</source>
        <translation>Geldig BSN</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="118"/>
        <source>A BSN has digits only.</source>
        <translation>Een BSN bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="119"/>
        <source>A BSN has 9 digits ({n} typed).</source>
        <translation>Een BSN heeft 9 cijfers ({n} getypt).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="121"/>
        <source>Not a valid BSN: it fails the elfproef.</source>
        <translation>Geen geldig BSN: het voldoet niet aan de elfproef.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="122"/>
        <source>Not a valid BSN.</source>
        <translation>Geen geldig BSN.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/member_dialog.py" line="148"/>
        <source>Choose the mother of the unborn child.</source>
        <translation>Kies de moeder van het ongeboren kind.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="47"/>
        <source>No members yet. Add member: the parents first, then the children.</source>
        <translation>Nog geen gezinsleden. Gezinslid toevoegen: eerst de ouders, dan de kinderen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="48"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="55"/>
        <source>Remove member…</source>
        <translation>Gezinslid verwijderen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="57"/>
        <source>Add member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="59"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="61"/>
        <source>Relation…</source>
        <translation>Relatie…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="62"/>
        <source>Add a relation between two members</source>
        <translation>Een relatie tussen twee gezinsleden toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="66"/>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gezinsleden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="92"/>
        <source>unborn child</source>
        <translation>ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="97"/>
        <source>Unborn child — expected {date} (mother: {mother})</source>
        <translation>Ongeboren kind — uitgerekend {date} (moeder: {mother})</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="100"/>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="100"/>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="101"/>
        <source>adult client</source>
        <translation>volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="106"/>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="168"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_members.py" line="176"/>
        <source>Remove relation: {first} {kind} {second}…</source>
        <translation>Relatie verwijderen: {first} {kind} {second}…</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/note_editor.py" line="42"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/note_editor.py" line="43"/>
        <source>Write while you listen; it is saved as you type.</source>
        <translation>Schrijf terwijl u luistert; alles wordt onder het typen bewaard.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/note_editor.py" line="98"/>
        <source>Not saved yet…</source>
        <translation>Nog niet bewaard…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/note_editor.py" line="128"/>
        <source>Saved at {time}</source>
        <translation>Bewaard om {time}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/note_editor.py" line="133"/>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="41"/>
        <source>Signals to the CJG</source>
        <translation>Zorgsignalen aan het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="53"/>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="66"/>
        <source>Queued</source>
        <translation>Klaargezet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="53"/>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="66"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="53"/>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="67"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="53"/>
        <source>Ends on</source>
        <translation>Loopt af op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="54"/>
        <source>CJG&apos;s answer</source>
        <translation>Antwoord van het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="66"/>
        <source>Step after a match</source>
        <translation>Stap na een match</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="75"/>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="77"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="87"/>
        <source>&lt;b&gt;After a match&lt;/b&gt;: contact made, a regisseur proposed or agreed</source>
        <translation>&lt;b&gt;Na een match&lt;/b&gt;: contact gelegd, een regisseur voorgesteld of afgesproken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="119"/>
        <source>receipt {when}</source>
        <translation>ontvangen {when}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="146"/>
        <source>contact made on {date}</source>
        <translation>contact gelegd op {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="148"/>
        <source>agreed with the proposal</source>
        <translation>akkoord met het voorstel</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="151"/>
        <source>my organisation</source>
        <translation>mijn organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="152"/>
        <source>their organisation</source>
        <translation>hun organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/outbox_window.py" line="153"/>
        <source>regisseur proposed: {who} until {until}</source>
        <translation>regisseur voorgesteld: {who} tot {until}</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../stap0_desktop/ui/common/passphrase_field.py" line="12"/>
        <source>Show passphrase</source>
        <translation>Wachtwoordzin tonen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../stap0_desktop/i18n/qt_gaps.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/qt_gaps.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="32"/>
        <source>No referrals on the plan yet. Who can help? finds them on the sociale kaart.</source>
        <translation>Nog geen verwijzingen in het plan. Wie kan helpen? zoekt ze op de sociale kaart.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="34"/>
        <source>Referrals on the family&apos;s plan</source>
        <translation>Verwijzingen in het plan van het gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="43"/>
        <source>Who can help?…</source>
        <translation>Wie kan helpen?…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="44"/>
        <source>Offers on the sociale kaart for this family</source>
        <translation>Aanbod op de sociale kaart voor dit gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="82"/>
        <source>No referrals yet. Who can help? finds the offers that fit this family.</source>
        <translation>Nog geen verwijzingen. Wie kan helpen? vindt het aanbod dat bij dit gezin past.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="99"/>
        <source>Handed over by {sender} on {date}.</source>
        <translation>Overgedragen door {sender} op {date}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="105"/>
        <source>Their judgement: {level} — {reason}</source>
        <translation>Hun inschatting: {level} — {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="109"/>
        <source>Referred: {offer} — {organisation}</source>
        <translation>Verwezen: {offer} — {organisation}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_referrals.py" line="112"/>
        <source>The parents&apos; reaction: “{reaction}”</source>
        <translation>Reactie van de ouders: ‘{reaction}’</translation>
    </message>
</context>
<context>
    <name>Regie</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="18"/>
        <source>youth health care (JGZ)</source>
        <translation>jeugdgezondheidszorg (JGZ)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="19"/>
        <source>midwifery</source>
        <translation>verloskunde</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="20"/>
        <source>debt counselling</source>
        <translation>schuldhulpverlening</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="21"/>
        <source>general social work (AMW)</source>
        <translation>algemeen maatschappelijk werk (AMW)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="22"/>
        <source>neighbourhood team</source>
        <translation>wijkteam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="23"/>
        <source>mental health care (GGZ)</source>
        <translation>geestelijke gezondheidszorg (GGZ)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="24"/>
        <source>addiction care</source>
        <translation>verslavingszorg</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="25"/>
        <source>the CJG</source>
        <translation>het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="26"/>
        <source>another organisation</source>
        <translation>een andere organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="32"/>
        <source>{organisation} until {until}</source>
        <translation>{organisation} tot {until}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="41"/>
        <source>Regisseur: {regisseur}</source>
        <translation>Regisseur: {regisseur}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="44"/>
        <source>(being sent to the CJG)</source>
        <translation>(wordt naar het CJG verstuurd)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="50"/>
        <source>you on {date}</source>
        <translation>u op {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="51"/>
        <source>you not yet</source>
        <translation>u nog niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="53"/>
        <source>(being sent)</source>
        <translation>(wordt verstuurd)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="54"/>
        <source>{name} on {date}</source>
        <translation>{name} op {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="56"/>
        <source>{name} not yet</source>
        <translation>{name} nog niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="57"/>
        <source>Contact: {mine} · {theirs}</source>
        <translation>Contact: {mine} · {theirs}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="92"/>
        <source>contact by {date}</source>
        <translation>contact uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="93"/>
        <source>a regisseur by {date}</source>
        <translation>regisseur uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="69"/>
        <source>{name} proposes as regisseur: {regisseur}.</source>
        <translation>{name} stelt als regisseur voor: {regisseur}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="72"/>
        <source>being sent to the CJG</source>
        <translation>wordt naar het CJG verstuurd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="73"/>
        <source>waiting for {name}</source>
        <translation>wacht op {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="74"/>
        <source>You proposed as regisseur: {regisseur} — {waiting}.</source>
        <translation>Uw voorstel als regisseur: {regisseur} — {waiting}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="79"/>
        <source>The municipality proposes: {who}.</source>
        <translation>De gemeente stelt voor: {who}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="84"/>
        <source>No regisseur agreed yet.</source>
        <translation>Nog geen regisseur afgesproken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="95"/>
        <source>(overdue)</source>
        <translation>(verlopen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="102"/>
        <source>The CJG reported this match as stalled on {date}.</source>
        <translation>Het CJG heeft deze match op {date} als vastgelopen gemeld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_texts.py" line="107"/>
        <source>The CJG refused a step of yours: {reason}.</source>
        <translation>Het CJG heeft een stap van u geweigerd: {reason}.</translation>
    </message>
</context>
<context>
    <name>RegiePanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/regie_panel.py" line="25"/>
        <source>&lt;b&gt;After a match&lt;/b&gt; (contact and who coordinates)</source>
        <translation>&lt;b&gt;Na een match&lt;/b&gt; (contact en wie coördineert)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/regie_panel.py" line="26"/>
        <source>No open matches.</source>
        <translation>Geen open matches.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/regie_panel.py" line="27"/>
        <source>Matches: what is due and who coordinates</source>
        <translation>Matches: wat moet er gebeuren en wie coördineert</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/regie_panel.py" line="50"/>
        <source>{family} — with {name} ({organisation})</source>
        <translation>{family} — met {name} ({organisation})</translation>
    </message>
</context>
<context>
    <name>RegisseurDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="56"/>
        <source>Propose a regisseur — {name}</source>
        <translation>Regisseur voorstellen — {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="59"/>
        <source>Me — {organisation}</source>
        <translation>Ik — {organisation}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="61"/>
        <source>{name} — {organisation}</source>
        <translation>{name} — {organisation}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="63"/>
        <source>Another organisation:</source>
        <translation>Een andere organisatie:</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="71"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="76"/>
        <source>from the sociale kaart, or type its name</source>
        <translation>uit de sociale kaart, of typ de naam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="82"/>
        <source>Regisseur until</source>
        <translation>Regisseur tot</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="84"/>
        <source>Regisseur</source>
        <translation>Regisseur</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="86"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="87"/>
        <source>Only the organisation and the date go to the CJG — never a name of the family. {name} accepts or proposes otherwise.</source>
        <translation>Alleen de organisatie en de datum gaan naar het CJG — nooit een naam uit het gezin. {name} gaat akkoord of stelt iets anders voor.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="92"/>
        <source>The municipality proposes: {who}.</source>
        <translation>De gemeente stelt voor: {who}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="114"/>
        <source>Choose who coordinates.</source>
        <translation>Kies wie coördineert.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/regie_dialogs.py" line="122"/>
        <source>Type an organisation&apos;s name (at least two letters; no phone number, e-mail address or other number of five digits or more).</source>
        <translation>Typ de naam van een organisatie (minstens twee letters; geen telefoonnummer, e-mailadres of ander getal van vijf cijfers of meer).</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="26"/>
        <source>Add relation</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="29"/>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="43"/>
        <source>Member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="31"/>
        <source>Related member</source>
        <translation>Ander gezinslid</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="33"/>
        <source>Unborn child</source>
        <translation>Ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="39"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="43"/>
        <source>is</source>
        <translation>is</translation>
    </message>
</context>
<context>
    <name>RelationKind</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="16"/>
        <source>parent of</source>
        <translation>ouder van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="17"/>
        <source>carer of</source>
        <translation>verzorger van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="18"/>
        <source>partner of</source>
        <translation>partner van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/relation_dialog.py" line="19"/>
        <source>sibling of</source>
        <translation>broer/zus van</translation>
    </message>
</context>
<context>
    <name>Removals</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="50"/>
        <source>the unborn child</source>
        <translation>het ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="51"/>
        <source>Remove {name} from this family?</source>
        <translation>{name} uit dit gezin verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="53"/>
        <source>Their relations go too (%n relation(s)).</source>
        <translation>
            <numerusform>De relatie verdwijnt ook (%n relatie).</numerusform>
            <numerusform>De relaties verdwijnen ook (%n relaties).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="54"/>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="55"/>
        <source>Remove member</source>
        <translation>Gezinslid verwijderen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="64"/>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="66"/>
        <source>Remove relation</source>
        <translation>Relatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="65"/>
        <source>Remove the relation “{relation}”? The members stay.</source>
        <translation>De relatie ‘{relation}’ verwijderen? De gezinsleden blijven.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="74"/>
        <source>Delete the visit “{visit}”?</source>
        <translation>Het huisbezoek ‘{visit}’ verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="76"/>
        <source>The %n note(s) written at this visit are deleted too.</source>
        <translation>
            <numerusform>De %n notitie bij dit huisbezoek wordt ook verwijderd.</numerusform>
            <numerusform>De %n notities bij dit huisbezoek worden ook verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="78"/>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="79"/>
        <source>Delete visit</source>
        <translation>Huisbezoek verwijderen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="94"/>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="96"/>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="95"/>
        <source>Delete the note “{start}”?</source>
        <translation>De notitie ‘{start}’ verwijderen?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="95"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/family_removals.py" line="104"/>
        <source>Note deleted.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="23"/>
        <source>no judgement recorded</source>
        <translation>geen inschatting vastgelegd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="24"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="24"/>
        <source>raised</source>
        <translation>verhoogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="25"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="31"/>
        <source>no need</source>
        <translation>geen behoefte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="32"/>
        <source>some need</source>
        <translation>enige behoefte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="33"/>
        <source>much need</source>
        <translation>veel behoefte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="42"/>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="44"/>
        <source>By: {name}, {role}, {organisation}</source>
        <translation>Door: {name}, {role}, {organisation}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="54"/>
        <source>No agreements recorded yet.</source>
        <translation>Nog geen afspraken vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="58"/>
        <source>Discussed with the parents on {date}.</source>
        <translation>Besproken met de ouders op {date}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="61"/>
        <source>The parents said: {text}</source>
        <translation>De ouders zeiden: {text}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="64"/>
        <source>Help: {title}</source>
        <translation>Hulp: {title}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="66"/>
        <source>Referral: {text}</source>
        <translation>Verwijzing: {text}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="68"/>
        <source>With consent, the worry is shared with the CJG.</source>
        <translation>Met toestemming wordt de zorg gedeeld met het CJG.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="70"/>
        <source>Next contact: {date} {note}</source>
        <translation>Volgend contact: {date} {note}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="85"/>
        <source>Me: {name}, {organisation}, phone {phone}.</source>
        <translation>Mij: {name}, {organisation}, telefoon {phone}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="95"/>
        <source>What we talked about</source>
        <translation>Waar we over gepraat hebben</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="78"/>
        <source>We talked about how things are going with you and your family.</source>
        <translation>We hebben gepraat over hoe het gaat met u en uw gezin.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="80"/>
        <source>We talked in particular about: {topics}.</source>
        <translation>We hebben vooral gepraat over: {topics}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="82"/>
        <source>Me: {name}, {organisation}.</source>
        <translation>Mij: {name}, {organisation}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="90"/>
        <source>For questions about raising children: your Centrum voor Jeugd en Gezin.</source>
        <translation>Voor vragen over opvoeden en opgroeien: uw Centrum voor Jeugd en Gezin.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="92"/>
        <source>If someone at home is not safe: Veilig Thuis, {phone} (free, day and night).</source>
        <translation>Als iemand thuis niet veilig is: Veilig Thuis, {phone} (gratis, dag en nacht).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="96"/>
        <source>What we discussed</source>
        <translation>Wat we besproken hebben</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="97"/>
        <source>What we agreed</source>
        <translation>Wat we hebben afgesproken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="98"/>
        <source>Whom you can call</source>
        <translation>Wie u kunt bellen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="107"/>
        <source>Report of the home visit — {title}</source>
        <translation>Verslag van het huisbezoek — {title}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="129"/>
        <source>Per domain</source>
        <translation>Per leefgebied</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="134"/>
        <source>Need for support — professional: {pro}; parent: {par}</source>
        <translation>Behoefte aan steun — professional: {pro}; ouder: {par}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="139"/>
        <source>Risk factors present</source>
        <translation>Aanwezige risicofactoren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="141"/>
        <source>Protective factors present</source>
        <translation>Aanwezige beschermende factoren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="143"/>
        <source>Also noted</source>
        <translation>Verder vastgelegd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="151"/>
        <source>Judgement of the professional</source>
        <translation>Inschatting van de professional</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="152"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="158"/>
        <source>Yes.</source>
        <translation>Ja.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="158"/>
        <source>No.</source>
        <translation>Nee.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="159"/>
        <source>Not known.</source>
        <translation>Onbekend.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="160"/>
        <source>Not applicable.</source>
        <translation>Niet van toepassing.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="161"/>
        <source>Not answered.</source>
        <translation>Niet beantwoord.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/report_html.py" line="174"/>
        <source>Pregnant: {name}, born {born}; expected date {expected}</source>
        <translation>Zwanger: {name}, geboren {born}; uitgerekende datum {expected}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/reports.py" line="65"/>
        <source>A PDF is not encrypted</source>
        <translation>Een pdf is niet versleuteld</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/reports.py" line="65"/>
        <source>The report is written as an ordinary PDF file: anyone who gets the file can read it. Save it only where it belongs (not on a shared or USB disk) and remove it when it has been handed over. Continue?</source>
        <translation>Het verslag wordt een gewoon pdf-bestand: iedereen die het bestand krijgt, kan het lezen. Bewaar het alleen waar het hoort (niet op een gedeelde schijf of usb-stick) en verwijder het als het is overgedragen. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/documents/reports.py" line="72"/>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="44"/>
        <source>Route to action (stap 0)</source>
        <translation>Stappenplan (stap 0)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="52"/>
        <source>1. Discussed with the parents</source>
        <translation>1. Besproken met de ouders</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="53"/>
        <source>Discussed on</source>
        <translation>Besproken op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="58"/>
        <source>What the parents said</source>
        <translation>Wat de ouders zeiden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="59"/>
        <source>What did the parents say?</source>
        <translation>Wat zeiden de ouders?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="70"/>
        <source>2. Share the worry with the CJG</source>
        <translation>2. De zorg delen met het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="74"/>
        <source>Yes, with the parents&apos; consent (the signal is prepared later)</source>
        <translation>Ja, met toestemming van de ouders (het signaal wordt later klaargezet)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="75"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="75"/>
        <source>The parents do not agree</source>
        <translation>De ouders stemmen niet in</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="80"/>
        <source>Note (optional)</source>
        <translation>Toelichting (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="81"/>
        <source>Note on sharing</source>
        <translation>Toelichting bij delen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="84"/>
        <source>3. Help or referral</source>
        <translation>3. Hulp of verwijzing</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="88"/>
        <source>The rules suggest no intervention.</source>
        <translation>De regels stellen geen interventie voor.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="95"/>
        <source>Referral to an organisation (name, contact)</source>
        <translation>Verwijzing naar een organisatie (naam, contact)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="96"/>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="99"/>
        <source>Who can help?…</source>
        <translation>Wie kan helpen?…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="100"/>
        <source>Choose an offer from the sociale kaart</source>
        <translation>Kies aanbod van de sociale kaart</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="105"/>
        <source>4. Follow-up</source>
        <translation>4. Vervolgafspraak</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="106"/>
        <source>Follow up on</source>
        <translation>Vervolg op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="112"/>
        <source>What is due then?</source>
        <translation>Wat moet er dan gebeuren?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="113"/>
        <source>Follow-up note</source>
        <translation>Toelichting vervolgafspraak</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/route_dialog.py" line="161"/>
        <source>The follow-up date lies in the past.</source>
        <translation>De datum van de vervolgafspraak ligt in het verleden.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/search_panel.py" line="40"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/search_panel.py" line="73"/>
        <source>Type to search all notes.</source>
        <translation>Typ om in alle notities te zoeken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/search_panel.py" line="75"/>
        <source>No notes found for “{q}”.</source>
        <translation>Geen notities gevonden voor “{q}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/shell/search_panel.py" line="77"/>
        <source>%n note(s) found for “{q}”, best first.</source>
        <translation>
            <numerusform>%n notitie gevonden voor “{q}”.</numerusform>
            <numerusform>%n notities gevonden voor “{q}”, beste eerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="32"/>
        <source>Lock after minutes without use</source>
        <translation>Vergrendelen na minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="35"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="38"/>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="52"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="44"/>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="54"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="45"/>
        <source>A new language is used from the next start.</source>
        <translation>Een andere taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/settings_dialog.py" line="51"/>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
</context>
<context>
    <name>SignalCounts</name>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="17"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wachtend</numerusform>
            <numerusform>%n wachtend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="20"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="23"/>
        <source>%n handover(s) to answer</source>
        <translation>
            <numerusform>%n overdracht te beantwoorden</numerusform>
            <numerusform>%n overdrachten te beantwoorden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="46"/>
        <source>Signal to the CJG</source>
        <translation>Zorgsignaal aan het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="57"/>
        <source>Consent or legal basis</source>
        <translation>Toestemming of grondslag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="61"/>
        <source>Concerns</source>
        <translation>Over wie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="64"/>
        <source>Domains of the worry</source>
        <translation>Leefgebieden van de zorg</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="79"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="80"/>
        <source>Ends on</source>
        <translation>Loopt af op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="86"/>
        <source>What the CJG will see</source>
        <translation>Wat het CJG te zien krijgt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="96"/>
        <source>Put in the outbox</source>
        <translation>Klaarzetten voor verzending</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="107"/>
        <source>&lt;b&gt;What the CJG will see&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wat het CJG te zien krijgt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="153"/>
        <source>There is no valid consent or legal basis: record one first.</source>
        <translation>Er is geen geldige toestemming of grondslag: leg die eerst vast.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="181"/>
        <source>This laptop is not connected to a CJG yet: the signal waits in the outbox until you connect it in Settings (Ctrl+,).</source>
        <translation>Deze laptop is nog niet met een CJG verbonden: het signaal wacht bij Zorgsignalen tot u de verbinding maakt onder Instellingen (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="186"/>
        <source>the unborn child</source>
        <translation>het ongeboren kind</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="188"/>
        <source>The CJG cannot match %n person(s) without a BSN or a parent with one in this signal: {names}. Add the BSN if the parents gave it.</source>
        <translation>
            <numerusform>Het CJG kan %n persoon zonder BSN, en zonder ouder met een BSN in dit signaal, nooit koppelen: {names}. Vul het BSN in als de ouders het gaven.</numerusform>
            <numerusform>Het CJG kan %n personen zonder BSN, en zonder ouder met een BSN in dit signaal, nooit koppelen: {names}. Vul het BSN in als de ouders het gaven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalPreview</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="20"/>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="21"/>
        <source>unborn child</source>
        <translation>ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="22"/>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="23"/>
        <source>adult client</source>
        <translation>volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="28"/>
        <source>raised</source>
        <translation>verhoogd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="29"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="34"/>
        <source>waiting for a connection</source>
        <translation>wacht op verbinding</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="35"/>
        <source>sending</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="36"/>
        <source>received by the CJG</source>
        <translation>ontvangen door het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="37"/>
        <source>refused by the CJG</source>
        <translation>geweigerd door het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="38"/>
        <source>being withdrawn</source>
        <translation>wordt ingetrokken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="39"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="40"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="47"/>
        <source>a pseudonym of BSN {bsn} (the BSN itself never leaves)</source>
        <translation>een pseudoniem van BSN {bsn} (het BSN zelf gaat nooit mee)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="50"/>
        <source>parents: {refs}</source>
        <translation>ouders: {refs}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="58"/>
        <source>unborn child, expected {date}</source>
        <translation>ongeboren kind, uitgerekend op {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="61"/>
        <source>{role}, born in {year}</source>
        <translation>{role}, geboren in {year}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="66"/>
        <source>BSN {bsn}: only a code made from it leaves the laptop</source>
        <translation>BSN {bsn}: alleen een code die ervan gemaakt is, verlaat de laptop</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="75"/>
        <source>you, as enrolled at the CJG (name, organisation and work contact)</source>
        <translation>u, zoals aangemeld bij het CJG (naam, organisatie en werkcontact)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="85"/>
        <source>Concerns</source>
        <translation>Over wie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="86"/>
        <source>Sent by</source>
        <translation>Verstuurd door</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="87"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="88"/>
        <source>Domains of the worry</source>
        <translation>Leefgebieden van de zorg</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="89"/>
        <source>Judgement</source>
        <translation>Inschatting</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="90"/>
        <source>Ends on</source>
        <translation>Loopt af op</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="93"/>
        <source>Consent reference</source>
        <translation>Kenmerk toestemming</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="99"/>
        <source>No names, no address, no notes: only these fields.</source>
        <translation>Geen namen, geen adres, geen notities: alleen deze velden.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="103"/>
        <source>«pseudonym, made when sending»</source>
        <translation>«pseudoniem, gemaakt bij verzenden»</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_preview.py" line="106"/>
        <source>Exactly as sent (sealed for the CJG only):</source>
        <translation>Precies zoals het verstuurd wordt (versleuteld, alleen voor het CJG):</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="51"/>
        <source>the CJG of {municipality}</source>
        <translation>het CJG van {municipality}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="53"/>
        <source>the CJG</source>
        <translation>het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="211"/>
        <source>Consent of {name}, until {date}</source>
        <translation>Toestemming van {name}, tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="214"/>
        <source>Legal basis ({basis}), until {date}</source>
        <translation>Grondslag ({basis}), tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/signal_dialog.py" line="217"/>
        <source>withdrawn {date}</source>
        <translation>ingetrokken {date}</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="72"/>
        <source>No consent recorded yet. Consent… records what the parents agree to share.</source>
        <translation>Nog geen toestemming vastgelegd. Toestemming… legt vast wat de ouders willen delen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="74"/>
        <source>Consent and legal bases</source>
        <translation>Toestemmingen en grondslagen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="77"/>
        <source>No signals to the CJG. Signal to the CJG… sends one, with the parents&apos; consent.</source>
        <translation>Nog geen zorgsignalen aan het CJG. Zorgsignaal aan het CJG… stuurt er een, met toestemming van de ouders.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="80"/>
        <source>Signals to the CJG</source>
        <translation>Zorgsignalen aan het CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="95"/>
        <source>Consent…</source>
        <translation>Toestemming…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="96"/>
        <source>Record consent or a legal basis</source>
        <translation>Toestemming of grondslag vastleggen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="98"/>
        <source>Signal to the CJG…</source>
        <translation>Zorgsignaal aan het CJG…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="100"/>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="253"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="102"/>
        <source>Printout…</source>
        <translation>Afdruk…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="103"/>
        <source>Printout for the parents</source>
        <translation>Afdruk voor de ouders</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="105"/>
        <source>End signal</source>
        <translation>Signaal beëindigen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="161"/>
        <source>{date} — {state} — until {ends}</source>
        <translation>{date} — {state} — tot en met {ends}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="165"/>
        <source>reason: {reason}</source>
        <translation>reden: {reason}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="227"/>
        <source>A signal starts from a checklist with your judgement &apos;raised&apos; or &apos;high&apos;. Fill one in first.</source>
        <translation>Een signaal begint bij een signaleringslijst met uw inschatting &apos;verhoogd&apos; of &apos;hoog&apos;. Vul er eerst een in.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="254"/>
        <source>Withdraw this consent? Signals not sent yet are deleted; signals the CJG received are withdrawn there as soon as there is a connection.</source>
        <translation>Deze toestemming intrekken? Signalen die nog niet verstuurd zijn, worden verwijderd; signalen die het CJG al ontving, worden daar ingetrokken zodra er verbinding is.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="325"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/family_signals.py" line="327"/>
        <source>The PDF could not be written: {reason}</source>
        <translation>De pdf kon niet geschreven worden: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="30"/>
        <source>Not connected to a CJG</source>
        <translation>Niet verbonden met een CJG</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="32"/>
        <source>CJG: enter the one-time code (Settings)</source>
        <translation>CJG: vul de eenmalige code in (Instellingen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="34"/>
        <source>CJG: confirm who you are enrolled as (Settings)</source>
        <translation>CJG: bevestig als wie u bent aangemeld (Instellingen)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="37"/>
        <source>Synchronised {when}</source>
        <translation>Gesynchroniseerd {when}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/sharing/sync_status.py" line="40"/>
        <source>Not synchronised yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>TrendDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="33"/>
        <source>How the picture changed over time</source>
        <translation>Hoe het beeld veranderde in de tijd</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="37"/>
        <source>No checklists yet.</source>
        <translation>Nog geen signaleringslijsten.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/checklist/trend_dialog.py" line="44"/>
        <source>Judgement: {level}</source>
        <translation>Inschatting: {level}</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/undo_bar.py" line="25"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="26"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="27"/>
        <source>&lt;h2&gt;Stap 0 is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Stap 0 is vergrendeld&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="28"/>
        <source>Type your passphrase to open your vault.</source>
        <translation>Typ uw wachtwoordzin om uw kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="31"/>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="32"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="34"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="40"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="41"/>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="43"/>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="111"/>
        <source>Passphrase forgotten?</source>
        <translation>Wachtwoordzin vergeten?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="54"/>
        <source>Demo vault — passphrase: {p}</source>
        <translation>Demokluis — wachtwoordzin: {p}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="82"/>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="105"/>
        <source>Too many wrong tries: wait {s} seconds before the next one.</source>
        <translation>Te vaak een verkeerde wachtwoordzin: wacht {s} seconden voor de volgende poging.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/unlock.py" line="112"/>
        <source>Your passphrase is not stored anywhere, so nobody can tell it to you.

If your organisation gave you a recovery key when the vault was made, its application administrator can open your vault with that key and let you set a new passphrase (stap0 vault recover). Bring this laptop to them.

Without a recovery key the notes in this vault cannot be recovered.</source>
        <translation>Uw wachtwoordzin is nergens opgeslagen, dus niemand kan hem u vertellen.

Als uw organisatie bij het aanmaken van de kluis een herstelsleutel heeft meegegeven, kan de applicatiebeheerder uw kluis met die sleutel openen en u een nieuwe wachtwoordzin laten kiezen (stap0 vault recover). Breng deze laptop naar hen toe.

Zonder herstelsleutel zijn de notities in deze kluis niet terug te halen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/shell/app.py" line="138"/>
        <source>Wait before trying again.</source>
        <translation>Wacht even voor u het opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="49"/>
        <source>New home visit</source>
        <translation>Nieuw huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="61"/>
        <source>New home visit — {family}</source>
        <translation>Nieuw huisbezoek — {family}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="65"/>
        <source>Kind of visit</source>
        <translation>Soort bezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="70"/>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="76"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="73"/>
        <source>at home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="74"/>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="76"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="75"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="75"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="81"/>
        <source>Family of this visit</source>
        <translation>Gezin van dit huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="93"/>
        <source>Type to find the family</source>
        <translation>Typ om het gezin te vinden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="129"/>
        <source>%n families match &apos;{typed}&apos;: choose one from the list.</source>
        <translation>
            <numerusform>%n gezin past bij &apos;{typed}&apos;: kies het uit de lijst.</numerusform>
            <numerusform>%n gezinnen passen bij &apos;{typed}&apos;: kies er een uit de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="130"/>
        <source>Choose the family this visit is for.</source>
        <translation>Kies het gezin waarvoor dit huisbezoek is.</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="25"/>
        <source>Prenatal home visit</source>
        <translation>Prenataal huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="26"/>
        <source>Debt counselling visit</source>
        <translation>Huisbezoek schuldhulp</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="27"/>
        <source>Follow-up visit</source>
        <translation>Vervolgbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family/visit_dialog.py" line="28"/>
        <source>Other visit</source>
        <translation>Ander bezoek</translation>
    </message>
</context>
</TS>
