<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../yansenne/ui/about_dialog.py" line="+24"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+14"/>
        <source>About Yansenne</source>
        <translation>À propos de Yansenne</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The David Yansenne prize of the Brussels-Capital Region rewards projects that make the Region safer through prevention, carried by citizens, associations, municipal services, police and regional services. Yansenne is its jury desk: candidate projects, scoring grids, deliberation and the ceremony dossier.</source>
        <translation>Le prix David Yansenne de la Région de Bruxelles-Capitale récompense des projets qui rendent la Région plus sûre par la prévention, portés par des citoyens, des associations, des services communaux, la police et des services régionaux. Yansenne est l’outil de travail de son jury : projets candidats, grilles d’évaluation, délibération et dossier de la cérémonie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free software under the European Union Public Licence (EUPL) 1.2.</source>
        <translation>Logiciel libre sous licence publique de l’Union européenne (EUPL) 1.2.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../../yansenne/ui/stages/widgets.py" line="+53"/>
        <source>Allocate the readers of {stage}</source>
        <translation>Attribuer les lecteurs de l’étape {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each project of the stage gets this many readers from its category&apos;s panel, never a juror in conflict with it; the loads are balanced within each panel. The same seed gives the same allocation.</source>
        <translation>Chaque projet de l’étape reçoit ce nombre de lecteurs parmi le jury de sa catégorie, jamais un membre du jury en conflit avec lui&#x202f;; les charges sont équilibrées au sein de chaque jury. Le même germe donne la même attribution.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Readers per project</source>
        <translation>Lecteurs par projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Germe aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readers per project:</source>
        <translation>&amp;Lecteurs par projet&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Germe aléatoire&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stage already holds %n mark(s): the marks of pairs no longer allocated will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>L’étape contient déjà %Ln note&#x202f;: les notes des paires qui ne sont plus attribuées seront effacées (annuler les remet).</numerusform>
            <numerusform>L’étape contient déjà %Ln notes&#x202f;: les notes des paires qui ne sont plus attribuées seront effacées (annuler les remet).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allocate</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="+235"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../yansenne/ui/backup_actions.py" line="+46"/>
        <source>Database copies ({patterns})</source>
        <translation>Copies de base de données ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yansenne-backup-{date}</source>
        <translation>yansenne-sauvegarde-{date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to {file}</source>
        <translation>Sauvegarde écrite dans {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup and restore work on a SQLite database; for a server, use its own tools (pg_dump, pg_restore).</source>
        <translation>La sauvegarde et la restauration portent sur une base SQLite&#x202f;; pour un serveur, utilisez ses propres outils (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the whole database
{database}
by the copy
{file}?

Everything recorded since that copy was made is replaced; the present state is first saved beside the database. Open juror windows are closed.</source>
        <translation>Remplacer toute la base de données
{database}
par la copie
{file}&#x202f;?

Tout ce qui a été enregistré depuis cette copie est remplacé&#x202f;; l’état présent est d’abord sauvegardé à côté de la base. Les fenêtres de notation ouvertes sont fermées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database restored from {file}</source>
        <translation>Base de données restaurée depuis {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the previous state was saved to {file})</source>
        <translation>(l’état précédent a été sauvegardé dans {file})</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <location filename="../../yansenne/ui/juror/ballot.py" line="+22"/>
        <source>Send my ballot</source>
        <translation>Envoyer mon bulletin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballots (*.ballot)</source>
        <translation>Bulletins (*.ballot)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ballot (revision {revision}) was written to {file}. Send this file to the secretariat; you can keep scoring and send a newer one later.</source>
        <translation>Votre bulletin (révision {revision}) a été écrit dans {file}. Envoyez ce fichier au secrétariat&#x202f;; vous pouvez continuer à noter et en envoyer un plus récent plus tard.</translation>
    </message>
</context>
<context>
    <name>CallImportDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/call_import_dialog.py" line="+103"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; into edition {year}: {rows} rows</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; vers l’édition {year} : {rows} lignes</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New projects: {add}  ·  updates: {update}  ·  rows refused: {refused}</source>
        <translation>Nouveaux projets&#x202f;: {add}  ·  mises à jour&#x202f;: {update}  ·  lignes refusées&#x202f;: {refused}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say once what each value stands for; the edition keeps it for the next import.</source>
        <translation>Dites une fois ce que chaque valeur désigne ; l’édition le retient pour le prochain import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every category and actor type of the file is recognised.</source>
        <translation>Toutes les catégories et tous les types d’acteurs du fichier sont reconnus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}-refused.csv</source>
        <translation>{name}-refusées.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the refused rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Tableurs ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refused rows cannot replace the file being imported; choose another name.</source>
        <translation>Les lignes refusées ne peuvent pas remplacer le fichier importé&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing the projects…</source>
        <translation>Importation des projets…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows were refused and left out; they are saved in {file}, to fix and import later.</source>
        <translation>{count} lignes ont été refusées et laissées de côté&#x202f;; elles sont enregistrées dans {file}, à corriger et importer plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/call_import_dialog.ui" line="+14"/>
        <source>Import the call&apos;s spreadsheet</source>
        <translation>Importer le tableur de l’appel</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+16"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose the field each column of the file fills, or leave it ignored. Code, category and title (FR) are required.</source>
        <translation>Choisissez le champ que remplit chaque colonne du fichier, ou laissez-la ignorée. Code, catégorie et titre (FR) sont obligatoires.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <source>Values written differently</source>
        <translation>Valeurs écrites autrement</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Import the valid rows &amp;only, and save the refused ones in a file to fix and import later</source>
        <translation>Importer &amp;seulement les lignes valides, et enregistrer les refusées dans un fichier à corriger et importer plus tard</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+6"/>
        <source>Rows, as they would be imported</source>
        <translation>Lignes, telles qu’elles seraient importées</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid_dialogs.py" line="+31"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {code}</source>
        <translation>Modifier la catégorie {code}</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.ui" line="+14"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Nom (&amp;français)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Nom (&amp;néerlandais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Nom (an&amp;glais)&#x202f;:</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../yansenne/ui/juror/category_page.py" line="+185"/>
        <source>Find a project (code or title)</source>
        <translation>Chercher un projet (code ou titre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a project</source>
        <translation>Chercher un projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the projects whose code or title holds every word typed</source>
        <translation>N’affiche que les projets dont le code ou le titre contient chaque mot tapé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Submit my scores</source>
        <translation>Envoyer mes notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Submits your scores in every category; they then lock</source>
        <translation>Envoie vos notes dans toutes les catégories&#x202f;; elles sont alors verrouillées</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reopen (secretariat)…</source>
        <translation>Rouvrir (secrétariat)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the category (secretariat)</source>
        <translation>Rouvrir la catégorie (secrétariat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores for {category}</source>
        <translation>Notes pour {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per project, one column per criterion; type a mark, Enter or Tab to go on, F2 to edit</source>
        <translation>Une ligne par projet, une colonne par critère&#x202f;; tapez une note, Entrée ou Tab pour continuer, F2 pour modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress in {category}</source>
        <translation>Avancement en {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid and project</source>
        <translation>Grille et projet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{scored} of {total} projects scored</source>
        <translation>{scored} projets notés sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing marks: {count}</source>
        <translation>notes manquantes&#x202f;: {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submits your scores in every category; you will see first what is still missing</source>
        <translation>Envoie vos notes dans toutes les catégories ; vous verrez d’abord ce qui manque encore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted on {when}. Your scores in this category are locked; only the secretariat can reopen them.</source>
        <translation>Envoyées le {when}. Vos notes dans cette catégorie sont verrouillées&#x202f;; seul le secrétariat peut les rouvrir.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: {project} · {criterion} cleared</source>
        <translation>Enregistré&#x202f;: {project} · {criterion} effacée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {project} · {criterion} = {value} (revision {revision})</source>
        <translation>Enregistré&#x202f;: {project} · {criterion} = {value} (révision {revision})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Move to a criterion to read its rubric.</source>
        <translation>Placez-vous sur un critère pour lire sa grille d’appréciation.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;b&gt;{criterion}&lt;/b&gt; · weight {weight} · {allowed}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; · poids {weight} · {allowed}</translation>
    </message>
</context>
<context>
    <name>CeremonyPage</name>
    <message>
        <location filename="../../yansenne/ui/ceremony/page.py" line="+153"/>
        <source>Building…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the document</source>
        <translation>Génération du document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder for the letters to the candidates</source>
        <translation>Dossier des lettres aux candidats</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the letters…</source>
        <translation>Écriture des lettres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the letters to the candidates</source>
        <translation>Écriture des lettres aux candidats</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+122"/>
        <source>Cannot sign the document</source>
        <translation>Impossible de signer le document</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Check a PDF</source>
        <translation>Vérifier un PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>Cannot check the document</source>
        <translation>Impossible de vérifier le document</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the document</source>
        <translation>Vérification du document</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{file}: %n page(s), checked.</source>
        <translation>
            <numerusform>{file}&#x202f;: %Ln page, vérifiée.</numerusform>
            <numerusform>{file}&#x202f;: %Ln pages, vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>The document was not checked.</source>
        <translation>Le document n’a pas été vérifié.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The document could not be checked:
{error}</source>
        <translation>Le document n’a pas pu être vérifié&#x202f;:
{error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing the document</source>
        <translation>Signature du document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in field {field}.</source>
        <translation>Signé dans le champ {field}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document was not signed.</source>
        <translation>Le document n’a pas été signé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document could not be signed:
{error}</source>
        <translation>Le document n’a pas pu être signé&#x202f;:
{error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no time given</source>
        <translation>aucune heure indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>broken</source>
        <translation>rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only signatures added after</source>
        <translation>seules des signatures ajoutées depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed after signing</source>
        <translation>modifié après la signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {signer}, {time}: {state}, {after}</source>
        <translation>{field}&#x202f;: {signer}, {time}&#x202f;: {state}, {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed yet: {fields}</source>
        <translation>Pas encore signé&#x202f;: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signature yet.</source>
        <translation>Aucune signature pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) written to {folder}; all of them in {file}.</source>
        <translation>
            <numerusform>%Ln lettre écrite dans {folder}&#x202f;; toutes dans {file}.</numerusform>
            <numerusform>%Ln lettres écrites dans {folder}&#x202f;; toutes dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No remedies paragraph in {languages}: set it on the Edition page.</source>
        <translation>Pas de paragraphe sur les voies de recours en {languages}&#x202f;: complétez-le sur la page Édition.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>The letters were not written.</source>
        <translation>Les lettres n’ont pas été écrites.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The letters could not be written:
{error}</source>
        <translation>Les lettres n’ont pas pu être écrites&#x202f;:
{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the letters</source>
        <translation>Impossible d’écrire les lettres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>French</source>
        <comment>within a sentence</comment>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <comment>within a sentence</comment>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <comment>within a sentence</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: no summary in {languages}</source>
        <translation>{project}&#x202f;: pas de résumé en {languages}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summaries missing</source>
        <translation>Résumés manquants</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laureate(s) have no summary in the dossier&apos;s language: the dossier says so where the summary would be.</source>
        <translation>
            <numerusform>%Ln lauréat n’a pas de résumé dans la langue du dossier&#x202f;: le dossier le signale à la place du résumé.</numerusform>
            <numerusform>%Ln lauréats n’ont pas de résumé dans la langue du dossier&#x202f;: le dossier le signale à la place du résumé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print all the same</source>
        <translation>Imprimer malgré tout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>S&amp;ign…</source>
        <translation>Signe&amp;r…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the minutes or the dossier of the locked edition shown, with a certificate file or an eID card</source>
        <translation>Signer le procès-verbal ou le dossier de l’édition verrouillée affichée, avec un fichier de certificat ou une carte eID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k a PDF…</source>
        <translation>&amp;Vérifier un PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a PDF from elsewhere, such as minutes a juror sent back signed, list its signatures and sign it; the file itself is never changed</source>
        <translation>Afficher un PDF venu d’ailleurs, comme un procès-verbal renvoyé signé par un juré, en lister les signatures et le signer&#x202f;; le fichier lui-même n’est jamais modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatures of the document</source>
        <translation>Signatures du document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ceremony slides</source>
        <translation>Diaporama de la cérémonie</translation>
    </message>
    <message>
        <location line="-374"/>
        <location line="+242"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the document</source>
        <translation>Impossible d’enregistrer le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {file}</source>
        <translation>Enregistré dans {file}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document could not be built:
{error}</source>
        <translation>Le document n’a pas pu être généré&#x202f;:
{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot build the document</source>
        <translation>Impossible de générer le document</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n page(s), ready to print.</source>
        <translation>
            <numerusform>%Ln page, prête à imprimer.</numerusform>
            <numerusform>%Ln pages, prêtes à imprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n laureate(s) without a summary in this language: {list}.</source>
        <translation>
            <numerusform>%Ln lauréat sans résumé dans cette langue&#x202f;: {list}.</numerusform>
            <numerusform>%Ln lauréats sans résumé dans cette langue&#x202f;: {list}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+143"/>
        <source>The deliberation is not locked: every page carries the DRAFT mark.</source>
        <translation>La délibération n’est pas clôturée&#x202f;: chaque page porte la mention PROJET.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an edition first.</source>
        <translation>Choisissez d’abord une édition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the document and its language, then Build.</source>
        <translation>Choisissez le document et sa langue, puis Générer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>French and Dutch side by side</source>
        <translation>Français et néerlandais côte à côte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Le&amp;tters…</source>
        <translation>Le&amp;ttres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the letters to the candidates, one PDF a project in its language, into a folder</source>
        <translation>Écrire les lettres aux candidats, un PDF par projet dans sa langue, dans un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the document</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the generated document, as they will print</source>
        <translation>Les pages du document généré, telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceremony dossier</source>
        <translation>Dossier de la cérémonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of the deliberation</source>
        <translation>Procès-verbal de la délibération</translation>
    </message>
    <message>
        <location filename="../../ui/ceremony_page.ui" line="+19"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#x202f;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#x202f;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
</context>
<context>
    <name>ChooseJurorDialog</name>
    <message>
        <location filename="../../yansenne/ui/juror/__init__.py" line="+52"/>
        <location filename="../../yansenne/ui/juror/choose_dialog.py" line="+48"/>
        <source>Score as juror</source>
        <translation>Noter en tant que membre du jury</translation>
    </message>
    <message>
        <location filename="../../yansenne/ui/juror/choose_dialog.py" line="+1"/>
        <source>&amp;Whose grid do you want to open?</source>
        <translation>&amp;Quelle grille voulez-vous ouvrir&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid shows only this juror&apos;s categories and marks; every mark is saved as it is typed, in the juror&apos;s name.</source>
        <translation>La grille ne montre que les catégories et les notes de ce membre du jury ; chaque note est enregistrée dès qu’elle est tapée, au nom du membre du jury.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edition has no juror who scores.</source>
        <translation>Cette édition n’a aucun membre du jury qui note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the grid</source>
        <translation>Ouvrir la grille</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../../yansenne/ui/collection/model.py" line="+77"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package sent</source>
        <translation>Paquet envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Submitted</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No package yet</source>
        <translation>Pas encore de paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting ballot</source>
        <translation>Bulletin attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete, not submitted</source>
        <translation>Complet, non soumis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revision of the last ballot applied</source>
        <translation>Révision du dernier bulletin appliqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks given, of those the juror owes</source>
        <translation>Notes données, sur celles que le membre du jury doit attribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories submitted, of those assigned</source>
        <translation>Catégories soumises, sur celles attribuées</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n package(s) sent</source>
        <translation>
            <numerusform>%Ln paquet envoyé</numerusform>
            <numerusform>%Ln paquets envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../yansenne/ui/collection/page.py" line="+127"/>
        <location filename="../../ui/collection_page.ui" line="+126"/>
        <source>Last collection</source>
        <translation>Dernière collecte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Distribute packages</source>
        <translation>Distribuer les paquets</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Packages were already sent to %n juror(s). A new package replaces the juror&apos;s copy: marks they have not yet sent in a ballot would be lost if they switch to it. Write new packages for every juror?</source>
        <translation>
            <numerusform>Un paquet a déjà été envoyé à %Ln membre du jury. Un nouveau paquet remplace sa copie : les notes qu’il n’a pas encore envoyées dans un bulletin seraient perdues s’il passe au nouveau. Écrire de nouveaux paquets pour chaque membre du jury ?</numerusform>
            <numerusform>Des paquets ont déjà été envoyés à %Ln membres du jury. Un nouveau paquet remplace leur copie : les notes qu’ils n’ont pas encore envoyées dans un bulletin seraient perdues s’ils passent au nouveau. Écrire de nouveaux paquets pour chaque membre du jury ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the packages</source>
        <translation>Dossier des paquets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the jurors&apos; packages…</source>
        <translation>Écriture des paquets des membres du jury…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots to collect</source>
        <translation>Bulletins à recueillir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots (*{suffix})</source>
        <translation>Bulletins (*{suffix})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collecting the ballots…</source>
        <translation>Collecte des bulletins…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Package of {juror} written: {file}</source>
        <translation>Paquet de {juror} enregistré&#x202f;: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) written to {folder}</source>
        <translation>
            <numerusform>%Ln paquet écrit dans {folder}</numerusform>
            <numerusform>%Ln paquets écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last distribution</source>
        <translation>Dernière distribution</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last collection: %n ballot(s) applied</source>
        <translation>
            <numerusform>Dernière collecte&#x202f;: %Ln bulletin appliqué</numerusform>
            <numerusform>Dernière collecte&#x202f;: %Ln bulletins appliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln problème</numerusform>
            <numerusform>%Ln problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collection</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No juror scores in this edition</source>
        <translation>Aucun membre du jury ne note dans cette édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots from {received} of {total} jurors · {submitted} submitted</source>
        <translation>Bulletins de {received} membres du jury sur {total} · {submitted} soumis</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.ui" line="-89"/>
        <source>Distribute packages…</source>
        <translation>Distribuer les paquets…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every juror&apos;s package into a folder, to send to the jurors</source>
        <translation>Enregistrer le paquet de chaque membre du jury dans un dossier, à envoyer aux membres du jury</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collect ballots…</source>
        <translation>Recueillir les bulletins…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the ballots the jurors sent back, check them and apply them</source>
        <translation>Choisir les bulletins renvoyés par les membres du jury, les vérifier et les appliquer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Progress of each juror&apos;s ballots</source>
        <translation>Avancement des bulletins de chaque membre du jury</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop ballot files (.ballot) here to collect them</source>
        <translation>Déposez ici les fichiers de bulletin (.ballot) pour les recueillir</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Each juror scores offline in their package and sends back a signed ballot. A ballot is the juror&apos;s whole grid: it replaces their earlier marks, and a mark it no longer holds is cleared. A ballot edited by hand, older than the last one applied, or for another edition is refused.</source>
        <translation>Chaque membre du jury note hors ligne dans son paquet et renvoie un bulletin signé. Un bulletin contient toute la grille du membre du jury : il remplace ses notes précédentes, et une note qui n’y figure plus est effacée. Un bulletin modifié à la main, plus ancien que le dernier appliqué ou destiné à une autre édition est refusé.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/conflicts_model.py" line="+75"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict of interest declared: {reason}</source>
        <translation>Conflit d’intérêts déclaré : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: {reason}</source>
        <translation>Suggéré&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflict declared</source>
        <translation>Aucun conflit déclaré</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n score(s) given, cleared if a conflict is declared</source>
        <translation>
            <numerusform>%Ln note donnée, effacée si un conflit est déclaré</numerusform>
            <numerusform>%Ln notes données, effacées si un conflit est déclaré</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../yansenne/ui/pages/conflicts.py" line="+123"/>
        <source>%n conflict(s) of interest declared</source>
        <translation>
            <numerusform>%Ln conflit d’intérêts déclaré</numerusform>
            <numerusform>%Ln conflits d’intérêts déclarés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s) to look at (shaded).</source>
        <translation>
            <numerusform>%Ln suggestion à examiner (en couleur).</numerusform>
            <numerusform>%Ln suggestions à examiner (en couleur).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a cell: a juror&apos;s column, a project&apos;s row.</source>
        <translation>Choisissez une case : la colonne d’un membre du jury, la ligne d’un projet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+68"/>
        <source>Why is juror {juror} in conflict with project {project}?</source>
        <translation>Pourquoi le membre du jury {juror} est-il en conflit d’intérêts avec le projet {project} ?</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>The juror has given %n score(s) to this project; they will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>Le membre du jury a donné %Ln note à ce projet&#x202f;; elle sera effacée (Annuler la rétablit).</numerusform>
            <numerusform>Le membre du jury a donné %Ln notes à ce projet&#x202f;; elles seront effacées (Annuler les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare a conflict of interest</source>
        <translation>Déclarer un conflit d’intérêts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declare the conflict {juror} × {project}</source>
        <translation>Déclarer le conflit {juror} × {project}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdraw a conflict of interest</source>
        <translation>Retirer un conflit d’intérêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the conflict of interest of juror {juror} with project {project}? The juror will then score the project.</source>
        <translation>Retirer le conflit d’intérêts du membre du jury {juror} avec le projet {project} ? Il notera alors le projet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw the conflict {juror} × {project}</source>
        <translation>Retirer le conflit {juror} × {project}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reason of the conflict of interest</source>
        <translation>Motif du conflit d’intérêts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reason {juror} × {project}</source>
        <translation>Modifier le motif {juror} × {project}</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_page.ui" line="+37"/>
        <source>Search the projects</source>
        <translation>Rechercher dans les projets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the projects…</source>
        <translation>Rechercher un projet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only projects with a conflict or a suggestion</source>
        <translation>Seulement les projets avec un conflit ou une suggestion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Projects and their conflicts of interest</source>
        <translation>Projets et leurs conflits d’intérêts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a project to see its declared and suggested conflicts</source>
        <translation>Choisissez un projet pour voir ses conflits déclarés et suggérés</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Selected pair</source>
        <translation>Paire sélectionnée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Declare a conflict…</source>
        <translation>Déclarer un conflit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the suggestion</source>
        <translation>Confirmer la suggestion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reason…</source>
        <translation>Modifier le motif…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../yansenne/ui/results/consensus_panel.py" line="+73"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>majority and minority</source>
        <translation>majorité et minorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <location line="+198"/>
        <source>Majority text, &amp;French:</source>
        <extracomment>(project, {kind: (fr, nl)}): the texts the user asks to save.</extracomment>
        <translation>Texte de la majorité, &amp;français&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus text, &amp;French:</source>
        <translation>Texte de consensus, &amp;français&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority text, &amp;Dutch:</source>
        <translation>Texte de la majorité, &amp;néerlandais&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus text, &amp;Dutch:</source>
        <translation>Texte de consensus, &amp;néerlandais&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority text, F&amp;rench:</source>
        <translation>Texte de la minorité, f&amp;rançais&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority text, D&amp;utch:</source>
        <translation>Texte de la minorité, n&amp;éerlandais&#x202f;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Locked: the texts can no longer change.</source>
        <translation>Verrouillé&#x202f;: les textes ne peuvent plus changer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock needs the consensus text in French and Dutch.</source>
        <translation>Le verrouillage exige le texte de consensus en français et en néerlandais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock needs the majority and the minority texts in French and Dutch.</source>
        <translation>Le verrouillage exige les textes de la majorité et de la minorité en français et en néerlandais.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Consensus texts of the last stage</source>
        <translation>Textes de consensus de la dernière étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each project that reached the last stage needs a consensus text (the rapporteur&apos;s), or a majority and a minority text, in French and Dutch, before the lock. The dossier and the minutes print them.</source>
        <translation>Chaque projet arrivé à la dernière étape doit recevoir un texte de consensus (celui du rapporteur), ou un texte de la majorité et un texte de la minorité, en français et en néerlandais, avant le verrouillage. Le dossier et le procès-verbal les impriment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Sorte&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority and minority</source>
        <translation>Majorité et minorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the texts</source>
        <translation>Enregistrer les textes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="+454"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Gap to {project}</source>
        <translation>Écart avec {project}</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid_dialogs.py" line="+43"/>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {code}</source>
        <translation>Modifier le critère {code}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{share} of the grid</source>
        <translation>{share} de la grille</translation>
    </message>
    <message>
        <location filename="../../ui/criterion_dialog.ui" line="+14"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Applies to:</source>
        <translation>&amp;S’applique à&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Nom (&amp;français)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Nom (&amp;néerlandais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Nom (an&amp;glais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Share:</source>
        <translation>Part&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Step:</source>
        <translation>P&amp;as&#x202f;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Rubric: what each level means</source>
        <translation>Descripteurs&#x202f;: ce que signifie chaque niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One tab per language: French, Dutch, English</source>
        <translation>Un onglet par langue&#x202f;: français, néerlandais, anglais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in French</source>
        <translation>Grille descriptive en français</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in Dutch</source>
        <translation>Grille descriptive en néerlandais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in English</source>
        <translation>Grille descriptive en anglais</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/dashboard.py" line="+99"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>jurors who score (+ %n observer(s))</source>
        <translation>
            <numerusform>membres du jury qui notent (+ %Ln observateur)</numerusform>
            <numerusform>membres du jury qui notent (+ %Ln observateurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>conflicts of interest (%n suggested)</source>
        <translation>
            <numerusform>conflits d’intérêts (%Ln suggéré)</numerusform>
            <numerusform>conflits d’intérêts (%Ln suggérés)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>of the expected marks given</source>
        <translation>des notes attendues données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects fully scored by each juror, out of the projects they score (conflicts and observers left out); {marks} of {expected} marks given.</source>
        <translation>Projets entièrement notés par chaque membre du jury, sur les projets qu’il note (hors conflits et observateurs) ; {marks} notes données sur {expected}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>conflicts of interest</source>
        <translation>conflits d’intérêts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/dashboard_page.ui" line="+108"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lead actor</source>
        <translation>porteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>commune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart of the projects counted</source>
        <translation>Graphique du nombre de projets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars of the number of projects, by the dimension chosen in &quot;Count by&quot;</source>
        <translation>Barres du nombre de projets, selon le critère choisi dans «&#x202f;Compter par&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="+11"/>
        <source>&amp;Count by:</source>
        <translation>&amp;Compter par&#x202f;:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Scoring progress</source>
        <translation>Avancement de la notation</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="-81"/>
        <source>Award</source>
        <translation>Distinction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as proposed</source>
        <translation>conforme à la proposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departs, justified</source>
        <translation>s’en écarte, justifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departs: justification needed</source>
        <translation>s’en écarte&#x202f;: justification requise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>save to vote</source>
        <translation>à enregistrer avant le vote</translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_page.py" line="+214"/>
        <location line="+233"/>
        <source>Reading the deliberation</source>
        <translation>Lecture de la délibération</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>placed {place}</source>
        <translation>classé {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ranked</source>
        <translation>non classé</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This decision departs from the proposal ({why}): a justification is required.</source>
        <translation>Cette décision s’écarte de la proposition ({why})&#x202f;: une justification est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This decision departs from the proposal ({why}); the justification above says why.</source>
        <translation>Cette décision s’écarte de la proposition ({why})&#x202f;; la justification ci-dessus en donne la raison.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Justification (required):</source>
        <translation>&amp;Justification (obligatoire)&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/deliberation_page.ui" line="+448"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#x202f;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the decisions</source>
        <translation>Enregistrement des décisions</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording attendance</source>
        <translation>Enregistrement des présences</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>Recording the vote</source>
        <translation>Enregistrement du vote</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Recording the meeting</source>
        <translation>Enregistrement de la séance</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording the casting vote</source>
        <translation>Enregistrement de la voix prépondérante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock the decision</source>
        <translation>Verrouiller la décision</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Double-click a cell (or press F2) to record a present juror&apos;s vote on a saved decision, or type + (for), - (against), 0 (abstains), Delete (no vote): the cursor moves to the next juror. On an equal count, the president&apos;s own vote decides.</source>
        <translation>Double-cliquez sur une cellule (ou appuyez sur F2) pour enregistrer le vote d’un membre présent sur une décision enregistrée, ou tapez + (pour), - (contre), 0 (abstention), Suppr (pas de vote)&#x202f;: le curseur passe au membre suivant. En cas d’égalité, la voix du président décide.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Locking now asks to confirm: {problems}</source>
        <translation>Verrouiller maintenant demandera de confirmer&#x202f;: {problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unanimous: for</source>
        <translation>À l’unanimité&#x202f;: pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanimous: against</source>
        <translation>À l’unanimité&#x202f;: contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanimous: abstains</source>
        <translation>À l’unanimité&#x202f;: abstention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanimous vote</source>
        <translation>Vote à l’unanimité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every present juror votes for the decision of the current column; the arrow offers against or abstains</source>
        <translation>Chaque membre présent vote pour la décision de la colonne courante&#x202f;; la flèche propose contre ou abstention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Lock the deliberation of edition {year}? Scores and decisions can no longer change until the secretariat reopens it.</source>
        <translation>Verrouiller la délibération de l’édition {year}&#x202f;? Les notes et les décisions ne pourront plus changer tant que le secrétariat ne l’aura pas rouverte.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Saving the consensus texts</source>
        <translation>Enregistrement des textes de consensus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus texts of {project}</source>
        <translation>Textes de consensus de {project}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Locking now passes over:</source>
        <translation>Verrouiller maintenant passe outre&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock all the same</source>
        <translation>Verrouiller malgré tout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking the decision</source>
        <translation>Verrouillage de la décision</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Reopen the deliberation</source>
        <translation>Rouvrir la délibération</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is edition {year} reopened? (kept in the audit log)</source>
        <translation>Pourquoi l’édition {year} est-elle rouverte&#x202f;? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why the deliberation is reopened.</source>
        <translation>Indiquez pourquoi la délibération est rouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopening the deliberation</source>
        <translation>Réouverture de la délibération</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting and votes</source>
        <translation>Réunion et votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus texts ({missing} missing)</source>
        <translation>Textes de consensus ({missing} manquants)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus texts</source>
        <translation>Textes de consensus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The final minutes need {missing}; a draft leaves them blank to complete by hand.</source>
        <translation>Le procès-verbal définitif requiert {missing}&#x202f;; un projet les laisse en blanc, à compléter à la main.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes print these facts; they can be corrected after the lock.</source>
        <translation>Le procès-verbal imprime ces données&#x202f;; elles restent modifiables après le verrouillage.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Prizes across categories:</source>
        <translation>Prix toutes catégories confondues&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ranking ({method}) proposes the laureates: prize 1 to the project placed first, and so on. The jury may award fewer prizes, add mentions, or depart from the proposal with a written justification.</source>
        <translation>Le classement général ({method}) propose les lauréats&#x202f;: le prix 1 au projet classé premier, et ainsi de suite. Le jury peut attribuer moins de prix, ajouter des mentions ou s’écarter de la proposition moyennant une justification écrite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edition&apos;s tie-break rules end with the casting vote: it settles, in this order, the ties the other rules leave.</source>
        <translation>Les règles de départage de l’édition se terminent par la voix prépondérante&#x202f;: elle tranche, dans cet ordre, les égalités que les autres règles laissent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition&apos;s tie-break rules do not use the casting vote: it is kept for the minutes and does not change the places.</source>
        <translation>Les règles de départage de l’édition n’utilisent pas la voix prépondérante&#x202f;: elle est consignée au procès-verbal et ne modifie pas les places.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fingerprint still matches</source>
        <translation>l’empreinte correspond toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;the data changed since the lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;les données ont changé depuis le verrouillage&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Deliberation of edition {year} locked&lt;/b&gt; on {when} · fingerprint &lt;code&gt;{print}&lt;/code&gt;: {intact}.</source>
        <translation>&lt;b&gt;Délibération de l’édition {year} verrouillée&lt;/b&gt; le {when} · empreinte &lt;code&gt;{print}&lt;/code&gt;&#x202f;: {intact}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Deliberation of edition {year}&lt;/b&gt; · open</source>
        <translation>&lt;b&gt;Délibération de l’édition {year}&lt;/b&gt; · ouverte</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every present juror votes the same on {decision}, in one step</source>
        <translation>Chaque membre présent vote de même sur {decision}, en une seule action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked: only the secretariat can reopen the deliberation, with a reason.</source>
        <translation>Verrouillée&#x202f;: seul le secrétariat peut rouvrir la délibération, en motivant sa décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the decisions before locking.</source>
        <translation>Enregistrez les décisions avant de verrouiller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock yet: {problems}</source>
        <translation>Verrouillage impossible pour l’instant&#x202f;: {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision is recorded: locking now records that the jury awards nothing.</source>
        <translation>Aucune décision n’est enregistrée&#x202f;: verrouiller maintenant acte que le jury n’attribue rien.</translation>
    </message>
    <message>
        <location filename="../../ui/deliberation_page.ui" line="-385"/>
        <source>&amp;Lock the decision…</source>
        <translation>&amp;Verrouiller la décision…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No edition to deliberate on.</source>
        <translation>Aucune édition à délibérer.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Proposal from the ranking</source>
        <translation>Proposition issue du classement</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Take over the proposal</source>
        <translation>&amp;Reprendre la proposition</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decisions of the jury</source>
        <translation>Décisions du jury</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a &amp;prize</source>
        <translation>Ajouter un &amp;prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a me&amp;ntion</source>
        <translation>Ajouter une me&amp;ntion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save the decisions</source>
        <translation>&amp;Enregistrer les décisions</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>&amp;Award:</source>
        <translation>&amp;Distinction&#x202f;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#x202f;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#x202f;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Citation (&amp;French):</source>
        <translation>Citation (&amp;français)&#x202f;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the jury honours this project, in French</source>
        <translation>Pourquoi le jury distingue ce projet, en français</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citation (&amp;Dutch):</source>
        <translation>Citation (&amp;néerlandais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the jury honours this project, in Dutch</source>
        <translation>Pourquoi le jury distingue ce projet, en néerlandais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citation (&amp;English):</source>
        <translation>Citation (&amp;anglais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Needed only when the decision departs from the proposal</source>
        <translation>Nécessaire uniquement si la décision s’écarte de la proposition</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The meeting (for the minutes)</source>
        <translation>La séance (pour le procès-verbal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting da&amp;y:</source>
        <translation>Da&amp;te de la séance&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date of the deliberation</source>
        <translation>Date de la délibération</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Held at:</source>
        <translation>&amp;Lieu&#x202f;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place of the deliberation</source>
        <translation>Lieu de la délibération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Brussels City Hall, Gothic Room</source>
        <translation>p. ex. Hôtel de Ville de Bruxelles, salle gothique</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open&amp;ing time:</source>
        <translation>&amp;Heure d’ouverture&#x202f;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time the deliberation opened</source>
        <translation>Heure d’ouverture de la délibération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes, HH:MM, for example 14:30</source>
        <translation>Heures et minutes, HH:MM, par exemple 14:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Closin&amp;g time:</source>
        <translation>He&amp;ure de clôture&#x202f;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time the deliberation closed</source>
        <translation>Heure de clôture de la délibération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes, HH:MM, for example 17:45</source>
        <translation>Heures et minutes, HH:MM, par exemple 17:45</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the jurors marked present vote; observers never do.</source>
        <translation>Seuls les membres du jury indiqués présents votent&#x202f;; les observateurs ne votent jamais.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>President&apos;s casting vote</source>
        <translation>Voix prépondérante de la présidence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects in the president&apos;s &amp;order:</source>
        <translation>Projets dans l’&amp;ordre du président&#x202f;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. P14; P15</source>
        <translation>p. ex. P14&#x202f;; P15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;cord</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>EditionPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/edition.py" line="+162"/>
        <source>Edit edition {year}</source>
        <translation>Modifier l’édition {year}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the higher median of the juror totals</source>
        <translation>la médiane la plus élevée des totaux des membres du jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more jurors placing it first</source>
        <translation>plus de membres du jury qui le placent premier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the president&apos;s casting vote</source>
        <translation>la voix prépondérante du président</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the better score on {criterion}</source>
        <translation>la meilleure note sur {criterion}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Edition {year}</source>
        <translation>Édition {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after its deliberation: only the ceremony date, the forewords and the letters&apos; remedies can still change.</source>
        <translation>Verrouillée après sa délibération&#x202f;: seuls la date de la cérémonie, les avant-propos et les voies de recours des lettres peuvent encore changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scoring has started: the grid is frozen (see Categories &amp; grid).</source>
        <translation>La notation a commencé&#x202f;: la grille est figée (voir Catégories et grille).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has not started: everything can still change.</source>
        <translation>La notation n’a pas commencé : tout peut encore changer.</translation>
    </message>
    <message>
        <location filename="../../ui/edition_page.ui" line="+53"/>
        <source>New edition…</source>
        <translation>Nouvelle édition…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Names, date and prizes</source>
        <translation>Noms, date et prix</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Nom (&amp;néerlandais)&#x202f;:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Name (F&amp;rench):</source>
        <translation>Nom (f&amp;rançais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name (Engl&amp;ish):</source>
        <translation>Nom (angla&amp;is)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ceremony:</source>
        <translation>&amp;Cérémonie&#x202f;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Prizes (€):</source>
        <translation>&amp;Prix (€)&#x202f;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ranking rules</source>
        <translation>Règles du classement</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Method:</source>
        <translation>Méth&amp;ode&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trim (K):</source>
        <translation>&amp;Troncature (K)&#x202f;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum&#x202f;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tie-&amp;break:</source>
        <translation>&amp;Départage&#x202f;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Foreword of the ceremony dossier</source>
        <translation>Avant-propos du dossier de la cérémonie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+100"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in French</source>
        <translation>Avant-propos en français</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in Dutch</source>
        <translation>Avant-propos en néerlandais</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in English</source>
        <translation>Avant-propos en anglais</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remedies paragraph of the letters to candidates</source>
        <translation>Voies de recours des lettres aux candidats</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remedies paragraph in French</source>
        <translation>Voies de recours en français</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remedies paragraph in Dutch</source>
        <translation>Voies de recours en néerlandais</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remedies paragraph in English</source>
        <translation>Voies de recours en anglais</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Revert</source>
        <translation>Annuler les changements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>EligibleDelegate</name>
    <message>
        <location filename="../../yansenne/ui/stages/widgets.py" line="-52"/>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../yansenne/ui/file_dialogs.py" line="+102"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{extension} file</source>
        <translation>Fichier {extension}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>This is the open database itself; choose another file.</source>
        <translation>C’est la base de données ouverte elle-même ; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location line="-137"/>
        <source>results</source>
        <extracomment>The words of the names the desk suggests for the files it writes (&quot;results-2026.xlsx&quot; is &quot;résultats-2026.xlsx&quot; for a French reader).</extracomment>
        <translation>résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>proces-verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoresheet</source>
        <translation>grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoresheets</source>
        <translation>grilles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edition</source>
        <translation>edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>refuses</translation>
    </message>
</context>
<context>
    <name>GridCategoriesModel</name>
    <message>
        <location filename="../../yansenne/ui/models/grid_models.py" line="+43"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
</context>
<context>
    <name>GridCriteriaModel</name>
    <message>
        <location line="+35"/>
        <source>{min} to {max}, by {step}</source>
        <translation>de {min} à {max}, par pas de {step}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid.py" line="+170"/>
        <source>Grid of the category: {name}</source>
        <translation>Grille de la catégorie&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/grid_page.ui" line="+163"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n criteria; total weight {total}, shown as shares of 100 %.</source>
        <translation>
            <numerusform>%Ln critère&#x202f;; poids total {total}, affiché en parts de 100 %.</numerusform>
            <numerusform>%Ln critères&#x202f;; poids total {total}, affichés en parts de 100 %.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edition is locked after its deliberation: its grid can no longer change.</source>
        <translation>L’édition est verrouillée après sa délibération : sa grille ne peut plus changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The grid is frozen&lt;/b&gt;: scoring has started. Changing it now would change what the marks already given mean; unfreezing is a deliberate act, written to the audit log.</source>
        <translation>&lt;b&gt;La grille est figée&lt;/b&gt; : la notation a commencé. La modifier maintenant changerait le sens des notes déjà données ; la dégeler est un acte délibéré, inscrit au journal d’audit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The grid was unfrozen deliberately&lt;/b&gt; although scoring has started. Freeze it again once the change is made.</source>
        <translation>&lt;b&gt;La grille a été dégelée délibérément&lt;/b&gt; alors que la notation a commencé. Figez-la à nouveau une fois la modification faite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grid freezes by itself when the first score is given.</source>
        <translation>La grille se fige d’elle-même dès la première note.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add category {code}</source>
        <translation>Ajouter la catégorie {code}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit category {code}</source>
        <translation>Modifier la catégorie {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a category</source>
        <translation>Supprimer une catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the category {name} and its own criteria?</source>
        <translation>Supprimer la catégorie {name} et ses propres critères&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete category {code}</source>
        <translation>Supprimer la catégorie {code}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add criterion {code}</source>
        <translation>Ajouter le critère {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit criterion {code}</source>
        <translation>Modifier le critère {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a criterion</source>
        <translation>Supprimer un critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the criterion {name}?</source>
        <translation>Supprimer le critère {name}&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete criterion {code}</source>
        <translation>Supprimer le critère {code}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move criterion {code}</source>
        <translation>Déplacer le critère {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Unfreeze the grid</source>
        <translation>Dégeler la grille</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scoring has started. A change to the grid changes what the marks already given mean, for every juror.

Unfreeze the grid of edition {year}? This is written to the audit log.</source>
        <translation>La notation a commencé. Modifier la grille change le sens des notes déjà données, pour chaque membre du jury.

Dégeler la grille de l’édition {year} ? Cet acte est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/grid_page.ui" line="-96"/>
        <source>Freeze the grid</source>
        <translation>Figer la grille</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no rubric given</source>
        <translation>aucune grille d’appréciation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/grid_page.ui" line="-7"/>
        <source>Unfreeze the grid…</source>
        <translation>Dégeler la grille…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+86"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the criterion up (Ctrl+Up)</source>
        <translation>Monter le critère (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the criterion down (Ctrl+Down)</source>
        <translation>Descendre le critère (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What a juror sees</source>
        <translation>Ce que voit un membre du jury</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the j&amp;uror:</source>
        <translation>Lan&amp;gue du membre du jury&#x202f;:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../yansenne/ui/help_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guide to the desk; Tab reaches its links, Enter follows one</source>
        <translation>Le guide du bureau&#x202f;; Tab atteint ses liens, Entrée en suit un</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/history_dialog.py" line="+18"/>
        <source>History of {code}</source>
        <translation>Historique de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="+14"/>
        <source>Project history</source>
        <translation>Historique du projet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No change to this project is recorded yet.</source>
        <translation>Aucune modification de ce projet n’est encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../yansenne/ui/models/history_model.py" line="+31"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/juror_dialog.py" line="+31"/>
        <source>New juror</source>
        <translation>Nouveau membre du jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit juror {code}</source>
        <translation>Modifier le membre du jury {code}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>president</source>
        <translation>présidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer (sits but does not score)</source>
        <translation>observation (siège sans noter)</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="+14"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#x202f;:</translation>
    </message>
</context>
<context>
    <name>JurorGridModel</name>
    <message>
        <location filename="../../yansenne/ui/juror/grid_model.py" line="+287"/>
        <location line="+76"/>
        <source>This column cannot be scored.</source>
        <translation>Cette colonne ne peut pas être notée.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>“{text}” is not a number: for {criterion}, type {allowed}.</source>
        <translation>« {text} » n’est pas un nombre : pour {criterion}, tapez {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is outside the scale of {criterion}: type {allowed}.</source>
        <translation>{value} est hors de l’échelle de {criterion} : tapez {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not on a step of {criterion}: type {allowed}.</source>
        <translation>{value} ne correspond pas à un pas de {criterion}&#x202f;: tapez {allowed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a mark from {min} to {max} in steps of {step}</source>
        <translation>une note de {min} à {max} par pas de {step}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a mark before commenting it.</source>
        <translation>Donnez une note avant de la commenter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to a criterion&apos;s column to type a mark.</source>
        <translation>Placez-vous dans la colonne d’un critère pour taper une note.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declared a conflict of interest with {project}: it cannot be scored.</source>
        <translation>Vous avez déclaré un conflit d’intérêts avec {project} : il ne peut pas être noté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scores in this category are submitted and locked; only the secretariat can reopen them.</source>
        <translation>Vos notes dans cette catégorie sont envoyées et verrouillées&#x202f;; seul le secrétariat peut les rouvrir.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total
% of max.</source>
        <translation>Total
% du max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{criterion}
weight {weight}</source>
        <translation>{criterion}
poids {weight}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{criterion} — weight {weight}, {allowed}</source>
        <translation>{criterion} — poids {weight}, {allowed}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Your total: the weighted share of the maximum over the criteria you scored</source>
        <translation>Votre total&#x202f;: la part pondérée du maximum sur les critères que vous avez notés</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+7"/>
        <location line="+135"/>
        <source>Conflict of interest: you do not score this project.</source>
        <translation>Conflit d’intérêts : vous ne notez pas ce projet.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{scored} of {total} criteria scored</source>
        <translation>{scored} critères notés sur {total}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>{total} (partial)</source>
        <translation>{total} (partiel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: {scored} of {total} criteria scored; this total covers only those.</source>
        <translation>Incomplet&#x202f;: {scored} critères notés sur {total}&#x202f;; ce total ne porte que sur eux.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+65"/>
        <source>not scored</source>
        <translation>pas noté</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Total, {project}: {total}</source>
        <translation>Total, {project}&#x202f;: {total}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>conflict of interest</source>
        <translation>conflit d’intérêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{criterion}, {project} {title}: {value}</source>
        <translation>{criterion}, {project} {title}&#x202f;: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment: {comment}</source>
        <translation>Commentaire&#x202f;: {comment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scored yet — {allowed}</source>
        <translation>Pas encore noté — {allowed}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>comment on {project} · {criterion}</source>
        <translation>le commentaire sur {project} · {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clearing {project} · {criterion}</source>
        <translation>l’effacement de {project} · {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project} · {criterion} = {value}</source>
        <translation>{project} · {criterion} = {value}</translation>
    </message>
</context>
<context>
    <name>JurorPartsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="+26"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every criterion scored</source>
        <translation>tous les critères notés</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n criteria scored</source>
        <translation>
            <numerusform>%Ln critère noté</numerusform>
            <numerusform>%Ln critères notés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict of interest</source>
        <translation>conflit d’intérêts</translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <location filename="../../yansenne/ui/juror/window.py" line="+238"/>
        <source>Cannot open the grid</source>
        <translation>Impossible d’ouvrir la grille</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{category}  {scored}/{total}</source>
        <translation>{category}  {scored}/{total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project scored: ready to submit</source>
        <translation>Tous les projets sont notés : prêt à l’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing marks: {count}</source>
        <translation>Notes manquantes&#x202f;: {count}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+58"/>
        <source>Submit my scores</source>
        <translation>Envoyer mes notes</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep scoring</source>
        <translation>Continuer à noter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your scores are submitted. Thank you!</source>
        <translation>Vos notes sont envoyées. Merci&#x202f;!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit your scores in {categories}? They will be locked; only the secretariat can reopen them.</source>
        <translation>Envoyer vos notes en {categories}&#x202f;? Elles seront verrouillées&#x202f;; seul le secrétariat pourra les rouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project is scored on every criterion.</source>
        <translation>Chaque projet est noté sur chaque critère.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored yet:</source>
        <translation>Pas encore noté&#x202f;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every criterion</source>
        <translation>tous les critères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and {count} more projects</source>
        <translation>et {count} autres projets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {projects}</source>
        <translation>{category}&#x202f;: {projects}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still submit: these marks will stay empty.</source>
        <translation>Vous pouvez tout de même envoyer&#x202f;: ces notes resteront vides.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reopen the scores</source>
        <translation>Rouvrir les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen {juror}&apos;s scores for {category}, as the secretariat? The juror can then change them and must submit again.</source>
        <translation>Rouvrir, au nom du secrétariat, les notes de {juror} pour {category}&#x202f;? Le membre du jury pourra les modifier et devra les envoyer à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The database is gone</source>
        <translation>La base de données a disparu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Scoring grid — {juror}</source>
        <translation>Grille de notation — {juror}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No category is assigned to {juror}: there is nothing to score.</source>
        <translation>Aucune catégorie n’est attribuée à {juror} : il n’y a rien à noter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit my scores</source>
        <translation>&amp;Envoyer mes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open the category (secretariat)…</source>
        <translation>R&amp;ouvrir la catégorie (secrétariat)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my &amp;ballot…</source>
        <translation>Envoyer mon &amp;bulletin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scores</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>JurorsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/jurors_model.py" line="+40"/>
        <source>president</source>
        <translation>présidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>observation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores the category {name}</source>
        <translation>Note la catégorie {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{juror} scores {category}</source>
        <translation>{juror} note {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} does not score {category}</source>
        <translation>{juror} ne note pas {category}</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/jury.py" line="+118"/>
        <source>Add juror {code}</source>
        <translation>Ajouter le membre du jury {code}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit juror {code}</source>
        <translation>Modifier le membre du jury {code}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove {name} ({code}) from the jury?</source>
        <translation>Retirer {name} ({code}) du jury&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Their %n score(s) will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>Sa note sera effacée (Annuler la rétablit).</numerusform>
            <numerusform>Ses %Ln notes seront effacées (Annuler les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a juror</source>
        <translation>Retirer un membre du jury</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove juror {code}</source>
        <translation>Retirer le membre du jury {code}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{juror} scores {category}</source>
        <translation>{juror} note {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} no longer scores {category}</source>
        <translation>{juror} ne note plus {category}</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.ui" line="+37"/>
        <source>Add a juror…</source>
        <translation>Ajouter un membre du jury…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search the jurors</source>
        <translation>Rechercher dans le jury</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the jurors: name, institution, role…</source>
        <translation>Rechercher un membre du jury&#x202f;: nom, institution, rôle…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurors and the categories they score</source>
        <translation>Membres du jury et catégories qu’ils notent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a category cell to let the juror score it</source>
        <translation>Cochez la case d’une catégorie pour que le membre du jury la note</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the categories each juror scores; a new juror scores every category. Observers sit on the jury but do not score.</source>
        <translation>Cochez les catégories que note chaque membre du jury&#x202f;; un nouveau membre note toutes les catégories. Les observateurs siègent au jury mais ne notent pas.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../yansenne/ui/labels.py" line="+23"/>
        <source>Region-wide</source>
        <translation>Toute la Région</translation>
    </message>
</context>
<context>
    <name>LeniencyChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="+156"/>
        <source>More lenient than the panel</source>
        <translation>Plus indulgent que le jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stricter than the panel</source>
        <translation>Plus sévère que le jury</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Points of the total, against the panel&apos;s mean</source>
        <translation>Points du total, par rapport à la moyenne du jury</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="-153"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leniency</source>
        <translation>Indulgence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yansenne/ui/window_actions.py" line="+105"/>
        <source>&amp;Jury</source>
        <translation>&amp;Jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score as juror…</source>
        <translation>&amp;Noter comme membre du jury…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export scoresheets…</source>
        <translation>&amp;Exporter les grilles de notation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scoresheets…</source>
        <translation>&amp;Importer des grilles de notation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;results workbook…</source>
        <translation>Exporter le classeur des &amp;résultats…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score as juror</source>
        <translation>Noter en tant que membre du jury</translation>
    </message>
    <message>
        <location filename="../../yansenne/ui/main_window.py" line="+325"/>
        <source>Open a Yansenne database</source>
        <translation>Ouvrir une base de données Yansenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yansenne databases ({patterns})</source>
        <translation>Bases de données Yansenne ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The database is gone</source>
        <translation>La base de données a disparu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be saved: the database file was replaced or removed by another program</source>
        <translation>Rien ne peut être enregistré&#x202f;: le fichier de la base de données a été remplacé ou supprimé par un autre programme</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The change was refused</source>
        <translation>La modification a été refusée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editio&amp;n:</source>
        <translation>&amp;Édition&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition every page shows and edits</source>
        <translation>L’édition que toutes les pages montrent et modifient</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.ui" line="+253"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</source>
        <translation>Pour essayer Yansenne avec l’édition de démonstration, lancez cette commande dans un terminal, puis choisissez &lt;b&gt;Recharger&lt;/b&gt; :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</source>
        <translation>Pour travailler sur une autre base de données, choisissez &lt;b&gt;Fichier ▸ Ouvrir une base de données…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To prepare a new edition here, choose &lt;b&gt;New edition…&lt;/b&gt;</source>
        <translation>Pour préparer une nouvelle édition ici, choisissez &lt;b&gt;Nouvelle édition…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database: {where}</source>
        <translation>Base de données&#x202f;: {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No edition</source>
        <translation>Aucune édition</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of {total} projects shown</source>
        <translation>
            <numerusform>%Ln projet affiché sur {total}</numerusform>
            <numerusform>%Ln projets affichés sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%Ln juré</numerusform>
            <numerusform>%Ln jurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-239"/>
        <source>Yansenne</source>
        <translation>Yansenne</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This database holds no edition of the prize yet</source>
        <translation>Cette base de données ne contient encore aucune édition du prix</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+221"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>New edition…</source>
        <translation>Nouvelle édition…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk&apos;s pages; the arrow keys choose one, Ctrl+1 to Ctrl+9 go straight to it</source>
        <translation>Les pages du bureau&#x202f;; les flèches en choisissent une, Ctrl+1 à Ctrl+9 y mènent directement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another Yansenne database</source>
        <translation>Ouvrir une autre base de données Yansenne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the cursor in the search field of the page</source>
        <translation>Placer le curseur dans le champ de recherche de la page</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to run the year, from the call to the ceremony, and how jurors score</source>
        <translation>Comment mener l’année, de l’appel à la cérémonie, et comment le jury note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of the whole database to a file</source>
        <translation>Écrire une copie cohérente de toute la base de données dans un fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by a backup copy (the present state is saved first)</source>
        <translation>Remplacer la base de données par une copie de sauvegarde (l’état présent est d’abord sauvegardé)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import the call&apos;s spreadsheet…</source>
        <translation>&amp;Importer le tableur de l’appel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update projects from an .xlsx or .csv file</source>
        <translation>Ajouter ou mettre à jour des projets à partir d’un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New edition…</source>
        <translation>&amp;Nouvelle édition…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an edition from the template or from another edition</source>
        <translation>Créer une édition à partir du modèle ou d’une autre édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate project</source>
        <translation>Inscrire un nouveau projet candidat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete what is selected in the page</source>
        <translation>Supprimer ce qui est sélectionné dans la page</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Read the database again (after a change made elsewhere)</source>
        <translation>Relire la base de données (après une modification faite ailleurs)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Project &amp;details</source>
        <translation>&amp;Détails du projet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;About Yansenne</source>
        <translation>À &amp;propos de Yansenne</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="+35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title (FR)</source>
        <translation>Titre (FR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (NL)</source>
        <translation>Titre (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (EN)</source>
        <translation>Titre (EN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead actor type</source>
        <translation>Type de porteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner actor types</source>
        <translation>Types d’acteurs partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary (FR)</source>
        <translation>Résumé (FR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (NL)</source>
        <translation>Résumé (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (EN)</source>
        <translation>Résumé (EN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate&apos;s language</source>
        <translation>Langue du candidat</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills the field</source>
        <translation>Remplit le champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="+297"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}: {title}
Category: {category}
Language: {language}</source>
        <translation>{code}&#x202f;: {title}
Catégorie&#x202f;: {category}
Langue&#x202f;: {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, reads in {language}</source>
        <translation>{name}, lit en {language}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{juror} reads {project}</source>
        <translation>{juror} lit {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} is in conflict with {project}</source>
        <translation>{juror} est en conflit d’intérêts avec {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} is not on the panel of this category</source>
        <translation>{juror} ne fait pas partie du jury de cette catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} does not read {project}</source>
        <translation>{juror} ne lit pas {project}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the juror&apos;s language ({language})</source>
        <translation>Pas dans la langue du membre du jury ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readers per project</source>
        <translation>Lecteurs par projet</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reader(s); the stage asks for {wanted}</source>
        <translation>
            <numerusform>%Ln lecteur&#x202f;; l’étape en demande {wanted}</numerusform>
            <numerusform>%Ln lecteurs&#x202f;; l’étape en demande {wanted}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../yansenne/ui/juror/message_strip.py" line="+61"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>MethodsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="+39"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without one juror</source>
        <translation>Sans un membre du jury</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest move</source>
        <translation>Plus grand écart</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{best} to unranked</source>
        <translation>de {best} à non classé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{best} to {worst}</source>
        <translation>de {best} à {worst}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>place {place} without {juror}</source>
        <translation>place {place} sans {juror}</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/new_edition_dialog.py" line="+30"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>edition {year} already exists</source>
        <translation>l’édition {year} existe déjà</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create edition {year}</source>
        <translation>Créer l’édition {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create edition {year} from {source}</source>
        <translation>Créer l’édition {year} à partir de {source}</translation>
    </message>
    <message>
        <location filename="../../ui/new_edition_dialog.ui" line="+14"/>
        <source>New edition</source>
        <translation>Nouvelle édition</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#x202f;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start from:</source>
        <translation>Partir de&#x202f;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the &amp;template</source>
        <translation>le &amp;modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The five actor categories, the default grid of four criteria, prizes of 6,000, 4,000 and 2,000 euros.</source>
        <translation>Les cinq catégories d’acteurs, la grille par défaut de quatre critères, des prix de 6 000, 4 000 et 2 000 euros.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a &amp;copy of the edition</source>
        <translation>une &amp;copie de l’édition</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Its categories, grid, jury and rules; no projects, scores nor decisions.</source>
        <translation>Ses catégories, sa grille, son jury et ses règles&#x202f;; ni projets, ni notes, ni décisions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Nom (&amp;français)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Nom (&amp;néerlandais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Nom (an&amp;glais)&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../yansenne/ui/pages/registry.py" line="+29"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories &amp; grid</source>
        <translation>Catégories et grille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Conflits d’intérêts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Collection</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceremony</source>
        <translation>Cérémonie</translation>
    </message>
</context>
<context>
    <name>PreliminaryView</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="+176"/>
        <source>Stage “{stage}”: each juror&apos;s marks as first submitted (preliminary) beside their marks after the panel&apos;s discussion (final), ranked by the same method.</source>
        <translation>Étape «&#x202f;{stage}&#x202f;»&#x202f;: les notes de chaque membre du jury telles que remises la première fois (provisoires), à côté de ses notes après la discussion du jury (finales), classées par la même méthode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revised after the discussion: {marks} mark(s) by {jurors} juror(s).</source>
        <translation>Revu après la discussion&#x202f;: {marks} note(s) par {jurors} membre(s) du jury.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mark was revised after the discussion.</source>
        <translation>Aucune note n’a été revue après la discussion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under this method a lower figure ranks higher.</source>
        <translation>Avec cette méthode, un score plus bas classe plus haut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projects, preliminary and final</source>
        <translation>Projets, provisoire et final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurors&apos; totals, preliminary and final</source>
        <translation>Totaux des membres du jury, provisoires et finaux</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../yansenne/ui/models/progress_model.py" line="+88"/>
        <source>{juror} does not score this category</source>
        <translation>{juror} ne note pas cette catégorie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{juror}: {complete} of {projects} projects fully scored; {marks} of {expected} marks given</source>
        <translation>{juror}&#x202f;: {complete} projets sur {projects} entièrement notés&#x202f;; {marks} notes données sur {expected}</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <location filename="../../ui/project_detail.ui" line="+39"/>
        <source>Select a project to see its details.</source>
        <translation>Sélectionnez un projet pour en voir le détail.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details of the selected project</source>
        <translation>Détails du projet choisi</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead actor</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partner actors</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/project_dialog.py" line="+240"/>
        <source>every zone of the Region</source>
        <translation>toutes les zones de la Région</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit project {code}</source>
        <translation>Modifier le projet {code}</translation>
    </message>
    <message>
        <location filename="../../ui/project_dialog.ui" line="+14"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (&amp;French):</source>
        <translation>Titre (&amp;français)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (&amp;Dutch):</source>
        <translation>Titre (&amp;néerlandais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (En&amp;glish):</source>
        <translation>Titre (an&amp;glais)&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lead actor:</source>
        <translation>&amp;Porteur&#x202f;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Partner actors:</source>
        <translation>Ac&amp;teurs partenaires&#x202f;:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Municipality:</source>
        <translation>Co&amp;mmune&#x202f;:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Police zone:</source>
        <translation>Zone de police&#x202f;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact perso&amp;n:</source>
        <translation>Per&amp;sonne de contact&#x202f;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;E-mail de contact&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Budget (€):</source>
        <translation>&amp;Budget (€)&#x202f;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language for lette&amp;rs:</source>
        <translation>Langue des cou&amp;rriers&#x202f;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One tab per language: French, Dutch, English</source>
        <translation>Un onglet par langue&#x202f;: français, néerlandais, anglais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in French</source>
        <translation>Résumé en français</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in Dutch</source>
        <translation>Résumé en néerlandais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in English</source>
        <translation>Résumé en anglais</translation>
    </message>
</context>
<context>
    <name>ProjectPane</name>
    <message>
        <location filename="../../yansenne/ui/juror/project_pane.py" line="+164"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead actor</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>General comment on the project</source>
        <translation>Commentaire général sur le projet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your remarks on the project as a whole (saved as you type)</source>
        <translation>Vos remarques sur le projet dans son ensemble (enregistrées au fil de la frappe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflict of interest: you do not score this project.</source>
        <translation>Conflit d’intérêts : vous ne notez pas ce projet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region-wide</source>
        <translation>Toute la Région</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Comment on a mark</source>
        <translation>Commentaire sur une note</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Focus a mark to comment on it</source>
        <translation>Placez-vous sur une note pour la commenter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment on {criterion}</source>
        <translation>Commentaire sur {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a mark before commenting it</source>
        <translation>Donnez une note avant de la commenter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment on {criterion}: {value}</source>
        <translation>Commentaire sur {criterion}&#x202f;: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this mark? (optional)</source>
        <translation>Pourquoi cette note&#x202f;? (facultatif)</translation>
    </message>
</context>
<context>
    <name>ProjectRevisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="-152"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preliminary</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places gained</source>
        <translation>Places gagnées</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rank {before} before the discussion, {after} after</source>
        <translation>rang {before} avant la discussion, {after} après</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/projects_model.py" line="+204"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead actor</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Number of scores given by the jurors</source>
        <translation>Nombre de notes données par les jurés</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/projects.py" line="+192"/>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every lead actor</source>
        <translation>Tous les porteurs</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Add project {code}</source>
        <translation>Ajouter le projet {code}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit project {code}</source>
        <translation>Modifier le projet {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete project {code}, “{title}”?</source>
        <translation>Supprimer le projet {code}, «&#x202f;{title}&#x202f;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n score(s) will be cleared with it (undo puts them back).</source>
        <translation>
            <numerusform>Sa note sera effacée avec lui (Annuler la rétablit).</numerusform>
            <numerusform>Ses %Ln notes seront effacées avec lui (Annuler les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a project</source>
        <translation>Supprimer un projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete project {code}</source>
        <translation>Supprimer le projet {code}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the call&apos;s spreadsheet</source>
        <translation>Importer le tableur de l’appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Tableurs ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be imported</source>
        <translation>Le fichier ne peut pas être importé</translation>
    </message>
    <message>
        <location filename="../../ui/projects_page.ui" line="+37"/>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate project (Ctrl+N)</source>
        <translation>Inscrire un nouveau projet candidat (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected project (Enter)</source>
        <translation>Modifier le projet sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected project (Delete)</source>
        <translation>Supprimer le projet sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to the selected project, from the audit log</source>
        <translation>Toutes les modifications du projet sélectionné, d’après le journal d’audit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import the call&apos;s spreadsheet…</source>
        <translation>Importer le tableur de l’appel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update projects from an .xlsx or .csv file; you can also drop the file on the window</source>
        <translation>Ajouter ou mettre à jour des projets à partir d’un fichier .xlsx ou .csv ; vous pouvez aussi déposer le fichier sur la fenêtre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search the projects</source>
        <translation>Rechercher dans les projets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the projects: code, title, organisation, municipality…</source>
        <translation>Rechercher un projet&#x202f;: code, titre, organisation, commune…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one category only</source>
        <translation>N’afficher qu’une catégorie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the projects of one lead actor only</source>
        <translation>N’afficher que les projets d’un porteur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition&apos;s candidate projects; Enter edits the selected one</source>
        <translation>Les projets candidats de l’édition&#x202f;; Entrée modifie le projet choisi</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="-108"/>
        <source>Prize</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tied with</source>
        <translation>À égalité avec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../yansenne/ui/i18n.py" line="+42"/>
        <source>Drive</source>
        <translation>Disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-7"/>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt&apos;s own dialogs that its catalogues (qtbase_*.qm) leave in English: listed here so that Qt Linguist puts them in the application&apos;s catalogues, which Qt asks before its own.</extracomment>
        <translation>&amp;Regarder dans&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#x202f;:</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="-220"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely places</source>
        <translation>Places probables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many jurors gave the project a total; ◐ marks a total resting on only part of the grid</source>
        <translation>Nombre de membres du jury ayant donné un total au projet&#x202f;; ◐ marque un total qui ne porte que sur une partie de la grille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a laureate&apos;s place depends on the method or on one juror</source>
        <translation>Si la place d’un lauréat dépend de la méthode ou d’un seul membre du jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place under this method, to compare with the chosen one; ↑ or ↓ marks a project whose place would change</source>
        <translation>La place selon cette méthode, à comparer avec la méthode choisie&#x202f;; ↑ ou ↓ marque un projet dont la place changerait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The places the project reaches in 90 % of the rankings recomputed with the jurors drawn again at random</source>
        <translation>Les places que le projet atteint dans 90 % des classements recalculés en tirant à nouveau les membres du jury au hasard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ex aequo</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A juror&apos;s total rests on only part of the grid.</source>
        <translation>Un total d’un membre du jury ne porte que sur une partie de la grille.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} totals; a juror&apos;s total rests on only part of the grid</source>
        <translation>{count} totaux&#x202f;; un total d’un membre du jury ne porte que sur une partie de la grille</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not computed under this method.</source>
        <translation>Non calculé selon cette méthode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {other} under {method} instead of {place}: the place would change.</source>
        <translation>Place {other} avec la méthode «&#x202f;{method}&#x202f;» au lieu de {place}&#x202f;: la place changerait.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {place} under {method} as well.</source>
        <translation>Place {place} avec la méthode «&#x202f;{method}&#x202f;» également.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No likely places computed.</source>
        <translation>Places probables non calculées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely places {low} to {high}; first in {first} of the rankings recomputed with the jurors drawn again, in the top 3 in {top3}.</source>
        <translation>Places probables {low} à {high}&#x202f;; premier dans {first} des classements recalculés en tirant à nouveau les membres du jury, dans les 3 premiers dans {top3}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one juror</source>
        <translation>un membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed 1 to 3: the same place under every method and with any one juror left out.</source>
        <translation>Classé de 1 à 3&#x202f;: même place selon toutes les méthodes et sans n’importe quel membre du jury.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../yansenne/ui/results/results_page.py" line="+202"/>
        <source>Reading the edition</source>
        <translation>Lecture de l’édition</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Computing the ranking</source>
        <translation>Calcul du classement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparing the preliminary and final marks</source>
        <translation>Comparaison des notes provisoires et finales</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not compare the preliminary and final marks: {error}</source>
        <translation>Impossible de comparer les notes provisoires et finales&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not compute the ranking: {error}</source>
        <translation>Impossible de calculer le classement&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computation cancelled.</source>
        <translation>Calcul annulé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overall</source>
        <translation>Classement général</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{project} ({reason}, {count} totals)</source>
        <translation>{project} ({reason}, {count} totaux)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ranked: {items}</source>
        <translation>Non classés&#x202f;: {items}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some of the places 1 to 3 cannot be told apart with this panel: see the Uncertainty tab.</source>
        <translation>Certaines des places 1 à 3 ne peuvent être départagées par ce jury&#x202f;: voir l’onglet Incertitude.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The categories&apos; figures cannot be compared.</source>
        <translation>Les résultats des catégories ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall ranking:</source>
        <translation>Classement général&#x202f;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ranking was recomputed with the jurors drawn again at random (some twice, some left out): the bars give how often each project came first and how often in the top 3; the likely places in the ranking span 90 % of those rankings.</source>
        <translation>Le classement a été recalculé en tirant à nouveau les membres du jury au hasard (certains deux fois, d’autres pas du tout)&#x202f;: les barres indiquent combien de fois chaque projet est arrivé premier et combien de fois dans les 3 premiers&#x202f;; les places probables du classement couvrent 90 % de ces classements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The first {shown} of {total} ranked projects.</source>
        <translation>Les {shown} premiers des {total} projets classés.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No two of the places 1 to 3 are often reversed when the jurors are drawn again.</source>
        <translation>Aucune des places 1 à 3 n’est souvent inversée avec une autre quand les membres du jury sont tirés à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No uncertainty was computed for this ranking.</source>
        <translation>Aucune incertitude n’a été calculée pour ce classement.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How far the panel&apos;s mean totals would hold with another panel like this one (k = {k} jurors per project on average)</source>
        <translation>Dans quelle mesure les totaux moyens du jury tiendraient avec un autre jury semblable (k = {k} membres du jury par projet en moyenne)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); the dot is the method&apos;s figure.</source>
        <translation>Chaque boîte couvre les totaux des membres du jury pour un projet (minimum, quartiles, maximum)&#x202f;; le point est le résultat de la méthode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); this method&apos;s figure is not on that scale, so it is shown in the ranking only.</source>
        <translation>Chaque boîte couvre les totaux des membres du jury pour un projet (minimum, quartiles, maximum)&#x202f;; le résultat de cette méthode n’est pas sur cette échelle et n’apparaît donc que dans le classement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leniency: how far a juror&apos;s totals sit, on average, from the panel&apos;s mean total of the same projects (points out of 100).</source>
        <translation>Indulgence&#x202f;: l’écart moyen entre les totaux d’un membre du jury et le total moyen du jury pour les mêmes projets (points sur 100).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The places 1 to 3 hold under every method and with any one juror left out.</source>
        <translation>Les places 1 à 3 tiennent selon toutes les méthodes et sans n’importe quel membre du jury.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shaded places differ from the chosen method&apos;s; “Without one juror” gives the best and worst place when any one juror is left out.</source>
        <translation>Les places grisées diffèrent de celles de la méthode choisie&#x202f;; «&#x202f;Sans un membre du jury&#x202f;» donne la meilleure et la moins bonne place lorsqu’on écarte un membre du jury, quel qu’il soit.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Explaining the ranking</source>
        <translation>Explication du classement</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edition ranks by: {method}</source>
        <translation>L’édition classe selon&#x202f;: {method}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ties broken by {rules}</source>
        <translation>égalités départagées par {rules}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Uncertainty</source>
        <translation>Incertit&amp;ude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preliminary and final</source>
        <translation>&amp;Provisoire et final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chance of each place</source>
        <translation>Probabilité de chaque place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure the places are</source>
        <translation>Fiabilité des places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the ranking</source>
        <translation>Remarques sur le classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views of the results</source>
        <translation>Vues des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores of the ranked projects, as a chart</source>
        <translation>Scores des projets classés, en graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency of each juror</source>
        <translation>Indulgence de chaque membre du jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency of each juror, as a chart</source>
        <translation>Indulgence de chaque membre du jury, en graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places under each method</source>
        <translation>Places selon chaque méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s marks by criterion</source>
        <translation>Les notes du projet par critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each juror&apos;s part in the score</source>
        <translation>La part de chaque membre du jury dans le score</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.ui" line="+37"/>
        <source>&amp;Method:</source>
        <translation>Méth&amp;ode&#x202f;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;K:</source>
        <translation>&amp;K&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>How many of the highest and of the lowest totals the trimmed mean leaves out</source>
        <translation>Nombre de totaux parmi les plus hauts et parmi les plus bas que la moyenne tronquée écarte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Ranking:</source>
        <translation>&amp;Classement&#x202f;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No edition to rank.</source>
        <translation>Aucune édition à classer.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Agreement among the jurors</source>
        <translation>Accord entre les membres du jury</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Jurors</source>
        <translation>Membres du jury</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Methods compared</source>
        <translation>Méthodes comparées</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a project in the ranking to see why it stands where it does.</source>
        <translation>Sélectionnez un projet dans le classement pour voir ce qui explique sa place.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>By criterion</source>
        <translation>Par critère</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>By juror</source>
        <translation>Par membre du jury</translation>
    </message>
</context>
<context>
    <name>RowChecksModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="+213"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new project</source>
        <translation>nouveau projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="-87"/>
        <source>Jurors&apos; totals (minimum, quartiles, maximum)</source>
        <translation>Totaux des membres du jury (minimum, quartiles, maximum)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The method&apos;s figure</source>
        <translation>Résultat de la méthode</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Total (% of the maximum)</source>
        <translation>Total (% du maximum)</translation>
    </message>
</context>
<context>
    <name>ScreeningModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="-209"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undecided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../yansenne/ui/ceremony/signing_dialog.py" line="+45"/>
        <source>Sign the document</source>
        <extracomment>The Belgian eID middleware&apos;s PKCS#11 module on Debian and Ubuntu.</extracomment>
        <translation>Signer le document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new signature (no field for it yet)</source>
        <translation>Une nouvelle signature (pas encore de champ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Juror:</source>
        <translation>Membre du &amp;jury&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>&amp;Fichier de certificat (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To&amp;ken or card (PKCS#11)</source>
        <translation>Car&amp;te ou jeton (PKCS#11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#x202f;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;oken label:</source>
        <translation>&amp;Nom du jeton&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key &amp;label:</source>
        <translation>Nom de la c&amp;lé&#x202f;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password or PIN:</source>
        <translation>Mot de passe ou &amp;code PIN&#x202f;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#11 module</source>
        <translation>Module PKCS#11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token label</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key label</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never stored. A wrong PIN is not tried again: a card blocks after three.</source>
        <translation>Jamais enregistré. Un code PIN erroné n’est pas réessayé&#x202f;: une carte se bloque après trois.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The signer&apos;s certificate</source>
        <translation>Le certificat du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificats (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../yansenne/ui/spreadsheets.py" line="+49"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {count} more (see the details)</source>
        <translation>… et {count} autres (voir les détails)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed. Please correct the following:</source>
        <translation>Rien n’a été modifié. Veuillez corriger ce qui suit :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected error; please report it with the details below.</source>
        <translation>Erreur inattendue&#x202f;; veuillez la signaler avec les détails ci-dessous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open it now?</source>
        <translation>L’ouvrir maintenant ?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the results workbook</source>
        <translation>Exporter le classeur des résultats</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The results workbook of {year} was written to:</source>
        <translation>Le classeur des résultats {year} a été enregistré dans&#x202f;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>Export scoresheets</source>
        <translation>Exporter les grilles de notation</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Scoresheet of:</source>
        <translation>Grille de notation de&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every juror (one file each, into a folder)</source>
        <translation>Tous les membres du jury (un fichier chacun, dans un dossier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edition {year} has no juror who scores.</source>
        <translation>L’édition {year} n’a aucun membre du jury qui note.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the scoresheets</source>
        <translation>Dossier des grilles de notation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoresheet of {juror}</source>
        <translation>Grille de notation&#x202f;: {juror}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} scoresheets were written into the folder:</source>
        <translation>{count} grilles de notation ont été enregistrées dans le dossier&#x202f;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The scoresheet of {juror} was written to:</source>
        <translation>La grille de notation pour {juror} a été enregistrée dans&#x202f;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file}: {name} ({juror}): {added} added, {changed} changed, {unchanged} unchanged, {comments} comments</source>
        <translation>{file}&#x202f;: {name} ({juror})&#x202f;: {added} ajoutées, {changed} modifiées, {unchanged} inchangées, {comments} commentaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoresheets imported: {count}.</source>
        <translation>Grilles de notation importées&#x202f;: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoresheets refused: {count}; nothing was changed from them.</source>
        <translation>Grilles de notation refusées : {count} ; rien n’a été modifié à partir de celles-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: {files}</source>
        <translation>Importées&#x202f;: {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import scoresheets</source>
        <translation>Importer des grilles de notation</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="-128"/>
        <source>Screening</source>
        <extracomment>What a matrix cell is: &quot;allocated&quot;, &quot;conflict&quot;, &quot;outside&quot; (not on the panel), &quot;free&quot;, or &quot;footer&quot; for the readers row.</extracomment>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readers</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went on</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>whole panel</source>
        <translation>tout le jury</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n per project</source>
        <translation>
            <numerusform>%Ln par projet</numerusform>
            <numerusform>%Ln par projet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{eligible} eligible, {ineligible} not</source>
        <translation>{eligible} recevables, {ineligible} non</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n allocated</source>
        <translation>
            <numerusform>%Ln attribuée</numerusform>
            <numerusform>%Ln attribuées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/stages.py" line="+131"/>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This edition has one stage: every juror of a category&apos;s panel scores all of its projects.</source>
        <translation>Cette édition a une seule étape&#x202f;: chaque membre du jury d’une catégorie note tous ses projets.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n project(s) reached it</source>
        <translation>
            <numerusform>%Ln projet l’a atteinte</numerusform>
            <numerusform>%Ln projets l’ont atteinte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: shown read-only</source>
        <translation>clôturée&#x202f;: affichée en lecture seule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This screening stage was promoted: its decisions can no longer change.</source>
        <translation>Cette étape de recevabilité est close&#x202f;: ses décisions ne peuvent plus changer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stage has not started yet.</source>
        <translation>Cette étape n’a pas encore commencé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decide whether each project is eligible; a project found not eligible needs a reason. %n project(s) still undecided.</source>
        <translation>
            <numerusform>Décidez si chaque projet est recevable&#x202f;; un projet irrecevable demande un motif. %Ln projet encore non tranché.</numerusform>
            <numerusform>Décidez si chaque projet est recevable&#x202f;; un projet irrecevable demande un motif. %Ln projets encore non tranchés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No project has reached this stage yet.</source>
        <translation>Aucun projet n’a encore atteint cette étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every juror of the panel reads every project of this stage.</source>
        <translation>Chaque membre du jury de la catégorie lit chaque projet de cette étape.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No reader is allocated yet: Allocate gives each project %n reader(s).</source>
        <translation>
            <numerusform>Aucun lecteur n’est encore attribué&#x202f;: Attribuer donne %Ln lecteur à chaque projet.</numerusform>
            <numerusform>Aucun lecteur n’est encore attribué&#x202f;: Attribuer donne %Ln lecteurs à chaque projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each project is read by %n juror(s) of its category&apos;s panel. Select an allocated cell to swap its reader.</source>
        <translation>
            <numerusform>Chaque projet est lu par %Ln membre du jury de sa catégorie. Sélectionnez une case attribuée pour échanger son lecteur.</numerusform>
            <numerusform>Chaque projet est lu par %Ln membres du jury de sa catégorie. Sélectionnez une case attribuée pour échanger son lecteur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stage is closed: its readers can no longer change.</source>
        <translation>L’étape est clôturée&#x202f;: ses lecteurs ne peuvent plus changer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reads</source>
        <translation>lit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflit d’intérêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the panel</source>
        <translation>hors du jury de la catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the juror&apos;s language</source>
        <translation>pas dans la langue du membre du jury</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not eligible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is project {project} not eligible?</source>
        <translation>Pourquoi le projet {project} est-il irrecevable&#x202f;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leave {project} undecided</source>
        <translation>Laisser {project} non tranché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find {project} eligible</source>
        <translation>Déclarer {project} recevable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find {project} not eligible</source>
        <translation>Déclarer {project} irrecevable</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Allocate the readers of {stage}</source>
        <translation>Attribuer les lecteurs de l’étape {stage}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readers allocated</source>
        <translation>Lecteurs attribués</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s) have a reader who does not share their language (no allocation could avoid it): </source>
        <translation>
            <numerusform>%Ln projet a un lecteur qui ne parle pas sa langue (aucune attribution ne pouvait l’éviter)&#x202f;: </numerusform>
            <numerusform>%Ln projets ont un lecteur qui ne parle pas leur langue (aucune attribution ne pouvait l’éviter)&#x202f;: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <source>Swap a reader</source>
        <translation>Échanger un lecteur</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No other juror of the panel is free to read project {project}.</source>
        <translation>Aucun autre membre du jury de la catégorie n’est libre de lire le projet {project}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}  {name} (reads {load})</source>
        <translation>{code}  {name} (lit {load})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who reads project {project} instead of juror {juror}?</source>
        <translation>Qui lit le projet {project} à la place de {juror}&#x202f;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap the reader of {project}: {old} → {new}</source>
        <translation>Échanger le lecteur de {project}&#x202f;: {old} → {new}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the last stage: promoting it closes the evaluation.</source>
        <translation>C’est la dernière étape&#x202f;: la clôturer termine l’évaluation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The projects found eligible go on to {next}.</source>
        <translation>Les projets recevables passent à l’étape «&#x202f;{next}&#x202f;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project goes on to {next}.</source>
        <translation>Tous les projets passent à l’étape «&#x202f;{next}&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The best %n project(s) of each category go on to {next} (every project tied at the cut goes too).</source>
        <translation>
            <numerusform>Le meilleur projet de chaque catégorie passe à l’étape «&#x202f;{next}&#x202f;» (tout projet ex aequo à la limite passe aussi).</numerusform>
            <numerusform>Les %Ln meilleurs projets de chaque catégorie passent à l’étape «&#x202f;{next}&#x202f;» (tout projet ex aequo à la limite passe aussi).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Promote to the next stage</source>
        <translation>Passer à l’étape suivante</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close the stage {stage} and open the next one? {rule}</source>
        <translation>Clôturer l’étape «&#x202f;{stage}&#x202f;» et ouvrir la suivante&#x202f;? {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These jurors have not submitted their marks for this stage:
{names}

Promote all the same?</source>
        <translation>Ces membres du jury n’ont pas remis leurs notes pour cette étape&#x202f;:
{names}

Passer quand même à l’étape suivante&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These projects have no eligibility decision and will go on as eligible: {projects}. Promote all the same?</source>
        <translation>Ces projets n’ont pas de décision de recevabilité et passeront comme recevables&#x202f;: {projects}. Passer quand même à l’étape suivante&#x202f;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promote the stage {stage}</source>
        <translation>Clôturer l’étape {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/stages_page.ui" line="+37"/>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape&#x202f;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Promote to the next stage…</source>
        <translation>&amp;Passer à l’étape suivante…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edition&apos;s stages</source>
        <translation>Les étapes de l’édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each stage with its kind, state, projects, readers, marks and how many went on</source>
        <translation>Chaque étape avec son type, son état, ses projets, ses lecteurs, ses notes et le nombre de projets retenus</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Eligibility decisions</source>
        <translation>Décisions de recevabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The projects of the screening stage: eligible or not, and why</source>
        <translation>Les projets de l’étape de recevabilité&#x202f;: recevables ou non, et pourquoi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>E&amp;ligible</source>
        <translation>Rece&amp;vable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not eligible…</source>
        <translation>&amp;Irrecevable…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undecided</source>
        <translation>&amp;Non tranché</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readers of the stage</source>
        <translation>Lecteurs de l’étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurors by row, projects by column; a dot marks a project the juror reads</source>
        <translation>Membres du jury en lignes, projets en colonnes&#x202f;; un point marque un projet que le membre du jury lit</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Allocate…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;wap…</source>
        <translation>É&amp;changer…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../yansenne/ui/tasks.py" line="+145"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>TotalRevisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="+8"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juror</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preliminary</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks changed</source>
        <translation>Notes modifiées</translation>
    </message>
</context>
<context>
    <name>UncertaintyChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="+67"/>
        <source>In the top 3</source>
        <translation>Dans les 3 premiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share of the redrawn rankings (%)</source>
        <translation>Part des classements recalculés (%)</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="-116"/>
        <location line="+63"/>
        <source>(choose)</source>
        <translation>(à choisir)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stands for</source>
        <translation>Désigne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actor type</source>
        <translation>Type d’acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} ({count} rows)</source>
        <translation>{value} ({count} lignes)</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="+213"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location line="-295"/>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prize {number}</source>
        <translation>Prix {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstains</source>
        <translation>s’abstient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not voted</source>
        <translation>pas de vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted</source>
        <translation>adopté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tied</source>
        <translation>à égalité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n_for} for, {n_against} against, {n_abstain} abstaining</source>
        <translation>{n_for} pour, {n_against} contre, abstentions&#x202f;: {n_abstain}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>president</source>
        <translation>présidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>observation</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yansenne/ui/app.py" line="+114"/>
        <source>Yansenne cannot open the database</source>
        <translation>Yansenne ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>A ballot is collected in the secretariat&apos;s desk: open it there.</source>
        <translation>Un bulletin se collecte dans le bureau du secrétariat&#x202f;: ouvrez-le là.</translation>
    </message>
</context>
</TS>
