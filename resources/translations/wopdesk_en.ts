<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>RecentlyDeletedDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message numerus="yes">
        <source>Deleted: {0} “{1}”, with %n other record(s).</source>
        <translation>
            <numerusform>Deleted: {0} “{1}”, with %n other record.</numerusform>
            <numerusform>Deleted: {0} “{1}”, with %n other records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>actions done (%n dropped, not counted)</source>
        <translation>
            <numerusform>actions done (%n dropped, not counted)</numerusform>
            <numerusform>actions done (%n dropped, not counted)</numerusform>
        </translation>
    </message>
</context>
</TS>
