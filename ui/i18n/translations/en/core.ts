<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>core</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the tracker.</source>
        <translation>
            <numerusform>…and %n more in the tracker.</numerusform>
            <numerusform>…and %n more in the tracker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months with no entries.</source>
        <translation>
            <numerusform>%n month with no entries.</numerusform>
            <numerusform>%n months with no entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries without a date.</source>
        <translation>
            <numerusform>%n entry without a date.</numerusform>
            <numerusform>%n entries without a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files added</source>
        <extracomment>List fields whose items are counted as added or removed: their English nouns, and the whole counted sentences the app translates (journal/translatable.py).</extracomment>
        <translation>
            <numerusform>%n file added</numerusform>
            <numerusform>%n files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports added</source>
        <translation>
            <numerusform>%n report added</numerusform>
            <numerusform>%n reports added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries added</source>
        <translation>
            <numerusform>%n injury added</numerusform>
            <numerusform>%n injuries added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts added</source>
        <translation>
            <numerusform>%n account added</numerusform>
            <numerusform>%n accounts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files removed</source>
        <translation>
            <numerusform>%n file removed</numerusform>
            <numerusform>%n files removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reports removed</source>
        <translation>
            <numerusform>%n report removed</numerusform>
            <numerusform>%n reports removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injuries removed</source>
        <translation>
            <numerusform>%n injury removed</numerusform>
            <numerusform>%n injuries removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people removed</source>
        <translation>
            <numerusform>%n person removed</numerusform>
            <numerusform>%n people removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts removed</source>
        <translation>
            <numerusform>%n account removed</numerusform>
            <numerusform>%n accounts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since this journal was last opened, someone tried to open it with a wrong passphrase or recovery code %n times (the last on {when}). If that was not you, someone may be trying to get in: see Staying safe.</source>
        <translation>
            <numerusform>Since this journal was last opened, someone tried to open it with a wrong passphrase or recovery code once (the last on {when}). If that was not you, someone may be trying to get in: see Staying safe.</numerusform>
            <numerusform>Since this journal was last opened, someone tried to open it with a wrong passphrase or recovery code %n times (the last on {when}). If that was not you, someone may be trying to get in: see Staying safe.</numerusform>
        </translation>
    </message>
</context>
</TS>
