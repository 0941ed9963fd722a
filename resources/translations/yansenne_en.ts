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
    <name>Labels</name>
    <message>
        <location filename="../../yansenne/ui/labels.py" line="+24"/>
        <source>Region-wide</source>
        <translation>Region-wide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yansenne/ui/main_window.py" line="+168"/>
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
        <location line="+123"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.ui" line="+256"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</source>
        <translation>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</source>
        <translation>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
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
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of {total} projects shown</source>
        <translation>
            <numerusform>%n of {total} projects shown</numerusform>
            <numerusform>%n of {total} projects shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juror</numerusform>
            <numerusform>%n jurors</numerusform>
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
        <translation>This database holds no edition of the prize yet</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+221"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Search the projects: code, title, organisation, municipality…</source>
        <translation>Search the projects: code, title, organisation, municipality…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <source>&amp;Search the projects</source>
        <translation>&amp;Search the projects</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+29"/>
        <source>&amp;About Yansenne</source>
        <translation>&amp;About Yansenne</translation>
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
        <location line="+114"/>
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
    <name>ProjectsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/projects_model.py" line="+75"/>
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
    <name>Task</name>
    <message>
        <location filename="../../yansenne/ui/tasks.py" line="+93"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yansenne/ui/app.py" line="+67"/>
        <source>Yansenne cannot open the database</source>
        <translation>Yansenne cannot open the database</translation>
    </message>
</context>
</TS>
