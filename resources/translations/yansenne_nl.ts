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
    <name>Labels</name>
    <message>
        <location filename="../../yansenne/ui/labels.py" line="+24"/>
        <source>Region-wide</source>
        <translation>Heel het Gewest</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yansenne/ui/main_window.py" line="+168"/>
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
        <location line="+123"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Editie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.ui" line="+256"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</source>
        <translation>Om Yansenne uit te proberen met de demo-editie, voert u deze opdracht uit in een terminal en kiest u daarna &lt;b&gt;Herladen&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</source>
        <translation>Om met een andere databank te werken, kiest u &lt;b&gt;Bestand ▸ Databank openen…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
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
            <numerusform>%n project</numerusform>
            <numerusform>%n projecten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of {total} projects shown</source>
        <translation>
            <numerusform>%n van {total} projecten getoond</numerusform>
            <numerusform>%n van {total} projecten getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n jurylid</numerusform>
            <numerusform>%n juryleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-242"/>
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
        <location line="-148"/>
        <source>Search the projects: code, title, organisation, municipality…</source>
        <translation>Projecten zoeken: code, titel, organisatie, gemeente…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <source>&amp;Search the projects</source>
        <translation>Projecten &amp;zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Herladen</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+29"/>
        <source>&amp;About Yansenne</source>
        <translation>&amp;Over Yansenne</translation>
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
        <location line="+114"/>
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
    <name>ProjectsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/projects_model.py" line="+75"/>
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
    <name>Task</name>
    <message>
        <location filename="../../yansenne/ui/tasks.py" line="+93"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yansenne/ui/app.py" line="+67"/>
        <source>Yansenne cannot open the database</source>
        <translation>Yansenne kan de databank niet openen</translation>
    </message>
</context>
</TS>
