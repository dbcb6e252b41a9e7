<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Relais: offline encrypted fallback for the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print diagnostic lines (never secrets or patient data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::AuditLog</name>
    <message>
        <source>Audit entry #%1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is missing (entries removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content or position was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail ends before its last recorded entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Database</name>
    <message>
        <source>Database error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::KdfParams</name>
    <message>
        <source>Key slot has invalid key-derivation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::KeyHeader</name>
    <message>
        <source>Key header %1 is damaged: field &quot;%2&quot; is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key header %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read key header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key header %1 is damaged: file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key header %1 is damaged: not valid JSON (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Relais key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key header %1 was written by a newer Relais (format %2); update Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key header %1 is damaged: missing version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key header %1 is damaged: it has no key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write key header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::PassphraseStrength</name>
    <message>
        <source>Too weak: add words, it must resist a determined attacker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: accepted, but a longer passphrase is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::RecoverySheet</name>
    <message>
        <source>Relais — vault recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet in the practice safe. Anyone holding it and a copy of the vault can read the patient records it contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten: start Relais, choose &quot;Use the recovery key&quot; on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never photograph this sheet, never send it by e-mail, never store it on the same computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::Schema</name>
    <message>
        <source>This vault was written by a newer version of Relais (schema %1, this version knows %2). Install the newer Relais to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::Vault</name>
    <message>
        <source>Vault file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file %1 is NOT encrypted (plain SQLite header). Relais refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file %1 is missing (its key header is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 is missing: the vault cannot be opened without it. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has no key slot named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header does not match the vault file %1 (or the file is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher is not active: Relais refuses to run without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the vault %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header does not belong to the vault file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted page check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database structure check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::cli::Cli</name>
    <message>
        <source>Vault file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery key read from FILE instead of a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwd: read the new passphrase from FILE (default: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwd: add a new passphrase slot named LABEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: name of the first key slot (the practitioner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests only: minimal key derivation. Never use for real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a passphrase zxcvbn rates too weak (demo vaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print diagnostic lines (never secrets or patient data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais command-line tool.

Commands:
  init      create a new vault (prints the recovery key once)
  verify    check encryption, structure and the audit chain
  passwd    change a slot&apos;s passphrase, or add a slot with --add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, verify or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown once; write it down and keep it in the practice safe):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: encryption and structure verified; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add and --slot cannot be combined with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase slot to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed for key slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command: init, verify or passwd (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::cli::SecretInput</name>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was given on standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::CreateVaultDialog</name>
    <message>
        <source>Relais — create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais keeps an encrypted copy of your patient records on this computer, so that you can keep working when your usual medical software is unavailable. The vault can only be opened with the passphrase you choose here, or with the recovery key shown next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr Marie Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several words you will remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words, such as &quot;lighthouse parsley violin November&quot;, are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase to see its strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak: add one or two words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::MainWindow</name>
    <message>
        <source>Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient search will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-lock delay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice&apos;s computers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryKeyDialog</name>
    <message>
        <source>Relais — recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only other way to open the vault. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sheet (or copy the key by hand on paper) and keep it in the practice safe. Never photograph it, e-mail it or store it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet was printed but the audit log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a paper printer: the sheet must not be saved as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has been sent to the printer. Check that it came out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::SessionController</name>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::UnlockDialog</name>
    <message>
        <source>Relais — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key (from the sheet kept in the safe):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten passphrase? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
