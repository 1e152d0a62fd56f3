<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplyCycleDialog</name>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n week)</numerusform>
            <numerusform>%1 (%n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;The printed menu is out of date: print it again.&lt;/b&gt; %n change(s) since it was printed on %1.</source>
        <translation>
            <numerusform>&lt;b&gt;The printed menu is out of date: print it again.&lt;/b&gt; %n change since it was printed on %1.</numerusform>
            <numerusform>&lt;b&gt;The printed menu is out of date: print it again.&lt;/b&gt; %n changes since it was printed on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeChooser</name>
    <message numerus="yes">
        <source>%n recipes</source>
        <translation>
            <numerusform>%n recipe</numerusform>
            <numerusform>%n recipes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeLibrary</name>
    <message numerus="yes">
        <source>Free from %n allergens</source>
        <translation>
            <numerusform>Free from %n allergen</numerusform>
            <numerusform>Free from %n allergens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recipes</source>
        <translation>
            <numerusform>%1 of %n recipe</numerusform>
            <numerusform>%1 of %n recipes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekPlanModel</name>
    <message numerus="yes">
        <source>%n ptn.</source>
        <translation>
            <numerusform>%n ptn.</numerusform>
            <numerusform>%n ptns.</numerusform>
        </translation>
    </message>
</context>
</TS>
