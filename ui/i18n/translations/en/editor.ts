<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n written down</source>
        <comment>accounts</comment>
        <translation>
            <numerusform>%n written down</numerusform>
            <numerusform>%n written down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries, medical care</source>
        <translation>
            <numerusform>%n injury, medical care</numerusform>
            <numerusform>%n injuries, medical care</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries</source>
        <translation>
            <numerusform>%n injury</numerusform>
            <numerusform>%n injuries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <comment>categories</comment>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <comment>people</comment>
        <translation>
            <numerusform>%n linked</numerusform>
            <numerusform>%n linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen…</source>
        <comment>entries</comment>
        <translation>
            <numerusform>%n chosen…</numerusform>
            <numerusform>%n chosen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written down, told someone</source>
        <comment>reports</comment>
        <translation>
            <numerusform>%n written down, told someone</numerusform>
            <numerusform>%n written down, told someone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written down</source>
        <comment>reports</comment>
        <translation>
            <numerusform>%n written down</numerusform>
            <numerusform>%n written down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noted</source>
        <comment>risk indicators</comment>
        <translation>
            <numerusform>%n noted</numerusform>
            <numerusform>%n noted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yes</source>
        <comment>risk indicators answered yes</comment>
        <translation>
            <numerusform>%n yes</numerusform>
            <numerusform>%n yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged lines …</source>
        <translation>
            <numerusform>… %n unchanged line …</numerusform>
            <numerusform>… %n unchanged lines …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
