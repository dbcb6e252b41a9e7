<?xml version='1.0' encoding='utf-8'?>
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
    <name>relais::AuditLog</name>
    <message>
        <source>Audit entry #%1 is broken: %2</source>
        <translation>L'entrée n° %1 du journal d'audit est altérée : %2</translation>
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
        <translation>le journal s'arrête avant sa dernière entrée enregistrée, n° %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n entries</source>
        <translation><numerusform>Journal d'audit intact : %n entrée</numerusform><numerusform>Journal d'audit intact : %n entrées</numerusform></translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultation #%1 is not a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No consultation #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultation #%1 is already closed; correct it instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the visit: required before closing the consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultation #%1 is still a draft: close it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction: say briefly why the consultation is corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the visit: required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction: nothing was changed</source>
        <translation type="unfinished" />
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
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::Identity</name>
    <message>
        <source>Identity status: RECUP and QUAL are obtained from the INSi teleservice, which Relais cannot reach; choose PROV or VALI</source>
        <translation>Statut de l'identité : RECUP et QUAL s'obtiennent auprès du téléservice INSi, que Relais ne peut pas joindre ; choisissez PROV ou VALI</translation>
    </message>
    <message>
        <source>Identity status: VALI needs the birth name, first given name, sex and date of birth</source>
        <translation>Statut de l'identité : VALI exige le nom de naissance, le premier prénom de naissance, le sexe et la date de naissance</translation>
    </message>
</context>
<context>
    <name>relais::KdfParams</name>
    <message>
        <source>Key slot has invalid key-derivation parameters</source>
        <translation>Les paramètres de dérivation de clé de l'emplacement de clé ne sont pas valides</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed)</source>
        <translation>Mémoire insuffisante pour dériver la clé (%1 Mio nécessaires)</translation>
    </message>
</context>
<context>
    <name>relais::KeyHeader</name>
    <message>
        <source>Key header %1 is damaged: field "%2" is invalid</source>
        <translation>L'en-tête de clés %1 est endommagé : le champ "%2" n'est pas valide</translation>
    </message>
    <message>
        <source>Key header %1 not found</source>
        <translation>En-tête de clés %1 introuvable</translation>
    </message>
    <message>
        <source>Cannot read key header %1: %2</source>
        <translation>Impossible de lire l'en-tête de clés %1 : %2</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: file too large</source>
        <translation>L'en-tête de clés %1 est endommagé : fichier trop volumineux</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: not valid JSON (offset %2)</source>
        <translation>L'en-tête de clés %1 est endommagé : JSON non valide (position %2)</translation>
    </message>
    <message>
        <source>%1 is not a Relais key header</source>
        <translation>%1 n'est pas un en-tête de clés Relais</translation>
    </message>
    <message>
        <source>Key header %1 was written by a newer Relais (format %2); update Relais</source>
        <translation>L'en-tête de clés %1 a été écrit par une version plus récente de Relais (format %2) ; mettez Relais à jour</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: missing version</source>
        <translation>L'en-tête de clés %1 est endommagé : version manquante</translation>
    </message>
    <message>
        <source>Key header %1 is damaged: it has no key slot</source>
        <translation>L'en-tête de clés %1 est endommagé : il ne contient aucun emplacement de clé</translation>
    </message>
    <message>
        <source>Cannot write key header %1: %2</source>
        <translation>Impossible d'écrire l'en-tête de clés %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::Nir</name>
    <message>
        <source>%1: a social-security number has 15 characters (13 and a 2-digit key), not %2</source>
        <translation>%1 : un numéro de sécurité sociale comporte 15 caractères (13 et une clé de 2 chiffres), et non %2</translation>
    </message>
    <message>
        <source>%1: character %2 ("%3") is not a digit</source>
        <translation>%1 : le caractère %2 (« %3 ») n'est pas un chiffre</translation>
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
        <translation><numerusform>%n an</numerusform><numerusform>%n ans</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n mois</numerusform><numerusform>%n mois</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
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
        <source>Birth place: an INSEE code has 5 characters (for example 75056), not "%1"</source>
        <translation>Lieu de naissance : un code INSEE comporte 5 caractères (par exemple 75056), et non « %1 »</translation>
    </message>
    <message>
        <source>E-mail: "%1" is not an e-mail address</source>
        <translation>Courriel : « %1 » n'est pas une adresse électronique</translation>
    </message>
    <message>
        <source>The NIR's first digit does not match the sex</source>
        <translation>Le premier chiffre du NIR ne correspond pas au sexe</translation>
    </message>
    <message>
        <source>The NIR's year (characters 2-3) does not match the date of birth</source>
        <translation>L'année du NIR (caractères 2 et 3) ne correspond pas à la date de naissance</translation>
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
        <source>History: "%1" is not a CIM-10 code (for example E11.9)</source>
        <translation>Antécédents : « %1 » n'est pas un code CIM-10 (par exemple E11.9)</translation>
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
        <translation>Traitement : %1 renouvellements, c'est impossible (de 0 à 12)</translation>
    </message>
    <message>
        <source>Weight and height: the date is missing or in the future</source>
        <translation>Poids et taille : la date est manquante ou dans le futur</translation>
    </message>
    <message>
        <source>Weight: %1 kg is impossible (0.3 to 400)</source>
        <translation>Poids : %1 kg, c'est impossible (de 0,3 à 400)</translation>
    </message>
    <message>
        <source>Height: %1 cm is impossible (20 to 250)</source>
        <translation>Taille : %1 cm, c'est impossible (de 20 à 250)</translation>
    </message>
    <message>
        <source>Weight and height: give at least one of them</source>
        <translation>Poids et taille : indiquez au moins l'un des deux</translation>
    </message>
    <message>
        <source>Nothing to remove (%1 #%2)</source>
        <translation>Rien à supprimer (%1 n° %2)</translation>
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
        <translation>Conservez cette fiche dans le coffre-fort du cabinet. Toute personne qui la détient et dispose d'une copie du coffre peut lire les dossiers patients qu'il contient.</translation>
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
        <translation>Quand l'utiliser</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten: start Relais, choose "Use the recovery key" on the unlock screen, type the key above (dashes and case do not matter), then set a new passphrase.</source>
        <translation>Si toutes les phrases de passe sont oubliées : lancez Relais, choisissez « Utiliser la clé de secours » sur l'écran de déverrouillage, saisissez la clé ci-dessus (tirets et majuscules sans importance), puis définissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Never photograph this sheet, never send it by e-mail, never store it on the same computer.</source>
        <translation>Ne photographiez jamais cette fiche, ne l'envoyez jamais par courriel, ne la conservez jamais sur le même ordinateur.</translation>
    </message>
</context>
<context>
    <name>relais::Schema</name>
    <message>
        <source>This vault was written by a newer version of Relais (schema %1, this version knows %2). Install the newer Relais to open it.</source>
        <translation>Ce coffre a été enregistré par une version plus récente de Relais (schéma %1 ; cette version connaît le schéma %2). Installez la version plus récente de Relais pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation>Échec de la migration du schéma vers la version %1 : %2</translation>
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
        <translation>Le fichier du coffre %1 n'est PAS chiffré (en-tête SQLite en clair). Relais refuse de l'utiliser.</translation>
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
        <translation>L'en-tête de clés %1 est introuvable : le coffre ne peut pas être ouvert sans lui. Restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation><numerusform>Trop de tentatives infructueuses : attendez %n seconde avant de réessayer.</numerusform><numerusform>Trop de tentatives infructueuses : attendez %n secondes avant de réessayer.</numerusform></translation>
    </message>
    <message>
        <source>The vault has no key slot named "%1"</source>
        <translation>Le coffre n'a aucun emplacement de clé nommé « %1 »</translation>
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
        <translation>L'en-tête de clés ne correspond pas au fichier du coffre %1 (ou le fichier est endommagé)</translation>
    </message>
    <message>
        <source>Cannot read the vault %1: %2</source>
        <translation>Impossible de lire le coffre %1 : %2</translation>
    </message>
    <message>
        <source>SQLCipher is not active: Relais refuses to run without encryption</source>
        <translation>SQLCipher n'est pas actif : Relais refuse de fonctionner sans chiffrement</translation>
    </message>
    <message>
        <source>Cannot configure the vault %1: %2</source>
        <translation>Impossible de configurer le coffre %1 : %2</translation>
    </message>
    <message>
        <source>The key header does not belong to the vault file %1</source>
        <translation>L'en-tête de clés n'appartient pas au fichier du coffre %1</translation>
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
        <source>A key slot named "%1" already exists</source>
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
</context>
<context>
    <name>relais::Vitals</name>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capillary glucose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is impossible (expected %3 to %4 %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is unusual; check the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blood pressure: the diastolic (%1) must be lower than the systolic (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blood pressure: give both the systolic and the diastolic value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BMI %1 kg/m² is unusual; check weight and height</source>
        <translation type="unfinished" />
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
        <translation>Déverrouiller avec la clé de secours lue dans FILE au lieu d'une phrase de passe.</translation>
    </message>
    <message>
        <source>passwd: read the new passphrase from FILE (default: standard input).</source>
        <translation>passwd : lire la nouvelle phrase de passe dans FILE (par défaut : entrée standard).</translation>
    </message>
    <message>
        <source>Key slot (practitioner) to unlock or change.</source>
        <translation>Emplacement de clé (praticien) à déverrouiller ou à modifier.</translation>
    </message>
    <message>
        <source>passwd: add a new passphrase slot named LABEL.</source>
        <translation>passwd : ajouter un nouvel emplacement de phrase de passe nommé LABEL.</translation>
    </message>
    <message>
        <source>init: name of the first key slot (the practitioner).</source>
        <translation>init : nom du premier emplacement de clé (le praticien).</translation>
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
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
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
        <source>Key slot "%1" added</source>
        <translation>Emplacement de clé « %1 » ajouté</translation>
    </message>
    <message>
        <source>No passphrase slot to reset</source>
        <translation>Aucun emplacement de phrase de passe à réinitialiser</translation>
    </message>
    <message>
        <source>Passphrase changed for key slot "%1"</source>
        <translation>Phrase de passe modifiée pour l'emplacement de clé « %1 »</translation>
    </message>
    <message>
        <source>A passphrase is never accepted as an argument (it would show in the process list); use --passphrase-file FILE or standard input</source>
        <translation>Une phrase de passe n'est jamais acceptée en argument (elle apparaîtrait dans la liste des processus) ; utilisez --passphrase-file FILE ou l'entrée standard</translation>
    </message>
    <message>
        <source>Unknown command "%1" (see --help)</source>
        <translation>Commande "%1" inconnue (voir --help)</translation>
    </message>
    <message>
        <source>demo: number of invented patients to add.</source>
        <translation>demo : nombre de patients fictifs à ajouter.</translation>
    </message>
    <message>
        <source>demo: seed of the generator (same seed, same patients).</source>
        <translation>demo : graine du générateur (même graine, mêmes patients).</translation>
    </message>
    <message>
        <source>find: at most N matches.</source>
        <translation>find : au plus N résultats.</translation>
    </message>
    <message>
        <source>Relais command-line tool.

Commands:
  init      create a new vault (prints the recovery key once)
  verify    check encryption, structure and the audit chain
  passwd    change a slot's passphrase, or add a slot with --add
  demo      add invented patients (demo data) to a vault, creating it if needed
  find      search patients as the search box does: find QUERY...</source>
        <translation>Outil en ligne de commande de Relais.

Commandes :
  init      créer un coffre (affiche la clé de secours une seule fois)
  verify    vérifier le chiffrement, la structure et la chaîne du journal d'audit
  passwd    changer la phrase de passe d'un emplacement, ou ajouter un emplacement avec --add
  demo      ajouter des patients fictifs (données de démonstration) à un coffre, en le créant si nécessaire
  find      rechercher des patients comme le champ de recherche : find QUERY...</translation>
    </message>
    <message>
        <source>init, verify, passwd, demo or find</source>
        <translation>init, verify, passwd, demo ou find</translation>
    </message>
    <message>
        <source>--patients takes a number from 1 to 1000000</source>
        <translation>--patients attend un nombre de 1 à 1000000</translation>
    </message>
    <message>
        <source>Demo practitioner</source>
        <translation>Praticien de démonstration</translation>
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
        <translation>find attend une requête : un nom, une date de naissance, ou des chiffres d'un NIR ou d'un numéro de téléphone</translation>
    </message>
    <message>
        <source>%1 match(es), %2 shown</source>
        <translation>%1 résultat(s), %2 affiché(s)</translation>
    </message>
    <message>
        <source>Give one command: init, verify, passwd, demo or find (see --help)</source>
        <translation>Indiquez une commande : init, verify, passwd, demo ou find (voir --help)</translation>
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
        <translation>Aucun secret n'a été fourni sur l'entrée standard</translation>
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
        <translation>Relais conserve une copie chiffrée de vos dossiers patients sur cet ordinateur, pour que vous puissiez continuer à travailler lorsque votre logiciel métier habituel est indisponible. Le coffre ne peut être ouvert qu'avec la phrase de passe que vous choisissez ici, ou avec la clé de secours affichée ensuite.</translation>
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
        <source>Several words you will remember</source>
        <translation>Plusieurs mots dont vous vous souviendrez</translation>
    </message>
    <message>
        <source>Practitioner's &amp;name:</source>
        <translation>&amp;Nom du praticien :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>&amp;Confirm the passphrase:</source>
        <translation>&amp;Confirmer la phrase de passe :</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words, such as "lighthouse parsley violin November", are easy to remember and hard to guess.</source>
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
        <source>Type a passphrase to see its strength.</source>
        <translation>Saisissez une phrase de passe pour voir sa robustesse.</translation>
    </message>
    <message>
        <source>Enter the practitioner's name to continue.</source>
        <translation>Saisissez le nom du praticien pour continuer.</translation>
    </message>
    <message>
        <source>Choose a passphrase to continue.</source>
        <translation>Choisissez une phrase de passe pour continuer.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: add one or two words.</source>
        <translation>La phrase de passe est trop faible : ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation>Saisissez la phrase de passe une seconde fois pour la confirmer.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases de passe ne correspondent pas.</translation>
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
        <translation>Le coffre est ouvert</translation>
    </message>
    <message>
        <source>Patient search will appear here.</source>
        <translation>La recherche de patients s'affichera ici.</translation>
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
        <translation>Verrouiller le coffre après ce nombre de minutes d'inactivité :</translation>
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
        <source>%n failed unlock attempt(s) since the last unlock, the last on %1 at %2. If it was not you, tell whoever looks after the practice's computers.</source>
        <translation><numerusform>%n tentative de déverrouillage infructueuse depuis le dernier déverrouillage, le %1 à %2. Si ce n'était pas vous, prévenez la personne chargée de l'informatique du cabinet.</numerusform><numerusform>%n tentatives de déverrouillage infructueuses depuis le dernier déverrouillage, la dernière le %1 à %2. Si ce n'était pas vous, prévenez la personne chargée de l'informatique du cabinet.</numerusform></translation>
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
        <translation>Si la phrase de passe est un jour oubliée, cette clé est le seul autre moyen d'ouvrir le coffre. Elle n'est affichée qu'une seule fois.</translation>
    </message>
    <message>
        <source>Print the sheet (or copy the key by hand on paper) and keep it in the practice safe. Never photograph it, e-mail it or store it on this computer.</source>
        <translation>Imprimez la fiche (ou recopiez la clé à la main sur papier) et conservez-la dans le coffre-fort du cabinet. Ne la photographiez jamais, ne l'envoyez jamais par courriel et ne la conservez jamais sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Print the sheet…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key</source>
        <translation>J'ai imprimé ou noté la clé de secours</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The recovery sheet could not be printed.</source>
        <translation>La fiche de secours n'a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>The sheet was printed but the audit log could not record it: %1</source>
        <translation>La fiche a été imprimée, mais le journal d'audit n'a pas pu l'enregistrer : %1</translation>
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
        <translation>La fiche a été envoyée à l'imprimante. Vérifiez qu'elle a bien été imprimée.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Copy the key by hand onto paper instead, or set up a printer and click "Print the sheet…" again.</source>
        <translation>Aucune imprimante n'est configurée sur cet ordinateur. Recopiez plutôt la clé à la main sur papier, ou configurez une imprimante et cliquez de nouveau sur « Imprimer la fiche… ».</translation>
    </message>
    <message>
        <source>The printer reported an error. Check it, or copy the key by hand.</source>
        <translation>L'imprimante a signalé une erreur. Vérifiez-la, ou recopiez la clé à la main.</translation>
    </message>
</context>
<context>
    <name>relais::ui::SessionController</name>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation><numerusform>Relais s'est verrouillé après %n minute d'inactivité.</numerusform><numerusform>Relais s'est verrouillé après %n minutes d'inactivité.</numerusform></translation>
    </message>
    <message>
        <source>The lock could not be recorded in the audit log: %1</source>
        <translation>Le verrouillage n'a pas pu être enregistré dans le journal d'audit : %1</translation>
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
        <translation><numerusform>Trop de tentatives infructueuses. Vous pourrez réessayer dans %n seconde.</numerusform><numerusform>Trop de tentatives infructueuses. Vous pourrez réessayer dans %n secondes.</numerusform></translation>
    </message>
</context>
</TS>