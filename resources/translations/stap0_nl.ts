<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="45"/>
        <source>The numbers must be 0 or more.</source>
        <translation>De aantallen moeten 0 of meer zijn.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="49"/>
        <source>Demo: {families} families, {members} members, {visits} visits, {notes} notes (fictional).</source>
        <translation>Demo: {families} gezinnen, {members} gezinsleden, {visits} huisbezoeken, {notes} notities (fictief).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/caseload_commands.py" line="70"/>
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
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="58"/>
        <source>Recovered: the vault now opens with the new passphrase.</source>
        <translation>Hersteld: de kluis opent nu met de nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="63"/>
        <source>Backup restored in {folder}.</source>
        <translation>Back-up teruggezet in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="65"/>
        <source>The vault that was there is kept in {folder}.</source>
        <translation>De kluis die er stond, is bewaard in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="74"/>
        <source>Public key (give to every laptop): {path}</source>
        <translation>Publieke sleutel (voor elke laptop): {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="75"/>
        <source>Private key (keep offline, owner only): {path}</source>
        <translation>Privésleutel (offline bewaren, alleen voor de eigenaar): {path}</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="93"/>
        <source>Vault OK: pages authenticated, integrity ok, access log intact ({rows} entries).</source>
        <translation>Kluis in orde: pagina&apos;s gecontroleerd, integriteit in orde, toegangslog intact ({rows} regels).</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="96"/>
        <source>The vault is damaged. Restore a backup or contact support.</source>
        <translation>De kluis is beschadigd. Zet een back-up terug of neem contact op met de helpdesk.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="98"/>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="106"/>
        <source>Access log: entry {seq} was changed or removed.</source>
        <translation>Toegangslog: regel {seq} is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="104"/>
        <source>Access log intact: {rows} entries.</source>
        <translation>Toegangslog intact: {rows} regels.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="112"/>
        <source>Passphrase changed.</source>
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="116"/>
        <source>Recovery key set.</source>
        <translation>Herstelsleutel ingesteld.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="120"/>
        <source>Encrypted backup written to {path}.</source>
        <translation>Versleutelde back-up geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="137"/>
        <source>Vault created in {folder}.</source>
        <translation>Kluis aangemaakt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="138"/>
        <source>Key derivation: Argon2id, {mib} MiB, {iterations} passes.</source>
        <translation>Sleutelafleiding: Argon2id, {mib} MiB, {iterations} rondes.</translation>
    </message>
    <message>
        <location filename="../../stap0_desktop/cli/vault_commands.py" line="141"/>
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
</TS>
