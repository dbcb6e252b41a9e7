<?xml version="1.0" encoding="utf-8"?>
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
    <name>relais::AllergyCheck</name>
    <message>
        <source>penicillins</source>
        <translation>penicillins</translation>
    </message>
    <message>
        <source>cephalosporins</source>
        <translation>cephalosporins</translation>
    </message>
    <message>
        <source>non-steroidal anti-inflammatory drugs</source>
        <translation>non-steroidal anti-inflammatory drugs</translation>
    </message>
    <message>
        <source>salicylates</source>
        <translation>salicylates</translation>
    </message>
    <message>
        <source>sulfonamides</source>
        <translation>sulfonamides</translation>
    </message>
    <message>
        <source>macrolides</source>
        <translation>macrolides</translation>
    </message>
    <message>
        <source>quinolones</source>
        <translation>quinolones</translation>
    </message>
    <message>
        <source>tetracyclines</source>
        <translation>tetracyclines</translation>
    </message>
    <message>
        <source>opioids</source>
        <translation>opioids</translation>
    </message>
    <message>
        <source>ACE inhibitors</source>
        <translation>ACE inhibitors</translation>
    </message>
    <message>
        <source>iodine</source>
        <translation>iodine</translation>
    </message>
    <message>
        <source>glycopeptides</source>
        <translation>glycopeptides</translation>
    </message>
    <message>
        <source>Known allergy: %1</source>
        <translation>Known allergy: %1</translation>
    </message>
    <message>
        <source>Known allergy: %1 (this medicine is one of the %2)</source>
        <translation>Known allergy: %1 (this medicine is one of the %2)</translation>
    </message>
</context>
<context>
    <name>relais::AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Locked after inactivity</source>
        <translation>Locked after inactivity</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Vault checked</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Backup verified</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Backup skipped</translation>
    </message>
    <message>
        <source>Outage drill run</source>
        <translation>Outage drill run</translation>
    </message>
    <message>
        <source>Printer test page printed</source>
        <translation>Printer test page printed</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>Key slot added</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>Key slot removed</translation>
    </message>
    <message>
        <source>Key slot linked to a prescriber</source>
        <translation>Key slot linked to a prescriber</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Recovery sheet printed</translation>
    </message>
    <message>
        <source>Vault put back from an older copy</source>
        <translation>Vault put back from an older copy</translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation>Audit trail opened</translation>
    </message>
    <message>
        <source>Audit report exported</source>
        <translation>Audit report exported</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Record opened</translation>
    </message>
    <message>
        <source>Patient created</source>
        <translation>Patient created</translation>
    </message>
    <message>
        <source>Identity corrected</source>
        <translation>Identity corrected</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Patient search</translation>
    </message>
    <message>
        <source>Consultation started</source>
        <translation>Consultation started</translation>
    </message>
    <message>
        <source>Consultation discarded</source>
        <translation>Consultation discarded</translation>
    </message>
    <message>
        <source>Consultation signed</source>
        <translation>Consultation signed</translation>
    </message>
    <message>
        <source>Consultation corrected</source>
        <translation>Consultation corrected</translation>
    </message>
    <message>
        <source>Prescription written</source>
        <translation>Prescription written</translation>
    </message>
    <message>
        <source>Prescription printed</source>
        <translation>Prescription printed</translation>
    </message>
    <message>
        <source>Prescription reprinted</source>
        <translation>Prescription reprinted</translation>
    </message>
    <message>
        <source>Prescriptions listed</source>
        <translation>Prescriptions listed</translation>
    </message>
    <message>
        <source>Prescription saved as PDF</source>
        <translation>Prescription saved as PDF</translation>
    </message>
    <message>
        <source>Prescriber added</source>
        <translation>Prescriber added</translation>
    </message>
    <message>
        <source>Prescriber updated</source>
        <translation>Prescriber updated</translation>
    </message>
    <message>
        <source>Practice software export imported</source>
        <translation>Practice software export imported</translation>
    </message>
    <message>
        <source>Demo patients added</source>
        <translation>Demo patients added</translation>
    </message>
    <message>
        <source>Synchronisation panel opened</source>
        <translation>Synchronisation panel opened</translation>
    </message>
    <message>
        <source>Synchronisation settings changed</source>
        <translation>Synchronisation settings changed</translation>
    </message>
    <message>
        <source>Sent to the practice software</source>
        <translation>Sent to the practice software</translation>
    </message>
    <message>
        <source>Hand-back export</source>
        <translation>Hand-back export</translation>
    </message>
    <message>
        <source>Hand-back purged</source>
        <translation>Hand-back purged</translation>
    </message>
    <message>
        <source>Hand-back conflict</source>
        <translation>Hand-back conflict</translation>
    </message>
    <message>
        <source>Hand-back conflict opened</source>
        <translation>Hand-back conflict opened</translation>
    </message>
    <message>
        <source>Conflict settled: Relais kept</source>
        <translation>Conflict settled: Relais kept</translation>
    </message>
    <message>
        <source>Conflict settled: practice software kept</source>
        <translation>Conflict settled: practice software kept</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Key slot</translation>
    </message>
    <message>
        <source>Hand-back entry</source>
        <translation>Hand-back entry</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>Drill report</translation>
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
        <translation>
            <numerusform>Audit trail intact: %n entries</numerusform>
            <numerusform>Audit trail intact: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::AuditReport</name>
    <message>
        <source>Audit trail report</source>
        <translation>Audit trail report</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Written on %1 by %2</source>
        <translation>Written on %1 by %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>none (every entry)</source>
        <translation>none (every entry)</translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Chain check: %1</translation>
    </message>
    <message>
        <source>%1 entries shown (the first ones): narrow the filter to see the rest</source>
        <translation>%1 entries shown (the first ones): narrow the filter to see the rest</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entries</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>This report names the patient: it holds personal health data. Keep it as such.</source>
        <translation>This report names the patient: it holds personal health data. Keep it as such.</translation>
    </message>
    <message>
        <source>Patients appear by their row number only.</source>
        <translation>Patients appear by their row number only.</translation>
    </message>
    <message>
        <source>Relais audit trail — vault %1</source>
        <translation>Relais audit trail — vault %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>practitioner %1</source>
        <translation>practitioner %1</translation>
    </message>
</context>
<context>
    <name>relais::AuditTable</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>slot %1</translation>
    </message>
</context>
<context>
    <name>relais::Backup</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrong recovery key for the backup %1</source>
        <translation>Wrong recovery key for the backup %1</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup %1</source>
        <translation>Wrong passphrase for the backup %1</translation>
    </message>
    <message>
        <source>No backup at %1</source>
        <translation>No backup at %1</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: %2 is missing</source>
        <translation>The backup %1 is incomplete: %2 is missing</translation>
    </message>
    <message>
        <source>The manifest of the backup %1 does not list its files</source>
        <translation>The manifest of the backup %1 does not list its files</translation>
    </message>
    <message>
        <source>%1 in the backup %2 was altered or damaged (its SHA-256 is not the manifest&apos;s)</source>
        <translation>%1 in the backup %2 was altered or damaged (its SHA-256 is not the manifest&apos;s)</translation>
    </message>
    <message>
        <source>%1 in the backup %2 is NOT encrypted: refused</source>
        <translation>%1 in the backup %2 is NOT encrypted: refused</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>Cannot write into the backup folder %1</source>
        <translation>Cannot write into the backup folder %1</translation>
    </message>
    <message>
        <source>Cannot start the copy into %1: %2</source>
        <translation>Cannot start the copy into %1: %2</translation>
    </message>
    <message>
        <source>The copy into %1 failed: %2</source>
        <translation>The copy into %1 failed: %2</translation>
    </message>
    <message>
        <source>The backup just written failed its verification and was discarded (the previous backups are untouched): %1</source>
        <translation>The backup just written failed its verification and was discarded (the previous backups are untouched): %1</translation>
    </message>
    <message>
        <source>Cannot rename the verified backup into %1</source>
        <translation>Cannot rename the verified backup into %1</translation>
    </message>
    <message>
        <source>The key header of the backup %1 belongs to another vault</source>
        <translation>The key header of the backup %1 belongs to another vault</translation>
    </message>
    <message>
        <source>The manifest of the backup %1 was altered (its seal does not match)</source>
        <translation>The manifest of the backup %1 was altered (its seal does not match)</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Relais (schema %2, this version knows %3): install the newer Relais to restore it.</source>
        <translation>The backup %1 was written by a newer version of Relais (schema %2, this version knows %3): install the newer Relais to restore it.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>The backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>its vault file does not open with its key</source>
        <translation>its vault file does not open with its key</translation>
    </message>
    <message>
        <source>encrypted page check failed: %1</source>
        <translation>encrypted page check failed: %1</translation>
    </message>
    <message>
        <source>structure check failed: %1</source>
        <translation>structure check failed: %1</translation>
    </message>
    <message>
        <source>schema %1, the manifest says %2</source>
        <translation>schema %1, the manifest says %2</translation>
    </message>
    <message>
        <source>its vault file is not the vault the manifest names</source>
        <translation>its vault file is not the vault the manifest names</translation>
    </message>
    <message>
        <source>table %1 holds %2 rows, the manifest says %3</source>
        <translation>table %1 holds %2 rows, the manifest says %3</translation>
    </message>
    <message>
        <source>it has %1 tables, the manifest lists %2</source>
        <translation>it has %1 tables, the manifest lists %2</translation>
    </message>
    <message>
        <source>its audit trail does not end where the manifest says (#%1)</source>
        <translation>its audit trail does not end where the manifest says (#%1)</translation>
    </message>
    <message>
        <source>The backup %1 is of another vault (id %2…), not of %3 (id %4…): refused.</source>
        <translation>The backup %1 is of another vault (id %2…), not of %3 (id %4…): refused.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1</source>
        <translation>Cannot copy the backup to %1</translation>
    </message>
    <message>
        <source>The copy %1 differs from the backup (disk error?)</source>
        <translation>The copy %1 differs from the backup (disk error?)</translation>
    </message>
    <message>
        <source>The restored copy %1 failed its check: %2</source>
        <translation>The restored copy %1 failed its check: %2</translation>
    </message>
    <message>
        <source>Cannot move the current vault aside to %1</source>
        <translation>Cannot move the current vault aside to %1</translation>
    </message>
    <message>
        <source>Cannot put the restored vault in place at %1</source>
        <translation>Cannot put the restored vault in place at %1</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (it is &quot;%1&quot;)</source>
        <translation>The backup folder must be a full path (it is &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The backup was cancelled; the previous backups are untouched</source>
        <translation>The backup was cancelled; the previous backups are untouched</translation>
    </message>
</context>
<context>
    <name>relais::BackupManifest</name>
    <message>
        <source>%1 is not a Relais backup manifest</source>
        <translation>%1 is not a Relais backup manifest</translation>
    </message>
    <message>
        <source>%1 was written by another version of Relais (manifest format %2)</source>
        <translation>%1 was written by another version of Relais (manifest format %2)</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged</source>
        <translation>%1 is incomplete or damaged</translation>
    </message>
</context>
<context>
    <name>relais::BackupRotation</name>
    <message>
        <source>Backup rotation: the %1 count must be between %2 and %3 (it is %4)</source>
        <translation>Backup rotation: the %1 count must be between %2 and %3 (it is %4)</translation>
    </message>
</context>
<context>
    <name>relais::Barcode</name>
    <message>
        <source>Barcode: nothing to encode</source>
        <translation>Barcode: nothing to encode</translation>
    </message>
    <message>
        <source>Barcode: out of memory</source>
        <translation>Barcode: out of memory</translation>
    </message>
    <message>
        <source>Barcode: &quot;%1&quot; cannot be encoded (%2)</source>
        <translation>Barcode: &quot;%1&quot; cannot be encoded (%2)</translation>
    </message>
</context>
<context>
    <name>relais::BdpmReader</name>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>expected %1 columns, found %2</translation>
    </message>
    <message>
        <source>the CIS code &quot;%1&quot; is not 8 digits</source>
        <translation>the CIS code &quot;%1&quot; is not 8 digits</translation>
    </message>
    <message>
        <source>the medicine has no name</source>
        <translation>the medicine has no name</translation>
    </message>
    <message>
        <source>the substance has no name</source>
        <translation>the substance has no name</translation>
    </message>
</context>
<context>
    <name>relais::ConflictStore</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation>Used given name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Social-security number (INS)</source>
        <translation>Social-security number (INS)</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Outbox item %1 is not in conflict</source>
        <translation>Outbox item %1 is not in conflict</translation>
    </message>
    <message>
        <source>social-security number in the EHR</source>
        <translation>social-security number in the EHR</translation>
    </message>
    <message>
        <source>The EHR&apos;s version cannot be taken: %1</source>
        <translation>The EHR&apos;s version cannot be taken: %1</translation>
    </message>
</context>
<context>
    <name>relais::ConsultationReportStore</name>
    <message>
        <source>No prescriber is recorded in this vault: the consultation reports cannot be printed</source>
        <translation>No prescriber is recorded in this vault: the consultation reports cannot be printed</translation>
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
    <name>relais::CsvReader</name>
    <message>
        <source>%1: the CSV reader could not start</source>
        <translation>%1: the CSV reader could not start</translation>
    </message>
    <message>
        <source>%1, line %2: malformed CSV (%3)</source>
        <translation>%1, line %2: malformed CSV (%3)</translation>
    </message>
    <message>
        <source>%1, line %2: malformed CSV</source>
        <translation>%1, line %2: malformed CSV</translation>
    </message>
    <message>
        <source>%1, line %2: malformed CSV (unterminated quoted field)</source>
        <translation>%1, line %2: malformed CSV (unterminated quoted field)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation>%1: empty file, no header line</translation>
    </message>
    <message>
        <source>%1, line %2: a record longer than %3 MiB: not a patient or appointment list</source>
        <translation>%1, line %2: a record longer than %3 MiB: not a patient or appointment list</translation>
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
    <name>relais::DocumentPainter</name>
    <message>
        <source>The page could not be prepared for printing (painter refused the device)</source>
        <translation>The page could not be prepared for printing (painter refused the device)</translation>
    </message>
    <message>
        <source>The document could not be finished (the printer or the file refused it)</source>
        <translation>The document could not be finished (the printer or the file refused it)</translation>
    </message>
    <message>
        <source>The page layout leaves no room for the text (check the paper settings)</source>
        <translation>The page layout leaves no room for the text (check the paper settings)</translation>
    </message>
    <message>
        <source>The printer refused a new page</source>
        <translation>The printer refused a new page</translation>
    </message>
</context>
<context>
    <name>relais::Drill</name>
    <message>
        <source>Rehearse this step</source>
        <translation>Rehearse this step</translation>
    </message>
    <message>
        <source>Cannot create a private folder for the training vault: %1</source>
        <translation>Cannot create a private folder for the training vault: %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>The training vault could not be created: %1</source>
        <translation>The training vault could not be created: %1</translation>
    </message>
    <message>
        <source>The training vault could not be filled with invented patients: %1</source>
        <translation>The training vault could not be filled with invented patients: %1</translation>
    </message>
    <message>
        <source>Done in %1 s for a target of %2 s: rehearse it again</source>
        <translation>Done in %1 s for a target of %2 s: rehearse it again</translation>
    </message>
    <message>
        <source>Run relais-cli verify on the vault</source>
        <translation>Run relais-cli verify on the vault</translation>
    </message>
    <message>
        <source>The recovery key typed does not open the vault</source>
        <translation>The recovery key typed does not open the vault</translation>
    </message>
    <message>
        <source>The passphrase typed does not open the vault</source>
        <translation>The passphrase typed does not open the vault</translation>
    </message>
    <message>
        <source>Check that every practitioner knows the passphrase and that the recovery key sheet is in the practice safe</source>
        <translation>Check that every practitioner knows the passphrase and that the recovery key sheet is in the practice safe</translation>
    </message>
    <message>
        <source>Vault key header opened with the recovery key</source>
        <translation>Vault key header opened with the recovery key</translation>
    </message>
    <message>
        <source>Vault key header opened with the passphrase</source>
        <translation>Vault key header opened with the passphrase</translation>
    </message>
    <message>
        <source>No invented patient matches the search</source>
        <translation>No invented patient matches the search</translation>
    </message>
    <message>
        <source>Practise the search: a surname, a date of birth or digits of the NIR</source>
        <translation>Practise the search: a surname, a date of birth or digits of the NIR</translation>
    </message>
    <message>
        <source>%1 match(es) in the training vault; the first one opened</source>
        <translation>%1 match(es) in the training vault; the first one opened</translation>
    </message>
    <message>
        <source>No patient was found first</source>
        <translation>No patient was found first</translation>
    </message>
    <message>
        <source>Find a patient first</source>
        <translation>Find a patient first</translation>
    </message>
    <message>
        <source>The consultation has no reason</source>
        <translation>The consultation has no reason</translation>
    </message>
    <message>
        <source>Type at least the reason for the visit</source>
        <translation>Type at least the reason for the visit</translation>
    </message>
    <message>
        <source>Check the consultation screen</source>
        <translation>Check the consultation screen</translation>
    </message>
    <message>
        <source>Consultation finalised in the training vault</source>
        <translation>Consultation finalised in the training vault</translation>
    </message>
    <message>
        <source>No invented patient to prescribe for</source>
        <translation>No invented patient to prescribe for</translation>
    </message>
    <message>
        <source>The training vault has no prescriber</source>
        <translation>The training vault has no prescriber</translation>
    </message>
    <message>
        <source>Add the practice&apos;s practitioners</source>
        <translation>Add the practice&apos;s practitioners</translation>
    </message>
    <message>
        <source>Check the prescription screen</source>
        <translation>Check the prescription screen</translation>
    </message>
    <message>
        <source>Check the printer calibration and print a test prescription</source>
        <translation>Check the printer calibration and print a test prescription</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Check the free space of the computer&apos;s disk</source>
        <translation>Check the free space of the computer&apos;s disk</translation>
    </message>
    <message>
        <source>The printer %1 refused the prescription: %2</source>
        <translation>The printer %1 refused the prescription: %2</translation>
    </message>
    <message>
        <source>Check the printer (paper, toner, driver) and its calibration in Relais</source>
        <translation>Check the printer (paper, toner, driver) and its calibration in Relais</translation>
    </message>
    <message>
        <source>Prescription printed on %1 (%2 page(s)) and to PDF</source>
        <translation>Prescription printed on %1 (%2 page(s)) and to PDF</translation>
    </message>
    <message>
        <source>Prescription printed to PDF (%1 kB)</source>
        <translation>Prescription printed to PDF (%1 kB)</translation>
    </message>
    <message>
        <source>Check the free space and the rights of the export folder</source>
        <translation>Check the free space and the rights of the export folder</translation>
    </message>
    <message>
        <source>Export the archive again and check the disk it is written to</source>
        <translation>Export the archive again and check the disk it is written to</translation>
    </message>
    <message>
        <source>Archive written and opened: %1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s), all matching its manifest</source>
        <translation>Archive written and opened: %1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s), all matching its manifest</translation>
    </message>
    <message>
        <source>Make a backup to a USB disk or a network share (File → Back up), then run the drill again</source>
        <translation>Make a backup to a USB disk or a network share (File → Back up), then run the drill again</translation>
    </message>
    <message>
        <source>No backup folder is set: no backup was ever made from this computer</source>
        <translation>No backup folder is set: no backup was ever made from this computer</translation>
    </message>
    <message>
        <source>No backup in %1</source>
        <translation>No backup in %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: %2</source>
        <translation>The backup %1 could not be restored: %2</translation>
    </message>
    <message>
        <source>Make a new backup now, verify it (relais-cli verify-backup) and check the backup disk</source>
        <translation>Make a new backup now, verify it (relais-cli verify-backup) and check the backup disk</translation>
    </message>
    <message>
        <source>Backup %1 (made %2) restored into a temporary file and verified: %3 row(s), audit trail up to #%4</source>
        <translation>Backup %1 (made %2) restored into a temporary file and verified: %3 row(s), audit trail up to #%4</translation>
    </message>
    <message>
        <source>%1 line(s): %2 green, %3 amber, %4 red</source>
        <translation>%1 line(s): %2 green, %3 amber, %4 red</translation>
    </message>
    <message>
        <source>Rehearse this step at the next drill (File → Outage drill)</source>
        <translation>Rehearse this step at the next drill (File → Outage drill)</translation>
    </message>
    <message>
        <source>Read at the time of the drill</source>
        <translation>Read at the time of the drill</translation>
    </message>
</context>
<context>
    <name>relais::DrillReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>relais::DrillStepResult</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Unlock the vault</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Find a patient</translation>
    </message>
    <message>
        <source>Record a consultation</source>
        <translation>Record a consultation</translation>
    </message>
    <message>
        <source>Print a prescription</source>
        <translation>Print a prescription</translation>
    </message>
    <message>
        <source>Export the handover archive and open it</source>
        <translation>Export the handover archive and open it</translation>
    </message>
    <message>
        <source>Restore the latest backup and verify it</source>
        <translation>Restore the latest backup and verify it</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Check readiness</translation>
    </message>
</context>
<context>
    <name>relais::DrillStore</name>
    <message>
        <source>The drill report is empty: nothing kept</source>
        <translation>The drill report is empty: nothing kept</translation>
    </message>
    <message>
        <source>No drill report #%1 in the vault</source>
        <translation>No drill report #%1 in the vault</translation>
    </message>
</context>
<context>
    <name>relais::DrugReference</name>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>not marketed</source>
        <translation>not marketed</translation>
    </message>
    <message>
        <source>The drug reference %1 is damaged (%2); import the BDPM files again.</source>
        <translation>The drug reference %1 is damaged (%2); import the BDPM files again.</translation>
    </message>
    <message>
        <source>the CIS code %1 appears twice; the first row is kept</source>
        <translation>the CIS code %1 appears twice; the first row is kept</translation>
    </message>
    <message>
        <source>secure prescription</source>
        <translation>secure prescription</translation>
    </message>
    <message>
        <source>BDPM reference of %1</source>
        <translation>BDPM reference of %1</translation>
    </message>
    <message>
        <source>No drug reference at %1: import the BDPM files first (relais-cli import-bdpm --dir DIR).</source>
        <translation>No drug reference at %1: import the BDPM files first (relais-cli import-bdpm --dir DIR).</translation>
    </message>
    <message>
        <source>The drug reference %1 was made by a newer Relais; import the BDPM files again.</source>
        <translation>The drug reference %1 was made by a newer Relais; import the BDPM files again.</translation>
    </message>
    <message>
        <source>not a drug reference</source>
        <translation>not a drug reference</translation>
    </message>
    <message>
        <source>its content does not match its checksum</source>
        <translation>its content does not match its checksum</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The BDPM file %1 is missing from %2; the reference was not changed.</source>
        <translation>The BDPM file %1 is missing from %2; the reference was not changed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No medicine could be read from %1 (%n malformed row(s)); the reference was not changed.</source>
        <translation>
            <numerusform>No medicine could be read from %1 (%n malformed row); the reference was not changed.</numerusform>
            <numerusform>No medicine could be read from %1 (%n malformed rows); the reference was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot put the new drug reference in place at %1: %2</source>
        <translation>Cannot put the new drug reference in place at %1: %2</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>also %1</translation>
    </message>
</context>
<context>
    <name>relais::FhirClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL</source>
        <translation>The server address &quot;%1&quot; is not a valid URL</translation>
    </message>
    <message>
        <source>The server address must start with https:// (patient data never travels unencrypted); http:// is accepted only for 127.0.0.1</source>
        <translation>The server address must start with https:// (patient data never travels unencrypted); http:// is accepted only for 127.0.0.1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>No certificate could be read from %1</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>patient %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>Reading %1 from the EHR failed: %2</source>
        <translation>Reading %1 from the EHR failed: %2</translation>
    </message>
    <message>
        <source>the answer is not FHIR JSON (%1: &quot;%2&quot;); a proxy or a login page may be in the way</source>
        <translation>the answer is not FHIR JSON (%1: &quot;%2&quot;); a proxy or a login page may be in the way</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>no content type</translation>
    </message>
    <message>
        <source>the answer is JSON without a resourceType, not a FHIR transaction-response</source>
        <translation>the answer is JSON without a resourceType, not a FHIR transaction-response</translation>
    </message>
    <message>
        <source>the answer is a FHIR %1, not a Bundle of type transaction-response</source>
        <translation>the answer is a FHIR %1, not a Bundle of type transaction-response</translation>
    </message>
    <message>
        <source>the answer is a Bundle of type &quot;%1&quot;, not &quot;transaction-response&quot;</source>
        <translation>the answer is a Bundle of type &quot;%1&quot;, not &quot;transaction-response&quot;</translation>
    </message>
    <message>
        <source>the transaction-response has %1 entries for the %2 sent</source>
        <translation>the transaction-response has %1 entries for the %2 sent</translation>
    </message>
    <message>
        <source>entry %1 of the transaction-response has no valid status</source>
        <translation>entry %1 of the transaction-response has no valid status</translation>
    </message>
    <message>
        <source>entry %1 of the transaction-response has status %2</source>
        <translation>entry %1 of the transaction-response has status %2</translation>
    </message>
    <message>
        <source>entry %1 of the transaction-response has status %2: %3</source>
        <translation>entry %1 of the transaction-response has status %2: %3</translation>
    </message>
    <message>
        <source>Reading %1 from the EHR failed: the answer is not that FHIR resource (%2)</source>
        <translation>Reading %1 from the EHR failed: the answer is not that FHIR resource (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 but not received: %2</source>
        <translation>HTTP %1 but not received: %2</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2, not received (a login page or a proxy may be in the way)</source>
        <translation>HTTP %1: redirected to %2, not received (a login page or a proxy may be in the way)</translation>
    </message>
</context>
<context>
    <name>relais::FhirExport</name>
    <message>
        <source>No prescriber is recorded in this vault: the consultation reports cannot be printed</source>
        <translation>No prescriber is recorded in this vault: the consultation reports cannot be printed</translation>
    </message>
    <message>
        <source>In relation to the ALD (affection de longue durée)</source>
        <translation>In relation to the ALD (affection de longue durée)</translation>
    </message>
</context>
<context>
    <name>relais::FhirReader</name>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entry %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1: field &quot;resourceType&quot; is missing: not a FHIR resource</source>
        <translation>%1: field &quot;resourceType&quot; is missing: not a FHIR resource</translation>
    </message>
    <message>
        <source>%1: not valid JSON at column %2 (%3)</source>
        <translation>%1: not valid JSON at column %2 (%3)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: not valid JSON at byte %2 (%3)</translation>
    </message>
    <message>
        <source>%1: field &quot;resourceType&quot; is &quot;%2&quot;, expected a Bundle (or use .ndjson for one resource per line)</source>
        <translation>%1: field &quot;resourceType&quot; is &quot;%2&quot;, expected a Bundle (or use .ndjson for one resource per line)</translation>
    </message>
    <message>
        <source>%1: nesting deeper than %2 levels: not a FHIR resource</source>
        <translation>%1: nesting deeper than %2 levels: not a FHIR resource</translation>
    </message>
</context>
<context>
    <name>relais::Handover</name>
    <message>
        <source>The export needs a passphrase</source>
        <translation>The export needs a passphrase</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Patient;Birth date;EHR id;Record;Local id;Date;State;Server id;PDF;To do</source>
        <translation>Patient;Birth date;EHR id;Record;Local id;Date;State;Server id;PDF;To do</translation>
    </message>
    <message>
        <source>already received by the EHR</source>
        <translation>already received by the EHR</translation>
    </message>
    <message>
        <source>to enter or attach in the EHR</source>
        <translation>to enter or attach in the EHR</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Relais export archive</source>
        <translation>%1 is not a Relais export archive</translation>
    </message>
    <message>
        <source>%1 is damaged (key derivation settings): %2</source>
        <translation>%1 is damaged (key derivation settings): %2</translation>
    </message>
    <message>
        <source>%1 is damaged (header)</source>
        <translation>%1 is damaged (header)</translation>
    </message>
    <message>
        <source>%1 is damaged (file table)</source>
        <translation>%1 is damaged (file table)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Cannot create the folder for %1</translation>
    </message>
    <message>
        <source>%1 is incomplete: the export was cut short</source>
        <translation>%1 is incomplete: the export was cut short</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 is damaged</translation>
    </message>
    <message>
        <source>Wrong passphrase for the export %1 (or the file is damaged)</source>
        <translation>Wrong passphrase for the export %1 (or the file is damaged)</translation>
    </message>
    <message>
        <source>%1 is damaged (a block fails authentication)</source>
        <translation>%1 is damaged (a block fails authentication)</translation>
    </message>
    <message>
        <source>%1 is damaged (data after its end)</source>
        <translation>%1 is damaged (data after its end)</translation>
    </message>
    <message>
        <source>%1 has no readable manifest</source>
        <translation>%1 has no readable manifest</translation>
    </message>
    <message>
        <source>%1: the file %2 does not match the manifest</source>
        <translation>%1: the file %2 does not match the manifest</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder</source>
        <translation>%1 already exists and is not an empty folder: choose a new folder</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Cannot create a temporary folder in %1: %2</translation>
    </message>
    <message>
        <source>%1: the file %2 is not in the manifest</source>
        <translation>%1: the file %2 is not in the manifest</translation>
    </message>
    <message>
        <source>Cannot move the files into %1: %2</source>
        <translation>Cannot move the files into %1: %2</translation>
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
    <name>relais::Inbox</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Relais sealed snapshot</source>
        <translation>%1 is not a Relais sealed snapshot</translation>
    </message>
    <message>
        <source>%1 was sealed for another vault</source>
        <translation>%1 was sealed for another vault</translation>
    </message>
    <message>
        <source>%1 cannot be opened with this vault&apos;s key (damaged, or sealed for another vault)</source>
        <translation>%1 cannot be opened with this vault&apos;s key (damaged, or sealed for another vault)</translation>
    </message>
    <message>
        <source>%1 is truncated (its last part is missing)</source>
        <translation>%1 is truncated (its last part is missing)</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 is damaged</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered</source>
        <translation>%1 is damaged or was altered</translation>
    </message>
    <message>
        <source>Cannot create the inbox folder %1</source>
        <translation>Cannot create the inbox folder %1</translation>
    </message>
    <message>
        <source>Cannot write the inbox key in %1: %2</source>
        <translation>Cannot write the inbox key in %1: %2</translation>
    </message>
    <message>
        <source>No inbox key in %1: unlock Relais once on this computer so that it publishes it</source>
        <translation>No inbox key in %1: unlock Relais once on this computer so that it publishes it</translation>
    </message>
    <message>
        <source>%1 is not a valid inbox key</source>
        <translation>%1 is not a valid inbox key</translation>
    </message>
    <message>
        <source>Cannot write in the inbox %1: %2</source>
        <translation>Cannot write in the inbox %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: changed while it was being read</source>
        <translation>%1: changed while it was being read</translation>
    </message>
    <message>
        <source>%1 has data after its final block (altered or damaged)</source>
        <translation>%1 has data after its final block (altered or damaged)</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files: refused</source>
        <translation>%1 holds more than %2 files: refused</translation>
    </message>
    <message>
        <source>%1 is damaged (a file name of %2 bytes)</source>
        <translation>%1 is damaged (a file name of %2 bytes)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 announces %3 bytes)</source>
        <translation>%1 is damaged (%2 announces %3 bytes)</translation>
    </message>
    <message>
        <source>%1: its import options are not readable (%2): refused</source>
        <translation>%1: its import options are not readable (%2): refused</translation>
    </message>
    <message>
        <source>%1 does not say whether it is a full or a partial export (no %2): refused; seal it again with relais-cli import --inbox</source>
        <translation>%1 does not say whether it is a full or a partial export (no %2): refused; seal it again with relais-cli import --inbox</translation>
    </message>
    <message>
        <source>(it could not be set aside: it will be tried again at the next unlock)</source>
        <translation>(it could not be set aside: it will be tried again at the next unlock)</translation>
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
        <source>Key header %1 is damaged: field &quot;%2&quot; is invalid</source>
        <translation>Key header %1 is damaged: field &quot;%2&quot; is invalid</translation>
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
    <name>relais::NightlyTask</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The EHR&apos;s export folder</source>
        <translation>The EHR&apos;s export folder</translation>
    </message>
    <message>
        <source>The inbox folder</source>
        <translation>The inbox folder</translation>
    </message>
    <message>
        <source>relais-cli</source>
        <translation>relais-cli</translation>
    </message>
    <message>
        <source>%1 is not given</source>
        <translation>%1 is not given</translation>
    </message>
    <message>
        <source>%1 must be a full path (it is &quot;%2&quot;)</source>
        <translation>%1 must be a full path (it is &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 contains a line break: refused</source>
        <translation>%1 contains a line break: refused</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>The EHR&apos;s export folder must be a full path (it is &quot;%1&quot;)</source>
        <translation>The EHR&apos;s export folder must be a full path (it is &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>relais::Nir</name>
    <message>
        <source>%1: a social-security number has 15 characters (13 and a 2-digit key), not %2</source>
        <translation>%1: a social-security number has 15 characters (13 and a 2-digit key), not %2</translation>
    </message>
    <message>
        <source>%1: character %2 (&quot;%3&quot;) is not a digit</source>
        <translation>%1: character %2 (&quot;%3&quot;) is not a digit</translation>
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
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
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
        <source>Birth place: an INSEE code has 5 characters (for example 75056), not &quot;%1&quot;</source>
        <translation>Birth place: an INSEE code has 5 characters (for example 75056), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address</source>
        <translation>E-mail: &quot;%1&quot; is not an e-mail address</translation>
    </message>
    <message>
        <source>The NIR&apos;s first digit does not match the sex</source>
        <translation>The NIR&apos;s first digit does not match the sex</translation>
    </message>
    <message>
        <source>The NIR&apos;s year (characters 2-3) does not match the date of birth</source>
        <translation>The NIR&apos;s year (characters 2-3) does not match the date of birth</translation>
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
        <source>History: &quot;%1&quot; is not a CIM-10 code (for example E11.9)</source>
        <translation>History: &quot;%1&quot; is not a CIM-10 code (for example E11.9)</translation>
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
    <message>
        <source>Insured person&apos;s number (NSS)</source>
        <translation>Insured person&apos;s number (NSS)</translation>
    </message>
</context>
<context>
    <name>relais::PossibleDuplicates</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2), created in Relais, possible duplicate of %3</source>
        <translation>%1 (%2), created in Relais, possible duplicate of %3</translation>
    </message>
</context>
<context>
    <name>relais::Practitioner</name>
    <message>
        <source>Surname: required</source>
        <translation>Surname: required</translation>
    </message>
    <message>
        <source>First names: required</source>
        <translation>First names: required</translation>
    </message>
    <message>
        <source>Title or specialty: required (for example &quot;Médecine générale&quot;)</source>
        <translation>Title or specialty: required (for example &quot;Médecine générale&quot;)</translation>
    </message>
    <message>
        <source>RPPS number: required (11 digits)</source>
        <translation>RPPS number: required (11 digits)</translation>
    </message>
    <message>
        <source>RPPS number: &quot;%1&quot; does not have 11 digits</source>
        <translation>RPPS number: &quot;%1&quot; does not have 11 digits</translation>
    </message>
    <message>
        <source>RPPS number: &quot;%1&quot; has a wrong check digit (Luhn key); check it on the CPS card</source>
        <translation>RPPS number: &quot;%1&quot; has a wrong check digit (Luhn key); check it on the CPS card</translation>
    </message>
    <message>
        <source>AM number or FINESS: one of them is required (9 digits)</source>
        <translation>AM number or FINESS: one of them is required (9 digits)</translation>
    </message>
    <message>
        <source>AM number: &quot;%1&quot; is not 9 digits</source>
        <translation>AM number: &quot;%1&quot; is not 9 digits</translation>
    </message>
    <message>
        <source>FINESS: &quot;%1&quot; is not 9 characters</source>
        <translation>FINESS: &quot;%1&quot; is not 9 characters</translation>
    </message>
    <message>
        <source>Professional address: required</source>
        <translation>Professional address: required</translation>
    </message>
    <message>
        <source>City: required (printed before the date)</source>
        <translation>City: required (printed before the date)</translation>
    </message>
    <message>
        <source>Phone: required</source>
        <translation>Phone: required</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a French number (10 digits or +33)</source>
        <translation>Phone: &quot;%1&quot; is not a French number (10 digits or +33)</translation>
    </message>
    <message>
        <source>E-mail: required</source>
        <translation>E-mail: required</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address</source>
        <translation>E-mail: &quot;%1&quot; is not an e-mail address</translation>
    </message>
</context>
<context>
    <name>relais::PractitionerStore</name>
    <message>
        <source>RPPS number: %1 is already used by practitioner #%2</source>
        <translation>RPPS number: %1 is already used by practitioner #%2</translation>
    </message>
    <message>
        <source>RPPS number: %1 is already used by another practitioner</source>
        <translation>RPPS number: %1 is already used by another practitioner</translation>
    </message>
    <message>
        <source>No practitioner #%1 in this vault</source>
        <translation>No practitioner #%1 in this vault</translation>
    </message>
    <message>
        <source>No key slot given</source>
        <translation>No key slot given</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRenderer</name>
    <message>
        <source>Prescription: the date and the prescriber are required to print</source>
        <translation>Prescription: the date and the prescriber are required to print</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRules</name>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Line %1 (%2)</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>Date: required</translation>
    </message>
    <message>
        <source>Prescriber: choose the practitioner who signs</source>
        <translation>Prescriber: choose the practitioner who signs</translation>
    </message>
    <message>
        <source>Patient: choose the patient</source>
        <translation>Patient: choose the patient</translation>
    </message>
    <message>
        <source>Date: before the patient&apos;s date of birth</source>
        <translation>Date: before the patient&apos;s date of birth</translation>
    </message>
    <message>
        <source>Weight: %1 kg is impossible</source>
        <translation>Weight: %1 kg is impossible</translation>
    </message>
    <message>
        <source>Height: %1 cm is impossible</source>
        <translation>Height: %1 cm is impossible</translation>
    </message>
    <message>
        <source>Weight: required for a child (the patient is %1); doses are checked against it</source>
        <translation>Weight: required for a child (the patient is %1); doses are checked against it</translation>
    </message>
    <message>
        <source>Text: the certificate or document is empty</source>
        <translation>Text: the certificate or document is empty</translation>
    </message>
    <message>
        <source>Lines: add at least one medicine</source>
        <translation>Lines: add at least one medicine</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>active substance</source>
        <translation>active substance</translation>
    </message>
    <message>
        <source>required (the DCI / INN, a brand may be added)</source>
        <translation>required (the DCI / INN, a brand may be added)</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>strength</translation>
    </message>
    <message>
        <source>required (for example &quot;500 mg&quot;)</source>
        <translation>required (for example &quot;500 mg&quot;)</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>required (for example &quot;comprimé&quot;)</source>
        <translation>required (for example &quot;comprimé&quot;)</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <source>required (for example &quot;orale&quot;)</source>
        <translation>required (for example &quot;orale&quot;)</translation>
    </message>
    <message>
        <source>posology</source>
        <translation>posology</translation>
    </message>
    <message>
        <source>required: dose, moments of the day, duration</source>
        <translation>required: dose, moments of the day, duration</translation>
    </message>
    <message>
        <source>a dose of %1 is impossible</source>
        <translation>a dose of %1 is impossible</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>required: a treatment duration (&quot;QSP 1 mois&quot;) or a number of packs</source>
        <translation>required: a treatment duration (&quot;QSP 1 mois&quot;) or a number of packs</translation>
    </message>
    <message>
        <source>a number of packs needs the brand named; otherwise give a duration</source>
        <translation>a number of packs needs the brand named; otherwise give a duration</translation>
    </message>
    <message>
        <source>renewals</source>
        <translation>renewals</translation>
    </message>
    <message>
        <source>%1 is impossible (0 to 12)</source>
        <translation>%1 is impossible (0 to 12)</translation>
    </message>
    <message>
        <source>non-substitutable</source>
        <translation>non-substitutable</translation>
    </message>
    <message>
        <source>the reason is required: MTE, EFG or CIF</source>
        <translation>the reason is required: MTE, EFG or CIF</translation>
    </message>
    <message>
        <source>a reason is given but the line is not marked non-substitutable</source>
        <translation>a reason is given but the line is not marked non-substitutable</translation>
    </message>
    <message>
        <source>EFG applies to a child under 6 only; the patient is %1</source>
        <translation>EFG applies to a child under 6 only; the patient is %1</translation>
    </message>
    <message>
        <source>ALD zone</source>
        <translation>ALD zone</translation>
    </message>
    <message>
        <source>the patient has no current ALD (affection de longue durée)</source>
        <translation>the patient has no current ALD (affection de longue durée)</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <source>give the number of doses a day (moments, times a day or interval)</source>
        <translation>give the number of doses a day (moments, times a day or interval)</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <source>a fraction of %1 days is longer than the %2 days prescribed</source>
        <translation>a fraction of %1 days is longer than the %2 days prescribed</translation>
    </message>
    <message>
        <source>Weight: %1 kg is unusual at %2 (expected %3 to %4 kg): check the weight and the patient</source>
        <translation>Weight: %1 kg is unusual at %2 (expected %3 to %4 kg): check the weight and the patient</translation>
    </message>
    <message>
        <source>name the product that must not be substituted (the brand) beside the DCI</source>
        <translation>name the product that must not be substituted (the brand) beside the DCI</translation>
    </message>
    <message>
        <source>MTE is allowed only for the substances of the closed list (arrêté du 12 novembre 2019 as amended); %1 is not on it</source>
        <translation>MTE is allowed only for the substances of the closed list (arrêté du 12 novembre 2019 as amended); %1 is not on it</translation>
    </message>
    <message>
        <source>EFG is for a form a young child can take that no generic offers (oral solution, suspension, syrup, drops, granules, powder, dispersible tablet, suppository); &quot;%1&quot; is not one</source>
        <translation>EFG is for a form a young child can take that no generic offers (oral solution, suspension, syrup, drops, granules, powder, dispersible tablet, suppository); &quot;%1&quot; is not one</translation>
    </message>
    <message>
        <source>CIF needs the excipient with a known effect that every generic contains and the patient cannot take</source>
        <translation>CIF needs the excipient with a known effect that every generic contains and the patient cannot take</translation>
    </message>
    <message>
        <source>%1 (rule: %2)</source>
        <translation>%1 (rule: %2)</translation>
    </message>
    <message>
        <source>%1 must be printed on secure paper (ordonnance sécurisée); a plain page is not valid at the pharmacy. Choose the secure-paper layout</source>
        <translation>%1 must be printed on secure paper (ordonnance sécurisée); a plain page is not valid at the pharmacy. Choose the secure-paper layout</translation>
    </message>
    <message>
        <source>%1 needs a duration in days (at most %2)</source>
        <translation>%1 needs a duration in days (at most %2)</translation>
    </message>
    <message>
        <source>%1 days is more than the %2 days allowed for %3</source>
        <translation>%1 days is more than the %2 days allowed for %3</translation>
    </message>
    <message>
        <source>%1 cannot be renewed</source>
        <translation>%1 cannot be renewed</translation>
    </message>
    <message numerus="yes">
        <source>with %n renewal(s) the prescription covers %1 days, more than the %2 days allowed for %3, renewals included</source>
        <translation>
            <numerusform>with %n renewal(s) the prescription covers %1 days, more than the %2 days allowed for %3, renewals included</numerusform>
            <numerusform>with %n renewal(s) the prescription covers %1 days, more than the %2 days allowed for %3, renewals included</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the structured posology (units per dose, doses a day): it is printed in words</source>
        <translation>%1 needs the structured posology (units per dose, doses a day): it is printed in words</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionStore</name>
    <message>
        <source>Patient: no patient #%1 in this vault</source>
        <translation>Patient: no patient #%1 in this vault</translation>
    </message>
    <message>
        <source>Prescriber: no practitioner #%1 in this vault</source>
        <translation>Prescriber: no practitioner #%1 in this vault</translation>
    </message>
    <message>
        <source>No prescription #%1 in this vault</source>
        <translation>No prescription #%1 in this vault</translation>
    </message>
    <message>
        <source>Prescription #%1: nothing was rendered</source>
        <translation>Prescription #%1: nothing was rendered</translation>
    </message>
    <message>
        <source>Prescription #%1 was printed already: reprint it instead</source>
        <translation>Prescription #%1 was printed already: reprint it instead</translation>
    </message>
</context>
<context>
    <name>relais::PrintSettings</name>
    <message>
        <source>Secure paper, %1: must be [x, y, width, height] in mm inside the %2 × %3 mm sheet</source>
        <translation>Secure paper, %1: must be [x, y, width, height] in mm inside the %2 × %3 mm sheet</translation>
    </message>
    <message>
        <source>Printer: the name is required</source>
        <translation>Printer: the name is required</translation>
    </message>
    <message>
        <source>Horizontal offset: %1 mm is out of range (−20 to 20 mm)</source>
        <translation>Horizontal offset: %1 mm is out of range (−20 to 20 mm)</translation>
    </message>
    <message>
        <source>Vertical offset: %1 mm is out of range (−20 to 20 mm)</source>
        <translation>Vertical offset: %1 mm is out of range (−20 to 20 mm)</translation>
    </message>
</context>
<context>
    <name>relais::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>relais::Purge</name>
    <message>
        <source>The number of days must be zero or more (got %1)</source>
        <translation>The number of days must be zero or more (got %1)</translation>
    </message>
    <message>
        <source>The purge was cancelled, nothing was removed: %1</source>
        <translation>The purge was cancelled, nothing was removed: %1</translation>
    </message>
</context>
<context>
    <name>relais::Readiness</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Run relais-cli verify on the vault</source>
        <translation>Run relais-cli verify on the vault</translation>
    </message>
    <message>
        <source>GREEN</source>
        <translation>GREEN</translation>
    </message>
    <message>
        <source>AMBER</source>
        <translation>AMBER</translation>
    </message>
    <message>
        <source>RED</source>
        <translation>RED</translation>
    </message>
    <message>
        <source>No snapshot of the EHR has been imported</source>
        <translation>No snapshot of the EHR has been imported</translation>
    </message>
    <message>
        <source>Import the EHR&apos;s export</source>
        <translation>Import the EHR&apos;s export</translation>
    </message>
    <message>
        <source>Snapshot of the EHR taken %1 (%2 h ago)</source>
        <translation>Snapshot of the EHR taken %1 (%2 h ago)</translation>
    </message>
    <message>
        <source>Check the nightly export and import a new snapshot</source>
        <translation>Check the nightly export and import a new snapshot</translation>
    </message>
    <message>
        <source>%1 sealed snapshot(s) in the inbox failed to merge and were set aside</source>
        <translation>%1 sealed snapshot(s) in the inbox failed to merge and were set aside</translation>
    </message>
    <message>
        <source>Fix the nightly export, then remove the .failed files from %1</source>
        <translation>Fix the nightly export, then remove the .failed files from %1</translation>
    </message>
    <message>
        <source>%1 sealed snapshot(s) wait in the inbox, not merged yet</source>
        <translation>%1 sealed snapshot(s) wait in the inbox, not merged yet</translation>
    </message>
    <message>
        <source>Import them</source>
        <translation>Import them</translation>
    </message>
    <message>
        <source>The last sealed snapshot merged without error (none set aside)</source>
        <translation>The last sealed snapshot merged without error (none set aside)</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>No verified backup</translation>
    </message>
    <message>
        <source>Make a backup to a USB disk or a network share</source>
        <translation>Make a backup to a USB disk or a network share</translation>
    </message>
    <message>
        <source>Last verified backup %1 (%2 day(s) ago)</source>
        <translation>Last verified backup %1 (%2 day(s) ago)</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>The audit trail</translation>
    </message>
    <message>
        <source>The recovery key sheet has never been printed</source>
        <translation>The recovery key sheet has never been printed</translation>
    </message>
    <message>
        <source>Print the recovery key sheet and keep it in the practice safe</source>
        <translation>Print the recovery key sheet and keep it in the practice safe</translation>
    </message>
    <message>
        <source>Recovery key sheet printed %1</source>
        <translation>Recovery key sheet printed %1</translation>
    </message>
    <message>
        <source>The practitioners</source>
        <translation>The practitioners</translation>
    </message>
    <message>
        <source>No prescriber is recorded: prescriptions cannot be printed</source>
        <translation>No prescriber is recorded: prescriptions cannot be printed</translation>
    </message>
    <message>
        <source>Add the practice&apos;s practitioners</source>
        <translation>Add the practice&apos;s practitioners</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>AM or FINESS number</source>
        <translation>AM or FINESS number</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>%1 (missing: %2)</source>
        <translation>%1 (missing: %2)</translation>
    </message>
    <message>
        <source>Incomplete prescriber profile(s): %1</source>
        <translation>Incomplete prescriber profile(s): %1</translation>
    </message>
    <message>
        <source>Complete them in the practitioners&apos; list</source>
        <translation>Complete them in the practitioners&apos; list</translation>
    </message>
    <message>
        <source>%1 prescriber(s), every profile complete (RPPS, AM/FINESS number, address, phone)</source>
        <translation>%1 prescriber(s), every profile complete (RPPS, AM/FINESS number, address, phone)</translation>
    </message>
    <message>
        <source>The outbox</source>
        <translation>The outbox</translation>
    </message>
    <message>
        <source>Outbox: %1 failed, %2 in conflict</source>
        <translation>Outbox: %1 failed, %2 in conflict</translation>
    </message>
    <message>
        <source>Open the synchronisation and resolve them</source>
        <translation>Open the synchronisation and resolve them</translation>
    </message>
    <message>
        <source>Outbox: %1 record(s) from a previous outage not yet handed back to the EHR</source>
        <translation>Outbox: %1 record(s) from a previous outage not yet handed back to the EHR</translation>
    </message>
    <message>
        <source>Synchronise with the EHR or export a handover archive</source>
        <translation>Synchronise with the EHR or export a handover archive</translation>
    </message>
    <message>
        <source>Outbox: nothing left to hand back, nothing failed or in conflict</source>
        <translation>Outbox: nothing left to hand back, nothing failed or in conflict</translation>
    </message>
    <message>
        <source>No outage drill has been run</source>
        <translation>No outage drill has been run</translation>
    </message>
    <message>
        <source>Run an outage drill (File → Outage drill)</source>
        <translation>Run an outage drill (File → Outage drill)</translation>
    </message>
    <message>
        <source>Prescriber(s) without a passphrase of their own: %1</source>
        <translation>Prescriber(s) without a passphrase of their own: %1</translation>
    </message>
    <message>
        <source>Give each one their passphrase: Settings, Vault access, Add a practitioner (or link their existing slot)</source>
        <translation>Give each one their passphrase: Settings, Vault access, Add a practitioner (or link their existing slot)</translation>
    </message>
    <message>
        <source>The drill reports</source>
        <translation>The drill reports</translation>
    </message>
    <message>
        <source>Last outage drill %1 (%2 day(s) ago), every step passed</source>
        <translation>Last outage drill %1 (%2 day(s) ago), every step passed</translation>
    </message>
    <message>
        <source>Last outage drill %1 (%2 day(s) ago), %3 step(s) failed</source>
        <translation>Last outage drill %1 (%2 day(s) ago), %3 step(s) failed</translation>
    </message>
    <message>
        <source>Run a new outage drill (File → Outage drill)</source>
        <translation>Run a new outage drill (File → Outage drill)</translation>
    </message>
    <message>
        <source>Take the actions listed in the drill report, then run the drill again</source>
        <translation>Take the actions listed in the drill report, then run the drill again</translation>
    </message>
    <message>
        <source>No printer test page has ever been printed</source>
        <translation>No printer test page has ever been printed</translation>
    </message>
    <message>
        <source>Print a test page (Settings → Printer calibration) and check where it lands</source>
        <translation>Print a test page (Settings → Printer calibration) and check where it lands</translation>
    </message>
    <message>
        <source>Printer test page printed %1 (%2 day(s) ago)</source>
        <translation>Printer test page printed %1 (%2 day(s) ago)</translation>
    </message>
    <message>
        <source>Print a test page again: the printer may have changed since</source>
        <translation>Print a test page again: the printer may have changed since</translation>
    </message>
    <message>
        <source>No drug reference: prescriptions are written without the allergy and substance checks</source>
        <translation>No drug reference: prescriptions are written without the allergy and substance checks</translation>
    </message>
    <message>
        <source>Import the BDPM files (relais-cli import-bdpm --dir DIR)</source>
        <translation>Import the BDPM files (relais-cli import-bdpm --dir DIR)</translation>
    </message>
    <message>
        <source>The drug reference</source>
        <translation>The drug reference</translation>
    </message>
    <message>
        <source>Drug reference imported %1 (BDPM files of %2)</source>
        <translation>Drug reference imported %1 (BDPM files of %2)</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>at an unknown date</translation>
    </message>
    <message>
        <source>Download the current BDPM files and import them again</source>
        <translation>Download the current BDPM files and import them again</translation>
    </message>
    <message>
        <source>The free space of %1 could not be read</source>
        <translation>The free space of %1 could not be read</translation>
    </message>
    <message>
        <source>Check the disk that holds the vault</source>
        <translation>Check the disk that holds the vault</translation>
    </message>
    <message>
        <source>%1 MB free on the disk of the vault (%2)</source>
        <translation>%1 MB free on the disk of the vault (%2)</translation>
    </message>
    <message>
        <source>Free some space on this disk: the vault and its restores need room</source>
        <translation>Free some space on this disk: the vault and its restores need room</translation>
    </message>
</context>
<context>
    <name>relais::ReadinessThresholds</name>
    <message>
        <source>Readiness threshold %1 must be between 1 and %2 (it is %3)</source>
        <translation>Readiness threshold %1 must be between 1 and %2 (it is %3)</translation>
    </message>
    <message>
        <source>Readiness threshold snapshot_green_hours (%1) must not exceed snapshot_amber_hours (%2)</source>
        <translation>Readiness threshold snapshot_green_hours (%1) must not exceed snapshot_amber_hours (%2)</translation>
    </message>
    <message>
        <source>Readiness threshold backup_green_days (%1) must not exceed backup_amber_days (%2)</source>
        <translation>Readiness threshold backup_green_days (%1) must not exceed backup_amber_days (%2)</translation>
    </message>
    <message>
        <source>Readiness threshold %1: &quot;%2&quot; is not a whole number</source>
        <translation>Readiness threshold %1: &quot;%2&quot; is not a whole number</translation>
    </message>
    <message>
        <source>Unknown readiness threshold &quot;%1&quot; (known: %2)</source>
        <translation>Unknown readiness threshold &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>Readiness threshold disk_red_mb (%1) must not exceed disk_amber_mb (%2)</source>
        <translation>Readiness threshold disk_red_mb (%1) must not exceed disk_amber_mb (%2)</translation>
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
        <source>If every passphrase is forgotten: start Relais, choose &quot;Use the recovery key&quot; on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</source>
        <translation>If every passphrase is forgotten: start Relais, choose &quot;Use the recovery key&quot; on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</translation>
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
    <name>relais::SecurePaperLayout</name>
    <message>
        <source>date position</source>
        <translation>date position</translation>
    </message>
    <message>
        <source>patient position</source>
        <translation>patient position</translation>
    </message>
    <message>
        <source>medicines area</source>
        <translation>medicines area</translation>
    </message>
    <message>
        <source>square for the number of medicines</source>
        <translation>square for the number of medicines</translation>
    </message>
    <message>
        <source>signature area</source>
        <translation>signature area</translation>
    </message>
</context>
<context>
    <name>relais::SlotDirectory</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>relais::SnapshotImporter</name>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1: %2 created, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>, %1 kept as changed in Relais</source>
        <translation>, %1 kept as changed in Relais</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 skipped</translation>
    </message>
    <message>
        <source>%1 patient(s) no longer in the EHR export: marked, not deleted</source>
        <translation>%1 patient(s) no longer in the EHR export: marked, not deleted</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: %2/%3: %4</source>
        <translation>%1: %2/%3: %4</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is missing</source>
        <translation>field &quot;id&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;%1.reference&quot; is missing</source>
        <translation>field &quot;%1.reference&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; refers to %2, which is not in this snapshot nor in the vault</source>
        <translation>field &quot;%1&quot; refers to %2, which is not in this snapshot nor in the vault</translation>
    </message>
    <message>
        <source>field &quot;birthDate&quot;: &quot;%1&quot; is not a full date (YYYY-MM-DD)</source>
        <translation>field &quot;birthDate&quot;: &quot;%1&quot; is not a full date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>field &quot;identityStatus&quot;: &quot;%1&quot; is not PROV, VALI, RECUP or QUAL</source>
        <translation>field &quot;identityStatus&quot;: &quot;%1&quot; is not PROV, VALI, RECUP or QUAL</translation>
    </message>
    <message>
        <source>field &quot;code&quot; is missing: which substance?</source>
        <translation>field &quot;code&quot; is missing: which substance?</translation>
    </message>
    <message>
        <source>field &quot;code&quot; is missing</source>
        <translation>field &quot;code&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;medicationCodeableConcept&quot; is missing</source>
        <translation>field &quot;medicationCodeableConcept&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;valueQuantity.value&quot; is missing</source>
        <translation>field &quot;valueQuantity.value&quot; is missing</translation>
    </message>
    <message>
        <source>field &quot;period.start&quot; is missing or not a date</source>
        <translation>field &quot;period.start&quot; is missing or not a date</translation>
    </message>
    <message>
        <source>field &quot;start&quot; is missing or not a date</source>
        <translation>field &quot;start&quot; is missing or not a date</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is missing from the header</source>
        <translation>%1: column &quot;%2&quot; is missing from the header</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;%3&quot; is empty</source>
        <translation>%1, line %2: column &quot;%3&quot; is empty</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;%3&quot;: &quot;%4&quot; is not a date (DD/MM/YYYY)</source>
        <translation>%1, line %2: column &quot;%3&quot;: &quot;%4&quot; is not a date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;heure&quot;: &quot;%3&quot; is not a time (HH:MM)</source>
        <translation>%1, line %2: column &quot;heure&quot;: &quot;%3&quot; is not a time (HH:MM)</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;sexe&quot;: &quot;%3&quot; is not M, F or I</source>
        <translation>%1, line %2: column &quot;sexe&quot;: &quot;%3&quot; is not M, F or I</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;statut identite&quot;: &quot;%3&quot; is not PROV, VALI, RECUP or QUAL</source>
        <translation>%1, line %2: column &quot;statut identite&quot;: &quot;%3&quot; is not PROV, VALI, RECUP or QUAL</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Nothing to import: give FHIR (.json, .ndjson) or CSV files</source>
        <translation>Nothing to import: give FHIR (.json, .ndjson) or CSV files</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>Import cancelled: nothing was changed</translation>
    </message>
    <message>
        <source>(nothing was imported)</source>
        <translation>(nothing was imported)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>%1: the manifest names %2, which is not beside it</source>
        <translation>%1: the manifest names %2, which is not beside it</translation>
    </message>
    <message>
        <source>field &quot;identifier&quot; (RPPS): &quot;%1&quot; is not 11 digits with a valid key</source>
        <translation>field &quot;identifier&quot; (RPPS): &quot;%1&quot; is not 11 digits with a valid key</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is missing, and so is the entry&apos;s &quot;fullUrl&quot;</source>
        <translation>field &quot;id&quot; is missing, and so is the entry&apos;s &quot;fullUrl&quot;</translation>
    </message>
</context>
<context>
    <name>relais::SubstanceRules</name>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no</source>
        <translation>%1: &quot;%2&quot; is neither yes nor no</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days (0 to 366)</source>
        <translation>%1: &quot;%2&quot; is not a number of days (0 to 366)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1: 10 columns expected, %2 found</source>
        <translation>%1: 10 columns expected, %2 found</translation>
    </message>
    <message>
        <source>%1: the substance is empty</source>
        <translation>%1: the substance is empty</translation>
    </message>
    <message>
        <source>%1: every rule names its source</source>
        <translation>%1: every rule names its source</translation>
    </message>
    <message>
        <source>%1: the limit with renewals is shorter than without</source>
        <translation>%1: the limit with renewals is shorter than without</translation>
    </message>
    <message>
        <source>%1: a substance and its source expected</source>
        <translation>%1: a substance and its source expected</translation>
    </message>
    <message>
        <source>%1, %2: no rule found</source>
        <translation>%1, %2: no rule found</translation>
    </message>
</context>
<context>
    <name>relais::SyncSettings</name>
    <message>
        <source>The certificate file %1 cannot be read</source>
        <translation>The certificate file %1 cannot be read</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>No PEM certificate could be read from %1</translation>
    </message>
</context>
<context>
    <name>relais::TestPage</name>
    <message>
        <source>Relais — printer test page</source>
        <translation>Relais — printer test page</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>(default printer)</source>
        <translation>(default printer)</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>Calibration: %1 mm horizontal, %2 mm vertical</source>
        <translation>Calibration: %1 mm horizontal, %2 mm vertical</translation>
    </message>
    <message>
        <source>Each cross must be 20 mm from the edges of the sheet and the square 100 mm wide. If not, enter the shift in Printer calibration and print this page again.</source>
        <translation>Each cross must be 20 mm from the edges of the sheet and the square 100 mm wide. If not, enter the shift in Printer calibration and print this page again.</translation>
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
        <translation>
            <numerusform>Too many failed attempts: wait %n second before trying again.</numerusform>
            <numerusform>Too many failed attempts: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has no key slot named &quot;%1&quot;</source>
        <translation>The vault has no key slot named &quot;%1&quot;</translation>
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
        <source>A key slot named &quot;%1&quot; already exists</source>
        <translation>A key slot named &quot;%1&quot; already exists</translation>
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
    <message>
        <source>The key header&apos;s record of the audit trail is damaged or was edited: the trail cannot be checked against it.</source>
        <translation>The key header&apos;s record of the audit trail is damaged or was edited: the trail cannot be checked against it.</translation>
    </message>
    <message>
        <source>The vault&apos;s audit trail ends at entry #%1 but its key header recorded #%2: the vault file was put back from an older copy and the last entries are lost.</source>
        <translation>The vault&apos;s audit trail ends at entry #%1 but its key header recorded #%2: the vault file was put back from an older copy and the last entries are lost.</translation>
    </message>
    <message>
        <source>Audit entry #%1 is not the one the key header recorded: the vault file was replaced by another copy.</source>
        <translation>Audit entry #%1 is not the one the key header recorded: the vault file was replaced by another copy.</translation>
    </message>
    <message>
        <source>The key slot &quot;%1&quot; unlocked this session: it cannot be removed now (unlock with another one first)</source>
        <translation>The key slot &quot;%1&quot; unlocked this session: it cannot be removed now (unlock with another one first)</translation>
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
    <name>relais::Worksheet</name>
    <message>
        <source>Patient details</source>
        <translation>Patient details</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>received by the EHR</source>
        <translation>received by the EHR</translation>
    </message>
    <message>
        <source>conflict: compare</source>
        <translation>conflict: compare</translation>
    </message>
    <message>
        <source>to enter in the EHR</source>
        <translation>to enter in the EHR</translation>
    </message>
    <message>
        <source>Reconciliation worksheet</source>
        <translation>Reconciliation worksheet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Nothing recorded in Relais is owed to the EHR.</source>
        <translation>Nothing recorded in Relais is owed to the EHR.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>These patients were created in Relais but their identity matches another patient. Check in the EHR whether they are the same person before creating them there; Relais never merges them.</source>
        <translation>These patients were created in Relais but their identity matches another patient. Check in the EHR whether they are the same person before creating them there; Relais never merges them.</translation>
    </message>
    <message>
        <source>Tick each line once it is entered or filed in the EHR. Handover made on %1.</source>
        <translation>Tick each line once it is entered or filed in the EHR. Handover made on %1.</translation>
    </message>
    <message>
        <source>RECONCILIATION WORKSHEET</source>
        <translation>RECONCILIATION WORKSHEET</translation>
    </message>
    <message>
        <source>Hand-back to the EHR after the outage</source>
        <translation>Hand-back to the EHR after the outage</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to check</source>
        <translation>
            <numerusform>%n item to check</numerusform>
            <numerusform>%n items to check</numerusform>
        </translation>
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
        <source>Key slot &quot;%1&quot; added</source>
        <translation>Key slot &quot;%1&quot; added</translation>
    </message>
    <message>
        <source>No passphrase slot to reset</source>
        <translation>No passphrase slot to reset</translation>
    </message>
    <message>
        <source>Passphrase changed for key slot &quot;%1&quot;</source>
        <translation>Passphrase changed for key slot &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</source>
        <translation>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help)</source>
        <translation>Unknown command &quot;%1&quot; (see --help)</translation>
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
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>import: %1 resources read</source>
        <translation>import: %1 resources read</translation>
    </message>
    <message>
        <source>import --inbox needs the files or folders to seal</source>
        <translation>import --inbox needs the files or folders to seal</translation>
    </message>
    <message>
        <source>Dry run: %1 records read, nothing sealed</source>
        <translation>Dry run: %1 records read, nothing sealed</translation>
    </message>
    <message>
        <source>%1 records sealed into %2; Relais merges them at the next unlock</source>
        <translation>%1 records sealed into %2; Relais merges them at the next unlock</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>Merged %1</translation>
    </message>
    <message>
        <source>The inbox %1 holds no snapshot</source>
        <translation>The inbox %1 holds no snapshot</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. It would give:</source>
        <translation>Dry run: nothing was changed. It would give:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;</source>
        <translation>No patient matches &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n prescription(s)</source>
        <translation>
            <numerusform>%n prescription</numerusform>
            <numerusform>%n prescriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>print needs --prescription ID (a number, see the prescriptions command)</source>
        <translation>print needs --prescription ID (a number, see the prescriptions command)</translation>
    </message>
    <message>
        <source>print needs --pdf FILE</source>
        <translation>print needs --pdf FILE</translation>
    </message>
    <message>
        <source>Prescription %1 written to %2</source>
        <translation>Prescription %1 written to %2</translation>
    </message>
    <message>
        <source>import-bdpm needs --dir DIR, the folder holding the BDPM files</source>
        <translation>import-bdpm needs --dir DIR, the folder holding the BDPM files</translation>
    </message>
    <message>
        <source>%1 medicines and %2 presentations imported into %3 (BDPM files of %4); %5 malformed row(s) left out</source>
        <translation>%1 medicines and %2 presentations imported into %3 (BDPM files of %4); %5 malformed row(s) left out</translation>
    </message>
    <message>
        <source>drugs needs a query: a substance, a brand or a CIS or CIP code</source>
        <translation>drugs needs a query: a substance, a brand or a CIS or CIP code</translation>
    </message>
    <message>
        <source>%1 match(es); %2</source>
        <translation>%1 match(es); %2</translation>
    </message>
    <message>
        <source>export needs --out DIR</source>
        <translation>export needs --out DIR</translation>
    </message>
    <message>
        <source>Passphrase for the export: </source>
        <translation>Passphrase for the export: </translation>
    </message>
    <message>
        <source>export: %1 / %2 patients</source>
        <translation>export: %1 / %2 patients</translation>
    </message>
    <message>
        <source>Export written: %1</source>
        <translation>Export written: %1</translation>
    </message>
    <message>
        <source>%1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s)</source>
        <translation>%1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s)</translation>
    </message>
    <message>
        <source>open-export needs the archive and --out DIR</source>
        <translation>open-export needs the archive and --out DIR</translation>
    </message>
    <message>
        <source>Passphrase of the export: </source>
        <translation>Passphrase of the export: </translation>
    </message>
    <message>
        <source>%1 file(s) written to %2, all matching the manifest</source>
        <translation>%1 file(s) written to %2, all matching the manifest</translation>
    </message>
    <message>
        <source>sync needs --server URL</source>
        <translation>sync needs --server URL</translation>
    </message>
    <message>
        <source>%1 Bundle(s) sent: %2 accepted, %3 failed, %4 in conflict</source>
        <translation>%1 Bundle(s) sent: %2 accepted, %3 failed, %4 in conflict</translation>
    </message>
    <message>
        <source>Outbox: %1 acknowledged, %2 failed, %3 conflict, %4 pending</source>
        <translation>Outbox: %1 acknowledged, %2 failed, %3 conflict, %4 pending</translation>
    </message>
    <message>
        <source>To check in the EHR: %1</source>
        <translation>To check in the EHR: %1</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Last verified backup: %1</translation>
    </message>
    <message>
        <source>Last verified backup: none</source>
        <translation>Last verified backup: none</translation>
    </message>
    <message>
        <source>--keep takes three numbers, daily,weekly,monthly (daily at least 1), for example 7,4,12</source>
        <translation>--keep takes three numbers, daily,weekly,monthly (daily at least 1), for example 7,4,12</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>%1 table(s), %2 row(s), audit trail up to #%3</source>
        <translation>%1 table(s), %2 row(s), audit trail up to #%3</translation>
    </message>
    <message>
        <source>Removed by the rotation: %1</source>
        <translation>Removed by the rotation: %1</translation>
    </message>
    <message>
        <source>verify-backup needs the backup folder: verify-backup BACKUP</source>
        <translation>verify-backup needs the backup folder: verify-backup BACKUP</translation>
    </message>
    <message>
        <source>OK: backup %1 verified (files, encryption, structure, %2 audit entries, %3 row(s) as in its manifest), made %4</source>
        <translation>OK: backup %1 verified (files, encryption, structure, %2 audit entries, %3 row(s) as in its manifest), made %4</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP</source>
        <translation>restore needs --from BACKUP</translation>
    </message>
    <message>
        <source>Vault restored from %1 (made %2) into %3</source>
        <translation>Vault restored from %1 (made %2) into %3</translation>
    </message>
    <message>
        <source>The previous vault is kept as %1</source>
        <translation>The previous vault is kept as %1</translation>
    </message>
    <message>
        <source>Full export: %1 patient(s) of the vault are not in it and will be marked &quot;no longer in the EHR export&quot; (not deleted)</source>
        <translation>Full export: %1 patient(s) of the vault are not in it and will be marked &quot;no longer in the EHR export&quot; (not deleted)</translation>
    </message>
    <message>
        <source>set aside as %1; it will not be tried again</source>
        <translation>set aside as %1; it will not be tried again</translation>
    </message>
    <message>
        <source>Set aside earlier, not tried again: %1 (%2)</source>
        <translation>Set aside earlier, not tried again: %1 (%2)</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>reason unknown</translation>
    </message>
    <message>
        <source>backup needs --to DIR (no backup folder is chosen for this vault yet)</source>
        <translation>backup needs --to DIR (no backup folder is chosen for this vault yet)</translation>
    </message>
    <message>
        <source>drill needs --report FILE.pdf</source>
        <translation>drill needs --report FILE.pdf</translation>
    </message>
    <message>
        <source>Manual step: rehearsed in the application (File → Outage drill), not by relais-cli</source>
        <translation>Manual step: rehearsed in the application (File → Outage drill), not by relais-cli</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
    <message>
        <source>Drill report written to %1 and kept in the vault (#%2)</source>
        <translation>Drill report written to %1 and kept in the vault (#%2)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--patient takes the patient&apos;s row number</source>
        <translation>--patient takes the patient&apos;s row number</translation>
    </message>
    <message>
        <source>The vault has no key slot named &quot;%1&quot;</source>
        <translation>The vault has no key slot named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The report names the patient: the file holds personal health data in clear.</source>
        <translation>The report names the patient: the file holds personal health data in clear.</translation>
    </message>
    <message numerus="yes">
        <source>Audit report written to %1 (%n entries)</source>
        <translation>
            <numerusform>Audit report written to %1 (%n entries)</numerusform>
            <numerusform>Audit report written to %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Chain check: %1</translation>
    </message>
    <message>
        <source>--patients takes a number from 1 to 1000000 (0 on an existing vault: appointments only)</source>
        <translation>--patients takes a number from 1 to 1000000 (0 on an existing vault: appointments only)</translation>
    </message>
    <message>
        <source>%1 demo appointments today and tomorrow</source>
        <translation>%1 demo appointments today and tomorrow</translation>
    </message>
    <message>
        <source>Read the export&apos;s passphrase from FILE (default: standard input).</source>
        <translation>Read the export&apos;s passphrase from FILE (default: standard input).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Required. %1</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(default: %1)</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos; (see relais-cli %1 --help)</source>
        <translation>%1: unknown option &apos;%2&apos; (see relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: %2 (see relais-cli %1 --help)</source>
        <translation>%1: %2 (see relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1 needs %2 (see relais-cli %1 --help)</source>
        <translation>%1 needs %2 (see relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos; (see relais-cli %1 --help)</source>
        <translation>%1: unexpected argument &apos;%2&apos; (see relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: fonts are not available in this process</source>
        <translation>%1: fonts are not available in this process</translation>
    </message>
    <message>
        <source>Relais command-line tool.</source>
        <translation>Relais command-line tool.</translation>
    </message>
    <message>
        <source>Usage: relais-cli COMMAND [options] [arguments]</source>
        <translation>Usage: relais-cli COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <source>       relais-cli COMMAND --help   (the command&apos;s options and arguments)</source>
        <translation>       relais-cli COMMAND --help   (the command&apos;s options and arguments)</translation>
    </message>
    <message>
        <source>       relais-cli --version</source>
        <translation>       relais-cli --version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options of every command:</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 vault missing, corrupt or too new, 5 the readiness check has a red line, 6 a step of the drill failed, 1 anything else.</source>
        <translation>Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 vault missing, corrupt or too new, 5 the readiness check has a red line, 6 a step of the drill failed, 1 anything else.</translation>
    </message>
    <message>
        <source>Give the command first, then its options: relais-cli COMMAND %1 … (see --help)</source>
        <translation>Give the command first, then its options: relais-cli COMMAND %1 … (see --help)</translation>
    </message>
    <message>
        <source>Give one command: %1 (see --help)</source>
        <translation>Give one command: %1 (see --help)</translation>
    </message>
    <message>
        <source>the audit trail as the viewer shows it, then the chain check</source>
        <translation>the audit trail as the viewer shows it, then the chain check</translation>
    </message>
    <message>
        <source>Only the entries of this practitioner (key slot label).</source>
        <translation>Only the entries of this practitioner (key slot label).</translation>
    </message>
    <message>
        <source>Entries from this day on (YYYY-MM-DD, local time).</source>
        <translation>Entries from this day on (YYYY-MM-DD, local time).</translation>
    </message>
    <message>
        <source>Entries up to this day included (YYYY-MM-DD).</source>
        <translation>Entries up to this day included (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>One action, by its id (patient.view) or its words (&quot;Record opened&quot;).</source>
        <translation>One action, by its id (patient.view) or its words (&quot;Record opened&quot;).</translation>
    </message>
    <message>
        <source>The entries about one patient (row number); names them.</source>
        <translation>The entries about one patient (row number); names them.</translation>
    </message>
    <message>
        <source>Write the report (PDF) to FILE instead of printing the table.</source>
        <translation>Write the report (PDF) to FILE instead of printing the table.</translation>
    </message>
    <message>
        <source>write an encrypted copy of the vault, verify it, then rotate</source>
        <translation>write an encrypted copy of the vault, verify it, then rotate</translation>
    </message>
    <message>
        <source>The folder that receives the backups (needed the first time; then the vault&apos;s folder).</source>
        <translation>The folder that receives the backups (needed the first time; then the vault&apos;s folder).</translation>
    </message>
    <message>
        <source>Backups kept by the rotation, daily,weekly,monthly (default: the vault&apos;s counts).</source>
        <translation>Backups kept by the rotation, daily,weekly,monthly (default: the vault&apos;s counts).</translation>
    </message>
    <message>
        <source>the readiness check, one line per item; exit 5 when one is red</source>
        <translation>the readiness check, one line per item; exit 5 when one is red</translation>
    </message>
    <message>
        <source>Change a limit of the practice and keep it in the vault, NAME=VALUE (snapshot_green_hours, snapshot_amber_hours, backup_green_days, backup_amber_days, drill_green_days); repeatable.</source>
        <translation>Change a limit of the practice and keep it in the vault, NAME=VALUE (snapshot_green_hours, snapshot_amber_hours, backup_green_days, backup_amber_days, drill_green_days); repeatable.</translation>
    </message>
    <message>
        <source>add invented patients (demo data) to a vault, creating it if needed</source>
        <translation>add invented patients (demo data) to a vault, creating it if needed</translation>
    </message>
    <message>
        <source>Number of invented patients to add.</source>
        <translation>Number of invented patients to add.</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same patients).</source>
        <translation>Seed of the generator (same seed, same patients).</translation>
    </message>
    <message>
        <source>the outage drill&apos;s automatic steps; keeps the report and writes it; exit 6 when a step failed</source>
        <translation>the outage drill&apos;s automatic steps; keeps the report and writes it; exit 6 when a step failed</translation>
    </message>
    <message>
        <source>Write the drill report (PDF) to FILE.</source>
        <translation>Write the drill report (PDF) to FILE.</translation>
    </message>
    <message>
        <source>The backup folder whose latest backup is restored (default: the application&apos;s backup folder).</source>
        <translation>The backup folder whose latest backup is restored (default: the application&apos;s backup folder).</translation>
    </message>
    <message>
        <source>search the drug reference (substance, brand, CIS or CIP), best first</source>
        <translation>search the drug reference (substance, brand, CIS or CIP), best first</translation>
    </message>
    <message>
        <source>A substance, a brand, or a CIS or CIP code.</source>
        <translation>A substance, a brand, or a CIS or CIP code.</translation>
    </message>
    <message>
        <source>At most N matches.</source>
        <translation>At most N matches.</translation>
    </message>
    <message>
        <source>write what is owed to the EHR into one archive encrypted with a new passphrase</source>
        <translation>write what is owed to the EHR into one archive encrypted with a new passphrase</translation>
    </message>
    <message>
        <source>The folder to write the archive into.</source>
        <translation>The folder to write the archive into.</translation>
    </message>
    <message>
        <source>search patients as the search box does</source>
        <translation>search patients as the search box does</translation>
    </message>
    <message>
        <source>A name, a date of birth, or digits of a NIR or phone.</source>
        <translation>A name, a date of birth, or digits of a NIR or phone.</translation>
    </message>
    <message>
        <source>build the drug reference beside the vault from the BDPM files (no passphrase)</source>
        <translation>build the drug reference beside the vault from the BDPM files (no passphrase)</translation>
    </message>
    <message>
        <source>The folder holding the BDPM files.</source>
        <translation>The folder holding the BDPM files.</translation>
    </message>
    <message>
        <source>bring the EHR&apos;s export (FHIR, NDJSON, CSV) into the vault, or seal it into the inbox (--inbox)</source>
        <translation>bring the EHR&apos;s export (FHIR, NDJSON, CSV) into the vault, or seal it into the inbox (--inbox)</translation>
    </message>
    <message>
        <source>The export&apos;s files or folders (none: merge the inbox).</source>
        <translation>The export&apos;s files or folders (none: merge the inbox).</translation>
    </message>
    <message>
        <source>Seal the files into this inbox folder for the next unlock (no passphrase needed).</source>
        <translation>Seal the files into this inbox folder for the next unlock (no passphrase needed).</translation>
    </message>
    <message>
        <source>Check everything, change nothing.</source>
        <translation>Check everything, change nothing.</translation>
    </message>
    <message>
        <source>The export is partial: do not mark missing patients as absent.</source>
        <translation>The export is partial: do not mark missing patients as absent.</translation>
    </message>
    <message>
        <source>create a new vault (prints the recovery key once)</source>
        <translation>create a new vault (prints the recovery key once)</translation>
    </message>
    <message>
        <source>Name of the first key slot (the practitioner).</source>
        <translation>Name of the first key slot (the practitioner).</translation>
    </message>
    <message>
        <source>decrypt an export archive (no vault needed)</source>
        <translation>decrypt an export archive (no vault needed)</translation>
    </message>
    <message>
        <source>The archive written by export.</source>
        <translation>The archive written by export.</translation>
    </message>
    <message>
        <source>The folder to write into (new or empty).</source>
        <translation>The folder to write into (new or empty).</translation>
    </message>
    <message>
        <source>change a slot&apos;s passphrase, or add a slot with --add</source>
        <translation>change a slot&apos;s passphrase, or add a slot with --add</translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock with and change; with the recovery key, the passphrase slot to reset (default: the first).</source>
        <translation>Key slot (practitioner) to unlock with and change; with the recovery key, the passphrase slot to reset (default: the first).</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (default: standard input).</source>
        <translation>Read the new passphrase from FILE (default: standard input).</translation>
    </message>
    <message>
        <source>Add a new passphrase slot named LABEL instead of changing one.</source>
        <translation>Add a new passphrase slot named LABEL instead of changing one.</translation>
    </message>
    <message>
        <source>list prescriptions (id, date, patient, prescriber)</source>
        <translation>list prescriptions (id, date, patient, prescriber)</translation>
    </message>
    <message>
        <source>Only the prescriptions of the patients this search finds.</source>
        <translation>Only the prescriptions of the patients this search finds.</translation>
    </message>
    <message>
        <source>At most N prescriptions, the latest first.</source>
        <translation>At most N prescriptions, the latest first.</translation>
    </message>
    <message>
        <source>write a prescription&apos;s PDF (the stored one, or rendered and stored at the first print)</source>
        <translation>write a prescription&apos;s PDF (the stored one, or rendered and stored at the first print)</translation>
    </message>
    <message>
        <source>The prescription&apos;s number (see the prescriptions command).</source>
        <translation>The prescription&apos;s number (see the prescriptions command).</translation>
    </message>
    <message>
        <source>Write the prescription&apos;s PDF to FILE (readable by its owner only).</source>
        <translation>Write the prescription&apos;s PDF to FILE (readable by its owner only).</translation>
    </message>
    <message>
        <source>put a verified backup in place of the vault (the old one is kept aside)</source>
        <translation>put a verified backup in place of the vault (the old one is kept aside)</translation>
    </message>
    <message>
        <source>The backup folder to restore.</source>
        <translation>The backup folder to restore.</translation>
    </message>
    <message>
        <source>list the key slots: label, kind, prescriber, created, last used</source>
        <translation>list the key slots: label, kind, prescriber, created, last used</translation>
    </message>
    <message>
        <source>send what is owed to the EHR&apos;s FHIR server</source>
        <translation>send what is owed to the EHR&apos;s FHIR server</translation>
    </message>
    <message>
        <source>The EHR&apos;s FHIR base URL (https://, or http://127.0.0.1).</source>
        <translation>The EHR&apos;s FHIR base URL (https://, or http://127.0.0.1).</translation>
    </message>
    <message>
        <source>Store the bearer token read from FILE in the vault (kept for the next syncs).</source>
        <translation>Store the bearer token read from FILE in the vault (kept for the next syncs).</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM) to trust.</source>
        <translation>An extra CA certificate (PEM) to trust.</translation>
    </message>
    <message>
        <source>check a backup with a passphrase (or the recovery key) of its key header</source>
        <translation>check a backup with a passphrase (or the recovery key) of its key header</translation>
    </message>
    <message>
        <source>The backup&apos;s folder.</source>
        <translation>The backup&apos;s folder.</translation>
    </message>
    <message>
        <source>check encryption, structure and the audit chain</source>
        <translation>check encryption, structure and the audit chain</translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock with.</source>
        <translation>Key slot (practitioner) to unlock with.</translation>
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
    <name>relais::ui::AddPartDialog</name>
    <message>
        <source>Allergy…</source>
        <translation>Allergy…</translation>
    </message>
    <message>
        <source>History item (antécédent)…</source>
        <translation>History item (antécédent)…</translation>
    </message>
    <message>
        <source>ALD…</source>
        <translation>ALD…</translation>
    </message>
    <message>
        <source>Long-term treatment…</source>
        <translation>Long-term treatment…</translation>
    </message>
    <message>
        <source>Weight and height…</source>
        <translation>Weight and height…</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Add an allergy</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substance:</translation>
    </message>
    <message>
        <source>for example Pénicillines</source>
        <translation>for example Pénicillines</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaction:</translation>
    </message>
    <message>
        <source>for example urticaria</source>
        <translation>for example urticaria</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Mild</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>S&amp;everity:</translation>
    </message>
    <message>
        <source>Add a history item</source>
        <translation>Add a history item</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Surgical</source>
        <translation>Surgical</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>for example Appendicectomy</source>
        <translation>for example Appendicectomy</translation>
    </message>
    <message>
        <source>&amp;Date (if known):</source>
        <translation>&amp;Date (if known):</translation>
    </message>
    <message>
        <source>&amp;CIM-10 code (if known):</source>
        <translation>&amp;CIM-10 code (if known):</translation>
    </message>
    <message>
        <source>for example K35.8</source>
        <translation>for example K35.8</translation>
    </message>
    <message>
        <source>Add an ALD</source>
        <translation>Add an ALD</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition:</translation>
    </message>
    <message>
        <source>for example Type 2 diabetes</source>
        <translation>for example Type 2 diabetes</translation>
    </message>
    <message>
        <source>&amp;CIM-10 code:</source>
        <translation>&amp;CIM-10 code:</translation>
    </message>
    <message>
        <source>for example E11</source>
        <translation>for example E11</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>&amp;Until (if known):</source>
        <translation>&amp;Until (if known):</translation>
    </message>
    <message>
        <source>Add a long-term treatment</source>
        <translation>Add a long-term treatment</translation>
    </message>
    <message>
        <source>Active substance (&amp;DCI):</source>
        <translation>Active substance (&amp;DCI):</translation>
    </message>
    <message>
        <source>for example METFORMINE</source>
        <translation>for example METFORMINE</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;trength:</translation>
    </message>
    <message>
        <source>for example 1000 mg</source>
        <translation>for example 1000 mg</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>for example comprimé</source>
        <translation>for example comprimé</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>for example orale</source>
        <translation>for example orale</translation>
    </message>
    <message>
        <source>&amp;Brand (optional):</source>
        <translation>&amp;Brand (optional):</translation>
    </message>
    <message>
        <source>&amp;Posology:</source>
        <translation>&amp;Posology:</translation>
    </message>
    <message>
        <source>for example 1 comprimé matin et soir</source>
        <translation>for example 1 comprimé matin et soir</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>for example 3 mois</source>
        <translation>for example 3 mois</translation>
    </message>
    <message>
        <source>Re&amp;newals:</source>
        <translation>Re&amp;newals:</translation>
    </message>
    <message>
        <source>Substitutable</source>
        <translation>Substitutable</translation>
    </message>
    <message>
        <source>Non substituable (MTE — narrow therapeutic margin)</source>
        <translation>Non substituable (MTE — narrow therapeutic margin)</translation>
    </message>
    <message>
        <source>Non substituable (EFG — child, no suitable generic form)</source>
        <translation>Non substituable (EFG — child, no suitable generic form)</translation>
    </message>
    <message>
        <source>Non substituable (CIF — formal contraindication)</source>
        <translation>Non substituable (CIF — formal contraindication)</translation>
    </message>
    <message>
        <source>&amp;Substitution:</source>
        <translation>&amp;Substitution:</translation>
    </message>
    <message>
        <source>Prescribed for the ALD</source>
        <translation>Prescribed for the ALD</translation>
    </message>
    <message>
        <source>Add a weight and height</source>
        <translation>Add a weight and height</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Weight (kg):</source>
        <translation>&amp;Weight (kg):</translation>
    </message>
    <message>
        <source>for example 72,5</source>
        <translation>for example 72,5</translation>
    </message>
    <message>
        <source>&amp;Height (cm):</source>
        <translation>&amp;Height (cm):</translation>
    </message>
    <message>
        <source>for example 168</source>
        <translation>for example 168</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; type it as DD/MM/YYYY</source>
        <translation>%1: “%2” is not a date; type it as DD/MM/YYYY</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: “%2” is not a number</translation>
    </message>
    <message>
        <source>History date</source>
        <translation>History date</translation>
    </message>
    <message>
        <source>ALD start</source>
        <translation>ALD start</translation>
    </message>
    <message>
        <source>ALD end</source>
        <translation>ALD end</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
</context>
<context>
    <name>relais::ui::AppointmentsWidget</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>seen</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Today&apos;s appointments</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Click an appointment to open the patient&apos;s chart.</source>
        <translation>Click an appointment to open the patient&apos;s chart.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Patient in the vault</source>
        <translation>Patient in the vault</translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation>Unknown patient</translation>
    </message>
    <message>
        <source>This appointment is not linked to a patient in the vault: search by name.</source>
        <translation>This appointment is not linked to a patient in the vault: search by name.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s appointments (%n)</source>
        <translation>
            <numerusform>Today&apos;s appointments (%n)</numerusform>
            <numerusform>Today&apos;s appointments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment imported for today or the next days.</source>
        <translation>No appointment imported for today or the next days.</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>No appointment today.</translation>
    </message>
</context>
<context>
    <name>relais::ui::AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>Name or date of birth, then Enter</source>
        <translation>Name or date of birth, then Enter</translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation>Every patient</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;ractitioner:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Check the chain</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xport as PDF…</translation>
    </message>
    <message>
        <source>This report will name the patient: the PDF file will hold personal health data in clear. Write it?</source>
        <translation>This report will name the patient: the PDF file will hold personal health data in clear. Write it?</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n entries)</source>
        <translation>
            <numerusform>Report written: %1 (%n entries)</numerusform>
            <numerusform>Report written: %1 (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-trail-%1.pdf</source>
        <translation>audit-trail-%1.pdf</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Save the audit report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>relais::ui::AuditTrailModel</name>
    <message>
        <source>Entry #%1 %2</source>
        <translation>Entry #%1 %2</translation>
    </message>
</context>
<context>
    <name>relais::ui::BackupRunner</name>
    <message>
        <source>The backup did not run</source>
        <translation>The backup did not run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Stopping the backup…</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Verifying the backup…</translation>
    </message>
</context>
<context>
    <name>relais::ui::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Relais writes an encrypted, verified copy of the vault into this folder (a USB disk or a network share) when you lock it or quit, if the last backup is more than a day old, and whenever you click &quot;Back up now&quot;.</source>
        <translation>Relais writes an encrypted, verified copy of the vault into this folder (a USB disk or a network share) when you lock it or quit, if the last backup is more than a day old, and whenever you click &quot;Back up now&quot;.</translation>
    </message>
    <message>
        <source>no folder chosen: no automatic backup</source>
        <translation>no folder chosen: no automatic backup</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Daily copies kept:</source>
        <translation>Daily copies kept:</translation>
    </message>
    <message>
        <source>Weekly copies kept:</source>
        <translation>Weekly copies kept:</translation>
    </message>
    <message>
        <source>Monthly copies kept:</source>
        <translation>Monthly copies kept:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Last verified backup: none yet.</source>
        <translation>Last verified backup: none yet.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Last verified backup: %1 (%n day(s) ago).</numerusform>
            <numerusform>Last verified backup: %1 (%n day(s) ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the folder.</source>
        <translation>
            <numerusform>%n backup(s) in the folder.</numerusform>
            <numerusform>%n backup(s) in the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the backups (USB disk, network share)</source>
        <translation>Folder for the backups (USB disk, network share)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ChartWidget</name>
    <message>
        <source>No chart open.

Type a few letters of a name in the search box on the left, then press Enter.</source>
        <translation>No chart open.

Type a few letters of a name in the search box on the left, then press Enter.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>An invented patient for demonstrations and training: the name and the NIR are not real.</source>
        <translation>An invented patient for demonstrations and training: the name and the NIR are not real.</translation>
    </message>
    <message>
        <source>Correct &amp;identity…</source>
        <translation>Correct &amp;identity…</translation>
    </message>
    <message>
        <source>Correct the name, date of birth, social-security number, identity status, contact details or notes (Ctrl+I)</source>
        <translation>Correct the name, date of birth, social-security number, identity status, contact details or notes (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Add to the chart</source>
        <translation>&amp;Add to the chart</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>History (antécédents)</source>
        <translation>History (antécédents)</translation>
    </message>
    <message>
        <source>Long-term conditions (ALD)</source>
        <translation>Long-term conditions (ALD)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Current long-term treatments</source>
        <translation>Current long-term treatments</translation>
    </message>
    <message>
        <source>Weight and height</source>
        <translation>Weight and height</translation>
    </message>
    <message>
        <source>No chart open.</source>
        <translation>No chart open.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>This chart could not be opened: %1</source>
        <translation>This chart could not be opened: %1</translation>
    </message>
    <message>
        <source>This chart could not be read again: %1</source>
        <translation>This chart could not be read again: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>NIA %1</source>
        <translation>NIA %1</translation>
    </message>
    <message>
        <source>NIR %1</source>
        <translation>NIR %1</translation>
    </message>
    <message>
        <source>no social-security number</source>
        <translation>no social-security number</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>tel. %1</translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation>mobile %1</translation>
    </message>
    <message>
        <source>Given names at birth: %1</source>
        <translation>Given names at birth: %1</translation>
    </message>
    <message>
        <source>birth place (INSEE) %1</source>
        <translation>birth place (INSEE) %1</translation>
    </message>
    <message>
        <source>No address or phone number recorded</source>
        <translation>No address or phone number recorded</translation>
    </message>
    <message>
        <source>CIM-10 %1</source>
        <translation>CIM-10 %1</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Surgical</source>
        <translation>Surgical</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>ALD</source>
        <translation>ALD</translation>
    </message>
    <message numerus="yes">
        <source>renew %n time(s)</source>
        <translation>
            <numerusform>renew %n time</numerusform>
            <numerusform>renew %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>non substituable (%1)</source>
        <translation>non substituable (%1)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>BMI %1</translation>
    </message>
    <message>
        <source>(weight of %1)</source>
        <translation>(weight of %1)</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier measurement(s)</source>
        <translation>
            <numerusform>and %n earlier measurement</numerusform>
            <numerusform>and %n earlier measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes. Add them with “Correct identity…”.</source>
        <translation>No notes. Add them with “Correct identity…”.</translation>
    </message>
    <message>
        <source>&amp;Prescription…</source>
        <translation>&amp;Prescription…</translation>
    </message>
    <message>
        <source>Write a prescription, a certificate or a document for this patient (Ctrl+P)</source>
        <translation>Write a prescription, a certificate or a document for this patient (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;new treatments…</source>
        <translation>Re&amp;new treatments…</translation>
    </message>
    <message>
        <source>A prescription with the current long-term treatments, to adjust</source>
        <translation>A prescription with the current long-term treatments, to adjust</translation>
    </message>
    <message>
        <source>Prescriptions…</source>
        <translation>Prescriptions…</translation>
    </message>
    <message>
        <source>The prescriptions written for this patient, to view and reprint</source>
        <translation>The prescriptions written for this patient, to view and reprint</translation>
    </message>
    <message>
        <source>billed to the insured person&apos;s number %1</source>
        <translation>billed to the insured person&apos;s number %1</translation>
    </message>
    <message>
        <source>born in %1 (INSEE %2)</source>
        <translation>born in %1 (INSEE %2)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConflictDialog</name>
    <message>
        <source>Relais — patient changed in both places</source>
        <translation>Relais — patient changed in both places</translation>
    </message>
    <message>
        <source>This patient was changed in Relais and in the EHR software</source>
        <translation>This patient was changed in Relais and in the EHR software</translation>
    </message>
    <message>
        <source>The EHR software refused Relais&apos;s change because someone changed the same patient there during the outage. Compare the two versions (differences are highlighted) and choose the one to keep. The patient&apos;s consultations and prescriptions are sent either way.</source>
        <translation>The EHR software refused Relais&apos;s change because someone changed the same patient there during the outage. Compare the two versions (differences are highlighted) and choose the one to keep. The patient&apos;s consultations and prescriptions are sent either way.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In Relais</source>
        <translation>In Relais</translation>
    </message>
    <message>
        <source>In the EHR software</source>
        <translation>In the EHR software</translation>
    </message>
    <message>
        <source>&amp;Keep Relais&apos;s version</source>
        <translation>&amp;Keep Relais&apos;s version</translation>
    </message>
    <message>
        <source>Send Relais&apos;s version again; it replaces the EHR&apos;s</source>
        <translation>Send Relais&apos;s version again; it replaces the EHR&apos;s</translation>
    </message>
    <message>
        <source>&amp;Take the EHR&apos;s version</source>
        <translation>&amp;Take the EHR&apos;s version</translation>
    </message>
    <message>
        <source>Replace the details in Relais by the EHR&apos;s; the EHR&apos;s record is left as it is (allergies and history added in Relais still go)</source>
        <translation>Replace the details in Relais by the EHR&apos;s; the EHR&apos;s record is left as it is (allergies and history added in Relais still go)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>The EHR&apos;s version could not be read. Keep Relais&apos;s version to send it again: if the EHR refuses it again, its version is read then and shown here.</source>
        <translation>The EHR&apos;s version could not be read. Keep Relais&apos;s version to send it again: if the EHR refuses it again, its version is read then and shown here.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultationEditor</name>
    <message>
        <source>e.g. wrong weight typed; diagnosis specified after the lab results</source>
        <translation>e.g. wrong weight typed; diagnosis specified after the lab results</translation>
    </message>
    <message>
        <source>&amp;Why is it corrected?</source>
        <translation>&amp;Why is it corrected?</translation>
    </message>
    <message>
        <source>One a line; the CIM-10 code in brackets if known, e.g.
Acute tonsillitis (J03.9)</source>
        <translation>One a line; the CIM-10 code in brackets if known, e.g.
Acute tonsillitis (J03.9)</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Vitals</translation>
    </message>
    <message>
        <source>R&amp;eason for visit</source>
        <translation>R&amp;eason for visit</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamination</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>Dia&amp;gnoses</source>
        <translation>Dia&amp;gnoses</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Close the consultation</source>
        <translation>Close the consultation</translation>
    </message>
    <message>
        <source>Validate and freeze this consultation (Ctrl+Enter). It can still be corrected afterwards.</source>
        <translation>Validate and freeze this consultation (Ctrl+Enter). It can still be corrected afterwards.</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Print re&amp;port…</source>
        <translation>Print re&amp;port…</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Close window</translation>
    </message>
    <message>
        <source>%1 — consultation of %2</source>
        <translation>%1 — consultation of %2</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Store this as a new version (Ctrl+Enter); the earlier ones stay readable.</source>
        <translation>Store this as a new version (Ctrl+Enter); the earlier ones stay readable.</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>Being typed</source>
        <translation>Being typed</translation>
    </message>
    <message>
        <source>Closed on %1 · version %2</source>
        <translation>Closed on %1 · version %2</translation>
    </message>
    <message>
        <source>Consultation — %1</source>
        <translation>Consultation — %1</translation>
    </message>
    <message>
        <source>Consultation (read only) — %1</source>
        <translation>Consultation (read only) — %1</translation>
    </message>
    <message>
        <source>Typing not saved yet</source>
        <translation>Typing not saved yet</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>No practitioner is recorded in this vault, so the report has no author. Add one in the settings (Settings, Practitioners), then print again.</source>
        <translation>No practitioner is recorded in this vault, so the report has no author. Add one in the settings (Settings, Practitioners), then print again.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Report signed by:</source>
        <translation>Report signed by:</translation>
    </message>
    <message>
        <source>Consultation report</source>
        <translation>Consultation report</translation>
    </message>
    <message>
        <source>Print the consultation report</source>
        <translation>Print the consultation report</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>Report sent to the printer</translation>
    </message>
    <message>
        <source>Empty consultation</source>
        <translation>Empty consultation</translation>
    </message>
    <message>
        <source>Nothing has been typed in this consultation. Discard it?</source>
        <translation>Nothing has been typed in this consultation. Discard it?</translation>
    </message>
    <message>
        <source>Print the consultation report (compte rendu) for the patient or a colleague (Ctrl+P)</source>
        <translation>Print the consultation report (compte rendu) for the patient or a colleague (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Enter: close the consultation · Esc: leave (the draft is kept)</source>
        <translation>Ctrl+Enter: close the consultation · Esc: leave (the draft is kept)</translation>
    </message>
    <message>
        <source>Ctrl+Enter: save the correction · Esc: cancel it</source>
        <translation>Ctrl+Enter: save the correction · Esc: cancel it</translation>
    </message>
    <message>
        <source>Ctrl+P: print the report · Esc: close</source>
        <translation>Ctrl+P: print the report · Esc: close</translation>
    </message>
    <message>
        <source>Pre&amp;scription…</source>
        <translation>Pre&amp;scription…</translation>
    </message>
    <message>
        <source>Write a prescription or a certificate for this consultation (Alt+S)</source>
        <translation>Write a prescription or a certificate for this consultation (Alt+S)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultationText</name>
    <message>
        <source>Reason for visit</source>
        <translation>Reason for visit</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examination</translation>
    </message>
    <message>
        <source>BMI %1 kg/m²</source>
        <translation>BMI %1 kg/m²</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Vitals</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnoses</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Imported from the practice software</source>
        <translation>Imported from the practice software</translation>
    </message>
    <message>
        <source>Imported from the practice software (data of %1 at %2)</source>
        <translation>Imported from the practice software (data of %1 at %2)</translation>
    </message>
    <message>
        <source>Recorded in Relais during the outage</source>
        <translation>Recorded in Relais during the outage</translation>
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
        <source>Practitioner&apos;s &amp;name:</source>
        <translation>Practitioner&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words, such as &quot;lighthouse parsley violin November&quot;, are easy to remember and hard to guess.</source>
        <translation>Tip: four or five unrelated words, such as &quot;lighthouse parsley violin November&quot;, are easy to remember and hard to guess.</translation>
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
        <source>Enter the practitioner&apos;s name to continue.</source>
        <translation>Enter the practitioner&apos;s name to continue.</translation>
    </message>
</context>
<context>
    <name>relais::ui::DrillDialog</name>
    <message>
        <source>Outage drill</source>
        <translation>Outage drill</translation>
    </message>
    <message>
        <source>A timed rehearsal of an outage, on a training vault filled with invented patients: the practice&apos;s records are never touched. Each step is timed against its target; at the end the report is kept in the vault.</source>
        <translation>A timed rehearsal of an outage, on a training vault filled with invented patients: the practice&apos;s records are never touched. Each step is timed against its target; at the end the report is kept in the vault.</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Taking part:</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>Save the drill report</source>
        <translation>Save the drill report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Print the report…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Skip this step</translation>
    </message>
    <message>
        <source>Skipped during the drill</source>
        <translation>Skipped during the drill</translation>
    </message>
    <message>
        <source>Type your passphrase as at an unlock. It is checked against the vault&apos;s key header; it also opens the backup at the restore step.</source>
        <translation>Type your passphrase as at an unlock. It is checked against the vault&apos;s key header; it also opens the backup at the restore step.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Find this invented patient of the training vault (the name is shown in the field).</source>
        <translation>Find this invented patient of the training vault (the name is shown in the field).</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Record a short consultation for the patient found, as during an outage, and finalise it.</source>
        <translation>Record a short consultation for the patient found, as during an outage, and finalise it.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Finalise the consultation</source>
        <translation>Finalise the consultation</translation>
    </message>
    <message>
        <source>Print a paracetamol prescription for this patient to a PDF, then open it to check it, or on the practice&apos;s printer.</source>
        <translation>Print a paracetamol prescription for this patient to a PDF, then open it to check it, or on the practice&apos;s printer.</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>Print on paper…</source>
        <translation>Print on paper…</translation>
    </message>
    <message>
        <source>Write the handover archive of the training vault (what would go back to the EHR), then open it and check every file against its manifest.</source>
        <translation>Write the handover archive of the training vault (what would go back to the EHR), then open it and check every file against its manifest.</translation>
    </message>
    <message>
        <source>Export and open</source>
        <translation>Export and open</translation>
    </message>
    <message>
        <source>Restore the newest backup into a temporary file and verify it. The practice&apos;s vault is not touched.</source>
        <translation>Restore the newest backup into a temporary file and verify it. The practice&apos;s vault is not touched.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Folder of the backups</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Restore and verify</source>
        <translation>Restore and verify</translation>
    </message>
    <message>
        <source>Read the readiness check of the practice&apos;s vault as it is now; it goes into the report.</source>
        <translation>Read the readiness check of the practice&apos;s vault as it is now; it goes into the report.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
What to do: %2</translation>
    </message>
    <message>
        <source>Drill passed: %1</source>
        <translation>Drill passed: %1</translation>
    </message>
    <message>
        <source>Drill failed: %1</source>
        <translation>Drill failed: %1</translation>
    </message>
    <message>
        <source>Actions to take:</source>
        <translation>Actions to take:</translation>
    </message>
    <message>
        <source>The report could not be kept in the vault: %1</source>
        <translation>The report could not be kept in the vault: %1</translation>
    </message>
    <message>
        <source>The report is kept in the vault (readiness check).</source>
        <translation>The report is kept in the vault (readiness check).</translation>
    </message>
    <message>
        <source>Drill passed</source>
        <translation>Drill passed</translation>
    </message>
    <message>
        <source>Drill failed</source>
        <translation>Drill failed</translation>
    </message>
    <message>
        <source>%1 — target %2</source>
        <translation>%1 — target %2</translation>
    </message>
</context>
<context>
    <name>relais::ui::DrugReferenceDialog</name>
    <message>
        <source>Drug reference (BDPM)</source>
        <translation>Drug reference (BDPM)</translation>
    </message>
    <message>
        <source>While a prescription is written, Relais offers the medicines of the public drug database (BDPM), without the network. To bring it up to date, download the files CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt and CIS_CPD_bdpm.txt from base-donnees-publique.medicaments.gouv.fr while the network works, put them in one folder and choose it here.</source>
        <translation>While a prescription is written, Relais offers the medicines of the public drug database (BDPM), without the network. To bring it up to date, download the files CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt and CIS_CPD_bdpm.txt from base-donnees-publique.medicaments.gouv.fr while the network works, put them in one folder and choose it here.</translation>
    </message>
    <message>
        <source>Folder holding the four BDPM files</source>
        <translation>Folder holding the four BDPM files</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Update the reference</source>
        <translation>&amp;Update the reference</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Folder of the BDPM files</source>
        <translation>Folder of the BDPM files</translation>
    </message>
    <message>
        <source>No drug reference yet: prescription lines are typed in full.</source>
        <translation>No drug reference yet: prescription lines are typed in full.</translation>
    </message>
    <message>
        <source>The drug reference cannot be used: %1</source>
        <translation>The drug reference cannot be used: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n medicine(s), imported on %2.</source>
        <translation>
            <numerusform>%1: %n medicine, imported on %2.</numerusform>
            <numerusform>%1: %n medicines, imported on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Missing in %1: %2. Nothing was changed.</source>
        <translation>Missing in %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Reading the BDPM files…</source>
        <translation>Reading the BDPM files…</translation>
    </message>
    <message>
        <source>The reference was not changed: %1</source>
        <translation>The reference was not changed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n medicine(s), %1 presentation(s) (files of %2).</source>
        <translation>
            <numerusform>Updated: %n medicine, %1 presentation (files of %2).</numerusform>
            <numerusform>Updated: %n medicines, %1 presentations (files of %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s) left out:</source>
        <translation>
            <numerusform>%n malformed row left out:</numerusform>
            <numerusform>%n malformed rows left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DuplicateDialog</name>
    <message>
        <source>Relais — possible duplicate</source>
        <translation>Relais — possible duplicate</translation>
    </message>
    <message>
        <source>This patient may already be in Relais</source>
        <translation>This patient may already be in Relais</translation>
    </message>
    <message>
        <source>Two charts for one person split the history and the allergies. Open the existing chart unless you are sure this is someone else.</source>
        <translation>Two charts for one person split the history and the allergies. Open the existing chart unless you are sure this is someone else.</translation>
    </message>
    <message>
        <source>%1 — born %2 — %3</source>
        <translation>%1 — born %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Open the existing chart</source>
        <translation>&amp;Open the existing chart</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>&amp;Create anyway</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>relais::ui::HandoverExportDialog</name>
    <message>
        <source>Export a handover folder</source>
        <translation>Export a handover folder</translation>
    </message>
    <message>
        <source>Writes everything recorded in Relais during the outage into one encrypted file: FHIR data, one PDF per consultation to file in the patient&apos;s record, and a worksheet to tick off. Choose a passphrase for this file only and give it to the secretary separately (by phone, never with the USB stick).</source>
        <translation>Writes everything recorded in Relais during the outage into one encrypted file: FHIR data, one PDF per consultation to file in the patient&apos;s record, and a worksheet to tick off. Choose a passphrase for this file only and give it to the secretary separately (by phone, never with the USB stick).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Several words, not the vault&apos;s passphrase</source>
        <translation>Several words, not the vault&apos;s passphrase</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Export &amp;passphrase:</source>
        <translation>Export &amp;passphrase:</translation>
    </message>
    <message>
        <source>%v / %m patients</source>
        <translation>%v / %m patients</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Where to write the handover file</source>
        <translation>Where to write the handover file</translation>
    </message>
    <message>
        <source>Choose the folder (for example the USB stick) to continue.</source>
        <translation>Choose the folder (for example the USB stick) to continue.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the export to continue.</source>
        <translation>Choose a passphrase for the export to continue.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export written:&lt;/b&gt; %1&lt;br&gt;%2 patient(s), %3 consultation(s), %4 prescription(s).&lt;br&gt;Open it with the passphrase you chose (relais-cli open-export).</source>
        <translation>&lt;b&gt;Export written:&lt;/b&gt; %1&lt;br&gt;%2 patient(s), %3 consultation(s), %4 prescription(s).&lt;br&gt;Open it with the passphrase you chose (relais-cli open-export).</translation>
    </message>
</context>
<context>
    <name>relais::ui::ImportSummaryView</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Kept (changed in Relais)</source>
        <translation>Kept (changed in Relais)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Records changed in Relais during the outage: the export never overwrites them.</source>
        <translation>Records changed in Relais during the outage: the export never overwrites them.</translation>
    </message>
    <message>
        <source>Read but not kept (inactive, or a type Relais does not keep).</source>
        <translation>Read but not kept (inactive, or a type Relais does not keep).</translation>
    </message>
    <message>
        <source>The export held no record Relais keeps.</source>
        <translation>The export held no record Relais keeps.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) no longer in the practice software&apos;s export: marked in their chart, not deleted.</source>
        <translation>
            <numerusform>%n patient no longer in the practice software&apos;s export: marked in their chart, not deleted.</numerusform>
            <numerusform>%n patients no longer in the practice software&apos;s export: marked in their chart, not deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>History and ALD</source>
        <translation>History and ALD</translation>
    </message>
    <message>
        <source>Treatments (statements)</source>
        <translation>Treatments (statements)</translation>
    </message>
    <message>
        <source>Treatments (prescriptions)</source>
        <translation>Treatments (prescriptions)</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Measurements</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Patients (CSV list)</source>
        <translation>Patients (CSV list)</translation>
    </message>
    <message>
        <source>Appointments (CSV list)</source>
        <translation>Appointments (CSV list)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ImportWizard</name>
    <message>
        <source>Import an export of the practice software</source>
        <translation>Import an export of the practice software</translation>
    </message>
    <message>
        <source>Choose the files exported by the practice software, or the folder that holds them: a FHIR Bundle (.json), a Bulk Data set (.ndjson files with their manifest) or the patient and appointment lists (.csv). Records changed in Relais are never overwritten; the import is all or nothing.</source>
        <translation>Choose the files exported by the practice software, or the folder that holds them: a FHIR Bundle (.json), a Bulk Data set (.ndjson files with their manifest) or the patient and appointment lists (.csv). Records changed in Relais are never overwritten; the import is all or nothing.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Check only (nothing is changed)</source>
        <translation>&amp;Check only (nothing is changed)</translation>
    </message>
    <message>
        <source>Reads everything and tells what the import would do, without changing the vault.</source>
        <translation>Reads everything and tells what the import would do, without changing the vault.</translation>
    </message>
    <message>
        <source>&amp;Partial export (patients missing from it are not marked absent)</source>
        <translation>&amp;Partial export (patients missing from it are not marked absent)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Files exported by the practice software</source>
        <translation>Files exported by the practice software</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.csv);;All files (*)</source>
        <translation>Exports (*.json *.ndjson *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Folder exported by the practice software</source>
        <translation>Folder exported by the practice software</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 records read…</source>
        <translation>%1 records read…</translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation>Checking the export…</translation>
    </message>
    <message>
        <source>Importing the export…</source>
        <translation>Importing the export…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Check only: nothing was changed. The import would give:</source>
        <translation>Check only: nothing was changed. The import would give:</translation>
    </message>
    <message>
        <source>Imported. Records changed in Relais during the outage were kept as they are.</source>
        <translation>Imported. Records changed in Relais during the outage were kept as they are.</translation>
    </message>
    <message>
        <source>Check complete</source>
        <translation>Check complete</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Correct the file or export it again from the practice software, then choose Back to try again.</source>
        <translation>Correct the file or export it again from the practice software, then choose Back to try again.</translation>
    </message>
</context>
<context>
    <name>relais::ui::InboxMergeDialog</name>
    <message>
        <source>Merging the latest export</source>
        <translation>Merging the latest export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop: the snapshot being merged is not kept and stays in the inbox for the next unlock.</source>
        <translation>Stop: the snapshot being merged is not kept and stays in the inbox for the next unlock.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n export(s) of the practice software received while Relais was locked…</source>
        <translation>
            <numerusform>Merging %n export of the practice software received while Relais was locked…</numerusform>
            <numerusform>Merging %n exports of the practice software received while Relais was locked…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging the latest export… %1 records read</source>
        <translation>Merging the latest export… %1 records read</translation>
    </message>
    <message>
        <source>Merge cancelled: the export not yet merged stays in the inbox for the next unlock.</source>
        <translation>Merge cancelled: the export not yet merged stays in the inbox for the next unlock.</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Nothing was merged.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) merged. Records changed in Relais during the outage were kept as they are.</source>
        <translation>
            <numerusform>%n export merged. Records changed in Relais during the outage were kept as they are.</numerusform>
            <numerusform>%n exports merged. Records changed in Relais during the outage were kept as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export received could not be merged: your patients stay as they were.</source>
        <translation>The export received could not be merged: your patients stay as they were.</translation>
    </message>
    <message>
        <source>Set aside, will not be tried again (the patients already in Relais are all there; tell whoever runs the nightly export of the practice software):</source>
        <translation>Set aside, will not be tried again (the patients already in Relais are all there; tell whoever runs the nightly export of the practice software):</translation>
    </message>
    <message>
        <source>Not merged (kept in the inbox for the next unlock):</source>
        <translation>Not merged (kept in the inbox for the next unlock):</translation>
    </message>
    <message>
        <source>Mark them and finish</source>
        <translation>Mark them and finish</translation>
    </message>
    <message numerus="yes">
        <source>This export is the full list of the practice, and %n patient(s) of Relais are not in it. Mark them &quot;no longer in the EHR export&quot;? Their charts stay in Relais, nothing is deleted. Cancel keeps this export in the inbox for the next unlock.</source>
        <translation>
            <numerusform>This export is the full list of the practice, and %n patient(s) of Relais are not in it. Mark them &quot;no longer in the EHR export&quot;? Their charts stay in Relais, nothing is deleted. Cancel keeps this export in the inbox for the next unlock.</numerusform>
            <numerusform>This export is the full list of the practice, and %n patient(s) of Relais are not in it. Mark them &quot;no longer in the EHR export&quot;? Their charts stay in Relais, nothing is deleted. Cancel keeps this export in the inbox for the next unlock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the merge…</source>
        <translation>Finishing the merge…</translation>
    </message>
</context>
<context>
    <name>relais::ui::MainWindow</name>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
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
        <source>%n failed unlock attempt(s) since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice&apos;s computers.</source>
        <translation>
            <numerusform>%n failed unlock attempt since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice&apos;s computers.</numerusform>
            <numerusform>%n failed unlock attempts since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice&apos;s computers.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import an export of the practice software…</source>
        <translation>&amp;Import an export of the practice software…</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;Find a patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <source>&amp;Correct identity…</source>
        <translation>&amp;Correct identity…</translation>
    </message>
    <message>
        <source>&amp;Prescription…</source>
        <translation>&amp;Prescription…</translation>
    </message>
    <message>
        <source>Prescriptions &amp;history…</source>
        <translation>Prescriptions &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>&amp;Practitioners…</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>Printer &amp;calibration…</translation>
    </message>
    <message>
        <source>&amp;Synchronisation…</source>
        <translation>&amp;Synchronisation…</translation>
    </message>
    <message>
        <source>Hand back to the practice software what was recorded in Relais</source>
        <translation>Hand back to the practice software what was recorded in Relais</translation>
    </message>
    <message>
        <source>&amp;Drug reference (BDPM)…</source>
        <translation>&amp;Drug reference (BDPM)…</translation>
    </message>
    <message>
        <source>Renew &amp;treatments…</source>
        <translation>Renew &amp;treatments…</translation>
    </message>
    <message>
        <source>A prescription renewing the chart&apos;s current treatments (%1)</source>
        <translation>A prescription renewing the chart&apos;s current treatments (%1)</translation>
    </message>
    <message>
        <source>&amp;Readiness check…</source>
        <translation>&amp;Readiness check…</translation>
    </message>
    <message>
        <source>Would the practice get through tomorrow&apos;s outage: backups, snapshot, recovery sheet…</source>
        <translation>Would the practice get through tomorrow&apos;s outage: backups, snapshot, recovery sheet…</translation>
    </message>
    <message>
        <source>Outage &amp;drill…</source>
        <translation>Outage &amp;drill…</translation>
    </message>
    <message>
        <source>A timed rehearsal of an outage on invented patients, with a report kept in the vault</source>
        <translation>A timed rehearsal of an outage on invented patients, with a report kept in the vault</translation>
    </message>
    <message>
        <source>&amp;Vault access…</source>
        <translation>&amp;Vault access…</translation>
    </message>
    <message>
        <source>Each practitioner&apos;s passphrase, the recovery key</source>
        <translation>Each practitioner&apos;s passphrase, the recovery key</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>Who opened which record, printed, exported: the vault&apos;s journal</source>
        <translation>Who opened which record, printed, exported: the vault&apos;s journal</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
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
    <name>relais::ui::PassphraseField</name>
    <message>
        <source>Several words you will remember</source>
        <translation>Several words you will remember</translation>
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
        <source>Type a passphrase to see its strength.</source>
        <translation>Type a passphrase to see its strength.</translation>
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
    <name>relais::ui::PatientEditorDialog</name>
    <message>
        <source>Correct the identity — %1</source>
        <translation>Correct the identity — %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Type the identity exactly as written on the identity document (identity card, passport, residence permit). Fields marked * are required.</source>
        <translation>Type the identity exactly as written on the identity document (identity card, passport, residence permit). Fields marked * are required.</translation>
    </message>
    <message>
        <source>&amp;Save the corrections</source>
        <translation>&amp;Save the corrections</translation>
    </message>
    <message>
        <source>&amp;Create the patient</source>
        <translation>&amp;Create the patient</translation>
    </message>
    <message>
        <source>Identity (INS traits)</source>
        <translation>Identity (INS traits)</translation>
    </message>
    <message>
        <source>as on the identity document</source>
        <translation>as on the identity document</translation>
    </message>
    <message>
        <source>all of them, in order: Zoé Marie Louise</source>
        <translation>all of them, in order: Zoé Marie Louise</translation>
    </message>
    <message>
        <source>Separate the given names with spaces, or with commas when one of them holds a space (Marie Claire, Zoé).</source>
        <translation>Separate the given names with spaces, or with commas when one of them holds a space (Marie Claire, Zoé).</translation>
    </message>
    <message>
        <source>filled from the list above</source>
        <translation>filled from the list above</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>INSEE code, e.g. 75056 (99xxx if born abroad)</source>
        <translation>INSEE code, e.g. 75056 (99xxx if born abroad)</translation>
    </message>
    <message>
        <source>15 digits, e.g. 2 54 03 75 056 042 17</source>
        <translation>15 digits, e.g. 2 54 03 75 056 042 17</translation>
    </message>
    <message>
        <source>PROV — provisional</source>
        <translation>PROV — provisional</translation>
    </message>
    <message>
        <source>VALI — checked against an identity document</source>
        <translation>VALI — checked against an identity document</translation>
    </message>
    <message>
        <source>RECUP and QUAL need the national INSi service, which Relais cannot reach: they only come with the records imported from the practice software.</source>
        <translation>RECUP and QUAL need the national INSi service, which Relais cannot reach: they only come with the records imported from the practice software.</translation>
    </message>
    <message>
        <source>Doubtful or fictitious identity (stays provisional)</source>
        <translation>Doubtful or fictitious identity (stays provisional)</translation>
    </message>
    <message>
        <source>&amp;Birth name *:</source>
        <translation>&amp;Birth name *:</translation>
    </message>
    <message>
        <source>Birth &amp;given names:</source>
        <translation>Birth &amp;given names:</translation>
    </message>
    <message>
        <source>&amp;First given name *:</source>
        <translation>&amp;First given name *:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Date of birth *:</source>
        <translation>&amp;Date of birth *:</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>Birth &amp;place:</translation>
    </message>
    <message>
        <source>Social-security &amp;number:</source>
        <translation>Social-security &amp;number:</translation>
    </message>
    <message>
        <source>Identity &amp;status:</source>
        <translation>Identity &amp;status:</translation>
    </message>
    <message>
        <source>Usual name and contact</source>
        <translation>Usual name and contact</translation>
    </message>
    <message>
        <source>if not the birth name, e.g. married name</source>
        <translation>if not the birth name, e.g. married name</translation>
    </message>
    <message>
        <source>if not the first given name</source>
        <translation>if not the first given name</translation>
    </message>
    <message>
        <source>&amp;Used name:</source>
        <translation>&amp;Used name:</translation>
    </message>
    <message>
        <source>Used g&amp;iven name:</source>
        <translation>Used g&amp;iven name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Postal code, &amp;town:</source>
        <translation>Postal code, &amp;town:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>%1 — %2, kept as imported while the identity traits stay unchanged.</source>
        <translation>%1 — %2, kept as imported while the identity traits stay unchanged.</translation>
    </message>
    <message>
        <source>You changed an identity trait: the %1 status from the INSi service no longer applies. Choose PROV, or VALI if you have checked an identity document.</source>
        <translation>You changed an identity trait: the %1 status from the INSi service no longer applies. Choose PROV, or VALI if you have checked an identity document.</translation>
    </message>
    <message>
        <source>A doubtful or fictitious identity stays provisional (PROV).</source>
        <translation>A doubtful or fictitious identity stays provisional (PROV).</translation>
    </message>
    <message>
        <source>VALI: you have seen an identity document (not the carte Vitale) and the traits match it.</source>
        <translation>VALI: you have seen an identity document (not the carte Vitale) and the traits match it.</translation>
    </message>
    <message>
        <source>Please check: %1. You can still save.</source>
        <translation>Please check: %1. You can still save.</translation>
    </message>
    <message>
        <source>Date of birth: “%1” is not a date; type it as DD/MM/YYYY</source>
        <translation>Date of birth: “%1” is not a date; type it as DD/MM/YYYY</translation>
    </message>
    <message>
        <source>unknown commune (abroad: 99xxx)</source>
        <translation>unknown commune (abroad: 99xxx)</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientSearchWidget</name>
    <message>
        <source>Name, date of birth (12/03/1954) or social-security number…</source>
        <translation>Name, date of birth (12/03/1954) or social-security number…</translation>
    </message>
    <message>
        <source>Type a few letters of the name, a date of birth or digits of the social-security number.
↑ ↓ choose, Enter opens the chart, Esc clears. Ctrl+F comes back here.</source>
        <translation>Type a few letters of the name, a date of birth or digits of the social-security number.
↑ ↓ choose, Enter opens the chart, Esc clears. Ctrl+F comes back here.</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <source>Create a patient who is not in the list (Ctrl+Shift+N)</source>
        <translation>Create a patient who is not in the list (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>No patient in this vault yet. Create one with “New patient”.</source>
        <translation>No patient in this vault yet. Create one with “New patient”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) in the vault. Type a name, a date of birth or digits of the social-security number.</source>
        <translation>
            <numerusform>%Ln patient in the vault. Type a name, a date of birth or digits of the social-security number.</numerusform>
            <numerusform>%Ln patients in the vault. Type a name, a date of birth or digits of the social-security number.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No patient found. Check the spelling, type fewer letters, or create the patient with “New patient”.</source>
        <translation>No patient found. Check the spelling, type fewer letters, or create the patient with “New patient”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln patient(s) — type more to narrow</source>
        <translation>
            <numerusform>%1 of %Ln patient — type more to narrow</numerusform>
            <numerusform>%1 of %Ln patients — type more to narrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientText</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sex not stated</translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex: female</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex: male</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>?</source>
        <comment>sex: not stated</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>Provisional identity</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <source>Retrieved identity</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <source>PROV — provisional: the identity has not been checked against an identity document, or it is doubtful. The INS cannot be used to share data.</source>
        <translation>PROV — provisional: the identity has not been checked against an identity document, or it is doubtful. The INS cannot be used to share data.</translation>
    </message>
    <message>
        <source>VALI — validated: the identity was checked against an identity document (identity card, passport, residence permit), but not against the national INSi service.</source>
        <translation>VALI — validated: the identity was checked against an identity document (identity card, passport, residence permit), but not against the national INSi service.</translation>
    </message>
    <message>
        <source>RECUP — retrieved: the identity comes from the national INSi service, but nobody has checked it against an identity document yet.</source>
        <translation>RECUP — retrieved: the identity comes from the national INSi service, but nobody has checked it against an identity document yet.</translation>
    </message>
    <message>
        <source>QUAL — qualified: retrieved from the national INSi service and checked against an identity document. The most reliable status.</source>
        <translation>QUAL — qualified: retrieved from the national INSi service and checked against an identity document. The most reliable status.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>added in Relais</source>
        <translation>added in Relais</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>No known allergy</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::PdfPreview</name>
    <message>
        <source>The preview cannot read the PDF.</source>
        <translation>The preview cannot read the PDF.</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>The preview appears here.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The preview cannot be drawn: %1</source>
        <translation>The preview cannot be drawn: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::PlainFilePrint</name>
    <message>
        <source>Unencrypted PDF file</source>
        <translation>Unencrypted PDF file</translation>
    </message>
    <message>
        <source>This writes the document to an unencrypted PDF file, not on paper.</source>
        <translation>This writes the document to an unencrypted PDF file, not on paper.</translation>
    </message>
    <message>
        <source>The file (%1) can be read by anyone who reaches this computer&apos;s files, or wherever it is copied. Print on paper instead, or confirm that you need this file and delete it once used. Writing it is recorded in the audit trail.</source>
        <translation>The file (%1) can be read by anyone who reaches this computer&apos;s files, or wherever it is copied. Print on paper instead, or confirm that you need this file and delete it once used. Writing it is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Write the unencrypted file</source>
        <translation>Write the unencrypted file</translation>
    </message>
</context>
<context>
    <name>relais::ui::PractitionerDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Practitioners</translation>
    </message>
    <message>
        <source>&amp;New practitioner</source>
        <translation>&amp;New practitioner</translation>
    </message>
    <message>
        <source>e.g. Docteur en médecine</source>
        <translation>e.g. Docteur en médecine</translation>
    </message>
    <message>
        <source>e.g. Médecine générale</source>
        <translation>e.g. Médecine générale</translation>
    </message>
    <message>
        <source>11 digits, on the CPS card</source>
        <translation>11 digits, on the CPS card</translation>
    </message>
    <message>
        <source>9 digits (liberal practice)</source>
        <translation>9 digits (liberal practice)</translation>
    </message>
    <message>
        <source>9 characters (establishment), if no AM number</source>
        <translation>9 characters (establishment), if no AM number</translation>
    </message>
    <message>
        <source>Street
Postcode and town (&quot;France&quot; is added)</source>
        <translation>Street
Postcode and town (&quot;France&quot; is added)</translation>
    </message>
    <message>
        <source>printed before the date: &quot;Lyon, le …&quot;</source>
        <translation>printed before the date: &quot;Lyon, le …&quot;</translation>
    </message>
    <message>
        <source>e.g. 04 78 12 34 56 (printed +33 4 78 …)</source>
        <translation>e.g. 04 78 12 34 56 (printed +33 4 78 …)</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>First names:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Specialty:</translation>
    </message>
    <message>
        <source>RPPS number:</source>
        <translation>RPPS number:</translation>
    </message>
    <message>
        <source>AM number:</source>
        <translation>AM number:</translation>
    </message>
    <message>
        <source>or FINESS:</source>
        <translation>or FINESS:</translation>
    </message>
    <message>
        <source>Professional address:</source>
        <translation>Professional address:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Add this practitioner</source>
        <translation>&amp;Add this practitioner</translation>
    </message>
    <message>
        <source>From the &amp;EHR snapshot…</source>
        <translation>From the &amp;EHR snapshot…</translation>
    </message>
    <message>
        <source>Fill the form with a practitioner of the practice software&apos;s export; check it and complete it before adding</source>
        <translation>Fill the form with a practitioner of the practice software&apos;s export; check it and complete it before adding</translation>
    </message>
    <message>
        <source>%1 (RPPS %2)</source>
        <translation>%1 (RPPS %2)</translation>
    </message>
    <message>
        <source>Taken from the EHR snapshot: check it, add the AM number (or FINESS) and what is missing, then add it.</source>
        <translation>Taken from the EHR snapshot: check it, add the AM number (or FINESS) and what is missing, then add it.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionEditor</name>
    <message>
        <source>Prescription – %1</source>
        <translation>Prescription – %1</translation>
    </message>
    <message>
        <source>required: the patient is %1</source>
        <translation>required: the patient is %1</translation>
    </message>
    <message>
        <source>Practitioners…</source>
        <translation>Practitioners…</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>A4 plain paper</source>
        <translation>A4 plain paper</translation>
    </message>
    <message>
        <source>A5 plain paper</source>
        <translation>A5 plain paper</translation>
    </message>
    <message>
        <source>Secure paper (stupéfiants)</source>
        <translation>Secure paper (stupéfiants)</translation>
    </message>
    <message>
        <source>Duplicata</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <source>Print a second copy marked DUPLICATA</source>
        <translation>Print a second copy marked DUPLICATA</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Prescriber:</source>
        <translation>Prescriber:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>&amp;Add a medicine</source>
        <translation>&amp;Add a medicine</translation>
    </message>
    <message>
        <source>The chart lists no current treatment</source>
        <translation>The chart lists no current treatment</translation>
    </message>
    <message>
        <source>Text of the certificate or document, as it will print</source>
        <translation>Text of the certificate or document, as it will print</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Comments printed under the lines (optional)</source>
        <translation>Comments printed under the lines (optional)</translation>
    </message>
    <message>
        <source>Use the &amp;secure paper layout</source>
        <translation>Use the &amp;secure paper layout</translation>
    </message>
    <message>
        <source>Save and &amp;print…</source>
        <translation>Save and &amp;print…</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <source>No practitioner yet: add one with “Practitioners…”</source>
        <translation>No practitioner yet: add one with “Practitioners…”</translation>
    </message>
    <message>
        <source>Certificat médical</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <source>e.g. Compte rendu, Courrier</source>
        <translation>e.g. Compte rendu, Courrier</translation>
    </message>
    <message>
        <source>Prescriber: add the practitioner who signs (button “Practitioners…”)</source>
        <translation>Prescriber: add the practitioner who signs (button “Practitioners…”)</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Print again…</translation>
    </message>
    <message>
        <source>Print the prescription</source>
        <translation>Print the prescription</translation>
    </message>
    <message>
        <source>Saved, not printed: print it later from the chart&apos;s prescription history.</source>
        <translation>Saved, not printed: print it later from the chart&apos;s prescription history.</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>No known allergy</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies: %1</translation>
    </message>
    <message>
        <source>Secure paper: only what Relais prints is shown; the identity, the lot number and the frame are already on the pad.</source>
        <translation>Secure paper: only what Relais prints is shown; the identity, the lot number and the frame are already on the pad.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Line %1 (%2): %3</translation>
    </message>
    <message>
        <source>Known allergy</source>
        <translation>Known allergy</translation>
    </message>
    <message>
        <source>This patient has a known allergy that a medicine of this prescription may trigger.</source>
        <translation>This patient has a known allergy that a medicine of this prescription may trigger.</translation>
    </message>
    <message>
        <source>Go back to the prescription</source>
        <translation>Go back to the prescription</translation>
    </message>
    <message>
        <source>Prescribe anyway</source>
        <translation>Prescribe anyway</translation>
    </message>
    <message>
        <source>Not saved: change the medicine, or confirm that you prescribe it despite the allergy.</source>
        <translation>Not saved: change the medicine, or confirm that you prescribe it despite the allergy.</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>measured on %1</translation>
    </message>
    <message>
        <source>Renew current &amp;treatments</source>
        <translation>Renew current &amp;treatments</translation>
    </message>
    <message>
        <source>One line per current treatment of the chart, to adjust (%1)</source>
        <translation>One line per current treatment of the chart, to adjust (%1)</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionHistory</name>
    <message>
        <source>Medicines</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>No prescription yet for this patient.</source>
        <translation>No prescription yet for this patient.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n line)</numerusform>
            <numerusform>%1 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Choose a prescription in the list</source>
        <translation>Choose a prescription in the list</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>The stored PDF is missing</source>
        <translation>The stored PDF is missing</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>The stored PDF cannot be read</source>
        <translation>The stored PDF cannot be read</translation>
    </message>
    <message>
        <source>The printer refused the page</source>
        <translation>The printer refused the page</translation>
    </message>
    <message>
        <source>The printer refused the document</source>
        <translation>The printer refused the document</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionLineWidget</name>
    <message>
        <source>Active substance (DCI), e.g. PARACÉTAMOL</source>
        <translation>Active substance (DCI), e.g. PARACÉTAMOL</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>e.g. 500 mg</translation>
    </message>
    <message>
        <source>e.g. comprimé</source>
        <translation>e.g. comprimé</translation>
    </message>
    <message>
        <source>e.g. orale</source>
        <translation>e.g. orale</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>comprimé</source>
        <translation>comprimé</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>noon</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>bedtime</source>
        <translation>bedtime</translation>
    </message>
    <message>
        <source>Or a number of times a day, instead of the moments</source>
        <translation>Or a number of times a day, instead of the moments</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>if needed</translation>
    </message>
    <message>
        <source>e.g. au cours des repas</source>
        <translation>e.g. au cours des repas</translation>
    </message>
    <message>
        <source>Printed as written when filled; leave empty to print the sentence built above.</source>
        <translation>Printed as written when filled; leave empty to print the sentence built above.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>A number of boxes instead of a duration (the brand must be named)</source>
        <translation>A number of boxes instead of a duration (the brand must be named)</translation>
    </message>
    <message>
        <source>Non-substitutable</source>
        <translation>Non-substitutable</translation>
    </message>
    <message>
        <source>reason…</source>
        <translation>reason…</translation>
    </message>
    <message>
        <source>MTE – narrow therapeutic margin</source>
        <translation>MTE – narrow therapeutic margin</translation>
    </message>
    <message>
        <source>EFG – child under 6, no suitable generic</source>
        <translation>EFG – child under 6, no suitable generic</translation>
    </message>
    <message>
        <source>CIF – excipient contra-indication</source>
        <translation>CIF – excipient contra-indication</translation>
    </message>
    <message>
        <source>ALD zone</source>
        <translation>ALD zone</translation>
    </message>
    <message>
        <source>In direct relation to the long-term condition: printed in the upper zone</source>
        <translation>In direct relation to the long-term condition: printed in the upper zone</translation>
    </message>
    <message>
        <source>Stupéfiant</source>
        <translation>Stupéfiant</translation>
    </message>
    <message>
        <source>Narcotic: secure paper, doses in words, 28 days at most, no renewal</source>
        <translation>Narcotic: secure paper, doses in words, 28 days at most, no renewal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Remove this line</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>for (days)</source>
        <translation>for (days)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Printed as</translation>
    </message>
    <message>
        <source>QSP</source>
        <translation>QSP</translation>
    </message>
    <message>
        <source>or boxes</source>
        <translation>or boxes</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Type the posology, or fill the dose above</source>
        <translation>Type the posology, or fill the dose above</translation>
    </message>
    <message>
        <source>or times a day</source>
        <translation>or times a day</translation>
    </message>
    <message>
        <source>No drug reference</source>
        <translation>No drug reference</translation>
    </message>
    <message>
        <source>Medicines from the public database (BDPM): type a substance, a brand or a CIS</source>
        <translation>Medicines from the public database (BDPM): type a substance, a brand or a CIS</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>optional, e.g. %1</translation>
    </message>
    <message>
        <source>excipient with a known effect, e.g. lactose</source>
        <translation>excipient with a known effect, e.g. lactose</translation>
    </message>
    <message>
        <source>CIF: the excipient every generic contains and the patient cannot take (printed)</source>
        <translation>CIF: the excipient every generic contains and the patient cannot take (printed)</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrintSettingsDialog</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Horizontal shift:</source>
        <translation>Horizontal shift:</translation>
    </message>
    <message>
        <source>Vertical shift:</source>
        <translation>Vertical shift:</translation>
    </message>
    <message>
        <source>Printer: choose or type its name</source>
        <translation>Printer: choose or type its name</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>Saved for %1.</translation>
    </message>
    <message>
        <source>the printer&apos;s name, as in the print dialog</source>
        <translation>the printer&apos;s name, as in the print dialog</translation>
    </message>
    <message>
        <source>Print a test page (or a prescription), measure how far the print is from where it should be, and enter the shift here. Positive values move the print right and down.</source>
        <translation>Print a test page (or a prescription), measure how far the print is from where it should be, and enter the shift here. Positive values move the print right and down.</translation>
    </message>
    <message>
        <source>Print a test page…</source>
        <translation>Print a test page…</translation>
    </message>
    <message>
        <source>The test page was printed but the audit log could not record it: %1</source>
        <translation>The test page was printed but the audit log could not record it: %1</translation>
    </message>
    <message>
        <source>Test page sent to %1. Check the crosses (20 mm from the edges) and the square (100 mm).</source>
        <translation>Test page sent to %1. Check the crosses (20 mm from the edges) and the square (100 mm).</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>the printer</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>No printer is set up on this computer.</translation>
    </message>
    <message>
        <source>Relais printer test page</source>
        <translation>Relais printer test page</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Choose a paper printer: the test page checks the printer itself.</source>
        <translation>Choose a paper printer: the test page checks the printer itself.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PurgeDialog</name>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prescription(s)</source>
        <translation>
            <numerusform>%n prescription</numerusform>
            <numerusform>%n prescriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed PDF(s)</source>
        <translation>
            <numerusform>%n printed PDF</numerusform>
            <numerusform>%n printed PDFs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n patient(s)</source>
        <translation>
            <numerusform>for %n patient</numerusform>
            <numerusform>for %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge the outage records</source>
        <translation>Purge the outage records</translation>
    </message>
    <message>
        <source>The practice software now holds what was recorded in Relais during the outage. To keep no more health data than needed, Relais can remove from this computer the consultations and prescriptions it received long enough ago. The patients and everything imported from the practice software stay; nothing that has not been received is ever removed.</source>
        <translation>The practice software now holds what was recorded in Relais during the outage. To keep no more health data than needed, Relais can remove from this computer the consultations and prescriptions it received long enough ago. The patients and everything imported from the practice software stay; nothing that has not been received is ever removed.</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> days ago</translation>
    </message>
    <message>
        <source>Received more than:</source>
        <translation>Received more than:</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to remove: no record was received by the practice software more than %n day(s) ago.</source>
        <translation>
            <numerusform>Nothing to remove: no record was received by the practice software more than %n day ago.</numerusform>
            <numerusform>Nothing to remove: no record was received by the practice software more than %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be removed: %1.</source>
        <translation>Would be removed: %1.</translation>
    </message>
    <message>
        <source>Remove %1 from this computer for good?</source>
        <translation>Remove %1 from this computer for good?</translation>
    </message>
    <message>
        <source>The practice software keeps its copy. This cannot be undone in Relais.</source>
        <translation>The practice software keeps its copy. This cannot be undone in Relais.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Removed: %1.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReadinessDialog</name>
    <message>
        <source>Readiness check</source>
        <translation>Readiness check</translation>
    </message>
    <message>
        <source>Would the practice get through tomorrow&apos;s outage? Each line is green, amber or red, with what to do.</source>
        <translation>Would the practice get through tomorrow&apos;s outage? Each line is green, amber or red, with what to do.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Practitioners…</source>
        <translation>Practitioners…</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Thresholds…</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>Backup settings…</translation>
    </message>
    <message>
        <source>Setup assistant…</source>
        <translation>Setup assistant…</translation>
    </message>
    <message>
        <source>Outage drill…</source>
        <translation>Outage drill…</translation>
    </message>
    <message>
        <source>Test page…</source>
        <translation>Test page…</translation>
    </message>
    <message>
        <source>Drug reference…</source>
        <translation>Drug reference…</translation>
    </message>
    <message>
        <source>Drill report…</source>
        <translation>Drill report…</translation>
    </message>
    <message>
        <source>Save the report of the drill of %1</source>
        <translation>Save the report of the drill of %1</translation>
    </message>
    <message>
        <source>Save the drill report</source>
        <translation>Save the drill report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Vault access…</source>
        <translation>Vault access…</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReadinessStatus</name>
    <message>
        <source>The worst line of the readiness check. Click to see every line.</source>
        <translation>The worst line of the readiness check. Click to see every line.</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>Readiness: %1</translation>
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
        <source>No printer is set up on this computer. Copy the key by hand onto paper instead, or set up a printer and click &quot;Print the sheet…&quot; again.</source>
        <translation>No printer is set up on this computer. Copy the key by hand onto paper instead, or set up a printer and click &quot;Print the sheet…&quot; again.</translation>
    </message>
    <message>
        <source>The printer reported an error. Check it, or copy the key by hand.</source>
        <translation>The printer reported an error. Check it, or copy the key by hand.</translation>
    </message>
</context>
<context>
    <name>relais::ui::RevisionDialog</name>
    <message>
        <source>Versions of the consultation — %1</source>
        <translation>Versions of the consultation — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). A correction never erases what was written before: each version stays as it was saved.</source>
        <translation>
            <numerusform>%n version. A correction never erases what was written before: each version stays as it was saved.</numerusform>
            <numerusform>%n versions. A correction never erases what was written before: each version stays as it was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>First version, when the consultation was closed</source>
        <translation>First version, when the consultation was closed</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SessionController</name>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Relais locked itself after %n minute without activity.</numerusform>
            <numerusform>Relais locked itself after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>The lock could not be recorded in the audit log: %1</translation>
    </message>
    <message>
        <source>The inbox for the nightly export could not be prepared: %1</source>
        <translation>The inbox for the nightly export could not be prepared: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) of the practice software could not be merged; kept in the inbox for the next unlock:</source>
        <translation>
            <numerusform>%n export of the practice software could not be merged; kept in the inbox for the next unlock:</numerusform>
            <numerusform>%n exports of the practice software could not be merged; kept in the inbox for the next unlock:</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>The practice software changed this record after the export Relais started from.</source>
        <translation>The practice software changed this record after the export Relais started from.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) of the practice software could not be merged and were set aside in the inbox; they will not be tried again. Your patients are all there as before. Tell whoever runs the nightly export:</source>
        <translation>
            <numerusform>%n export(s) of the practice software could not be merged and were set aside in the inbox; they will not be tried again. Your patients are all there as before. Tell whoever runs the nightly export:</numerusform>
            <numerusform>%n export(s) of the practice software could not be merged and were set aside in the inbox; they will not be tried again. Your patients are all there as before. Tell whoever runs the nightly export:</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: %1 If you did not put back a backup of the vault yourself, tell whoever looks after the practice&apos;s computers.</source>
        <translation>Audit trail: %1 If you did not put back a backup of the vault yourself, tell whoever looks after the practice&apos;s computers.</translation>
    </message>
    <message>
        <source>Folder for the backups (USB disk, network share)</source>
        <translation>Folder for the backups (USB disk, network share)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>Writing and verifying a backup into %1…</source>
        <translation>Writing and verifying a backup into %1…</translation>
    </message>
    <message>
        <source>The last backup is more than a day old: writing and verifying one into %1…</source>
        <translation>The last backup is more than a day old: writing and verifying one into %1…</translation>
    </message>
    <message>
        <source>Quit without backup</source>
        <translation>Quit without backup</translation>
    </message>
    <message>
        <source>Lock without backup</source>
        <translation>Lock without backup</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>relais::ui::SetupAssistant</name>
    <message>
        <source>Practitioners</source>
        <translation>Practitioners</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>EHR export and nightly task</source>
        <translation>EHR export and nightly task</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>Printer test page</translation>
    </message>
    <message>
        <source>Setting up Relais</source>
        <translation>Setting up Relais</translation>
    </message>
    <message>
        <source>A few steps make the practice ready for an outage. Each can be skipped and done later from File → Readiness check → Setup assistant.</source>
        <translation>A few steps make the practice ready for an outage. Each can be skipped and done later from File → Readiness check → Setup assistant.</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Skip this step</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Add each prescriber of the practice with the RPPS number, the AM or FINESS number, the address and the phone: prescriptions print with them.</source>
        <translation>Add each prescriber of the practice with the RPPS number, the AM or FINESS number, the address and the phone: prescriptions print with them.</translation>
    </message>
    <message>
        <source>Practitioners…</source>
        <translation>Practitioners…</translation>
    </message>
    <message>
        <source>The recovery key was shown once, when the vault was created: printed (or copied by hand) and kept in the practice safe, it opens the vault if every passphrase is lost.</source>
        <translation>The recovery key was shown once, when the vault was created: printed (or copied by hand) and kept in the practice safe, it opens the vault if every passphrase is lost.</translation>
    </message>
    <message>
        <source>Choose where the backups go: a USB disk or a network share, not this computer&apos;s own disk. Relais then backs up at lock and at quit when the last backup is more than a day old.</source>
        <translation>Choose where the backups go: a USB disk or a network share, not this computer&apos;s own disk. Relais then backs up at lock and at quit when the last backup is more than a day old.</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>Backup settings…</translation>
    </message>
    <message>
        <source>Each evening the practice software exports its records into a folder; a nightly task seals them into Relais&apos;s inbox (no passphrase needed) and Relais merges them at the next unlock.</source>
        <translation>Each evening the practice software exports its records into a folder; a nightly task seals them into Relais&apos;s inbox (no passphrase needed) and Relais merges them at the next unlock.</translation>
    </message>
    <message>
        <source>the folder the practice software exports into</source>
        <translation>the folder the practice software exports into</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The EHR&apos;s export folder</source>
        <translation>The EHR&apos;s export folder</translation>
    </message>
    <message>
        <source>Install the nightly task</source>
        <translation>Install the nightly task</translation>
    </message>
    <message>
        <source>Print a test page on the prescription printer: the crosses and the square show whether it prints where Relais expects.</source>
        <translation>Print a test page on the prescription printer: the crosses and the square show whether it prints where Relais expects.</translation>
    </message>
    <message>
        <source>Print a test page…</source>
        <translation>Print a test page…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n prescriber(s) recorded.</source>
        <translation>
            <numerusform>Done: %n prescriber(s) recorded.</numerusform>
            <numerusform>Done: %n prescriber(s) recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done yet: no prescriber is recorded.</source>
        <translation>Not done yet: no prescriber is recorded.</translation>
    </message>
    <message>
        <source>Done: printed %1.</source>
        <translation>Done: printed %1.</translation>
    </message>
    <message>
        <source>Not printed from Relais: check that the key was copied by hand and is in the safe.</source>
        <translation>Not printed from Relais: check that the key was copied by hand and is in the safe.</translation>
    </message>
    <message>
        <source>Not done yet: no backup folder chosen.</source>
        <translation>Not done yet: no backup folder chosen.</translation>
    </message>
    <message>
        <source>Done: backups go to %1.</source>
        <translation>Done: backups go to %1.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Not done yet.</translation>
    </message>
    <message>
        <source>Done: the nightly task reads %1.</source>
        <translation>Done: the nightly task reads %1.</translation>
    </message>
    <message>
        <source>Written: %1
To turn it on, run once (as the practice&apos;s user):
%2</source>
        <translation>Written: %1
To turn it on, run once (as the practice&apos;s user):
%2</translation>
    </message>
</context>
<context>
    <name>relais::ui::SlotPassphraseDialog</name>
    <message>
        <source>Add a practitioner</source>
        <translation>Add a practitioner</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <source>The new practitioner types a passphrase of their own, twice. They will unlock Relais with it, and their prescriptions will name them. The records are not re-encrypted: a key slot is added.</source>
        <translation>The new practitioner types a passphrase of their own, twice. They will unlock Relais with it, and their prescriptions will name them. The records are not re-encrypted: a key slot is added.</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. The other practitioners&apos; passphrases and the recovery key do not change.</source>
        <translation>Type your current passphrase, then the new one twice. The other practitioners&apos; passphrases and the recovery key do not change.</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Their &amp;passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>e.g. Dr Bernard Martin</source>
        <translation>e.g. Dr Bernard Martin</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>New profile…</translation>
    </message>
    <message>
        <source>&amp;Name shown in Relais:</source>
        <translation>&amp;Name shown in Relais:</translation>
    </message>
    <message>
        <source>P&amp;rescriber profile:</source>
        <translation>P&amp;rescriber profile:</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Add the practitioner</source>
        <translation>Add the practitioner</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>— none (not a prescriber) —</source>
        <translation>— none (not a prescriber) —</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name to continue.</source>
        <translation>Enter the practitioner&apos;s name to continue.</translation>
    </message>
    <message>
        <source>Type your current passphrase to continue.</source>
        <translation>Type your current passphrase to continue.</translation>
    </message>
    <message>
        <source>This session was unlocked with the recovery key: there is no passphrase of yours to change.</source>
        <translation>This session was unlocked with the recovery key: there is no passphrase of yours to change.</translation>
    </message>
    <message>
        <source>The current passphrase is not the right one.</source>
        <translation>The current passphrase is not the right one.</translation>
    </message>
    <message>
        <source>The passphrase was added, but not tied to the prescriber: %1</source>
        <translation>The passphrase was added, but not tied to the prescriber: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SnapshotStatus</name>
    <message>
        <source>No imported data</source>
        <translation>No imported data</translation>
    </message>
    <message>
        <source>No export of the practice software has been imported into this vault yet: only what was entered in Relais is here. Use File → Import an export of the practice software.</source>
        <translation>No export of the practice software has been imported into this vault yet: only what was entered in Relais is here. Use File → Import an export of the practice software.</translation>
    </message>
    <message>
        <source>Data of %1 at %2</source>
        <translation>Data of %1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>The records come from the practice software&apos;s export taken then (%n hour(s) ago). Anything entered there since is not in Relais.</source>
        <translation>
            <numerusform>The records come from the practice software&apos;s export taken then (%n hour ago). Anything entered there since is not in Relais.</numerusform>
            <numerusform>The records come from the practice software&apos;s export taken then (%n hours ago). Anything entered there since is not in Relais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check recent results, prescriptions and allergies with the patient: the export is more than %n hour(s) old.</source>
        <translation>
            <numerusform>Check recent results, prescriptions and allergies with the patient: the export is more than %n hour old.</numerusform>
            <numerusform>Check recent results, prescriptions and allergies with the patient: the export is more than %n hours old.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncPanel</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send everything waiting to the practice software&apos;s server</source>
        <translation>Send everything waiting to the practice software&apos;s server</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Send the failed items again without waiting</source>
        <translation>Send the failed items again without waiting</translation>
    </message>
    <message>
        <source>Export handover…</source>
        <translation>Export handover…</translation>
    </message>
    <message>
        <source>Write an encrypted file to hand over by USB stick, for a practice software without a FHIR server</source>
        <translation>Write an encrypted file to hand over by USB stick, for a practice software without a FHIR server</translation>
    </message>
    <message>
        <source>Server settings…</source>
        <translation>Server settings…</translation>
    </message>
    <message>
        <source>The practice software&apos;s address and access token</source>
        <translation>The practice software&apos;s address and access token</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <source>Remove from this computer what was received long ago</source>
        <translation>Remove from this computer what was received long ago</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received by the practice software</source>
        <translation>Received by the practice software</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>patient no. %1</source>
        <translation>patient no. %1</translation>
    </message>
    <message>
        <source>after Retry</source>
        <translation>after Retry</translation>
    </message>
    <message>
        <source>at the next send</source>
        <translation>at the next send</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Compare versions…</translation>
    </message>
    <message>
        <source>Nothing recorded in Relais needs to be handed back.</source>
        <translation>Nothing recorded in Relais needs to be handed back.</translation>
    </message>
    <message>
        <source>Everything was received by the practice software. Once it has been checked there, you may purge the outage records from this computer (Purge…).</source>
        <translation>Everything was received by the practice software. Once it has been checked there, you may purge the outage records from this computer (Purge…).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait to be handed back. Send them to the practice software or export a handover folder.</source>
        <translation>
            <numerusform>%n item waits to be handed back. Send it to the practice software or export a handover folder.</numerusform>
            <numerusform>%n items wait to be handed back. Send them to the practice software or export a handover folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed: read the error; once the cause is fixed, click Retry.</source>
        <translation>
            <numerusform>%n item failed: read the error; once the cause is fixed, click Retry.</numerusform>
            <numerusform>%n items failed: read the error; once the cause is fixed, click Retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in conflict: the practice software changed them meanwhile. Compare the versions.</source>
        <translation>
            <numerusform>%n item in conflict: the practice software changed it meanwhile. Compare the versions.</numerusform>
            <numerusform>%n items in conflict: the practice software changed them meanwhile. Compare the versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No server is set up yet: enter its address in Server settings…, or export a handover folder.</source>
        <translation>No server is set up yet: enter its address in Server settings…, or export a handover folder.</translation>
    </message>
    <message>
        <source>Enter the practice software&apos;s server first; the items are sent once it is saved.</source>
        <translation>Enter the practice software&apos;s server first; the items are sent once it is saved.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Patient %1 of %2…</source>
        <translation>Patient %1 of %2…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Sending stopped: %1</translation>
    </message>
    <message>
        <source>Nothing to send now (failed items wait for their retry time, or for Retry).</source>
        <translation>Nothing to send now (failed items wait for their retry time, or for Retry).</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) sent: </source>
        <translation>
            <numerusform>%n patient sent: </numerusform>
            <numerusform>%n patients sent: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, %2 failed, %3 in conflict.</source>
        <translation>%1 received, %2 failed, %3 in conflict.</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>The server said:</translation>
    </message>
    <message>
        <source>The failed items will go with the next &quot;Send now&quot; (no server is set up yet).</source>
        <translation>The failed items will go with the next &quot;Send now&quot; (no server is set up yet).</translation>
    </message>
    <message>
        <source>Handover file written: %1</source>
        <translation>Handover file written: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncServerDialog</name>
    <message>
        <source>Practice software server</source>
        <translation>Practice software server</translation>
    </message>
    <message>
        <source>&quot;Send now&quot; hands everything back to the practice software through its FHIR interface. Its address and access token are given by the software&apos;s vendor or whoever looks after the practice&apos;s computers.</source>
        <translation>&quot;Send now&quot; hands everything back to the practice software through its FHIR interface. Its address and access token are given by the software&apos;s vendor or whoever looks after the practice&apos;s computers.</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Only for a server with its own certificate</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>FHIR &amp;address:</source>
        <translation>FHIR &amp;address:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate (PEM):</source>
        <translation>Extra &amp;CA certificate (PEM):</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Leave empty to keep the saved token</translation>
    </message>
    <message>
        <source>Given by the vendor</source>
        <translation>Given by the vendor</translation>
    </message>
    <message>
        <source>A token is saved in the vault; it is never shown again.</source>
        <translation>A token is saved in the vault; it is never shown again.</translation>
    </message>
    <message>
        <source>No token saved yet. Leave empty if the server needs none.</source>
        <translation>No token saved yet. Leave empty if the server needs none.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncStatus</name>
    <message>
        <source>Everything handed back</source>
        <translation>Everything handed back</translation>
    </message>
    <message>
        <source>The practice software has received everything recorded in Relais. Click to see the list.</source>
        <translation>The practice software has received everything recorded in Relais. Click to see the list.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to hand back</source>
        <translation>
            <numerusform>%n item to hand back</numerusform>
            <numerusform>%n items to hand back</numerusform>
        </translation>
    </message>
    <message>
        <source>Consultations, prescriptions and patient changes recorded in Relais that the practice software has not received yet. Click to send them or to export a handover folder.</source>
        <translation>Consultations, prescriptions and patient changes recorded in Relais that the practice software has not received yet. Click to send them or to export a handover folder.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them need attention (failed or in conflict).</source>
        <translation>
            <numerusform>%n of them needs attention (failed or in conflict).</numerusform>
            <numerusform>%n of them need attention (failed or in conflict).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::ThresholdsDialog</name>
    <message>
        <source>Snapshot green up to (hours):</source>
        <translation>Snapshot green up to (hours):</translation>
    </message>
    <message>
        <source>Snapshot amber up to (hours):</source>
        <translation>Snapshot amber up to (hours):</translation>
    </message>
    <message>
        <source>Backup green up to (days):</source>
        <translation>Backup green up to (days):</translation>
    </message>
    <message>
        <source>Backup amber up to (days):</source>
        <translation>Backup amber up to (days):</translation>
    </message>
    <message>
        <source>Printer test page green up to (days):</source>
        <translation>Printer test page green up to (days):</translation>
    </message>
    <message>
        <source>Drug reference green up to (months):</source>
        <translation>Drug reference green up to (months):</translation>
    </message>
    <message>
        <source>Free disk space amber below (MB):</source>
        <translation>Free disk space amber below (MB):</translation>
    </message>
    <message>
        <source>Free disk space red below (MB):</source>
        <translation>Free disk space red below (MB):</translation>
    </message>
    <message>
        <source>Readiness thresholds</source>
        <translation>Readiness thresholds</translation>
    </message>
    <message>
        <source>When each line of the readiness check turns amber or red. Kept in the vault.</source>
        <translation>When each line of the readiness check turns amber or red. Kept in the vault.</translation>
    </message>
</context>
<context>
    <name>relais::ui::TimelineWidget</name>
    <message>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>New consultation (Ctrl+N)</source>
        <translation>New consultation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Consul&amp;tations</source>
        <translation>Consul&amp;tations</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Weight and blood pressure</source>
        <translation>Weight and blood pressure</translation>
    </message>
    <message>
        <source>An unfinished consultation of %1 was kept (saved at %2).</source>
        <translation>An unfinished consultation of %1 was kept (saved at %2).</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <source>Resume it with Ctrl+N.</source>
        <translation>Resume it with Ctrl+N.</translation>
    </message>
    <message>
        <source>Resume the consultation (Ctrl+N)</source>
        <translation>Resume the consultation (Ctrl+N)</translation>
    </message>
    <message>
        <source>(no reason typed yet)</source>
        <translation>(no reason typed yet)</translation>
    </message>
    <message>
        <source>Unfinished: being typed in Relais</source>
        <translation>Unfinished: being typed in Relais</translation>
    </message>
    <message numerus="yes">
        <source>version %1 (corrected %n time(s))</source>
        <translation>
            <numerusform>version %1 (corrected %n time)</numerusform>
            <numerusform>version %1 (corrected %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>version 1</source>
        <translation>version 1</translation>
    </message>
    <message>
        <source>Enter or double-click: open</source>
        <translation>Enter or double-click: open</translation>
    </message>
    <message>
        <source>None yet. Ctrl+N starts one, dated now.</source>
        <translation>None yet. Ctrl+N starts one, dated now.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded in Relais</source>
        <translation>
            <numerusform>%n recorded in Relais</numerusform>
            <numerusform>%n recorded in Relais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message>
        <source>No consultation recorded or imported for this patient.</source>
        <translation>No consultation recorded or imported for this patient.</translation>
    </message>
    <message>
        <source>Discard the unfinished consultation</source>
        <translation>Discard the unfinished consultation</translation>
    </message>
    <message>
        <source>Everything typed in this unfinished consultation will be lost. Discard it?</source>
        <translation>Everything typed in this unfinished consultation will be lost. Discard it?</translation>
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
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::VaultAccessDialog</name>
    <message>
        <source>Vault access</source>
        <translation>Vault access</translation>
    </message>
    <message>
        <source>Each practitioner unlocks Relais with a passphrase of their own; the recovery key, kept in the practice safe, opens it when every passphrase is lost.</source>
        <translation>Each practitioner unlocks Relais with a passphrase of their own; the recovery key, kept in the practice safe, opens it when every passphrase is lost.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>&amp;Add a practitioner…</source>
        <translation>&amp;Add a practitioner…</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Change my passphrase…</translation>
    </message>
    <message>
        <source>&amp;Link to a prescriber…</source>
        <translation>&amp;Link to a prescriber…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>New recovery &amp;key…</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (this session)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Key slot &quot;%1&quot; added: that practitioner can now unlock Relais with their passphrase.</source>
        <translation>Key slot &quot;%1&quot; added: that practitioner can now unlock Relais with their passphrase.</translation>
    </message>
    <message>
        <source>Your passphrase is changed: use the new one from the next unlock.</source>
        <translation>Your passphrase is changed: use the new one from the next unlock.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Link to a prescriber</source>
        <translation>Link to a prescriber</translation>
    </message>
    <message>
        <source>Prescriber who unlocks with &quot;%1&quot;:</source>
        <translation>Prescriber who unlocks with &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Remove the key slot &quot;%1&quot;? Whoever unlocks with it will no longer be able to open Relais.</source>
        <translation>Remove the key slot &quot;%1&quot;? Whoever unlocks with it will no longer be able to open Relais.</translation>
    </message>
    <message>
        <source>Key slot &quot;%1&quot; removed.</source>
        <translation>Key slot &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working at once: print the new sheet and destroy the old one.</source>
        <translation>Make a new recovery key? The old one stops working at once: print the new sheet and destroy the old one.</translation>
    </message>
    <message>
        <source>New recovery key made; the old one no longer opens the vault.</source>
        <translation>New recovery key made; the old one no longer opens the vault.</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalsForm</name>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Height</translation>
    </message>
    <message>
        <source>BP s&amp;ystolic</source>
        <translation>BP s&amp;ystolic</translation>
    </message>
    <message>
        <source>BP &amp;diastolic</source>
        <translation>BP &amp;diastolic</translation>
    </message>
    <message>
        <source>Heart &amp;rate</source>
        <translation>Heart &amp;rate</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperature</translation>
    </message>
    <message>
        <source>Sp&amp;O2</source>
        <translation>Sp&amp;O2</translation>
    </message>
    <message>
        <source>Capillary &amp;glucose</source>
        <translation>Capillary &amp;glucose</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>BMI</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: “%2” is not a number</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>%1 kg/m²</source>
        <translation>%1 kg/m²</translation>
    </message>
    <message>
        <source>— (needs weight and height)</source>
        <translation>— (needs weight and height)</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalsPlot</name>
    <message>
        <source>Weight and blood pressure over time</source>
        <translation>Weight and blood pressure over time</translation>
    </message>
    <message>
        <source>No weight or blood pressure recorded yet</source>
        <translation>No weight or blood pressure recorded yet</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Blood pressure, systolic / diastolic (mmHg)</source>
        <translation>Blood pressure, systolic / diastolic (mmHg)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
</TS>
