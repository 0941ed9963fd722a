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
        <translation>Le prix David Yansenne de la Région de Bruxelles-Capitale récompense des projets qui rendent la Région plus sûre par la prévention, portés par des citoyens, des associations, des services communaux, la police et des services régionaux. Yansenne est l&apos;outil de travail de son jury&#xa0;: projets candidats, grilles d&apos;évaluation, délibération et dossier de la cérémonie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free software under the European Union Public Licence (EUPL) 1.2.</source>
        <translation>Logiciel libre sous licence publique de l&apos;Union européenne (EUPL) 1.2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../yansenne/ui/labels.py" line="+24"/>
        <source>Region-wide</source>
        <translation>Toute la Région</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yansenne/ui/main_window.py" line="+168"/>
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
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Édition&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.ui" line="+256"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To try Yansenne with the demo edition, run this command in a terminal, then choose &lt;b&gt;Reload&lt;/b&gt;:</source>
        <translation>Pour essayer Yansenne avec l&apos;édition de démonstration, lancez cette commande dans un terminal, puis choisissez &lt;b&gt;Recharger&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To work on another database, choose &lt;b&gt;File ▸ Open database…&lt;/b&gt;</source>
        <translation>Pour travailler sur une autre base de données, choisissez &lt;b&gt;Fichier ▸ Ouvrir une base de données…&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {where}</source>
        <translation>Base de données&#xa0;: {where}</translation>
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
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of {total} projects shown</source>
        <translation>
            <numerusform>%n projet affiché sur {total}</numerusform>
            <numerusform>%n projets affichés sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n juror(s)</source>
        <translation>
            <numerusform>%n juré</numerusform>
            <numerusform>%n jurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
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
        <translation>Cette base de données ne contient encore aucune édition du prix</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+221"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Search the projects: code, title, organisation, municipality…</source>
        <translation>Rechercher un projet&#xa0;: code, titre, organisation, commune…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <source>&amp;Search the projects</source>
        <translation>&amp;Rechercher un projet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;About Yansenne</source>
        <translation>À &amp;propos de Yansenne</translation>
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
        <location line="+114"/>
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
    <name>ProjectsModel</name>
    <message>
        <location filename="../../yansenne/ui/models/projects_model.py" line="+75"/>
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
    <name>Task</name>
    <message>
        <location filename="../../yansenne/ui/tasks.py" line="+93"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yansenne/ui/app.py" line="+67"/>
        <source>Yansenne cannot open the database</source>
        <translation>Yansenne ne peut pas ouvrir la base de données</translation>
    </message>
</context>
</TS>
