<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Relais: offline encrypted fallback for the practice.</source>
        <translation>Relais : solution de secours chiffrée et hors ligne pour le cabinet.</translation>
    </message>
    <message>
        <source>Vault file (default: %1).</source>
        <translation>Fichier du coffre (par défaut : %1).</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue : fr ou en.</translation>
    </message>
    <message>
        <source>Print diagnostic lines (never secrets or patient data).</source>
        <translation>Afficher des lignes de diagnostic (jamais de secrets ni de données patients).</translation>
    </message>
</context>
<context>
    <name>relais::AllergyCheck</name>
    <message>
        <source>penicillins</source>
        <translation>pénicillines</translation>
    </message>
    <message>
        <source>cephalosporins</source>
        <translation>céphalosporines</translation>
    </message>
    <message>
        <source>non-steroidal anti-inflammatory drugs</source>
        <translation>anti-inflammatoires non stéroïdiens</translation>
    </message>
    <message>
        <source>salicylates</source>
        <translation>salicylés</translation>
    </message>
    <message>
        <source>sulfonamides</source>
        <translation>sulfamides</translation>
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
        <translation>tétracyclines</translation>
    </message>
    <message>
        <source>opioids</source>
        <translation>opioïdes</translation>
    </message>
    <message>
        <source>ACE inhibitors</source>
        <translation>inhibiteurs de l&apos;enzyme de conversion</translation>
    </message>
    <message>
        <source>iodine</source>
        <translation>produits iodés</translation>
    </message>
    <message>
        <source>glycopeptides</source>
        <translation>glycopeptides</translation>
    </message>
    <message>
        <source>Known allergy: %1</source>
        <translation>Allergie connue : %1</translation>
    </message>
    <message>
        <source>Known allergy: %1 (this medicine is one of the %2)</source>
        <translation>Allergie connue : %1 (ce médicament fait partie des %2)</translation>
    </message>
</context>
<context>
    <name>relais::AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Échec de déverrouillage</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Locked after inactivity</source>
        <translation>Verrouillé après inactivité</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Coffre vérifié</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Sauvegarde non faite</translation>
    </message>
    <message>
        <source>Outage drill run</source>
        <translation>Exercice de panne effectué</translation>
    </message>
    <message>
        <source>Printer test page printed</source>
        <translation>Page de test de l&apos;imprimante imprimée</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>Emplacement de clé ajouté</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>Emplacement de clé retiré</translation>
    </message>
    <message>
        <source>Key slot linked to a prescriber</source>
        <translation>Emplacement de clé lié à un prescripteur</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Fiche de secours imprimée</translation>
    </message>
    <message>
        <source>Vault put back from an older copy</source>
        <translation>Coffre remis depuis une copie plus ancienne</translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation>Journal d&apos;audit consulté</translation>
    </message>
    <message>
        <source>Audit report exported</source>
        <translation>Rapport d&apos;audit exporté</translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Patient created</source>
        <translation>Patient créé</translation>
    </message>
    <message>
        <source>Identity corrected</source>
        <translation>Identité corrigée</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Recherche de patient</translation>
    </message>
    <message>
        <source>Consultation started</source>
        <translation>Consultation commencée</translation>
    </message>
    <message>
        <source>Consultation discarded</source>
        <translation>Consultation abandonnée</translation>
    </message>
    <message>
        <source>Consultation signed</source>
        <translation>Consultation signée</translation>
    </message>
    <message>
        <source>Consultation corrected</source>
        <translation>Consultation corrigée</translation>
    </message>
    <message>
        <source>Prescription written</source>
        <translation>Ordonnance rédigée</translation>
    </message>
    <message>
        <source>Prescription printed</source>
        <translation>Ordonnance imprimée</translation>
    </message>
    <message>
        <source>Prescription reprinted</source>
        <translation>Ordonnance réimprimée</translation>
    </message>
    <message>
        <source>Prescriptions listed</source>
        <translation>Ordonnances listées</translation>
    </message>
    <message>
        <source>Prescription saved as PDF</source>
        <translation>Ordonnance enregistrée en PDF</translation>
    </message>
    <message>
        <source>Prescriber added</source>
        <translation>Prescripteur ajouté</translation>
    </message>
    <message>
        <source>Prescriber updated</source>
        <translation>Prescripteur modifié</translation>
    </message>
    <message>
        <source>Practice software export imported</source>
        <translation>Export du logiciel métier importé</translation>
    </message>
    <message>
        <source>Demo patients added</source>
        <translation>Patients de démonstration ajoutés</translation>
    </message>
    <message>
        <source>Synchronisation panel opened</source>
        <translation>Panneau de synchronisation ouvert</translation>
    </message>
    <message>
        <source>Synchronisation settings changed</source>
        <translation>Réglages de synchronisation modifiés</translation>
    </message>
    <message>
        <source>Sent to the practice software</source>
        <translation>Envoyé au logiciel métier</translation>
    </message>
    <message>
        <source>Hand-back export</source>
        <translation>Export de transmission</translation>
    </message>
    <message>
        <source>Hand-back purged</source>
        <translation>Transmissions purgées</translation>
    </message>
    <message>
        <source>Hand-back conflict</source>
        <translation>Conflit de transmission</translation>
    </message>
    <message>
        <source>Hand-back conflict opened</source>
        <translation>Conflit de transmission consulté</translation>
    </message>
    <message>
        <source>Conflict settled: Relais kept</source>
        <translation>Conflit réglé : version de Relais gardée</translation>
    </message>
    <message>
        <source>Conflict settled: practice software kept</source>
        <translation>Conflit réglé : version du logiciel métier gardée</translation>
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
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Emplacement de clé</translation>
    </message>
    <message>
        <source>Hand-back entry</source>
        <translation>Élément à transmettre</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>Rapport d&apos;exercice</translation>
    </message>
</context>
<context>
    <name>relais::AuditLog</name>
    <message>
        <source>Audit entry #%1 is broken: %2</source>
        <translation>L&apos;entrée n° %1 du journal d&apos;audit est altérée : %2</translation>
    </message>
    <message>
        <source>it is missing (entries removed)</source>
        <translation>elle est manquante (entrées supprimées)</translation>
    </message>
    <message>
        <source>its content or position was changed</source>
        <translation>son contenu ou sa position a été modifié</translation>
    </message>
    <message>
        <source>the trail ends before its last recorded entry #%1</source>
        <translation>le journal s&apos;arrête avant sa dernière entrée enregistrée, n° %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries</source>
        <translation>
            <numerusform>Journal d&apos;audit intact : %n entrée</numerusform>
            <numerusform>Journal d&apos;audit intact : %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::AuditReport</name>
    <message>
        <source>Audit trail report</source>
        <translation>Rapport du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Written on %1 by %2</source>
        <translation>Établi le %1 par %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>none (every entry)</source>
        <translation>aucun (toutes les entrées)</translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Vérification de la chaîne : %1</translation>
    </message>
    <message>
        <source>%1 entries shown (the first ones): narrow the filter to see the rest</source>
        <translation>%1 entrées affichées (les premières) : affinez le filtre pour voir les autres</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée(s)</numerusform>
            <numerusform>%n entrée(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report names the patient: it holds personal health data. Keep it as such.</source>
        <translation>Ce rapport nomme le patient : il contient des données de santé personnelles. Conservez-le comme tel.</translation>
    </message>
    <message>
        <source>Patients appear by their row number only.</source>
        <translation>Les patients n&apos;apparaissent que par leur numéro de ligne.</translation>
    </message>
    <message>
        <source>Relais audit trail — vault %1</source>
        <translation>Journal d&apos;audit de Relais — coffre %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>practitioner %1</source>
        <translation>praticien %1</translation>
    </message>
</context>
<context>
    <name>relais::AuditTable</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>emplacement %1</translation>
    </message>
</context>
<context>
    <name>relais::Backup</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrong recovery key for the backup %1</source>
        <translation>Clé de secours incorrecte pour la sauvegarde %1</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup %1</source>
        <translation>Phrase de passe incorrecte pour la sauvegarde %1</translation>
    </message>
    <message>
        <source>No backup at %1</source>
        <translation>Aucune sauvegarde dans %1</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: %2 is missing</source>
        <translation>La sauvegarde %1 est incomplète : %2 est absent</translation>
    </message>
    <message>
        <source>The manifest of the backup %1 does not list its files</source>
        <translation>Le manifeste de la sauvegarde %1 ne liste pas ses fichiers</translation>
    </message>
    <message>
        <source>%1 in the backup %2 was altered or damaged (its SHA-256 is not the manifest&apos;s)</source>
        <translation>%1 dans la sauvegarde %2 a été modifié ou endommagé (son SHA-256 n&apos;est pas celui du manifeste)</translation>
    </message>
    <message>
        <source>%1 in the backup %2 is NOT encrypted: refused</source>
        <translation>%1 dans la sauvegarde %2 n&apos;est PAS chiffré : refusé</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>Cannot write into the backup folder %1</source>
        <translation>Impossible d&apos;écrire dans le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>Cannot start the copy into %1: %2</source>
        <translation>Impossible de commencer la copie dans %1 : %2</translation>
    </message>
    <message>
        <source>The copy into %1 failed: %2</source>
        <translation>La copie dans %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The backup just written failed its verification and was discarded (the previous backups are untouched): %1</source>
        <translation>La sauvegarde qui vient d&apos;être écrite n&apos;a pas passé sa vérification et a été supprimée (les sauvegardes précédentes sont intactes) : %1</translation>
    </message>
    <message>
        <source>Cannot rename the verified backup into %1</source>
        <translation>Impossible de renommer la sauvegarde vérifiée en %1</translation>
    </message>
    <message>
        <source>The key header of the backup %1 belongs to another vault</source>
        <translation>L&apos;en-tête de clés de la sauvegarde %1 appartient à un autre coffre</translation>
    </message>
    <message>
        <source>The manifest of the backup %1 was altered (its seal does not match)</source>
        <translation>Le manifeste de la sauvegarde %1 a été modifié (son sceau ne correspond pas)</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Relais (schema %2, this version knows %3): install the newer Relais to restore it.</source>
        <translation>La sauvegarde %1 a été écrite par une version plus récente de Relais (schéma %2, cette version connaît le %3) : installez la version plus récente de Relais pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>its vault file does not open with its key</source>
        <translation>son fichier de coffre ne s&apos;ouvre pas avec sa clé</translation>
    </message>
    <message>
        <source>encrypted page check failed: %1</source>
        <translation>la vérification des pages chiffrées a échoué : %1</translation>
    </message>
    <message>
        <source>structure check failed: %1</source>
        <translation>la vérification de la structure a échoué : %1</translation>
    </message>
    <message>
        <source>schema %1, the manifest says %2</source>
        <translation>schéma %1, le manifeste indique %2</translation>
    </message>
    <message>
        <source>its vault file is not the vault the manifest names</source>
        <translation>son fichier de coffre n&apos;est pas le coffre que nomme le manifeste</translation>
    </message>
    <message>
        <source>table %1 holds %2 rows, the manifest says %3</source>
        <translation>la table %1 contient %2 lignes, le manifeste en indique %3</translation>
    </message>
    <message>
        <source>it has %1 tables, the manifest lists %2</source>
        <translation>elle a %1 tables, le manifeste en liste %2</translation>
    </message>
    <message>
        <source>its audit trail does not end where the manifest says (#%1)</source>
        <translation>son journal d&apos;audit ne s&apos;arrête pas là où l&apos;indique le manifeste (n° %1)</translation>
    </message>
    <message>
        <source>The backup %1 is of another vault (id %2…), not of %3 (id %4…): refused.</source>
        <translation>La sauvegarde %1 est celle d&apos;un autre coffre (id %2…), pas de %3 (id %4…) : refusée.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1</source>
        <translation>Impossible de copier la sauvegarde vers %1</translation>
    </message>
    <message>
        <source>The copy %1 differs from the backup (disk error?)</source>
        <translation>La copie %1 diffère de la sauvegarde (erreur de disque ?)</translation>
    </message>
    <message>
        <source>The restored copy %1 failed its check: %2</source>
        <translation>La copie restaurée %1 n&apos;a pas passé sa vérification : %2</translation>
    </message>
    <message>
        <source>Cannot move the current vault aside to %1</source>
        <translation>Impossible de mettre le coffre actuel de côté sous %1</translation>
    </message>
    <message>
        <source>Cannot put the restored vault in place at %1</source>
        <translation>Impossible de mettre en place le coffre restauré à %1</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (it is &quot;%1&quot;)</source>
        <translation>Le dossier de sauvegarde doit être un chemin complet (c&apos;est « %1 »)</translation>
    </message>
    <message>
        <source>The backup was cancelled; the previous backups are untouched</source>
        <translation>La sauvegarde a été annulée ; les sauvegardes précédentes sont intactes</translation>
    </message>
</context>
<context>
    <name>relais::BackupManifest</name>
    <message>
        <source>%1 is not a Relais backup manifest</source>
        <translation>%1 n&apos;est pas un manifeste de sauvegarde Relais</translation>
    </message>
    <message>
        <source>%1 was written by another version of Relais (manifest format %2)</source>
        <translation>%1 a été écrit par une autre version de Relais (format de manifeste %2)</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged</source>
        <translation>%1 est incomplet ou endommagé</translation>
    </message>
</context>
<context>
    <name>relais::BackupRotation</name>
    <message>
        <source>Backup rotation: the %1 count must be between %2 and %3 (it is %4)</source>
        <translation>Rotation des sauvegardes : le nombre %1 doit être compris entre %2 et %3 (il vaut %4)</translation>
    </message>
</context>
<context>
    <name>relais::Barcode</name>
    <message>
        <source>Barcode: nothing to encode</source>
        <translation>Code-barres : rien à encoder</translation>
    </message>
    <message>
        <source>Barcode: out of memory</source>
        <translation>Code-barres : mémoire insuffisante</translation>
    </message>
    <message>
        <source>Barcode: &quot;%1&quot; cannot be encoded (%2)</source>
        <translation>Code-barres : « %1 » ne peut pas être encodé (%2)</translation>
    </message>
</context>
<context>
    <name>relais::BdpmReader</name>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>the CIS code &quot;%1&quot; is not 8 digits</source>
        <translation>le code CIS « %1 » ne comporte pas 8 chiffres</translation>
    </message>
    <message>
        <source>the medicine has no name</source>
        <translation>le médicament n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the substance has no name</source>
        <translation>la substance n&apos;a pas de nom</translation>
    </message>
</context>
<context>
    <name>relais::ConflictStore</name>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Used given name</source>
        <translation>Prénom utilisé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Social-security number (INS)</source>
        <translation>N° de sécurité sociale (INS)</translation>
    </message>
    <message>
        <source>Identity status</source>
        <translation>Statut de l&apos;identité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Outbox item %1 is not in conflict</source>
        <translation>L&apos;élément %1 de la file d&apos;envoi n&apos;est pas en conflit</translation>
    </message>
    <message>
        <source>social-security number in the EHR</source>
        <translation>numéro de sécurité sociale dans le logiciel métier</translation>
    </message>
    <message>
        <source>The EHR&apos;s version cannot be taken: %1</source>
        <translation>La version du logiciel métier ne peut pas être reprise : %1</translation>
    </message>
</context>
<context>
    <name>relais::ConsultationReportStore</name>
    <message>
        <source>No prescriber is recorded in this vault: the consultation reports cannot be printed</source>
        <translation>Aucun prescripteur n&apos;est enregistré dans ce coffre : les comptes rendus de consultation ne peuvent pas être imprimés</translation>
    </message>
</context>
<context>
    <name>relais::ConsultationStore</name>
    <message>
        <source>No patient #%1 in this vault</source>
        <translation>Aucun patient n° %1 dans ce coffre</translation>
    </message>
    <message>
        <source>Consultation #%1 is not a draft any more</source>
        <translation>La consultation n° %1 n&apos;est plus un brouillon</translation>
    </message>
    <message>
        <source>Consultation #%1 is not a draft</source>
        <translation>La consultation n° %1 n&apos;est pas un brouillon</translation>
    </message>
    <message>
        <source>No consultation #%1</source>
        <translation>Aucune consultation n° %1</translation>
    </message>
    <message>
        <source>Consultation #%1 is already closed; correct it instead</source>
        <translation>La consultation n° %1 est déjà clôturée ; corrigez-la plutôt</translation>
    </message>
    <message>
        <source>Reason for the visit: required before closing the consultation</source>
        <translation>Motif : obligatoire avant de clôturer la consultation</translation>
    </message>
    <message>
        <source>Consultation #%1 is still a draft: close it first</source>
        <translation>La consultation n° %1 est encore un brouillon : clôturez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Correction: say briefly why the consultation is corrected</source>
        <translation>Correction : indiquez brièvement pourquoi la consultation est corrigée</translation>
    </message>
    <message>
        <source>Reason for the visit: required</source>
        <translation>Motif : obligatoire</translation>
    </message>
    <message>
        <source>Correction: nothing was changed</source>
        <translation>Correction : rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>relais::CsvReader</name>
    <message>
        <source>%1: the CSV reader could not start</source>
        <translation>%1 : le lecteur CSV n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>%1, line %2: malformed CSV (%3)</source>
        <translation>%1, ligne %2 : CSV mal formé (%3)</translation>
    </message>
    <message>
        <source>%1, line %2: malformed CSV</source>
        <translation>%1, ligne %2 : CSV mal formé</translation>
    </message>
    <message>
        <source>%1, line %2: malformed CSV (unterminated quoted field)</source>
        <translation>%1, ligne %2 : CSV mal formé (champ entre guillemets non terminé)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>%1: empty file, no header line</source>
        <translation>%1 : fichier vide, aucune ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1, line %2: a record longer than %3 MiB: not a patient or appointment list</source>
        <translation>%1, ligne %2 : un enregistrement de plus de %3 Mio : ce n&apos;est pas une liste de patients ou de rendez-vous</translation>
    </message>
</context>
<context>
    <name>relais::Database</name>
    <message>
        <source>Database error %1: %2</source>
        <translation>Erreur de base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::DocumentPainter</name>
    <message>
        <source>The page could not be prepared for printing (painter refused the device)</source>
        <translation>La page n&apos;a pas pu être préparée pour l&apos;impression (le moteur de rendu a refusé le périphérique)</translation>
    </message>
    <message>
        <source>The document could not be finished (the printer or the file refused it)</source>
        <translation>Le document n&apos;a pas pu être finalisé (l&apos;imprimante ou le fichier l&apos;a refusé)</translation>
    </message>
    <message>
        <source>The page layout leaves no room for the text (check the paper settings)</source>
        <translation>La mise en page ne laisse aucune place pour le texte (vérifiez les paramètres du papier)</translation>
    </message>
    <message>
        <source>The printer refused a new page</source>
        <translation>L&apos;imprimante a refusé une nouvelle page</translation>
    </message>
</context>
<context>
    <name>relais::Drill</name>
    <message>
        <source>Rehearse this step</source>
        <translation>Répéter cette étape</translation>
    </message>
    <message>
        <source>Cannot create a private folder for the training vault: %1</source>
        <translation>Impossible de créer un dossier privé pour le coffre d&apos;entraînement : %1</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>The training vault could not be created: %1</source>
        <translation>Le coffre d&apos;entraînement n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>The training vault could not be filled with invented patients: %1</source>
        <translation>Le coffre d&apos;entraînement n&apos;a pas pu être rempli de patients fictifs : %1</translation>
    </message>
    <message>
        <source>Done in %1 s for a target of %2 s: rehearse it again</source>
        <translation>Fait en %1 s pour un objectif de %2 s : la répéter</translation>
    </message>
    <message>
        <source>Run relais-cli verify on the vault</source>
        <translation>Lancer relais-cli verify sur le coffre</translation>
    </message>
    <message>
        <source>The recovery key typed does not open the vault</source>
        <translation>La clé de secours saisie n&apos;ouvre pas le coffre</translation>
    </message>
    <message>
        <source>The passphrase typed does not open the vault</source>
        <translation>La phrase de passe saisie n&apos;ouvre pas le coffre</translation>
    </message>
    <message>
        <source>Check that every practitioner knows the passphrase and that the recovery key sheet is in the practice safe</source>
        <translation>Vérifier que chaque praticien connaît la phrase de passe et que la feuille de la clé de secours est dans le coffre-fort du cabinet</translation>
    </message>
    <message>
        <source>Vault key header opened with the recovery key</source>
        <translation>En-tête de clés du coffre ouvert avec la clé de secours</translation>
    </message>
    <message>
        <source>Vault key header opened with the passphrase</source>
        <translation>En-tête de clés du coffre ouvert avec la phrase de passe</translation>
    </message>
    <message>
        <source>No invented patient matches the search</source>
        <translation>Aucun patient fictif ne correspond à la recherche</translation>
    </message>
    <message>
        <source>Practise the search: a surname, a date of birth or digits of the NIR</source>
        <translation>S&apos;exercer à la recherche : un nom, une date de naissance ou des chiffres du NIR</translation>
    </message>
    <message>
        <source>%1 match(es) in the training vault; the first one opened</source>
        <translation>%1 résultat(s) dans le coffre d&apos;entraînement ; le premier est ouvert</translation>
    </message>
    <message>
        <source>No patient was found first</source>
        <translation>Aucun patient n&apos;a d&apos;abord été retrouvé</translation>
    </message>
    <message>
        <source>Find a patient first</source>
        <translation>Retrouver d&apos;abord un patient</translation>
    </message>
    <message>
        <source>The consultation has no reason</source>
        <translation>La consultation n&apos;a pas de motif</translation>
    </message>
    <message>
        <source>Type at least the reason for the visit</source>
        <translation>Saisir au moins le motif de consultation</translation>
    </message>
    <message>
        <source>Check the consultation screen</source>
        <translation>Vérifier l&apos;écran de consultation</translation>
    </message>
    <message>
        <source>Consultation finalised in the training vault</source>
        <translation>Consultation validée dans le coffre d&apos;entraînement</translation>
    </message>
    <message>
        <source>No invented patient to prescribe for</source>
        <translation>Aucun patient fictif pour qui prescrire</translation>
    </message>
    <message>
        <source>The training vault has no prescriber</source>
        <translation>Le coffre d&apos;entraînement n&apos;a pas de prescripteur</translation>
    </message>
    <message>
        <source>Add the practice&apos;s practitioners</source>
        <translation>Ajouter les praticiens du cabinet</translation>
    </message>
    <message>
        <source>Check the prescription screen</source>
        <translation>Vérifier l&apos;écran d&apos;ordonnance</translation>
    </message>
    <message>
        <source>Check the printer calibration and print a test prescription</source>
        <translation>Vérifier le calibrage de l&apos;imprimante et imprimer une ordonnance d&apos;essai</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Check the free space of the computer&apos;s disk</source>
        <translation>Vérifier l&apos;espace libre du disque de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>The printer %1 refused the prescription: %2</source>
        <translation>L&apos;imprimante %1 a refusé l&apos;ordonnance : %2</translation>
    </message>
    <message>
        <source>Check the printer (paper, toner, driver) and its calibration in Relais</source>
        <translation>Vérifier l&apos;imprimante (papier, toner, pilote) et son calibrage dans Relais</translation>
    </message>
    <message>
        <source>Prescription printed on %1 (%2 page(s)) and to PDF</source>
        <translation>Ordonnance imprimée sur %1 (%2 page(s)) et en PDF</translation>
    </message>
    <message>
        <source>Prescription printed to PDF (%1 kB)</source>
        <translation>Ordonnance imprimée en PDF (%1 ko)</translation>
    </message>
    <message>
        <source>Check the free space and the rights of the export folder</source>
        <translation>Vérifier l&apos;espace libre et les droits du dossier d&apos;export</translation>
    </message>
    <message>
        <source>Export the archive again and check the disk it is written to</source>
        <translation>Exporter de nouveau l&apos;archive et vérifier le disque où elle est écrite</translation>
    </message>
    <message>
        <source>Archive written and opened: %1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s), all matching its manifest</source>
        <translation>Archive écrite et ouverte : %1 patient(s), %2 consultation(s), %3 ordonnance(s), %4 fichier(s), tous conformes à son manifeste</translation>
    </message>
    <message>
        <source>Make a backup to a USB disk or a network share (File → Back up), then run the drill again</source>
        <translation>Faire une sauvegarde sur un disque USB ou un partage réseau (Fichier → Sauvegarder), puis refaire l&apos;exercice</translation>
    </message>
    <message>
        <source>No backup folder is set: no backup was ever made from this computer</source>
        <translation>Aucun dossier de sauvegarde n&apos;est défini : aucune sauvegarde n&apos;a jamais été faite depuis cet ordinateur</translation>
    </message>
    <message>
        <source>No backup in %1</source>
        <translation>Aucune sauvegarde dans %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être restaurée : %2</translation>
    </message>
    <message>
        <source>Make a new backup now, verify it (relais-cli verify-backup) and check the backup disk</source>
        <translation>Faire une nouvelle sauvegarde maintenant, la vérifier (relais-cli verify-backup) et contrôler le disque de sauvegarde</translation>
    </message>
    <message>
        <source>Backup %1 (made %2) restored into a temporary file and verified: %3 row(s), audit trail up to #%4</source>
        <translation>Sauvegarde %1 (faite le %2) restaurée dans un fichier temporaire et vérifiée : %3 ligne(s), journal d&apos;audit jusqu&apos;au n° %4</translation>
    </message>
    <message>
        <source>%1 line(s): %2 green, %3 amber, %4 red</source>
        <translation>%1 ligne(s) : %2 vert(s), %3 orange(s), %4 rouge(s)</translation>
    </message>
    <message>
        <source>Rehearse this step at the next drill (File → Outage drill)</source>
        <translation>Répéter cette étape au prochain exercice (Fichier → Exercice de panne)</translation>
    </message>
    <message>
        <source>Read at the time of the drill</source>
        <translation>Lu au moment de l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>relais::DrillReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::DrillStepResult</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Find a patient</source>
        <translation>Retrouver un patient</translation>
    </message>
    <message>
        <source>Record a consultation</source>
        <translation>Saisir une consultation</translation>
    </message>
    <message>
        <source>Print a prescription</source>
        <translation>Imprimer une ordonnance</translation>
    </message>
    <message>
        <source>Export the handover archive and open it</source>
        <translation>Exporter l&apos;archive de restitution et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Restore the latest backup and verify it</source>
        <translation>Restaurer la dernière sauvegarde et la vérifier</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Vérifier l&apos;état de préparation</translation>
    </message>
</context>
<context>
    <name>relais::DrillStore</name>
    <message>
        <source>The drill report is empty: nothing kept</source>
        <translation>Le rapport d&apos;exercice est vide : rien n&apos;est conservé</translation>
    </message>
    <message>
        <source>No drill report #%1 in the vault</source>
        <translation>Aucun rapport d&apos;exercice n° %1 dans le coffre</translation>
    </message>
</context>
<context>
    <name>relais::DrugReference</name>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>not marketed</source>
        <translation>non commercialisé</translation>
    </message>
    <message>
        <source>The drug reference %1 is damaged (%2); import the BDPM files again.</source>
        <translation>Le référentiel des médicaments %1 est endommagé (%2) ; importez de nouveau les fichiers BDPM.</translation>
    </message>
    <message>
        <source>the CIS code %1 appears twice; the first row is kept</source>
        <translation>le code CIS %1 apparaît deux fois ; la première ligne est conservée</translation>
    </message>
    <message>
        <source>secure prescription</source>
        <translation>ordonnance sécurisée</translation>
    </message>
    <message>
        <source>BDPM reference of %1</source>
        <translation>Référentiel BDPM du %1</translation>
    </message>
    <message>
        <source>No drug reference at %1: import the BDPM files first (relais-cli import-bdpm --dir DIR).</source>
        <translation>Aucun référentiel des médicaments dans %1 : importez d&apos;abord les fichiers BDPM (relais-cli import-bdpm --dir DIR).</translation>
    </message>
    <message>
        <source>The drug reference %1 was made by a newer Relais; import the BDPM files again.</source>
        <translation>Le référentiel des médicaments %1 a été créé par une version plus récente de Relais ; importez de nouveau les fichiers BDPM.</translation>
    </message>
    <message>
        <source>not a drug reference</source>
        <translation>ce n&apos;est pas un référentiel des médicaments</translation>
    </message>
    <message>
        <source>its content does not match its checksum</source>
        <translation>son contenu ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The BDPM file %1 is missing from %2; the reference was not changed.</source>
        <translation>Le fichier BDPM %1 est absent de %2 ; le référentiel n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>No medicine could be read from %1 (%n malformed row(s)); the reference was not changed.</source>
        <translation>
            <numerusform>Aucun médicament n&apos;a pu être lu dans %1 (%n ligne mal formée) ; le référentiel n&apos;a pas été modifié.</numerusform>
            <numerusform>Aucun médicament n&apos;a pu être lu dans %1 (%n lignes mal formées) ; le référentiel n&apos;a pas été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot put the new drug reference in place at %1: %2</source>
        <translation>Impossible de mettre en place le nouveau référentiel des médicaments dans %1 : %2</translation>
    </message>
    <message>
        <source>also %1</source>
        <translation>aussi %1</translation>
    </message>
</context>
<context>
    <name>relais::FhirClient</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL</source>
        <translation>L&apos;adresse du serveur « %1 » n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>The server address must start with https:// (patient data never travels unencrypted); http:// is accepted only for 127.0.0.1</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (les données des patients ne circulent jamais en clair) ; http:// n&apos;est accepté que pour 127.0.0.1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>patient %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1 s</translation>
    </message>
    <message>
        <source>Reading %1 from the EHR failed: %2</source>
        <translation>La lecture de %1 dans le logiciel métier a échoué : %2</translation>
    </message>
    <message>
        <source>the answer is not FHIR JSON (%1: &quot;%2&quot;); a proxy or a login page may be in the way</source>
        <translation>la réponse n&apos;est pas du JSON FHIR (%1 : « %2 ») ; un proxy ou une page de connexion s&apos;interpose peut-être</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sans type de contenu</translation>
    </message>
    <message>
        <source>the answer is JSON without a resourceType, not a FHIR transaction-response</source>
        <translation>la réponse est du JSON sans resourceType, pas une transaction-response FHIR</translation>
    </message>
    <message>
        <source>the answer is a FHIR %1, not a Bundle of type transaction-response</source>
        <translation>la réponse est un %1 FHIR, pas un Bundle de type transaction-response</translation>
    </message>
    <message>
        <source>the answer is a Bundle of type &quot;%1&quot;, not &quot;transaction-response&quot;</source>
        <translation>la réponse est un Bundle de type « %1 », pas « transaction-response »</translation>
    </message>
    <message>
        <source>the transaction-response has %1 entries for the %2 sent</source>
        <translation>la transaction-response compte %1 entrées pour les %2 envoyées</translation>
    </message>
    <message>
        <source>entry %1 of the transaction-response has no valid status</source>
        <translation>l&apos;entrée %1 de la transaction-response n&apos;a pas de statut valide</translation>
    </message>
    <message>
        <source>entry %1 of the transaction-response has status %2</source>
        <translation>l&apos;entrée %1 de la transaction-response a le statut %2</translation>
    </message>
    <message>
        <source>entry %1 of the transaction-response has status %2: %3</source>
        <translation>l&apos;entrée %1 de la transaction-response a le statut %2 : %3</translation>
    </message>
    <message>
        <source>Reading %1 from the EHR failed: the answer is not that FHIR resource (%2)</source>
        <translation>La lecture de %1 dans le logiciel métier a échoué : la réponse n&apos;est pas cette ressource FHIR (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 but not received: %2</source>
        <translation>HTTP %1 mais non reçu : %2</translation>
    </message>
    <message>
        <source>HTTP %1: redirected to %2, not received (a login page or a proxy may be in the way)</source>
        <translation>HTTP %1 : redirigé vers %2, non reçu (une page de connexion ou un proxy s&apos;interpose peut-être)</translation>
    </message>
</context>
<context>
    <name>relais::FhirExport</name>
    <message>
        <source>No prescriber is recorded in this vault: the consultation reports cannot be printed</source>
        <translation>Aucun prescripteur n&apos;est enregistré dans ce coffre : les comptes rendus ne peuvent pas être imprimés</translation>
    </message>
    <message>
        <source>In relation to the ALD (affection de longue durée)</source>
        <translation>En rapport avec l&apos;ALD (affection de longue durée)</translation>
    </message>
</context>
<context>
    <name>relais::FhirReader</name>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: field &quot;resourceType&quot; is missing: not a FHIR resource</source>
        <translation>%1 : le champ &quot;resourceType&quot; est absent : ce n&apos;est pas une ressource FHIR</translation>
    </message>
    <message>
        <source>%1: not valid JSON at column %2 (%3)</source>
        <translation>%1 : JSON non valide à la colonne %2 (%3)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1 : JSON non valide à l&apos;octet %2 (%3)</translation>
    </message>
    <message>
        <source>%1: field &quot;resourceType&quot; is &quot;%2&quot;, expected a Bundle (or use .ndjson for one resource per line)</source>
        <translation>%1 : le champ &quot;resourceType&quot; vaut « %2 », un Bundle est attendu (ou utilisez .ndjson pour une ressource par ligne)</translation>
    </message>
    <message>
        <source>%1: nesting deeper than %2 levels: not a FHIR resource</source>
        <translation>%1 : imbrication de plus de %2 niveaux : ce n&apos;est pas une ressource FHIR</translation>
    </message>
</context>
<context>
    <name>relais::Handover</name>
    <message>
        <source>The export needs a passphrase</source>
        <translation>L&apos;export nécessite une phrase de passe</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Patient;Birth date;EHR id;Record;Local id;Date;State;Server id;PDF;To do</source>
        <translation>Patient;Date de naissance;Identifiant logiciel métier;Enregistrement;Identifiant local;Date;État;Identifiant serveur;PDF;À faire</translation>
    </message>
    <message>
        <source>already received by the EHR</source>
        <translation>déjà reçu par le logiciel métier</translation>
    </message>
    <message>
        <source>to enter or attach in the EHR</source>
        <translation>à saisir ou à joindre dans le logiciel métier</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Relais export archive</source>
        <translation>%1 n&apos;est pas une archive d&apos;export Relais</translation>
    </message>
    <message>
        <source>%1 is damaged (key derivation settings): %2</source>
        <translation>%1 est endommagé (paramètres de dérivation de clé) : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (header)</source>
        <translation>%1 est endommagé (en-tête)</translation>
    </message>
    <message>
        <source>%1 is damaged (file table)</source>
        <translation>%1 est endommagé (table des fichiers)</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Impossible de créer le dossier pour %1</translation>
    </message>
    <message>
        <source>%1 is incomplete: the export was cut short</source>
        <translation>%1 est incomplet : l&apos;export a été interrompu</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>Wrong passphrase for the export %1 (or the file is damaged)</source>
        <translation>Phrase de passe incorrecte pour l&apos;export %1 (ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>%1 is damaged (a block fails authentication)</source>
        <translation>%1 est endommagé (l&apos;authentification d&apos;un bloc a échoué)</translation>
    </message>
    <message>
        <source>%1 is damaged (data after its end)</source>
        <translation>%1 est endommagé (données présentes après sa fin)</translation>
    </message>
    <message>
        <source>%1 has no readable manifest</source>
        <translation>%1 n&apos;a pas de manifeste lisible</translation>
    </message>
    <message>
        <source>%1: the file %2 does not match the manifest</source>
        <translation>%1 : le fichier %2 ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder</source>
        <translation>%1 existe déjà et n&apos;est pas un dossier vide : choisissez un nouveau dossier</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Impossible de créer un dossier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>%1: the file %2 is not in the manifest</source>
        <translation>%1 : le fichier %2 ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>Cannot move the files into %1: %2</source>
        <translation>Impossible de déplacer les fichiers dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::Identity</name>
    <message>
        <source>Identity status: RECUP and QUAL are obtained from the INSi teleservice, which Relais cannot reach; choose PROV or VALI</source>
        <translation>Statut de l&apos;identité : RECUP et QUAL s&apos;obtiennent auprès du téléservice INSi, que Relais ne peut pas joindre ; choisissez PROV ou VALI</translation>
    </message>
    <message>
        <source>Identity status: VALI needs the birth name, first given name, sex and date of birth</source>
        <translation>Statut de l&apos;identité : VALI exige le nom de naissance, le premier prénom de naissance, le sexe et la date de naissance</translation>
    </message>
</context>
<context>
    <name>relais::Inbox</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Relais sealed snapshot</source>
        <translation>%1 n&apos;est pas un instantané scellé par Relais</translation>
    </message>
    <message>
        <source>%1 was sealed for another vault</source>
        <translation>%1 a été scellé pour un autre coffre</translation>
    </message>
    <message>
        <source>%1 cannot be opened with this vault&apos;s key (damaged, or sealed for another vault)</source>
        <translation>%1 ne peut pas être ouvert avec la clé de ce coffre (endommagé, ou scellé pour un autre coffre)</translation>
    </message>
    <message>
        <source>%1 is truncated (its last part is missing)</source>
        <translation>%1 est tronqué (sa dernière partie est manquante)</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>%1 is damaged or was altered</source>
        <translation>%1 est endommagé ou a été modifié</translation>
    </message>
    <message>
        <source>Cannot create the inbox folder %1</source>
        <translation>Impossible de créer le dossier de dépôt %1</translation>
    </message>
    <message>
        <source>Cannot write the inbox key in %1: %2</source>
        <translation>Impossible d&apos;écrire la clé du dossier de dépôt dans %1 : %2</translation>
    </message>
    <message>
        <source>No inbox key in %1: unlock Relais once on this computer so that it publishes it</source>
        <translation>Aucune clé de dépôt dans %1 : déverrouillez Relais une fois sur cet ordinateur pour qu&apos;il la publie</translation>
    </message>
    <message>
        <source>%1 is not a valid inbox key</source>
        <translation>%1 n&apos;est pas une clé de dépôt valide</translation>
    </message>
    <message>
        <source>Cannot write in the inbox %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier de dépôt %1 : %2</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : lecture impossible</translation>
    </message>
    <message>
        <source>%1: changed while it was being read</source>
        <translation>%1 : modifié pendant sa lecture</translation>
    </message>
    <message>
        <source>%1 has data after its final block (altered or damaged)</source>
        <translation>%1 contient des données après son dernier bloc (modifié ou endommagé)</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files: refused</source>
        <translation>%1 contient plus de %2 fichiers : refusé</translation>
    </message>
    <message>
        <source>%1 is damaged (a file name of %2 bytes)</source>
        <translation>%1 est endommagé (un nom de fichier de %2 octets)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 announces %3 bytes)</source>
        <translation>%1 est endommagé (%2 annonce %3 octets)</translation>
    </message>
    <message>
        <source>%1: its import options are not readable (%2): refused</source>
        <translation>%1 : ses options d&apos;import sont illisibles (%2) : refusé</translation>
    </message>
    <message>
        <source>%1 does not say whether it is a full or a partial export (no %2): refused; seal it again with relais-cli import --inbox</source>
        <translation>%1 ne dit pas s&apos;il s&apos;agit d&apos;un export complet ou partiel (pas de %2) : refusé ; scellez-le à nouveau avec relais-cli import --inbox</translation>
    </message>
    <message>
        <source>(it could not be set aside: it will be tried again at the next unlock)</source>
        <translation>(il n&apos;a pas pu être mis de côté : il sera réessayé au prochain déverrouillage)</translation>
    </message>
</context>
<context>
    <name>relais::KdfParams</name>
    <message>
        <source>Key slot has invalid key-derivation parameters</source>
        <translation>Les paramètres de dérivation de clé de l&apos;emplacement de clé ne sont pas valides</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed)</source>
        <translation>Mémoire insuffisante pour dériver la clé (%1 Mio nécessaires)</translation>
    </message>
</context>
<context>
    <name>relais::KeyHeader</name>
    <message>
        <source>Key header %1 is damaged: field &quot;%2&quot; is invalid</source>
        <translation>L&apos;en-tête de clés %1 est endommagé : le champ &quot;%2&quot; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Key header %1 not found</source>
        <translation>En-tête de clés %1 introuvable</translation>
    </message>
    <message>
        <source>Cannot read key header %1: %2</source>
        <translation>Impossible de lire l&apos;en-tête de clés %1 : %2</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: file too large</source>
        <translation>L&apos;en-tête de clés %1 est endommagé : fichier trop volumineux</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: not valid JSON (offset %2)</source>
        <translation>L&apos;en-tête de clés %1 est endommagé : JSON non valide (position %2)</translation>
    </message>
    <message>
        <source>%1 is not a Relais key header</source>
        <translation>%1 n&apos;est pas un en-tête de clés Relais</translation>
    </message>
    <message>
        <source>Key header %1 was written by a newer Relais (format %2); update Relais</source>
        <translation>L&apos;en-tête de clés %1 a été écrit par une version plus récente de Relais (format %2) ; mettez Relais à jour</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: missing version</source>
        <translation>L&apos;en-tête de clés %1 est endommagé : version manquante</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: it has no key slot</source>
        <translation>L&apos;en-tête de clés %1 est endommagé : il ne contient aucun emplacement de clé</translation>
    </message>
    <message>
        <source>Cannot write key header %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;en-tête de clés %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::NightlyTask</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The EHR&apos;s export folder</source>
        <translation>Le dossier d&apos;export du logiciel métier</translation>
    </message>
    <message>
        <source>The inbox folder</source>
        <translation>Le dossier de la boîte de réception</translation>
    </message>
    <message>
        <source>relais-cli</source>
        <translation>relais-cli</translation>
    </message>
    <message>
        <source>%1 is not given</source>
        <translation>%1 n&apos;est pas indiqué</translation>
    </message>
    <message>
        <source>%1 must be a full path (it is &quot;%2&quot;)</source>
        <translation>%1 doit être un chemin complet (c&apos;est « %2 »)</translation>
    </message>
    <message>
        <source>%1 contains a line break: refused</source>
        <translation>%1 contient un retour à la ligne : refusé</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The EHR&apos;s export folder must be a full path (it is &quot;%1&quot;)</source>
        <translation>Le dossier d&apos;export du logiciel métier doit être un chemin complet (c&apos;est « %1 »)</translation>
    </message>
</context>
<context>
    <name>relais::Nir</name>
    <message>
        <source>%1: a social-security number has 15 characters (13 and a 2-digit key), not %2</source>
        <translation>%1 : un numéro de sécurité sociale comporte 15 caractères (13 et une clé de 2 chiffres), et non %2</translation>
    </message>
    <message>
        <source>%1: character %2 (&quot;%3&quot;) is not a digit</source>
        <translation>%1 : le caractère %2 (« %3 ») n&apos;est pas un chiffre</translation>
    </message>
    <message>
        <source>%1: the first digit must be 1 or 2 (7 or 8 for a provisional number), not %2</source>
        <translation>%1 : le premier chiffre doit être 1 ou 2 (7 ou 8 pour un numéro provisoire), et non %2</translation>
    </message>
    <message>
        <source>%1: the month of birth (characters 4-5) cannot be 00</source>
        <translation>%1 : le mois de naissance (caractères 4 et 5) ne peut pas être 00</translation>
    </message>
    <message>
        <source>%1: the key %2 does not match the number (expected %3); check the digits</source>
        <translation>%1 : la clé %2 ne correspond pas au numéro (clé attendue : %3) ; vérifiez les chiffres</translation>
    </message>
</context>
<context>
    <name>relais::PassphraseStrength</name>
    <message>
        <source>Too weak: add words, it must resist a determined attacker</source>
        <translation>Trop faible : ajoutez des mots, elle doit résister à un attaquant déterminé</translation>
    </message>
    <message>
        <source>Weak: accepted, but a longer passphrase is better</source>
        <translation>Faible : acceptée, mais une phrase de passe plus longue est préférable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bonne</translation>
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
        <translation>%1 (né %2) %3</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PatientStore</name>
    <message>
        <source>Birth name: required</source>
        <translation>Nom de naissance : obligatoire</translation>
    </message>
    <message>
        <source>First given name: required</source>
        <translation>Premier prénom de naissance : obligatoire</translation>
    </message>
    <message>
        <source>Date of birth: required, as DD/MM/YYYY</source>
        <translation>Date de naissance : obligatoire, au format JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Date of birth: %1 is in the future</source>
        <translation>Date de naissance : %1 est dans le futur</translation>
    </message>
    <message>
        <source>Date of birth: %1 is impossible</source>
        <translation>Date de naissance : %1 est impossible</translation>
    </message>
    <message>
        <source>Social-security number (NIR)</source>
        <translation>Numéro de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <source>Birth place: an INSEE code has 5 characters (for example 75056), not &quot;%1&quot;</source>
        <translation>Lieu de naissance : un code INSEE comporte 5 caractères (par exemple 75056), et non « %1 »</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address</source>
        <translation>Courriel : « %1 » n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>The NIR&apos;s first digit does not match the sex</source>
        <translation>Le premier chiffre du NIR ne correspond pas au sexe</translation>
    </message>
    <message>
        <source>The NIR&apos;s year (characters 2-3) does not match the date of birth</source>
        <translation>L&apos;année du NIR (caractères 2 et 3) ne correspond pas à la date de naissance</translation>
    </message>
    <message>
        <source>same social-security number</source>
        <translation>même numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>same name, given name and date of birth</source>
        <translation>mêmes nom, prénom et date de naissance</translation>
    </message>
    <message>
        <source>No patient #%1 in this vault</source>
        <translation>Aucun patient n° %1 dans ce coffre</translation>
    </message>
    <message>
        <source>Allergy: the substance is required</source>
        <translation>Allergie : la substance est obligatoire</translation>
    </message>
    <message>
        <source>History: the label is required</source>
        <translation>Antécédents : le libellé est obligatoire</translation>
    </message>
    <message>
        <source>History: the date is in the future</source>
        <translation>Antécédents : la date est dans le futur</translation>
    </message>
    <message>
        <source>History: &quot;%1&quot; is not a CIM-10 code (for example E11.9)</source>
        <translation>Antécédents : « %1 » n&apos;est pas un code CIM-10 (par exemple E11.9)</translation>
    </message>
    <message>
        <source>ALD: the label is required</source>
        <translation>ALD : le libellé est obligatoire</translation>
    </message>
    <message>
        <source>ALD: the end date is before the start date</source>
        <translation>ALD : la date de fin est antérieure à la date de début</translation>
    </message>
    <message>
        <source>Treatment: the active substance (DCI) is required</source>
        <translation>Traitement : la substance active (DCI) est obligatoire</translation>
    </message>
    <message>
        <source>Treatment: %1 renewals is impossible (0 to 12)</source>
        <translation>Traitement : %1 renouvellements, c&apos;est impossible (de 0 à 12)</translation>
    </message>
    <message>
        <source>Weight and height: the date is missing or in the future</source>
        <translation>Poids et taille : la date est manquante ou dans le futur</translation>
    </message>
    <message>
        <source>Weight: %1 kg is impossible (0.3 to 400)</source>
        <translation>Poids : %1 kg, c&apos;est impossible (de 0,3 à 400)</translation>
    </message>
    <message>
        <source>Height: %1 cm is impossible (20 to 250)</source>
        <translation>Taille : %1 cm, c&apos;est impossible (de 20 à 250)</translation>
    </message>
    <message>
        <source>Weight and height: give at least one of them</source>
        <translation>Poids et taille : indiquez au moins l&apos;un des deux</translation>
    </message>
    <message>
        <source>Nothing to remove (%1 #%2)</source>
        <translation>Rien à supprimer (%1 n° %2)</translation>
    </message>
    <message>
        <source>Insured person&apos;s number (NSS)</source>
        <translation>N° de l&apos;assuré (NSS)</translation>
    </message>
</context>
<context>
    <name>relais::PossibleDuplicates</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (%2), created in Relais, possible duplicate of %3</source>
        <translation>%1 (%2), créé dans Relais, doublon possible de %3</translation>
    </message>
</context>
<context>
    <name>relais::Practitioner</name>
    <message>
        <source>Surname: required</source>
        <translation>Nom : obligatoire</translation>
    </message>
    <message>
        <source>First names: required</source>
        <translation>Prénoms : obligatoires</translation>
    </message>
    <message>
        <source>Title or specialty: required (for example &quot;Médecine générale&quot;)</source>
        <translation>Titre ou spécialité : obligatoire (par exemple « Médecine générale »)</translation>
    </message>
    <message>
        <source>RPPS number: required (11 digits)</source>
        <translation>Numéro RPPS : obligatoire (11 chiffres)</translation>
    </message>
    <message>
        <source>RPPS number: &quot;%1&quot; does not have 11 digits</source>
        <translation>Numéro RPPS : « %1 » ne comporte pas 11 chiffres</translation>
    </message>
    <message>
        <source>RPPS number: &quot;%1&quot; has a wrong check digit (Luhn key); check it on the CPS card</source>
        <translation>Numéro RPPS : « %1 » a un chiffre de contrôle erroné (clé de Luhn) ; vérifiez-le sur la carte CPS</translation>
    </message>
    <message>
        <source>AM number or FINESS: one of them is required (9 digits)</source>
        <translation>Numéro AM ou FINESS : l&apos;un des deux est obligatoire (9 chiffres)</translation>
    </message>
    <message>
        <source>AM number: &quot;%1&quot; is not 9 digits</source>
        <translation>Numéro AM : « %1 » ne comporte pas 9 chiffres</translation>
    </message>
    <message>
        <source>FINESS: &quot;%1&quot; is not 9 characters</source>
        <translation>FINESS : « %1 » ne comporte pas 9 caractères</translation>
    </message>
    <message>
        <source>Professional address: required</source>
        <translation>Adresse professionnelle : obligatoire</translation>
    </message>
    <message>
        <source>City: required (printed before the date)</source>
        <translation>Ville : obligatoire (imprimée avant la date)</translation>
    </message>
    <message>
        <source>Phone: required</source>
        <translation>Téléphone : obligatoire</translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a French number (10 digits or +33)</source>
        <translation>Téléphone : « %1 » n&apos;est pas un numéro français (10 chiffres ou +33)</translation>
    </message>
    <message>
        <source>E-mail: required</source>
        <translation>Courriel : obligatoire</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an e-mail address</source>
        <translation>Courriel : « %1 » n&apos;est pas une adresse électronique</translation>
    </message>
</context>
<context>
    <name>relais::PractitionerStore</name>
    <message>
        <source>RPPS number: %1 is already used by practitioner #%2</source>
        <translation>Numéro RPPS : %1 est déjà utilisé par le praticien n° %2</translation>
    </message>
    <message>
        <source>RPPS number: %1 is already used by another practitioner</source>
        <translation>Numéro RPPS : %1 est déjà utilisé par un autre praticien</translation>
    </message>
    <message>
        <source>No practitioner #%1 in this vault</source>
        <translation>Aucun praticien n° %1 dans ce coffre</translation>
    </message>
    <message>
        <source>No key slot given</source>
        <translation>Aucun emplacement de clé indiqué</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRenderer</name>
    <message>
        <source>Prescription: the date and the prescriber are required to print</source>
        <translation>Ordonnance : la date et le prescripteur sont obligatoires pour imprimer</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionRules</name>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Line %1 (%2)</source>
        <translation>Ligne %1 (%2)</translation>
    </message>
    <message>
        <source>Date: required</source>
        <translation>Date : obligatoire</translation>
    </message>
    <message>
        <source>Prescriber: choose the practitioner who signs</source>
        <translation>Prescripteur : choisissez le praticien signataire</translation>
    </message>
    <message>
        <source>Patient: choose the patient</source>
        <translation>Patient : choisissez le patient</translation>
    </message>
    <message>
        <source>Date: before the patient&apos;s date of birth</source>
        <translation>Date : antérieure à la date de naissance du patient</translation>
    </message>
    <message>
        <source>Weight: %1 kg is impossible</source>
        <translation>Poids : %1 kg, valeur impossible</translation>
    </message>
    <message>
        <source>Height: %1 cm is impossible</source>
        <translation>Taille : %1 cm, valeur impossible</translation>
    </message>
    <message>
        <source>Weight: required for a child (the patient is %1); doses are checked against it</source>
        <translation>Poids : obligatoire pour un enfant (le patient a %1) ; les doses sont vérifiées en fonction du poids</translation>
    </message>
    <message>
        <source>Text: the certificate or document is empty</source>
        <translation>Texte : le certificat ou le document est vide</translation>
    </message>
    <message>
        <source>Lines: add at least one medicine</source>
        <translation>Lignes : ajoutez au moins un médicament</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>active substance</source>
        <translation>substance active</translation>
    </message>
    <message>
        <source>required (the DCI / INN, a brand may be added)</source>
        <translation>obligatoire (la DCI ; un nom commercial peut être ajouté)</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>dosage</translation>
    </message>
    <message>
        <source>required (for example &quot;500 mg&quot;)</source>
        <translation>obligatoire (par exemple « 500 mg »)</translation>
    </message>
    <message>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>required (for example &quot;comprimé&quot;)</source>
        <translation>obligatoire (par exemple « comprimé »)</translation>
    </message>
    <message>
        <source>route</source>
        <translation>voie</translation>
    </message>
    <message>
        <source>required (for example &quot;orale&quot;)</source>
        <translation>obligatoire (par exemple « orale »)</translation>
    </message>
    <message>
        <source>posology</source>
        <translation>posologie</translation>
    </message>
    <message>
        <source>required: dose, moments of the day, duration</source>
        <translation>obligatoire : dose, moments de la journée, durée</translation>
    </message>
    <message>
        <source>a dose of %1 is impossible</source>
        <translation>une dose de %1 est impossible</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>valeur négative impossible</translation>
    </message>
    <message>
        <source>required: a treatment duration (&quot;QSP 1 mois&quot;) or a number of packs</source>
        <translation>obligatoire : une durée de traitement (« QSP 1 mois ») ou un nombre de boîtes</translation>
    </message>
    <message>
        <source>a number of packs needs the brand named; otherwise give a duration</source>
        <translation>un nombre de boîtes exige que le nom commercial soit indiqué ; sinon, indiquez une durée</translation>
    </message>
    <message>
        <source>renewals</source>
        <translation>renouvellements</translation>
    </message>
    <message>
        <source>%1 is impossible (0 to 12)</source>
        <translation>%1 est impossible (de 0 à 12)</translation>
    </message>
    <message>
        <source>non-substitutable</source>
        <translation>non substituable</translation>
    </message>
    <message>
        <source>the reason is required: MTE, EFG or CIF</source>
        <translation>le motif est obligatoire : MTE, EFG ou CIF</translation>
    </message>
    <message>
        <source>a reason is given but the line is not marked non-substitutable</source>
        <translation>un motif est indiqué mais la ligne n&apos;est pas marquée non substituable</translation>
    </message>
    <message>
        <source>EFG applies to a child under 6 only; the patient is %1</source>
        <translation>EFG ne s&apos;applique qu&apos;à un enfant de moins de 6 ans ; le patient a %1</translation>
    </message>
    <message>
        <source>ALD zone</source>
        <translation>Zone ALD</translation>
    </message>
    <message>
        <source>the patient has no current ALD (affection de longue durée)</source>
        <translation>le patient n&apos;a aucune ALD (affection de longue durée) en cours</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>mise en page</translation>
    </message>
    <message>
        <source>give the number of doses a day (moments, times a day or interval)</source>
        <translation>indiquez le nombre de prises par jour (moments, fois par jour ou intervalle)</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>délivrance</translation>
    </message>
    <message>
        <source>a fraction of %1 days is longer than the %2 days prescribed</source>
        <translation>un fractionnement de %1 jours dépasse les %2 jours prescrits</translation>
    </message>
    <message>
        <source>Weight: %1 kg is unusual at %2 (expected %3 to %4 kg): check the weight and the patient</source>
        <translation>Poids : %1 kg est inhabituel à %2 (attendu de %3 à %4 kg) : vérifiez le poids et le patient</translation>
    </message>
    <message>
        <source>name the product that must not be substituted (the brand) beside the DCI</source>
        <translation>nommez le produit qui ne doit pas être substitué (la marque) à côté de la DCI</translation>
    </message>
    <message>
        <source>MTE is allowed only for the substances of the closed list (arrêté du 12 novembre 2019 as amended); %1 is not on it</source>
        <translation>MTE n&apos;est permis que pour les substances de la liste fermée (arrêté du 12 novembre 2019 modifié) ; %1 n&apos;y figure pas</translation>
    </message>
    <message>
        <source>EFG is for a form a young child can take that no generic offers (oral solution, suspension, syrup, drops, granules, powder, dispersible tablet, suppository); &quot;%1&quot; is not one</source>
        <translation>EFG vaut pour une forme adaptée au jeune enfant qu&apos;aucun générique ne propose (solution buvable, suspension, sirop, gouttes, granulés, poudre, comprimé dispersible, suppositoire) ; « %1 » n&apos;en est pas une</translation>
    </message>
    <message>
        <source>CIF needs the excipient with a known effect that every generic contains and the patient cannot take</source>
        <translation>CIF exige l&apos;excipient à effet notoire présent dans tous les génériques et contre-indiqué chez le patient</translation>
    </message>
    <message>
        <source>%1 (rule: %2)</source>
        <translation>%1 (règle : %2)</translation>
    </message>
    <message>
        <source>%1 must be printed on secure paper (ordonnance sécurisée); a plain page is not valid at the pharmacy. Choose the secure-paper layout</source>
        <translation>%1 doit être imprimé sur ordonnance sécurisée ; une page ordinaire n&apos;est pas valable en pharmacie. Choisissez la mise en page pour ordonnance sécurisée</translation>
    </message>
    <message>
        <source>%1 needs a duration in days (at most %2)</source>
        <translation>%1 exige une durée en jours (%2 au plus)</translation>
    </message>
    <message>
        <source>%1 days is more than the %2 days allowed for %3</source>
        <translation>%1 jours dépassent les %2 jours autorisés pour %3</translation>
    </message>
    <message>
        <source>%1 cannot be renewed</source>
        <translation>%1 ne peut pas être renouvelé</translation>
    </message>
    <message numerus="yes">
        <source>with %n renewal(s) the prescription covers %1 days, more than the %2 days allowed for %3, renewals included</source>
        <translation>
            <numerusform>avec %n renouvellement, l&apos;ordonnance couvre %1 jours, plus que les %2 jours autorisés pour %3, renouvellements compris</numerusform>
            <numerusform>avec %n renouvellements, l&apos;ordonnance couvre %1 jours, plus que les %2 jours autorisés pour %3, renouvellements compris</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the structured posology (units per dose, doses a day): it is printed in words</source>
        <translation>%1 exige la posologie structurée (unités par prise, prises par jour) : elle est imprimée en toutes lettres</translation>
    </message>
</context>
<context>
    <name>relais::PrescriptionStore</name>
    <message>
        <source>Patient: no patient #%1 in this vault</source>
        <translation>Patient : aucun patient n° %1 dans ce coffre</translation>
    </message>
    <message>
        <source>Prescriber: no practitioner #%1 in this vault</source>
        <translation>Prescripteur : aucun praticien n° %1 dans ce coffre</translation>
    </message>
    <message>
        <source>No prescription #%1 in this vault</source>
        <translation>Aucune ordonnance n° %1 dans ce coffre</translation>
    </message>
    <message>
        <source>Prescription #%1: nothing was rendered</source>
        <translation>Ordonnance n° %1 : rien n&apos;a été généré</translation>
    </message>
    <message>
        <source>Prescription #%1 was printed already: reprint it instead</source>
        <translation>L&apos;ordonnance n° %1 a déjà été imprimée : réimprimez-la plutôt</translation>
    </message>
</context>
<context>
    <name>relais::PrintSettings</name>
    <message>
        <source>Secure paper, %1: must be [x, y, width, height] in mm inside the %2 × %3 mm sheet</source>
        <translation>Papier sécurisé, %1 : doit être [x, y, largeur, hauteur] en mm, à l&apos;intérieur de la feuille de %2 × %3 mm</translation>
    </message>
    <message>
        <source>Printer: the name is required</source>
        <translation>Imprimante : le nom est obligatoire</translation>
    </message>
    <message>
        <source>Horizontal offset: %1 mm is out of range (−20 to 20 mm)</source>
        <translation>Décalage horizontal : %1 mm, hors de la plage autorisée (de −20 à 20 mm)</translation>
    </message>
    <message>
        <source>Vertical offset: %1 mm is out of range (−20 to 20 mm)</source>
        <translation>Décalage vertical : %1 mm, hors de la plage autorisée (de −20 à 20 mm)</translation>
    </message>
</context>
<context>
    <name>relais::PrivateFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::Purge</name>
    <message>
        <source>The number of days must be zero or more (got %1)</source>
        <translation>Le nombre de jours doit être supérieur ou égal à zéro (reçu : %1)</translation>
    </message>
    <message>
        <source>The purge was cancelled, nothing was removed: %1</source>
        <translation>La purge a été annulée, rien n&apos;a été supprimé : %1</translation>
    </message>
</context>
<context>
    <name>relais::Readiness</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>Run relais-cli verify on the vault</source>
        <translation>Lancer relais-cli verify sur le coffre</translation>
    </message>
    <message>
        <source>GREEN</source>
        <translation>VERT</translation>
    </message>
    <message>
        <source>AMBER</source>
        <translation>ORANGE</translation>
    </message>
    <message>
        <source>RED</source>
        <translation>ROUGE</translation>
    </message>
    <message>
        <source>No snapshot of the EHR has been imported</source>
        <translation>Aucune copie du logiciel métier n&apos;a été importée</translation>
    </message>
    <message>
        <source>Import the EHR&apos;s export</source>
        <translation>Importer l&apos;export du logiciel métier</translation>
    </message>
    <message>
        <source>Snapshot of the EHR taken %1 (%2 h ago)</source>
        <translation>Copie du logiciel métier prise le %1 (il y a %2 h)</translation>
    </message>
    <message>
        <source>Check the nightly export and import a new snapshot</source>
        <translation>Vérifier l&apos;export de nuit et importer une nouvelle copie</translation>
    </message>
    <message>
        <source>%1 sealed snapshot(s) in the inbox failed to merge and were set aside</source>
        <translation>%1 copie(s) scellée(s) de la boîte de dépôt n&apos;ont pas pu être fusionnées et ont été mises de côté</translation>
    </message>
    <message>
        <source>Fix the nightly export, then remove the .failed files from %1</source>
        <translation>Corriger l&apos;export de nuit, puis supprimer les fichiers .failed de %1</translation>
    </message>
    <message>
        <source>%1 sealed snapshot(s) wait in the inbox, not merged yet</source>
        <translation>%1 copie(s) scellée(s) attendent dans la boîte de dépôt, pas encore fusionnées</translation>
    </message>
    <message>
        <source>Import them</source>
        <translation>Les importer</translation>
    </message>
    <message>
        <source>The last sealed snapshot merged without error (none set aside)</source>
        <translation>La dernière copie scellée a été fusionnée sans erreur (aucune mise de côté)</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Aucune sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Make a backup to a USB disk or a network share</source>
        <translation>Faire une sauvegarde sur un disque USB ou un partage réseau</translation>
    </message>
    <message>
        <source>Last verified backup %1 (%2 day(s) ago)</source>
        <translation>Dernière sauvegarde vérifiée le %1 (il y a %2 jour(s))</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Faire une sauvegarde maintenant</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>Le journal d&apos;audit</translation>
    </message>
    <message>
        <source>The recovery key sheet has never been printed</source>
        <translation>La feuille de la clé de secours n&apos;a jamais été imprimée</translation>
    </message>
    <message>
        <source>Print the recovery key sheet and keep it in the practice safe</source>
        <translation>Imprimer la feuille de la clé de secours et la ranger dans le coffre du cabinet</translation>
    </message>
    <message>
        <source>Recovery key sheet printed %1</source>
        <translation>Feuille de la clé de secours imprimée le %1</translation>
    </message>
    <message>
        <source>The practitioners</source>
        <translation>Les praticiens</translation>
    </message>
    <message>
        <source>No prescriber is recorded: prescriptions cannot be printed</source>
        <translation>Aucun prescripteur enregistré : les ordonnances ne peuvent pas être imprimées</translation>
    </message>
    <message>
        <source>Add the practice&apos;s practitioners</source>
        <translation>Ajouter les praticiens du cabinet</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>AM or FINESS number</source>
        <translation>numéro AM ou FINESS</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>%1 (missing: %2)</source>
        <translation>%1 (manque : %2)</translation>
    </message>
    <message>
        <source>Incomplete prescriber profile(s): %1</source>
        <translation>Profil(s) de prescripteur incomplet(s) : %1</translation>
    </message>
    <message>
        <source>Complete them in the practitioners&apos; list</source>
        <translation>Les compléter dans la liste des praticiens</translation>
    </message>
    <message>
        <source>%1 prescriber(s), every profile complete (RPPS, AM/FINESS number, address, phone)</source>
        <translation>%1 prescripteur(s), tous les profils complets (RPPS, numéro AM/FINESS, adresse, téléphone)</translation>
    </message>
    <message>
        <source>The outbox</source>
        <translation>La file d&apos;envoi</translation>
    </message>
    <message>
        <source>Outbox: %1 failed, %2 in conflict</source>
        <translation>File d&apos;envoi : %1 en échec, %2 en conflit</translation>
    </message>
    <message>
        <source>Open the synchronisation and resolve them</source>
        <translation>Ouvrir la synchronisation et les résoudre</translation>
    </message>
    <message>
        <source>Outbox: %1 record(s) from a previous outage not yet handed back to the EHR</source>
        <translation>File d&apos;envoi : %1 enregistrement(s) d&apos;une panne précédente pas encore rendu(s) au logiciel métier</translation>
    </message>
    <message>
        <source>Synchronise with the EHR or export a handover archive</source>
        <translation>Synchroniser avec le logiciel métier ou exporter une archive de reprise</translation>
    </message>
    <message>
        <source>Outbox: nothing left to hand back, nothing failed or in conflict</source>
        <translation>File d&apos;envoi : rien à rendre, rien en échec ni en conflit</translation>
    </message>
    <message>
        <source>No outage drill has been run</source>
        <translation>Aucun exercice de panne n&apos;a été fait</translation>
    </message>
    <message>
        <source>Run an outage drill (File → Outage drill)</source>
        <translation>Faire un exercice de panne (Fichier → Exercice de panne)</translation>
    </message>
    <message>
        <source>Prescriber(s) without a passphrase of their own: %1</source>
        <translation>Prescripteur(s) sans phrase de passe personnelle : %1</translation>
    </message>
    <message>
        <source>Give each one their passphrase: Settings, Vault access, Add a practitioner (or link their existing slot)</source>
        <translation>Donnez à chacun sa phrase de passe : Paramètres, Accès au coffre, Ajouter un praticien (ou liez son emplacement existant)</translation>
    </message>
    <message>
        <source>The drill reports</source>
        <translation>Les rapports d&apos;exercice</translation>
    </message>
    <message>
        <source>Last outage drill %1 (%2 day(s) ago), every step passed</source>
        <translation>Dernier exercice de panne le %1 (il y a %2 jour(s)), toutes les étapes réussies</translation>
    </message>
    <message>
        <source>Last outage drill %1 (%2 day(s) ago), %3 step(s) failed</source>
        <translation>Dernier exercice de panne le %1 (il y a %2 jour(s)), %3 étape(s) en échec</translation>
    </message>
    <message>
        <source>Run a new outage drill (File → Outage drill)</source>
        <translation>Refaire un exercice de panne (Fichier → Exercice de panne)</translation>
    </message>
    <message>
        <source>Take the actions listed in the drill report, then run the drill again</source>
        <translation>Mener les actions listées dans le rapport d&apos;exercice, puis refaire l&apos;exercice</translation>
    </message>
    <message>
        <source>No printer test page has ever been printed</source>
        <translation>Aucune page de test de l&apos;imprimante n&apos;a jamais été imprimée</translation>
    </message>
    <message>
        <source>Print a test page (Settings → Printer calibration) and check where it lands</source>
        <translation>Imprimez une page de test (Paramètres → Calibrage de l&apos;imprimante) et vérifiez où elle s&apos;imprime</translation>
    </message>
    <message>
        <source>Printer test page printed %1 (%2 day(s) ago)</source>
        <translation>Page de test de l&apos;imprimante imprimée le %1 (il y a %2 jour(s))</translation>
    </message>
    <message>
        <source>Print a test page again: the printer may have changed since</source>
        <translation>Imprimez à nouveau une page de test : l&apos;imprimante a pu changer depuis</translation>
    </message>
    <message>
        <source>No drug reference: prescriptions are written without the allergy and substance checks</source>
        <translation>Pas de référentiel des médicaments : les ordonnances sont rédigées sans les contrôles d&apos;allergie et de substance</translation>
    </message>
    <message>
        <source>Import the BDPM files (relais-cli import-bdpm --dir DIR)</source>
        <translation>Importez les fichiers BDPM (relais-cli import-bdpm --dir DOSSIER)</translation>
    </message>
    <message>
        <source>The drug reference</source>
        <translation>Le référentiel des médicaments</translation>
    </message>
    <message>
        <source>Drug reference imported %1 (BDPM files of %2)</source>
        <translation>Référentiel des médicaments importé le %1 (fichiers BDPM du %2)</translation>
    </message>
    <message>
        <source>at an unknown date</source>
        <translation>à une date inconnue</translation>
    </message>
    <message>
        <source>Download the current BDPM files and import them again</source>
        <translation>Téléchargez les fichiers BDPM actuels et importez-les à nouveau</translation>
    </message>
    <message>
        <source>The free space of %1 could not be read</source>
        <translation>L&apos;espace libre de %1 n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Check the disk that holds the vault</source>
        <translation>Vérifiez le disque qui contient le coffre</translation>
    </message>
    <message>
        <source>%1 MB free on the disk of the vault (%2)</source>
        <translation>%1 Mo libres sur le disque du coffre (%2)</translation>
    </message>
    <message>
        <source>Free some space on this disk: the vault and its restores need room</source>
        <translation>Libérez de la place sur ce disque : le coffre et ses restaurations ont besoin d&apos;espace</translation>
    </message>
</context>
<context>
    <name>relais::ReadinessThresholds</name>
    <message>
        <source>Readiness threshold %1 must be between 1 and %2 (it is %3)</source>
        <translation>Le seuil de préparation %1 doit être entre 1 et %2 (il vaut %3)</translation>
    </message>
    <message>
        <source>Readiness threshold snapshot_green_hours (%1) must not exceed snapshot_amber_hours (%2)</source>
        <translation>Le seuil de préparation snapshot_green_hours (%1) ne doit pas dépasser snapshot_amber_hours (%2)</translation>
    </message>
    <message>
        <source>Readiness threshold backup_green_days (%1) must not exceed backup_amber_days (%2)</source>
        <translation>Le seuil de préparation backup_green_days (%1) ne doit pas dépasser backup_amber_days (%2)</translation>
    </message>
    <message>
        <source>Readiness threshold %1: &quot;%2&quot; is not a whole number</source>
        <translation>Seuil de préparation %1 : « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>Unknown readiness threshold &quot;%1&quot; (known: %2)</source>
        <translation>Seuil de préparation « %1 » inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>Readiness threshold disk_red_mb (%1) must not exceed disk_amber_mb (%2)</source>
        <translation>Le seuil de préparation disk_red_mb (%1) ne doit pas dépasser disk_amber_mb (%2)</translation>
    </message>
</context>
<context>
    <name>relais::RecoverySheet</name>
    <message>
        <source>Relais — vault recovery key</source>
        <translation>Relais — clé de secours du coffre</translation>
    </message>
    <message>
        <source>Keep this sheet in the practice safe. Anyone holding it and a copy of the vault can read the patient records it contains.</source>
        <translation>Conservez cette fiche dans le coffre-fort du cabinet. Toute personne qui la détient et dispose d&apos;une copie du coffre peut lire les dossiers patients qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Date de création : %1</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten: start Relais, choose &quot;Use the recovery key&quot; on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</source>
        <translation>Si toutes les phrases de passe sont oubliées : lancez Relais, choisissez « Utiliser la clé de secours » sur l&apos;écran de déverrouillage, saisissez la clé ci-dessus (tirets et majuscules sans importance), puis définissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Never photograph this sheet, never send it by e-mail, never store it on the same computer.</source>
        <translation>Ne photographiez jamais cette fiche, ne l&apos;envoyez jamais par courriel, ne la conservez jamais sur le même ordinateur.</translation>
    </message>
</context>
<context>
    <name>relais::Schema</name>
    <message>
        <source>This vault was written by a newer version of Relais (schema %1, this version knows %2). Install the newer Relais to open it.</source>
        <translation>Ce coffre a été enregistré par une version plus récente de Relais (schéma %1 ; cette version connaît le schéma %2). Installez la version plus récente de Relais pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation>Échec de la migration du schéma vers la version %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::SecurePaperLayout</name>
    <message>
        <source>date position</source>
        <translation>position de la date</translation>
    </message>
    <message>
        <source>patient position</source>
        <translation>position du patient</translation>
    </message>
    <message>
        <source>medicines area</source>
        <translation>zone des médicaments</translation>
    </message>
    <message>
        <source>square for the number of medicines</source>
        <translation>case du nombre de médicaments</translation>
    </message>
    <message>
        <source>signature area</source>
        <translation>zone de signature</translation>
    </message>
</context>
<context>
    <name>relais::SlotDirectory</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
</context>
<context>
    <name>relais::SnapshotImporter</name>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1 : %2 créé(s), %3 mis à jour, %4 inchangé(s)</translation>
    </message>
    <message>
        <source>, %1 kept as changed in Relais</source>
        <translation>, %1 conservé(s) car modifié(s) dans Relais</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 ignoré(s)</translation>
    </message>
    <message>
        <source>%1 patient(s) no longer in the EHR export: marked, not deleted</source>
        <translation>%1 patient(s) absent(s) de l&apos;export du logiciel métier : signalé(s), non supprimé(s)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : lecture impossible</translation>
    </message>
    <message>
        <source>%1: %2/%3: %4</source>
        <translation>%1 : %2/%3 : %4</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is missing</source>
        <translation>champ &quot;id&quot; absent</translation>
    </message>
    <message>
        <source>field &quot;%1.reference&quot; is missing</source>
        <translation>champ &quot;%1.reference&quot; absent</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; refers to %2, which is not in this snapshot nor in the vault</source>
        <translation>le champ &quot;%1&quot; fait référence à %2, qui ne figure ni dans cet instantané ni dans le coffre</translation>
    </message>
    <message>
        <source>field &quot;birthDate&quot;: &quot;%1&quot; is not a full date (YYYY-MM-DD)</source>
        <translation>champ &quot;birthDate&quot; : « %1 » n&apos;est pas une date complète (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>field &quot;identityStatus&quot;: &quot;%1&quot; is not PROV, VALI, RECUP or QUAL</source>
        <translation>champ &quot;identityStatus&quot; : « %1 » n&apos;est pas PROV, VALI, RECUP ni QUAL</translation>
    </message>
    <message>
        <source>field &quot;code&quot; is missing: which substance?</source>
        <translation>champ &quot;code&quot; absent : quelle substance ?</translation>
    </message>
    <message>
        <source>field &quot;code&quot; is missing</source>
        <translation>champ &quot;code&quot; absent</translation>
    </message>
    <message>
        <source>field &quot;medicationCodeableConcept&quot; is missing</source>
        <translation>champ &quot;medicationCodeableConcept&quot; absent</translation>
    </message>
    <message>
        <source>field &quot;valueQuantity.value&quot; is missing</source>
        <translation>champ &quot;valueQuantity.value&quot; absent</translation>
    </message>
    <message>
        <source>field &quot;period.start&quot; is missing or not a date</source>
        <translation>champ &quot;period.start&quot; absent ou invalide (date attendue)</translation>
    </message>
    <message>
        <source>field &quot;start&quot; is missing or not a date</source>
        <translation>champ &quot;start&quot; absent ou invalide (date attendue)</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is missing from the header</source>
        <translation>%1 : la colonne &quot;%2&quot; est absente de l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;%3&quot; is empty</source>
        <translation>%1, ligne %2 : la colonne &quot;%3&quot; est vide</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;%3&quot;: &quot;%4&quot; is not a date (DD/MM/YYYY)</source>
        <translation>%1, ligne %2 : colonne &quot;%3&quot; : « %4 » n&apos;est pas une date (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;heure&quot;: &quot;%3&quot; is not a time (HH:MM)</source>
        <translation>%1, ligne %2 : colonne &quot;heure&quot; : « %3 » n&apos;est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;sexe&quot;: &quot;%3&quot; is not M, F or I</source>
        <translation>%1, ligne %2 : colonne &quot;sexe&quot; : « %3 » n&apos;est pas M, F ni I</translation>
    </message>
    <message>
        <source>%1, line %2: column &quot;statut identite&quot;: &quot;%3&quot; is not PROV, VALI, RECUP or QUAL</source>
        <translation>%1, ligne %2 : colonne &quot;statut identite&quot; : « %3 » n&apos;est pas PROV, VALI, RECUP ni QUAL</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Nothing to import: give FHIR (.json, .ndjson) or CSV files</source>
        <translation>Rien à importer : indiquez des fichiers FHIR (.json, .ndjson) ou CSV</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed</source>
        <translation>Importation annulée : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>(nothing was imported)</source>
        <translation>(rien n&apos;a été importé)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: the manifest names %2, which is not beside it</source>
        <translation>%1 : le manifeste mentionne %2, qui ne se trouve pas dans le même dossier</translation>
    </message>
    <message>
        <source>field &quot;identifier&quot; (RPPS): &quot;%1&quot; is not 11 digits with a valid key</source>
        <translation>champ « identifier » (RPPS) : « %1 » n&apos;est pas un numéro de 11 chiffres à la clé valide</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is missing, and so is the entry&apos;s &quot;fullUrl&quot;</source>
        <translation>champ &quot;id&quot; absent, et l&apos;entrée n&apos;a pas de &quot;fullUrl&quot;</translation>
    </message>
</context>
<context>
    <name>relais::SubstanceRules</name>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no</source>
        <translation>%1 : « %2 » n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days (0 to 366)</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre de jours (0 à 366)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: 10 columns expected, %2 found</source>
        <translation>%1 : 10 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>%1: the substance is empty</source>
        <translation>%1 : la substance est vide</translation>
    </message>
    <message>
        <source>%1: every rule names its source</source>
        <translation>%1 : chaque règle doit citer sa source</translation>
    </message>
    <message>
        <source>%1: the limit with renewals is shorter than without</source>
        <translation>%1 : la limite renouvellements compris est plus courte que sans</translation>
    </message>
    <message>
        <source>%1: a substance and its source expected</source>
        <translation>%1 : une substance et sa source sont attendues</translation>
    </message>
    <message>
        <source>%1, %2: no rule found</source>
        <translation>%1, %2 : aucune règle trouvée</translation>
    </message>
</context>
<context>
    <name>relais::SyncSettings</name>
    <message>
        <source>The certificate file %1 cannot be read</source>
        <translation>Le fichier de certificat %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu dans %1</translation>
    </message>
</context>
<context>
    <name>relais::TestPage</name>
    <message>
        <source>Relais — printer test page</source>
        <translation>Relais — page de test de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Imprimante : %1</translation>
    </message>
    <message>
        <source>(default printer)</source>
        <translation>(imprimante par défaut)</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Imprimée le : %1</translation>
    </message>
    <message>
        <source>Calibration: %1 mm horizontal, %2 mm vertical</source>
        <translation>Calibrage : %1 mm horizontal, %2 mm vertical</translation>
    </message>
    <message>
        <source>Each cross must be 20 mm from the edges of the sheet and the square 100 mm wide. If not, enter the shift in Printer calibration and print this page again.</source>
        <translation>Chaque croix doit être à 20 mm des bords de la feuille et le carré doit mesurer 100 mm. Sinon, saisissez le décalage dans Calibrage de l&apos;imprimante et imprimez à nouveau cette page.</translation>
    </message>
</context>
<context>
    <name>relais::Vault</name>
    <message>
        <source>Vault file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier du coffre %1 : %2</translation>
    </message>
    <message>
        <source>Vault file %1 is NOT encrypted (plain SQLite header). Relais refuses to use it.</source>
        <translation>Le fichier du coffre %1 n&apos;est PAS chiffré (en-tête SQLite en clair). Relais refuse de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>A vault already exists at %1</source>
        <translation>Un coffre existe déjà : %1</translation>
    </message>
    <message>
        <source>The passphrase is empty</source>
        <translation>La phrase de passe est vide</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>No vault at %1</source>
        <translation>Aucun coffre trouvé : %1</translation>
    </message>
    <message>
        <source>The vault file %1 is missing (its key header is there)</source>
        <translation>Le fichier du coffre %1 est introuvable (son en-tête de clés est pourtant présent)</translation>
    </message>
    <message>
        <source>The key header %1 is missing: the vault cannot be opened without it. Restore it from a backup.</source>
        <translation>L&apos;en-tête de clés %1 est introuvable : le coffre ne peut pas être ouvert sans lui. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives infructueuses : attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives infructueuses : attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has no key slot named &quot;%1&quot;</source>
        <translation>Le coffre n&apos;a aucun emplacement de clé nommé « %1 »</translation>
    </message>
    <message>
        <source>Wrong recovery key for %1</source>
        <translation>Clé de secours incorrecte pour %1</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>Phrase de passe incorrecte pour %1</translation>
    </message>
    <message>
        <source>The key header does not match the vault file %1 (or the file is damaged)</source>
        <translation>L&apos;en-tête de clés ne correspond pas au fichier du coffre %1 (ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Impossible de lire le coffre %1 : %2</translation>
    </message>
    <message>
        <source>SQLCipher is not active: Relais refuses to run without encryption</source>
        <translation>SQLCipher n&apos;est pas actif : Relais refuse de fonctionner sans chiffrement</translation>
    </message>
    <message>
        <source>Cannot configure the vault %1: %2</source>
        <translation>Impossible de configurer le coffre %1 : %2</translation>
    </message>
    <message>
        <source>The key header does not belong to the vault file %1</source>
        <translation>L&apos;en-tête de clés n&apos;appartient pas au fichier du coffre %1</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre est verrouillé</translation>
    </message>
    <message>
        <source>A key slot needs a name</source>
        <translation>Un emplacement de clé doit avoir un nom</translation>
    </message>
    <message>
        <source>A key slot named &quot;%1&quot; already exists</source>
        <translation>Un emplacement de clé nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>No key slot %1</source>
        <translation>Emplacement de clé %1 introuvable</translation>
    </message>
    <message>
        <source>The last passphrase slot cannot be removed</source>
        <translation>Le dernier emplacement de phrase de passe ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>Encrypted page check failed: %1</source>
        <translation>Échec de la vérification des pages chiffrées : %1</translation>
    </message>
    <message>
        <source>Database structure check failed: %1</source>
        <translation>Échec de la vérification de la structure de la base de données : %1</translation>
    </message>
    <message>
        <source>The key header&apos;s record of the audit trail is damaged or was edited: the trail cannot be checked against it.</source>
        <translation>La trace du journal d&apos;audit gardée dans l&apos;en-tête de clés est endommagée ou a été modifiée : le journal ne peut pas être vérifié par rapport à elle.</translation>
    </message>
    <message>
        <source>The vault&apos;s audit trail ends at entry #%1 but its key header recorded #%2: the vault file was put back from an older copy and the last entries are lost.</source>
        <translation>Le journal d&apos;audit du coffre s&apos;arrête à l&apos;entrée n° %1 alors que son en-tête de clés a enregistré la n° %2 : le fichier du coffre a été remplacé par une copie plus ancienne et les dernières entrées sont perdues.</translation>
    </message>
    <message>
        <source>Audit entry #%1 is not the one the key header recorded: the vault file was replaced by another copy.</source>
        <translation>L&apos;entrée n° %1 du journal d&apos;audit n&apos;est pas celle que l&apos;en-tête de clés a enregistrée : le fichier du coffre a été remplacé par une autre copie.</translation>
    </message>
    <message>
        <source>The key slot &quot;%1&quot; unlocked this session: it cannot be removed now (unlock with another one first)</source>
        <translation>L&apos;emplacement de clé « %1 » a déverrouillé cette session : il ne peut pas être retiré maintenant (déverrouillez d&apos;abord avec un autre)</translation>
    </message>
</context>
<context>
    <name>relais::Vitals</name>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Tension artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Tension artérielle diastolique</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Capillary glucose</source>
        <translation>Glycémie capillaire</translation>
    </message>
    <message>
        <source>%1: %2 is impossible (expected %3 to %4 %5)</source>
        <translation>%1 : %2, valeur impossible (attendu : de %3 à %4 %5)</translation>
    </message>
    <message>
        <source>%1: %2 is unusual; check the value</source>
        <translation>%1 : %2, valeur inhabituelle ; vérifiez-la</translation>
    </message>
    <message>
        <source>Blood pressure: the diastolic (%1) must be lower than the systolic (%2)</source>
        <translation>Tension artérielle : la diastolique (%1) doit être inférieure à la systolique (%2)</translation>
    </message>
    <message>
        <source>Blood pressure: give both the systolic and the diastolic value</source>
        <translation>Tension artérielle : indiquez à la fois la systolique et la diastolique</translation>
    </message>
    <message>
        <source>BMI %1 kg/m² is unusual; check weight and height</source>
        <translation>IMC de %1 kg/m² inhabituel ; vérifiez le poids et la taille</translation>
    </message>
</context>
<context>
    <name>relais::Worksheet</name>
    <message>
        <source>Patient details</source>
        <translation>Données du patient</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>received by the EHR</source>
        <translation>reçu par le logiciel métier</translation>
    </message>
    <message>
        <source>conflict: compare</source>
        <translation>conflit : comparer</translation>
    </message>
    <message>
        <source>to enter in the EHR</source>
        <translation>à saisir dans le logiciel métier</translation>
    </message>
    <message>
        <source>Reconciliation worksheet</source>
        <translation>Feuille de rapprochement</translation>
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
        <translation>Élément</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Nothing recorded in Relais is owed to the EHR.</source>
        <translation>Rien de ce qui a été saisi dans Relais n&apos;est dû au logiciel métier.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>These patients were created in Relais but their identity matches another patient. Check in the EHR whether they are the same person before creating them there; Relais never merges them.</source>
        <translation>Ces patients ont été créés dans Relais mais leur identité correspond à celle d&apos;un autre patient. Vérifiez dans le logiciel métier s&apos;il s&apos;agit de la même personne avant de les y créer ; Relais ne les fusionne jamais.</translation>
    </message>
    <message>
        <source>Tick each line once it is entered or filed in the EHR. Handover made on %1.</source>
        <translation>Cochez chaque ligne une fois saisie ou classée dans le logiciel métier. Transmission faite le %1.</translation>
    </message>
    <message>
        <source>RECONCILIATION WORKSHEET</source>
        <translation>FEUILLE DE RAPPROCHEMENT</translation>
    </message>
    <message>
        <source>Hand-back to the EHR after the outage</source>
        <translation>Retour au logiciel métier après la panne</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to check</source>
        <translation>
            <numerusform>%n élément à vérifier</numerusform>
            <numerusform>%n éléments à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::cli::Cli</name>
    <message>
        <source>Vault file (default: %1).</source>
        <translation>Fichier du coffre (par défaut : %1).</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (default: standard input).</source>
        <translation>Lire la phrase de passe sur la première ligne de FILE (par défaut : entrée standard).</translation>
    </message>
    <message>
        <source>Unlock with the recovery key read from FILE instead of a passphrase.</source>
        <translation>Déverrouiller avec la clé de secours lue dans FILE au lieu d&apos;une phrase de passe.</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages : fr ou en.</translation>
    </message>
    <message>
        <source>Tests only: minimal key derivation. Never use for real data.</source>
        <translation>Tests uniquement : dérivation de clé minimale. Ne jamais utiliser pour des données réelles.</translation>
    </message>
    <message>
        <source>Accept a passphrase zxcvbn rates too weak (demo vaults).</source>
        <translation>Accepter une phrase de passe jugée trop faible par zxcvbn (coffres de démonstration).</translation>
    </message>
    <message>
        <source>Print diagnostic lines (never secrets or patient data).</source>
        <translation>Afficher des lignes de diagnostic (jamais de secrets ni de données patients).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe : </translation>
    </message>
    <message>
        <source>Passphrase refused: %1</source>
        <translation>Phrase de passe refusée : %1</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase de passe : </translation>
    </message>
    <message>
        <source>A vault already exists at %1</source>
        <translation>Un coffre existe déjà : %1</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Vault created: %1</source>
        <translation>Coffre créé : %1</translation>
    </message>
    <message>
        <source>Recovery key (shown once; write it down and keep it in the practice safe):</source>
        <translation>Clé de secours (affichée une seule fois ; notez-la et conservez-la dans le coffre-fort du cabinet) :</translation>
    </message>
    <message>
        <source>OK: encryption and structure verified; %1</source>
        <translation>OK : chiffrement et structure vérifiés ; %1</translation>
    </message>
    <message>
        <source>--add and --slot cannot be combined with the recovery key</source>
        <translation>--add et --slot ne peuvent pas être utilisés avec la clé de secours</translation>
    </message>
    <message>
        <source>Key slot &quot;%1&quot; added</source>
        <translation>Emplacement de clé « %1 » ajouté</translation>
    </message>
    <message>
        <source>No passphrase slot to reset</source>
        <translation>Aucun emplacement de phrase de passe à réinitialiser</translation>
    </message>
    <message>
        <source>Passphrase changed for key slot &quot;%1&quot;</source>
        <translation>Phrase de passe modifiée pour l&apos;emplacement de clé « %1 »</translation>
    </message>
    <message>
        <source>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</source>
        <translation>Une phrase de passe n&apos;est jamais acceptée en argument (elle apparaîtrait dans la liste des processus) ; utilisez --passphrase-file FILE ou l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help)</source>
        <translation>Commande &quot;%1&quot; inconnue (voir --help)</translation>
    </message>
    <message>
        <source>demo: %1 / %2 patients</source>
        <translation>demo : %1 / %2 patients</translation>
    </message>
    <message>
        <source>%1 demo patients added (invented data, demo NIRs)</source>
        <translation>%1 patients de démonstration ajoutés (données fictives, NIR de démonstration)</translation>
    </message>
    <message>
        <source>find needs a query: a name, a date of birth or digits of a NIR or phone</source>
        <translation>find attend une requête : un nom, une date de naissance, ou des chiffres d&apos;un NIR ou d&apos;un numéro de téléphone</translation>
    </message>
    <message>
        <source>%1 match(es), %2 shown</source>
        <translation>%1 résultat(s), %2 affiché(s)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : lecture impossible</translation>
    </message>
    <message>
        <source>import: %1 resources read</source>
        <translation>import : %1 ressource(s) lue(s)</translation>
    </message>
    <message>
        <source>import --inbox needs the files or folders to seal</source>
        <translation>import --inbox exige les fichiers ou dossiers à sceller</translation>
    </message>
    <message>
        <source>Dry run: %1 records read, nothing sealed</source>
        <translation>Vérification seule : %1 enregistrement(s) lu(s), rien n&apos;a été scellé</translation>
    </message>
    <message>
        <source>%1 records sealed into %2; Relais merges them at the next unlock</source>
        <translation>%1 enregistrement(s) scellé(s) dans %2 ; Relais les fusionnera au prochain déverrouillage</translation>
    </message>
    <message>
        <source>Merged %1</source>
        <translation>Fusionné : %1</translation>
    </message>
    <message>
        <source>The inbox %1 holds no snapshot</source>
        <translation>Le dossier de dépôt %1 ne contient aucun instantané</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. It would give:</source>
        <translation>Vérification seule : rien n&apos;a été modifié. Résultat prévu :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Résultat de l&apos;importation :</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;</source>
        <translation>Aucun patient ne correspond à « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n prescription(s)</source>
        <translation>
            <numerusform>%n ordonnance</numerusform>
            <numerusform>%n ordonnances</numerusform>
        </translation>
    </message>
    <message>
        <source>print needs --prescription ID (a number, see the prescriptions command)</source>
        <translation>print exige --prescription ID (un numéro, voir la commande prescriptions)</translation>
    </message>
    <message>
        <source>print needs --pdf FILE</source>
        <translation>print exige --pdf FILE</translation>
    </message>
    <message>
        <source>Prescription %1 written to %2</source>
        <translation>Ordonnance %1 écrite dans %2</translation>
    </message>
    <message>
        <source>import-bdpm needs --dir DIR, the folder holding the BDPM files</source>
        <translation>import-bdpm nécessite --dir DIR, le dossier contenant les fichiers BDPM</translation>
    </message>
    <message>
        <source>%1 medicines and %2 presentations imported into %3 (BDPM files of %4); %5 malformed row(s) left out</source>
        <translation>%1 médicaments et %2 présentations importés dans %3 (fichiers BDPM du %4) ; %5 ligne(s) mal formée(s) ignorée(s)</translation>
    </message>
    <message>
        <source>drugs needs a query: a substance, a brand or a CIS or CIP code</source>
        <translation>drugs nécessite une recherche : une substance, un nom de marque, ou un code CIS ou CIP</translation>
    </message>
    <message>
        <source>%1 match(es); %2</source>
        <translation>%1 résultat(s) ; %2</translation>
    </message>
    <message>
        <source>export needs --out DIR</source>
        <translation>export nécessite --out DIR</translation>
    </message>
    <message>
        <source>Passphrase for the export: </source>
        <translation>Phrase de passe pour l&apos;export : </translation>
    </message>
    <message>
        <source>export: %1 / %2 patients</source>
        <translation>export : %1 / %2 patients</translation>
    </message>
    <message>
        <source>Export written: %1</source>
        <translation>Export enregistré : %1</translation>
    </message>
    <message>
        <source>%1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s)</source>
        <translation>%1 patient(s), %2 consultation(s), %3 ordonnance(s), %4 fichier(s)</translation>
    </message>
    <message>
        <source>open-export needs the archive and --out DIR</source>
        <translation>open-export nécessite l&apos;archive et --out DIR</translation>
    </message>
    <message>
        <source>Passphrase of the export: </source>
        <translation>Phrase de passe de l&apos;export : </translation>
    </message>
    <message>
        <source>%1 file(s) written to %2, all matching the manifest</source>
        <translation>%1 fichier(s) écrit(s) dans %2, tous conformes au manifeste</translation>
    </message>
    <message>
        <source>sync needs --server URL</source>
        <translation>sync nécessite --server URL</translation>
    </message>
    <message>
        <source>%1 Bundle(s) sent: %2 accepted, %3 failed, %4 in conflict</source>
        <translation>%1 Bundle(s) envoyé(s) : %2 accepté(s), %3 en échec, %4 en conflit</translation>
    </message>
    <message>
        <source>Outbox: %1 acknowledged, %2 failed, %3 conflict, %4 pending</source>
        <translation>File d&apos;envoi : %1 reçu(s), %2 en échec, %3 en conflit, %4 en attente</translation>
    </message>
    <message>
        <source>To check in the EHR: %1</source>
        <translation>À vérifier dans le logiciel métier : %1</translation>
    </message>
    <message>
        <source>Last verified backup: %1</source>
        <translation>Dernière sauvegarde vérifiée : %1</translation>
    </message>
    <message>
        <source>Last verified backup: none</source>
        <translation>Dernière sauvegarde vérifiée : aucune</translation>
    </message>
    <message>
        <source>--keep takes three numbers, daily,weekly,monthly (daily at least 1), for example 7,4,12</source>
        <translation>--keep attend trois nombres, quotidiennes,hebdomadaires,mensuelles (au moins 1 quotidienne), par exemple 7,4,12</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>%1 table(s), %2 row(s), audit trail up to #%3</source>
        <translation>%1 table(s), %2 ligne(s), journal d&apos;audit jusqu&apos;au n° %3</translation>
    </message>
    <message>
        <source>Removed by the rotation: %1</source>
        <translation>Supprimée par la rotation : %1</translation>
    </message>
    <message>
        <source>verify-backup needs the backup folder: verify-backup BACKUP</source>
        <translation>verify-backup nécessite le dossier de la sauvegarde : verify-backup BACKUP</translation>
    </message>
    <message>
        <source>OK: backup %1 verified (files, encryption, structure, %2 audit entries, %3 row(s) as in its manifest), made %4</source>
        <translation>OK : sauvegarde %1 vérifiée (fichiers, chiffrement, structure, %2 entrées d&apos;audit, %3 ligne(s) conformes à son manifeste), faite le %4</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP</source>
        <translation>restore nécessite --from BACKUP</translation>
    </message>
    <message>
        <source>Vault restored from %1 (made %2) into %3</source>
        <translation>Coffre restauré depuis %1 (faite le %2) dans %3</translation>
    </message>
    <message>
        <source>The previous vault is kept as %1</source>
        <translation>Le coffre précédent est conservé sous %1</translation>
    </message>
    <message>
        <source>Full export: %1 patient(s) of the vault are not in it and will be marked &quot;no longer in the EHR export&quot; (not deleted)</source>
        <translation>Export complet : %1 patient(s) du coffre n&apos;y figure(nt) pas et sera(ont) signalé(s) « absent(s) de l&apos;export du logiciel métier » (non supprimé(s))</translation>
    </message>
    <message>
        <source>set aside as %1; it will not be tried again</source>
        <translation>mis de côté sous le nom %1 ; il ne sera pas réessayé</translation>
    </message>
    <message>
        <source>Set aside earlier, not tried again: %1 (%2)</source>
        <translation>Mis de côté précédemment, pas réessayé : %1 (%2)</translation>
    </message>
    <message>
        <source>reason unknown</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>backup needs --to DIR (no backup folder is chosen for this vault yet)</source>
        <translation>backup demande --to DOSSIER (aucun dossier de sauvegarde n&apos;est encore choisi pour ce coffre)</translation>
    </message>
    <message>
        <source>drill needs --report FILE.pdf</source>
        <translation>drill a besoin de --report FICHIER.pdf</translation>
    </message>
    <message>
        <source>Manual step: rehearsed in the application (File → Outage drill), not by relais-cli</source>
        <translation>Étape manuelle : répétée dans l&apos;application (Fichier → Exercice de panne), pas par relais-cli</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>Drill report written to %1 and kept in the vault (#%2)</source>
        <translation>Rapport d&apos;exercice écrit dans %1 et conservé dans le coffre (n° %2)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--since attend une date AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--until attend une date AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <source>--patient takes the patient&apos;s row number</source>
        <translation>--patient attend le numéro de ligne du patient</translation>
    </message>
    <message>
        <source>The vault has no key slot named &quot;%1&quot;</source>
        <translation>Le coffre n&apos;a aucun emplacement de clé nommé « %1 »</translation>
    </message>
    <message>
        <source>The report names the patient: the file holds personal health data in clear.</source>
        <translation>Le rapport nomme le patient : le fichier contient des données de santé personnelles en clair.</translation>
    </message>
    <message numerus="yes">
        <source>Audit report written to %1 (%n entries)</source>
        <translation>
            <numerusform>Rapport d&apos;audit écrit dans %1 (%n entrée(s))</numerusform>
            <numerusform>Rapport d&apos;audit écrit dans %1 (%n entrée(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain check: %1</source>
        <translation>Vérification de la chaîne : %1</translation>
    </message>
    <message>
        <source>--patients takes a number from 1 to 1000000 (0 on an existing vault: appointments only)</source>
        <translation>--patients prend un nombre de 1 à 1000000 (0 sur un coffre existant : rendez-vous seulement)</translation>
    </message>
    <message>
        <source>%1 demo appointments today and tomorrow</source>
        <translation>%1 rendez-vous de démonstration aujourd&apos;hui et demain</translation>
    </message>
    <message>
        <source>Read the export&apos;s passphrase from FILE (default: standard input).</source>
        <translation>Lire la phrase de passe de l&apos;export dans FILE (par défaut : entrée standard).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Obligatoire. %1</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut : %1)</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos; (see relais-cli %1 --help)</source>
        <translation>%1 : option inconnue « %2 » (voir relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: %2 (see relais-cli %1 --help)</source>
        <translation>%1 : %2 (voir relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1 needs %2 (see relais-cli %1 --help)</source>
        <translation>%1 nécessite %2 (voir relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos; (see relais-cli %1 --help)</source>
        <translation>%1 : argument inattendu « %2 » (voir relais-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: fonts are not available in this process</source>
        <translation>%1 : les polices ne sont pas disponibles dans ce processus</translation>
    </message>
    <message>
        <source>Relais command-line tool.</source>
        <translation>Outil en ligne de commande de Relais.</translation>
    </message>
    <message>
        <source>Usage: relais-cli COMMAND [options] [arguments]</source>
        <translation>Utilisation : relais-cli COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <source>       relais-cli COMMAND --help   (the command&apos;s options and arguments)</source>
        <translation>       relais-cli COMMANDE --help   (les options et arguments de la commande)</translation>
    </message>
    <message>
        <source>       relais-cli --version</source>
        <translation>       relais-cli --version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options de toutes les commandes :</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 vault missing, corrupt or too new, 5 the readiness check has a red line, 6 a step of the drill failed, 1 anything else.</source>
        <translation>Codes de sortie : 0 succès, 2 utilisation incorrecte, 3 phrase de passe ou clé de secours incorrecte, 4 coffre absent, endommagé ou trop récent, 5 le contrôle de préparation a une ligne rouge, 6 une étape de l&apos;exercice a échoué, 1 toute autre erreur.</translation>
    </message>
    <message>
        <source>Give the command first, then its options: relais-cli COMMAND %1 … (see --help)</source>
        <translation>Indiquez d&apos;abord la commande, puis ses options : relais-cli COMMANDE %1 … (voir --help)</translation>
    </message>
    <message>
        <source>Give one command: %1 (see --help)</source>
        <translation>Indiquez une commande : %1 (voir --help)</translation>
    </message>
    <message>
        <source>the audit trail as the viewer shows it, then the chain check</source>
        <translation>le journal d&apos;audit tel que la visionneuse l&apos;affiche, puis la vérification de la chaîne</translation>
    </message>
    <message>
        <source>Only the entries of this practitioner (key slot label).</source>
        <translation>Seulement les entrées de ce praticien (nom de l&apos;emplacement de clé).</translation>
    </message>
    <message>
        <source>Entries from this day on (YYYY-MM-DD, local time).</source>
        <translation>Les entrées à partir de ce jour (AAAA-MM-JJ, heure locale).</translation>
    </message>
    <message>
        <source>Entries up to this day included (YYYY-MM-DD).</source>
        <translation>Les entrées jusqu&apos;à ce jour inclus (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>One action, by its id (patient.view) or its words (&quot;Record opened&quot;).</source>
        <translation>Une action, par son identifiant (patient.view) ou ses mots (« Dossier consulté »).</translation>
    </message>
    <message>
        <source>The entries about one patient (row number); names them.</source>
        <translation>Les entrées concernant un patient (numéro de ligne) ; le nomme.</translation>
    </message>
    <message>
        <source>Write the report (PDF) to FILE instead of printing the table.</source>
        <translation>Écrire le rapport (PDF) dans FILE au lieu d&apos;afficher le tableau.</translation>
    </message>
    <message>
        <source>write an encrypted copy of the vault, verify it, then rotate</source>
        <translation>écrire une copie chiffrée du coffre, la vérifier, puis appliquer la rotation</translation>
    </message>
    <message>
        <source>The folder that receives the backups (needed the first time; then the vault&apos;s folder).</source>
        <translation>Le dossier qui reçoit les sauvegardes (nécessaire la première fois ; ensuite le dossier du coffre).</translation>
    </message>
    <message>
        <source>Backups kept by the rotation, daily,weekly,monthly (default: the vault&apos;s counts).</source>
        <translation>Sauvegardes conservées par la rotation, quotidiennes,hebdomadaires,mensuelles (par défaut : les nombres du coffre).</translation>
    </message>
    <message>
        <source>the readiness check, one line per item; exit 5 when one is red</source>
        <translation>le contrôle de préparation, une ligne par élément ; sortie 5 si l&apos;un est rouge</translation>
    </message>
    <message>
        <source>Change a limit of the practice and keep it in the vault, NAME=VALUE (snapshot_green_hours, snapshot_amber_hours, backup_green_days, backup_amber_days, drill_green_days); repeatable.</source>
        <translation>Changer une limite du cabinet et la garder dans le coffre, NOM=VALEUR (snapshot_green_hours, snapshot_amber_hours, backup_green_days, backup_amber_days, drill_green_days) ; répétable.</translation>
    </message>
    <message>
        <source>add invented patients (demo data) to a vault, creating it if needed</source>
        <translation>ajouter des patients fictifs (données de démonstration) à un coffre, en le créant si besoin</translation>
    </message>
    <message>
        <source>Number of invented patients to add.</source>
        <translation>Nombre de patients fictifs à ajouter.</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same patients).</source>
        <translation>Graine du générateur (même graine, mêmes patients).</translation>
    </message>
    <message>
        <source>the outage drill&apos;s automatic steps; keeps the report and writes it; exit 6 when a step failed</source>
        <translation>les étapes automatiques de l&apos;exercice de panne ; conserve le rapport et l&apos;écrit ; sortie 6 si une étape a échoué</translation>
    </message>
    <message>
        <source>Write the drill report (PDF) to FILE.</source>
        <translation>Écrire le rapport d&apos;exercice (PDF) dans FILE.</translation>
    </message>
    <message>
        <source>The backup folder whose latest backup is restored (default: the application&apos;s backup folder).</source>
        <translation>Le dossier de sauvegardes dont la plus récente est restaurée (par défaut : le dossier de sauvegarde de l&apos;application).</translation>
    </message>
    <message>
        <source>search the drug reference (substance, brand, CIS or CIP), best first</source>
        <translation>rechercher dans le référentiel des médicaments (substance, marque, CIS ou CIP), meilleurs résultats d&apos;abord</translation>
    </message>
    <message>
        <source>A substance, a brand, or a CIS or CIP code.</source>
        <translation>Une substance, un nom de marque, ou un code CIS ou CIP.</translation>
    </message>
    <message>
        <source>At most N matches.</source>
        <translation>Au plus N résultats.</translation>
    </message>
    <message>
        <source>write what is owed to the EHR into one archive encrypted with a new passphrase</source>
        <translation>écrire ce qui est dû au logiciel métier dans une archive chiffrée avec une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>The folder to write the archive into.</source>
        <translation>Le dossier dans lequel écrire l&apos;archive.</translation>
    </message>
    <message>
        <source>search patients as the search box does</source>
        <translation>rechercher des patients comme le champ de recherche</translation>
    </message>
    <message>
        <source>A name, a date of birth, or digits of a NIR or phone.</source>
        <translation>Un nom, une date de naissance, ou des chiffres d&apos;un NIR ou d&apos;un numéro de téléphone.</translation>
    </message>
    <message>
        <source>build the drug reference beside the vault from the BDPM files (no passphrase)</source>
        <translation>construire le référentiel des médicaments à côté du coffre à partir des fichiers BDPM (sans phrase de passe)</translation>
    </message>
    <message>
        <source>The folder holding the BDPM files.</source>
        <translation>Le dossier contenant les fichiers BDPM.</translation>
    </message>
    <message>
        <source>bring the EHR&apos;s export (FHIR, NDJSON, CSV) into the vault, or seal it into the inbox (--inbox)</source>
        <translation>importer l&apos;export du logiciel métier (FHIR, NDJSON, CSV) dans le coffre, ou le sceller dans le dossier de dépôt (--inbox)</translation>
    </message>
    <message>
        <source>The export&apos;s files or folders (none: merge the inbox).</source>
        <translation>Les fichiers ou dossiers de l&apos;export (aucun : fusionner le dossier de dépôt).</translation>
    </message>
    <message>
        <source>Seal the files into this inbox folder for the next unlock (no passphrase needed).</source>
        <translation>Sceller les fichiers dans ce dossier de dépôt pour le prochain déverrouillage (sans phrase de passe).</translation>
    </message>
    <message>
        <source>Check everything, change nothing.</source>
        <translation>Tout vérifier, ne rien modifier.</translation>
    </message>
    <message>
        <source>The export is partial: do not mark missing patients as absent.</source>
        <translation>L&apos;export est partiel : ne pas signaler les patients manquants comme absents.</translation>
    </message>
    <message>
        <source>create a new vault (prints the recovery key once)</source>
        <translation>créer un coffre (affiche la clé de secours une seule fois)</translation>
    </message>
    <message>
        <source>Name of the first key slot (the practitioner).</source>
        <translation>Nom du premier emplacement de clé (le praticien).</translation>
    </message>
    <message>
        <source>decrypt an export archive (no vault needed)</source>
        <translation>déchiffrer une archive d&apos;export (sans coffre)</translation>
    </message>
    <message>
        <source>The archive written by export.</source>
        <translation>L&apos;archive écrite par export.</translation>
    </message>
    <message>
        <source>The folder to write into (new or empty).</source>
        <translation>Le dossier dans lequel écrire (nouveau ou vide).</translation>
    </message>
    <message>
        <source>change a slot&apos;s passphrase, or add a slot with --add</source>
        <translation>changer la phrase de passe d&apos;un emplacement, ou ajouter un emplacement avec --add</translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock with and change; with the recovery key, the passphrase slot to reset (default: the first).</source>
        <translation>Emplacement de clé (praticien) à déverrouiller et à modifier ; avec la clé de secours, l&apos;emplacement de phrase de passe à réinitialiser (par défaut : le premier).</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE (default: standard input).</source>
        <translation>Lire la nouvelle phrase de passe dans FILE (par défaut : entrée standard).</translation>
    </message>
    <message>
        <source>Add a new passphrase slot named LABEL instead of changing one.</source>
        <translation>Ajouter un nouvel emplacement de phrase de passe nommé LABEL au lieu d&apos;en modifier un.</translation>
    </message>
    <message>
        <source>list prescriptions (id, date, patient, prescriber)</source>
        <translation>lister les ordonnances (numéro, date, patient, prescripteur)</translation>
    </message>
    <message>
        <source>Only the prescriptions of the patients this search finds.</source>
        <translation>Seulement les ordonnances des patients que cette recherche trouve.</translation>
    </message>
    <message>
        <source>At most N prescriptions, the latest first.</source>
        <translation>Au plus N ordonnances, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>write a prescription&apos;s PDF (the stored one, or rendered and stored at the first print)</source>
        <translation>écrire le PDF d&apos;une ordonnance (celui conservé, ou rendu et conservé à la première impression)</translation>
    </message>
    <message>
        <source>The prescription&apos;s number (see the prescriptions command).</source>
        <translation>Le numéro de l&apos;ordonnance (voir la commande prescriptions).</translation>
    </message>
    <message>
        <source>Write the prescription&apos;s PDF to FILE (readable by its owner only).</source>
        <translation>Écrire le PDF de l&apos;ordonnance dans FILE (lisible par son seul propriétaire).</translation>
    </message>
    <message>
        <source>put a verified backup in place of the vault (the old one is kept aside)</source>
        <translation>remplacer le coffre par une sauvegarde vérifiée (l&apos;ancien est conservé à part)</translation>
    </message>
    <message>
        <source>The backup folder to restore.</source>
        <translation>Le dossier de la sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>list the key slots: label, kind, prescriber, created, last used</source>
        <translation>lister les emplacements de clé : nom, type, prescripteur, création, dernière utilisation</translation>
    </message>
    <message>
        <source>send what is owed to the EHR&apos;s FHIR server</source>
        <translation>envoyer ce qui est dû au serveur FHIR du logiciel métier</translation>
    </message>
    <message>
        <source>The EHR&apos;s FHIR base URL (https://, or http://127.0.0.1).</source>
        <translation>L&apos;URL de base FHIR du logiciel métier (https://, ou http://127.0.0.1).</translation>
    </message>
    <message>
        <source>Store the bearer token read from FILE in the vault (kept for the next syncs).</source>
        <translation>Enregistrer dans le coffre le jeton d&apos;accès lu dans FILE (conservé pour les synchronisations suivantes).</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM) to trust.</source>
        <translation>Un certificat d&apos;autorité de certification (PEM) supplémentaire à considérer comme fiable.</translation>
    </message>
    <message>
        <source>check a backup with a passphrase (or the recovery key) of its key header</source>
        <translation>vérifier une sauvegarde avec une phrase de passe (ou la clé de secours) de son en-tête de clés</translation>
    </message>
    <message>
        <source>The backup&apos;s folder.</source>
        <translation>Le dossier de la sauvegarde.</translation>
    </message>
    <message>
        <source>check encryption, structure and the audit chain</source>
        <translation>vérifier le chiffrement, la structure et la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock with.</source>
        <translation>Emplacement de clé (praticien) avec lequel déverrouiller.</translation>
    </message>
</context>
<context>
    <name>relais::cli::SecretInput</name>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Impossible de lire le fichier de secret %1 : %2</translation>
    </message>
    <message>
        <source>The secret file %1 is empty</source>
        <translation>Le fichier de secret %1 est vide</translation>
    </message>
    <message>
        <source>No secret was given on standard input</source>
        <translation>Aucun secret n&apos;a été fourni sur l&apos;entrée standard</translation>
    </message>
</context>
<context>
    <name>relais::ui::AddPartDialog</name>
    <message>
        <source>Allergy…</source>
        <translation>Allergie…</translation>
    </message>
    <message>
        <source>History item (antécédent)…</source>
        <translation>Antécédent…</translation>
    </message>
    <message>
        <source>ALD…</source>
        <translation>ALD…</translation>
    </message>
    <message>
        <source>Long-term treatment…</source>
        <translation>Traitement au long cours…</translation>
    </message>
    <message>
        <source>Weight and height…</source>
        <translation>Poids et taille…</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Ajouter une allergie</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substance :</translation>
    </message>
    <message>
        <source>for example Pénicillines</source>
        <translation>par exemple Pénicillines</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Réaction :</translation>
    </message>
    <message>
        <source>for example urticaria</source>
        <translation>par exemple urticaire</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Add a history item</source>
        <translation>Ajouter un antécédent</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Surgical</source>
        <translation>Chirurgical</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familial</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>for example Appendicectomy</source>
        <translation>par exemple Appendicectomie</translation>
    </message>
    <message>
        <source>&amp;Date (if known):</source>
        <translation>&amp;Date (si connue) :</translation>
    </message>
    <message>
        <source>&amp;CIM-10 code (if known):</source>
        <translation>Code &amp;CIM-10 (si connu) :</translation>
    </message>
    <message>
        <source>for example K35.8</source>
        <translation>par exemple K35.8</translation>
    </message>
    <message>
        <source>Add an ALD</source>
        <translation>Ajouter une ALD</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>A&amp;ffection :</translation>
    </message>
    <message>
        <source>for example Type 2 diabetes</source>
        <translation>par exemple Diabète de type 2</translation>
    </message>
    <message>
        <source>&amp;CIM-10 code:</source>
        <translation>Code &amp;CIM-10 :</translation>
    </message>
    <message>
        <source>for example E11</source>
        <translation>par exemple E11</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis le :</translation>
    </message>
    <message>
        <source>&amp;Until (if known):</source>
        <translation>&amp;Jusqu&apos;au (si connu) :</translation>
    </message>
    <message>
        <source>Add a long-term treatment</source>
        <translation>Ajouter un traitement au long cours</translation>
    </message>
    <message>
        <source>Active substance (&amp;DCI):</source>
        <translation>Substance active (&amp;DCI) :</translation>
    </message>
    <message>
        <source>for example METFORMINE</source>
        <translation>par exemple METFORMINE</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>D&amp;osage :</translation>
    </message>
    <message>
        <source>for example 1000 mg</source>
        <translation>par exemple 1000 mg</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>for example comprimé</source>
        <translation>par exemple comprimé</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Voie :</translation>
    </message>
    <message>
        <source>for example orale</source>
        <translation>par exemple orale</translation>
    </message>
    <message>
        <source>&amp;Brand (optional):</source>
        <translation>&amp;Nom commercial (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Posology:</source>
        <translation>&amp;Posologie :</translation>
    </message>
    <message>
        <source>for example 1 comprimé matin et soir</source>
        <translation>par exemple 1 comprimé matin et soir</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>for example 3 mois</source>
        <translation>par exemple 3 mois</translation>
    </message>
    <message>
        <source>Re&amp;newals:</source>
        <translation>&amp;Renouvellements :</translation>
    </message>
    <message>
        <source>Substitutable</source>
        <translation>Substituable</translation>
    </message>
    <message>
        <source>Non substituable (MTE — narrow therapeutic margin)</source>
        <translation>Non substituable (MTE — marge thérapeutique étroite)</translation>
    </message>
    <message>
        <source>Non substituable (EFG — child, no suitable generic form)</source>
        <translation>Non substituable (EFG — enfant, aucune forme galénique adaptée)</translation>
    </message>
    <message>
        <source>Non substituable (CIF — formal contraindication)</source>
        <translation>Non substituable (CIF — contre-indication formelle)</translation>
    </message>
    <message>
        <source>&amp;Substitution:</source>
        <translation>&amp;Substitution :</translation>
    </message>
    <message>
        <source>Prescribed for the ALD</source>
        <translation>Prescrit dans le cadre de l&apos;ALD</translation>
    </message>
    <message>
        <source>Add a weight and height</source>
        <translation>Ajouter un poids et une taille</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Weight (kg):</source>
        <translation>&amp;Poids (kg) :</translation>
    </message>
    <message>
        <source>for example 72,5</source>
        <translation>par exemple 72,5</translation>
    </message>
    <message>
        <source>&amp;Height (cm):</source>
        <translation>&amp;Taille (cm) :</translation>
    </message>
    <message>
        <source>for example 168</source>
        <translation>par exemple 168</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; type it as DD/MM/YYYY</source>
        <translation>%1 : « %2 » n&apos;est pas une date ; saisissez-la au format JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>History date</source>
        <translation>Date de l&apos;antécédent</translation>
    </message>
    <message>
        <source>ALD start</source>
        <translation>Début de l&apos;ALD</translation>
    </message>
    <message>
        <source>ALD end</source>
        <translation>Fin de l&apos;ALD</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>relais::ui::AppointmentsWidget</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>vu</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Click an appointment to open the patient&apos;s chart.</source>
        <translation>Cliquez sur un rendez-vous pour ouvrir le dossier du patient.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Patient in the vault</source>
        <translation>Patient présent dans le coffre</translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation>Patient inconnu</translation>
    </message>
    <message>
        <source>This appointment is not linked to a patient in the vault: search by name.</source>
        <translation>Ce rendez-vous n&apos;est lié à aucun patient du coffre : recherchez-le par son nom.</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s appointments (%n)</source>
        <translation>
            <numerusform>Rendez-vous du jour (%n)</numerusform>
            <numerusform>Rendez-vous du jour (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment imported for today or the next days.</source>
        <translation>Aucun rendez-vous importé pour aujourd&apos;hui ni pour les prochains jours.</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>relais::ui::AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Name or date of birth, then Enter</source>
        <translation>Nom ou date de naissance, puis Entrée</translation>
    </message>
    <message>
        <source>Every patient</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;raticien :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>This report will name the patient: the PDF file will hold personal health data in clear. Write it?</source>
        <translation>Ce rapport nommera le patient : le fichier PDF contiendra des données de santé personnelles en clair. L&apos;écrire ?</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n entries)</source>
        <translation>
            <numerusform>Rapport écrit : %1 (%n entrée(s))</numerusform>
            <numerusform>Rapport écrit : %1 (%n entrée(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-trail-%1.pdf</source>
        <translation>journal-audit-%1.pdf</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d&apos;audit</translation>
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
        <translation>Entrée n° %1 %2</translation>
    </message>
</context>
<context>
    <name>relais::ui::BackupRunner</name>
    <message>
        <source>The backup did not run</source>
        <translation>La sauvegarde ne s&apos;est pas exécutée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Stopping the backup…</source>
        <translation>Arrêt de la sauvegarde…</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>relais::ui::BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Relais writes an encrypted, verified copy of the vault into this folder (a USB disk or a network share) when you lock it or quit, if the last backup is more than a day old, and whenever you click &quot;Back up now&quot;.</source>
        <translation>Relais écrit une copie chiffrée et vérifiée du coffre dans ce dossier (un disque USB ou un partage réseau) quand vous le verrouillez ou quittez, si la dernière sauvegarde a plus d&apos;un jour, et chaque fois que vous cliquez sur « Sauvegarder maintenant ».</translation>
    </message>
    <message>
        <source>no folder chosen: no automatic backup</source>
        <translation>aucun dossier choisi : pas de sauvegarde automatique</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Daily copies kept:</source>
        <translation>Copies quotidiennes gardées :</translation>
    </message>
    <message>
        <source>Weekly copies kept:</source>
        <translation>Copies hebdomadaires gardées :</translation>
    </message>
    <message>
        <source>Monthly copies kept:</source>
        <translation>Copies mensuelles gardées :</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Last verified backup: none yet.</source>
        <translation>Dernière sauvegarde vérifiée : aucune pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>Dernière sauvegarde vérifiée : %1 (il y a %n jour(s)).</numerusform>
            <numerusform>Dernière sauvegarde vérifiée : %1 (il y a %n jour(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the folder.</source>
        <translation>
            <numerusform>%n sauvegarde(s) dans le dossier.</numerusform>
            <numerusform>%n sauvegarde(s) dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the backups (USB disk, network share)</source>
        <translation>Dossier des sauvegardes (disque USB, partage réseau)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ChartWidget</name>
    <message>
        <source>No chart open.

Type a few letters of a name in the search box on the left, then press Enter.</source>
        <translation>Aucun dossier ouvert.

Saisissez quelques lettres d&apos;un nom dans le champ de recherche à gauche, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>An invented patient for demonstrations and training: the name and the NIR are not real.</source>
        <translation>Patient fictif destiné aux démonstrations et à la formation : le nom et le NIR ne sont pas réels.</translation>
    </message>
    <message>
        <source>Correct &amp;identity…</source>
        <translation>Corriger l&apos;&amp;identité…</translation>
    </message>
    <message>
        <source>Correct the name, date of birth, social-security number, identity status, contact details or notes (Ctrl+I)</source>
        <translation>Corriger le nom, la date de naissance, le numéro de sécurité sociale, le statut de l&apos;identité, les coordonnées ou les notes (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Add to the chart</source>
        <translation>&amp;Ajouter au dossier</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>History (antécédents)</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <source>Long-term conditions (ALD)</source>
        <translation>Affections de longue durée (ALD)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Current long-term treatments</source>
        <translation>Traitements au long cours actuels</translation>
    </message>
    <message>
        <source>Weight and height</source>
        <translation>Poids et taille</translation>
    </message>
    <message>
        <source>No chart open.</source>
        <translation>Aucun dossier ouvert.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>This chart could not be opened: %1</source>
        <translation>Ce dossier n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>This chart could not be read again: %1</source>
        <translation>Ce dossier n&apos;a pas pu être relu : %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
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
        <translation>aucun numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>tel. %1</source>
        <translation>tél. %1</translation>
    </message>
    <message>
        <source>mobile %1</source>
        <translation>portable %1</translation>
    </message>
    <message>
        <source>Given names at birth: %1</source>
        <translation>Prénoms de naissance : %1</translation>
    </message>
    <message>
        <source>birth place (INSEE) %1</source>
        <translation>lieu de naissance (INSEE) %1</translation>
    </message>
    <message>
        <source>No address or phone number recorded</source>
        <translation>Aucune adresse ni aucun numéro de téléphone enregistrés</translation>
    </message>
    <message>
        <source>CIM-10 %1</source>
        <translation>CIM-10 %1</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Surgical</source>
        <translation>Chirurgical</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familial</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun élément enregistré</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>ALD</source>
        <translation>ALD</translation>
    </message>
    <message numerus="yes">
        <source>renew %n time(s)</source>
        <translation>
            <numerusform>à renouveler %n fois</numerusform>
            <numerusform>à renouveler %n fois</numerusform>
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
        <translation>IMC %1</translation>
    </message>
    <message>
        <source>(weight of %1)</source>
        <translation>(poids du %1)</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier measurement(s)</source>
        <translation>
            <numerusform>et %n mesure antérieure</numerusform>
            <numerusform>et %n mesures antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes. Add them with “Correct identity…”.</source>
        <translation>Aucune note. Ajoutez-en avec « Corriger l&apos;identité… ».</translation>
    </message>
    <message>
        <source>&amp;Prescription…</source>
        <translation>&amp;Ordonnance…</translation>
    </message>
    <message>
        <source>Write a prescription, a certificate or a document for this patient (Ctrl+P)</source>
        <translation>Rédiger une ordonnance, un certificat ou un document pour ce patient (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;new treatments…</source>
        <translation>Re&amp;nouveler les traitements…</translation>
    </message>
    <message>
        <source>A prescription with the current long-term treatments, to adjust</source>
        <translation>Une ordonnance reprenant les traitements au long cours, à ajuster</translation>
    </message>
    <message>
        <source>Prescriptions…</source>
        <translation>Ordonnances…</translation>
    </message>
    <message>
        <source>The prescriptions written for this patient, to view and reprint</source>
        <translation>Les ordonnances rédigées pour ce patient, à consulter et réimprimer</translation>
    </message>
    <message>
        <source>billed to the insured person&apos;s number %1</source>
        <translation>assuré sous le n° %1</translation>
    </message>
    <message>
        <source>born in %1 (INSEE %2)</source>
        <translation>né(e) à %1 (INSEE %2)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConflictDialog</name>
    <message>
        <source>Relais — patient changed in both places</source>
        <translation>Relais — patient modifié des deux côtés</translation>
    </message>
    <message>
        <source>This patient was changed in Relais and in the EHR software</source>
        <translation>Ce patient a été modifié dans Relais et dans le logiciel métier</translation>
    </message>
    <message>
        <source>The EHR software refused Relais&apos;s change because someone changed the same patient there during the outage. Compare the two versions (differences are highlighted) and choose the one to keep. The patient&apos;s consultations and prescriptions are sent either way.</source>
        <translation>Le logiciel métier a refusé la modification de Relais parce que quelqu&apos;un a modifié le même patient pendant la panne. Comparez les deux versions (les différences sont surlignées) et choisissez celle à garder. Les consultations et ordonnances du patient sont envoyées dans tous les cas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In Relais</source>
        <translation>Dans Relais</translation>
    </message>
    <message>
        <source>In the EHR software</source>
        <translation>Dans le logiciel métier</translation>
    </message>
    <message>
        <source>&amp;Keep Relais&apos;s version</source>
        <translation>&amp;Garder la version de Relais</translation>
    </message>
    <message>
        <source>Send Relais&apos;s version again; it replaces the EHR&apos;s</source>
        <translation>Renvoyer la version de Relais ; elle remplace celle du logiciel métier</translation>
    </message>
    <message>
        <source>&amp;Take the EHR&apos;s version</source>
        <translation>&amp;Reprendre la version du logiciel métier</translation>
    </message>
    <message>
        <source>Replace the details in Relais by the EHR&apos;s; the EHR&apos;s record is left as it is (allergies and history added in Relais still go)</source>
        <translation>Remplacer les données de Relais par celles du logiciel métier ; sa fiche n&apos;est pas modifiée (les allergies et antécédents ajoutés dans Relais lui sont tout de même transmis)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>The EHR&apos;s version could not be read. Keep Relais&apos;s version to send it again: if the EHR refuses it again, its version is read then and shown here.</source>
        <translation>La version du logiciel métier n&apos;a pas pu être lue. Gardez la version de Relais pour la renvoyer : si le logiciel métier la refuse encore, sa version sera lue à ce moment et affichée ici.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultationEditor</name>
    <message>
        <source>e.g. wrong weight typed; diagnosis specified after the lab results</source>
        <translation>ex. : poids mal saisi ; diagnostic précisé après les résultats biologiques</translation>
    </message>
    <message>
        <source>&amp;Why is it corrected?</source>
        <translation>Pour&amp;quoi cette correction ?</translation>
    </message>
    <message>
        <source>One a line; the CIM-10 code in brackets if known, e.g.
Acute tonsillitis (J03.9)</source>
        <translation>Un par ligne ; le code CIM-10 entre parenthèses s&apos;il est connu, ex. :
Amygdalite aiguë (J03.9)</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>R&amp;eason for visit</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>Dia&amp;gnoses</source>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Cond&amp;uite à tenir</translation>
    </message>
    <message>
        <source>Close the consultation</source>
        <translation>Clôturer la consultation</translation>
    </message>
    <message>
        <source>Validate and freeze this consultation (Ctrl+Enter). It can still be corrected afterwards.</source>
        <translation>Valider et figer cette consultation (Ctrl+Entrée). Elle pourra encore être corrigée ensuite.</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Print re&amp;port…</source>
        <translation>Imprimer le com&amp;pte rendu…</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>%1 — consultation of %2</source>
        <translation>%1 — consultation du %2</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Store this as a new version (Ctrl+Enter); the earlier ones stay readable.</source>
        <translation>Enregistrer comme nouvelle version (Ctrl+Entrée) ; les versions précédentes restent consultables.</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Being typed</source>
        <translation>En cours de saisie</translation>
    </message>
    <message>
        <source>Closed on %1 · version %2</source>
        <translation>Clôturée le %1 · version %2</translation>
    </message>
    <message>
        <source>Consultation — %1</source>
        <translation>Consultation — %1</translation>
    </message>
    <message>
        <source>Consultation (read only) — %1</source>
        <translation>Consultation (lecture seule) — %1</translation>
    </message>
    <message>
        <source>Typing not saved yet</source>
        <translation>Saisie pas encore enregistrée</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>No practitioner is recorded in this vault, so the report has no author. Add one in the settings (Settings, Practitioners), then print again.</source>
        <translation>Aucun praticien n&apos;est enregistré dans ce coffre : le compte rendu n&apos;a donc pas d&apos;auteur. Ajoutez-en un dans les paramètres (Paramètres, Praticiens), puis relancez l&apos;impression.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le compte rendu</translation>
    </message>
    <message>
        <source>Report signed by:</source>
        <translation>Compte rendu signé par :</translation>
    </message>
    <message>
        <source>Consultation report</source>
        <translation>Compte rendu de consultation</translation>
    </message>
    <message>
        <source>Print the consultation report</source>
        <translation>Imprimer le compte rendu de consultation</translation>
    </message>
    <message>
        <source>Report sent to the printer</source>
        <translation>Compte rendu envoyé à l&apos;imprimante</translation>
    </message>
    <message>
        <source>Empty consultation</source>
        <translation>Consultation vide</translation>
    </message>
    <message>
        <source>Nothing has been typed in this consultation. Discard it?</source>
        <translation>Rien n&apos;a été saisi dans cette consultation. La supprimer ?</translation>
    </message>
    <message>
        <source>Print the consultation report (compte rendu) for the patient or a colleague (Ctrl+P)</source>
        <translation>Imprimer le compte rendu de la consultation pour le patient ou un confrère (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Enter: close the consultation · Esc: leave (the draft is kept)</source>
        <translation>Ctrl+Entrée : clôturer la consultation · Échap : quitter (le brouillon est conservé)</translation>
    </message>
    <message>
        <source>Ctrl+Enter: save the correction · Esc: cancel it</source>
        <translation>Ctrl+Entrée : enregistrer la correction · Échap : l&apos;annuler</translation>
    </message>
    <message>
        <source>Ctrl+P: print the report · Esc: close</source>
        <translation>Ctrl+P : imprimer le compte rendu · Échap : fermer</translation>
    </message>
    <message>
        <source>Pre&amp;scription…</source>
        <translation>&amp;Ordonnance…</translation>
    </message>
    <message>
        <source>Write a prescription or a certificate for this consultation (Alt+S)</source>
        <translation>Rédiger une ordonnance ou un certificat pour cette consultation (Alt+O)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultationText</name>
    <message>
        <source>Reason for visit</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>BMI %1 kg/m²</source>
        <translation>IMC %1 kg/m²</translation>
    </message>
    <message>
        <source>Vitals</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Conduite à tenir</translation>
    </message>
    <message>
        <source>Imported from the practice software</source>
        <translation>Importée du logiciel métier</translation>
    </message>
    <message>
        <source>Imported from the practice software (data of %1 at %2)</source>
        <translation>Importée du logiciel métier (données du %1 à %2)</translation>
    </message>
    <message>
        <source>Recorded in Relais during the outage</source>
        <translation>Saisie dans Relais pendant la panne</translation>
    </message>
</context>
<context>
    <name>relais::ui::CreateVaultDialog</name>
    <message>
        <source>Relais — create the vault</source>
        <translation>Relais — création du coffre</translation>
    </message>
    <message>
        <source>Welcome to Relais</source>
        <translation>Bienvenue dans Relais</translation>
    </message>
    <message>
        <source>Relais keeps an encrypted copy of your patient records on this computer, so that you can keep working when your usual medical software is unavailable. The vault can only be opened with the passphrase you choose here, or with the recovery key shown next.</source>
        <translation>Relais conserve une copie chiffrée de vos dossiers patients sur cet ordinateur, pour que vous puissiez continuer à travailler lorsque votre logiciel métier habituel est indisponible. Le coffre ne peut être ouvert qu&apos;avec la phrase de passe que vous choisissez ici, ou avec la clé de secours affichée ensuite.</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Fichier du coffre : %1</translation>
    </message>
    <message>
        <source>e.g. Dr Marie Martin</source>
        <translation>ex. : Dr Marie Martin</translation>
    </message>
    <message>
        <source>Practitioner&apos;s &amp;name:</source>
        <translation>&amp;Nom du praticien :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words, such as &quot;lighthouse parsley violin November&quot;, are easy to remember and hard to guess.</source>
        <translation>Conseil : quatre ou cinq mots sans rapport entre eux, comme « phare persil violon novembre », sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name to continue.</source>
        <translation>Saisissez le nom du praticien pour continuer.</translation>
    </message>
</context>
<context>
    <name>relais::ui::DrillDialog</name>
    <message>
        <source>Outage drill</source>
        <translation>Exercice de panne</translation>
    </message>
    <message>
        <source>A timed rehearsal of an outage, on a training vault filled with invented patients: the practice&apos;s records are never touched. Each step is timed against its target; at the end the report is kept in the vault.</source>
        <translation>Une répétition chronométrée d&apos;une panne, sur un coffre d&apos;entraînement rempli de patients fictifs : les dossiers du cabinet ne sont jamais modifiés. Chaque étape est chronométrée par rapport à son objectif ; à la fin, le rapport est conservé dans le coffre.</translation>
    </message>
    <message>
        <source>Taking part:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the drill report</source>
        <translation>Enregistrer le rapport d&apos;exercice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <source>Skipped during the drill</source>
        <translation>Passée pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Type your passphrase as at an unlock. It is checked against the vault&apos;s key header; it also opens the backup at the restore step.</source>
        <translation>Saisir votre phrase de passe comme au déverrouillage. Elle est vérifiée sur l&apos;en-tête de clés du coffre ; elle ouvre aussi la sauvegarde à l&apos;étape de restauration.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Find this invented patient of the training vault (the name is shown in the field).</source>
        <translation>Retrouver ce patient fictif du coffre d&apos;entraînement (son nom est affiché dans le champ).</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Recherche :</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Record a short consultation for the patient found, as during an outage, and finalise it.</source>
        <translation>Saisir une courte consultation pour le patient retrouvé, comme pendant une panne, et la valider.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <source>Finalise the consultation</source>
        <translation>Valider la consultation</translation>
    </message>
    <message>
        <source>Print a paracetamol prescription for this patient to a PDF, then open it to check it, or on the practice&apos;s printer.</source>
        <translation>Imprimer une ordonnance de paracétamol pour ce patient en PDF, puis l&apos;ouvrir pour la contrôler, ou sur l&apos;imprimante du cabinet.</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Imprimer en PDF</translation>
    </message>
    <message>
        <source>Print on paper…</source>
        <translation>Imprimer sur papier…</translation>
    </message>
    <message>
        <source>Write the handover archive of the training vault (what would go back to the EHR), then open it and check every file against its manifest.</source>
        <translation>Écrire l&apos;archive de restitution du coffre d&apos;entraînement (ce qui repartirait vers le logiciel métier), puis l&apos;ouvrir et contrôler chaque fichier par rapport à son manifeste.</translation>
    </message>
    <message>
        <source>Export and open</source>
        <translation>Exporter et ouvrir</translation>
    </message>
    <message>
        <source>Restore the newest backup into a temporary file and verify it. The practice&apos;s vault is not touched.</source>
        <translation>Restaurer la sauvegarde la plus récente dans un fichier temporaire et la vérifier. Le coffre du cabinet n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder of the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sauvegardes :</translation>
    </message>
    <message>
        <source>Restore and verify</source>
        <translation>Restaurer et vérifier</translation>
    </message>
    <message>
        <source>Read the readiness check of the practice&apos;s vault as it is now; it goes into the report.</source>
        <translation>Lire l&apos;état de préparation du coffre du cabinet tel qu&apos;il est maintenant ; il figure dans le rapport.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Que faire : %2</translation>
    </message>
    <message>
        <source>Drill passed: %1</source>
        <translation>Exercice réussi : %1</translation>
    </message>
    <message>
        <source>Drill failed: %1</source>
        <translation>Exercice en échec : %1</translation>
    </message>
    <message>
        <source>Actions to take:</source>
        <translation>Actions à mener :</translation>
    </message>
    <message>
        <source>The report could not be kept in the vault: %1</source>
        <translation>Le rapport n&apos;a pas pu être conservé dans le coffre : %1</translation>
    </message>
    <message>
        <source>The report is kept in the vault (readiness check).</source>
        <translation>Le rapport est conservé dans le coffre (état de préparation).</translation>
    </message>
    <message>
        <source>Drill passed</source>
        <translation>Exercice réussi</translation>
    </message>
    <message>
        <source>Drill failed</source>
        <translation>Exercice en échec</translation>
    </message>
    <message>
        <source>%1 — target %2</source>
        <translation>%1 — objectif %2</translation>
    </message>
</context>
<context>
    <name>relais::ui::DrugReferenceDialog</name>
    <message>
        <source>Drug reference (BDPM)</source>
        <translation>Référence des médicaments (BDPM)</translation>
    </message>
    <message>
        <source>While a prescription is written, Relais offers the medicines of the public drug database (BDPM), without the network. To bring it up to date, download the files CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt and CIS_CPD_bdpm.txt from base-donnees-publique.medicaments.gouv.fr while the network works, put them in one folder and choose it here.</source>
        <translation>Pendant la rédaction d&apos;une ordonnance, Relais propose les médicaments de la Base de données publique des médicaments (BDPM), sans réseau. Pour la mettre à jour, téléchargez les fichiers CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt et CIS_CPD_bdpm.txt sur base-donnees-publique.medicaments.gouv.fr tant que le réseau fonctionne, placez-les dans un même dossier et choisissez-le ici.</translation>
    </message>
    <message>
        <source>Folder holding the four BDPM files</source>
        <translation>Dossier contenant les quatre fichiers de la BDPM</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Update the reference</source>
        <translation>&amp;Mettre à jour la référence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Folder of the BDPM files</source>
        <translation>Dossier des fichiers de la BDPM</translation>
    </message>
    <message>
        <source>No drug reference yet: prescription lines are typed in full.</source>
        <translation>Pas encore de référence des médicaments : les lignes d&apos;ordonnance se saisissent en entier.</translation>
    </message>
    <message>
        <source>The drug reference cannot be used: %1</source>
        <translation>La référence des médicaments est inutilisable : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n medicine(s), imported on %2.</source>
        <translation>
            <numerusform>%1 : %n médicament, importée le %2.</numerusform>
            <numerusform>%1 : %n médicaments, importée le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Missing in %1: %2. Nothing was changed.</source>
        <translation>Manquant dans %1 : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reading the BDPM files…</source>
        <translation>Lecture des fichiers de la BDPM…</translation>
    </message>
    <message>
        <source>The reference was not changed: %1</source>
        <translation>La référence n&apos;a pas été modifiée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n medicine(s), %1 presentation(s) (files of %2).</source>
        <translation>
            <numerusform>Mise à jour : %n médicament, %1 présentation(s) (fichiers du %2).</numerusform>
            <numerusform>Mise à jour : %n médicaments, %1 présentation(s) (fichiers du %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed row(s) left out:</source>
        <translation>
            <numerusform>%n ligne mal formée ignorée :</numerusform>
            <numerusform>%n lignes mal formées ignorées :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::DuplicateDialog</name>
    <message>
        <source>Relais — possible duplicate</source>
        <translation>Relais — doublon possible</translation>
    </message>
    <message>
        <source>This patient may already be in Relais</source>
        <translation>Ce patient figure peut-être déjà dans Relais</translation>
    </message>
    <message>
        <source>Two charts for one person split the history and the allergies. Open the existing chart unless you are sure this is someone else.</source>
        <translation>Deux dossiers pour une même personne dispersent les antécédents et les allergies. Ouvrez le dossier existant, sauf si vous êtes sûr qu&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>%1 — born %2 — %3</source>
        <translation>%1 — né %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Open the existing chart</source>
        <translation>&amp;Ouvrir le dossier existant</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>&amp;Créer quand même</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Retour au formulaire</translation>
    </message>
</context>
<context>
    <name>relais::ui::HandoverExportDialog</name>
    <message>
        <source>Export a handover folder</source>
        <translation>Exporter un dossier de transmission</translation>
    </message>
    <message>
        <source>Writes everything recorded in Relais during the outage into one encrypted file: FHIR data, one PDF per consultation to file in the patient&apos;s record, and a worksheet to tick off. Choose a passphrase for this file only and give it to the secretary separately (by phone, never with the USB stick).</source>
        <translation>Écrit tout ce qui a été saisi dans Relais pendant la panne dans un seul fichier chiffré : les données FHIR, un PDF par consultation à classer dans le dossier du patient et une feuille de rapprochement à cocher. Choisissez une phrase secrète propre à ce fichier et donnez-la séparément au secrétariat (par téléphone, jamais avec la clé USB).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Several words, not the vault&apos;s passphrase</source>
        <translation>Plusieurs mots, pas la phrase secrète du coffre</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Export &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de l&apos;export :</translation>
    </message>
    <message>
        <source>%v / %m patients</source>
        <translation>%v / %m patients</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Where to write the handover file</source>
        <translation>Où écrire le fichier de transmission</translation>
    </message>
    <message>
        <source>Choose the folder (for example the USB stick) to continue.</source>
        <translation>Choisissez le dossier (par exemple la clé USB) pour continuer.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the export to continue.</source>
        <translation>Choisissez une phrase secrète pour l&apos;export pour continuer.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Export written:&lt;/b&gt; %1&lt;br&gt;%2 patient(s), %3 consultation(s), %4 prescription(s).&lt;br&gt;Open it with the passphrase you chose (relais-cli open-export).</source>
        <translation>&lt;b&gt;Export écrit :&lt;/b&gt; %1&lt;br&gt;%2 patient(s), %3 consultation(s), %4 ordonnance(s).&lt;br&gt;Ouvrez-le avec la phrase secrète choisie (relais-cli open-export).</translation>
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
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Kept (changed in Relais)</source>
        <translation>Conservés (modifiés dans Relais)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Records changed in Relais during the outage: the export never overwrites them.</source>
        <translation>Enregistrements modifiés dans Relais pendant la panne : l&apos;export ne les écrase jamais.</translation>
    </message>
    <message>
        <source>Read but not kept (inactive, or a type Relais does not keep).</source>
        <translation>Lus mais non conservés (inactifs, ou d&apos;un type que Relais ne conserve pas).</translation>
    </message>
    <message>
        <source>The export held no record Relais keeps.</source>
        <translation>L&apos;export ne contenait aucun enregistrement conservé par Relais.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) no longer in the practice software&apos;s export: marked in their chart, not deleted.</source>
        <translation>
            <numerusform>%n patient ne figure plus dans l&apos;export du logiciel métier : signalé dans son dossier, non supprimé.</numerusform>
            <numerusform>%n patients ne figurent plus dans l&apos;export du logiciel métier : signalés dans leur dossier, non supprimés.</numerusform>
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
        <translation>Antécédents et ALD</translation>
    </message>
    <message>
        <source>Treatments (statements)</source>
        <translation>Traitements (déclarés)</translation>
    </message>
    <message>
        <source>Treatments (prescriptions)</source>
        <translation>Traitements (prescrits)</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Patients (CSV list)</source>
        <translation>Patients (liste CSV)</translation>
    </message>
    <message>
        <source>Appointments (CSV list)</source>
        <translation>Rendez-vous (liste CSV)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ImportWizard</name>
    <message>
        <source>Import an export of the practice software</source>
        <translation>Importer un export du logiciel métier</translation>
    </message>
    <message>
        <source>Choose the files exported by the practice software, or the folder that holds them: a FHIR Bundle (.json), a Bulk Data set (.ndjson files with their manifest) or the patient and appointment lists (.csv). Records changed in Relais are never overwritten; the import is all or nothing.</source>
        <translation>Choisissez les fichiers exportés par le logiciel métier, ou le dossier qui les contient : un Bundle FHIR (.json), un jeu Bulk Data (fichiers .ndjson avec leur manifeste) ou les listes de patients et de rendez-vous (.csv). Les enregistrements modifiés dans Relais ne sont jamais écrasés ; l&apos;importation se fait entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Check only (nothing is changed)</source>
        <translation>&amp;Vérification seule (aucune modification)</translation>
    </message>
    <message>
        <source>Reads everything and tells what the import would do, without changing the vault.</source>
        <translation>Lit tout et indique ce que ferait l&apos;importation, sans modifier le coffre.</translation>
    </message>
    <message>
        <source>&amp;Partial export (patients missing from it are not marked absent)</source>
        <translation>Export &amp;partiel (les patients qui n&apos;y figurent pas ne sont pas signalés absents)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Files exported by the practice software</source>
        <translation>Fichiers exportés par le logiciel métier</translation>
    </message>
    <message>
        <source>Exports (*.json *.ndjson *.csv);;All files (*)</source>
        <translation>Exports (*.json *.ndjson *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder exported by the practice software</source>
        <translation>Dossier exporté par le logiciel métier</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 records read…</source>
        <translation>%1 enregistrements lus…</translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation>Vérification de l&apos;export…</translation>
    </message>
    <message>
        <source>Importing the export…</source>
        <translation>Importation de l&apos;export…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Check only: nothing was changed. The import would give:</source>
        <translation>Vérification seule : rien n&apos;a été modifié. L&apos;importation donnerait :</translation>
    </message>
    <message>
        <source>Imported. Records changed in Relais during the outage were kept as they are.</source>
        <translation>Importation terminée. Les enregistrements modifiés dans Relais pendant la panne ont été conservés tels quels.</translation>
    </message>
    <message>
        <source>Check complete</source>
        <translation>Vérification terminée</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Correct the file or export it again from the practice software, then choose Back to try again.</source>
        <translation>Corrigez le fichier ou exportez-le de nouveau depuis le logiciel métier, puis choisissez Précédent pour réessayer.</translation>
    </message>
</context>
<context>
    <name>relais::ui::InboxMergeDialog</name>
    <message>
        <source>Merging the latest export</source>
        <translation>Fusion du dernier export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop: the snapshot being merged is not kept and stays in the inbox for the next unlock.</source>
        <translation>Arrêter : l&apos;instantané en cours de fusion n&apos;est pas intégré et reste dans le dossier de dépôt jusqu&apos;au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n export(s) of the practice software received while Relais was locked…</source>
        <translation>
            <numerusform>Fusion de %n export du logiciel métier reçu pendant que Relais était verrouillé…</numerusform>
            <numerusform>Fusion de %n exports du logiciel métier reçus pendant que Relais était verrouillé…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging the latest export… %1 records read</source>
        <translation>Fusion du dernier export… %1 enregistrements lus</translation>
    </message>
    <message>
        <source>Merge cancelled: the export not yet merged stays in the inbox for the next unlock.</source>
        <translation>Fusion annulée : l&apos;export pas encore fusionné reste dans le dossier de dépôt jusqu&apos;au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Rien n&apos;a été fusionné.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) merged. Records changed in Relais during the outage were kept as they are.</source>
        <translation>
            <numerusform>%n export fusionné. Les enregistrements modifiés dans Relais pendant la panne ont été conservés tels quels.</numerusform>
            <numerusform>%n exports fusionnés. Les enregistrements modifiés dans Relais pendant la panne ont été conservés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export received could not be merged: your patients stay as they were.</source>
        <translation>L&apos;export reçu n&apos;a pas pu être fusionné : vos patients restent tels qu&apos;ils étaient.</translation>
    </message>
    <message>
        <source>Set aside, will not be tried again (the patients already in Relais are all there; tell whoever runs the nightly export of the practice software):</source>
        <translation>Mis de côté, ne sera pas réessayé (les patients déjà dans Relais sont tous là ; prévenez la personne qui gère l&apos;export nocturne du logiciel métier) :</translation>
    </message>
    <message>
        <source>Not merged (kept in the inbox for the next unlock):</source>
        <translation>Non fusionnés (conservés dans le dossier de dépôt jusqu&apos;au prochain déverrouillage) :</translation>
    </message>
    <message>
        <source>Mark them and finish</source>
        <translation>Les signaler et terminer</translation>
    </message>
    <message numerus="yes">
        <source>This export is the full list of the practice, and %n patient(s) of Relais are not in it. Mark them &quot;no longer in the EHR export&quot;? Their charts stay in Relais, nothing is deleted. Cancel keeps this export in the inbox for the next unlock.</source>
        <translation>
            <numerusform>Cet export est la liste complète du cabinet, et %n patient de Relais n&apos;y figure pas. Le signaler « absent de l&apos;export du logiciel métier » ? Son dossier reste dans Relais, rien n&apos;est supprimé. Annuler garde cet export dans le dossier de dépôt jusqu&apos;au prochain déverrouillage.</numerusform>
            <numerusform>Cet export est la liste complète du cabinet, et %n patients de Relais n&apos;y figurent pas. Les signaler « absents de l&apos;export du logiciel métier » ? Leurs dossiers restent dans Relais, rien n&apos;est supprimé. Annuler garde cet export dans le dossier de dépôt jusqu&apos;au prochain déverrouillage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the merge…</source>
        <translation>Fin de la fusion…</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Auto-lock delay…</source>
        <translation>&amp;Délai de verrouillage automatique…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation>Délai de verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity:</source>
        <translation>Verrouiller le coffre après ce nombre de minutes d&apos;inactivité :</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>Unlocked by: %1</source>
        <translation>Déverrouillé par : %1</translation>
    </message>
    <message>
        <source>Auto-lock in %1</source>
        <translation>Verrouillage automatique dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed unlock attempt(s) since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice&apos;s computers.</source>
        <translation>
            <numerusform>%n tentative de déverrouillage infructueuse depuis le dernier déverrouillage, le %1 à %2. Si ce n&apos;était pas vous, prévenez la personne chargée de l&apos;informatique du cabinet.</numerusform>
            <numerusform>%n tentatives de déverrouillage infructueuses depuis le dernier déverrouillage, la dernière le %1 à %2. Si ce n&apos;était pas vous, prévenez la personne chargée de l&apos;informatique du cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import an export of the practice software…</source>
        <translation>&amp;Importer un export du logiciel métier…</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find a patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Correct identity…</source>
        <translation>&amp;Corriger l&apos;identité…</translation>
    </message>
    <message>
        <source>&amp;Prescription…</source>
        <translation>&amp;Ordonnance…</translation>
    </message>
    <message>
        <source>Prescriptions &amp;history…</source>
        <translation>&amp;Historique des ordonnances…</translation>
    </message>
    <message>
        <source>&amp;Practitioners…</source>
        <translation>&amp;Praticiens…</translation>
    </message>
    <message>
        <source>Printer &amp;calibration…</source>
        <translation>&amp;Calibrage de l&apos;imprimante…</translation>
    </message>
    <message>
        <source>&amp;Synchronisation…</source>
        <translation>&amp;Synchronisation…</translation>
    </message>
    <message>
        <source>Hand back to the practice software what was recorded in Relais</source>
        <translation>Transmettre au logiciel métier ce qui a été saisi dans Relais</translation>
    </message>
    <message>
        <source>&amp;Drug reference (BDPM)…</source>
        <translation>Référence des &amp;médicaments (BDPM)…</translation>
    </message>
    <message>
        <source>Renew &amp;treatments…</source>
        <translation>Renouveler les &amp;traitements…</translation>
    </message>
    <message>
        <source>A prescription renewing the chart&apos;s current treatments (%1)</source>
        <translation>Une ordonnance renouvelant les traitements en cours du dossier (%1)</translation>
    </message>
    <message>
        <source>&amp;Readiness check…</source>
        <translation>État de &amp;préparation…</translation>
    </message>
    <message>
        <source>Would the practice get through tomorrow&apos;s outage: backups, snapshot, recovery sheet…</source>
        <translation>Le cabinet passerait-il la panne de demain : sauvegardes, copie du logiciel métier, feuille de secours…</translation>
    </message>
    <message>
        <source>Outage &amp;drill…</source>
        <translation>E&amp;xercice de panne…</translation>
    </message>
    <message>
        <source>A timed rehearsal of an outage on invented patients, with a report kept in the vault</source>
        <translation>Une répétition chronométrée d&apos;une panne sur des patients fictifs, avec un rapport conservé dans le coffre</translation>
    </message>
    <message>
        <source>&amp;Vault access…</source>
        <translation>Accès au &amp;coffre…</translation>
    </message>
    <message>
        <source>Each practitioner&apos;s passphrase, the recovery key</source>
        <translation>La phrase de passe de chaque praticien, la clé de secours</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Who opened which record, printed, exported: the vault&apos;s journal</source>
        <translation>Qui a consulté quel dossier, imprimé, exporté : le journal du coffre</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
</context>
<context>
    <name>relais::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>relais::ui::PassphraseField</name>
    <message>
        <source>Several words you will remember</source>
        <translation>Plusieurs mots dont vous vous souviendrez</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>&amp;Confirm the passphrase:</source>
        <translation>&amp;Confirmez la phrase de passe :</translation>
    </message>
    <message>
        <source>Type a passphrase to see its strength.</source>
        <translation>Tapez une phrase secrète pour voir sa robustesse.</translation>
    </message>
    <message>
        <source>Choose a passphrase to continue.</source>
        <translation>Choisissez une phrase de passe pour continuer.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: add one or two words.</source>
        <translation>La phrase secrète est trop faible : ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation>Tapez la phrase secrète une seconde fois pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientEditorDialog</name>
    <message>
        <source>Correct the identity — %1</source>
        <translation>Corriger l&apos;identité — %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Type the identity exactly as written on the identity document (identity card, passport, residence permit). Fields marked * are required.</source>
        <translation>Saisissez l&apos;identité exactement comme elle figure sur la pièce d&apos;identité (carte d&apos;identité, passeport, titre de séjour). Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>&amp;Save the corrections</source>
        <translation>&amp;Enregistrer les corrections</translation>
    </message>
    <message>
        <source>&amp;Create the patient</source>
        <translation>&amp;Créer le patient</translation>
    </message>
    <message>
        <source>Identity (INS traits)</source>
        <translation>Identité (traits INS)</translation>
    </message>
    <message>
        <source>as on the identity document</source>
        <translation>comme sur la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>all of them, in order: Zoé Marie Louise</source>
        <translation>tous, dans l&apos;ordre : Zoé Marie Louise</translation>
    </message>
    <message>
        <source>Separate the given names with spaces, or with commas when one of them holds a space (Marie Claire, Zoé).</source>
        <translation>Séparez les prénoms par des espaces, ou par des virgules si l&apos;un d&apos;eux contient une espace (Marie Claire, Zoé).</translation>
    </message>
    <message>
        <source>filled from the list above</source>
        <translation>rempli à partir de la liste ci-dessus</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>INSEE code, e.g. 75056 (99xxx if born abroad)</source>
        <translation>Code INSEE, ex. : 75056 (99xxx si né à l&apos;étranger)</translation>
    </message>
    <message>
        <source>15 digits, e.g. 2 54 03 75 056 042 17</source>
        <translation>15 chiffres, ex. : 2 54 03 75 056 042 17</translation>
    </message>
    <message>
        <source>PROV — provisional</source>
        <translation>PROV — provisoire</translation>
    </message>
    <message>
        <source>VALI — checked against an identity document</source>
        <translation>VALI — vérifiée sur une pièce d&apos;identité</translation>
    </message>
    <message>
        <source>RECUP and QUAL need the national INSi service, which Relais cannot reach: they only come with the records imported from the practice software.</source>
        <translation>RECUP et QUAL nécessitent le téléservice national INSi, auquel Relais n&apos;a pas accès : ils ne proviennent que des dossiers importés du logiciel métier.</translation>
    </message>
    <message>
        <source>Doubtful or fictitious identity (stays provisional)</source>
        <translation>Identité douteuse ou fictive (reste provisoire)</translation>
    </message>
    <message>
        <source>&amp;Birth name *:</source>
        <translation>&amp;Nom de naissance * :</translation>
    </message>
    <message>
        <source>Birth &amp;given names:</source>
        <translation>&amp;Prénoms de naissance :</translation>
    </message>
    <message>
        <source>&amp;First given name *:</source>
        <translation>P&amp;remier prénom de naissance * :</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;Date of birth *:</source>
        <translation>&amp;Date de naissance * :</translation>
    </message>
    <message>
        <source>Birth &amp;place:</source>
        <translation>&amp;Lieu de naissance :</translation>
    </message>
    <message>
        <source>Social-security &amp;number:</source>
        <translation>Numéro de sécurité so&amp;ciale :</translation>
    </message>
    <message>
        <source>Identity &amp;status:</source>
        <translation>Statut de l&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>Usual name and contact</source>
        <translation>Nom utilisé et coordonnées</translation>
    </message>
    <message>
        <source>if not the birth name, e.g. married name</source>
        <translation>s&apos;il diffère du nom de naissance, ex. : nom d&apos;époux ou d&apos;épouse</translation>
    </message>
    <message>
        <source>if not the first given name</source>
        <translation>s&apos;il diffère du premier prénom de naissance</translation>
    </message>
    <message>
        <source>&amp;Used name:</source>
        <translation>Nom &amp;utilisé :</translation>
    </message>
    <message>
        <source>Used g&amp;iven name:</source>
        <translation>Prén&amp;om utilisé :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Postal code, &amp;town:</source>
        <translation>Code postal, &amp;ville :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Courri&amp;el :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Remar&amp;ques :</translation>
    </message>
    <message>
        <source>%1 — %2, kept as imported while the identity traits stay unchanged.</source>
        <translation>%1 — %2, conservé tel qu&apos;importé tant que les traits d&apos;identité restent inchangés.</translation>
    </message>
    <message>
        <source>You changed an identity trait: the %1 status from the INSi service no longer applies. Choose PROV, or VALI if you have checked an identity document.</source>
        <translation>Vous avez modifié un trait d&apos;identité : le statut %1 issu du téléservice INSi ne s&apos;applique plus. Choisissez PROV, ou VALI si vous avez vérifié une pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>A doubtful or fictitious identity stays provisional (PROV).</source>
        <translation>Une identité douteuse ou fictive reste provisoire (PROV).</translation>
    </message>
    <message>
        <source>VALI: you have seen an identity document (not the carte Vitale) and the traits match it.</source>
        <translation>VALI : vous avez vu une pièce d&apos;identité (pas la carte Vitale) et les traits y correspondent.</translation>
    </message>
    <message>
        <source>Please check: %1. You can still save.</source>
        <translation>À vérifier : %1. Vous pouvez tout de même enregistrer.</translation>
    </message>
    <message>
        <source>Date of birth: “%1” is not a date; type it as DD/MM/YYYY</source>
        <translation>Date de naissance : « %1 » n&apos;est pas une date ; saisissez-la au format JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>unknown commune (abroad: 99xxx)</source>
        <translation>commune inconnue (à l&apos;étranger : 99xxx)</translation>
    </message>
</context>
<context>
    <name>relais::ui::PatientSearchWidget</name>
    <message>
        <source>Name, date of birth (12/03/1954) or social-security number…</source>
        <translation>Nom, date de naissance (12/03/1954) ou numéro de sécurité sociale…</translation>
    </message>
    <message>
        <source>Type a few letters of the name, a date of birth or digits of the social-security number.
↑ ↓ choose, Enter opens the chart, Esc clears. Ctrl+F comes back here.</source>
        <translation>Saisissez quelques lettres du nom, une date de naissance ou des chiffres du numéro de sécurité sociale.
↑ ↓ pour choisir, Entrée ouvre le dossier, Échap efface. Ctrl+F ramène ici.</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Create a patient who is not in the list (Ctrl+Shift+N)</source>
        <translation>Créer un patient absent de la liste (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>No patient in this vault yet. Create one with “New patient”.</source>
        <translation>Aucun patient dans ce coffre pour l&apos;instant. Créez-en un avec « Nouveau patient ».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patient(s) in the vault. Type a name, a date of birth or digits of the social-security number.</source>
        <translation>
            <numerusform>%Ln patient dans le coffre. Saisissez un nom, une date de naissance ou des chiffres du numéro de sécurité sociale.</numerusform>
            <numerusform>%Ln patients dans le coffre. Saisissez un nom, une date de naissance ou des chiffres du numéro de sécurité sociale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No patient found. Check the spelling, type fewer letters, or create the patient with “New patient”.</source>
        <translation>Aucun patient trouvé. Vérifiez l&apos;orthographe, saisissez moins de lettres, ou créez le patient avec « Nouveau patient ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln patient(s) — type more to narrow</source>
        <translation>
            <numerusform>%1 sur %Ln patient — poursuivez la saisie pour affiner</numerusform>
            <numerusform>%1 sur %Ln patients — poursuivez la saisie pour affiner</numerusform>
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
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non renseigné</translation>
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
        <translation>Identité provisoire</translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation>Identité validée</translation>
    </message>
    <message>
        <source>Retrieved identity</source>
        <translation>Identité récupérée</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>PROV — provisional: the identity has not been checked against an identity document, or it is doubtful. The INS cannot be used to share data.</source>
        <translation>PROV — provisoire : l&apos;identité n&apos;a pas été vérifiée sur une pièce d&apos;identité, ou elle est douteuse. L&apos;INS ne peut pas être utilisée pour partager des données.</translation>
    </message>
    <message>
        <source>VALI — validated: the identity was checked against an identity document (identity card, passport, residence permit), but not against the national INSi service.</source>
        <translation>VALI — validée : l&apos;identité a été vérifiée sur une pièce d&apos;identité (carte d&apos;identité, passeport, titre de séjour), mais pas auprès du téléservice national INSi.</translation>
    </message>
    <message>
        <source>RECUP — retrieved: the identity comes from the national INSi service, but nobody has checked it against an identity document yet.</source>
        <translation>RECUP — récupérée : l&apos;identité provient du téléservice national INSi, mais personne ne l&apos;a encore vérifiée sur une pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>QUAL — qualified: retrieved from the national INSi service and checked against an identity document. The most reliable status.</source>
        <translation>QUAL — qualifiée : récupérée auprès du téléservice national INSi et vérifiée sur une pièce d&apos;identité. Le statut le plus fiable.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>added in Relais</source>
        <translation>ajouté dans Relais</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::PdfPreview</name>
    <message>
        <source>The preview cannot read the PDF.</source>
        <translation>L&apos;aperçu ne peut pas lire le PDF.</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>L&apos;aperçu s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The preview cannot be drawn: %1</source>
        <translation>L&apos;aperçu ne peut pas être affiché : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::PlainFilePrint</name>
    <message>
        <source>Unencrypted PDF file</source>
        <translation>Fichier PDF non chiffré</translation>
    </message>
    <message>
        <source>This writes the document to an unencrypted PDF file, not on paper.</source>
        <translation>Le document sera écrit dans un fichier PDF non chiffré, et non imprimé sur papier.</translation>
    </message>
    <message>
        <source>The file (%1) can be read by anyone who reaches this computer&apos;s files, or wherever it is copied. Print on paper instead, or confirm that you need this file and delete it once used. Writing it is recorded in the audit trail.</source>
        <translation>Ce fichier (%1) pourra être lu par toute personne ayant accès aux fichiers de cet ordinateur, ou là où il sera copié. Imprimez plutôt sur papier, ou confirmez que ce fichier vous est nécessaire et supprimez-le après usage. Son écriture est inscrite dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Write the unencrypted file</source>
        <translation>Écrire le fichier non chiffré</translation>
    </message>
</context>
<context>
    <name>relais::ui::PractitionerDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>&amp;New practitioner</source>
        <translation>&amp;Nouveau praticien</translation>
    </message>
    <message>
        <source>e.g. Docteur en médecine</source>
        <translation>ex. : Docteur en médecine</translation>
    </message>
    <message>
        <source>e.g. Médecine générale</source>
        <translation>ex. : Médecine générale</translation>
    </message>
    <message>
        <source>11 digits, on the CPS card</source>
        <translation>11 chiffres, sur la carte CPS</translation>
    </message>
    <message>
        <source>9 digits (liberal practice)</source>
        <translation>9 chiffres (exercice libéral)</translation>
    </message>
    <message>
        <source>9 characters (establishment), if no AM number</source>
        <translation>9 caractères (établissement), à défaut de numéro AM</translation>
    </message>
    <message>
        <source>Street
Postcode and town (&quot;France&quot; is added)</source>
        <translation>Rue
Code postal et ville (« France » est ajouté)</translation>
    </message>
    <message>
        <source>printed before the date: &quot;Lyon, le …&quot;</source>
        <translation>imprimée avant la date : « Lyon, le … »</translation>
    </message>
    <message>
        <source>e.g. 04 78 12 34 56 (printed +33 4 78 …)</source>
        <translation>ex. : 04 78 12 34 56 (imprimé +33 4 78 …)</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>First names:</source>
        <translation>Prénoms :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Spécialité :</translation>
    </message>
    <message>
        <source>RPPS number:</source>
        <translation>Numéro RPPS :</translation>
    </message>
    <message>
        <source>AM number:</source>
        <translation>Numéro AM :</translation>
    </message>
    <message>
        <source>or FINESS:</source>
        <translation>ou FINESS :</translation>
    </message>
    <message>
        <source>Professional address:</source>
        <translation>Adresse professionnelle :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Add this practitioner</source>
        <translation>&amp;Ajouter ce praticien</translation>
    </message>
    <message>
        <source>From the &amp;EHR snapshot…</source>
        <translation>Depuis le &amp;logiciel métier…</translation>
    </message>
    <message>
        <source>Fill the form with a practitioner of the practice software&apos;s export; check it and complete it before adding</source>
        <translation>Remplir le formulaire avec un praticien de l&apos;export du logiciel métier ; vérifiez-le et complétez-le avant de l&apos;ajouter</translation>
    </message>
    <message>
        <source>%1 (RPPS %2)</source>
        <translation>%1 (RPPS %2)</translation>
    </message>
    <message>
        <source>Taken from the EHR snapshot: check it, add the AM number (or FINESS) and what is missing, then add it.</source>
        <translation>Repris du logiciel métier : vérifiez, ajoutez le n° AM (ou FINESS) et ce qui manque, puis ajoutez ce praticien.</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionEditor</name>
    <message>
        <source>Prescription – %1</source>
        <translation>Ordonnance – %1</translation>
    </message>
    <message>
        <source>required: the patient is %1</source>
        <translation>obligatoire : le patient a %1</translation>
    </message>
    <message>
        <source>Practitioners…</source>
        <translation>Praticiens…</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>A4 plain paper</source>
        <translation>Papier ordinaire A4</translation>
    </message>
    <message>
        <source>A5 plain paper</source>
        <translation>Papier ordinaire A5</translation>
    </message>
    <message>
        <source>Secure paper (stupéfiants)</source>
        <translation>Ordonnance sécurisée (stupéfiants)</translation>
    </message>
    <message>
        <source>Duplicata</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <source>Print a second copy marked DUPLICATA</source>
        <translation>Imprimer un second exemplaire portant la mention DUPLICATA</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Prescriber:</source>
        <translation>Prescripteur :</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <source>&amp;Add a medicine</source>
        <translation>&amp;Ajouter un médicament</translation>
    </message>
    <message>
        <source>The chart lists no current treatment</source>
        <translation>Le dossier ne comporte aucun traitement en cours</translation>
    </message>
    <message>
        <source>Text of the certificate or document, as it will print</source>
        <translation>Texte du certificat ou du document, tel qu&apos;il sera imprimé</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Comments printed under the lines (optional)</source>
        <translation>Commentaires imprimés sous les lignes (facultatif)</translation>
    </message>
    <message>
        <source>Use the &amp;secure paper layout</source>
        <translation>Utiliser la mise en page d&apos;ordonnance &amp;sécurisée</translation>
    </message>
    <message>
        <source>Save and &amp;print…</source>
        <translation>Enregistrer et &amp;imprimer…</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
    <message>
        <source>No practitioner yet: add one with “Practitioners…”</source>
        <translation>Aucun praticien pour l&apos;instant : ajoutez-en un avec « Praticiens… »</translation>
    </message>
    <message>
        <source>Certificat médical</source>
        <translation>Certificat médical</translation>
    </message>
    <message>
        <source>e.g. Compte rendu, Courrier</source>
        <translation>ex. : Compte rendu, Courrier</translation>
    </message>
    <message>
        <source>Prescriber: add the practitioner who signs (button “Practitioners…”)</source>
        <translation>Prescripteur : ajoutez le praticien signataire (bouton « Praticiens… »)</translation>
    </message>
    <message>
        <source>&amp;Print again…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <source>Print the prescription</source>
        <translation>Imprimer l&apos;ordonnance</translation>
    </message>
    <message>
        <source>Saved, not printed: print it later from the chart&apos;s prescription history.</source>
        <translation>Enregistrée, non imprimée : imprimez-la plus tard depuis l&apos;historique des ordonnances du dossier.</translation>
    </message>
    <message>
        <source>No known allergy</source>
        <translation>Aucune allergie connue</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergies : %1</translation>
    </message>
    <message>
        <source>Secure paper: only what Relais prints is shown; the identity, the lot number and the frame are already on the pad.</source>
        <translation>Papier sécurisé : seul ce que Relais imprime est affiché ; l&apos;identité, le numéro de lot et le cadre figurent déjà sur le bloc.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>Ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Known allergy</source>
        <translation>Allergie connue</translation>
    </message>
    <message>
        <source>This patient has a known allergy that a medicine of this prescription may trigger.</source>
        <translation>Ce patient a une allergie connue qu&apos;un médicament de cette ordonnance pourrait déclencher.</translation>
    </message>
    <message>
        <source>Go back to the prescription</source>
        <translation>Revenir à l&apos;ordonnance</translation>
    </message>
    <message>
        <source>Prescribe anyway</source>
        <translation>Prescrire quand même</translation>
    </message>
    <message>
        <source>Not saved: change the medicine, or confirm that you prescribe it despite the allergy.</source>
        <translation>Non enregistrée : changez le médicament, ou confirmez que vous le prescrivez malgré l&apos;allergie.</translation>
    </message>
    <message>
        <source>measured on %1</source>
        <translation>mesuré le %1</translation>
    </message>
    <message>
        <source>Renew current &amp;treatments</source>
        <translation>Renouveler les &amp;traitements en cours</translation>
    </message>
    <message>
        <source>One line per current treatment of the chart, to adjust (%1)</source>
        <translation>Une ligne par traitement en cours du dossier, à ajuster (%1)</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionHistory</name>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Ordonnances</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <source>No prescription yet for this patient.</source>
        <translation>Aucune ordonnance pour ce patient pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n ligne)</numerusform>
            <numerusform>%1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Choose a prescription in the list</source>
        <translation>Choisissez une ordonnance dans la liste</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimée</translation>
    </message>
    <message>
        <source>The stored PDF is missing</source>
        <translation>Le PDF enregistré est introuvable</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The stored PDF cannot be read</source>
        <translation>Le PDF enregistré est illisible</translation>
    </message>
    <message>
        <source>The printer refused the page</source>
        <translation>L&apos;imprimante a refusé la page</translation>
    </message>
    <message>
        <source>The printer refused the document</source>
        <translation>L&apos;imprimante a refusé le document</translation>
    </message>
</context>
<context>
    <name>relais::ui::PrescriptionLineWidget</name>
    <message>
        <source>Active substance (DCI), e.g. PARACÉTAMOL</source>
        <translation>Substance active (DCI), ex. : PARACÉTAMOL</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>ex. : 500 mg</translation>
    </message>
    <message>
        <source>e.g. comprimé</source>
        <translation>ex. : comprimé</translation>
    </message>
    <message>
        <source>e.g. orale</source>
        <translation>ex. : orale</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
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
        <translation>matin</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>midi</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <source>bedtime</source>
        <translation>coucher</translation>
    </message>
    <message>
        <source>Or a number of times a day, instead of the moments</source>
        <translation>Ou un nombre de prises par jour, à la place des moments</translation>
    </message>
    <message>
        <source>if needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>e.g. au cours des repas</source>
        <translation>ex. : au cours des repas</translation>
    </message>
    <message>
        <source>Printed as written when filled; leave empty to print the sentence built above.</source>
        <translation>Imprimé tel quel s&apos;il est rempli ; laissez vide pour imprimer la phrase construite ci-dessus.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>A number of boxes instead of a duration (the brand must be named)</source>
        <translation>Un nombre de boîtes au lieu d&apos;une durée (le nom commercial doit être indiqué)</translation>
    </message>
    <message>
        <source>Non-substitutable</source>
        <translation>Non substituable</translation>
    </message>
    <message>
        <source>reason…</source>
        <translation>motif…</translation>
    </message>
    <message>
        <source>MTE – narrow therapeutic margin</source>
        <translation>MTE – marge thérapeutique étroite</translation>
    </message>
    <message>
        <source>EFG – child under 6, no suitable generic</source>
        <translation>EFG – enfant de moins de 6 ans, aucun générique adapté</translation>
    </message>
    <message>
        <source>CIF – excipient contra-indication</source>
        <translation>CIF – contre-indication à un excipient</translation>
    </message>
    <message>
        <source>ALD zone</source>
        <translation>Zone ALD</translation>
    </message>
    <message>
        <source>In direct relation to the long-term condition: printed in the upper zone</source>
        <translation>En rapport direct avec l&apos;affection de longue durée : imprimée dans la zone supérieure</translation>
    </message>
    <message>
        <source>Stupéfiant</source>
        <translation>Stupéfiant</translation>
    </message>
    <message>
        <source>Narcotic: secure paper, doses in words, 28 days at most, no renewal</source>
        <translation>Stupéfiant : ordonnance sécurisée, doses en toutes lettres, 28 jours au plus, pas de renouvellement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Supprimer cette ligne</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>for (days)</source>
        <translation>pendant (jours)</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Texte imprimé</translation>
    </message>
    <message>
        <source>QSP</source>
        <translation>QSP</translation>
    </message>
    <message>
        <source>or boxes</source>
        <translation>ou boîtes</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Type the posology, or fill the dose above</source>
        <translation>Saisissez la posologie, ou renseignez la dose ci-dessus</translation>
    </message>
    <message>
        <source>or times a day</source>
        <translation>ou fois par jour</translation>
    </message>
    <message>
        <source>No drug reference</source>
        <translation>Aucun référentiel des médicaments</translation>
    </message>
    <message>
        <source>Medicines from the public database (BDPM): type a substance, a brand or a CIS</source>
        <translation>Médicaments de la base de données publique (BDPM) : saisissez une substance, un nom de marque ou un code CIS</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>facultatif, p. ex. %1</translation>
    </message>
    <message>
        <source>excipient with a known effect, e.g. lactose</source>
        <translation>excipient à effet notoire, par ex. lactose</translation>
    </message>
    <message>
        <source>CIF: the excipient every generic contains and the patient cannot take (printed)</source>
        <translation>CIF : l&apos;excipient présent dans tous les génériques et contre-indiqué chez le patient (imprimé)</translation>
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
        <translation>Calibrage de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Imprimante :</translation>
    </message>
    <message>
        <source>Horizontal shift:</source>
        <translation>Décalage horizontal :</translation>
    </message>
    <message>
        <source>Vertical shift:</source>
        <translation>Décalage vertical :</translation>
    </message>
    <message>
        <source>Printer: choose or type its name</source>
        <translation>Imprimante : choisissez-la ou saisissez son nom</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>Enregistré pour %1.</translation>
    </message>
    <message>
        <source>the printer&apos;s name, as in the print dialog</source>
        <translation>le nom de l&apos;imprimante, comme dans la fenêtre d&apos;impression</translation>
    </message>
    <message>
        <source>Print a test page (or a prescription), measure how far the print is from where it should be, and enter the shift here. Positive values move the print right and down.</source>
        <translation>Imprimez une page de test (ou une ordonnance), mesurez l&apos;écart entre l&apos;impression et l&apos;endroit prévu, et saisissez le décalage ici. Les valeurs positives déplacent l&apos;impression vers la droite et vers le bas.</translation>
    </message>
    <message>
        <source>Print a test page…</source>
        <translation>Imprimer une page de test…</translation>
    </message>
    <message>
        <source>The test page was printed but the audit log could not record it: %1</source>
        <translation>La page de test a été imprimée mais le journal d&apos;audit n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Test page sent to %1. Check the crosses (20 mm from the edges) and the square (100 mm).</source>
        <translation>Page de test envoyée à %1. Vérifiez les croix (à 20 mm des bords) et le carré (100 mm).</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Relais printer test page</source>
        <translation>Page de test de l&apos;imprimante Relais</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <source>Choose a paper printer: the test page checks the printer itself.</source>
        <translation>Choisissez une imprimante papier : la page de test vérifie l&apos;imprimante elle-même.</translation>
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
            <numerusform>%n ordonnance</numerusform>
            <numerusform>%n ordonnances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed PDF(s)</source>
        <translation>
            <numerusform>%n PDF imprimé</numerusform>
            <numerusform>%n PDF imprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n patient(s)</source>
        <translation>
            <numerusform>pour %n patient</numerusform>
            <numerusform>pour %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge the outage records</source>
        <translation>Purger les données de la panne</translation>
    </message>
    <message>
        <source>The practice software now holds what was recorded in Relais during the outage. To keep no more health data than needed, Relais can remove from this computer the consultations and prescriptions it received long enough ago. The patients and everything imported from the practice software stay; nothing that has not been received is ever removed.</source>
        <translation>Le logiciel métier détient maintenant ce qui a été saisi dans Relais pendant la panne. Pour ne pas garder plus de données de santé que nécessaire, Relais peut supprimer de cet ordinateur les consultations et ordonnances reçues depuis assez longtemps. Les patients et tout ce qui vient du logiciel métier restent ; rien de ce qui n&apos;a pas été reçu n&apos;est jamais supprimé.</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Received more than:</source>
        <translation>Reçus il y a plus de :</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to remove: no record was received by the practice software more than %n day(s) ago.</source>
        <translation>
            <numerusform>Rien à supprimer : aucune donnée n&apos;a été reçue par le logiciel métier il y a plus de %n jour.</numerusform>
            <numerusform>Rien à supprimer : aucune donnée n&apos;a été reçue par le logiciel métier il y a plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be removed: %1.</source>
        <translation>Seraient supprimés : %1.</translation>
    </message>
    <message>
        <source>Remove %1 from this computer for good?</source>
        <translation>Supprimer définitivement %1 de cet ordinateur ?</translation>
    </message>
    <message>
        <source>The practice software keeps its copy. This cannot be undone in Relais.</source>
        <translation>Le logiciel métier garde sa copie. Cette suppression est définitive dans Relais.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Supprimés : %1.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReadinessDialog</name>
    <message>
        <source>Readiness check</source>
        <translation>État de préparation</translation>
    </message>
    <message>
        <source>Would the practice get through tomorrow&apos;s outage? Each line is green, amber or red, with what to do.</source>
        <translation>Le cabinet passerait-il la panne de demain ? Chaque ligne est verte, orange ou rouge, avec ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Practitioners…</source>
        <translation>Praticiens…</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>Réglages des sauvegardes…</translation>
    </message>
    <message>
        <source>Setup assistant…</source>
        <translation>Assistant de mise en route…</translation>
    </message>
    <message>
        <source>Outage drill…</source>
        <translation>Exercice de panne…</translation>
    </message>
    <message>
        <source>Test page…</source>
        <translation>Page de test…</translation>
    </message>
    <message>
        <source>Drug reference…</source>
        <translation>Référentiel…</translation>
    </message>
    <message>
        <source>Drill report…</source>
        <translation>Rapport d&apos;exercice…</translation>
    </message>
    <message>
        <source>Save the report of the drill of %1</source>
        <translation>Enregistrer le rapport de l&apos;exercice du %1</translation>
    </message>
    <message>
        <source>Save the drill report</source>
        <translation>Enregistrer le rapport d&apos;exercice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Vault access…</source>
        <translation>Accès au coffre…</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReadinessStatus</name>
    <message>
        <source>The worst line of the readiness check. Click to see every line.</source>
        <translation>La pire ligne de l&apos;état de préparation. Cliquer pour voir toutes les lignes.</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>Préparation : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecoveryKeyDialog</name>
    <message>
        <source>Relais — recovery key</source>
        <translation>Relais — clé de secours</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only other way to open the vault. It is shown only this once.</source>
        <translation>Si la phrase de passe est un jour oubliée, cette clé est le seul autre moyen d&apos;ouvrir le coffre. Elle n&apos;est affichée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Print the sheet (or copy the key by hand on paper) and keep it in the practice safe. Never photograph it, e-mail it or store it on this computer.</source>
        <translation>Imprimez la fiche (ou recopiez la clé à la main sur papier) et conservez-la dans le coffre-fort du cabinet. Ne la photographiez jamais, ne l&apos;envoyez jamais par courriel et ne la conservez jamais sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>J&apos;ai imprimé ou noté la clé de secours</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed.</source>
        <translation>La fiche de secours n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>The sheet was printed but the audit log could not record it: %1</source>
        <translation>La fiche a été imprimée, mais le journal d&apos;audit n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Relais recovery key</source>
        <translation>Clé de secours Relais</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la fiche de secours</translation>
    </message>
    <message>
        <source>Choose a paper printer: the sheet must not be saved as a file.</source>
        <translation>Choisissez une imprimante papier : la fiche ne doit pas être enregistrée dans un fichier.</translation>
    </message>
    <message>
        <source>The sheet has been sent to the printer. Check that it came out.</source>
        <translation>La fiche a été envoyée à l&apos;imprimante. Vérifiez qu&apos;elle a bien été imprimée.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Copy the key by hand onto paper instead, or set up a printer and click &quot;Print the sheet…&quot; again.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Recopiez plutôt la clé à la main sur papier, ou configurez une imprimante et cliquez de nouveau sur « Imprimer la fiche… ».</translation>
    </message>
    <message>
        <source>The printer reported an error. Check it, or copy the key by hand.</source>
        <translation>L&apos;imprimante a signalé une erreur. Vérifiez-la, ou recopiez la clé à la main.</translation>
    </message>
</context>
<context>
    <name>relais::ui::RevisionDialog</name>
    <message>
        <source>Versions of the consultation — %1</source>
        <translation>Versions de la consultation — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s). A correction never erases what was written before: each version stays as it was saved.</source>
        <translation>
            <numerusform>%n version. Une correction n&apos;efface jamais ce qui a été écrit : chaque version reste telle qu&apos;elle a été enregistrée.</numerusform>
            <numerusform>%n versions. Une correction n&apos;efface jamais ce qui a été écrit : chaque version reste telle qu&apos;elle a été enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>First version, when the consultation was closed</source>
        <translation>Première version, à la clôture de la consultation</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison de la correction : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SessionController</name>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Relais s&apos;est verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Relais s&apos;est verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>Le verrouillage n&apos;a pas pu être enregistré dans le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>The inbox for the nightly export could not be prepared: %1</source>
        <translation>Le dossier de dépôt de l&apos;export nocturne n&apos;a pas pu être préparé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) of the practice software could not be merged; kept in the inbox for the next unlock:</source>
        <translation>
            <numerusform>%n export du logiciel métier n&apos;a pas pu être fusionné ; il est conservé dans le dossier de dépôt jusqu&apos;au prochain déverrouillage :</numerusform>
            <numerusform>%n exports du logiciel métier n&apos;ont pas pu être fusionnés ; ils sont conservés dans le dossier de dépôt jusqu&apos;au prochain déverrouillage :</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>The practice software changed this record after the export Relais started from.</source>
        <translation>Le logiciel métier a modifié cet élément après l&apos;export dont Relais est parti.</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) of the practice software could not be merged and were set aside in the inbox; they will not be tried again. Your patients are all there as before. Tell whoever runs the nightly export:</source>
        <translation>
            <numerusform>%n export du logiciel métier n&apos;a pas pu être fusionné et a été mis de côté dans le dossier de dépôt ; il ne sera pas réessayé. Vos patients sont tous là, comme avant. Prévenez la personne qui gère l&apos;export nocturne :</numerusform>
            <numerusform>%n exports du logiciel métier n&apos;ont pas pu être fusionnés et ont été mis de côté dans le dossier de dépôt ; ils ne seront pas réessayés. Vos patients sont tous là, comme avant. Prévenez la personne qui gère l&apos;export nocturne :</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: %1 If you did not put back a backup of the vault yourself, tell whoever looks after the practice&apos;s computers.</source>
        <translation>Journal d&apos;audit : %1 Si vous n&apos;avez pas vous-même remis en place une sauvegarde du coffre, prévenez la personne qui s&apos;occupe des ordinateurs du cabinet.</translation>
    </message>
    <message>
        <source>Folder for the backups (USB disk, network share)</source>
        <translation>Dossier des sauvegardes (disque USB, partage réseau)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>Writing and verifying a backup into %1…</source>
        <translation>Écriture et vérification d&apos;une sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>The last backup is more than a day old: writing and verifying one into %1…</source>
        <translation>La dernière sauvegarde a plus d&apos;un jour : écriture et vérification d&apos;une sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Quit without backup</source>
        <translation>Quitter sans sauvegarder</translation>
    </message>
    <message>
        <source>Lock without backup</source>
        <translation>Verrouiller sans sauvegarder</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
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
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Feuille de récupération</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>EHR export and nightly task</source>
        <translation>Export du logiciel métier et tâche de nuit</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>Page de test de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Setting up Relais</source>
        <translation>Mise en route de Relais</translation>
    </message>
    <message>
        <source>A few steps make the practice ready for an outage. Each can be skipped and done later from File → Readiness check → Setup assistant.</source>
        <translation>Quelques étapes préparent le cabinet à une panne. Chacune peut être passée et faite plus tard depuis Fichier → État de préparation → Assistant de mise en route.</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Add each prescriber of the practice with the RPPS number, the AM or FINESS number, the address and the phone: prescriptions print with them.</source>
        <translation>Ajoutez chaque prescripteur du cabinet avec son numéro RPPS, son numéro AM ou FINESS, son adresse et son téléphone : les ordonnances s&apos;impriment avec.</translation>
    </message>
    <message>
        <source>Practitioners…</source>
        <translation>Praticiens…</translation>
    </message>
    <message>
        <source>The recovery key was shown once, when the vault was created: printed (or copied by hand) and kept in the practice safe, it opens the vault if every passphrase is lost.</source>
        <translation>La clé de récupération a été affichée une seule fois, à la création du coffre : imprimée (ou recopiée à la main) et gardée dans le coffre-fort du cabinet, elle ouvre le coffre si toutes les phrases de passe sont perdues.</translation>
    </message>
    <message>
        <source>Choose where the backups go: a USB disk or a network share, not this computer&apos;s own disk. Relais then backs up at lock and at quit when the last backup is more than a day old.</source>
        <translation>Choisissez où vont les sauvegardes : un disque USB ou un partage réseau, pas le disque de cet ordinateur. Relais sauvegarde ensuite au verrouillage et en quittant quand la dernière sauvegarde a plus d&apos;un jour.</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>Réglages des sauvegardes…</translation>
    </message>
    <message>
        <source>Each evening the practice software exports its records into a folder; a nightly task seals them into Relais&apos;s inbox (no passphrase needed) and Relais merges them at the next unlock.</source>
        <translation>Chaque soir, le logiciel du cabinet exporte ses dossiers dans un dossier ; une tâche de nuit les scelle dans la boîte de réception de Relais (sans phrase de passe) et Relais les fusionne au déverrouillage suivant.</translation>
    </message>
    <message>
        <source>the folder the practice software exports into</source>
        <translation>le dossier dans lequel le logiciel du cabinet exporte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The EHR&apos;s export folder</source>
        <translation>Le dossier d&apos;export du logiciel métier</translation>
    </message>
    <message>
        <source>Install the nightly task</source>
        <translation>Installer la tâche de nuit</translation>
    </message>
    <message>
        <source>Print a test page on the prescription printer: the crosses and the square show whether it prints where Relais expects.</source>
        <translation>Imprimez une page de test sur l&apos;imprimante des ordonnances : les croix et le carré montrent si elle imprime là où Relais l&apos;attend.</translation>
    </message>
    <message>
        <source>Print a test page…</source>
        <translation>Imprimer une page de test…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n prescriber(s) recorded.</source>
        <translation>
            <numerusform>Fait : %n prescripteur(s) enregistré(s).</numerusform>
            <numerusform>Fait : %n prescripteur(s) enregistré(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done yet: no prescriber is recorded.</source>
        <translation>Pas encore fait : aucun prescripteur n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Done: printed %1.</source>
        <translation>Fait : imprimée le %1.</translation>
    </message>
    <message>
        <source>Not printed from Relais: check that the key was copied by hand and is in the safe.</source>
        <translation>Pas imprimée depuis Relais : vérifiez que la clé a été recopiée à la main et qu&apos;elle est au coffre-fort.</translation>
    </message>
    <message>
        <source>Not done yet: no backup folder chosen.</source>
        <translation>Pas encore fait : aucun dossier de sauvegarde choisi.</translation>
    </message>
    <message>
        <source>Done: backups go to %1.</source>
        <translation>Fait : les sauvegardes vont dans %1.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Pas encore fait.</translation>
    </message>
    <message>
        <source>Done: the nightly task reads %1.</source>
        <translation>Fait : la tâche de nuit lit %1.</translation>
    </message>
    <message>
        <source>Written: %1
To turn it on, run once (as the practice&apos;s user):
%2</source>
        <translation>Écrit : %1
Pour l&apos;activer, lancez une fois (avec le compte utilisateur du cabinet) :
%2</translation>
    </message>
</context>
<context>
    <name>relais::ui::SlotPassphraseDialog</name>
    <message>
        <source>Add a practitioner</source>
        <translation>Ajouter un praticien</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase de passe</translation>
    </message>
    <message>
        <source>The new practitioner types a passphrase of their own, twice. They will unlock Relais with it, and their prescriptions will name them. The records are not re-encrypted: a key slot is added.</source>
        <translation>Le nouveau praticien tape sa propre phrase de passe, deux fois. Il déverrouillera Relais avec, et ses ordonnances porteront son nom. Les dossiers ne sont pas rechiffrés : un emplacement de clé est ajouté.</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. The other practitioners&apos; passphrases and the recovery key do not change.</source>
        <translation>Tapez votre phrase de passe actuelle, puis la nouvelle deux fois. Les phrases de passe des autres praticiens et la clé de secours ne changent pas.</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Sa &amp;phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>e.g. Dr Bernard Martin</source>
        <translation>ex. Dr Bernard Martin</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Name shown in Relais:</source>
        <translation>&amp;Nom affiché dans Relais :</translation>
    </message>
    <message>
        <source>P&amp;rescriber profile:</source>
        <translation>Profil de p&amp;rescripteur :</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle :</translation>
    </message>
    <message>
        <source>Add the practitioner</source>
        <translation>Ajouter le praticien</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>— none (not a prescriber) —</source>
        <translation>— aucun (pas prescripteur) —</translation>
    </message>
    <message>
        <source>Enter the practitioner&apos;s name to continue.</source>
        <translation>Saisissez le nom du praticien pour continuer.</translation>
    </message>
    <message>
        <source>Type your current passphrase to continue.</source>
        <translation>Tapez votre phrase de passe actuelle pour continuer.</translation>
    </message>
    <message>
        <source>This session was unlocked with the recovery key: there is no passphrase of yours to change.</source>
        <translation>Cette session a été déverrouillée avec la clé de secours : vous n&apos;avez pas de phrase de passe à changer.</translation>
    </message>
    <message>
        <source>The current passphrase is not the right one.</source>
        <translation>La phrase de passe actuelle n&apos;est pas la bonne.</translation>
    </message>
    <message>
        <source>The passphrase was added, but not tied to the prescriber: %1</source>
        <translation>La phrase de passe a été ajoutée, mais pas liée au prescripteur : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SnapshotStatus</name>
    <message>
        <source>No imported data</source>
        <translation>Aucune donnée importée</translation>
    </message>
    <message>
        <source>No export of the practice software has been imported into this vault yet: only what was entered in Relais is here. Use File → Import an export of the practice software.</source>
        <translation>Aucun export du logiciel métier n&apos;a encore été importé dans ce coffre : seules les données saisies dans Relais y figurent. Utilisez Fichier → Importer un export du logiciel métier.</translation>
    </message>
    <message>
        <source>Data of %1 at %2</source>
        <translation>Données du %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>The records come from the practice software&apos;s export taken then (%n hour(s) ago). Anything entered there since is not in Relais.</source>
        <translation>
            <numerusform>Les dossiers proviennent de l&apos;export du logiciel métier réalisé à ce moment-là (il y a %n heure). Ce qui y a été saisi depuis ne figure pas dans Relais.</numerusform>
            <numerusform>Les dossiers proviennent de l&apos;export du logiciel métier réalisé à ce moment-là (il y a %n heures). Ce qui y a été saisi depuis ne figure pas dans Relais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check recent results, prescriptions and allergies with the patient: the export is more than %n hour(s) old.</source>
        <translation>
            <numerusform>Vérifiez avec le patient les résultats, ordonnances et allergies récents : l&apos;export date de plus de %n heure.</numerusform>
            <numerusform>Vérifiez avec le patient les résultats, ordonnances et allergies récents : l&apos;export date de plus de %n heures.</numerusform>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send everything waiting to the practice software&apos;s server</source>
        <translation>Envoyer tout ce qui attend au serveur du logiciel métier</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send the failed items again without waiting</source>
        <translation>Renvoyer les éléments en échec sans attendre</translation>
    </message>
    <message>
        <source>Export handover…</source>
        <translation>Exporter un dossier de transmission…</translation>
    </message>
    <message>
        <source>Write an encrypted file to hand over by USB stick, for a practice software without a FHIR server</source>
        <translation>Écrire un fichier chiffré à transmettre par clé USB, pour un logiciel métier sans serveur FHIR</translation>
    </message>
    <message>
        <source>Server settings…</source>
        <translation>Paramètres du serveur…</translation>
    </message>
    <message>
        <source>The practice software&apos;s address and access token</source>
        <translation>L&apos;adresse et le jeton d&apos;accès du logiciel métier</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <source>Remove from this computer what was received long ago</source>
        <translation>Supprimer de cet ordinateur ce qui a été reçu depuis longtemps</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received by the practice software</source>
        <translation>Reçu par le logiciel métier</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>patient no. %1</source>
        <translation>patient n° %1</translation>
    </message>
    <message>
        <source>after Retry</source>
        <translation>après « Réessayer »</translation>
    </message>
    <message>
        <source>at the next send</source>
        <translation>au prochain envoi</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Comparer les versions…</translation>
    </message>
    <message>
        <source>Nothing recorded in Relais needs to be handed back.</source>
        <translation>Rien de ce qui a été saisi dans Relais n&apos;est à transmettre.</translation>
    </message>
    <message>
        <source>Everything was received by the practice software. Once it has been checked there, you may purge the outage records from this computer (Purge…).</source>
        <translation>Tout a été reçu par le logiciel métier. Une fois vérifié là-bas, vous pouvez purger les données de la panne de cet ordinateur (Purger…).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait to be handed back. Send them to the practice software or export a handover folder.</source>
        <translation>
            <numerusform>%n élément attend d&apos;être transmis. Envoyez-le au logiciel métier ou exportez un dossier de transmission.</numerusform>
            <numerusform>%n éléments attendent d&apos;être transmis. Envoyez-les au logiciel métier ou exportez un dossier de transmission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed: read the error; once the cause is fixed, click Retry.</source>
        <translation>
            <numerusform>%n élément en échec : lisez l&apos;erreur ; une fois la cause corrigée, cliquez sur Réessayer.</numerusform>
            <numerusform>%n éléments en échec : lisez l&apos;erreur ; une fois la cause corrigée, cliquez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in conflict: the practice software changed them meanwhile. Compare the versions.</source>
        <translation>
            <numerusform>%n élément en conflit : le logiciel métier l&apos;a modifié entre-temps. Comparez les versions.</numerusform>
            <numerusform>%n éléments en conflit : le logiciel métier les a modifiés entre-temps. Comparez les versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No server is set up yet: enter its address in Server settings…, or export a handover folder.</source>
        <translation>Aucun serveur n&apos;est encore configuré : saisissez son adresse dans Paramètres du serveur…, ou exportez un dossier de transmission.</translation>
    </message>
    <message>
        <source>Enter the practice software&apos;s server first; the items are sent once it is saved.</source>
        <translation>Saisissez d&apos;abord le serveur du logiciel métier ; les éléments sont envoyés dès qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Patient %1 of %2…</source>
        <translation>Patient %1 sur %2…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envoi interrompu : %1</translation>
    </message>
    <message>
        <source>Nothing to send now (failed items wait for their retry time, or for Retry).</source>
        <translation>Rien à envoyer pour l&apos;instant (les éléments en échec attendent leur heure de nouvel essai, ou « Réessayer »).</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) sent: </source>
        <translation>
            <numerusform>%n patient envoyé : </numerusform>
            <numerusform>%n patients envoyés : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 received, %2 failed, %3 in conflict.</source>
        <translation>%1 reçus, %2 en échec, %3 en conflit.</translation>
    </message>
    <message>
        <source>The server said:</source>
        <translation>Le serveur a répondu :</translation>
    </message>
    <message>
        <source>The failed items will go with the next &quot;Send now&quot; (no server is set up yet).</source>
        <translation>Les éléments en échec partiront au prochain « Envoyer maintenant » (aucun serveur n&apos;est encore configuré).</translation>
    </message>
    <message>
        <source>Handover file written: %1</source>
        <translation>Fichier de transmission écrit : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncServerDialog</name>
    <message>
        <source>Practice software server</source>
        <translation>Serveur du logiciel métier</translation>
    </message>
    <message>
        <source>&quot;Send now&quot; hands everything back to the practice software through its FHIR interface. Its address and access token are given by the software&apos;s vendor or whoever looks after the practice&apos;s computers.</source>
        <translation>« Envoyer maintenant » transmet tout au logiciel métier par son interface FHIR. Son adresse et son jeton d&apos;accès sont fournis par l&apos;éditeur du logiciel ou par la personne qui s&apos;occupe de l&apos;informatique du cabinet.</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Seulement pour un serveur avec son propre certificat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>FHIR &amp;address:</source>
        <translation>&amp;Adresse FHIR :</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate (PEM):</source>
        <translation>&amp;Certificat d&apos;autorité supplémentaire (PEM) :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>Laisser vide pour garder le jeton enregistré</translation>
    </message>
    <message>
        <source>Given by the vendor</source>
        <translation>Fourni par l&apos;éditeur</translation>
    </message>
    <message>
        <source>A token is saved in the vault; it is never shown again.</source>
        <translation>Un jeton est enregistré dans le coffre ; il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>No token saved yet. Leave empty if the server needs none.</source>
        <translation>Aucun jeton enregistré. Laissez vide si le serveur n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>relais::ui::SyncStatus</name>
    <message>
        <source>Everything handed back</source>
        <translation>Tout est transmis</translation>
    </message>
    <message>
        <source>The practice software has received everything recorded in Relais. Click to see the list.</source>
        <translation>Le logiciel métier a reçu tout ce qui a été saisi dans Relais. Cliquez pour voir la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to hand back</source>
        <translation>
            <numerusform>%n élément à transmettre</numerusform>
            <numerusform>%n éléments à transmettre</numerusform>
        </translation>
    </message>
    <message>
        <source>Consultations, prescriptions and patient changes recorded in Relais that the practice software has not received yet. Click to send them or to export a handover folder.</source>
        <translation>Consultations, ordonnances et modifications de patients saisies dans Relais que le logiciel métier n&apos;a pas encore reçues. Cliquez pour les envoyer ou pour exporter un dossier de transmission.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them need attention (failed or in conflict).</source>
        <translation>
            <numerusform>dont %n demande votre attention (échec ou conflit).</numerusform>
            <numerusform>dont %n demandent votre attention (échec ou conflit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::ThresholdsDialog</name>
    <message>
        <source>Snapshot green up to (hours):</source>
        <translation>Instantané vert jusqu&apos;à (heures) :</translation>
    </message>
    <message>
        <source>Snapshot amber up to (hours):</source>
        <translation>Instantané orange jusqu&apos;à (heures) :</translation>
    </message>
    <message>
        <source>Backup green up to (days):</source>
        <translation>Sauvegarde verte jusqu&apos;à (jours) :</translation>
    </message>
    <message>
        <source>Backup amber up to (days):</source>
        <translation>Sauvegarde orange jusqu&apos;à (jours) :</translation>
    </message>
    <message>
        <source>Printer test page green up to (days):</source>
        <translation>Page de test de l&apos;imprimante verte jusqu&apos;à (jours) :</translation>
    </message>
    <message>
        <source>Drug reference green up to (months):</source>
        <translation>Référentiel des médicaments vert jusqu&apos;à (mois) :</translation>
    </message>
    <message>
        <source>Free disk space amber below (MB):</source>
        <translation>Espace disque libre orange en dessous de (Mo) :</translation>
    </message>
    <message>
        <source>Free disk space red below (MB):</source>
        <translation>Espace disque libre rouge en dessous de (Mo) :</translation>
    </message>
    <message>
        <source>Readiness thresholds</source>
        <translation>Seuils de l&apos;état de préparation</translation>
    </message>
    <message>
        <source>When each line of the readiness check turns amber or red. Kept in the vault.</source>
        <translation>Quand chaque ligne de l&apos;état de préparation passe à l&apos;orange ou au rouge. Gardé dans le coffre.</translation>
    </message>
</context>
<context>
    <name>relais::ui::TimelineWidget</name>
    <message>
        <source>New consultation</source>
        <translation>Nouvelle consultation</translation>
    </message>
    <message>
        <source>New consultation (Ctrl+N)</source>
        <translation>Nouvelle consultation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Consul&amp;tations</source>
        <translation>Consul&amp;tations</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Weight and blood pressure</source>
        <translation>Poids et tension artérielle</translation>
    </message>
    <message>
        <source>An unfinished consultation of %1 was kept (saved at %2).</source>
        <translation>Une consultation inachevée du %1 a été conservée (enregistrée à %2).</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motif : %1.</translation>
    </message>
    <message>
        <source>Resume it with Ctrl+N.</source>
        <translation>Reprenez-la avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Resume the consultation (Ctrl+N)</source>
        <translation>Reprendre la consultation (Ctrl+N)</translation>
    </message>
    <message>
        <source>(no reason typed yet)</source>
        <translation>(motif pas encore saisi)</translation>
    </message>
    <message>
        <source>Unfinished: being typed in Relais</source>
        <translation>Inachevée : en cours de saisie dans Relais</translation>
    </message>
    <message numerus="yes">
        <source>version %1 (corrected %n time(s))</source>
        <translation>
            <numerusform>version %1 (corrigée %n fois)</numerusform>
            <numerusform>version %1 (corrigée %n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>version 1</source>
        <translation>version 1</translation>
    </message>
    <message>
        <source>Enter or double-click: open</source>
        <translation>Entrée ou double-clic : ouvrir</translation>
    </message>
    <message>
        <source>None yet. Ctrl+N starts one, dated now.</source>
        <translation>Aucune pour l&apos;instant. Ctrl+N en commence une, datée de maintenant.</translation>
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
            <numerusform>%n saisie dans Relais</numerusform>
            <numerusform>%n saisies dans Relais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importée</numerusform>
            <numerusform>%n importées</numerusform>
        </translation>
    </message>
    <message>
        <source>No consultation recorded or imported for this patient.</source>
        <translation>Aucune consultation saisie ou importée pour ce patient.</translation>
    </message>
    <message>
        <source>Discard the unfinished consultation</source>
        <translation>Abandonner la consultation inachevée</translation>
    </message>
    <message>
        <source>Everything typed in this unfinished consultation will be lost. Discard it?</source>
        <translation>Tout ce qui a été saisi dans cette consultation inachevée sera perdu. L&apos;abandonner ?</translation>
    </message>
</context>
<context>
    <name>relais::ui::UnlockDialog</name>
    <message>
        <source>Relais — unlock</source>
        <translation>Relais — déverrouillage</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre est verrouillé</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Recovery key (from the sheet kept in the safe):</source>
        <translation>&amp;Clé de secours (figurant sur la fiche conservée dans le coffre-fort) :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Utiliser plutôt la phrase de passe</translation>
    </message>
    <message>
        <source>Forgotten passphrase? Use the recovery key</source>
        <translation>Phrase de passe oubliée ? Utiliser la clé de secours</translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation>Saisissez la clé de secours.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives infructueuses. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives infructueuses. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ui::VaultAccessDialog</name>
    <message>
        <source>Vault access</source>
        <translation>Accès au coffre</translation>
    </message>
    <message>
        <source>Each practitioner unlocks Relais with a passphrase of their own; the recovery key, kept in the practice safe, opens it when every passphrase is lost.</source>
        <translation>Chaque praticien déverrouille Relais avec sa propre phrase de passe ; la clé de secours, gardée dans le coffre-fort du cabinet, l&apos;ouvre quand toutes les phrases de passe sont perdues.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>&amp;Add a practitioner…</source>
        <translation>&amp;Ajouter un praticien…</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Changer ma phrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Link to a prescriber…</source>
        <translation>&amp;Lier à un prescripteur…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>Nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Key slot &quot;%1&quot; added: that practitioner can now unlock Relais with their passphrase.</source>
        <translation>Emplacement de clé « %1 » ajouté : ce praticien peut maintenant déverrouiller Relais avec sa phrase de passe.</translation>
    </message>
    <message>
        <source>Your passphrase is changed: use the new one from the next unlock.</source>
        <translation>Votre phrase de passe est changée : utilisez la nouvelle dès le prochain déverrouillage.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Link to a prescriber</source>
        <translation>Lier à un prescripteur</translation>
    </message>
    <message>
        <source>Prescriber who unlocks with &quot;%1&quot;:</source>
        <translation>Prescripteur qui déverrouille avec « %1 » :</translation>
    </message>
    <message>
        <source>Remove the key slot &quot;%1&quot;? Whoever unlocks with it will no longer be able to open Relais.</source>
        <translation>Retirer l&apos;emplacement de clé « %1 » ? Celui qui déverrouille avec ne pourra plus ouvrir Relais.</translation>
    </message>
    <message>
        <source>Key slot &quot;%1&quot; removed.</source>
        <translation>Emplacement de clé « %1 » retiré.</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one stops working at once: print the new sheet and destroy the old one.</source>
        <translation>Créer une nouvelle clé de secours ? L&apos;ancienne cesse aussitôt de fonctionner : imprimez la nouvelle fiche et détruisez l&apos;ancienne.</translation>
    </message>
    <message>
        <source>New recovery key made; the old one no longer opens the vault.</source>
        <translation>Nouvelle clé de secours créée ; l&apos;ancienne n&apos;ouvre plus le coffre.</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalsForm</name>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>BP s&amp;ystolic</source>
        <translation>TA s&amp;ystolique</translation>
    </message>
    <message>
        <source>BP &amp;diastolic</source>
        <translation>TA d&amp;iastolique</translation>
    </message>
    <message>
        <source>Heart &amp;rate</source>
        <translation>&amp;Fréquence cardiaque</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>T&amp;empérature</translation>
    </message>
    <message>
        <source>Sp&amp;O2</source>
        <translation>Sp&amp;O2</translation>
    </message>
    <message>
        <source>Capillary &amp;glucose</source>
        <translation>&amp;Glycémie capillaire</translation>
    </message>
    <message>
        <source>BMI</source>
        <translation>IMC</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 kg/m²</source>
        <translation>%1 kg/m²</translation>
    </message>
    <message>
        <source>— (needs weight and height)</source>
        <translation>— (poids et taille nécessaires)</translation>
    </message>
</context>
<context>
    <name>relais::ui::VitalsPlot</name>
    <message>
        <source>Weight and blood pressure over time</source>
        <translation>Évolution du poids et de la tension artérielle</translation>
    </message>
    <message>
        <source>No weight or blood pressure recorded yet</source>
        <translation>Aucun poids ni tension artérielle enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Blood pressure, systolic / diastolic (mmHg)</source>
        <translation>Tension artérielle, systolique / diastolique (mmHg)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
</TS>
