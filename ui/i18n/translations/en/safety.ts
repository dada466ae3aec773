<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n items this month</source>
        <translation>
            <numerusform>%n item this month</numerusform>
            <numerusform>%n items this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipes</source>
        <translation>
            <numerusform>%n recipe</numerusform>
            <numerusform>%n recipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a word of at least %n letters.</source>
        <translation>
            <numerusform>Choose a word of at least %n letter.</numerusform>
            <numerusform>Choose a word of at least %n letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last backup %n days ago; a fresh one keeps your record safe</source>
        <translation>
            <numerusform>last backup %n day ago; a fresh one keeps your record safe</numerusform>
            <numerusform>last backup %n days ago; a fresh one keeps your record safe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries · {backup}</source>
        <translation>
            <numerusform>%n entry · {backup}</numerusform>
            <numerusform>%n entries · {backup}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: {when} (%n days ago).</source>
        <translation>
            <numerusform>Last backup: {when} (%n day ago).</numerusform>
            <numerusform>Last backup: {when} (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use, to keep it private. Anything you were writing was kept, encrypted.</source>
        <translation>
            <numerusform>Locked after %n minute without use, to keep it private. Anything you were writing was kept, encrypted.</numerusform>
            <numerusform>Locked after %n minutes without use, to keep it private. Anything you were writing was kept, encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things could not be saved; they are listed below.</source>
        <translation>
            <numerusform>%n thing could not be saved; it is listed below.</numerusform>
            <numerusform>%n things could not be saved; they are listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>after a number: lock after 5 minutes</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
