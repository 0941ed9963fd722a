<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../yansenne/ui/about_dialog.py" line="+24"/>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+14"/>
        <source>About Yansenne</source>
        <translation>Over Yansenne</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The David Yansenne prize of the Brussels-Capital Region rewards projects that make the Region safer through prevention, carried by citizens, associations, municipal services, police and regional services. Yansenne is its jury desk: candidate projects, scoring grids, deliberation and the ceremony dossier.</source>
        <translation>De David Yansenne-prijs van het Brussels Hoofdstedelijk Gewest bekroont projecten die het Gewest veiliger maken door preventie, gedragen door burgers, verenigingen, gemeentediensten, politie en gewestelijke diensten. Yansenne is het werkinstrument van de jury: kandidaat-projecten, beoordelingsroosters, beraadslaging en het dossier voor de uitreiking.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free software under the European Union Public Licence (EUPL) 1.2.</source>
        <translation>Vrije software onder de Publieke Licentie van de Europese Unie (EUPL) 1.2.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../../yansenne/ui/stages/widgets.py" line="+53"/>
        <source>Allocate the readers of {stage}</source>
        <translation>De lezers van {stage} toewijzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each project of the stage gets this many readers from its category&apos;s panel, never a juror in conflict with it; the loads are balanced within each panel. The same seed gives the same allocation.</source>
        <translation>Elk project van de fase krijgt zoveel lezers uit de jury van zijn categorie, nooit een jurylid met een belangenconflict; de last wordt binnen elke jury evenwichtig verdeeld. Dezelfde startwaarde geeft dezelfde toewijzing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Readers per project</source>
        <translation>Lezers per project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Startwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readers per project:</source>
        <translation>&amp;Lezers per project:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Startwaarde:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stage already holds %n mark(s): the marks of pairs no longer allocated will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>De fase bevat al %Ln score: de scores van paren die niet meer toegewezen zijn, worden gewist (ongedaan maken zet ze terug).</numerusform>
            <numerusform>De fase bevat al %Ln scores: de scores van paren die niet meer toegewezen zijn, worden gewist (ongedaan maken zet ze terug).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allocate</source>
        <translation>Toewijzen</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="+235"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../yansenne/ui/backup_actions.py" line="+46"/>
        <source>Database copies ({patterns})</source>
        <translation>Databankkopieën ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yansenne-backup-{date}</source>
        <translation>yansenne-back-up-{date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up the database</source>
        <translation>Back-up van de databank maken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to {file}</source>
        <translation>Back-up geschreven naar {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup and restore work on a SQLite database; for a server, use its own tools (pg_dump, pg_restore).</source>
        <translation>Back-up en herstel werken op een SQLite-databank; gebruik voor een server zijn eigen hulpmiddelen (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the whole database
{database}
by the copy
{file}?

Everything recorded since that copy was made is replaced; the present state is first saved beside the database. Open juror windows are closed.</source>
        <translation>De hele databank
{database}
vervangen door de kopie
{file}?

Alles wat sinds die kopie is vastgelegd, wordt vervangen; de huidige toestand wordt eerst naast de databank bewaard. Open scorevensters worden gesloten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database restored from {file}</source>
        <translation>Databank hersteld uit {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the previous state was saved to {file})</source>
        <translation>(de vorige toestand werd bewaard in {file})</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <location filename="../../yansenne/ui/juror/ballot.py" line="+22"/>
        <source>Send my ballot</source>
        <translation>Mijn stembiljet versturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballots (*.ballot)</source>
        <translation>Stembiljetten (*.ballot)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ballot (revision {revision}) was written to {file}. Send this file to the secretariat; you can keep scoring and send a newer one later.</source>
        <translation>Uw stembiljet (revisie {revision}) is geschreven naar {file}. Stuur dit bestand naar het secretariaat; u kunt verder scoren en later een nieuwer versturen.</translation>
    </message>
</context>
<context>
    <name>CallImportDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/call_import_dialog.py" line="+103"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; into edition {year}: {rows} rows</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; naar editie {year}: {rows} rijen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New projects: {add}  ·  updates: {update}  ·  rows refused: {refused}</source>
        <translation>Nieuwe projecten: {add}  ·  bijwerkingen: {update}  ·  geweigerde rijen: {refused}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say once what each value stands for; the edition keeps it for the next import.</source>
        <translation>Zeg één keer waarvoor elke waarde staat; de editie onthoudt het voor de volgende import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every category and actor type of the file is recognised.</source>
        <translation>Alle categorieën en actortypes van het bestand worden herkend.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}-refused.csv</source>
        <translation>{name}-geweigerd.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the refused rows</source>
        <translation>Geweigerde rijen opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Rekenbladen ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refused rows cannot replace the file being imported; choose another name.</source>
        <translation>De geweigerde rijen kunnen het geïmporteerde bestand niet vervangen; kies een andere naam.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing the projects…</source>
        <translation>De projecten worden geïmporteerd…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows refused</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows were refused and left out; they are saved in {file}, to fix and import later.</source>
        <translation>{count} rijen zijn geweigerd en weggelaten; ze zijn opgeslagen in {file}, om later te verbeteren en te importeren.</translation>
    </message>
    <message>
        <location filename="../../ui/call_import_dialog.ui" line="+14"/>
        <source>Import the call&apos;s spreadsheet</source>
        <translation>Spreadsheet van de oproep importeren</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+16"/>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose the field each column of the file fills, or leave it ignored. Code, category and title (FR) are required.</source>
        <translation>Kies het veld dat elke kolom van het bestand invult, of laat ze genegeerd. Code, categorie en titel (FR) zijn verplicht.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <source>Values written differently</source>
        <translation>Anders geschreven waarden</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Import the valid rows &amp;only, and save the refused ones in a file to fix and import later</source>
        <translation>Alleen de &amp;geldige rijen importeren, en de geweigerde opslaan in een bestand om later te verbeteren en te importeren</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+6"/>
        <source>Rows, as they would be imported</source>
        <translation>Rijen, zoals ze zouden worden geïmporteerd</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid_dialogs.py" line="+31"/>
        <source>New category</source>
        <translation>Nieuwe categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {code}</source>
        <translation>Categorie {code} bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.ui" line="+14"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Naam (&amp;Frans):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (&amp;Nederlands):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Naam (En&amp;gels):</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../yansenne/ui/juror/category_page.py" line="+185"/>
        <source>Find a project (code or title)</source>
        <translation>Een project zoeken (code of titel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a project</source>
        <translation>Een project zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the projects whose code or title holds every word typed</source>
        <translation>Toont alleen de projecten waarvan de code of de titel elk getypt woord bevat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Submit my scores</source>
        <translation>Mijn scores indienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Submits your scores in every category; they then lock</source>
        <translation>Dient uw scores in alle categorieën in; ze worden dan vergrendeld</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reopen (secretariat)…</source>
        <translation>Heropenen (secretariaat)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the category (secretariat)</source>
        <translation>De categorie heropenen (secretariaat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores for {category}</source>
        <translation>Scores voor {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per project, one column per criterion; type a mark, Enter or Tab to go on, F2 to edit</source>
        <translation>Eén rij per project, één kolom per criterium; typ een score, Enter of Tab om verder te gaan, F2 om te wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress in {category}</source>
        <translation>Voortgang in {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid and project</source>
        <translation>Rooster en project</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{scored} of {total} projects scored</source>
        <translation>{scored} van {total} projecten gescoord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing marks: {count}</source>
        <translation>ontbrekende scores: {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submits your scores in every category; you will see first what is still missing</source>
        <translation>Dient uw scores in alle categorieën in; u ziet eerst wat nog ontbreekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted on {when}. Your scores in this category are locked; only the secretariat can reopen them.</source>
        <translation>Ingediend op {when}. Uw scores in deze categorie zijn vergrendeld; alleen het secretariaat kan ze heropenen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: {project} · {criterion} cleared</source>
        <translation>Opgeslagen: {project} · {criterion} gewist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {project} · {criterion} = {value} (revision {revision})</source>
        <translation>Opgeslagen: {project} · {criterion} = {value} (revisie {revision})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Move to a criterion to read its rubric.</source>
        <translation>Ga naar een criterium om de beoordelingsschaal te lezen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;b&gt;{criterion}&lt;/b&gt; · weight {weight} · {allowed}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; · gewicht {weight} · {allowed}</translation>
    </message>
</context>
<context>
    <name>CeremonyPage</name>
    <message>
        <location filename="../../yansenne/ui/ceremony/page.py" line="+153"/>
        <source>Building…</source>
        <translation>Bezig met aanmaken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the document</source>
        <translation>Het document wordt aangemaakt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder for the letters to the candidates</source>
        <translation>Map voor de brieven aan de kandidaten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the letters…</source>
        <translation>De brieven worden geschreven…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the letters to the candidates</source>
        <translation>De brieven aan de kandidaten worden geschreven</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+122"/>
        <source>Cannot sign the document</source>
        <translation>Kan het document niet ondertekenen</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Check a PDF</source>
        <translation>Een pdf controleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>Cannot check the document</source>
        <translation>Kan het document niet controleren</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Checking {file}…</source>
        <translation>{file} controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the document</source>
        <translation>Het document controleren</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{file}: %n page(s), checked.</source>
        <translation>
            <numerusform>{file}: %Ln pagina, gecontroleerd.</numerusform>
            <numerusform>{file}: %Ln pagina&apos;s, gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>The document was not checked.</source>
        <translation>Het document is niet gecontroleerd.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The document could not be checked:
{error}</source>
        <translation>Het document kon niet worden gecontroleerd:
{error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing…</source>
        <translation>Ondertekenen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing the document</source>
        <translation>Het document ondertekenen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in field {field}.</source>
        <translation>Ondertekend in veld {field}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document was not signed.</source>
        <translation>Het document is niet ondertekend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document could not be signed:
{error}</source>
        <translation>Het document kon niet worden ondertekend:
{error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no time given</source>
        <translation>geen tijdstip opgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>broken</source>
        <translation>verbroken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only signatures added after</source>
        <translation>daarna enkel handtekeningen toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed after signing</source>
        <translation>gewijzigd na ondertekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {signer}, {time}: {state}, {after}</source>
        <translation>{field}: {signer}, {time}: {state}, {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed yet: {fields}</source>
        <translation>Nog niet ondertekend: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signature yet.</source>
        <translation>Nog geen handtekening.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) written to {folder}; all of them in {file}.</source>
        <translation>
            <numerusform>%Ln brief geschreven in {folder}; alle samen in {file}.</numerusform>
            <numerusform>%Ln brieven geschreven in {folder}; alle samen in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No remedies paragraph in {languages}: set it on the Edition page.</source>
        <translation>Geen alinea over rechtsmiddelen in {languages}: vul ze in op de pagina Editie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>The letters were not written.</source>
        <translation>De brieven werden niet geschreven.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The letters could not be written:
{error}</source>
        <translation>De brieven konden niet worden geschreven:
{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the letters</source>
        <translation>Kan de brieven niet schrijven</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be opened.</source>
        <translation>De printer kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>French</source>
        <comment>within a sentence</comment>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <comment>within a sentence</comment>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <comment>within a sentence</comment>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: no summary in {languages}</source>
        <translation>{project}: geen samenvatting in het {languages}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summaries missing</source>
        <translation>Ontbrekende samenvattingen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laureate(s) have no summary in the dossier&apos;s language: the dossier says so where the summary would be.</source>
        <translation>
            <numerusform>%Ln laureaat heeft geen samenvatting in de taal van het dossier: het dossier vermeldt dat op de plaats van de samenvatting.</numerusform>
            <numerusform>%Ln laureaten hebben geen samenvatting in de taal van het dossier: het dossier vermeldt dat op de plaats van de samenvatting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print all the same</source>
        <translation>Toch afdrukken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document</source>
        <translation>Het document opslaan</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>S&amp;ign…</source>
        <translation>Onderteke&amp;nen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the minutes or the dossier of the locked edition shown, with a certificate file or an eID card</source>
        <translation>Het proces-verbaal of het dossier van de getoonde vergrendelde editie ondertekenen, met een certificaatbestand of een eID-kaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k a PDF…</source>
        <translation>Pdf &amp;controleren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a PDF from elsewhere, such as minutes a juror sent back signed, list its signatures and sign it; the file itself is never changed</source>
        <translation>Een pdf van elders tonen, zoals een proces-verbaal dat een jurylid ondertekend terugstuurde, de handtekeningen ervan oplijsten en het ondertekenen; het bestand zelf wordt nooit gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatures of the document</source>
        <translation>Handtekeningen van het document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ceremony slides</source>
        <translation>Diavoorstelling van de plechtigheid</translation>
    </message>
    <message>
        <location line="-374"/>
        <location line="+242"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the document</source>
        <translation>Kan het document niet opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {file}</source>
        <translation>Opgeslagen in {file}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document could not be built:
{error}</source>
        <translation>Het document kon niet worden aangemaakt:
{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot build the document</source>
        <translation>Kan het document niet aanmaken</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n page(s), ready to print.</source>
        <translation>
            <numerusform>%Ln pagina, klaar om af te drukken.</numerusform>
            <numerusform>%Ln pagina&apos;s, klaar om af te drukken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n laureate(s) without a summary in this language: {list}.</source>
        <translation>
            <numerusform>%Ln laureaat zonder samenvatting in deze taal: {list}.</numerusform>
            <numerusform>%Ln laureaten zonder samenvatting in deze taal: {list}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+143"/>
        <source>The deliberation is not locked: every page carries the DRAFT mark.</source>
        <translation>De beraadslaging is niet afgesloten: elke pagina draagt de vermelding ONTWERP.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an edition first.</source>
        <translation>Kies eerst een editie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the document and its language, then Build.</source>
        <translation>Kies het document en de taal, en daarna Aanmaken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>French and Dutch side by side</source>
        <translation>Frans en Nederlands naast elkaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Le&amp;tters…</source>
        <translation>Brie&amp;ven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the letters to the candidates, one PDF a project in its language, into a folder</source>
        <translation>De brieven aan de kandidaten schrijven, één pdf per project in zijn taal, in een map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the generated document, as they will print</source>
        <translation>De pagina&apos;s van het aangemaakte document, zoals ze afgedrukt worden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceremony dossier</source>
        <translation>Dossier van de prijsuitreiking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of the deliberation</source>
        <translation>Proces-verbaal van de beraadslaging</translation>
    </message>
    <message>
        <location filename="../../ui/ceremony_page.ui" line="+19"/>
        <source>&amp;Document:</source>
        <translation>Doc&amp;ument:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Build</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Print…</source>
        <translation>Afd&amp;rukken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the file</source>
        <translation>Bestand &amp;openen</translation>
    </message>
</context>
<context>
    <name>ChooseJurorDialog</name>
    <message>
        <location filename="../../yansenne/ui/juror/__init__.py" line="+52"/>
        <location filename="../../yansenne/ui/juror/choose_dialog.py" line="+48"/>
        <source>Score as juror</source>
        <translation>Scoren als jurylid</translation>
    </message>
    <message>
        <location filename="../../yansenne/ui/juror/choose_dialog.py" line="+1"/>
        <source>&amp;Whose grid do you want to open?</source>
        <translation>&amp;Welk beoordelingsrooster wilt u openen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid shows only this juror&apos;s categories and marks; every mark is saved as it is typed, in the juror&apos;s name.</source>
        <translation>Het rooster toont alleen de categorieën en scores van dit jurylid; elke score wordt opgeslagen zodra hij getypt is, op naam van het jurylid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edition has no juror who scores.</source>
        <translation>Deze editie heeft geen jurylid dat scoort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the grid</source>
        <translation>Rooster openen</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../../yansenne/ui/collection/model.py" line="+77"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package sent</source>
        <translation>Pakket verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Stembiljet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No package yet</source>
        <translation>Nog geen pakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting ballot</source>
        <translation>Stembiljet verwacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete, not submitted</source>
        <translation>Volledig, niet ingediend</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revision of the last ballot applied</source>
        <translation>Revisie van het laatst toegepaste stembiljet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks given, of those the juror owes</source>
        <translation>Gegeven scores, van de scores die het jurylid moet geven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories submitted, of those assigned</source>
        <translation>Ingediende categorieën, van de toegewezen categorieën</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n package(s) sent</source>
        <translation>
            <numerusform>%Ln pakket verstuurd</numerusform>
            <numerusform>%Ln pakketten verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent</source>
        <translation>Niet verstuurd</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../yansenne/ui/collection/page.py" line="+127"/>
        <location filename="../../ui/collection_page.ui" line="+126"/>
        <source>Last collection</source>
        <translation>Laatste inzameling</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Distribute packages</source>
        <translation>Pakketten verdelen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Packages were already sent to %n juror(s). A new package replaces the juror&apos;s copy: marks they have not yet sent in a ballot would be lost if they switch to it. Write new packages for every juror?</source>
        <translation>
            <numerusform>Er is al een pakket naar %Ln jurylid gestuurd. Een nieuw pakket vervangt diens kopie: scores die nog niet in een stembiljet zijn verstuurd, gaan verloren als die overstapt. Nieuwe pakketten schrijven voor elk jurylid?</numerusform>
            <numerusform>Er zijn al pakketten naar %Ln juryleden gestuurd. Een nieuw pakket vervangt hun kopie: scores die nog niet in een stembiljet zijn verstuurd, gaan verloren als ze overstappen. Nieuwe pakketten schrijven voor elk jurylid?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the packages</source>
        <translation>Map voor de pakketten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the jurors&apos; packages…</source>
        <translation>De pakketten van de juryleden worden geschreven…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots to collect</source>
        <translation>In te zamelen stembiljetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots (*{suffix})</source>
        <translation>Stembiljetten (*{suffix})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collecting the ballots…</source>
        <translation>Stembiljetten worden ingezameld…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Package of {juror} written: {file}</source>
        <translation>Pakket van {juror} opgeslagen: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) written to {folder}</source>
        <translation>
            <numerusform>%Ln pakket geschreven naar {folder}</numerusform>
            <numerusform>%Ln pakketten geschreven naar {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last distribution</source>
        <translation>Laatste verdeling</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last collection: %n ballot(s) applied</source>
        <translation>
            <numerusform>Laatste inzameling: %Ln stembiljet verwerkt</numerusform>
            <numerusform>Laatste inzameling: %Ln stembiljetten verwerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln probleem</numerusform>
            <numerusform>%Ln problemen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collection</source>
        <translation>Inzameling</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No juror scores in this edition</source>
        <translation>Geen enkel jurylid scoort in deze editie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots from {received} of {total} jurors · {submitted} submitted</source>
        <translation>Stembiljetten van {received} van de {total} juryleden · {submitted} ingediend</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.ui" line="-89"/>
        <source>Distribute packages…</source>
        <translation>Pakketten verdelen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every juror&apos;s package into a folder, to send to the jurors</source>
        <translation>Het pakket van elk jurylid in een map opslaan, om naar de juryleden te sturen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collect ballots…</source>
        <translation>Stembiljetten inzamelen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the ballots the jurors sent back, check them and apply them</source>
        <translation>De door de juryleden teruggestuurde stembiljetten kiezen, controleren en toepassen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Progress of each juror&apos;s ballots</source>
        <translation>Voortgang van de stembiljetten per jurylid</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop ballot files (.ballot) here to collect them</source>
        <translation>Sleep stembiljetbestanden (.ballot) hierheen om ze in te zamelen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Each juror scores offline in their package and sends back a signed ballot. A ballot is the juror&apos;s whole grid: it replaces their earlier marks, and a mark it no longer holds is cleared. A ballot edited by hand, older than the last one applied, or for another edition is refused.</source>
        <translation>Elk jurylid scoort offline in zijn of haar pakket en stuurt een ondertekend stembiljet terug. Een stembiljet bevat het volledige beoordelingsrooster van het jurylid: het vervangt de eerdere scores, en een score die er niet meer in staat, wordt gewist. Een stembiljet dat met de hand gewijzigd werd, ouder is dan het laatst toegepaste of voor een andere editie bestemd is, wordt geweigerd.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/conflicts_model.py" line="+75"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict of interest declared: {reason}</source>
        <translation>Belangenconflict gemeld: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: {reason}</source>
        <translation>Voorgesteld: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflict declared</source>
        <translation>Geen conflict gemeld</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n score(s) given, cleared if a conflict is declared</source>
        <translation>
            <numerusform>%Ln score gegeven, gewist als een conflict wordt gemeld</numerusform>
            <numerusform>%Ln scores gegeven, gewist als een conflict wordt gemeld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../yansenne/ui/pages/conflicts.py" line="+123"/>
        <source>%n conflict(s) of interest declared</source>
        <translation>
            <numerusform>%Ln belangenconflict gemeld</numerusform>
            <numerusform>%Ln belangenconflicten gemeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s) to look at (shaded).</source>
        <translation>
            <numerusform>%Ln suggestie om na te kijken (gekleurd).</numerusform>
            <numerusform>%Ln suggesties om na te kijken (gekleurd).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared</source>
        <translation>gemeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a cell: a juror&apos;s column, a project&apos;s row.</source>
        <translation>Kies een cel: de kolom van een jurylid, de rij van een project.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+68"/>
        <source>Why is juror {juror} in conflict with project {project}?</source>
        <translation>Waarom heeft jurylid {juror} een belangenconflict met project {project}?</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>The juror has given %n score(s) to this project; they will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>Het jurylid heeft dit project %Ln score gegeven; die wordt gewist (Ongedaan maken zet hem terug).</numerusform>
            <numerusform>Het jurylid heeft dit project %Ln scores gegeven; die worden gewist (Ongedaan maken zet ze terug).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare a conflict of interest</source>
        <translation>Een belangenconflict melden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declare the conflict {juror} × {project}</source>
        <translation>Conflict {juror} × {project} melden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdraw a conflict of interest</source>
        <translation>Een belangenconflict intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the conflict of interest of juror {juror} with project {project}? The juror will then score the project.</source>
        <translation>Het belangenconflict van jurylid {juror} met project {project} intrekken? Het jurylid zal het project dan scoren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw the conflict {juror} × {project}</source>
        <translation>Conflict {juror} × {project} intrekken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reason of the conflict of interest</source>
        <translation>Reden van het belangenconflict</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reason {juror} × {project}</source>
        <translation>Reden {juror} × {project} wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_page.ui" line="+37"/>
        <source>Search the projects</source>
        <translation>In de projecten zoeken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the projects…</source>
        <translation>Projecten zoeken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only projects with a conflict or a suggestion</source>
        <translation>Enkel projecten met een conflict of een suggestie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Projects and their conflicts of interest</source>
        <translation>Projecten en hun belangenconflicten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a project to see its declared and suggested conflicts</source>
        <translation>Kies een project om zijn gemelde en voorgestelde conflicten te zien</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Selected pair</source>
        <translation>Geselecteerd paar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Declare a conflict…</source>
        <translation>Conflict melden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the suggestion</source>
        <translation>Suggestie bevestigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reason…</source>
        <translation>Reden wijzigen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../yansenne/ui/results/consensus_panel.py" line="+73"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>majority and minority</source>
        <translation>meerderheid en minderheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <location line="+198"/>
        <source>Majority text, &amp;French:</source>
        <extracomment>(project, {kind: (fr, nl)}): the texts the user asks to save.</extracomment>
        <translation>Meerderheidstekst, &amp;Frans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus text, &amp;French:</source>
        <translation>Consensustekst, &amp;Frans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority text, &amp;Dutch:</source>
        <translation>Meerderheidstekst, &amp;Nederlands:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus text, &amp;Dutch:</source>
        <translation>Consensustekst, &amp;Nederlands:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority text, F&amp;rench:</source>
        <translation>Minderheidstekst, F&amp;rans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority text, D&amp;utch:</source>
        <translation>Minderheidstekst, Ne&amp;derlands:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Locked: the texts can no longer change.</source>
        <translation>Vergrendeld: de teksten kunnen niet meer wijzigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock needs the consensus text in French and Dutch.</source>
        <translation>De vergrendeling vereist de consensustekst in het Frans en het Nederlands.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock needs the majority and the minority texts in French and Dutch.</source>
        <translation>De vergrendeling vereist de meerderheids- en de minderheidstekst in het Frans en het Nederlands.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Consensus texts of the last stage</source>
        <translation>Consensusteksten van de laatste fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each project that reached the last stage needs a consensus text (the rapporteur&apos;s), or a majority and a minority text, in French and Dutch, before the lock. The dossier and the minutes print them.</source>
        <translation>Elk project dat de laatste fase bereikte, heeft vóór de vergrendeling een consensustekst (die van de rapporteur) nodig, of een meerderheids- en een minderheidstekst, in het Frans en het Nederlands. Het dossier en het proces-verbaal drukken ze af.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority and minority</source>
        <translation>Meerderheid en minderheid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the texts</source>
        <translation>De teksten opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="+454"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Gap to {project}</source>
        <translation>Verschil met {project}</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid_dialogs.py" line="+43"/>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {code}</source>
        <translation>Criterium {code} bewerken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>every category</source>
        <translation>alle categorieën</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{share} of the grid</source>
        <translation>{share} van het beoordelingsrooster</translation>
    </message>
    <message>
        <location filename="../../ui/criterion_dialog.ui" line="+14"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Applies to:</source>
        <translation>Geldt &amp;voor:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Naam (&amp;Frans):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (&amp;Nederlands):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Naam (En&amp;gels):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Weight:</source>
        <translation>Ge&amp;wicht:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Share:</source>
        <translation>Aandeel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Rubric: what each level means</source>
        <translation>Beschrijving: wat elk niveau betekent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One tab per language: French, Dutch, English</source>
        <translation>Eén tabblad per taal: Frans, Nederlands, Engels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in French</source>
        <translation>Beschrijving in het Frans</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in Dutch</source>
        <translation>Beschrijving in het Nederlands</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in English</source>
        <translation>Beschrijving in het Engels</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/dashboard.py" line="+99"/>
        <source>projects</source>
        <translation>projecten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>jurors who score (+ %n observer(s))</source>
        <translation>
            <numerusform>juryleden die scoren (+ %Ln waarnemer)</numerusform>
            <numerusform>juryleden die scoren (+ %Ln waarnemers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>conflicts of interest (%n suggested)</source>
        <translation>
            <numerusform>belangenconflicten (%Ln voorgesteld)</numerusform>
            <numerusform>belangenconflicten (%Ln voorgesteld)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>of the expected marks given</source>
        <translation>van de verwachte scores gegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects fully scored by each juror, out of the projects they score (conflicts and observers left out); {marks} of {expected} marks given.</source>
        <translation>Projecten die elk jurylid volledig gescoord heeft, op de projecten die het scoort (zonder conflicten en waarnemers); {marks} van {expected} scores gegeven.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>conflicts of interest</source>
        <translation>belangenconflicten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/dashboard_page.ui" line="+108"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lead actor</source>
        <translation>trekker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart of the projects counted</source>
        <translation>Grafiek van het aantal projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars of the number of projects, by the dimension chosen in &quot;Count by&quot;</source>
        <translation>Staven van het aantal projecten, volgens wat gekozen is bij &quot;Tellen per&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="+11"/>
        <source>&amp;Count by:</source>
        <translation>Te&amp;llen per:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Scoring progress</source>
        <translation>Voortgang van het scoren</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="-81"/>
        <source>Award</source>
        <translation>Onderscheiding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Citations</source>
        <translation>Motiveringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mention</source>
        <translation>vermelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as proposed</source>
        <translation>zoals voorgesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departs, justified</source>
        <translation>wijkt af, verantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departs: justification needed</source>
        <translation>wijkt af: verantwoording vereist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>save to vote</source>
        <translation>opslaan om te stemmen</translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_page.py" line="+214"/>
        <location line="+233"/>
        <source>Reading the deliberation</source>
        <translation>Beraadslaging inlezen</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>placed {place}</source>
        <translation>plaats {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ranked</source>
        <translation>niet gerangschikt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This decision departs from the proposal ({why}): a justification is required.</source>
        <translation>Deze beslissing wijkt af van het voorstel ({why}): een verantwoording is verplicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This decision departs from the proposal ({why}); the justification above says why.</source>
        <translation>Deze beslissing wijkt af van het voorstel ({why}); de verantwoording hierboven geeft de reden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Justification (required):</source>
        <translation>&amp;Verantwoording (verplicht):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/deliberation_page.ui" line="+448"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Verantwoording:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the decisions</source>
        <translation>Beslissingen opslaan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording attendance</source>
        <translation>Aanwezigheid registreren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>Recording the vote</source>
        <translation>Stem registreren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Recording the meeting</source>
        <translation>De vergadering registreren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording the casting vote</source>
        <translation>Beslissende stem registreren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock the decision</source>
        <translation>Beslissing vergrendelen</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Double-click a cell (or press F2) to record a present juror&apos;s vote on a saved decision, or type + (for), - (against), 0 (abstains), Delete (no vote): the cursor moves to the next juror. On an equal count, the president&apos;s own vote decides.</source>
        <translation>Dubbelklik op een cel (of druk op F2) om de stem van een aanwezig jurylid over een opgeslagen beslissing te registreren, of typ + (voor), - (tegen), 0 (onthouding), Delete (geen stem): de cursor gaat naar het volgende jurylid. Bij staking beslist de stem van de voorzitter.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Locking now asks to confirm: {problems}</source>
        <translation>Nu vergrendelen vraagt eerst bevestiging: {problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %Ln</numerusform>
            <numerusform>… en nog %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unanimous: for</source>
        <translation>Unaniem: voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanimous: against</source>
        <translation>Unaniem: tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanimous: abstains</source>
        <translation>Unaniem: onthouding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanimous vote</source>
        <translation>Unanieme stemming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every present juror votes for the decision of the current column; the arrow offers against or abstains</source>
        <translation>Elk aanwezig jurylid stemt voor de beslissing van de huidige kolom; het pijltje biedt tegen of onthouding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Lock the deliberation of edition {year}? Scores and decisions can no longer change until the secretariat reopens it.</source>
        <translation>De beraadslaging van editie {year} vergrendelen? Scores en beslissingen kunnen dan niet meer wijzigen tot het secretariaat ze heropent.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Saving the consensus texts</source>
        <translation>De consensusteksten opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus texts of {project}</source>
        <translation>Consensusteksten van {project}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Locking now passes over:</source>
        <translation>Nu vergrendelen gaat voorbij aan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock all the same</source>
        <translation>Toch vergrendelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking the decision</source>
        <translation>Beslissing vergrendelen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Reopen the deliberation</source>
        <translation>Beraadslaging heropenen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is edition {year} reopened? (kept in the audit log)</source>
        <translation>Waarom wordt editie {year} heropend? (bewaard in het auditlogboek)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why the deliberation is reopened.</source>
        <translation>Geef aan waarom de beraadslaging heropend wordt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopening the deliberation</source>
        <translation>Beraadslaging heropenen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not recorded</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting and votes</source>
        <translation>Vergadering en stemmingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus texts ({missing} missing)</source>
        <translation>Consensusteksten ({missing} ontbreken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus texts</source>
        <translation>Consensusteksten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The final minutes need {missing}; a draft leaves them blank to complete by hand.</source>
        <translation>Het definitieve proces-verbaal vereist {missing}; een ontwerp laat ze blanco, met de hand in te vullen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes print these facts; they can be corrected after the lock.</source>
        <translation>Het proces-verbaal drukt deze gegevens af; ze blijven wijzigbaar na de vergrendeling.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Prizes across categories:</source>
        <translation>Prijzen over de categorieën heen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ranking ({method}) proposes the laureates: prize 1 to the project placed first, and so on. The jury may award fewer prizes, add mentions, or depart from the proposal with a written justification.</source>
        <translation>De algemene rangschikking ({method}) stelt de laureaten voor: prijs 1 voor het project op de eerste plaats, enzovoort. De jury kan minder prijzen toekennen, eervolle vermeldingen toevoegen of met een schriftelijke verantwoording van het voorstel afwijken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edition&apos;s tie-break rules end with the casting vote: it settles, in this order, the ties the other rules leave.</source>
        <translation>De regels van de editie bij gelijke stand eindigen met de beslissende stem: die beslecht, in deze volgorde, de gelijke standen die de andere regels laten bestaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition&apos;s tie-break rules do not use the casting vote: it is kept for the minutes and does not change the places.</source>
        <translation>De regels van de editie bij gelijke stand gebruiken de beslissende stem niet: ze wordt in de notulen opgenomen en wijzigt de plaatsen niet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fingerprint still matches</source>
        <translation>de vingerafdruk klopt nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;the data changed since the lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;de gegevens zijn gewijzigd sinds de vergrendeling&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Deliberation of edition {year} locked&lt;/b&gt; on {when} · fingerprint &lt;code&gt;{print}&lt;/code&gt;: {intact}.</source>
        <translation>&lt;b&gt;Beraadslaging van editie {year} vergrendeld&lt;/b&gt; op {when} · vingerafdruk &lt;code&gt;{print}&lt;/code&gt;: {intact}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Deliberation of edition {year}&lt;/b&gt; · open</source>
        <translation>&lt;b&gt;Beraadslaging van editie {year}&lt;/b&gt; · open</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every present juror votes the same on {decision}, in one step</source>
        <translation>Elk aanwezig jurylid stemt hetzelfde over {decision}, in één handeling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked: only the secretariat can reopen the deliberation, with a reason.</source>
        <translation>Vergrendeld: alleen het secretariaat kan de beraadslaging heropenen, met opgave van reden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the decisions before locking.</source>
        <translation>Sla de beslissingen op voor u vergrendelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock yet: {problems}</source>
        <translation>Nog niet te vergrendelen: {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision is recorded: locking now records that the jury awards nothing.</source>
        <translation>Er is geen beslissing geregistreerd: nu vergrendelen legt vast dat de jury niets toekent.</translation>
    </message>
    <message>
        <location filename="../../ui/deliberation_page.ui" line="-385"/>
        <source>&amp;Lock the decision…</source>
        <translation>Beslissing &amp;vergrendelen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reopen…</source>
        <translation>He&amp;ropenen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No edition to deliberate on.</source>
        <translation>Geen editie om over te beraadslagen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Proposal from the ranking</source>
        <translation>Voorstel op basis van de rangschikking</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Take over the proposal</source>
        <translation>Voorstel &amp;overnemen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decisions of the jury</source>
        <translation>Beslissingen van de jury</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a &amp;prize</source>
        <translation>&amp;Prijs toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a me&amp;ntion</source>
        <translation>&amp;Vermelding toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>&amp;Undo changes</source>
        <translation>Wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save the decisions</source>
        <translation>Beslissingen op&amp;slaan</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>&amp;Award:</source>
        <translation>&amp;Onderscheiding:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Citation (&amp;French):</source>
        <translation>Motivering (&amp;Frans):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the jury honours this project, in French</source>
        <translation>Waarom de jury dit project bekroont, in het Frans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citation (&amp;Dutch):</source>
        <translation>Motivering (&amp;Nederlands):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the jury honours this project, in Dutch</source>
        <translation>Waarom de jury dit project bekroont, in het Nederlands</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citation (&amp;English):</source>
        <translation>Motivering (&amp;Engels):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Facultatief</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Needed only when the decision departs from the proposal</source>
        <translation>Enkel nodig als de beslissing afwijkt van het voorstel</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The meeting (for the minutes)</source>
        <translation>De vergadering (voor het proces-verbaal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting da&amp;y:</source>
        <translation>&amp;Datum van de vergadering:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date of the deliberation</source>
        <translation>Datum van de beraadslaging</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Held at:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place of the deliberation</source>
        <translation>Plaats van de beraadslaging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Brussels City Hall, Gothic Room</source>
        <translation>bv. Brussels Stadhuis, Gotische Zaal</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open&amp;ing time:</source>
        <translation>Begin&amp;uur:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time the deliberation opened</source>
        <translation>Beginuur van de beraadslaging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes, HH:MM, for example 14:30</source>
        <translation>Uren en minuten, UU:MM, bijvoorbeeld 14:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Closin&amp;g time:</source>
        <translation>E&amp;induur:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time the deliberation closed</source>
        <translation>Einduur van de beraadslaging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes, HH:MM, for example 17:45</source>
        <translation>Uren en minuten, UU:MM, bijvoorbeeld 17:45</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the jurors marked present vote; observers never do.</source>
        <translation>Alleen de juryleden die als aanwezig zijn aangeduid stemmen; waarnemers stemmen nooit.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Votes</source>
        <translation>Stemmingen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>President&apos;s casting vote</source>
        <translation>Beslissende stem van de voorzitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects in the president&apos;s &amp;order:</source>
        <translation>Projecten in de &amp;volgorde van de voorzitter:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. P14; P15</source>
        <translation>bv. P14; P15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;cord</source>
        <translation>&amp;Registreren</translation>
    </message>
</context>
<context>
    <name>EditionPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/edition.py" line="+162"/>
        <source>Edit edition {year}</source>
        <translation>Editie {year} bewerken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the higher median of the juror totals</source>
        <translation>de hoogste mediaan van de totalen van de juryleden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more jurors placing it first</source>
        <translation>meer juryleden die het als eerste plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the president&apos;s casting vote</source>
        <translation>de beslissende stem van de voorzitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the better score on {criterion}</source>
        <translation>de betere score op {criterion}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Edition {year}</source>
        <translation>Editie {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after its deliberation: only the ceremony date, the forewords and the letters&apos; remedies can still change.</source>
        <translation>Vergrendeld na de beraadslaging: alleen de datum van de plechtigheid, de voorwoorden en de rechtsmiddelen van de brieven kunnen nog veranderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scoring has started: the grid is frozen (see Categories &amp; grid).</source>
        <translation>Het scoren is begonnen: het beoordelingsrooster is bevroren (zie Categorieën en rooster).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has not started: everything can still change.</source>
        <translation>Het scoren is niet begonnen: alles kan nog wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/edition_page.ui" line="+53"/>
        <source>New edition…</source>
        <translation>Nieuwe editie…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Names, date and prizes</source>
        <translation>Namen, datum en prijzen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (&amp;Nederlands):</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Name (F&amp;rench):</source>
        <translation>Naam (F&amp;rans):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name (Engl&amp;ish):</source>
        <translation>Naam (Enge&amp;ls):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ceremony:</source>
        <translation>&amp;Ceremonie:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Prizes (€):</source>
        <translation>&amp;Prijzen (€):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ranking rules</source>
        <translation>Regels van de rangschikking</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trim (K):</source>
        <translation>&amp;Afknotting (K):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tie-&amp;break:</source>
        <translation>Bij gelij&amp;kstand:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Foreword of the ceremony dossier</source>
        <translation>Voorwoord van het ceremoniedossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+100"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in French</source>
        <translation>Voorwoord in het Frans</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in Dutch</source>
        <translation>Voorwoord in het Nederlands</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in English</source>
        <translation>Voorwoord in het Engels</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remedies paragraph of the letters to candidates</source>
        <translation>Rechtsmiddelen in de brieven aan de kandidaten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remedies paragraph in French</source>
        <translation>Rechtsmiddelen in het Frans</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remedies paragraph in Dutch</source>
        <translation>Rechtsmiddelen in het Nederlands</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remedies paragraph in English</source>
        <translation>Rechtsmiddelen in het Engels</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Revert</source>
        <translation>Wijzigingen terugdraaien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>EligibleDelegate</name>
    <message>
        <location filename="../../yansenne/ui/stages/widgets.py" line="-52"/>
        <source>Eligible</source>
        <translation>Ontvankelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undecided</source>
        <translation>onbeslist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../yansenne/ui/file_dialogs.py" line="+102"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{extension} file</source>
        <translation>{extension}-bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>This is the open database itself; choose another file.</source>
        <translation>Dit is de geopende databank zelf; kies een ander bestand.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location line="-137"/>
        <source>results</source>
        <extracomment>The words of the names the desk suggests for the files it writes (&quot;results-2026.xlsx&quot; is &quot;résultats-2026.xlsx&quot; for a French reader).</extracomment>
        <translation>resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoresheet</source>
        <translation>scoreblad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoresheets</source>
        <translation>scorebladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edition</source>
        <translation>editie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>geweigerd</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
</context>
<context>
    <name>GridCriteriaModel</name>
    <message>
        <location line="+35"/>
        <source>{min} to {max}, by {step}</source>
        <translation>van {min} tot {max}, in stappen van {step}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies to</source>
        <translation>Geldt voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>every category</source>
        <translation>alle categorieën</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid.py" line="+170"/>
        <source>Grid of the category: {name}</source>
        <translation>Beoordelingsrooster van de categorie: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/grid_page.ui" line="+163"/>
        <source>Grid</source>
        <translation>Beoordelingsrooster</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n criteria; total weight {total}, shown as shares of 100 %.</source>
        <translation>
            <numerusform>%Ln criterium; totaal gewicht {total}, weergegeven als aandeel van 100 %.</numerusform>
            <numerusform>%Ln criteria; totaal gewicht {total}, weergegeven als aandeel van 100 %.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edition is locked after its deliberation: its grid can no longer change.</source>
        <translation>De editie is vergrendeld na de beraadslaging: haar beoordelingsrooster kan niet meer wijzigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The grid is frozen&lt;/b&gt;: scoring has started. Changing it now would change what the marks already given mean; unfreezing is a deliberate act, written to the audit log.</source>
        <translation>&lt;b&gt;Het beoordelingsrooster is bevroren&lt;/b&gt;: het scoren is begonnen. Het nu wijzigen zou de betekenis van de al gegeven scores veranderen; ontdooien is een bewuste handeling die in het auditlogboek wordt opgenomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The grid was unfrozen deliberately&lt;/b&gt; although scoring has started. Freeze it again once the change is made.</source>
        <translation>&lt;b&gt;Het beoordelingsrooster werd bewust ontdooid&lt;/b&gt; hoewel het scoren begonnen is. Bevries het opnieuw zodra de wijziging is aangebracht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grid freezes by itself when the first score is given.</source>
        <translation>Het beoordelingsrooster bevriest vanzelf bij de eerste score.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add category {code}</source>
        <translation>Categorie {code} toevoegen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit category {code}</source>
        <translation>Categorie {code} bewerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a category</source>
        <translation>Een categorie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the category {name} and its own criteria?</source>
        <translation>De categorie {name} en haar eigen criteria verwijderen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete category {code}</source>
        <translation>Categorie {code} verwijderen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add criterion {code}</source>
        <translation>Criterium {code} toevoegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit criterion {code}</source>
        <translation>Criterium {code} bewerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a criterion</source>
        <translation>Een criterium verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the criterion {name}?</source>
        <translation>Het criterium {name} verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete criterion {code}</source>
        <translation>Criterium {code} verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move criterion {code}</source>
        <translation>Criterium {code} verplaatsen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Unfreeze the grid</source>
        <translation>Beoordelingsrooster ontdooien</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scoring has started. A change to the grid changes what the marks already given mean, for every juror.

Unfreeze the grid of edition {year}? This is written to the audit log.</source>
        <translation>Het scoren is begonnen. Een wijziging van het beoordelingsrooster verandert de betekenis van de al gegeven scores, voor elk jurylid.

Het beoordelingsrooster van editie {year} ontdooien? Dit wordt in het auditlogboek opgenomen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/grid_page.ui" line="-96"/>
        <source>Freeze the grid</source>
        <translation>Beoordelingsrooster bevriezen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no rubric given</source>
        <translation>geen beoordelingsschaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/grid_page.ui" line="-7"/>
        <source>Unfreeze the grid…</source>
        <translation>Beoordelingsrooster ontdooien…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+86"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the criterion up (Ctrl+Up)</source>
        <translation>Het criterium omhoog verplaatsen (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the criterion down (Ctrl+Down)</source>
        <translation>Het criterium omlaag verplaatsen (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What a juror sees</source>
        <translation>Wat een jurylid ziet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the j&amp;uror:</source>
        <translation>Taal van het j&amp;urylid:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../yansenne/ui/help_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guide to the desk; Tab reaches its links, Enter follows one</source>
        <translation>De handleiding van het bureau; Tab bereikt de koppelingen, Enter volgt er een</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/history_dialog.py" line="+18"/>
        <source>History of {code}</source>
        <translation>Geschiedenis van {code}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="+14"/>
        <source>Project history</source>
        <translation>Geschiedenis van het project</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No change to this project is recorded yet.</source>
        <translation>Er is nog geen wijziging van dit project geregistreerd.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../yansenne/ui/models/history_model.py" line="+31"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/juror_dialog.py" line="+31"/>
        <source>New juror</source>
        <translation>Nieuw jurylid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit juror {code}</source>
        <translation>Jurylid {code} bewerken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>president</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer (sits but does not score)</source>
        <translation>waarnemer (zetelt maar scoort niet)</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="+14"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Instelling:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>JurorGridModel</name>
    <message>
        <location filename="../../yansenne/ui/juror/grid_model.py" line="+287"/>
        <location line="+76"/>
        <source>This column cannot be scored.</source>
        <translation>In deze kolom kan niet gescoord worden.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>“{text}” is not a number: for {criterion}, type {allowed}.</source>
        <translation>‘{text}’ is geen getal: typ voor {criterion} {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is outside the scale of {criterion}: type {allowed}.</source>
        <translation>{value} valt buiten de schaal van {criterion}: typ {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not on a step of {criterion}: type {allowed}.</source>
        <translation>{value} valt niet op een stap van {criterion}: typ {allowed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a mark from {min} to {max} in steps of {step}</source>
        <translation>een score van {min} tot {max} in stappen van {step}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a mark before commenting it.</source>
        <translation>Geef een score voordat u er een opmerking bij schrijft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict of interest</source>
        <translation>Belangenconflict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to a criterion&apos;s column to type a mark.</source>
        <translation>Ga naar de kolom van een criterium om een score te typen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declared a conflict of interest with {project}: it cannot be scored.</source>
        <translation>U hebt een belangenconflict met {project} gemeld: het kan niet gescoord worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scores in this category are submitted and locked; only the secretariat can reopen them.</source>
        <translation>Uw scores in deze categorie zijn ingediend en vergrendeld; alleen het secretariaat kan ze heropenen.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total
% of max.</source>
        <translation>Totaal
% van max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{criterion}
weight {weight}</source>
        <translation>{criterion}
gewicht {weight}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{criterion} — weight {weight}, {allowed}</source>
        <translation>{criterion} — gewicht {weight}, {allowed}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Your total: the weighted share of the maximum over the criteria you scored</source>
        <translation>Uw totaal: het gewogen aandeel van het maximum over de criteria die u gescoord hebt</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+7"/>
        <location line="+135"/>
        <source>Conflict of interest: you do not score this project.</source>
        <translation>Belangenconflict: u scoort dit project niet.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{scored} of {total} criteria scored</source>
        <translation>{scored} van {total} criteria gescoord</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>{total} (partial)</source>
        <translation>{total} (gedeeltelijk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: {scored} of {total} criteria scored; this total covers only those.</source>
        <translation>Onvolledig: {scored} van {total} criteria gescoord; dit totaal steunt alleen op die.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+65"/>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Total, {project}: {total}</source>
        <translation>Totaal, {project}: {total}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>conflict of interest</source>
        <translation>belangenconflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{criterion}, {project} {title}: {value}</source>
        <translation>{criterion}, {project} {title}: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment: {comment}</source>
        <translation>Opmerking: {comment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scored yet — {allowed}</source>
        <translation>Nog niet gescoord — {allowed}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>comment on {project} · {criterion}</source>
        <translation>opmerking bij {project} · {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clearing {project} · {criterion}</source>
        <translation>wissen van {project} · {criterion}</translation>
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
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every criterion scored</source>
        <translation>alle criteria gescoord</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n criteria scored</source>
        <translation>
            <numerusform>%Ln criterium gescoord</numerusform>
            <numerusform>%Ln criteria gescoord</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored</source>
        <translation>niet gescoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict of interest</source>
        <translation>belangenconflict</translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <location filename="../../yansenne/ui/juror/window.py" line="+238"/>
        <source>Cannot open the grid</source>
        <translation>Kan het beoordelingsrooster niet openen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{category}  {scored}/{total}</source>
        <translation>{category}  {scored}/{total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project scored: ready to submit</source>
        <translation>Alle projecten gescoord: klaar om in te dienen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing marks: {count}</source>
        <translation>Ontbrekende scores: {count}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+58"/>
        <source>Submit my scores</source>
        <translation>Mijn scores indienen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Ongedaan maken: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {step}</source>
        <translation>Op&amp;nieuw: {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep scoring</source>
        <translation>Verder scoren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your scores are submitted. Thank you!</source>
        <translation>Uw scores zijn ingediend. Dank u!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit your scores in {categories}? They will be locked; only the secretariat can reopen them.</source>
        <translation>Uw scores in {categories} indienen? Ze worden vergrendeld; alleen het secretariaat kan ze heropenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project is scored on every criterion.</source>
        <translation>Elk project is op elk criterium gescoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored yet:</source>
        <translation>Nog niet gescoord:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every criterion</source>
        <translation>alle criteria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and {count} more projects</source>
        <translation>en nog {count} projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {projects}</source>
        <translation>{category}: {projects}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still submit: these marks will stay empty.</source>
        <translation>U kunt toch indienen: deze scores blijven leeg.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reopen the scores</source>
        <translation>Scores heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen {juror}&apos;s scores for {category}, as the secretariat? The juror can then change them and must submit again.</source>
        <translation>De scores van {juror} voor {category} heropenen, als secretariaat? Het jurylid kan ze dan wijzigen en moet ze opnieuw indienen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The database is gone</source>
        <translation>De databank is verdwenen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Scoring grid — {juror}</source>
        <translation>Beoordelingsrooster — {juror}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No category is assigned to {juror}: there is nothing to score.</source>
        <translation>Er is geen categorie aan {juror} toegewezen: er valt niets te scoren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit my scores</source>
        <translation>Mijn scores &amp;indienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open the category (secretariat)…</source>
        <translation>De categorie &amp;heropenen (secretariaat)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my &amp;ballot…</source>
        <translation>Mijn stem&amp;biljet versturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scores</source>
        <translation>&amp;Scores</translation>
    </message>
</context>
<context>
    <name>JurorsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/jurors_model.py" line="+40"/>
        <source>president</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>waarnemer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores the category {name}</source>
        <translation>Scoort de categorie {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{juror} scores {category}</source>
        <translation>{juror} scoort {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} does not score {category}</source>
        <translation>{juror} scoort {category} niet</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/jury.py" line="+118"/>
        <source>Add juror {code}</source>
        <translation>Jurylid {code} toevoegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit juror {code}</source>
        <translation>Jurylid {code} bewerken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove {name} ({code}) from the jury?</source>
        <translation>{name} ({code}) uit de jury verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Their %n score(s) will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>Zijn of haar score wordt gewist (Ongedaan maken zet hem terug).</numerusform>
            <numerusform>Zijn of haar %Ln scores worden gewist (Ongedaan maken zet ze terug).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a juror</source>
        <translation>Een jurylid verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove juror {code}</source>
        <translation>Jurylid {code} verwijderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{juror} scores {category}</source>
        <translation>{juror} scoort {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} no longer scores {category}</source>
        <translation>{juror} scoort {category} niet meer</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.ui" line="+37"/>
        <source>Add a juror…</source>
        <translation>Jurylid toevoegen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search the jurors</source>
        <translation>In de jury zoeken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the jurors: name, institution, role…</source>
        <translation>Juryleden zoeken: naam, instelling, rol…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurors and the categories they score</source>
        <translation>Juryleden en de categorieën die ze scoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a category cell to let the juror score it</source>
        <translation>Vink de cel van een categorie aan opdat het jurylid ze scoort</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the categories each juror scores; a new juror scores every category. Observers sit on the jury but do not score.</source>
        <translation>Vink de categorieën aan die elk jurylid scoort; een nieuw jurylid scoort alle categorieën. Waarnemers zetelen in de jury maar geven geen scores.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../yansenne/ui/labels.py" line="+23"/>
        <source>Region-wide</source>
        <translation>Heel het Gewest</translation>
    </message>
</context>
<context>
    <name>LeniencyChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="+156"/>
        <source>More lenient than the panel</source>
        <translation>Milder dan de jury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stricter than the panel</source>
        <translation>Strenger dan de jury</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Points of the total, against the panel&apos;s mean</source>
        <translation>Punten van het totaal, ten opzichte van het gemiddelde van de jury</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="-153"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leniency</source>
        <translation>Mildheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Interpretatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
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
        <translation>&amp;Scoren als jurylid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export scoresheets…</source>
        <translation>Scoreformulieren &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scoresheets…</source>
        <translation>Scoreformulieren &amp;importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;results workbook…</source>
        <translation>De &amp;resultatenwerkmap exporteren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score as juror</source>
        <translation>Scoren als jurylid</translation>
    </message>
    <message>
        <location filename="../../yansenne/ui/main_window.py" line="+325"/>
        <source>Open a Yansenne database</source>
        <translation>Een Yansenne-databank openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yansenne databases ({patterns})</source>
        <translation>Yansenne-databanken ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database</source>
        <translation>De databank kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The database is gone</source>
        <translation>De databank is verdwenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be saved: the database file was replaced or removed by another program</source>
        <translation>Er kan niets worden opgeslagen: het databankbestand werd door een ander programma vervangen of verwijderd</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The change was refused</source>
        <translation>De wijziging werd geweigerd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editio&amp;n:</source>
        <translation>&amp;Editie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition every page shows and edits</source>
        <translation>De editie die elke pagina toont en bewerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.ui" line="+253"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</source>
        <translation>Om Yansenne uit te proberen met de demo-editie, voert u deze opdracht uit in een terminal en kiest u daarna &lt;b&gt;Herladen&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</source>
        <translation>Om met een andere databank te werken, kiest u &lt;b&gt;Bestand ▸ Databank openen…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To prepare a new edition here, choose &lt;b&gt;New edition…&lt;/b&gt;</source>
        <translation>Om hier een nieuwe editie voor te bereiden, kiest u &lt;b&gt;Nieuwe editie…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database: {where}</source>
        <translation>Databank: {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No edition</source>
        <translation>Geen editie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of {total} projects shown</source>
        <translation>
            <numerusform>%Ln van {total} projecten getoond</numerusform>
            <numerusform>%Ln van {total} projecten getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%Ln jurylid</numerusform>
            <numerusform>%Ln juryleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%Ln score</numerusform>
            <numerusform>%Ln scores</numerusform>
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
        <translation>Deze databank bevat nog geen editie van de prijs</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+221"/>
        <source>Reload</source>
        <translation>Herladen</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>New edition…</source>
        <translation>Nieuwe editie…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk&apos;s pages; the arrow keys choose one, Ctrl+1 to Ctrl+9 go straight to it</source>
        <translation>De pagina&apos;s van het bureau; de pijltjestoetsen kiezen er een, Ctrl+1 tot Ctrl+9 gaan er meteen naartoe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Open database…</source>
        <translation>Databank &amp;openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another Yansenne database</source>
        <translation>Een andere Yansenne-databank openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the cursor in the search field of the page</source>
        <translation>De cursor in het zoekveld van de pagina plaatsen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to run the year, from the call to the ceremony, and how jurors score</source>
        <translation>Hoe het jaar verloopt, van de oproep tot de plechtigheid, en hoe de jury scoort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back-up van de databank maken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of the whole database to a file</source>
        <translation>Een consistente kopie van de hele databank naar een bestand schrijven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Her&amp;stellen uit een back-up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by a backup copy (the present state is saved first)</source>
        <translation>De databank vervangen door een back-up (de huidige toestand wordt eerst bewaard)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import the call&apos;s spreadsheet…</source>
        <translation>Spreadsheet van de oproep &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update projects from an .xlsx or .csv file</source>
        <translation>Projecten toevoegen of bijwerken vanuit een .xlsx- of .csv-bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New edition…</source>
        <translation>&amp;Nieuwe editie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an edition from the template or from another edition</source>
        <translation>Een editie aanmaken op basis van het sjabloon of van een andere editie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate project</source>
        <translation>Een nieuw kandidaat-project registreren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete what is selected in the page</source>
        <translation>Verwijderen wat op de pagina geselecteerd is</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Reload</source>
        <translation>&amp;Herladen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Read the database again (after a change made elsewhere)</source>
        <translation>De databank opnieuw inlezen (na een wijziging elders)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Project &amp;details</source>
        <translation>Project&amp;details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkbalk</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;About Yansenne</source>
        <translation>&amp;Over Yansenne</translation>
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
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title (FR)</source>
        <translation>Titel (FR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (NL)</source>
        <translation>Titel (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (EN)</source>
        <translation>Titel (EN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead actor type</source>
        <translation>Type aanvrager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner actor types</source>
        <translation>Types partneractoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary (FR)</source>
        <translation>Samenvatting (FR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (NL)</source>
        <translation>Samenvatting (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (EN)</source>
        <translation>Samenvatting (EN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-mailadres contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate&apos;s language</source>
        <translation>Taal van de kandidaat</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(ignored)</source>
        <translation>(genegeerd)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column of the file</source>
        <translation>Kolom van het bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills the field</source>
        <translation>Vult het veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="+297"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}: {title}
Category: {category}
Language: {language}</source>
        <translation>{code}: {title}
Categorie: {category}
Taal: {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, reads in {language}</source>
        <translation>{name}, leest in het {language}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{juror} reads {project}</source>
        <translation>{juror} leest {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} is in conflict with {project}</source>
        <translation>{juror} heeft een belangenconflict met {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} is not on the panel of this category</source>
        <translation>{juror} zit niet in de jury van deze categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} does not read {project}</source>
        <translation>{juror} leest {project} niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the juror&apos;s language ({language})</source>
        <translation>Niet in de taal van het jurylid ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readers per project</source>
        <translation>Lezers per project</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reader(s); the stage asks for {wanted}</source>
        <translation>
            <numerusform>%Ln lezer; de fase vraagt er {wanted}</numerusform>
            <numerusform>%Ln lezers; de fase vraagt er {wanted}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../yansenne/ui/juror/message_strip.py" line="+61"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
</context>
<context>
    <name>MethodsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="+39"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without one juror</source>
        <translation>Zonder één jurylid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest move</source>
        <translation>Grootste verschuiving</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{best} to unranked</source>
        <translation>van {best} tot niet gerangschikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{best} to {worst}</source>
        <translation>van {best} tot {worst}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>place {place} without {juror}</source>
        <translation>plaats {place} zonder {juror}</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/new_edition_dialog.py" line="+30"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>edition {year} already exists</source>
        <translation>editie {year} bestaat al</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create edition {year}</source>
        <translation>Editie {year} aanmaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create edition {year} from {source}</source>
        <translation>Editie {year} aanmaken op basis van {source}</translation>
    </message>
    <message>
        <location filename="../../ui/new_edition_dialog.ui" line="+14"/>
        <source>New edition</source>
        <translation>Nieuwe editie</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start from:</source>
        <translation>Vertrekken van:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the &amp;template</source>
        <translation>het &amp;sjabloon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The five actor categories, the default grid of four criteria, prizes of 6,000, 4,000 and 2,000 euros.</source>
        <translation>De vijf actorcategorieën, het standaard beoordelingsrooster met vier criteria, prijzen van 6.000, 4.000 en 2.000 euro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a &amp;copy of the edition</source>
        <translation>een &amp;kopie van de editie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Its categories, grid, jury and rules; no projects, scores nor decisions.</source>
        <translation>Haar categorieën, beoordelingsrooster, jury en regels; geen projecten, scores of beslissingen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Naam (&amp;Frans):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (&amp;Nederlands):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Naam (En&amp;gels):</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../yansenne/ui/pages/registry.py" line="+29"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories &amp; grid</source>
        <translation>Categorieën en rooster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Belangenconflicten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Collection</source>
        <translation>Inzameling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliberation</source>
        <translation>Beraadslaging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceremony</source>
        <translation>Plechtigheid</translation>
    </message>
</context>
<context>
    <name>PreliminaryView</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="+176"/>
        <source>Stage “{stage}”: each juror&apos;s marks as first submitted (preliminary) beside their marks after the panel&apos;s discussion (final), ranked by the same method.</source>
        <translation>Fase ‘{stage}’: de punten van elk jurylid zoals eerst ingediend (voorlopig) naast zijn punten na de bespreking van de jury (definitief), gerangschikt volgens dezelfde methode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revised after the discussion: {marks} mark(s) by {jurors} juror(s).</source>
        <translation>Herzien na de bespreking: {marks} punt(en) door {jurors} jurylid/juryleden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mark was revised after the discussion.</source>
        <translation>Na de bespreking werd geen enkel punt herzien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under this method a lower figure ranks higher.</source>
        <translation>Met deze methode staat een lager cijfer hoger in de rangschikking.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projects, preliminary and final</source>
        <translation>Projecten, voorlopig en definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurors&apos; totals, preliminary and final</source>
        <translation>Totalen van de juryleden, voorlopig en definitief</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../yansenne/ui/models/progress_model.py" line="+88"/>
        <source>{juror} does not score this category</source>
        <translation>{juror} scoort deze categorie niet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{juror}: {complete} of {projects} projects fully scored; {marks} of {expected} marks given</source>
        <translation>{juror}: {complete} van {projects} projecten volledig gescoord; {marks} van {expected} scores gegeven</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <location filename="../../ui/project_detail.ui" line="+39"/>
        <source>Select a project to see its details.</source>
        <translation>Selecteer een project om de details te zien.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details of the selected project</source>
        <translation>Details van het gekozen project</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead actor</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partner actors</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/project_dialog.py" line="+240"/>
        <source>every zone of the Region</source>
        <translation>alle zones van het Gewest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit project {code}</source>
        <translation>Project {code} bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/project_dialog.ui" line="+14"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategorie:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (&amp;French):</source>
        <translation>Titel (&amp;Frans):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (&amp;Dutch):</source>
        <translation>Titel (&amp;Nederlands):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (En&amp;glish):</source>
        <translation>Titel (En&amp;gels):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lead actor:</source>
        <translation>&amp;Trekker:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Partner actors:</source>
        <translation>&amp;Partneractoren:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Police zone:</source>
        <translation>Politiezone:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact perso&amp;n:</source>
        <translation>Contactper&amp;soon:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;E-mailadres contactpersoon:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Budget (€):</source>
        <translation>&amp;Budget (€):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language for lette&amp;rs:</source>
        <translation>Taal van de b&amp;rieven:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One tab per language: French, Dutch, English</source>
        <translation>Eén tabblad per taal: Frans, Nederlands, Engels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in French</source>
        <translation>Samenvatting in het Frans</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in Dutch</source>
        <translation>Samenvatting in het Nederlands</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in English</source>
        <translation>Samenvatting in het Engels</translation>
    </message>
</context>
<context>
    <name>ProjectPane</name>
    <message>
        <location filename="../../yansenne/ui/juror/project_pane.py" line="+164"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead actor</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>General comment on the project</source>
        <translation>Algemene opmerking over het project</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your remarks on the project as a whole (saved as you type)</source>
        <translation>Uw opmerkingen over het project als geheel (opgeslagen terwijl u typt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project</source>
        <translation>Het project</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflict of interest: you do not score this project.</source>
        <translation>Belangenconflict: u scoort dit project niet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region-wide</source>
        <translation>Heel het Gewest</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Comment on a mark</source>
        <translation>Opmerking bij een score</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Focus a mark to comment on it</source>
        <translation>Ga naar een score om er een opmerking bij te schrijven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment on {criterion}</source>
        <translation>Opmerking bij {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a mark before commenting it</source>
        <translation>Geef een score voordat u er een opmerking bij schrijft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment on {criterion}: {value}</source>
        <translation>Opmerking bij {criterion}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this mark? (optional)</source>
        <translation>Waarom deze score? (facultatief)</translation>
    </message>
</context>
<context>
    <name>ProjectRevisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="-152"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preliminary</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places gained</source>
        <translation>Gewonnen plaatsen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rank {before} before the discussion, {after} after</source>
        <translation>rang {before} vóór de bespreking, {after} erna</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead actor</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Number of scores given by the jurors</source>
        <translation>Aantal scores gegeven door de juryleden</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/projects.py" line="+192"/>
        <source>Every category</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every lead actor</source>
        <translation>Alle trekkers</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Add project {code}</source>
        <translation>Project {code} toevoegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit project {code}</source>
        <translation>Project {code} bewerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete project {code}, “{title}”?</source>
        <translation>Project {code}, ‘{title}’, verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n score(s) will be cleared with it (undo puts them back).</source>
        <translation>
            <numerusform>De score ervan wordt mee gewist (Ongedaan maken zet hem terug).</numerusform>
            <numerusform>De %Ln scores ervan worden mee gewist (Ongedaan maken zet ze terug).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a project</source>
        <translation>Een project verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete project {code}</source>
        <translation>Project {code} verwijderen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the call&apos;s spreadsheet</source>
        <translation>Spreadsheet van de oproep importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be imported</source>
        <translation>Het bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/projects_page.ui" line="+37"/>
        <source>New project…</source>
        <translation>Nieuw project…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate project (Ctrl+N)</source>
        <translation>Een nieuw kandidaat-project registreren (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected project (Enter)</source>
        <translation>Het geselecteerde project bewerken (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected project (Delete)</source>
        <translation>Het geselecteerde project verwijderen (Delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to the selected project, from the audit log</source>
        <translation>Alle wijzigingen van het geselecteerde project, volgens het auditlogboek</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import the call&apos;s spreadsheet…</source>
        <translation>Spreadsheet van de oproep importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update projects from an .xlsx or .csv file; you can also drop the file on the window</source>
        <translation>Projecten toevoegen of bijwerken vanuit een .xlsx- of .csv-bestand; u kunt het bestand ook op het venster neerzetten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search the projects</source>
        <translation>In de projecten zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the projects: code, title, organisation, municipality…</source>
        <translation>Projecten zoeken: code, titel, organisatie, gemeente…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one category only</source>
        <translation>Slechts één categorie tonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the projects of one lead actor only</source>
        <translation>Enkel de projecten van één trekker tonen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition&apos;s candidate projects; Enter edits the selected one</source>
        <translation>De kandidaat-projecten van de editie; Enter bewerkt het gekozen project</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="-108"/>
        <source>Prize</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tied with</source>
        <translation>Gelijk met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../yansenne/ui/i18n.py" line="+42"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-7"/>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt&apos;s own dialogs that its catalogues (qtbase_*.qm) leave in English: listed here so that Qt Linguist puts them in the application&apos;s catalogues, which Qt asks before its own.</extracomment>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="-220"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tie</source>
        <translation>Gelijke stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely places</source>
        <translation>Waarschijnlijke plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability</source>
        <translation>Stabiliteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many jurors gave the project a total; ◐ marks a total resting on only part of the grid</source>
        <translation>Aantal juryleden dat het project een totaal gaf; ◐ markeert een totaal dat op slechts een deel van het rooster steunt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a laureate&apos;s place depends on the method or on one juror</source>
        <translation>Of de plaats van een laureaat afhangt van de methode of van één jurylid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place under this method, to compare with the chosen one; ↑ or ↓ marks a project whose place would change</source>
        <translation>De plaats volgens deze methode, ter vergelijking met de gekozen methode; ↑ of ↓ markeert een project waarvan de plaats zou veranderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The places the project reaches in 90 % of the rankings recomputed with the jurors drawn again at random</source>
        <translation>De plaatsen die het project haalt in 90 % van de rangschikkingen die opnieuw berekend zijn met willekeurig opnieuw getrokken juryleden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ex aequo</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A juror&apos;s total rests on only part of the grid.</source>
        <translation>Een totaal van een jurylid steunt op slechts een deel van het rooster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} totals; a juror&apos;s total rests on only part of the grid</source>
        <translation>{count} totalen; een totaal van een jurylid steunt op slechts een deel van het rooster</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not computed under this method.</source>
        <translation>Niet berekend volgens deze methode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {other} under {method} instead of {place}: the place would change.</source>
        <translation>Plaats {other} met de methode ‘{method}’ in plaats van {place}: de plaats zou veranderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {place} under {method} as well.</source>
        <translation>Ook plaats {place} met de methode ‘{method}’.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No likely places computed.</source>
        <translation>Geen waarschijnlijke plaatsen berekend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely places {low} to {high}; first in {first} of the rankings recomputed with the jurors drawn again, in the top 3 in {top3}.</source>
        <translation>Waarschijnlijke plaatsen {low} tot {high}; eerste in {first} van de rangschikkingen die opnieuw berekend zijn met opnieuw getrokken juryleden, bij de eerste 3 in {top3}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one juror</source>
        <translation>één lid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>stabiel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed 1 to 3: the same place under every method and with any one juror left out.</source>
        <translation>Plaats 1 tot 3: dezelfde plaats bij elke methode en zonder eender welk jurylid.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../yansenne/ui/results/results_page.py" line="+202"/>
        <source>Reading the edition</source>
        <translation>Editie inlezen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Computing the ranking</source>
        <translation>Rangschikking berekenen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparing the preliminary and final marks</source>
        <translation>Voorlopige en definitieve punten vergelijken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not compare the preliminary and final marks: {error}</source>
        <translation>Kon de voorlopige en definitieve punten niet vergelijken: {error}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not compute the ranking: {error}</source>
        <translation>De rangschikking kon niet worden berekend: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computation cancelled.</source>
        <translation>Berekening geannuleerd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overall</source>
        <translation>Algemene rangschikking</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{project} ({reason}, {count} totals)</source>
        <translation>{project} ({reason}, {count} totalen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ranked: {items}</source>
        <translation>Niet gerangschikt: {items}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some of the places 1 to 3 cannot be told apart with this panel: see the Uncertainty tab.</source>
        <translation>Sommige van de plaatsen 1 tot 3 zijn met dit panel niet van elkaar te onderscheiden: zie het tabblad Onzekerheid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The categories&apos; figures cannot be compared.</source>
        <translation>De resultaten van de categorieën kunnen niet vergeleken worden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall ranking:</source>
        <translation>Algemene rangschikking:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ranking was recomputed with the jurors drawn again at random (some twice, some left out): the bars give how often each project came first and how often in the top 3; the likely places in the ranking span 90 % of those rankings.</source>
        <translation>De rangschikking is opnieuw berekend met willekeurig opnieuw getrokken juryleden (sommige twee keer, andere niet): de staven geven hoe vaak elk project eerste werd en hoe vaak het bij de eerste 3 was; de waarschijnlijke plaatsen in de rangschikking omvatten 90 % van die rangschikkingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The first {shown} of {total} ranked projects.</source>
        <translation>De eerste {shown} van de {total} gerangschikte projecten.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No two of the places 1 to 3 are often reversed when the jurors are drawn again.</source>
        <translation>Geen twee van de plaatsen 1 tot 3 worden vaak omgewisseld wanneer de juryleden opnieuw getrokken worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No uncertainty was computed for this ranking.</source>
        <translation>Voor deze rangschikking is geen onzekerheid berekend.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How far the panel&apos;s mean totals would hold with another panel like this one (k = {k} jurors per project on average)</source>
        <translation>In hoeverre de gemiddelde totalen van de jury standhouden met een andere, gelijkaardige jury (k = {k} juryleden per project gemiddeld)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); the dot is the method&apos;s figure.</source>
        <translation>Elke doos omvat de totalen van de juryleden voor één project (minimum, kwartielen, maximum); de stip is het resultaat van de methode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); this method&apos;s figure is not on that scale, so it is shown in the ranking only.</source>
        <translation>Elke doos omvat de totalen van de juryleden voor één project (minimum, kwartielen, maximum); het resultaat van deze methode ligt niet op die schaal en staat daarom alleen in de rangschikking.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leniency: how far a juror&apos;s totals sit, on average, from the panel&apos;s mean total of the same projects (points out of 100).</source>
        <translation>Mildheid: hoe ver de totalen van een jurylid gemiddeld afwijken van het gemiddelde totaal van de jury voor dezelfde projecten (punten op 100).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The places 1 to 3 hold under every method and with any one juror left out.</source>
        <translation>De plaatsen 1 tot 3 blijven gelijk bij elke methode en zonder eender welk jurylid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shaded places differ from the chosen method&apos;s; “Without one juror” gives the best and worst place when any one juror is left out.</source>
        <translation>Gearceerde plaatsen verschillen van die van de gekozen methode; ‘Zonder één jurylid’ geeft de beste en de slechtste plaats wanneer eender welk jurylid wordt weggelaten.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Explaining the ranking</source>
        <translation>Rangschikking uitleggen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edition ranks by: {method}</source>
        <translation>De editie rangschikt volgens: {method}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ties broken by {rules}</source>
        <translation>gelijke stand beslecht door {rules}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Onzekerheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preliminary and final</source>
        <translation>&amp;Voorlopig en definitief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chance of each place</source>
        <translation>Kans op elke plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure the places are</source>
        <translation>Hoe zeker de plaatsen zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the ranking</source>
        <translation>Opmerkingen bij de rangschikking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views of the results</source>
        <translation>Weergaven van de resultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Rangschikking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores of the ranked projects, as a chart</source>
        <translation>Scores van de gerangschikte projecten, als grafiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency of each juror</source>
        <translation>Mildheid van elk jurylid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency of each juror, as a chart</source>
        <translation>Mildheid van elk jurylid, als grafiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places under each method</source>
        <translation>Plaatsen volgens elke methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s marks by criterion</source>
        <translation>De punten van het project per criterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each juror&apos;s part in the score</source>
        <translation>Het aandeel van elk jurylid in de score</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.ui" line="+37"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;K:</source>
        <translation>&amp;K:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>How many of the highest and of the lowest totals the trimmed mean leaves out</source>
        <translation>Aantal hoogste en laagste totalen dat het getrimd gemiddelde weglaat</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Ranking:</source>
        <translation>&amp;Rangschikking:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No edition to rank.</source>
        <translation>Geen editie om te rangschikken.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Agreement among the jurors</source>
        <translation>Overeenstemming tussen de juryleden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Jurors</source>
        <translation>Juryleden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Methods compared</source>
        <translation>Methoden vergeleken</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a project in the ranking to see why it stands where it does.</source>
        <translation>Selecteer een project in de rangschikking om te zien waarom het op die plaats staat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>By criterion</source>
        <translation>Per criterium</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>By juror</source>
        <translation>Per jurylid</translation>
    </message>
</context>
<context>
    <name>RowChecksModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="+213"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new project</source>
        <translation>nieuw project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation>bijwerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="-87"/>
        <source>Jurors&apos; totals (minimum, quartiles, maximum)</source>
        <translation>Totalen van de juryleden (minimum, kwartielen, maximum)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The method&apos;s figure</source>
        <translation>Resultaat van de methode</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Total (% of the maximum)</source>
        <translation>Totaal (% van het maximum)</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eligible</source>
        <translation>Ontvankelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undecided</source>
        <translation>onbeslist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../yansenne/ui/ceremony/signing_dialog.py" line="+45"/>
        <source>Sign the document</source>
        <extracomment>The Belgian eID middleware&apos;s PKCS#11 module on Debian and Ubuntu.</extracomment>
        <translation>Het document ondertekenen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new signature (no field for it yet)</source>
        <translation>Een nieuwe handtekening (nog geen veld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Juror:</source>
        <translation>&amp;Jurylid:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>&amp;Certificaatbestand (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To&amp;ken or card (PKCS#11)</source>
        <translation>&amp;Token of kaart (PKCS#11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>Blade&amp;ren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;oken label:</source>
        <translation>Naam van het to&amp;ken:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key &amp;label:</source>
        <translation>Naam van de s&amp;leutel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Wachtwoord of pincode:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token label</source>
        <translation>Naam van het token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key label</source>
        <translation>Naam van de sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or PIN</source>
        <translation>Wachtwoord of pincode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never stored. A wrong PIN is not tried again: a card blocks after three.</source>
        <translation>Nooit bewaard. Een verkeerde pincode wordt niet opnieuw geprobeerd: een kaart blokkeert na drie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The signer&apos;s certificate</source>
        <translation>Het certificaat van de ondertekenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificaten (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../yansenne/ui/spreadsheets.py" line="+49"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {count} more (see the details)</source>
        <translation>… en nog {count} (zie de details)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed. Please correct the following:</source>
        <translation>Er werd niets gewijzigd. Verbeter het volgende:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected error; please report it with the details below.</source>
        <translation>Onverwachte fout; meld ze met de details hieronder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open it now?</source>
        <translation>Nu openen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the results workbook</source>
        <translation>De resultatenwerkmap exporteren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The results workbook of {year} was written to:</source>
        <translation>De resultatenwerkmap {year} werd opgeslagen in:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>Export scoresheets</source>
        <translation>Scoreformulieren exporteren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Scoresheet of:</source>
        <translation>Scoreformulier van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every juror (one file each, into a folder)</source>
        <translation>Alle juryleden (elk een bestand, in een map)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue…</source>
        <translation>Verder…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edition {year} has no juror who scores.</source>
        <translation>Editie {year} heeft geen jurylid dat scores geeft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the scoresheets</source>
        <translation>Map voor de scoreformulieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoresheet of {juror}</source>
        <translation>Scoreformulier van {juror}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} scoresheets were written into the folder:</source>
        <translation>{count} scoreformulieren werden opgeslagen in de map:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The scoresheet of {juror} was written to:</source>
        <translation>Het scoreformulier van {juror} werd opgeslagen in:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file}: {name} ({juror}): {added} added, {changed} changed, {unchanged} unchanged, {comments} comments</source>
        <translation>{file}: {name} ({juror}): {added} toegevoegd, {changed} gewijzigd, {unchanged} ongewijzigd, {comments} opmerkingen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoresheets imported: {count}.</source>
        <translation>Geïmporteerde scoreformulieren: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoresheets refused: {count}; nothing was changed from them.</source>
        <translation>Geweigerde scoreformulieren: {count}; daaruit werd niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: {files}</source>
        <translation>Geïmporteerd: {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import scoresheets</source>
        <translation>Scoreformulieren importeren</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="-128"/>
        <source>Screening</source>
        <extracomment>What a matrix cell is: &quot;allocated&quot;, &quot;conflict&quot;, &quot;outside&quot; (not on the panel), &quot;free&quot;, or &quot;footer&quot; for the readers row.</extracomment>
        <translation>Ontvankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>nog niet begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readers</source>
        <translation>Lezers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Beslissingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went on</source>
        <translation>Doorgegaan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>whole panel</source>
        <translation>hele jury</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n per project</source>
        <translation>
            <numerusform>%Ln per project</numerusform>
            <numerusform>%Ln per project</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{eligible} eligible, {ineligible} not</source>
        <translation>{eligible} ontvankelijk, {ineligible} niet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n allocated</source>
        <translation>
            <numerusform>%Ln toegewezen</numerusform>
            <numerusform>%Ln toegewezen</numerusform>
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
        <translation>Deze editie heeft één fase: elk jurylid van de jury van een categorie scoort al haar projecten.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n project(s) reached it</source>
        <translation>
            <numerusform>%Ln project heeft ze bereikt</numerusform>
            <numerusform>%Ln projecten hebben ze bereikt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: shown read-only</source>
        <translation>afgesloten: alleen-lezen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This screening stage was promoted: its decisions can no longer change.</source>
        <translation>Deze ontvankelijkheidsfase is afgesloten: haar beslissingen kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stage has not started yet.</source>
        <translation>Deze fase is nog niet begonnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decide whether each project is eligible; a project found not eligible needs a reason. %n project(s) still undecided.</source>
        <translation>
            <numerusform>Beslis of elk project ontvankelijk is; een niet-ontvankelijk project vraagt een reden. Nog %Ln project onbeslist.</numerusform>
            <numerusform>Beslis of elk project ontvankelijk is; een niet-ontvankelijk project vraagt een reden. Nog %Ln projecten onbeslist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No project has reached this stage yet.</source>
        <translation>Nog geen enkel project heeft deze fase bereikt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every juror of the panel reads every project of this stage.</source>
        <translation>Elk jurylid van de jury leest elk project van deze fase.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No reader is allocated yet: Allocate gives each project %n reader(s).</source>
        <translation>
            <numerusform>Nog geen lezers toegewezen: Toewijzen geeft elk project %Ln lezer.</numerusform>
            <numerusform>Nog geen lezers toegewezen: Toewijzen geeft elk project %Ln lezers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each project is read by %n juror(s) of its category&apos;s panel. Select an allocated cell to swap its reader.</source>
        <translation>
            <numerusform>Elk project wordt gelezen door %Ln jurylid van de jury van zijn categorie. Selecteer een toegewezen cel om de lezer te wisselen.</numerusform>
            <numerusform>Elk project wordt gelezen door %Ln juryleden van de jury van zijn categorie. Selecteer een toegewezen cel om de lezer te wisselen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stage is closed: its readers can no longer change.</source>
        <translation>De fase is afgesloten: haar lezers kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reads</source>
        <translation>leest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>belangenconflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the panel</source>
        <translation>niet in de jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the juror&apos;s language</source>
        <translation>niet in de taal van het jurylid</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not eligible</source>
        <translation>Niet ontvankelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is project {project} not eligible?</source>
        <translation>Waarom is project {project} niet ontvankelijk?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leave {project} undecided</source>
        <translation>{project} onbeslist laten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find {project} eligible</source>
        <translation>{project} ontvankelijk verklaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find {project} not eligible</source>
        <translation>{project} niet ontvankelijk verklaren</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Allocate the readers of {stage}</source>
        <translation>De lezers van {stage} toewijzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readers allocated</source>
        <translation>Lezers toegewezen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s) have a reader who does not share their language (no allocation could avoid it): </source>
        <translation>
            <numerusform>%Ln project heeft een lezer die zijn taal niet spreekt (geen toewijzing kon dat vermijden): </numerusform>
            <numerusform>%Ln projecten hebben een lezer die hun taal niet spreekt (geen toewijzing kon dat vermijden): </numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <source>Swap a reader</source>
        <translation>Een lezer wisselen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No other juror of the panel is free to read project {project}.</source>
        <translation>Geen ander jurylid van de jury kan project {project} lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}  {name} (reads {load})</source>
        <translation>{code}  {name} (leest {load})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who reads project {project} instead of juror {juror}?</source>
        <translation>Wie leest project {project} in de plaats van {juror}?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap the reader of {project}: {old} → {new}</source>
        <translation>De lezer van {project} wisselen: {old} → {new}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the last stage: promoting it closes the evaluation.</source>
        <translation>Dit is de laatste fase: ze afsluiten beëindigt de beoordeling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The projects found eligible go on to {next}.</source>
        <translation>De ontvankelijke projecten gaan door naar de fase ‘{next}’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project goes on to {next}.</source>
        <translation>Alle projecten gaan door naar de fase ‘{next}’.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The best %n project(s) of each category go on to {next} (every project tied at the cut goes too).</source>
        <translation>
            <numerusform>Het beste project van elke categorie gaat door naar de fase ‘{next}’ (elk project dat op de grens gelijk eindigt, gaat ook door).</numerusform>
            <numerusform>De %Ln beste projecten van elke categorie gaan door naar de fase ‘{next}’ (elk project dat op de grens gelijk eindigt, gaat ook door).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Promote to the next stage</source>
        <translation>Naar de volgende fase overgaan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close the stage {stage} and open the next one? {rule}</source>
        <translation>De fase ‘{stage}’ afsluiten en de volgende openen? {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These jurors have not submitted their marks for this stage:
{names}

Promote all the same?</source>
        <translation>Deze juryleden hebben hun scores voor deze fase niet ingediend:
{names}

Toch naar de volgende fase overgaan?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These projects have no eligibility decision and will go on as eligible: {projects}. Promote all the same?</source>
        <translation>Deze projecten hebben geen ontvankelijkheidsbeslissing en gaan door als ontvankelijk: {projects}. Toch naar de volgende fase overgaan?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promote the stage {stage}</source>
        <translation>De fase {stage} afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/stages_page.ui" line="+37"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Promote to the next stage…</source>
        <translation>Naar de volgende fase &amp;overgaan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edition&apos;s stages</source>
        <translation>De fasen van de editie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each stage with its kind, state, projects, readers, marks and how many went on</source>
        <translation>Elke fase met haar soort, stand, projecten, lezers, scores en hoeveel projecten doorgingen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Eligibility decisions</source>
        <translation>Ontvankelijkheidsbeslissingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The projects of the screening stage: eligible or not, and why</source>
        <translation>De projecten van de ontvankelijkheidsfase: ontvankelijk of niet, en waarom</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>E&amp;ligible</source>
        <translation>Ontvan&amp;kelijk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not eligible…</source>
        <translation>&amp;Niet ontvankelijk…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undecided</source>
        <translation>Onbesli&amp;st</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readers of the stage</source>
        <translation>Lezers van de fase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurors by row, projects by column; a dot marks a project the juror reads</source>
        <translation>Juryleden per rij, projecten per kolom; een stip duidt een project aan dat het jurylid leest</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Allocate…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;wap…</source>
        <translation>Wisse&amp;len…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../yansenne/ui/tasks.py" line="+145"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>TotalRevisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="+8"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juror</source>
        <translation>Jurylid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preliminary</source>
        <translation>Voorlopig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks changed</source>
        <translation>Gewijzigde punten</translation>
    </message>
</context>
<context>
    <name>UncertaintyChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="+67"/>
        <source>In the top 3</source>
        <translation>Bij de eerste 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share of the redrawn rankings (%)</source>
        <translation>Aandeel van de opnieuw berekende rangschikkingen (%)</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="-116"/>
        <location line="+63"/>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Waarde in het bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stands for</source>
        <translation>Staat voor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actor type</source>
        <translation>Actortype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} ({count} rows)</source>
        <translation>{value} ({count} rijen)</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="+213"/>
        <source>Outcome</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location line="-295"/>
        <source>Mention</source>
        <translation>Eervolle vermelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prize {number}</source>
        <translation>Prijs {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>against</source>
        <translation>tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstains</source>
        <translation>onthoudt zich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not voted</source>
        <translation>niet gestemd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted</source>
        <translation>aangenomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>verworpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tied</source>
        <translation>gelijke stand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n_for} for, {n_against} against, {n_abstain} abstaining</source>
        <translation>{n_for} voor, {n_against} tegen, onthoudingen: {n_abstain}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>president</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>waarnemer</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yansenne/ui/app.py" line="+114"/>
        <source>Yansenne cannot open the database</source>
        <translation>Yansenne kan de databank niet openen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>A ballot is collected in the secretariat&apos;s desk: open it there.</source>
        <translation>Een stembiljet wordt in het bureau van het secretariaat verzameld: open het daar.</translation>
    </message>
</context>
</TS>
