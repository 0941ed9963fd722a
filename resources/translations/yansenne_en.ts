<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <translation>About Yansenne</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The David Yansenne prize of the Brussels-Capital Region rewards projects that make the Region safer through prevention, carried by citizens, associations, municipal services, police and regional services. Yansenne is its jury desk: candidate projects, scoring grids, deliberation and the ceremony dossier.</source>
        <translation>The David Yansenne prize of the Brussels-Capital Region rewards projects that make the Region safer through prevention, carried by citizens, associations, municipal services, police and regional services. Yansenne is its jury desk: candidate projects, scoring grids, deliberation and the ceremony dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free software under the European Union Public Licence (EUPL) 1.2.</source>
        <translation>Free software under the European Union Public Licence (EUPL) 1.2.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../../yansenne/ui/stages/widgets.py" line="+53"/>
        <source>Allocate the readers of {stage}</source>
        <translation>Allocate the readers of {stage}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each project of the stage gets this many readers from its category&apos;s panel, never a juror in conflict with it; the loads are balanced within each panel. The same seed gives the same allocation.</source>
        <translation>Each project of the stage gets this many readers from its category&apos;s panel, never a juror in conflict with it; the loads are balanced within each panel. The same seed gives the same allocation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Readers per project</source>
        <translation>Readers per project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Readers per project:</source>
        <translation>&amp;Readers per project:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stage already holds %n mark(s): the marks of pairs no longer allocated will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>The stage already holds %Ln mark: the marks of pairs no longer allocated will be cleared (undo puts them back).</numerusform>
            <numerusform>The stage already holds %Ln marks: the marks of pairs no longer allocated will be cleared (undo puts them back).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="+235"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../yansenne/ui/backup_actions.py" line="+46"/>
        <source>Database copies ({patterns})</source>
        <translation>Database copies ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yansenne-backup-{date}</source>
        <translation>yansenne-backup-{date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to {file}</source>
        <translation>Backup written to {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup and restore work on a SQLite database; for a server, use its own tools (pg_dump, pg_restore).</source>
        <translation>Backup and restore work on a SQLite database; for a server, use its own tools (pg_dump, pg_restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the whole database
{database}
by the copy
{file}?

Everything recorded since that copy was made is replaced; the present state is first saved beside the database. Open juror windows are closed.</source>
        <translation>Replace the whole database
{database}
by the copy
{file}?

Everything recorded since that copy was made is replaced; the present state is first saved beside the database. Open juror windows are closed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database restored from {file}</source>
        <translation>Database restored from {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the previous state was saved to {file})</source>
        <translation>(the previous state was saved to {file})</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <location filename="../../yansenne/ui/juror/ballot.py" line="+22"/>
        <source>Send my ballot</source>
        <translation>Send my ballot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballots (*.ballot)</source>
        <translation>Ballots (*.ballot)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your ballot (revision {revision}) was written to {file}. Send this file to the secretariat; you can keep scoring and send a newer one later.</source>
        <translation>Your ballot (revision {revision}) was written to {file}. Send this file to the secretariat; you can keep scoring and send a newer one later.</translation>
    </message>
</context>
<context>
    <name>CallImportDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/call_import_dialog.py" line="+103"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; into edition {year}: {rows} rows</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; into edition {year}: {rows} rows</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New projects: {add}  ·  updates: {update}  ·  rows refused: {refused}</source>
        <translation>New projects: {add}  ·  updates: {update}  ·  rows refused: {refused}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say once what each value stands for; the edition keeps it for the next import.</source>
        <translation>Say once what each value stands for; the edition keeps it for the next import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every category and actor type of the file is recognised.</source>
        <translation>Every category and actor type of the file is recognised.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}-refused.csv</source>
        <translation>{name}-refused.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the refused rows</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refused rows cannot replace the file being imported; choose another name.</source>
        <translation>The refused rows cannot replace the file being imported; choose another name.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing the projects…</source>
        <translation>Importing the projects…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows refused</source>
        <translation>Rows refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} rows were refused and left out; they are saved in {file}, to fix and import later.</source>
        <translation>{count} rows were refused and left out; they are saved in {file}, to fix and import later.</translation>
    </message>
    <message>
        <location filename="../../ui/call_import_dialog.ui" line="+14"/>
        <source>Import the call&apos;s spreadsheet</source>
        <translation>Import the call&apos;s spreadsheet</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+16"/>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Choose the field each column of the file fills, or leave it ignored. Code, category and title (FR) are required.</source>
        <translation>Choose the field each column of the file fills, or leave it ignored. Code, category and title (FR) are required.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <source>Values written differently</source>
        <translation>Values written differently</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Import the valid rows &amp;only, and save the refused ones in a file to fix and import later</source>
        <translation>Import the valid rows &amp;only, and save the refused ones in a file to fix and import later</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+6"/>
        <source>Rows, as they would be imported</source>
        <translation>Rows, as they would be imported</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid_dialogs.py" line="+31"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit category {code}</source>
        <translation>Edit category {code}</translation>
    </message>
    <message>
        <location filename="../../ui/category_dialog.ui" line="+14"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Name (&amp;French):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Name (&amp;Dutch):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Name (En&amp;glish):</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../yansenne/ui/juror/category_page.py" line="+185"/>
        <source>Find a project (code or title)</source>
        <translation>Find a project (code or title)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a project</source>
        <translation>Find a project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only the projects whose code or title holds every word typed</source>
        <translation>Shows only the projects whose code or title holds every word typed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Submit my scores</source>
        <translation>Submit my scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Submits your scores in every category; they then lock</source>
        <translation>Submits your scores in every category; they then lock</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Reopen (secretariat)…</source>
        <translation>Reopen (secretariat)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the category (secretariat)</source>
        <translation>Reopen the category (secretariat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores for {category}</source>
        <translation>Scores for {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per project, one column per criterion; type a mark, Enter or Tab to go on, F2 to edit</source>
        <translation>One row per project, one column per criterion; type a mark, Enter or Tab to go on, F2 to edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress in {category}</source>
        <translation>Progress in {category}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid and project</source>
        <translation>Grid and project</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{scored} of {total} projects scored</source>
        <translation>{scored} of {total} projects scored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing marks: {count}</source>
        <translation>missing marks: {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submits your scores in every category; you will see first what is still missing</source>
        <translation>Submits your scores in every category; you will see first what is still missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submitted on {when}. Your scores in this category are locked; only the secretariat can reopen them.</source>
        <translation>Submitted on {when}. Your scores in this category are locked; only the secretariat can reopen them.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: {project} · {criterion} cleared</source>
        <translation>Saved: {project} · {criterion} cleared</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {project} · {criterion} = {value} (revision {revision})</source>
        <translation>Saved: {project} · {criterion} = {value} (revision {revision})</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+16"/>
        <source>Move to a criterion to read its rubric.</source>
        <translation>Move to a criterion to read its rubric.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&lt;b&gt;{criterion}&lt;/b&gt; · weight {weight} · {allowed}</source>
        <translation>&lt;b&gt;{criterion}&lt;/b&gt; · weight {weight} · {allowed}</translation>
    </message>
</context>
<context>
    <name>CeremonyPage</name>
    <message>
        <location filename="../../yansenne/ui/ceremony/page.py" line="+153"/>
        <source>Building…</source>
        <translation>Building…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the document</source>
        <translation>Building the document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder for the letters to the candidates</source>
        <translation>Folder for the letters to the candidates</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the letters…</source>
        <translation>Writing the letters…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the letters to the candidates</source>
        <translation>Writing the letters to the candidates</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+122"/>
        <source>Cannot sign the document</source>
        <translation>Cannot sign the document</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Check a PDF</source>
        <translation>Check a PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>Cannot check the document</source>
        <translation>Cannot check the document</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the document</source>
        <translation>Checking the document</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{file}: %n page(s), checked.</source>
        <translation>
            <numerusform>{file}: %Ln page, checked.</numerusform>
            <numerusform>{file}: %Ln pages, checked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>The document was not checked.</source>
        <translation>The document was not checked.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The document could not be checked:
{error}</source>
        <translation>The document could not be checked:
{error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing the document</source>
        <translation>Signing the document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in field {field}.</source>
        <translation>Signed in field {field}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document was not signed.</source>
        <translation>The document was not signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document could not be signed:
{error}</source>
        <translation>The document could not be signed:
{error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no time given</source>
        <translation>no time given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only signatures added after</source>
        <translation>only signatures added after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed after signing</source>
        <translation>changed after signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {signer}, {time}: {state}, {after}</source>
        <translation>{field}: {signer}, {time}: {state}, {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed yet: {fields}</source>
        <translation>Not signed yet: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signature yet.</source>
        <translation>No signature yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) written to {folder}; all of them in {file}.</source>
        <translation>
            <numerusform>%Ln letter written to {folder}; all of them in {file}.</numerusform>
            <numerusform>%Ln letters written to {folder}; all of them in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No remedies paragraph in {languages}: set it on the Edition page.</source>
        <translation>No remedies paragraph in {languages}: set it on the Edition page.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>The letters were not written.</source>
        <translation>The letters were not written.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The letters could not be written:
{error}</source>
        <translation>The letters could not be written:
{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the letters</source>
        <translation>Cannot write the letters</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>French</source>
        <comment>within a sentence</comment>
        <translation>French</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <comment>within a sentence</comment>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <comment>within a sentence</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: no summary in {languages}</source>
        <translation>{project}: no summary in {languages}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summaries missing</source>
        <translation>Summaries missing</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n laureate(s) have no summary in the dossier&apos;s language: the dossier says so where the summary would be.</source>
        <translation>
            <numerusform>%Ln laureate has no summary in the dossier&apos;s language: the dossier says so where the summary would be.</numerusform>
            <numerusform>%Ln laureates have no summary in the dossier&apos;s language: the dossier says so where the summary would be.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print all the same</source>
        <translation>Print all the same</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>S&amp;ign…</source>
        <translation>S&amp;ign…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the minutes or the dossier of the locked edition shown, with a certificate file or an eID card</source>
        <translation>Sign the minutes or the dossier of the locked edition shown, with a certificate file or an eID card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k a PDF…</source>
        <translation>Chec&amp;k a PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a PDF from elsewhere, such as minutes a juror sent back signed, list its signatures and sign it; the file itself is never changed</source>
        <translation>Show a PDF from elsewhere, such as minutes a juror sent back signed, list its signatures and sign it; the file itself is never changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatures of the document</source>
        <translation>Signatures of the document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ceremony slides</source>
        <translation>Ceremony slides</translation>
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
        <translation>Cannot save the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {file}</source>
        <translation>Saved to {file}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The document could not be built:
{error}</source>
        <translation>The document could not be built:
{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot build the document</source>
        <translation>Cannot build the document</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n page(s), ready to print.</source>
        <translation>
            <numerusform>%Ln page, ready to print.</numerusform>
            <numerusform>%Ln pages, ready to print.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n laureate(s) without a summary in this language: {list}.</source>
        <translation>
            <numerusform>%Ln laureate without a summary in this language: {list}.</numerusform>
            <numerusform>%Ln laureates without a summary in this language: {list}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+143"/>
        <source>The deliberation is not locked: every page carries the DRAFT mark.</source>
        <translation>The deliberation is not locked: every page carries the DRAFT mark.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an edition first.</source>
        <translation>Choose an edition first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the document and its language, then Build.</source>
        <translation>Choose the document and its language, then Build.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>French and Dutch side by side</source>
        <translation>French and Dutch side by side</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Le&amp;tters…</source>
        <translation>Le&amp;tters…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the letters to the candidates, one PDF a project in its language, into a folder</source>
        <translation>Write the letters to the candidates, one PDF a project in its language, into a folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the generated document, as they will print</source>
        <translation>The pages of the generated document, as they will print</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceremony dossier</source>
        <translation>Ceremony dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of the deliberation</source>
        <translation>Minutes of the deliberation</translation>
    </message>
    <message>
        <location filename="../../ui/ceremony_page.ui" line="+19"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
</context>
<context>
    <name>ChooseJurorDialog</name>
    <message>
        <location filename="../../yansenne/ui/juror/__init__.py" line="+52"/>
        <location filename="../../yansenne/ui/juror/choose_dialog.py" line="+48"/>
        <source>Score as juror</source>
        <translation>Score as juror</translation>
    </message>
    <message>
        <location filename="../../yansenne/ui/juror/choose_dialog.py" line="+1"/>
        <source>&amp;Whose grid do you want to open?</source>
        <translation>&amp;Whose grid do you want to open?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid shows only this juror&apos;s categories and marks; every mark is saved as it is typed, in the juror&apos;s name.</source>
        <translation>The grid shows only this juror&apos;s categories and marks; every mark is saved as it is typed, in the juror&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This edition has no juror who scores.</source>
        <translation>This edition has no juror who scores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the grid</source>
        <translation>Open the grid</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location filename="../../yansenne/ui/collection/model.py" line="+77"/>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package sent</source>
        <translation>Package sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Received</translation>
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
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No package yet</source>
        <translation>No package yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting ballot</source>
        <translation>Awaiting ballot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete, not submitted</source>
        <translation>Complete, not submitted</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revision of the last ballot applied</source>
        <translation>Revision of the last ballot applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks given, of those the juror owes</source>
        <translation>Marks given, of those the juror owes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories submitted, of those assigned</source>
        <translation>Categories submitted, of those assigned</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n package(s) sent</source>
        <translation>
            <numerusform>%Ln package sent</numerusform>
            <numerusform>%Ln packages sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../yansenne/ui/collection/page.py" line="+127"/>
        <location filename="../../ui/collection_page.ui" line="+126"/>
        <source>Last collection</source>
        <translation>Last collection</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Distribute packages</source>
        <translation>Distribute packages</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Packages were already sent to %n juror(s). A new package replaces the juror&apos;s copy: marks they have not yet sent in a ballot would be lost if they switch to it. Write new packages for every juror?</source>
        <translation>
            <numerusform>Packages were already sent to %Ln juror. A new package replaces the juror&apos;s copy: marks they have not yet sent in a ballot would be lost if they switch to it. Write new packages for every juror?</numerusform>
            <numerusform>Packages were already sent to %Ln jurors. A new package replaces the juror&apos;s copy: marks they have not yet sent in a ballot would be lost if they switch to it. Write new packages for every juror?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the packages</source>
        <translation>Folder for the packages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the jurors&apos; packages…</source>
        <translation>Writing the jurors&apos; packages…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots to collect</source>
        <translation>Ballots to collect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots (*{suffix})</source>
        <translation>Ballots (*{suffix})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collecting the ballots…</source>
        <translation>Collecting the ballots…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Package of {juror} written: {file}</source>
        <translation>Package of {juror} written: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n package(s) written to {folder}</source>
        <translation>
            <numerusform>%Ln package written to {folder}</numerusform>
            <numerusform>%Ln packages written to {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last distribution</source>
        <translation>Last distribution</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last collection: %n ballot(s) applied</source>
        <translation>
            <numerusform>Last collection: %Ln ballot applied</numerusform>
            <numerusform>Last collection: %Ln ballots applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No juror scores in this edition</source>
        <translation>No juror scores in this edition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ballots from {received} of {total} jurors · {submitted} submitted</source>
        <translation>Ballots from {received} of {total} jurors · {submitted} submitted</translation>
    </message>
    <message>
        <location filename="../../ui/collection_page.ui" line="-89"/>
        <source>Distribute packages…</source>
        <translation>Distribute packages…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every juror&apos;s package into a folder, to send to the jurors</source>
        <translation>Write every juror&apos;s package into a folder, to send to the jurors</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collect ballots…</source>
        <translation>Collect ballots…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the ballots the jurors sent back, check them and apply them</source>
        <translation>Choose the ballots the jurors sent back, check them and apply them</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Progress of each juror&apos;s ballots</source>
        <translation>Progress of each juror&apos;s ballots</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Drop ballot files (.ballot) here to collect them</source>
        <translation>Drop ballot files (.ballot) here to collect them</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Each juror scores offline in their package and sends back a signed ballot. A ballot is the juror&apos;s whole grid: it replaces their earlier marks, and a mark it no longer holds is cleared. A ballot edited by hand, older than the last one applied, or for another edition is refused.</source>
        <translation>Each juror scores offline in their package and sends back a signed ballot. A ballot is the juror&apos;s whole grid: it replaces their earlier marks, and a mark it no longer holds is cleared. A ballot edited by hand, older than the last one applied, or for another edition is refused.</translation>
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
        <translation>suggested</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict of interest declared: {reason}</source>
        <translation>Conflict of interest declared: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: {reason}</source>
        <translation>Suggested: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflict declared</source>
        <translation>No conflict declared</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n score(s) given, cleared if a conflict is declared</source>
        <translation>
            <numerusform>%Ln score given, cleared if a conflict is declared</numerusform>
            <numerusform>%Ln scores given, cleared if a conflict is declared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../yansenne/ui/pages/conflicts.py" line="+123"/>
        <source>%n conflict(s) of interest declared</source>
        <translation>
            <numerusform>%Ln conflict of interest declared</numerusform>
            <numerusform>%Ln conflicts of interest declared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s) to look at (shaded).</source>
        <translation>
            <numerusform>%Ln suggestion to look at (shaded).</numerusform>
            <numerusform>%Ln suggestions to look at (shaded).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declared</source>
        <translation>declared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a cell: a juror&apos;s column, a project&apos;s row.</source>
        <translation>Choose a cell: a juror&apos;s column, a project&apos;s row.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+68"/>
        <source>Why is juror {juror} in conflict with project {project}?</source>
        <translation>Why is juror {juror} in conflict with project {project}?</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>The juror has given %n score(s) to this project; they will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>The juror has given %Ln score to this project; it will be cleared (undo puts it back).</numerusform>
            <numerusform>The juror has given %Ln scores to this project; they will be cleared (undo puts them back).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declare a conflict of interest</source>
        <translation>Declare a conflict of interest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declare the conflict {juror} × {project}</source>
        <translation>Declare the conflict {juror} × {project}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Withdraw a conflict of interest</source>
        <translation>Withdraw a conflict of interest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the conflict of interest of juror {juror} with project {project}? The juror will then score the project.</source>
        <translation>Withdraw the conflict of interest of juror {juror} with project {project}? The juror will then score the project.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw the conflict {juror} × {project}</source>
        <translation>Withdraw the conflict {juror} × {project}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reason of the conflict of interest</source>
        <translation>Reason of the conflict of interest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reason {juror} × {project}</source>
        <translation>Change the reason {juror} × {project}</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_page.ui" line="+37"/>
        <source>Search the projects</source>
        <translation>Search the projects</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the projects…</source>
        <translation>Search the projects…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only projects with a conflict or a suggestion</source>
        <translation>Only projects with a conflict or a suggestion</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Projects and their conflicts of interest</source>
        <translation>Projects and their conflicts of interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a project to see its declared and suggested conflicts</source>
        <translation>Select a project to see its declared and suggested conflicts</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Selected pair</source>
        <translation>Selected pair</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Declare a conflict…</source>
        <translation>Declare a conflict…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the suggestion</source>
        <translation>Confirm the suggestion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reason…</source>
        <translation>Change the reason…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../yansenne/ui/results/consensus_panel.py" line="+73"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>majority and minority</source>
        <translation>majority and minority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
</context>
<context>
    <name>ConsensusPanel</name>
    <message>
        <location line="+198"/>
        <source>Majority text, &amp;French:</source>
        <extracomment>(project, {kind: (fr, nl)}): the texts the user asks to save.</extracomment>
        <translation>Majority text, &amp;French:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus text, &amp;French:</source>
        <translation>Consensus text, &amp;French:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority text, &amp;Dutch:</source>
        <translation>Majority text, &amp;Dutch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus text, &amp;Dutch:</source>
        <translation>Consensus text, &amp;Dutch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority text, F&amp;rench:</source>
        <translation>Minority text, F&amp;rench:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minority text, D&amp;utch:</source>
        <translation>Minority text, D&amp;utch:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Locked: the texts can no longer change.</source>
        <translation>Locked: the texts can no longer change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lock needs the consensus text in French and Dutch.</source>
        <translation>The lock needs the consensus text in French and Dutch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock needs the majority and the minority texts in French and Dutch.</source>
        <translation>The lock needs the majority and the minority texts in French and Dutch.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Consensus texts of the last stage</source>
        <translation>Consensus texts of the last stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each project that reached the last stage needs a consensus text (the rapporteur&apos;s), or a majority and a minority text, in French and Dutch, before the lock. The dossier and the minutes print them.</source>
        <translation>Each project that reached the last stage needs a consensus text (the rapporteur&apos;s), or a majority and a minority text, in French and Dutch, before the lock. The dossier and the minutes print them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority and minority</source>
        <translation>Majority and minority</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the texts</source>
        <translation>Save the texts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="+454"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Figure</translation>
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
        <translation>Gap to {project}</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid_dialogs.py" line="+43"/>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit criterion {code}</source>
        <translation>Edit criterion {code}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>every category</source>
        <translation>every category</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{share} of the grid</source>
        <translation>{share} of the grid</translation>
    </message>
    <message>
        <location filename="../../ui/criterion_dialog.ui" line="+14"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Applies to:</source>
        <translation>&amp;Applies to:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Name (&amp;French):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Name (&amp;Dutch):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Name (En&amp;glish):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Share:</source>
        <translation>Share:</translation>
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
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Rubric: what each level means</source>
        <translation>Rubric: what each level means</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One tab per language: French, Dutch, English</source>
        <translation>One tab per language: French, Dutch, English</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in French</source>
        <translation>Rubric in French</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in Dutch</source>
        <translation>Rubric in Dutch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rubric in English</source>
        <translation>Rubric in English</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/dashboard.py" line="+99"/>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>jurors who score (+ %n observer(s))</source>
        <translation>
            <numerusform>jurors who score (+ %Ln observer)</numerusform>
            <numerusform>jurors who score (+ %Ln observers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>conflicts of interest (%n suggested)</source>
        <translation>
            <numerusform>conflicts of interest (%Ln suggested)</numerusform>
            <numerusform>conflicts of interest (%Ln suggested)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>of the expected marks given</source>
        <translation>of the expected marks given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects fully scored by each juror, out of the projects they score (conflicts and observers left out); {marks} of {expected} marks given.</source>
        <translation>Projects fully scored by each juror, out of the projects they score (conflicts and observers left out); {marks} of {expected} marks given.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>conflicts of interest</source>
        <translation>conflicts of interest</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/dashboard_page.ui" line="+108"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lead actor</source>
        <translation>lead actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart of the projects counted</source>
        <translation>Chart of the projects counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars of the number of projects, by the dimension chosen in &quot;Count by&quot;</source>
        <translation>Bars of the number of projects, by the dimension chosen in &quot;Count by&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="+11"/>
        <source>&amp;Count by:</source>
        <translation>&amp;Count by:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Scoring progress</source>
        <translation>Scoring progress</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="-81"/>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as proposed</source>
        <translation>as proposed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>departs, justified</source>
        <translation>departs, justified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departs: justification needed</source>
        <translation>departs: justification needed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>save to vote</source>
        <translation>save to vote</translation>
    </message>
</context>
<context>
    <name>DeliberationPage</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_page.py" line="+214"/>
        <location line="+233"/>
        <source>Reading the deliberation</source>
        <translation>Reading the deliberation</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>placed {place}</source>
        <translation>placed {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This decision departs from the proposal ({why}): a justification is required.</source>
        <translation>This decision departs from the proposal ({why}): a justification is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This decision departs from the proposal ({why}); the justification above says why.</source>
        <translation>This decision departs from the proposal ({why}); the justification above says why.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Justification (required):</source>
        <translation>&amp;Justification (required):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/deliberation_page.ui" line="+448"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the decisions</source>
        <translation>Saving the decisions</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording attendance</source>
        <translation>Recording attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <source>Recording the vote</source>
        <translation>Recording the vote</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Recording the meeting</source>
        <translation>Recording the meeting</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recording the casting vote</source>
        <translation>Recording the casting vote</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock the decision</source>
        <translation>Lock the decision</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Double-click a cell (or press F2) to record a present juror&apos;s vote on a saved decision, or type + (for), - (against), 0 (abstains), Delete (no vote): the cursor moves to the next juror. On an equal count, the president&apos;s own vote decides.</source>
        <translation>Double-click a cell (or press F2) to record a present juror&apos;s vote on a saved decision, or type + (for), - (against), 0 (abstains), Delete (no vote): the cursor moves to the next juror. On an equal count, the president&apos;s own vote decides.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Locking now asks to confirm: {problems}</source>
        <translation>Locking now asks to confirm: {problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unanimous: for</source>
        <translation>Unanimous: for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanimous: against</source>
        <translation>Unanimous: against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanimous: abstains</source>
        <translation>Unanimous: abstains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanimous vote</source>
        <translation>Unanimous vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every present juror votes for the decision of the current column; the arrow offers against or abstains</source>
        <translation>Every present juror votes for the decision of the current column; the arrow offers against or abstains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Lock the deliberation of edition {year}? Scores and decisions can no longer change until the secretariat reopens it.</source>
        <translation>Lock the deliberation of edition {year}? Scores and decisions can no longer change until the secretariat reopens it.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Saving the consensus texts</source>
        <translation>Saving the consensus texts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus texts of {project}</source>
        <translation>Consensus texts of {project}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Locking now passes over:</source>
        <translation>Locking now passes over:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock all the same</source>
        <translation>Lock all the same</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locking the decision</source>
        <translation>Locking the decision</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Reopen the deliberation</source>
        <translation>Reopen the deliberation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is edition {year} reopened? (kept in the audit log)</source>
        <translation>Why is edition {year} reopened? (kept in the audit log)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say why the deliberation is reopened.</source>
        <translation>Say why the deliberation is reopened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopening the deliberation</source>
        <translation>Reopening the deliberation</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Meeting and votes</source>
        <translation>Meeting and votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus texts ({missing} missing)</source>
        <translation>Consensus texts ({missing} missing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus texts</source>
        <translation>Consensus texts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The final minutes need {missing}; a draft leaves them blank to complete by hand.</source>
        <translation>The final minutes need {missing}; a draft leaves them blank to complete by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes print these facts; they can be corrected after the lock.</source>
        <translation>The minutes print these facts; they can be corrected after the lock.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Prizes across categories:</source>
        <translation>Prizes across categories:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ranking ({method}) proposes the laureates: prize 1 to the project placed first, and so on. The jury may award fewer prizes, add mentions, or depart from the proposal with a written justification.</source>
        <translation>The overall ranking ({method}) proposes the laureates: prize 1 to the project placed first, and so on. The jury may award fewer prizes, add mentions, or depart from the proposal with a written justification.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edition&apos;s tie-break rules end with the casting vote: it settles, in this order, the ties the other rules leave.</source>
        <translation>The edition&apos;s tie-break rules end with the casting vote: it settles, in this order, the ties the other rules leave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition&apos;s tie-break rules do not use the casting vote: it is kept for the minutes and does not change the places.</source>
        <translation>The edition&apos;s tie-break rules do not use the casting vote: it is kept for the minutes and does not change the places.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the fingerprint still matches</source>
        <translation>the fingerprint still matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;the data changed since the lock&lt;/b&gt;</source>
        <translation>&lt;b&gt;the data changed since the lock&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Deliberation of edition {year} locked&lt;/b&gt; on {when} · fingerprint &lt;code&gt;{print}&lt;/code&gt;: {intact}.</source>
        <translation>&lt;b&gt;Deliberation of edition {year} locked&lt;/b&gt; on {when} · fingerprint &lt;code&gt;{print}&lt;/code&gt;: {intact}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Deliberation of edition {year}&lt;/b&gt; · open</source>
        <translation>&lt;b&gt;Deliberation of edition {year}&lt;/b&gt; · open</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every present juror votes the same on {decision}, in one step</source>
        <translation>Every present juror votes the same on {decision}, in one step</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked: only the secretariat can reopen the deliberation, with a reason.</source>
        <translation>Locked: only the secretariat can reopen the deliberation, with a reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the decisions before locking.</source>
        <translation>Save the decisions before locking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot lock yet: {problems}</source>
        <translation>Cannot lock yet: {problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision is recorded: locking now records that the jury awards nothing.</source>
        <translation>No decision is recorded: locking now records that the jury awards nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/deliberation_page.ui" line="-385"/>
        <source>&amp;Lock the decision…</source>
        <translation>&amp;Lock the decision…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No edition to deliberate on.</source>
        <translation>No edition to deliberate on.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Proposal from the ranking</source>
        <translation>Proposal from the ranking</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Take over the proposal</source>
        <translation>&amp;Take over the proposal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decisions of the jury</source>
        <translation>Decisions of the jury</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a &amp;prize</source>
        <translation>Add a &amp;prize</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a me&amp;ntion</source>
        <translation>Add a me&amp;ntion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save the decisions</source>
        <translation>&amp;Save the decisions</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>&amp;Award:</source>
        <translation>&amp;Award:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Citation (&amp;French):</source>
        <translation>Citation (&amp;French):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the jury honours this project, in French</source>
        <translation>Why the jury honours this project, in French</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citation (&amp;Dutch):</source>
        <translation>Citation (&amp;Dutch):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the jury honours this project, in Dutch</source>
        <translation>Why the jury honours this project, in Dutch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Citation (&amp;English):</source>
        <translation>Citation (&amp;English):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Needed only when the decision departs from the proposal</source>
        <translation>Needed only when the decision departs from the proposal</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The meeting (for the minutes)</source>
        <translation>The meeting (for the minutes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meeting da&amp;y:</source>
        <translation>Meeting da&amp;y:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date of the deliberation</source>
        <translation>Date of the deliberation</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Held at:</source>
        <translation>&amp;Held at:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place of the deliberation</source>
        <translation>Place of the deliberation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Brussels City Hall, Gothic Room</source>
        <translation>e.g. Brussels City Hall, Gothic Room</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open&amp;ing time:</source>
        <translation>Open&amp;ing time:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time the deliberation opened</source>
        <translation>Time the deliberation opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes, HH:MM, for example 14:30</source>
        <translation>Hours and minutes, HH:MM, for example 14:30</translation>
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
        <translation>Closin&amp;g time:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Time the deliberation closed</source>
        <translation>Time the deliberation closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes, HH:MM, for example 17:45</source>
        <translation>Hours and minutes, HH:MM, for example 17:45</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the jurors marked present vote; observers never do.</source>
        <translation>Only the jurors marked present vote; observers never do.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>President&apos;s casting vote</source>
        <translation>President&apos;s casting vote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects in the president&apos;s &amp;order:</source>
        <translation>Projects in the president&apos;s &amp;order:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. P14; P15</source>
        <translation>e.g. P14; P15</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;cord</source>
        <translation>Re&amp;cord</translation>
    </message>
</context>
<context>
    <name>EditionPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/edition.py" line="+162"/>
        <source>Edit edition {year}</source>
        <translation>Edit edition {year}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the higher median of the juror totals</source>
        <translation>the higher median of the juror totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more jurors placing it first</source>
        <translation>more jurors placing it first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the president&apos;s casting vote</source>
        <translation>the president&apos;s casting vote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the better score on {criterion}</source>
        <translation>the better score on {criterion}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Edition {year}</source>
        <translation>Edition {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after its deliberation: only the ceremony date, the forewords and the letters&apos; remedies can still change.</source>
        <translation>Locked after its deliberation: only the ceremony date, the forewords and the letters&apos; remedies can still change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scoring has started: the grid is frozen (see Categories &amp; grid).</source>
        <translation>Scoring has started: the grid is frozen (see Categories &amp; grid).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring has not started: everything can still change.</source>
        <translation>Scoring has not started: everything can still change.</translation>
    </message>
    <message>
        <location filename="../../ui/edition_page.ui" line="+53"/>
        <source>New edition…</source>
        <translation>New edition…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Names, date and prizes</source>
        <translation>Names, date and prizes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Name (&amp;Dutch):</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Name (F&amp;rench):</source>
        <translation>Name (F&amp;rench):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Name (Engl&amp;ish):</source>
        <translation>Name (Engl&amp;ish):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ceremony:</source>
        <translation>&amp;Ceremony:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Prizes (€):</source>
        <translation>&amp;Prizes (€):</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ranking rules</source>
        <translation>Ranking rules</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trim (K):</source>
        <translation>&amp;Trim (K):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tie-&amp;break:</source>
        <translation>Tie-&amp;break:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Foreword of the ceremony dossier</source>
        <translation>Foreword of the ceremony dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+100"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in French</source>
        <translation>Foreword in French</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in Dutch</source>
        <translation>Foreword in Dutch</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Foreword in English</source>
        <translation>Foreword in English</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remedies paragraph of the letters to candidates</source>
        <translation>Remedies paragraph of the letters to candidates</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remedies paragraph in French</source>
        <translation>Remedies paragraph in French</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remedies paragraph in Dutch</source>
        <translation>Remedies paragraph in Dutch</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remedies paragraph in English</source>
        <translation>Remedies paragraph in English</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EligibleDelegate</name>
    <message>
        <location filename="../../yansenne/ui/stages/widgets.py" line="-52"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../yansenne/ui/file_dialogs.py" line="+102"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{extension} file</source>
        <translation>{extension} file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>This is the open database itself; choose another file.</source>
        <translation>This is the open database itself; choose another file.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <location line="-137"/>
        <source>results</source>
        <extracomment>The words of the names the desk suggests for the files it writes (&quot;results-2026.xlsx&quot; is &quot;résultats-2026.xlsx&quot; for a French reader).</extracomment>
        <translation>results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoresheet</source>
        <translation>scoresheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoresheets</source>
        <translation>scoresheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edition</source>
        <translation>edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejected</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>GridCriteriaModel</name>
    <message>
        <location line="+35"/>
        <source>{min} to {max}, by {step}</source>
        <translation>{min} to {max}, by {step}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>every category</source>
        <translation>every category</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/grid.py" line="+170"/>
        <source>Grid of the category: {name}</source>
        <translation>Grid of the category: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/grid_page.ui" line="+163"/>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n criteria; total weight {total}, shown as shares of 100 %.</source>
        <translation>
            <numerusform>%Ln criterion; total weight {total}, shown as shares of 100 %.</numerusform>
            <numerusform>%Ln criteria; total weight {total}, shown as shares of 100 %.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The edition is locked after its deliberation: its grid can no longer change.</source>
        <translation>The edition is locked after its deliberation: its grid can no longer change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The grid is frozen&lt;/b&gt;: scoring has started. Changing it now would change what the marks already given mean; unfreezing is a deliberate act, written to the audit log.</source>
        <translation>&lt;b&gt;The grid is frozen&lt;/b&gt;: scoring has started. Changing it now would change what the marks already given mean; unfreezing is a deliberate act, written to the audit log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The grid was unfrozen deliberately&lt;/b&gt; although scoring has started. Freeze it again once the change is made.</source>
        <translation>&lt;b&gt;The grid was unfrozen deliberately&lt;/b&gt; although scoring has started. Freeze it again once the change is made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grid freezes by itself when the first score is given.</source>
        <translation>The grid freezes by itself when the first score is given.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add category {code}</source>
        <translation>Add category {code}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit category {code}</source>
        <translation>Edit category {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a category</source>
        <translation>Delete a category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the category {name} and its own criteria?</source>
        <translation>Delete the category {name} and its own criteria?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete category {code}</source>
        <translation>Delete category {code}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add criterion {code}</source>
        <translation>Add criterion {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit criterion {code}</source>
        <translation>Edit criterion {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete a criterion</source>
        <translation>Delete a criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the criterion {name}?</source>
        <translation>Delete the criterion {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete criterion {code}</source>
        <translation>Delete criterion {code}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move criterion {code}</source>
        <translation>Move criterion {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Unfreeze the grid</source>
        <translation>Unfreeze the grid</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scoring has started. A change to the grid changes what the marks already given mean, for every juror.

Unfreeze the grid of edition {year}? This is written to the audit log.</source>
        <translation>Scoring has started. A change to the grid changes what the marks already given mean, for every juror.

Unfreeze the grid of edition {year}? This is written to the audit log.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/grid_page.ui" line="-96"/>
        <source>Freeze the grid</source>
        <translation>Freeze the grid</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no rubric given</source>
        <translation>no rubric given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/grid_page.ui" line="-7"/>
        <source>Unfreeze the grid…</source>
        <translation>Unfreeze the grid…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+86"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the criterion up (Ctrl+Up)</source>
        <translation>Move the criterion up (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the criterion down (Ctrl+Down)</source>
        <translation>Move the criterion down (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What a juror sees</source>
        <translation>What a juror sees</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language of the j&amp;uror:</source>
        <translation>Language of the j&amp;uror:</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../yansenne/ui/help_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guide to the desk; Tab reaches its links, Enter follows one</source>
        <translation>The guide to the desk; Tab reaches its links, Enter follows one</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/history_dialog.py" line="+18"/>
        <source>History of {code}</source>
        <translation>History of {code}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="+14"/>
        <source>Project history</source>
        <translation>Project history</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No change to this project is recorded yet.</source>
        <translation>No change to this project is recorded yet.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../yansenne/ui/models/history_model.py" line="+31"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>JurorDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/juror_dialog.py" line="+31"/>
        <source>New juror</source>
        <translation>New juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit juror {code}</source>
        <translation>Edit juror {code}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>president</source>
        <translation>president</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer (sits but does not score)</source>
        <translation>observer (sits but does not score)</translation>
    </message>
    <message>
        <location filename="../../ui/juror_dialog.ui" line="+14"/>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
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
        <translation>This column cannot be scored.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>“{text}” is not a number: for {criterion}, type {allowed}.</source>
        <translation>“{text}” is not a number: for {criterion}, type {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is outside the scale of {criterion}: type {allowed}.</source>
        <translation>{value} is outside the scale of {criterion}: type {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not on a step of {criterion}: type {allowed}.</source>
        <translation>{value} is not on a step of {criterion}: type {allowed}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a mark from {min} to {max} in steps of {step}</source>
        <translation>a mark from {min} to {max} in steps of {step}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give a mark before commenting it.</source>
        <translation>Give a mark before commenting it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to a criterion&apos;s column to type a mark.</source>
        <translation>Move to a criterion&apos;s column to type a mark.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declared a conflict of interest with {project}: it cannot be scored.</source>
        <translation>You declared a conflict of interest with {project}: it cannot be scored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your scores in this category are submitted and locked; only the secretariat can reopen them.</source>
        <translation>Your scores in this category are submitted and locked; only the secretariat can reopen them.</translation>
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
        <translation>Total
% of max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{criterion}
weight {weight}</source>
        <translation>{criterion}
weight {weight}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{criterion} — weight {weight}, {allowed}</source>
        <translation>{criterion} — weight {weight}, {allowed}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+98"/>
        <source>Your total: the weighted share of the maximum over the criteria you scored</source>
        <translation>Your total: the weighted share of the maximum over the criteria you scored</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+7"/>
        <location line="+135"/>
        <source>Conflict of interest: you do not score this project.</source>
        <translation>Conflict of interest: you do not score this project.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{scored} of {total} criteria scored</source>
        <translation>{scored} of {total} criteria scored</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>{total} (partial)</source>
        <translation>{total} (partial)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incomplete: {scored} of {total} criteria scored; this total covers only those.</source>
        <translation>Incomplete: {scored} of {total} criteria scored; this total covers only those.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+65"/>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Total, {project}: {total}</source>
        <translation>Total, {project}: {total}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{criterion}, {project} {title}: {value}</source>
        <translation>{criterion}, {project} {title}: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment: {comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scored yet — {allowed}</source>
        <translation>Not scored yet — {allowed}</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>comment on {project} · {criterion}</source>
        <translation>comment on {project} · {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clearing {project} · {criterion}</source>
        <translation>clearing {project} · {criterion}</translation>
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
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every criterion scored</source>
        <translation>every criterion scored</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n criteria scored</source>
        <translation>
            <numerusform>%Ln criterion scored</numerusform>
            <numerusform>%Ln criteria scored</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict of interest</source>
        <translation>conflict of interest</translation>
    </message>
</context>
<context>
    <name>JurorWindow</name>
    <message>
        <location filename="../../yansenne/ui/juror/window.py" line="+238"/>
        <source>Cannot open the grid</source>
        <translation>Cannot open the grid</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{category}  {scored}/{total}</source>
        <translation>{category}  {scored}/{total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project scored: ready to submit</source>
        <translation>Every project scored: ready to submit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing marks: {count}</source>
        <translation>Missing marks: {count}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+58"/>
        <source>Submit my scores</source>
        <translation>Submit my scores</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Undo {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Redo {step}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep scoring</source>
        <translation>Keep scoring</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your scores are submitted. Thank you!</source>
        <translation>Your scores are submitted. Thank you!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit your scores in {categories}? They will be locked; only the secretariat can reopen them.</source>
        <translation>Submit your scores in {categories}? They will be locked; only the secretariat can reopen them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project is scored on every criterion.</source>
        <translation>Every project is scored on every criterion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored yet:</source>
        <translation>Not scored yet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every criterion</source>
        <translation>every criterion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and {count} more projects</source>
        <translation>and {count} more projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{category}: {projects}</source>
        <translation>{category}: {projects}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still submit: these marks will stay empty.</source>
        <translation>You can still submit: these marks will stay empty.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reopen the scores</source>
        <translation>Reopen the scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen {juror}&apos;s scores for {category}, as the secretariat? The juror can then change them and must submit again.</source>
        <translation>Reopen {juror}&apos;s scores for {category}, as the secretariat? The juror can then change them and must submit again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The database is gone</source>
        <translation>The database is gone</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Scoring grid — {juror}</source>
        <translation>Scoring grid — {juror}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No category is assigned to {juror}: there is nothing to score.</source>
        <translation>No category is assigned to {juror}: there is nothing to score.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit my scores</source>
        <translation>&amp;Submit my scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open the category (secretariat)…</source>
        <translation>Re&amp;open the category (secretariat)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send my &amp;ballot…</source>
        <translation>Send my &amp;ballot…</translation>
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
        <translation>president</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>Scores the category {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{juror} scores {category}</source>
        <translation>{juror} scores {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} does not score {category}</source>
        <translation>{juror} does not score {category}</translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/jury.py" line="+118"/>
        <source>Add juror {code}</source>
        <translation>Add juror {code}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit juror {code}</source>
        <translation>Edit juror {code}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove {name} ({code}) from the jury?</source>
        <translation>Remove {name} ({code}) from the jury?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Their %n score(s) will be cleared (undo puts them back).</source>
        <translation>
            <numerusform>Their %Ln score will be cleared (undo puts it back).</numerusform>
            <numerusform>Their %Ln scores will be cleared (undo puts them back).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a juror</source>
        <translation>Remove a juror</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove juror {code}</source>
        <translation>Remove juror {code}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{juror} scores {category}</source>
        <translation>{juror} scores {category}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} no longer scores {category}</source>
        <translation>{juror} no longer scores {category}</translation>
    </message>
    <message>
        <location filename="../../ui/jury_page.ui" line="+37"/>
        <source>Add a juror…</source>
        <translation>Add a juror…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search the jurors</source>
        <translation>Search the jurors</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search the jurors: name, institution, role…</source>
        <translation>Search the jurors: name, institution, role…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jurors and the categories they score</source>
        <translation>Jurors and the categories they score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a category cell to let the juror score it</source>
        <translation>Tick a category cell to let the juror score it</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the categories each juror scores; a new juror scores every category. Observers sit on the jury but do not score.</source>
        <translation>Tick the categories each juror scores; a new juror scores every category. Observers sit on the jury but do not score.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../yansenne/ui/labels.py" line="+23"/>
        <source>Region-wide</source>
        <translation>Region-wide</translation>
    </message>
</context>
<context>
    <name>LeniencyChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="+156"/>
        <source>More lenient than the panel</source>
        <translation>More lenient than the panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stricter than the panel</source>
        <translation>Stricter than the panel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Points of the total, against the panel&apos;s mean</source>
        <translation>Points of the total, against the panel&apos;s mean</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../yansenne/ui/results/models.py" line="-153"/>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leniency</source>
        <translation>Leniency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projects</translation>
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
        <translation>&amp;Score as juror…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export scoresheets…</source>
        <translation>&amp;Export scoresheets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scoresheets…</source>
        <translation>&amp;Import scoresheets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the &amp;results workbook…</source>
        <translation>Export the &amp;results workbook…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Score as juror</source>
        <translation>Score as juror</translation>
    </message>
    <message>
        <location filename="../../yansenne/ui/main_window.py" line="+325"/>
        <source>Open a Yansenne database</source>
        <translation>Open a Yansenne database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yansenne databases ({patterns})</source>
        <translation>Yansenne databases ({patterns})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The database is gone</source>
        <translation>The database is gone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be saved: the database file was replaced or removed by another program</source>
        <translation>Nothing can be saved: the database file was replaced or removed by another program</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The change was refused</source>
        <translation>The change was refused</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editio&amp;n:</source>
        <translation>Editio&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edition every page shows and edits</source>
        <translation>The edition every page shows and edits</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.ui" line="+253"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</source>
        <translation>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</source>
        <translation>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To prepare a new edition here, choose &lt;b&gt;New edition…&lt;/b&gt;</source>
        <translation>To prepare a new edition here, choose &lt;b&gt;New edition…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No edition</source>
        <translation>No edition</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of {total} projects shown</source>
        <translation>
            <numerusform>%Ln of {total} projects shown</numerusform>
            <numerusform>%Ln of {total} projects shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%Ln juror</numerusform>
            <numerusform>%Ln jurors</numerusform>
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
        <translation>This database holds no edition of the prize yet</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+221"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>New edition…</source>
        <translation>New edition…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk&apos;s pages; the arrow keys choose one, Ctrl+1 to Ctrl+9 go straight to it</source>
        <translation>The desk&apos;s pages; the arrow keys choose one, Ctrl+1 to Ctrl+9 go straight to it</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another Yansenne database</source>
        <translation>Open another Yansenne database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the cursor in the search field of the page</source>
        <translation>Put the cursor in the search field of the page</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to run the year, from the call to the ceremony, and how jurors score</source>
        <translation>How to run the year, from the call to the ceremony, and how jurors score</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of the whole database to a file</source>
        <translation>Write a consistent copy of the whole database to a file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the database by a backup copy (the present state is saved first)</source>
        <translation>Replace the database by a backup copy (the present state is saved first)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Import the call&apos;s spreadsheet…</source>
        <translation>&amp;Import the call&apos;s spreadsheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update projects from an .xlsx or .csv file</source>
        <translation>Add or update projects from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New edition…</source>
        <translation>&amp;New edition…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an edition from the template or from another edition</source>
        <translation>Create an edition from the template or from another edition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate project</source>
        <translation>Register a new candidate project</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete what is selected in the page</source>
        <translation>Delete what is selected in the page</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Read the database again (after a change made elsewhere)</source>
        <translation>Read the database again (after a change made elsewhere)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Project &amp;details</source>
        <translation>Project &amp;details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;About Yansenne</source>
        <translation>&amp;About Yansenne</translation>
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
        <translation>Category</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Title (FR)</source>
        <translation>Title (FR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (NL)</source>
        <translation>Title (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (EN)</source>
        <translation>Title (EN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead actor type</source>
        <translation>Lead actor type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner actor types</source>
        <translation>Partner actor types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary (FR)</source>
        <translation>Summary (FR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (NL)</source>
        <translation>Summary (NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (EN)</source>
        <translation>Summary (EN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate&apos;s language</source>
        <translation>Candidate&apos;s language</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills the field</source>
        <translation>Fills the field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First values</source>
        <translation>First values</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="+297"/>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}: {title}
Category: {category}
Language: {language}</source>
        <translation>{code}: {title}
Category: {category}
Language: {language}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, reads in {language}</source>
        <translation>{name}, reads in {language}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{juror} reads {project}</source>
        <translation>{juror} reads {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} is in conflict with {project}</source>
        <translation>{juror} is in conflict with {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} is not on the panel of this category</source>
        <translation>{juror} is not on the panel of this category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{juror} does not read {project}</source>
        <translation>{juror} does not read {project}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the juror&apos;s language ({language})</source>
        <translation>Not in the juror&apos;s language ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readers per project</source>
        <translation>Readers per project</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n reader(s); the stage asks for {wanted}</source>
        <translation>
            <numerusform>%Ln reader; the stage asks for {wanted}</numerusform>
            <numerusform>%Ln readers; the stage asks for {wanted}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../yansenne/ui/juror/message_strip.py" line="+61"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
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
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without one juror</source>
        <translation>Without one juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest move</source>
        <translation>Largest move</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{best} to unranked</source>
        <translation>{best} to unranked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{best} to {worst}</source>
        <translation>{best} to {worst}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>place {place} without {juror}</source>
        <translation>place {place} without {juror}</translation>
    </message>
</context>
<context>
    <name>NewEditionDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/new_edition_dialog.py" line="+30"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>edition {year} already exists</source>
        <translation>edition {year} already exists</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create edition {year}</source>
        <translation>Create edition {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create edition {year} from {source}</source>
        <translation>Create edition {year} from {source}</translation>
    </message>
    <message>
        <location filename="../../ui/new_edition_dialog.ui" line="+14"/>
        <source>New edition</source>
        <translation>New edition</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the &amp;template</source>
        <translation>the &amp;template</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The five actor categories, the default grid of four criteria, prizes of 6,000, 4,000 and 2,000 euros.</source>
        <translation>The five actor categories, the default grid of four criteria, prizes of 6,000, 4,000 and 2,000 euros.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a &amp;copy of the edition</source>
        <translation>a &amp;copy of the edition</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Its categories, grid, jury and rules; no projects, scores nor decisions.</source>
        <translation>Its categories, grid, jury and rules; no projects, scores nor decisions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;French):</source>
        <translation>Name (&amp;French):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (&amp;Dutch):</source>
        <translation>Name (&amp;Dutch):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name (En&amp;glish):</source>
        <translation>Name (En&amp;glish):</translation>
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
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Categories &amp; grid</source>
        <translation>Categories &amp; grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
</context>
<context>
    <name>PreliminaryView</name>
    <message>
        <location filename="../../yansenne/ui/results/preliminary_view.py" line="+176"/>
        <source>Stage “{stage}”: each juror&apos;s marks as first submitted (preliminary) beside their marks after the panel&apos;s discussion (final), ranked by the same method.</source>
        <translation>Stage “{stage}”: each juror&apos;s marks as first submitted (preliminary) beside their marks after the panel&apos;s discussion (final), ranked by the same method.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revised after the discussion: {marks} mark(s) by {jurors} juror(s).</source>
        <translation>Revised after the discussion: {marks} mark(s) by {jurors} juror(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No mark was revised after the discussion.</source>
        <translation>No mark was revised after the discussion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under this method a lower figure ranks higher.</source>
        <translation>Under this method a lower figure ranks higher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projects, preliminary and final</source>
        <translation>Projects, preliminary and final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jurors&apos; totals, preliminary and final</source>
        <translation>Jurors&apos; totals, preliminary and final</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../yansenne/ui/models/progress_model.py" line="+88"/>
        <source>{juror} does not score this category</source>
        <translation>{juror} does not score this category</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{juror}: {complete} of {projects} projects fully scored; {marks} of {expected} marks given</source>
        <translation>{juror}: {complete} of {projects} projects fully scored; {marks} of {expected} marks given</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <location filename="../../ui/project_detail.ui" line="+39"/>
        <source>Select a project to see its details.</source>
        <translation>Select a project to see its details.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Details of the selected project</source>
        <translation>Details of the selected project</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Police zone</source>
        <translation>Police zone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lead actor</source>
        <translation>Lead actor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Partner actors</source>
        <translation>Partner actors</translation>
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
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../yansenne/ui/pages/project_dialog.py" line="+240"/>
        <source>every zone of the Region</source>
        <translation>every zone of the Region</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit project {code}</source>
        <translation>Edit project {code}</translation>
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
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (&amp;French):</source>
        <translation>Title (&amp;French):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (&amp;Dutch):</source>
        <translation>Title (&amp;Dutch):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title (En&amp;glish):</source>
        <translation>Title (En&amp;glish):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lead actor:</source>
        <translation>&amp;Lead actor:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Partner actors:</source>
        <translation>&amp;Partner actors:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Police zone:</source>
        <translation>Police zone:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact perso&amp;n:</source>
        <translation>Contact perso&amp;n:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Contact &amp;e-mail:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Budget (€):</source>
        <translation>&amp;Budget (€):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language for lette&amp;rs:</source>
        <translation>Language for lette&amp;rs:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One tab per language: French, Dutch, English</source>
        <translation>One tab per language: French, Dutch, English</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in French</source>
        <translation>Summary in French</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in Dutch</source>
        <translation>Summary in Dutch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary in English</source>
        <translation>Summary in English</translation>
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
        <translation>Lead actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>General comment on the project</source>
        <translation>General comment on the project</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your remarks on the project as a whole (saved as you type)</source>
        <translation>Your remarks on the project as a whole (saved as you type)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflict of interest: you do not score this project.</source>
        <translation>Conflict of interest: you do not score this project.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Region-wide</source>
        <translation>Region-wide</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>Comment on a mark</source>
        <translation>Comment on a mark</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Focus a mark to comment on it</source>
        <translation>Focus a mark to comment on it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment on {criterion}</source>
        <translation>Comment on {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a mark before commenting it</source>
        <translation>Give a mark before commenting it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment on {criterion}: {value}</source>
        <translation>Comment on {criterion}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this mark? (optional)</source>
        <translation>Why this mark? (optional)</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preliminary</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places gained</source>
        <translation>Places gained</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rank {before} before the discussion, {after} after</source>
        <translation>rank {before} before the discussion, {after} after</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead actor</source>
        <translation>Lead actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police zone</source>
        <translation>Police zone</translation>
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
        <translation>Number of scores given by the jurors</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../yansenne/ui/pages/projects.py" line="+192"/>
        <source>Every category</source>
        <translation>Every category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every lead actor</source>
        <translation>Every lead actor</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Add project {code}</source>
        <translation>Add project {code}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit project {code}</source>
        <translation>Edit project {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete project {code}, “{title}”?</source>
        <translation>Delete project {code}, “{title}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %n score(s) will be cleared with it (undo puts them back).</source>
        <translation>
            <numerusform>Its %Ln score will be cleared with it (undo puts it back).</numerusform>
            <numerusform>Its %Ln scores will be cleared with it (undo puts them back).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a project</source>
        <translation>Delete a project</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete project {code}</source>
        <translation>Delete project {code}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the call&apos;s spreadsheet</source>
        <translation>Import the call&apos;s spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file cannot be imported</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../ui/projects_page.ui" line="+37"/>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a new candidate project (Ctrl+N)</source>
        <translation>Register a new candidate project (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected project (Enter)</source>
        <translation>Edit the selected project (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected project (Delete)</source>
        <translation>Delete the selected project (Delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to the selected project, from the audit log</source>
        <translation>Every change to the selected project, from the audit log</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import the call&apos;s spreadsheet…</source>
        <translation>Import the call&apos;s spreadsheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update projects from an .xlsx or .csv file; you can also drop the file on the window</source>
        <translation>Add or update projects from an .xlsx or .csv file; you can also drop the file on the window</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Search the projects</source>
        <translation>Search the projects</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the projects: code, title, organisation, municipality…</source>
        <translation>Search the projects: code, title, organisation, municipality…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one category only</source>
        <translation>Show one category only</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the projects of one lead actor only</source>
        <translation>Show the projects of one lead actor only</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The edition&apos;s candidate projects; Enter edits the selected one</source>
        <translation>The edition&apos;s candidate projects; Enter edits the selected one</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="-108"/>
        <source>Prize</source>
        <translation>Prize</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tied with</source>
        <translation>Tied with</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../yansenne/ui/i18n.py" line="+42"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-7"/>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt&apos;s own dialogs that its catalogues (qtbase_*.qm) leave in English: listed here so that Qt Linguist puts them in the application&apos;s catalogues, which Qt asks before its own.</extracomment>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
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
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tie</source>
        <translation>Tie</translation>
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
        <translation>Likely places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stability</source>
        <translation>Stability</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many jurors gave the project a total; ◐ marks a total resting on only part of the grid</source>
        <translation>How many jurors gave the project a total; ◐ marks a total resting on only part of the grid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether a laureate&apos;s place depends on the method or on one juror</source>
        <translation>Whether a laureate&apos;s place depends on the method or on one juror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place under this method, to compare with the chosen one; ↑ or ↓ marks a project whose place would change</source>
        <translation>The place under this method, to compare with the chosen one; ↑ or ↓ marks a project whose place would change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The places the project reaches in 90 % of the rankings recomputed with the jurors drawn again at random</source>
        <translation>The places the project reaches in 90 % of the rankings recomputed with the jurors drawn again at random</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ex aequo</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A juror&apos;s total rests on only part of the grid.</source>
        <translation>A juror&apos;s total rests on only part of the grid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} totals; a juror&apos;s total rests on only part of the grid</source>
        <translation>{count} totals; a juror&apos;s total rests on only part of the grid</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not computed under this method.</source>
        <translation>Not computed under this method.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {other} under {method} instead of {place}: the place would change.</source>
        <translation>Place {other} under {method} instead of {place}: the place would change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {place} under {method} as well.</source>
        <translation>Place {place} under {method} as well.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No likely places computed.</source>
        <translation>No likely places computed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely places {low} to {high}; first in {first} of the rankings recomputed with the jurors drawn again, in the top 3 in {top3}.</source>
        <translation>Likely places {low} to {high}; first in {first} of the rankings recomputed with the jurors drawn again, in the top 3 in {top3}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one juror</source>
        <translation>one juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed 1 to 3: the same place under every method and with any one juror left out.</source>
        <translation>Placed 1 to 3: the same place under every method and with any one juror left out.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../yansenne/ui/results/results_page.py" line="+202"/>
        <source>Reading the edition</source>
        <translation>Reading the edition</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Computing the ranking</source>
        <translation>Computing the ranking</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparing the preliminary and final marks</source>
        <translation>Comparing the preliminary and final marks</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not compare the preliminary and final marks: {error}</source>
        <translation>Could not compare the preliminary and final marks: {error}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not compute the ranking: {error}</source>
        <translation>Could not compute the ranking: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computation cancelled.</source>
        <translation>Computation cancelled.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{project} ({reason}, {count} totals)</source>
        <translation>{project} ({reason}, {count} totals)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ranked: {items}</source>
        <translation>Not ranked: {items}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some of the places 1 to 3 cannot be told apart with this panel: see the Uncertainty tab.</source>
        <translation>Some of the places 1 to 3 cannot be told apart with this panel: see the Uncertainty tab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The categories&apos; figures cannot be compared.</source>
        <translation>The categories&apos; figures cannot be compared.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall ranking:</source>
        <translation>Overall ranking:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ranking was recomputed with the jurors drawn again at random (some twice, some left out): the bars give how often each project came first and how often in the top 3; the likely places in the ranking span 90 % of those rankings.</source>
        <translation>The ranking was recomputed with the jurors drawn again at random (some twice, some left out): the bars give how often each project came first and how often in the top 3; the likely places in the ranking span 90 % of those rankings.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>The first {shown} of {total} ranked projects.</source>
        <translation>The first {shown} of {total} ranked projects.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No two of the places 1 to 3 are often reversed when the jurors are drawn again.</source>
        <translation>No two of the places 1 to 3 are often reversed when the jurors are drawn again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No uncertainty was computed for this ranking.</source>
        <translation>No uncertainty was computed for this ranking.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How far the panel&apos;s mean totals would hold with another panel like this one (k = {k} jurors per project on average)</source>
        <translation>How far the panel&apos;s mean totals would hold with another panel like this one (k = {k} jurors per project on average)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); the dot is the method&apos;s figure.</source>
        <translation>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); the dot is the method&apos;s figure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); this method&apos;s figure is not on that scale, so it is shown in the ranking only.</source>
        <translation>Each box spans the jurors&apos; totals of one project (minimum, quartiles, maximum); this method&apos;s figure is not on that scale, so it is shown in the ranking only.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leniency: how far a juror&apos;s totals sit, on average, from the panel&apos;s mean total of the same projects (points out of 100).</source>
        <translation>Leniency: how far a juror&apos;s totals sit, on average, from the panel&apos;s mean total of the same projects (points out of 100).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The places 1 to 3 hold under every method and with any one juror left out.</source>
        <translation>The places 1 to 3 hold under every method and with any one juror left out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shaded places differ from the chosen method&apos;s; “Without one juror” gives the best and worst place when any one juror is left out.</source>
        <translation>Shaded places differ from the chosen method&apos;s; “Without one juror” gives the best and worst place when any one juror is left out.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Explaining the ranking</source>
        <translation>Explaining the ranking</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edition ranks by: {method}</source>
        <translation>The edition ranks by: {method}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ties broken by {rules}</source>
        <translation>ties broken by {rules}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Uncertainty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preliminary and final</source>
        <translation>&amp;Preliminary and final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chance of each place</source>
        <translation>Chance of each place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sure the places are</source>
        <translation>How sure the places are</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes on the ranking</source>
        <translation>Notes on the ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views of the results</source>
        <translation>Views of the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores of the ranked projects, as a chart</source>
        <translation>Scores of the ranked projects, as a chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency of each juror</source>
        <translation>Leniency of each juror</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency of each juror, as a chart</source>
        <translation>Leniency of each juror, as a chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places under each method</source>
        <translation>Places under each method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project&apos;s marks by criterion</source>
        <translation>The project&apos;s marks by criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each juror&apos;s part in the score</source>
        <translation>Each juror&apos;s part in the score</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.ui" line="+37"/>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
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
        <translation>How many of the highest and of the lowest totals the trimmed mean leaves out</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Ranking:</source>
        <translation>&amp;Ranking:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No edition to rank.</source>
        <translation>No edition to rank.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Agreement among the jurors</source>
        <translation>Agreement among the jurors</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Jurors</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Methods compared</source>
        <translation>Methods compared</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a project in the ranking to see why it stands where it does.</source>
        <translation>Select a project in the ranking to see why it stands where it does.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>By criterion</source>
        <translation>By criterion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>By juror</source>
        <translation>By juror</translation>
    </message>
</context>
<context>
    <name>RowChecksModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="+213"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new project</source>
        <translation>new project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="-87"/>
        <source>Jurors&apos; totals (minimum, quartiles, maximum)</source>
        <translation>Jurors&apos; totals (minimum, quartiles, maximum)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The method&apos;s figure</source>
        <translation>The method&apos;s figure</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Total (% of the maximum)</source>
        <translation>Total (% of the maximum)</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../yansenne/ui/ceremony/signing_dialog.py" line="+45"/>
        <source>Sign the document</source>
        <extracomment>The Belgian eID middleware&apos;s PKCS#11 module on Debian and Ubuntu.</extracomment>
        <translation>Sign the document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new signature (no field for it yet)</source>
        <translation>A new signature (no field for it yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Juror:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate &amp;file (.p12, .pfx)</source>
        <translation>Certificate &amp;file (.p12, .pfx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To&amp;ken or card (PKCS#11)</source>
        <translation>To&amp;ken or card (PKCS#11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;oken label:</source>
        <translation>T&amp;oken label:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key &amp;label:</source>
        <translation>Key &amp;label:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Password or PIN:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token label</source>
        <translation>Token label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key label</source>
        <translation>Key label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Juror</source>
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never stored. A wrong PIN is not tried again: a card blocks after three.</source>
        <translation>Never stored. A wrong PIN is not tried again: a card blocks after three.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The signer&apos;s certificate</source>
        <translation>The signer&apos;s certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../yansenne/ui/spreadsheets.py" line="+49"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and {count} more (see the details)</source>
        <translation>… and {count} more (see the details)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed. Please correct the following:</source>
        <translation>Nothing was changed. Please correct the following:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected error; please report it with the details below.</source>
        <translation>Unexpected error; please report it with the details below.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open it now?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the results workbook</source>
        <translation>Export the results workbook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The results workbook of {year} was written to:</source>
        <translation>The results workbook of {year} was written to:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>Export scoresheets</source>
        <translation>Export scoresheets</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Scoresheet of:</source>
        <translation>Scoresheet of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every juror (one file each, into a folder)</source>
        <translation>Every juror (one file each, into a folder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edition {year} has no juror who scores.</source>
        <translation>Edition {year} has no juror who scores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the scoresheets</source>
        <translation>Folder for the scoresheets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoresheet of {juror}</source>
        <translation>Scoresheet of {juror}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} scoresheets were written into the folder:</source>
        <translation>{count} scoresheets were written into the folder:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The scoresheet of {juror} was written to:</source>
        <translation>The scoresheet of {juror} was written to:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file}: {name} ({juror}): {added} added, {changed} changed, {unchanged} unchanged, {comments} comments</source>
        <translation>{file}: {name} ({juror}): {added} added, {changed} changed, {unchanged} unchanged, {comments} comments</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scoresheets imported: {count}.</source>
        <translation>Scoresheets imported: {count}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoresheets refused: {count}; nothing was changed from them.</source>
        <translation>Scoresheets refused: {count}; nothing was changed from them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: {files}</source>
        <translation>Imported: {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import scoresheets</source>
        <translation>Import scoresheets</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../yansenne/ui/stages/models.py" line="-128"/>
        <source>Screening</source>
        <extracomment>What a matrix cell is: &quot;allocated&quot;, &quot;conflict&quot;, &quot;outside&quot; (not on the panel), &quot;free&quot;, or &quot;footer&quot; for the readers row.</extracomment>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went on</source>
        <translation>Went on</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>whole panel</source>
        <translation>whole panel</translation>
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
        <translation>{eligible} eligible, {ineligible} not</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n allocated</source>
        <translation>
            <numerusform>%Ln allocated</numerusform>
            <numerusform>%Ln allocated</numerusform>
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
        <translation>This edition has one stage: every juror of a category&apos;s panel scores all of its projects.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n project(s) reached it</source>
        <translation>
            <numerusform>%Ln project reached it</numerusform>
            <numerusform>%Ln projects reached it</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: shown read-only</source>
        <translation>closed: shown read-only</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This screening stage was promoted: its decisions can no longer change.</source>
        <translation>This screening stage was promoted: its decisions can no longer change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stage has not started yet.</source>
        <translation>This stage has not started yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decide whether each project is eligible; a project found not eligible needs a reason. %n project(s) still undecided.</source>
        <translation>
            <numerusform>Decide whether each project is eligible; a project found not eligible needs a reason. %Ln project still undecided.</numerusform>
            <numerusform>Decide whether each project is eligible; a project found not eligible needs a reason. %Ln projects still undecided.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No project has reached this stage yet.</source>
        <translation>No project has reached this stage yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every juror of the panel reads every project of this stage.</source>
        <translation>Every juror of the panel reads every project of this stage.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No reader is allocated yet: Allocate gives each project %n reader(s).</source>
        <translation>
            <numerusform>No reader is allocated yet: Allocate gives each project %Ln reader.</numerusform>
            <numerusform>No reader is allocated yet: Allocate gives each project %Ln readers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Each project is read by %n juror(s) of its category&apos;s panel. Select an allocated cell to swap its reader.</source>
        <translation>
            <numerusform>Each project is read by %Ln juror of its category&apos;s panel. Select an allocated cell to swap its reader.</numerusform>
            <numerusform>Each project is read by %Ln jurors of its category&apos;s panel. Select an allocated cell to swap its reader.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stage is closed: its readers can no longer change.</source>
        <translation>The stage is closed: its readers can no longer change.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reads</source>
        <translation>reads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not on the panel</source>
        <translation>not on the panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the juror&apos;s language</source>
        <translation>not in the juror&apos;s language</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is project {project} not eligible?</source>
        <translation>Why is project {project} not eligible?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leave {project} undecided</source>
        <translation>Leave {project} undecided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find {project} eligible</source>
        <translation>Find {project} eligible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find {project} not eligible</source>
        <translation>Find {project} not eligible</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Allocate the readers of {stage}</source>
        <translation>Allocate the readers of {stage}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Readers allocated</source>
        <translation>Readers allocated</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s) have a reader who does not share their language (no allocation could avoid it): </source>
        <translation>
            <numerusform>%Ln project has a reader who does not share its language (no allocation could avoid it): </numerusform>
            <numerusform>%Ln projects have a reader who does not share their language (no allocation could avoid it): </numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+7"/>
        <source>Swap a reader</source>
        <translation>Swap a reader</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No other juror of the panel is free to read project {project}.</source>
        <translation>No other juror of the panel is free to read project {project}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code}  {name} (reads {load})</source>
        <translation>{code}  {name} (reads {load})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who reads project {project} instead of juror {juror}?</source>
        <translation>Who reads project {project} instead of juror {juror}?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swap the reader of {project}: {old} → {new}</source>
        <translation>Swap the reader of {project}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the last stage: promoting it closes the evaluation.</source>
        <translation>This is the last stage: promoting it closes the evaluation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The projects found eligible go on to {next}.</source>
        <translation>The projects found eligible go on to {next}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project goes on to {next}.</source>
        <translation>Every project goes on to {next}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The best %n project(s) of each category go on to {next} (every project tied at the cut goes too).</source>
        <translation>
            <numerusform>The best project of each category goes on to {next} (every project tied at the cut goes too).</numerusform>
            <numerusform>The best %Ln projects of each category go on to {next} (every project tied at the cut goes too).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Promote to the next stage</source>
        <translation>Promote to the next stage</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Close the stage {stage} and open the next one? {rule}</source>
        <translation>Close the stage {stage} and open the next one? {rule}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These jurors have not submitted their marks for this stage:
{names}

Promote all the same?</source>
        <translation>These jurors have not submitted their marks for this stage:
{names}

Promote all the same?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These projects have no eligibility decision and will go on as eligible: {projects}. Promote all the same?</source>
        <translation>These projects have no eligibility decision and will go on as eligible: {projects}. Promote all the same?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promote the stage {stage}</source>
        <translation>Promote the stage {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/stages_page.ui" line="+37"/>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Promote to the next stage…</source>
        <translation>&amp;Promote to the next stage…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The edition&apos;s stages</source>
        <translation>The edition&apos;s stages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each stage with its kind, state, projects, readers, marks and how many went on</source>
        <translation>Each stage with its kind, state, projects, readers, marks and how many went on</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Eligibility decisions</source>
        <translation>Eligibility decisions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The projects of the screening stage: eligible or not, and why</source>
        <translation>The projects of the screening stage: eligible or not, and why</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>E&amp;ligible</source>
        <translation>E&amp;ligible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not eligible…</source>
        <translation>&amp;Not eligible…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undecided</source>
        <translation>&amp;Undecided</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Readers of the stage</source>
        <translation>Readers of the stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jurors by row, projects by column; a dot marks a project the juror reads</source>
        <translation>Jurors by row, projects by column; a dot marks a project the juror reads</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Allocate…</source>
        <translation>&amp;Allocate…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;wap…</source>
        <translation>S&amp;wap…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../yansenne/ui/tasks.py" line="+145"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide</source>
        <translation>Hide</translation>
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
        <translation>Juror</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preliminary</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marks changed</source>
        <translation>Marks changed</translation>
    </message>
</context>
<context>
    <name>UncertaintyChart</name>
    <message>
        <location filename="../../yansenne/ui/results/charts.py" line="+67"/>
        <source>In the top 3</source>
        <translation>In the top 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share of the redrawn rankings (%)</source>
        <translation>Share of the redrawn rankings (%)</translation>
    </message>
</context>
<context>
    <name>ValuesModel</name>
    <message>
        <location filename="../../yansenne/ui/models/call_import_models.py" line="-116"/>
        <location line="+63"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stands for</source>
        <translation>Stands for</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Actor type</source>
        <translation>Actor type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} ({count} rows)</source>
        <translation>{value} ({count} rows)</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../yansenne/ui/results/deliberation_models.py" line="+213"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <translation>Prize {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstains</source>
        <translation>abstains</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not voted</source>
        <translation>not voted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tied</source>
        <translation>tied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n_for} for, {n_against} against, {n_abstain} abstaining</source>
        <translation>{n_for} for, {n_against} against, {n_abstain} abstaining</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>president</source>
        <translation>president</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>observer</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yansenne/ui/app.py" line="+114"/>
        <source>Yansenne cannot open the database</source>
        <translation>Yansenne cannot open the database</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>A ballot is collected in the secretariat&apos;s desk: open it there.</source>
        <translation>A ballot is collected in the secretariat&apos;s desk: open it there.</translation>
    </message>
</context>
</TS>
