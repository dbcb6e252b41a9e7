<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Relais: offline encrypted fallback for the practice.</source>
        <translation>Relais: offline encrypted fallback for the practice.</translation>
    </message>
    <message>
        <source>Vault file (default: %1).</source>
        <translation>Vault file (default: %1).</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Language: fr or en.</translation>
    </message>
    <message>
        <source>Print diagnostic lines (never secrets or patient data).</source>
        <translation>Print diagnostic lines (never secrets or patient data).</translation>
    </message>
</context>
<context>
    <name>relais::AuditLog</name>
    <message>
        <source>Audit entry #%1 is broken: %2</source>
        <translation>Audit entry #%1 is broken: %2</translation>
    </message>
    <message>
        <source>it is missing (entries removed)</source>
        <translation>it is missing (entries removed)</translation>
    </message>
    <message>
        <source>its content or position was changed</source>
        <translation>its content or position was changed</translation>
    </message>
    <message>
        <source>the trail ends before its last recorded entry #%1</source>
        <translation>the trail ends before its last recorded entry #%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries</source>
        <translation><numerusform>Audit trail intact: %n entries</numerusform><numerusform>Audit trail intact: %n entries</numerusform></translation>
    </message>
</context>
<context>
    <name>relais::ConsultationStore</name>
    <message>
        <source>No patient #%1 in this vault</source>
        <translation>No patient #%1 in this vault</translation>
    </message>
    <message>
        <source>Consultation #%1 is not a draft any more</source>
        <translation>Consultation #%1 is not a draft any more</translation>
    </message>
    <message>
        <source>Consultation #%1 is not a draft</source>
        <translation>Consultation #%1 is not a draft</translation>
    </message>
    <message>
        <source>No consultation #%1</source>
        <translation>No consultation #%1</translation>
    </message>
    <message>
        <source>Consultation #%1 is already closed; correct it instead</source>
        <translation>Consultation #%1 is already closed; correct it instead</translation>
    </message>
    <message>
        <source>Reason for the visit: required before closing the consultation</source>
        <translation>Reason for the visit: required before closing the consultation</translation>
    </message>
    <message>
        <source>Consultation #%1 is still a draft: close it first</source>
        <translation>Consultation #%1 is still a draft: close it first</translation>
    </message>
    <message>
        <source>Correction: say briefly why the consultation is corrected</source>
        <translation>Correction: say briefly why the consultation is corrected</translation>
    </message>
    <message>
        <source>Reason for the visit: required</source>
        <translation>Reason for the visit: required</translation>
    </message>
    <message>
        <source>Correction: nothing was changed</source>
        <translation>Correction: nothing was changed</translation>
    </message>
</context>
<context>
    <name>relais::Database</name>
    <message>
        <source>Database error %1: %2</source>
        <translation>Database error %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>relais::Identity</name>
    <message>
        <source>Identity status: RECUP and QUAL are obtained from the INSi teleservice, which Relais cannot reach; choose PROV or VALI</source>
        <translation>Identity status: RECUP and QUAL are obtained from the INSi teleservice, which Relais cannot reach; choose PROV or VALI</translation>
    </message>
    <message>
        <source>Identity status: VALI needs the birth name, first given name, sex and date of birth</source>
        <translation>Identity status: VALI needs the birth name, first given name, sex and date of birth</translation>
    </message>
</context>
<context>
    <name>relais::KdfParams</name>
    <message>
        <source>Key slot has invalid key-derivation parameters</source>
        <translation>Key slot has invalid key-derivation parameters</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed)</source>
        <translation>Not enough memory to derive the key (%1 MiB needed)</translation>
    </message>
</context>
<context>
    <name>relais::KeyHeader</name>
    <message>
        <source>Key header %1 is damaged: field "%2" is invalid</source>
        <translation>Key header %1 is damaged: field "%2" is invalid</translation>
    </message>
    <message>
        <source>Key header %1 not found</source>
        <translation>Key header %1 not found</translation>
    </message>
    <message>
        <source>Cannot read key header %1: %2</source>
        <translation>Cannot read key header %1: %2</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: file too large</source>
        <translation>Key header %1 is damaged: file too large</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: not valid JSON (offset %2)</source>
        <translation>Key header %1 is damaged: not valid JSON (offset %2)</translation>
    </message>
    <message>
        <source>%1 is not a Relais key header</source>
        <translation>%1 is not a Relais key header</translation>
    </message>
    <message>
        <source>Key header %1 was written by a newer Relais (format %2); update Relais</source>
        <translation>Key header %1 was written by a newer Relais (format %2); update Relais</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: missing version</source>
        <translation>Key header %1 is damaged: missing version</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: it has no key slot</source>
        <translation>Key header %1 is damaged: it has no key slot</translation>
    </message>
    <message>
        <source>Cannot write key header %1: %2</source>
        <translation>Cannot write key header %1: %2</translation>
    </message>
</context>
<context>
    <name>relais::Nir</name>
    <message>
        <source>%1: a social-security number has 15 characters (13 and a 2-digit key), not %2</source>
        <translation>%1: a social-security number has 15 characters (13 and a 2-digit key), not %2</translation>
    </message>
    <message>
        <source>%1: character %2 ("%3") is not a digit</source>
        <translation>%1: character %2 ("%3") is not a digit</translation>
    </message>
    <message>
        <source>%1: the first digit must be 1 or 2 (7 or 8 for a provisional number), not %2</source>
        <translation>%1: the first digit must be 1 or 2 (7 or 8 for a provisional number), not %2</translation>
    </message>
    <message>
        <source>%1: the month of birth (characters 4-5) cannot be 00</source>
        <translation>%1: the month of birth (characters 4-5) cannot be 00</translation>
    </message>
    <message>
        <source>%1: the key %2 does not match the number (expected %3); check the digits</source>
        <translation>%1: the key %2 does not match the number (expected %3); check the digits</translation>
    </message>
</context>
<context>
    <name>relais::PassphraseStrength</name>
    <message>
        <source>Too weak: add words, it must resist a determined attacker</source>
        <translation>Too weak: add words, it must resist a determined attacker</translation>
    </message>
    <message>
        <source>Weak: accepted, but a longer passphrase is better</source>
        <translation>Weak: accepted, but a longer passphrase is better</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>relais::Patient</name>
    <message>
        <source>%1 (née %2) %3</source>
        <translation>%1 (née %2) %3</translation>
    </message>
    <message>
        <source>%1 (born %2) %3</source>
        <translation>%1 (born %2) %3</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>relais::PatientStore</name>
    <message>
        <source>Birth name: required</source>
        <translation>Birth name: required</translation>
    </message>
    <message>
        <source>First given name: required</source>
        <translation>First given name: required</translation>
    </message>
    <message>
        <source>Date of birth: required, as DD/MM/YYYY</source>
        <translation>Date of birth: required, as DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Date of birth: %1 is in the future</source>
        <translation>Date of birth: %1 is in the future</translation>
    </message>
    <message>
        <source>Date of birth: %1 is impossible</source>
        <translation>Date of birth: %1 is impossible</translation>
    </message>
    <message>
        <source>Social-security number (NIR)</source>
        <translation>Social-security number (NIR)</translation>
    </message>
    <message>
        <source>Birth place: an INSEE code has 5 characters (for example 75056), not "%1"</source>
        <translation>Birth place: an INSEE code has 5 characters (for example 75056), not "%1"</translation>
    </message>
    <message>
        <source>E-mail: "%1" is not an e-mail address</source>
        <translation>E-mail: "%1" is not an e-mail address</translation>
    </message>
    <message>
        <source>The NIR's first digit does not match the sex</source>
        <translation>The NIR's first digit does not match the sex</translation>
    </message>
    <message>
        <source>The NIR's year (characters 2-3) does not match the date of birth</source>
        <translation>The NIR's year (characters 2-3) does not match the date of birth</translation>
    </message>
    <message>
        <source>same social-security number</source>
        <translation>same social-security number</translation>
    </message>
    <message>
        <source>same name, given name and date of birth</source>
        <translation>same name, given name and date of birth</translation>
    </message>
    <message>
        <source>No patient #%1 in this vault</source>
        <translation>No patient #%1 in this vault</translation>
    </message>
    <message>
        <source>Allergy: the substance is required</source>
        <translation>Allergy: the substance is required</translation>
    </message>
    <message>
        <source>History: the label is required</source>
        <translation>History: the label is required</translation>
    </message>
    <message>
        <source>History: the date is in the future</source>
        <translation>History: the date is in the future</translation>
    </message>
    <message>
        <source>History: "%1" is not a CIM-10 code (for example E11.9)</source>
        <translation>History: "%1" is not a CIM-10 code (for example E11.9)</translation>
    </message>
    <message>
        <source>ALD: the label is required</source>
        <translation>ALD: the label is required</translation>
    </message>
    <message>
        <source>ALD: the end date is before the start date</source>
        <translation>ALD: the end date is before the start date</translation>
    </message>
    <message>
        <source>Treatment: the active substance (DCI) is required</source>
        <translation>Treatment: the active substance (DCI) is required</translation>
    </message>
    <message>
        <source>Treatment: %1 renewals is impossible (0 to 12)</source>
        <translation>Treatment: %1 renewals is impossible (0 to 12)</translation>
    </message>
    <message>
        <source>Weight and height: the date is missing or in the future</source>
        <translation>Weight and height: the date is missing or in the future</translation>
    </message>
    <message>
        <source>Weight: %1 kg is impossible (0.3 to 400)</source>
        <translation>Weight: %1 kg is impossible (0.3 to 400)</translation>
    </message>
    <message>
        <source>Height: %1 cm is impossible (20 to 250)</source>
        <translation>Height: %1 cm is impossible (20 to 250)</translation>
    </message>
    <message>
        <source>Weight and height: give at least one of them</source>
        <translation>Weight and height: give at least one of them</translation>
    </message>
    <message>
        <source>Nothing to remove (%1 #%2)</source>
        <translation>Nothing to remove (%1 #%2)</translation>
    </message>
</context>
<context>
    <name>relais::RecoverySheet</name>
    <message>
        <source>Relais — vault recovery key</source>
        <translation>Relais — vault recovery key</translation>
    </message>
    <message>
        <source>Keep this sheet in the practice safe. Anyone holding it and a copy of the vault can read the patient records it contains.</source>
        <translation>Keep this sheet in the practice safe. Anyone holding it and a copy of the vault can read the patient records it contains.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>When to use it</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten: start Relais, choose "Use the recovery key" on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</source>
        <translation>If every passphrase is forgotten: start Relais, choose "Use the recovery key" on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</translation>
    </message>
    <message>
        <source>Never photograph this sheet, never send it by e-mail, never store it on the same computer.</source>
        <translation>Never photograph this sheet, never send it by e-mail, never store it on the same computer.</translation>
    </message>
</context>
<context>
    <name>relais::Schema</name>
    <message>
        <source>This vault was written by a newer version of Relais (schema %1, this version knows %2). Install the newer Relais to open it.</source>
        <translation>This vault was written by a newer version of Relais (schema %1, this version knows %2). Install the newer Relais to open it.</translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation>Schema migration to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>relais::Vault</name>
    <message>
        <source>Vault file %1 cannot be read: %2</source>
        <translation>Vault file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Vault file %1 is NOT encrypted (plain SQLite header). Relais refuses to use it.</source>
        <translation>Vault file %1 is NOT encrypted (plain SQLite header). Relais refuses to use it.</translation>
    </message>
    <message>
        <source>A vault already exists at %1</source>
        <translation>A vault already exists at %1</translation>
    </message>
    <message>
        <source>The passphrase is empty</source>
        <translation>The passphrase is empty</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>No vault at %1</source>
        <translation>No vault at %1</translation>
    </message>
    <message>
        <source>The vault file %1 is missing (its key header is there)</source>
        <translation>The vault file %1 is missing (its key header is there)</translation>
    </message>
    <message>
        <source>The key header %1 is missing: the vault cannot be opened without it. Restore it from a backup.</source>
        <translation>The key header %1 is missing: the vault cannot be opened without it. Restore it from a backup.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation><numerusform>Too many failed attempts: wait %n second before trying again.</numerusform><numerusform>Too many failed attempts: wait %n seconds before trying again.</numerusform></translation>
    </message>
    <message>
        <source>The vault has no key slot named "%1"</source>
        <translation>The vault has no key slot named "%1"</translation>
    </message>
    <message>
        <source>Wrong recovery key for %1</source>
        <translation>Wrong recovery key for %1</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>Wrong passphrase for %1</translation>
    </message>
    <message>
        <source>The key header does not match the vault file %1 (or the file is damaged)</source>
        <translation>The key header does not match the vault file %1 (or the file is damaged)</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Cannot read the vault %1: %2</translation>
    </message>
    <message>
        <source>SQLCipher is not active: Relais refuses to run without encryption</source>
        <translation>SQLCipher is not active: Relais refuses to run without encryption</translation>
    </message>
    <message>
        <source>Cannot configure the vault %1: %2</source>
        <translation>Cannot configure the vault %1: %2</translation>
    </message>
    <message>
        <source>The key header does not belong to the vault file %1</source>
        <translation>The key header does not belong to the vault file %1</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>A key slot needs a name</source>
        <translation>A key slot needs a name</translation>
    </message>
    <message>
        <source>A key slot named "%1" already exists</source>
        <translation>A key slot named "%1" already exists</translation>
    </message>
    <message>
        <source>No key slot %1</source>
        <translation>No key slot %1</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed</source>
        <translation>The last passphrase slot cannot be removed</translation>
    </message>
    <message>
        <source>Encrypted page check failed: %1</source>
        <translation>Encrypted page check failed: %1</translation>
    </message>
    <message>
        <source>Database structure check failed: %1</source>
        <translation>Database structure check failed: %1</translation>
    </message>
</context>
<context>
    <name>relais::Vitals</name>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolic blood pressure</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolic blood pressure</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Capillary glucose</source>
        <translation>Capillary glucose</translation>
    </message>
    <message>
        <source>%1: %2 is impossible (expected %3 to %4 %5)</source>
        <translation>%1: %2 is impossible (expected %3 to %4 %5)</translation>
    </message>
    <message>
        <source>%1: %2 is unusual; check the value</source>
        <translation>%1: %2 is unusual; check the value</translation>
    </message>
    <message>
        <source>Blood pressure: the diastolic (%1) must be lower than the systolic (%2)</source>
        <translation>Blood pressure: the diastolic (%1) must be lower than the systolic (%2)</translation>
    </message>
    <message>
        <source>Blood pressure: give both the systolic and the diastolic value</source>
        <translation>Blood pressure: give both the systolic and the diastolic value</translation>
    </message>
    <message>
        <source>BMI %1 kg/m² is unusual; check weight and height</source>
        <translation>BMI %1 kg/m² is unusual; check weight and height</translation>
    </message>
</context>
<context>
    <name>relais::cli::Cli</name>
    <message>
        <source>Vault file (default: %1).</source>
        <translation>Vault file (default: %1).</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (default: standard input).</source>
        <translation>Read the passphrase from the first line of FILE (default: standard input).</translation>
    </message>
    <message>
        <source>Unlock with the recovery key read from FILE instead of a passphrase.</source>
        <translation>Unlock with the recovery key read from FILE instead of a passphrase.</translation>
    </message>
    <message>
        <source>passwd: read the new passphrase from FILE (default: standard input).</source>
        <translation>passwd: read the new passphrase from FILE (default: standard input).</translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock or change.</source>
        <translation>Key slot (practitioner) to unlock or change.</translation>
    </message>
    <message>
        <source>passwd: add a new passphrase slot named LABEL.</source>
        <translation>passwd: add a new passphrase slot named LABEL.</translation>
    </message>
    <message>
        <source>init: name of the first key slot (the practitioner).</source>
        <translation>init: name of the first key slot (the practitioner).</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Language of messages: fr or en.</translation>
    </message>
    <message>
        <source>Tests only: minimal key derivation. Never use for real data.</source>
        <translation>Tests only: minimal key derivation. Never use for real data.</translation>
    </message>
    <message>
        <source>Accept a passphrase zxcvbn rates too weak (demo vaults).</source>
        <translation>Accept a passphrase zxcvbn rates too weak (demo vaults).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Print diagnostic lines (never secrets or patient data).</source>
        <translation>Print diagnostic lines (never secrets or patient data).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Passphrase refused: %1</source>
        <translation>Passphrase refused: %1</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>A vault already exists at %1</source>
        <translation>A vault already exists at %1</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Vault created: %1</source>
        <translation>Vault created: %1</translation>
    </message>
    <message>
        <source>Recovery key (shown once; write it down and keep it in the practice safe):</source>
        <translation>Recovery key (shown once; write it down and keep it in the practice safe):</translation>
    </message>
    <message>
        <source>OK: encryption and structure verified; %1</source>
        <translation>OK: encryption and structure verified; %1</translation>
    </message>
    <message>
        <source>--add and --slot cannot be combined with the recovery key</source>
        <translation>--add and --slot cannot be combined with the recovery key</translation>
    </message>
    <message>
        <source>Key slot "%1" added</source>
        <translation>Key slot "%1" added</translation>
    </message>
    <message>
        <source>No passphrase slot to reset</source>
        <translation>No passphrase slot to reset</translation>
    </message>
    <message>
        <source>Passphrase changed for key slot "%1"</source>
        <translation>Passphrase changed for key slot "%1"</translation>
    </message>
    <message>
        <source>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</source>
        <translation>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</translation>
    </message>
    <message>
        <source>Unknown command "%1" (see --help)</source>
        <translation>Unknown command "%1" (see --help)</translation>
    </message>
    <message>
        <source>demo: number of invented patients to add.</source>
        <translation>demo: number of invented patients to add.</translation>
    </message>
    <message>
        <source>demo: seed of the generator (same seed, same patients).</source>
        <translation>demo: seed of the generator (same seed, same patients).</translation>
    </message>
    <message>
        <source>find: at most N matches.</source>
        <translation>find: at most N matches.</translation>
    </message>
    <message>
        <source>Relais command-line tool.

Commands:
  init      create a new vault (prints the recovery key once)
  verify    check encryption, structure and the audit chain
  passwd    change a slot's passphrase, or add a slot with --add
  demo      add invented patients (demo data) to a vault, creating it if needed
  find      search patients as the search box does: find QUERY...</source>
        <translation>Relais command-line tool.

Commands:
  init      create a new vault (prints the recovery key once)
  verify    check encryption, structure and the audit chain
  passwd    change a slot's passphrase, or add a slot with --add
  demo      add invented patients (demo data) to a vault, creating it if needed
  find      search patients as the search box does: find QUERY...</translation>
    </message>
    <message>
        <source>init, verify, passwd, demo or find</source>
        <translation>init, verify, passwd, demo or find</translation>
    </message>
    <message>
        <source>--patients takes a number from 1 to 1000000</source>
        <translation>--patients takes a number from 1 to 1000000</translation>
    </message>
    <message>
        <source>Demo practitioner</source>
        <translation>Demo practitioner</translation>
    </message>
    <message>
        <source>demo: %1 / %2 patients</source>
        <translation>demo: %1 / %2 patients</translation>
    </message>
    <message>
        <source>%1 demo patients added (invented data, demo NIRs)</source>
        <translation>%1 demo patients added (invented data, demo NIRs)</translation>
    </message>
    <message>
        <source>find needs a query: a name, a date of birth or digits of a NIR or phone</source>
        <translation>find needs a query: a name, a date of birth or digits of a NIR or phone</translation>
    </message>
    <message>
        <source>%1 match(es), %2 shown</source>
        <translation>%1 match(es), %2 shown</translation>
    </message>
    <message>
        <source>Give one command: init, verify, passwd, demo or find (see --help)</source>
        <translation>Give one command: init, verify, passwd, demo or find (see --help)</translation>
    </message>
</context>
<context>
    <name>relais::cli::SecretInput</name>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Cannot read the secret file %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is empty</source>
        <translation>The secret file %1 is empty</translation>
    </message>
    <message>
        <source>No secret was given on standard input</source>
        <translation>No secret was given on standard input</translation>
    </message>
</context>
<context>
    <name>relais::ui::CreateVaultDialog</name>
    <message>
        <source>Relais — create the vault</source>
        <translation>Relais — create the vault</translation>
    </message>
    <message>
        <source>Welcome to Relais</source>
        <translation>Welcome to Relais</translation>
    </message>
    <message>
        <source>Relais keeps an encrypted copy of your patient records on this computer, so that you can keep working when your usual medical software is unavailable. The vault can only be opened with the passphrase you choose here, or with the recovery key shown next.</source>
        <translation>Relais keeps an encrypted copy of your patient records on this computer, so that you can keep working when your usual medical software is unavailable. The vault can only be opened with the passphrase you choose here, or with the recovery key shown next.</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Vault file: %1</translation>
    </message>
    <message>
        <source>e.g. Dr Marie Martin</source>
        <translation>e.g. Dr Marie Martin</translation>
    </message>
    <message>
        <source>Several words you will remember</source>
        <translation>Several words you will remember</translation>
    </message>
    <message>
        <source>Practitioner's &amp;name:</source>
        <translation>Practitioner's &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>&amp;Confirm the passphrase:</source>
        <translation>&amp;Confirm the passphrase:</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words, such as "lighthouse parsley violin November", are easy to remember and hard to guess.</source>
        <translation>Tip: four or five unrelated words, such as "lighthouse parsley violin November", are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Type a passphrase to see its strength.</source>
        <translation>Type a passphrase to see its strength.</translation>
    </message>
    <message>
        <source>Enter the practitioner's name to continue.</source>
        <translation>Enter the practitioner's name to continue.</translation>
    </message>
    <message>
        <source>Choose a passphrase to continue.</source>
        <translation>Choose a passphrase to continue.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: add one or two words.</source>
        <translation>The passphrase is too weak: add one or two words.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation>Type the passphrase a second time to confirm it.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
</context>
<context>
    <name>relais::ui::MainWindow</name>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>The vault is open</source>
        <translation>The vault is open</translation>
    </message>
    <message>
        <source>Patient search will appear here.</source>
        <translation>Patient search will appear here.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Auto-lock delay…</source>
        <translation>&amp;Auto-lock delay…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation>Auto-lock delay</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity:</source>
        <translation>Lock the vault after this many minutes without activity:</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Unlocked by: %1</source>
        <translation>Unlocked by: %1</translation>
    </message>
    <message>
        <source>Auto-lock in %1</source>
        <translation>Auto-lock in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice's computers.</source>
        <translation><numerusform>%n failed unlock attempt since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice's computers.</numerusform><numerusform>%n failed unlock attempts since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice's computers.</numerusform></translation>
    </message>
</context>
<context>
    <name>relais::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryKeyDialog</name>
    <message>
        <source>Relais — recovery key</source>
        <translation>Relais — recovery key</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only other way to open the vault. It is shown only this once.</source>
        <translation>If the passphrase is ever forgotten, this key is the only other way to open the vault. It is shown only this once.</translation>
    </message>
    <message>
        <source>Print the sheet (or copy the key by hand on paper) and keep it in the practice safe. Never photograph it, e-mail it or store it on this computer.</source>
        <translation>Print the sheet (or copy the key by hand on paper) and keep it in the practice safe. Never photograph it, e-mail it or store it on this computer.</translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;Print the sheet…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>I have printed or written down the recovery key</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed.</source>
        <translation>The recovery sheet could not be printed.</translation>
    </message>
    <message>
        <source>The sheet was printed but the audit log could not record it: %1</source>
        <translation>The sheet was printed but the audit log could not record it: %1</translation>
    </message>
    <message>
        <source>Relais recovery key</source>
        <translation>Relais recovery key</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Print the recovery sheet</translation>
    </message>
    <message>
        <source>Choose a paper printer: the sheet must not be saved as a file.</source>
        <translation>Choose a paper printer: the sheet must not be saved as a file.</translation>
    </message>
    <message>
        <source>The sheet has been sent to the printer. Check that it came out.</source>
        <translation>The sheet has been sent to the printer. Check that it came out.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Copy the key by hand onto paper instead, or set up a printer and click "Print the sheet…" again.</source>
        <translation>No printer is set up on this computer. Copy the key by hand onto paper instead, or set up a printer and click "Print the sheet…" again.</translation>
    </message>
    <message>
        <source>The printer reported an error. Check it, or copy the key by hand.</source>
        <translation>The printer reported an error. Check it, or copy the key by hand.</translation>
    </message>
</context>
<context>
    <name>relais::ui::SessionController</name>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation><numerusform>Relais locked itself after %n minute without activity.</numerusform><numerusform>Relais locked itself after %n minutes without activity.</numerusform></translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>The lock could not be recorded in the audit log: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::UnlockDialog</name>
    <message>
        <source>Relais — unlock</source>
        <translation>Relais — unlock</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Recovery key (from the sheet kept in the safe):</source>
        <translation>&amp;Recovery key (from the sheet kept in the safe):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Use the passphrase instead</translation>
    </message>
    <message>
        <source>Forgotten passphrase? Use the recovery key</source>
        <translation>Forgotten passphrase? Use the recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation><numerusform>Too many failed attempts. You can try again in %n second.</numerusform><numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform></translation>
    </message>
</context>
</TS>