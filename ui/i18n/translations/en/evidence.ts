<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Linked %n messages to “{title}”.</source>
        <translation>
            <numerusform>Linked %n message to “{title}”.</numerusform>
            <numerusform>Linked %n messages to “{title}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact</source>
        <translation>
            <numerusform>%n day with contact</numerusform>
            <numerusform>%n days with contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with contact; the most on {day} ({count})</source>
        <translation>
            <numerusform>%n day with contact; the most on {day} ({count})</numerusform>
            <numerusform>%n days with contact; the most on {day} ({count})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link %n messages to this entry:</source>
        <translation>
            <numerusform>Link %n message to this entry:</numerusform>
            <numerusform>Link %n messages to this entry:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages chosen.</source>
        <translation>
            <numerusform>%n message chosen.</numerusform>
            <numerusform>%n messages chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>EXIF orientations that turn the picture a quarter: its width and height swap.</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were added to the entry.</source>
        <translation>
            <numerusform>%n file was added to the entry.</numerusform>
            <numerusform>%n files were added to the entry.</numerusform>
        </translation>
    </message>
</context>
</TS>
