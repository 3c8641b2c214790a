<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="65"/>
        <source>About Stap 0</source>
        <translation>Over Stap 0</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="65"/>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Encrypted case notes and stap-0 signals for professionals who visit families at home.&lt;/p&gt;&lt;p&gt;Everything you write stays encrypted on this laptop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Versleutelde notities en stap-0-signalen voor professionals die gezinnen thuis bezoeken.&lt;/p&gt;&lt;p&gt;Alles wat u schrijft blijft versleuteld op deze laptop.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="34"/>
        <source>The numbers must be 0 or more.</source>
        <translation>De aantallen moeten 0 of meer zijn.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="38"/>
        <source>Demo: {families} families, {members} members, {visits} visits, {notes} notes (fictional).</source>
        <translation>Demo: {families} gezinnen, {members} gezinsleden, {visits} huisbezoeken, {notes} notities (fictief).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="59"/>
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
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="47"/>
        <source>Public key (give to every laptop): {path}</source>
        <translation>Publieke sleutel (voor elke laptop): {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="48"/>
        <source>Private key (keep offline, owner only): {path}</source>
        <translation>Privésleutel (offline bewaren, alleen voor de eigenaar): {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="66"/>
        <source>Vault OK: pages authenticated, integrity ok, access log intact ({rows} entries).</source>
        <translation>Kluis in orde: pagina&apos;s gecontroleerd, integriteit in orde, toegangslog intact ({rows} regels).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="69"/>
        <source>The vault is damaged. Restore a backup or contact support.</source>
        <translation>De kluis is beschadigd. Zet een back-up terug of neem contact op met de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="71"/>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="79"/>
        <source>Access log: entry {seq} was changed or removed.</source>
        <translation>Toegangslog: regel {seq} is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="77"/>
        <source>Access log intact: {rows} entries.</source>
        <translation>Toegangslog intact: {rows} regels.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="85"/>
        <source>Passphrase changed.</source>
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="89"/>
        <source>Recovery key set.</source>
        <translation>Herstelsleutel ingesteld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="93"/>
        <source>Encrypted backup written to {path}.</source>
        <translation>Versleutelde back-up geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="110"/>
        <source>Vault created in {folder}.</source>
        <translation>Kluis aangemaakt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="111"/>
        <source>Key derivation: Argon2id, {mib} MiB, {iterations} passes.</source>
        <translation>Sleutelafleiding: Argon2id, {mib} MiB, {iterations} rondes.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="114"/>
        <source>No recovery key: a forgotten passphrase cannot be recovered.</source>
        <translation>Geen herstelsleutel: een vergeten wachtwoordzin kan niet worden hersteld.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="14"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>De wachtwoordzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="16"/>
        <source>The passphrase is too short: use at least {minimum} characters. A long sentence you can remember is safer than a short complicated word.</source>
        <translation>De wachtwoordzin is te kort: gebruik minstens {minimum} tekens. Een lange zin die u kunt onthouden is veiliger dan een kort, ingewikkeld woord.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="22"/>
        <source>This data folder is already open in another Stap 0 (process {pid}). Close that one first.</source>
        <translation>Deze gegevensmap is al geopend in een andere Stap 0 (proces {pid}). Sluit die eerst.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="28"/>
        <source>There is no vault in {folder}. Create one with &apos;stap0 vault init&apos;.</source>
        <translation>Er staat geen kluis in {folder}. Maak er een aan met &apos;stap0 vault init&apos;.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="32"/>
        <source>There is already a vault in {folder}; it was left untouched.</source>
        <translation>Er staat al een kluis in {folder}; die is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="36"/>
        <source>The key file {path} is missing, so the vault cannot be opened. Restore it from a backup, or ask your organisation for recovery.</source>
        <translation>Het sleutelbestand {path} ontbreekt, dus de kluis kan niet open. Zet het terug uit een back-up, of vraag uw organisatie om herstel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="42"/>
        <source>The key file {path} is damaged (field &apos;{field}&apos;). The vault was not changed. Restore the file from a backup, or ask your organisation for recovery.</source>
        <translation>Het sleutelbestand {path} is beschadigd (veld &apos;{field}&apos;). De kluis is niet gewijzigd. Zet het bestand terug uit een back-up, of vraag uw organisatie om herstel.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="48"/>
        <source>The database file cannot be read with this vault&apos;s key: it is not a Stap 0 vault, belongs to another vault, or is damaged. Nothing was written to it.</source>
        <translation>Het databasebestand is niet te lezen met de sleutel van deze kluis: het is geen Stap 0-kluis, hoort bij een andere kluis of is beschadigd. Er is niets naar geschreven.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="54"/>
        <source>The vault is damaged: a part of it failed its security check. To protect what is left, nothing more is written. Restore a backup or contact support.</source>
        <translation>De kluis is beschadigd: een deel ervan komt niet door de beveiligingscontrole. Om de rest te beschermen wordt er niets meer weggeschreven. Zet een back-up terug of neem contact op met de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="60"/>
        <source>This vault was made by a newer version of Stap 0 (schema {found}; this version knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Stap 0 (schema {found}; deze versie kent tot en met {known}). Installeer de nieuwere versie; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="66"/>
        <source>The disk is full. The last change was not saved; everything saved before it is intact. Free some space and try again.</source>
        <translation>De schijf is vol. De laatste wijziging is niet opgeslagen; alles wat daarvoor was opgeslagen is intact. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="72"/>
        <source>The disk reported an error while saving. Everything saved before is intact.</source>
        <translation>De schijf meldde een fout bij het opslaan. Alles wat eerder was opgeslagen is intact.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="76"/>
        <source>The recovery key file {path} cannot be used (field &apos;{field}&apos;).</source>
        <translation>Het herstelsleutelbestand {path} is niet bruikbaar (veld &apos;{field}&apos;).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="80"/>
        <source>This vault was made without an organisation recovery key, so it cannot be recovered that way.</source>
        <translation>Deze kluis is gemaakt zonder herstelsleutel van de organisatie en kan dus niet op die manier worden hersteld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="86"/>
        <source>This recovery key does not belong to this vault. Nothing was changed.</source>
        <translation>Deze herstelsleutel hoort niet bij deze kluis. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="90"/>
        <source>This file is not a complete Stap 0 backup ({reason}). Nothing was restored and the current vault is untouched.</source>
        <translation>Dit bestand is geen volledige Stap 0-back-up ({reason}). Er is niets teruggezet en de huidige kluis is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="96"/>
        <source>This item no longer exists; it may have been deleted.</source>
        <translation>Dit onderdeel bestaat niet meer; het is misschien verwijderd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="98"/>
        <source>That link is not possible: both people must belong to the same family.</source>
        <translation>Die koppeling kan niet: beide personen moeten bij hetzelfde gezin horen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="102"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>De kluis is vergrendeld. Ontgrendel hem om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="103"/>
        <source>The vault reported a problem ({code}).</source>
        <translation>De kluis meldde een probleem ({code}).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="111"/>
        <source>This BSN is not valid: it fails the eleven test (elfproef).</source>
        <translation>Dit BSN is niet geldig: het voldoet niet aan de elfproef.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="113"/>
        <source>A birth date cannot be in the future.</source>
        <translation>Een geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="115"/>
        <source>Enter a name.</source>
        <translation>Vul een naam in.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="117"/>
        <source>An unborn child needs an expected date of birth.</source>
        <translation>Een ongeboren kind heeft een uitgerekende datum nodig.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="119"/>
        <source>An unborn child has no BSN yet.</source>
        <translation>Een ongeboren kind heeft nog geen BSN.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="121"/>
        <source>The field &apos;{field}&apos; is not valid.</source>
        <translation>Het veld &apos;{field}&apos; is niet geldig.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/i18n/messages.py" line="129"/>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="24"/>
        <source>Edit family</source>
        <translation>Gezin bewerken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="24"/>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="28"/>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="43"/>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="29"/>
        <source>e.g. Gezin Jansen</source>
        <translation>bijv. Gezin Jansen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="31"/>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="44"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="33"/>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="45"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="35"/>
        <location filename="../../stap0_desktop/ui/family_dialog.py" line="46"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="119"/>
        <source>Filter families (name, place)…</source>
        <translation>Gezinnen filteren (naam, plaats)…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="120"/>
        <source>Filter families</source>
        <translation>Gezinnen filteren</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="126"/>
        <source>Families</source>
        <translation>Gezinnen</translation>
    </message>
</context>
<context>
    <name>FamilyTableModel</name>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="86"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="86"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="86"/>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_list.py" line="87"/>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="43"/>
        <source>Members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="46"/>
        <source>Home visits</source>
        <translation>Huisbezoeken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="48"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="56"/>
        <source>Add member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="58"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="60"/>
        <source>Relation…</source>
        <translation>Relatie…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="61"/>
        <source>Add a relation between two members</source>
        <translation>Een relatie tussen twee gezinsleden toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="63"/>
        <source>New home visit…</source>
        <translation>Nieuw huisbezoek…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="65"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="69"/>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gezinsleden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="76"/>
        <source>&lt;b&gt;Home visits&lt;/b&gt;</source>
        <translation>&lt;b&gt;Huisbezoeken&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="80"/>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notities&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="110"/>
        <source>unborn child</source>
        <translation>ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="132"/>
        <source>Unborn child — expected {date} (mother: {mother})</source>
        <translation>Ongeboren kind — uitgerekend {date} (moeder: {mother})</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="135"/>
        <source>parent</source>
        <translation>ouder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="135"/>
        <source>child</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="136"/>
        <source>adult client</source>
        <translation>volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="141"/>
        <source>BSN {bsn}</source>
        <translation>BSN {bsn}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/family_view.py" line="159"/>
        <source>(empty note)</source>
        <translation>(lege notitie)</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="31"/>
        <source>Stap 0 — welcome</source>
        <translation>Stap 0 — welkom</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="33"/>
        <source>&lt;h2&gt;Welcome to Stap 0&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Stap 0&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="35"/>
        <source>Stap 0 keeps your notes about the families you visit in an encrypted vault on this laptop. Choose a passphrase: a sentence of at least {n} characters that you can remember. Nobody can open the vault without it — not even IT support.</source>
        <translation>Stap 0 bewaart uw notities over de gezinnen die u bezoekt in een versleutelde kluis op deze laptop. Kies een wachtwoordzin: een zin van minstens {n} tekens die u kunt onthouden. Niemand kan de kluis zonder die zin openen — ook de ICT-afdeling niet.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="42"/>
        <location filename="../../stap0_desktop/ui/first_run.py" line="77"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="44"/>
        <location filename="../../stap0_desktop/ui/first_run.py" line="78"/>
        <source>Your role</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="45"/>
        <source>Youth nurse</source>
        <translation>Jeugdverpleegkundige</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="46"/>
        <source>Debt counsellor</source>
        <translation>Schuldhulpverlener</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="47"/>
        <source>Other professional</source>
        <translation>Andere professional</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="50"/>
        <location filename="../../stap0_desktop/ui/first_run.py" line="79"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="53"/>
        <location filename="../../stap0_desktop/ui/first_run.py" line="80"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="56"/>
        <source>Repeat passphrase</source>
        <translation>Herhaal wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="60"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="63"/>
        <location filename="../../stap0_desktop/ui/first_run.py" line="152"/>
        <source>No recovery key chosen (optional).</source>
        <translation>Geen herstelsleutel gekozen (niet verplicht).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="65"/>
        <source>Choose recovery key…</source>
        <translation>Herstelsleutel kiezen…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="66"/>
        <source>Choose the organisation&apos;s recovery key file</source>
        <translation>Het herstelsleutelbestand van de organisatie kiezen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="71"/>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="81"/>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="85"/>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="89"/>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="90"/>
        <source>Data folder: {folder}</source>
        <translation>Gegevensmap: {folder}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="113"/>
        <source>Too short: {n} of {minimum} characters</source>
        <translation>Te kort: {n} van {minimum} tekens</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="116"/>
        <source>Weak: add a few more words</source>
        <translation>Zwak: voeg nog een paar woorden toe</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="118"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="120"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="121"/>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="129"/>
        <source>Enter your name; it appears in the access log.</source>
        <translation>Vul uw naam in; die komt in het toegangslog.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="132"/>
        <source>The passphrase needs at least {n} characters: a long sentence is both safer and easier to remember than a short complicated word.</source>
        <translation>De wachtwoordzin moet minstens {n} tekens hebben: een lange zin is veiliger én makkelijker te onthouden dan een kort, ingewikkeld woord.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="136"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn verschillend.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="138"/>
        <source>Repeat the passphrase to be sure it is typed as you meant.</source>
        <translation>Herhaal de wachtwoordzin, zodat zeker is dat hij goed getypt is.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="144"/>
        <source>Organisation recovery key</source>
        <translation>Herstelsleutel van de organisatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="144"/>
        <source>Recovery key (*.json)</source>
        <translation>Herstelsleutel (*.json)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="151"/>
        <source>Recovery key: {name}</source>
        <translation>Herstelsleutel: {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/first_run.py" line="162"/>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="42"/>
        <source>Stap 0 — {name}</source>
        <translation>Stap 0 — {name}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="70"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="82"/>
        <source>Main</source>
        <translation>Hoofdmenu</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="86"/>
        <source>New family</source>
        <translation>Nieuw gezin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="89"/>
        <source>New home visit</source>
        <translation>Nieuw huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="94"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Zoeken in notities (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="95"/>
        <source>Search notes</source>
        <translation>Zoeken in notities</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="101"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="104"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="108"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="111"/>
        <source>About</source>
        <translation>Over Stap 0</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="136"/>
        <source>&lt;h3&gt;Your vault is ready&lt;/h3&gt;&lt;p&gt;Start with &lt;b&gt;New family&lt;/b&gt; (Ctrl+N): add the parents and children, then a &lt;b&gt;New home visit&lt;/b&gt; to write your notes while you listen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uw kluis is klaar&lt;/h3&gt;&lt;p&gt;Begin met &lt;b&gt;Nieuw gezin&lt;/b&gt; (Ctrl+N): voeg de ouders en kinderen toe, en daarna een &lt;b&gt;Nieuw huisbezoek&lt;/b&gt; om uw notities te schrijven terwijl u luistert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="139"/>
        <source>&lt;h3&gt;{n} families&lt;/h3&gt;&lt;p&gt;Choose a family on the left, or search all notes with Ctrl+F.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{n} gezinnen&lt;/h3&gt;&lt;p&gt;Kies links een gezin, of zoek in alle notities met Ctrl+F.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/main_window.py" line="176"/>
        <source>Stap 0</source>
        <translation>Stap 0</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="42"/>
        <source>Edit member</source>
        <translation>Gezinslid bewerken</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="42"/>
        <source>Add member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="46"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="85"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="47"/>
        <source>Parent or carer</source>
        <translation>Ouder of verzorger</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="48"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="49"/>
        <source>Unborn child</source>
        <translation>Ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="50"/>
        <source>Adult client</source>
        <translation>Volwassen cliënt</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="53"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="86"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="55"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="87"/>
        <source>Family name</source>
        <translation>Gezinsnaam</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="57"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="88"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="58"/>
        <source>optional, 9 digits</source>
        <translation>niet verplicht, 9 cijfers</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="61"/>
        <source>Birth date known</source>
        <translation>Geboortedatum bekend</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="63"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="91"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="68"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="92"/>
        <source>Expected date</source>
        <translation>Uitgerekende datum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="73"/>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="93"/>
        <source>Mother</source>
        <translation>Moeder</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="75"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="139"/>
        <source>Valid BSN</source>
        <translation>Geldig BSN</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="143"/>
        <source>A BSN has digits only.</source>
        <translation>Een BSN bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="144"/>
        <source>A BSN has 9 digits ({n} typed).</source>
        <translation>Een BSN heeft 9 cijfers ({n} getypt).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="146"/>
        <source>Not a valid BSN: it fails the elfproef.</source>
        <translation>Geen geldig BSN: het voldoet niet aan de elfproef.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/member_dialog.py" line="147"/>
        <source>Not a valid BSN.</source>
        <translation>Geen geldig BSN.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../stap0_desktop/ui/note_editor.py" line="39"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/note_editor.py" line="40"/>
        <source>Write while you listen; it is saved as you type.</source>
        <translation>Schrijf terwijl u luistert; alles wordt onder het typen bewaard.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/note_editor.py" line="75"/>
        <source>Not saved yet…</source>
        <translation>Nog niet bewaard…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/note_editor.py" line="105"/>
        <source>Saved at {time}</source>
        <translation>Bewaard om {time}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/note_editor.py" line="110"/>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="32"/>
        <source>Add relation</source>
        <translation>Relatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="35"/>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="55"/>
        <source>Member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="37"/>
        <source>Related member</source>
        <translation>Ander gezinslid</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="39"/>
        <source>Unborn child</source>
        <translation>Ongeboren kind</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="45"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="56"/>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="57"/>
        <source>of</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="65"/>
        <source>Choose two different members.</source>
        <translation>Kies twee verschillende gezinsleden.</translation>
    </message>
</context>
<context>
    <name>RelationKind</name>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="21"/>
        <source>parent of</source>
        <translation>ouder van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="22"/>
        <source>carer of</source>
        <translation>verzorger van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="23"/>
        <source>partner of</source>
        <translation>partner van</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/relation_dialog.py" line="24"/>
        <source>sibling of</source>
        <translation>broer/zus van</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../stap0_desktop/ui/search_panel.py" line="33"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/search_panel.py" line="64"/>
        <source>Type to search all notes.</source>
        <translation>Typ om in alle notities te zoeken.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/search_panel.py" line="66"/>
        <source>No notes found for “{q}”.</source>
        <translation>Geen notities gevonden voor “{q}”.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/search_panel.py" line="68"/>
        <source>{n} notes found for “{q}”, best first.</source>
        <translation>{n} notities gevonden voor “{q}”, beste eerst.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="31"/>
        <source>Lock after minutes without use</source>
        <translation>Vergrendelen na minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="34"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="37"/>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="51"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="43"/>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="53"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="44"/>
        <source>A new language is used from the next start.</source>
        <translation>Een andere taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/settings_dialog.py" line="50"/>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="23"/>
        <source>Stap 0 — locked</source>
        <translation>Stap 0 — vergrendeld</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="24"/>
        <source>&lt;h2&gt;Stap 0 is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Stap 0 is vergrendeld&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="25"/>
        <source>Type your passphrase to open your vault.</source>
        <translation>Typ uw wachtwoordzin om uw kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="28"/>
        <location filename="../../stap0_desktop/ui/unlock.py" line="29"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="31"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="37"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="38"/>
        <location filename="../../stap0_desktop/ui/unlock.py" line="40"/>
        <location filename="../../stap0_desktop/ui/unlock.py" line="106"/>
        <source>Passphrase forgotten?</source>
        <translation>Wachtwoordzin vergeten?</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="51"/>
        <source>Demo vault — passphrase: {p}</source>
        <translation>Demokluis — wachtwoordzin: {p}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="77"/>
        <source>Opening the vault…</source>
        <translation>De kluis wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="100"/>
        <source>Too many wrong tries: wait {s} seconds before the next one.</source>
        <translation>Te vaak een verkeerde wachtwoordzin: wacht {s} seconden voor de volgende poging.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/unlock.py" line="107"/>
        <source>Your passphrase is not stored anywhere, so nobody can tell it to you.

If your organisation gave you a recovery key when the vault was made, its application administrator can open your vault with that key and let you set a new passphrase (stap0 vault recover). Bring this laptop to them.

Without a recovery key the notes in this vault cannot be recovered.</source>
        <translation>Uw wachtwoordzin is nergens opgeslagen, dus niemand kan hem u vertellen.

Als uw organisatie bij het aanmaken van de kluis een herstelsleutel heeft meegegeven, kan de applicatiebeheerder uw kluis met die sleutel openen en u een nieuwe wachtwoordzin laten kiezen (stap0 vault recover). Breng deze laptop naar hen toe.

Zonder herstelsleutel zijn de notities in deze kluis niet terug te halen.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/app.py" line="105"/>
        <source>Wait before trying again.</source>
        <translation>Wacht even voor u het opnieuw probeert.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="35"/>
        <source>New home visit</source>
        <translation>Nieuw huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="39"/>
        <source>Kind of visit</source>
        <translation>Soort bezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="43"/>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="54"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="46"/>
        <source>at home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="47"/>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="55"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="53"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="25"/>
        <source>Prenatal home visit</source>
        <translation>Prenataal huisbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="26"/>
        <source>Debt counselling visit</source>
        <translation>Huisbezoek schuldhulp</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="27"/>
        <source>Follow-up visit</source>
        <translation>Vervolgbezoek</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/ui/visit_dialog.py" line="28"/>
        <source>Other visit</source>
        <translation>Ander bezoek</translation>
    </message>
</context>
</TS>
