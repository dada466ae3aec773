<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>What followed within %n days</source>
        <translation>
            <numerusform>What followed within %n day</numerusform>
            <numerusform>What followed within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n other entries</source>
        <translation>
            <numerusform>About %n other entry</numerusform>
            <numerusform>About %n other entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First saved {first} UTC; saved %n times ({changes}); last saved {last} UTC.</source>
        <translation>
            <numerusform>First saved {first} UTC; saved once ({changes}); last saved {last} UTC.</numerusform>
            <numerusform>First saved {first} UTC; saved %n times ({changes}); last saved {last} UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First saved {first} UTC; saved %n times; last saved {last} UTC.</source>
        <translation>
            <numerusform>First saved {first} UTC; saved once; last saved {last} UTC.</numerusform>
            <numerusform>First saved {first} UTC; saved %n times; last saved {last} UTC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n entries (search: “{query}”).</source>
        <translation>
            <numerusform>Showing {shown} of %n entry (search: “{query}”).</numerusform>
            <numerusform>Showing {shown} of %n entries (search: “{query}”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of %n entries (filters on).</source>
        <translation>
            <numerusform>Showing {shown} of %n entry (filters on).</numerusform>
            <numerusform>Showing {shown} of %n entries (filters on).</numerusform>
        </translation>
    </message>
</context>
</TS>
